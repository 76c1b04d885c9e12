// simplify web page: one text field with the highlights behind it. The check reruns shortly
// after typing stops; edits move the marks until the new answer arrives. No HTML from data:
// all text goes through textContent or text nodes.

import {
  analyze, exportDocx, getProfiles, getRules, getVocabulary, reportHtml, uploadDocument,
} from "./api.js";
import { Details } from "./details.js";
import { renderAllowed, renderHardest, renderLegend, renderRulesOff, renderScore } from "./panels.js";
import { buildGroups, renderHighlights } from "./render.js";
import { flattenFindings, moreText, placesOf } from "./repeats.js";
import { AllowList } from "./store.js";
import {
  codePointIndex, codePointLength, diffRange, el, fmt, shiftSpan, snippet, toCodePoint, toUtf16,
  wordRanges,
} from "./text.js";
import { Vocabulary } from "./vocab.js";

const DEBOUNCE_MS = 800;
const LONG_TEXT = 20000; // UTF-16 units; above this the marks are redrawn after a short pause
const ACCEPT = [".docx", ".odt", ".pdf", ".txt", ".md"];
const KINDS = { docx: "Word", odt: "OpenDocument", pdf: "PDF", text: "Text", markdown: "Markdown" };
const MAX_FILE_BYTES = 50_000_000; // the service refuses smaller files if its limit is lower

const EXAMPLE = [
  "Sehr geehrte Damen und Herren,",
  "",
  "der Antrag ist bis zum 15. März vollständig ausgefüllt bei der zuständigen Stelle " +
    "einzureichen. Die Bearbeitung Ihres Antrags erfolgt erst nach Eingang sämtlicher " +
    "Unterlagen, sofern die Voraussetzungen für die Gewährung der Leistung erfüllt sind und " +
    "keine Versagungsgründe vorliegen. Der Antragsteller hat ggf. eine Kopie des " +
    "Personalausweises beizufügen. Bei Nichtbeachtung der Mitwirkungspflichten kann die " +
    "Leistung versagt werden. Eine Rückerstattung der Verwaltungsgebühren ist ausgeschlossen.",
  "",
  "Mit freundlichen Grüßen",
  "Ihre Stadtverwaltung",
].join("\n");

const $ = (id) => document.getElementById(id);

const ui = {
  form: $("pruef-form"),
  profile: $("profil"),
  profileInfo: $("profil-info"),
  file: $("datei"),
  docNote: $("dokument"),
  editor: $("editor"),
  layer: $("hinterlegung"),
  input: $("eingabe"),
  drop: $("ablage"),
  counter: $("zeichen"),
  check: $("pruefen"),
  copy: $("kopieren"),
  example: $("beispiel"),
  saveTxt: $("laden-txt"),
  saveDocx: $("laden-docx"),
  saveReport: $("laden-bericht"),
  status: $("status"),
  error: $("fehler"),
  summary: $("zusammenfassung"),
  help: $("ergebnis-hilfe"),
  list: $("hinweise"),
  legend: $("legende"),
  hard: $("schwer"),
  hardEmpty: $("schwer-leer"),
  rulesOff: { list: $("regeln"), empty: $("regeln-leer") },
  allowed: { list: $("erlaubt"), empty: $("erlaubt-leer"), exportBox: $("erlaubt-export"),
    toml: $("erlaubt-toml"), copy: $("erlaubt-kopieren") },
  score: {
    empty: $("wert-leer"),
    box: $("wert"),
    number: $("index-zahl"),
    gauge: $("skala"),
    fill: $("skala-wert"),
    targetMark: $("skala-ziel"),
    verdict: $("ziel"),
    flesch: $("flesch"),
    avg: $("satzlaenge"),
    words: $("woerter"),
    sentences: $("saetze"),
    notes: $("lesbarkeit"),
  },
};

const state = {
  vocab: new Vocabulary(),
  allow: new AllowList(),
  profiles: [],
  ruleTitles: new Map(),
  maxChars: 100000,
  text: "",          // the field's text the findings below refer to
  report: null,      // the last answer (scores, sentences)
  findings: [],      // findings with offsets moved along with edits, one per place
  places: new Map(), // finding id -> {index, places}: the places of a repeated word in play
  sentences: [],
  groups: [],
  ignored: [],       // {rule, start, end}: this place only, until the text there changes
  disabled: new Set(),
  hidden: new Set(),
  doc: null,         // {name, kind, locations} of an opened document
  timer: 0,
  controller: null,
  sequence: 0,
  checks: 0,
  nextId: 1,
  listTimer: 0,
  drawTimer: 0,
};

