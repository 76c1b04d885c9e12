// simplify web page: wiring of form, result, popover and panels. No HTML from data: all text
// goes through textContent or text nodes.

import { analyze, getProfiles, getRules } from "./api.js";
import { Details } from "./details.js";
import { renderHardest, renderLegend, renderScore } from "./panels.js";
import { MARK_FAMILIES, renderHighlights } from "./render.js";
import { codePointLength, fmt, replaceRange } from "./text.js";

const FALLBACK_FAMILIES = {
  length: "Satzlänge",
  passive: "Passiv",
  nominal: "Nominalstil",
  jargon: "Amtsdeutsch und Fachsprache",
  address: "Ansprache",
  words: "Lange Wörter",
  readability: "Lesbarkeit",
};

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
  input: $("eingabe"),
  counter: $("zeichen"),
  check: $("pruefen"),
  copy: $("kopieren"),
  example: $("beispiel"),
  status: $("status"),
  error: $("fehler"),
  summary: $("zusammenfassung"),
  stale: $("veraltet"),
  help: $("ergebnis-hilfe"),
  result: $("ergebnis"),
  legend: $("legende"),
  hard: $("schwer"),
  hardEmpty: $("schwer-leer"),
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
  profiles: [],
  families: { ...FALLBACK_FAMILIES },
  maxChars: 100000,
  report: null,
  checkedText: null,
  hidden: new Set(),
  sequence: 0,
};

const details = new Details({
  result: ui.result,
  popover: $("detail"),
  content: $("detail-inhalt"),
  familyLabel: (family) => state.families[family] || family,
  onAccept: acceptSuggestion,
});

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

function isCurrent() {
  return state.report !== null && ui.input.value === state.checkedText;
}

function updateStale() {
  const stale = state.report !== null && !isCurrent();
  ui.stale.hidden = !stale;
  ui.result.classList.toggle("stale", stale);
  details.setEditable(!stale);
}

function summaryText(report) {
  const counts = report.summary.by_family || {};
  const shown = MARK_FAMILIES.reduce((sum, f) => sum + (counts[f] || 0), 0);
  const sentences = report.sentences.length;
  const index = report.scores.verstaendlichkeitsindex;
  const parts = [
    `Fertig: ${shown} ${shown === 1 ? "Fundstelle" : "Fundstellen"} in ${sentences} ` +
      `${sentences === 1 ? "Satz" : "Sätzen"}.`,
  ];
  if (index !== null && index !== undefined) {
    parts.push(`Verständlichkeit: ${fmt(index)} von 20 Punkten (Ziel ${fmt(report.target)}).`);
  }
  return parts.join(" ");
}

function renderLegendNow() {
  const counts = state.report ? state.report.summary.by_family : null;
  renderLegend(ui.legend, state.families, counts, state.hidden, (family, on) => {
    if (on) state.hidden.delete(family);
    else state.hidden.add(family);
    ui.result.classList.toggle(`hide-${family}`, !on);
  });
}

function jumpTo(index) {
  const target = document.getElementById(`satz-${index}`);
  if (!target) return;
  target.tabIndex = -1;
  target.scrollIntoView({ block: "center", behavior: "smooth" });
  target.focus({ preventScroll: true });
  target.classList.add("flash");
  window.setTimeout(() => target.classList.remove("flash"), 1600);
}

function render(report, text) {
  state.report = report;
  state.checkedText = text;
  const groups = renderHighlights(ui.result, text, report);
  details.setReport(report, groups, true);
  renderScore(ui.score, report, profileLabel(report.profile));
  renderLegendNow();
  renderHardest(ui.hard, ui.hardEmpty, text, report, jumpTo);
  ui.help.hidden = groups.length === 0;
  ui.summary.textContent = summaryText(report);
  updateStale();
}

async function runCheck() {
  clearError();
  const text = ui.input.value;
  if (!text.trim()) {
    showError("Bitte geben Sie zuerst einen Text ein.");
    ui.input.focus();
    return false;
  }
  if (codePointLength(text) > state.maxChars) {
    showError(`Der Text ist zu lang. Erlaubt sind höchstens ${fmt(state.maxChars, 0)} Zeichen. ` +
      "Teilen Sie den Text bitte auf.");
    return false;
  }
  const sequence = ++state.sequence;
  ui.check.disabled = true;
  ui.result.setAttribute("aria-busy", "true");
  say("Der Text wird geprüft …");
  try {
    const report = await analyze(text, ui.profile.value);
    if (sequence !== state.sequence) return false;
    render(report, text);
    say("Die Prüfung ist fertig.");
    return true;
  } catch (error) {
    if (sequence !== state.sequence) return false;
    say("");
    showError(error.message);
    return false;
  } finally {
    if (sequence === state.sequence) {
      ui.check.disabled = false;
      ui.result.removeAttribute("aria-busy");
    }
  }
}

async function acceptSuggestion(suggestion) {
  if (!isCurrent()) {
    showError("Der Text wurde geändert. Bitte prüfen Sie ihn zuerst neu.");
    return;
  }
  ui.input.value = replaceRange(state.checkedText, suggestion.start, suggestion.end,
    suggestion.replacement);
  details.hide();
  updateCounter();
  updateStale();
  say("Der Vorschlag ist übernommen. Der Text wird neu geprüft.");
  const ok = await runCheck();
  if (ok) {
    ui.result.focus({ preventScroll: true });
    say("Der Vorschlag ist übernommen. Das Ergebnis ist aktualisiert.");
  }
}

async function copyText() {
  clearError();
  const text = ui.input.value;
  if (!text) {
    say("Das Textfeld ist leer. Es gibt nichts zu kopieren.");
    return;
  }
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
    const start = ui.input.selectionStart;
    const end = ui.input.selectionEnd;
    ui.input.focus();
    ui.input.select();
    try {
      copied = document.execCommand("copy");
    } catch {
      copied = false;
    }
    ui.input.setSelectionRange(start, end);
    ui.copy.focus();
  }
  if (copied) say("Der Text ist kopiert. Sie können ihn jetzt einfügen.");
  else showError("Das Kopieren hat nicht geklappt. Markieren Sie den Text mit Strg + A und " +
    "kopieren Sie ihn mit Strg + C.");
}

async function init() {
  renderLegendNow();
  updateCounter();
  ui.form.addEventListener("submit", (e) => {
    e.preventDefault();
    runCheck();
  });
  ui.input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      runCheck();
    }
  });
  ui.input.addEventListener("input", () => {
    updateCounter();
    updateStale();
  });
  ui.copy.addEventListener("click", copyText);
  ui.example.addEventListener("click", () => {
    ui.input.value = EXAMPLE;
    updateCounter();
    updateStale();
    ui.input.focus();
    say("Ein Beispieltext ist eingefügt. Klicken Sie auf „Prüfen“.");
  });
  ui.profile.addEventListener("change", () => {
    updateProfileInfo();
    if (state.report && ui.input.value.trim()) runCheck();
  });

  try {
    const [profiles, rules] = await Promise.all([getProfiles(), getRules()]);
    state.profiles = profiles.profiles;
    state.maxChars = profiles.max_chars;
    for (const f of rules.families) state.families[f.id] = f.label;
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
    renderLegendNow();
  } catch (error) {
    showError(error.message);
  }
  document.body.dataset.ready = "true";
}

init();