const details = new Details({
  popover: $("detail"),
  content: $("detail-inhalt"),
  vocab: state.vocab,
  onClose: () => unhot(),
  info: {
    passage: (f) => passage(f),
    location: (f) => locationOf(f),
    wordLevel: (f) => isWordLevel(f),
    occurrences: (f, s) => {
      const edits = placeEdits(f, s);
      if (edits) return edits.length;
      return isWordSuggestion(f, s) ? wordRanges(state.text, spanText(s)).length : 0;
    },
    places: (f) => state.places.get(f.id) || null,
  },
  actions: {
    accept: (f, s) => decide(() => editField([{ start: s.start, end: s.end,
      text: s.replacement }]), "Der Vorschlag ist übernommen."),
    replaceAll: (f, s) => decide(() => {
      const edits = placeEdits(f, s);
      if (!edits) return replaceAll(spanText(s), s.replacement);
      editField(edits);
      return `${edits.length} Stellen sind ersetzt, jede in ihrer Form.`;
    }),
    showPlace: (f) => showPlace(f),
    ignore: (f) => decide(() => {
      state.ignored.push({ rule: f.rule, start: f.start, end: f.end });
      draw();
    }, "Der Hinweis ist an dieser Stelle ausgeblendet."),
    ruleOff: (f) => decide(() => {
      state.disabled.add(f.rule);
      draw();
      renderRulesOffNow();
      schedule();
    }, `Die Regel ${f.rule} ist für diesen Text ausgeschaltet.`),
    allow: (f) => decide(() => {
      const word = passage(f).replace(/\s+/g, " ").trim();
      state.allow.add(word);
      renderAllowedNow();
      draw();
      return `„${word}“ ist erlaubt. simplify markiert es in diesem Browser nicht mehr.`;
    }),
  },
});

// -- small helpers ----------------------------------------------------------------------------

function say(message) {
  ui.status.textContent = "";
  // A fresh text node makes screen readers announce repeated messages, too.
  window.setTimeout(() => { ui.status.textContent = message; }, 30);
}

function showError(message) {
  ui.error.textContent = message;
}

function clearError() {
  ui.error.textContent = "";
}

// Code point -> UTF-16 offsets of the current text, built once per text (not per finding).
const offsets = { text: null, idx: [0] };

function spanText(span) {
  if (offsets.text !== state.text) {
    offsets.text = state.text;
    offsets.idx = codePointIndex(state.text);
  }
  const idx = offsets.idx;
  const last = idx.length - 1;
  return state.text.slice(idx[Math.min(span.start, last)], idx[Math.min(span.end, last)]);
}

function passage(f) {
  return spanText(f);
}

function profileLabel(name) {
  const p = state.profiles.find((x) => x.name === name);
  return p ? p.label : name;
}

function updateProfileInfo() {
  const p = state.profiles.find((x) => x.name === ui.profile.value);
  ui.profileInfo.textContent = p ? `${p.description} Ziel: ${fmt(p.target)} von 20 Punkten.` : "";
}

function updateCounter() {
  const n = codePointLength(ui.input.value);
  ui.counter.textContent = `${fmt(n, 0)} von ${fmt(state.maxChars, 0)} Zeichen`;
  ui.counter.classList.toggle("over", n > state.maxChars);
}

/** A passage that is one word (or a short expression) of a word-level family. */
function isWordLevel(f) {
  if (!state.vocab.isHighlighted(f.family) || state.vocab.isSentenceLevel(f.family)) return false;
  const text = passage(f).trim();
  const n = codePointLength(text);
  return n > 0 && n <= 50 && !text.includes("\n") && text.split(/\s+/).length <= 3;
}

function isWordSuggestion(f, s) {
  if (!isWordLevel(f) || s.end <= s.start) return false;
  const text = spanText(s);
  return text.trim() === text && !text.includes("\n") && codePointLength(text) <= 50 &&
    text.split(/\s+/).length <= 3;
}

function isIgnored(f) {
  return state.ignored.some((i) => i.rule === f.rule && i.start === f.start && i.end === f.end);
}

function isAllowed(f) {
  return !state.vocab.isSentenceLevel(f.family) && state.allow.words.length > 0 &&
    state.allow.has(passage(f));
}

/** Findings still in play: not ignored here, rule not switched off, word not allowed. */
function activeFindings() {
  return state.findings.filter((f) => !state.disabled.has(f.rule) && !isIgnored(f) &&
    !isAllowed(f));
}

function locationOf(f) {
  if (!state.doc || !f.fingerprint) return "";
  const loc = state.doc.locations[f.fingerprint];
  if (!loc) return "";
  if (loc.label) return loc.label; // the server's German label (page, paragraph, form field)
  if ("table" in loc) {
    return `Tabelle ${loc.table}, Zeile ${loc.row ?? "?"}, Zelle ${loc.cell ?? "?"}`;
  }
  if ("paragraph" in loc) return `Absatz ${loc.paragraph}`;
  if ("page" in loc) return `Seite ${loc.page}, Zeile ${loc.line ?? "?"}`;
  if ("line" in loc) return `Zeile ${loc.line}, Spalte ${loc.column ?? 1}`;
  return "";
}

// -- drawing ----------------------------------------------------------------------------------

/** Redraw marks, list and legend. While typing (``quick``) the list follows a bit later. */
function draw({ quick = false } = {}) {
  const active = activeFindings();
  const shown = active.filter((f) => !state.hidden.has(f.family));
  state.places = placesOf(active);
  state.groups = buildGroups(shown, state.vocab);
  // a mark whose findings are all later places of a repeated word is drawn lighter and is
  // reached from the first place (its popover) instead of the list
  for (const g of state.groups) g.repeat = g.findings.every((f) => laterPlace(f));
  renderHighlights(ui.layer, state.text, state.groups, state.vocab);
  syncScroll();
  window.clearTimeout(state.listTimer);
  if (quick) {
    state.listTimer = window.setTimeout(() => {
      renderList();
      renderLegendNow(active);
    }, 300);
  } else {
    renderList();
    renderLegendNow(active);
  }
  if (details.open) {
    const g = details.group;
    const same = state.groups.find((x) => x.start === g.start && x.end === g.end &&
      x.family === g.family);
    if (same) {
      // Keep the keyboard focus on the same button while the content is rebuilt.
      const buttons = [...details.popover.querySelectorAll("button")];
      const focused = buttons.indexOf(document.activeElement);
      details.group = same;
      details.anchor = anchorFor(same);
      hot(same.id, true);
      details.fill();
      details.place();
      const again = details.popover.querySelectorAll("button");
      if (focused >= 0) (again[Math.min(focused, again.length - 1)] || details.popover).focus();
    } else {
      details.close(false);
    }
  }
}

function laterPlace(f) {
  const info = state.places.get(f.id);
  return Boolean(info && info.index > 0);
}

function renderList() {
  // Rebuilding the list must not drop the keyboard focus: keep it on the same position.
  const focused = ui.list.contains(document.activeElement)
    ? Number(document.activeElement.closest("li").dataset.index) : -1;
  const items = state.groups.filter((group) => !group.repeat).map((group, index) => {
    const li = el("li");
    const button = el("button", "finding-item");
    button.type = "button";
    button.dataset.group = String(group.id);
    button.dataset.opensFinding = "";
    button.setAttribute("aria-haspopup", "dialog");
    const f = group.findings[0];
    const chip = el("span", "chip fam-chip", state.vocab.label(group.family));
    state.vocab.paint(chip, group.family);
    const text = el("span", "item-passage", `„${snippet(passage(f), 70)}“`);
    const msg = el("span", "item-msg", f.message);
    button.append(chip, " ", text, " ", msg);
    if (group.findings.length > 1) {
      const more = group.findings.length - 1;
      button.append(el("span", "item-more", ` (+${more} ${more === 1 ? "weiterer Hinweis"
        : "weitere Hinweise"})`));
    }
    const places = group.findings.map((x) => state.places.get(x.id)).find(Boolean);
    if (places) button.append(el("span", "item-more", ` (${moreText(places.places.length - 1)})`));
    const where = locationOf(f);
    if (where) button.append(el("span", "item-where", ` Im Dokument: ${where}`));
    button.addEventListener("click", () => openGroup(group, { opener: button, focus: true }));
    button.addEventListener("pointerenter", () => hot(group.id, true));
    button.addEventListener("pointerleave", () => hot(group.id, false));
    button.addEventListener("focus", () => hot(group.id, true));
    button.addEventListener("blur", () => hot(group.id, false));
    li.dataset.index = String(index);
    li.append(button);
    return li;
  });
  ui.list.replaceChildren(...items);
  if (focused >= 0) {
    const buttons = ui.list.querySelectorAll("button.finding-item");
    const next = buttons[Math.min(focused, buttons.length - 1)];
    if (next) next.focus({ preventScroll: true });
    else ui.input.focus({ preventScroll: true });
  }
  ui.help.hidden = items.length === 0;
  if (state.report) ui.summary.textContent = summaryText(items.length, state.groups.length);
}

function unhot() {
  ui.layer.querySelectorAll("mark.hl.active").forEach((m) => m.classList.remove("active"));
}

function hot(groupId, on) {
  // The mark of an open popover stays highlighted.
  if (!on && details.open && details.group && details.group.id === groupId) return;
  ui.layer.querySelectorAll(`mark.hl[data-group="${groupId}"]`)
    .forEach((m) => m.classList.toggle("active", on));
}

/** „Fertig: 3 Hinweise an 5 Stellen in 4 Sätzen.“ (places differ when a word repeats) */
function summaryText(count, places = count) {
  const sentences = state.sentences.length;
  const index = state.report.scores.verstaendlichkeitsindex;
  const where = places !== count ? ` an ${places} ${places === 1 ? "Stelle" : "Stellen"}` : "";
  const parts = [`Fertig: ${count} ${count === 1 ? "Hinweis" : "Hinweise"}${where} in ` +
    `${sentences} ${sentences === 1 ? "Satz" : "Sätzen"}.`];
  if (index !== null && index !== undefined) {
    parts.push(`Verständlichkeit: ${fmt(index)} von 20 Punkten (Ziel ${fmt(state.report.target)}).`);
  }
  if (state.report.summary && state.report.summary.council) {
    parts.push("Der Text ist eine Vorlage oder eine Niederschrift für den Rat oder einen " +
      "Ausschuss. Darum zeigen wir nur Fehler.");
  } else if (state.report.summary && state.report.summary.errors_only) {
    parts.push("Der Text richtet sich an Fachleute. Darum zeigen wir nur Fehler.");
  } else if (state.report.summary && state.report.summary.experts) {
    parts.push("Der Text richtet sich an ein Unternehmen. Darum zeigen wir nur Warnungen, " +
      "keine einfachen Hinweise.");
  } else if (state.report.summary && state.report.summary.plain) {
    const hidden = state.report.summary.plain.hidden;
    parts.push("Der Text ist schon einfach geschrieben. Darum zeigen wir nur Warnungen, " +
      `keine einfachen Hinweise (${hidden} ${hidden === 1 ? "Hinweis" : "Hinweise"} ausgeblendet).`);
  }
  return parts.join(" ");
}

function renderLegendNow(active = null) {
  let counts = null;
  if (state.report) {
    counts = new Map();
    for (const f of active || activeFindings()) counts.set(f.family, (counts.get(f.family) || 0) + 1);
  }
  renderLegend(ui.legend, state.vocab, counts, state.hidden, (family, on) => {
    if (on) state.hidden.delete(family);
    else state.hidden.add(family);
    draw();
  });
}

function renderAllowedNow() {
  renderAllowed(ui.allowed, state.allow, (word) => {
    state.allow.remove(word);
    renderAllowedNow();
    draw();
    say(`„${word}“ wird wieder markiert.`);
    const next = ui.allowed.list.querySelector("button") || ui.allowed.empty;
    if (next === ui.allowed.empty) ui.allowed.empty.tabIndex = -1;
    next.focus();
  });
}

function renderRulesOffNow() {
  renderRulesOff(ui.rulesOff, state.disabled, state.ruleTitles, (id) => {
    state.disabled.delete(id);
    renderRulesOffNow();
    say(`Die Regel ${id} ist wieder eingeschaltet. Der Text wird neu geprüft.`);
    const next = ui.rulesOff.list.querySelector("button");
    if (next) next.focus();
    else ui.input.focus();
    runCheck();
  });
}

function syncScroll() {
  ui.layer.scrollTop = ui.input.scrollTop;
  ui.layer.scrollLeft = ui.input.scrollLeft;
}

// -- the popover ------------------------------------------------------------------------------

function markOf(group) {
  return ui.layer.querySelector(`#fund-${group.id}`);
}

function anchorFor(group, point = null) {
  return () => {
    const mark = markOf(group);
    if (!mark) return ui.input.getBoundingClientRect();
    const rects = [...mark.getClientRects()];
    if (point) {
      const hit = rects.find((r) => point.y >= r.top && point.y <= r.bottom);
      if (hit) return hit;
    }
    return rects[0] || mark.getBoundingClientRect();
  };
}

/** Scroll the field (and the page) so the group's mark is in view. */
function reveal(group) {
  const mark = markOf(group);
  if (!mark) return;
  const top = mark.offsetTop;
  const view = ui.input.clientHeight;
  if (top < ui.input.scrollTop + 8 || top > ui.input.scrollTop + view - 40) {
    ui.input.scrollTop = Math.max(0, top - view / 3);
    syncScroll();
  }
  const rect = mark.getBoundingClientRect();
  const vh = document.documentElement.clientHeight;
  if (rect.top < 0 || rect.bottom > vh) window.scrollBy(0, rect.top - vh / 3);
}

function openGroup(group, { opener, focus, point = null }) {
  if (!point) reveal(group);
  unhot();
  hot(group.id, true);
  details.show(group, anchorFor(group, point), { opener, focus });
}

function groupAtCaret() {
  const caret = toCodePoint(ui.input.value, ui.input.selectionStart);
  const hits = state.groups.filter((g) => g.start <= caret && caret <= g.end);
  hits.sort((a, b) => (a.end - a.start) - (b.end - b.start));
  return hits[0] || null;
}

function markAt(x, y) {
  return document.elementsFromPoint(x, y)
    .find((n) => n.matches && n.matches("mark.hl") && ui.layer.contains(n)) || null;
}

/** Open the popover of another place of the same word (from the popover, by keyboard too). */
function showPlace(f) {
  const group = state.groups.find((g) => g.findings.includes(f));
  if (!group) return;
  openGroup(group, { opener: details.opener || ui.input, focus: true });
}

/** Run a decision from the popover, then put the focus where the clerk can go on. */
function decide(work, message) {
  const opener = details.opener;
  const fromList = opener && ui.list.contains(opener);
  const index = fromList ? Number(opener.closest("li").dataset.index) : -1;
  details.close(false);
  const result = work();
  const said = typeof result === "string" ? result : message;
  if (said) say(said);
  if (fromList) {
    const buttons = ui.list.querySelectorAll("button.finding-item");
    const next = buttons[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else ui.input.focus();
  } else {
    ui.input.focus({ preventScroll: true });
  }
}

// -- editing ----------------------------------------------------------------------------------

/** The field changed (typing, pasting, a decision): move the marks, check again soon. */
function onInput() {
  const value = ui.input.value;
  if (value === state.text) return;
  const edit = diffRange(state.text, value);
  const moved = [];
  for (const f of state.findings) {
    const span = shiftSpan(f, edit);
    if (!span) continue;
    const suggestions = [];
    for (const s of f.suggestions || []) {
      const sSpan = shiftSpan(s, edit);
      if (sSpan) suggestions.push({ ...s, ...sSpan });
    }
    moved.push({ ...f, ...span, suggestions });
  }
  state.findings = moved;
  state.ignored = state.ignored.map((i) => {
    const span = shiftSpan(i, edit);
    return span ? { ...i, ...span } : null;
  }).filter(Boolean);
  state.sentences = state.sentences.map((s) => {
    const span = shiftSpan(s, edit);
    return span ? { ...s, ...span } : { ...s, stale: true };
  });
  state.text = value;
  if (!value.trim()) state.doc = null;
  cancelCheck();
  details.close(false);
  window.clearTimeout(state.drawTimer);
  if (value.length > LONG_TEXT) {
    // Long documents: laying out the marks again costs ~1 ms per 1,000 characters, so the
    // marks follow when typing pauses briefly instead of on every key.
    state.drawTimer = window.setTimeout(() => draw({ quick: true }), 150);
  } else {
    draw({ quick: true });
  }
  updateCounter();
  schedule();
}

/** Replace code point ranges of the field, last first; each is one undo step (Strg + Z). */
function editField(edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  ui.input.focus({ preventScroll: true });
  for (const e of sorted) {
    const value = ui.input.value;
    const a = toUtf16(value, e.start);
    const b = toUtf16(value, e.end);
    ui.input.setSelectionRange(a, b);
    let done = false;
    try {
      done = e.text ? document.execCommand("insertText", false, e.text)
        : document.execCommand("delete");
    } catch {
      done = false;
    }
    if (!done || ui.input.value === value) {
      ui.input.setRangeText(e.text, a, b, "end");
    }
    onInput();
  }
}

/**
 * A repeated word: the same suggestion (by its place in the list) at every place still in
 * play, each in its own form ("des Antragstellers" differs from "der Antragsteller"), as
 * ``simplify fix --write`` applies them. Null unless every place has it as a safe word
 * replacement; then "Alle ersetzen" falls back to replacing the same text everywhere.
 */
function placeEdits(f, s) {
  const info = state.places.get(f.id);
  const index = (f.suggestions || []).indexOf(s);
  if (!info || index < 0) return null;
  const edits = [];
  for (const place of info.places) {
    const p = (place.suggestions || [])[index];
    if (!p || p.safety !== "safe" || p.kind !== "replace" || p.end <= p.start) return null;
    edits.push({ start: p.start, end: p.end, text: p.replacement });
  }
  return edits;
}

function replaceAll(text, replacement) {
  const ranges = wordRanges(state.text, text);
  editField(ranges.map((r) => ({ ...r, text: replacement })));
  return `${ranges.length} Stellen sind ersetzt: „${text}“ durch „${replacement}“.`;
}

// -- checking ---------------------------------------------------------------------------------

function schedule(delay = DEBOUNCE_MS) {
  window.clearTimeout(state.timer);
  state.timer = window.setTimeout(() => runCheck(), delay);
}

function cancelCheck() {
  if (state.controller) state.controller.abort();
  state.controller = null;
  state.sequence += 1;
  ui.editor.removeAttribute("aria-busy");
}

function clearResult() {
  state.report = null;
  state.findings = [];
  state.sentences = [];
  draw();
  ui.summary.textContent = "Noch kein Ergebnis. Geben Sie zuerst einen Text ein.";
  ui.score.empty.hidden = false;
  ui.score.box.hidden = true;
  ui.hard.replaceChildren();
  ui.hardEmpty.hidden = false;
}

async function runCheck({ manual = false } = {}) {
  window.clearTimeout(state.timer);
  const text = ui.input.value;
  if (!text.trim()) {
    cancelCheck();
    clearResult();
    if (manual) {
      showError("Bitte geben Sie zuerst einen Text ein.");
      ui.input.focus();
    }
    return false;
  }
  if (codePointLength(text) > state.maxChars) {
    showError(`Der Text ist zu lang. Erlaubt sind höchstens ${fmt(state.maxChars, 0)} Zeichen. ` +
      "Teilen Sie den Text bitte auf.");
    return false;
  }
  cancelCheck();
  const controller = new AbortController();
  state.controller = controller;
  const sequence = state.sequence;
  ui.editor.setAttribute("aria-busy", "true");
  if (manual) say("Der Text wird geprüft …");
  try {
    const report = await analyze(text, ui.profile.value, {
      disable: [...state.disabled], signal: controller.signal });
    // A late answer for a text that has changed since: the next check is on its way.
    if (sequence !== state.sequence || ui.input.value !== text) return false;
    clearError();
    applyReport(report, text);
    if (manual) say("Die Prüfung ist fertig.");
    return true;
  } catch (error) {
    if ((error && error.name === "AbortError") || sequence !== state.sequence) return false;
    showError(error.message);
    return false;
  } finally {
    if (sequence === state.sequence) {
      state.controller = null;
      ui.editor.removeAttribute("aria-busy");
    }
  }
}

function applyReport(report, text) {
  state.report = report;
  state.text = text;
  state.findings = flattenFindings(report.findings).map((f) => ({ ...f, id: state.nextId++,
    suggestions: (f.suggestions || []).map((s) => ({ ...s })) }));
  state.sentences = report.sentences.map((s, index) => ({ ...s, index }));
  const notes = new Set([...state.vocab.families.values()]
    .filter((f) => f.highlight === false).map((f) => f.id));
  renderScore(ui.score, report, profileLabel(report.profile), notes);
  renderHardest(ui.hard, ui.hardEmpty, text, report, jumpTo);
  draw();
  state.checks += 1;
  ui.editor.dataset.checks = String(state.checks);
}

function jumpTo(index) {
  const s = state.sentences[index];
  if (!s) return;
  const value = ui.input.value;
  ui.input.focus({ preventScroll: true });
  ui.input.setSelectionRange(toUtf16(value, s.start), toUtf16(value, s.end));
  // Blur and focus again: the field scrolls the selection into view.
  ui.input.blur();
  ui.input.focus();
  ui.editor.scrollIntoView({ block: "nearest" });
  say(`Satz ${index + 1} ist im Textfeld markiert.`);
}

// -- documents in and out ---------------------------------------------------------------------

function sizeText(bytes) {
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} KB`
    : `${fmt(bytes / 1_000_000)} MB`;
}

async function openFile(file) {
  if (!file) return;
  clearError();
  const dot = file.name.lastIndexOf(".");
  const ext = dot > 0 ? file.name.slice(dot).toLowerCase() : "";
  if (!ACCEPT.includes(ext)) {
    showError(`Dateien vom Typ „${ext || "ohne Endung"}“ kann simplify nicht lesen. ` +
      "Möglich sind .docx, .odt, .pdf, .txt und .md.");
    return;
  }
  if (file.size > MAX_FILE_BYTES) {
    showError(`Die Datei ist zu groß (${sizeText(file.size)}). Speichern Sie die Datei bitte ` +
      "ohne Bilder, teilen Sie sie auf oder fügen Sie den Text direkt ein.");
    return;
  }
  cancelCheck();
  window.clearTimeout(state.timer);
  ui.editor.setAttribute("aria-busy", "true");
  say(`Die Datei „${file.name}“ wird gelesen und geprüft …`);
  try {
    const doc = await uploadDocument(file, ui.profile.value);
    ui.input.value = doc.text;
    state.text = doc.text;
    state.ignored = [];
    state.doc = { name: doc.name, kind: doc.kind, locations: doc.locations || {} };
    ui.input.scrollTop = 0;
    updateCounter();
    applyReport(doc.report, doc.text);
    ui.docNote.hidden = false;
    ui.docNote.textContent = `Geöffnet: ${doc.name} (${KINDS[doc.kind] || doc.kind}).` +
      (doc.note ? ` Hinweis: ${doc.note}.` : "") +
      " Die Hinweise nennen die Stelle im Dokument.";
    say(`Die Datei „${doc.name}“ ist geöffnet und geprüft.`);
  } catch (error) {
    if (error.status === 413 && !error.message.startsWith("Die Datei")) {
      // The service's general size limit answered: say it in terms of the file.
      const limit = /mehr als ([\d.]+ KiB)/.exec(error.message);
      showError(`Die Datei „${file.name}“ ist zu groß (${sizeText(file.size)}).` +
        (limit ? ` Der Dienst nimmt höchstens ${limit[1]} an.` : "") +
        " Speichern Sie die Datei bitte ohne Bilder, teilen Sie sie auf oder fügen Sie den " +
        "Text direkt ein.");
    } else {
      showError(error.message);
    }
    say("");
  } finally {
    ui.editor.removeAttribute("aria-busy");
    ui.file.value = "";
  }
}

function baseName() {
  if (state.doc && state.doc.name) {
    const dot = state.doc.name.lastIndexOf(".");
    return `${dot > 0 ? state.doc.name.slice(0, dot) : state.doc.name}-vereinfacht`;
  }
  return "text";
}

function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = el("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function save(kind) {
  clearError();
  const text = ui.input.value;
  if (!text.trim()) {
    showError("Das Textfeld ist leer. Es gibt nichts herunterzuladen.");
    return;
  }
  const base = baseName();
  try {
    if (kind === "txt") {
      saveBlob(new Blob([text], { type: "text/plain;charset=utf-8" }), `${base}.txt`);
      say(`Die Textdatei „${base}.txt“ wird heruntergeladen.`);
    } else if (kind === "docx") {
      say("Die Word-Datei wird erstellt …");
      saveBlob(await exportDocx(text, base), `${base}.docx`);
      say(`Die Word-Datei „${base}.docx“ wird heruntergeladen.`);
    } else {
      say("Der Bericht wird erstellt …");
      const blob = await reportHtml(text, ui.profile.value, [...state.disabled],
        state.doc ? state.doc.name : "Text");
      saveBlob(blob, `${base}-bericht.html`);
      say(`Der Bericht „${base}-bericht.html“ wird heruntergeladen.`);
    }
  } catch (error) {
    say("");
    showError(error.message);
  }
}

async function copy(text, button, done) {
  let copied = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      copied = true;
    }
  } catch {
    copied = false;
  }
  if (!copied) {
    const area = el("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.append(area);
    area.select();
    try {
      copied = document.execCommand("copy");
    } catch {
      copied = false;
    }
    area.remove();
    button.focus();
  }
  if (copied) say(done);
  else showError("Das Kopieren hat nicht geklappt. Markieren Sie den Text mit Strg + A und " +
    "kopieren Sie ihn mit Strg + C.");
}

// -- wiring -----------------------------------------------------------------------------------

function hasFiles(e) {
  return Boolean(e.dataTransfer && [...e.dataTransfer.types].includes("Files"));
}

function bindEditor() {
  ui.input.addEventListener("input", onInput);
  ui.input.addEventListener("scroll", syncScroll);
  new ResizeObserver(() => {
    syncScroll();
    if (details.open) details.place();
  }).observe(ui.input);
  ui.input.addEventListener("click", (e) => {
    const mark = markAt(e.clientX, e.clientY);
    if (!mark) {
      details.close(false);
      return;
    }
    const group = state.groups[Number(mark.dataset.group)];
    if (group) openGroup(group, { opener: ui.input, focus: false,
      point: { x: e.clientX, y: e.clientY } });
  });
  let frame = 0;
  ui.input.addEventListener("mousemove", (e) => {
    if (frame) return;
    frame = window.requestAnimationFrame(() => {
      frame = 0;
      const mark = markAt(e.clientX, e.clientY);
      ui.layer.querySelectorAll("mark.hl.hover").forEach((m) => m.classList.remove("hover"));
      if (mark) {
        ui.layer.querySelectorAll(`mark.hl[data-group="${mark.dataset.group}"]`)
          .forEach((m) => m.classList.add("hover"));
      }
      ui.input.classList.toggle("over-mark", Boolean(mark));
    });
  });
  ui.input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      runCheck({ manual: true });
    } else if (e.key === "Enter" && e.altKey) {
      e.preventDefault();
      const group = groupAtCaret();
      if (group) openGroup(group, { opener: ui.input, focus: true });
      else say("An dieser Stelle gibt es keinen Hinweis.");
    } else if (e.key === "Escape" && details.open) {
      e.preventDefault();
      details.close(false);
    }
  });

  // Drag and drop a file onto the field.
  let depth = 0;
  ui.editor.addEventListener("dragenter", (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth += 1;
    ui.drop.hidden = false;
  });
  ui.editor.addEventListener("dragover", (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
  });
  ui.editor.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (!depth) ui.drop.hidden = true;
  });
  ui.editor.addEventListener("drop", (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    ui.drop.hidden = true;
    openFile(e.dataTransfer.files[0]);
  });
  // A file dropped next to the field must not replace the page.
  for (const type of ["dragover", "drop"]) {
    window.addEventListener(type, (e) => {
      if (hasFiles(e) && !ui.editor.contains(e.target)) e.preventDefault();
    });
  }
}

async function init() {
  renderAllowedNow();
  renderRulesOffNow();
  updateCounter();
  bindEditor();
  ui.form.addEventListener("submit", (e) => {
    e.preventDefault();
    runCheck({ manual: true });
  });
  ui.copy.addEventListener("click", () => {
    clearError();
    if (!ui.input.value) say("Das Textfeld ist leer. Es gibt nichts zu kopieren.");
    else copy(ui.input.value, ui.copy, "Der Text ist kopiert. Sie können ihn jetzt einfügen.");
  });
  ui.allowed.copy.addEventListener("click", () => copy(ui.allowed.toml.value, ui.allowed.copy,
    "Die Einstellung ist kopiert. Fügen Sie sie in die Datei simplify.toml Ihres Teams ein."));
  ui.example.addEventListener("click", () => {
    state.doc = null;
    ui.docNote.hidden = true;
    ui.input.focus();
    ui.input.select();
    if (!document.execCommand("insertText", false, EXAMPLE)) ui.input.value = EXAMPLE;
    onInput();
    ui.input.setSelectionRange(0, 0);
    ui.input.scrollTop = 0;
    syncScroll();
    say("Ein Beispieltext ist eingefügt. simplify prüft ihn gleich.");
  });
  ui.file.addEventListener("change", () => openFile(ui.file.files[0]));
  ui.saveTxt.addEventListener("click", () => save("txt"));
  ui.saveDocx.addEventListener("click", () => save("docx"));
  ui.saveReport.addEventListener("click", () => save("report"));
  ui.profile.addEventListener("change", () => {
    updateProfileInfo();
    if (ui.input.value.trim()) runCheck();
  });
  window.addEventListener("storage", () => {
    state.allow.words = state.allow.read();
    renderAllowedNow();
    draw();
  });

  try {
    const [vocabulary, profiles] = await Promise.all([getVocabulary(), getProfiles()]);
    state.vocab.load(vocabulary);
    state.profiles = profiles.profiles;
    state.maxChars = profiles.max_chars;
    const options = state.profiles.map((p) => {
      const option = document.createElement("option");
      option.value = p.name;
      option.textContent = p.label;
      return option;
    });
    ui.profile.replaceChildren(...options);
    ui.profile.value = profiles.default;
    updateProfileInfo();
    updateCounter();
    draw();
  } catch (error) {
    showError(error.message);
  }
  getRules().then((rules) => {
    for (const r of rules.rules) state.ruleTitles.set(r.id, r.title);
    renderRulesOffNow();
  }).catch(() => {});
  document.body.dataset.ready = "true";
}

init();
