// The popover of a finding: message, explanation, where it is in the document, suggestions
// and the decisions (Übernehmen, Alle ersetzen, Ignorieren, Regel ausschalten, Wort erlauben).
// It is placed inside the viewport (fixed position, flipped above the mark or moved in from
// the edges). Keyboard: Tab stays inside, Escape closes and returns focus to the opener.

import { moreText } from "./repeats.js";
import { el } from "./text.js";

const GAP = 6;
const MARGIN = 8;

export class Details {
  constructor({ popover, content, vocab, info, actions, onClose = () => {} }) {
    this.popover = popover;
    this.content = content;
    this.vocab = vocab;
    // {passage(f), location(f), wordLevel(f), occurrences(f, s), places(f)}
    this.info = info;
    this.actions = actions; // {accept, replaceAll, showPlace, ignore, ruleOff, allow}
    this.onClose = onClose;
    this.group = null;
    this.anchor = null; // () => DOMRect of the marked passage
    this.opener = null;
    this.bind();
  }

  get open() {
    return !this.popover.hidden;
  }

  bind() {
    const p = this.popover;
    p.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        this.close(true);
      } else if (e.key === "Tab") {
        const items = [...p.querySelectorAll("button:not([disabled])")];
        if (!items.length) return;
        const first = items[0];
        const last = items[items.length - 1];
        if (e.shiftKey && (document.activeElement === first || document.activeElement === p)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }
    });
    document.addEventListener("pointerdown", (e) => {
      if (!this.open || p.contains(e.target)) return;
      if (e.target.closest && e.target.closest("[data-opens-finding]")) return;
      this.close(false);
    });
    const again = () => {
      if (this.open) this.place();
    };
    window.addEventListener("resize", again);
    window.addEventListener("scroll", again, { passive: true, capture: true });
  }

  /**
   * Show ``group`` next to the rectangle ``anchor()`` returns. ``opener`` gets focus back on
   * Escape; with ``focus`` the first button takes focus (keyboard use).
   */
  show(group, anchor, { opener = null, focus = false } = {}) {
    this.group = group;
    this.anchor = anchor;
    this.opener = opener;
    this.fill();
    this.popover.hidden = false;
    this.vocab.paint(this.popover, group.family);
    this.place();
    if (focus) {
      const first = this.popover.querySelector("button");
      (first || this.popover).focus({ preventScroll: true });
    }
  }

  close(returnFocus) {
    if (!this.open) return;
    this.popover.hidden = true;
    const back = this.opener;
    this.group = null;
    this.anchor = null;
    this.opener = null;
    this.onClose();
    if (returnFocus && back && back.isConnected) back.focus({ preventScroll: true });
  }

  fill() {
    const views = this.group.findings.map((f) => this.findingView(f));
    this.content.replaceChildren(...views);
  }

  findingView(f) {
    const box = el("div", "finding");
    const head = el("div", "finding-head");
    const fam = el("span", "chip fam-chip", this.vocab.label(f.family));
    this.vocab.paint(fam, f.family);
    head.append(fam, el("span", `chip level-${f.level}`, this.vocab.levelLabel(f.level)));
    box.append(head, el("p", "finding-msg", f.message));
    if (f.explanation) box.append(el("p", "finding-why", f.explanation));
    const passage = this.info.passage(f);
    const quote = el("p", "finding-quote");
    quote.append(el("span", "quote-label", "Stelle: "), `„${short(passage)}“`);
    box.append(quote);
    const where = this.info.location(f);
    if (where) box.append(el("p", "finding-where", `Im Dokument: ${where}`));

    const usable = (f.suggestions || []).filter((s) => typeof s.replacement === "string");
    if (usable.length) {
      const list = el("div", "suggestions");
      if (usable.length > 1) list.append(el("p", "sugg-title", "Vorschläge zur Auswahl:"));
      usable.forEach((s, i) => {
        // "review": simplify could not check everything (meaning, who acts); a person reads it
        const review = s.safety !== "safe";
        const button = el("button", i === 0 && !review ? "btn btn-primary sugg" : "btn sugg");
        button.type = "button";
        button.dataset.action = "accept";
        const label = s.label || "Ersetzen";
        button.append(el("span", "sugg-label", `Übernehmen: ${label}`));
        if (!s.replacement) {
          button.append(el("span", "sugg-text", "(Stelle löschen)"));
        } else if (!label.includes(s.replacement)) {
          button.append(el("span", "sugg-text", `„${short(s.replacement)}“`));
        }
        if (review) {
          button.dataset.review = "true";
          button.append(el("span", "sugg-review", "Bitte vor dem Übernehmen lesen und prüfen."));
        }
        button.addEventListener("click", () => this.actions.accept(f, s));
        list.append(button);
        const count = review ? 0 : this.info.occurrences(f, s);
        if (count > 1) {
          const all = el("button", "btn sugg-all", `Alle ersetzen (${count} Stellen)`);
          all.type = "button";
          all.dataset.action = "replace-all";
          all.addEventListener("click", () => this.actions.replaceAll(f, s));
          list.append(all);
        }
      });
      box.append(list);
    } else {
      box.append(el("p", "no-suggestion", "Kein fertiger Vorschlag: Formulieren Sie die Stelle " +
        "bitte selbst um."));
    }

    // after the suggestions: the first button stays the first suggestion
    const places = this.info.places ? this.info.places(f) : null;
    if (places) box.append(this.placesView(f, places));

    const row = el("div", "decide");
    const add = (action, text, handler, hint) => {
      const b = el("button", "btn btn-small", text);
      b.type = "button";
      b.dataset.action = action;
      if (hint) b.title = hint;
      b.addEventListener("click", handler);
      row.append(b);
    };
    add("ignore", "Ignorieren", () => this.actions.ignore(f),
      "Nur diese Stelle, bis sich der Text dort ändert.");
    add("rule-off", "Regel ausschalten", () => this.actions.ruleOff(f),
      `Regel ${f.rule} für diesen Text nicht mehr prüfen.`);
    if (this.info.wordLevel(f)) {
      add("allow", "Wort erlauben", () => this.actions.allow(f),
        "Dieses Wort in diesem Browser nicht mehr markieren.");
    }
    box.append(row);
    return box;
  }

  /**
   * The other places of a repeated word: the first says how many more there are, a later one
   * which of them it is; a button opens the next place (the last leads back to the first).
   */
  placesView(f, { index, places }) {
    const box = el("div", "finding-places");
    const n = places.length;
    // hints of one rule are one note whatever their word (report.group_repeats)
    const same = places.every((p) => p.term === places[0].term);
    const kind = same ? "mit demselben Wort" : "mit Wörtern dieser Art";
    const text = index === 0
      ? `${capital(moreText(n - 1))} ${kind} (heller markiert).`
      : same ? `Stelle ${index + 1} von ${n}: Dasselbe Wort steht schon weiter oben.`
        : `Stelle ${index + 1} von ${n}: Ein Wort dieser Art steht schon weiter oben.`;
    box.append(el("p", "places-text", text));
    const next = places[(index + 1) % n];
    const label = index + 1 < n ? `Nächste Stelle zeigen (${index + 2} von ${n})`
      : "Erste Stelle zeigen";
    const button = el("button", "btn btn-small", label);
    button.type = "button";
    button.dataset.action = "next-place";
    button.addEventListener("click", () => this.actions.showPlace(next));
    box.append(button);
    return box;
  }

  /** Put the popover below the passage, or above it, always inside the viewport. */
  place() {
    if (!this.anchor) return;
    const p = this.popover;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    p.style.maxHeight = `${Math.max(120, vh - 2 * MARGIN)}px`;
    p.style.maxWidth = `${Math.max(160, vw - 2 * MARGIN)}px`;
    const rect = this.anchor();
    const w = p.offsetWidth;
    const h = p.offsetHeight;
    let left = Math.min(Math.max(MARGIN, rect.left), vw - w - MARGIN);
    left = Math.max(MARGIN, left);
    let top = rect.bottom + GAP;
    if (top + h > vh - MARGIN) {
      const above = rect.top - GAP - h;
      top = above >= MARGIN ? above : vh - h - MARGIN;
    }
    top = Math.max(MARGIN, top);
    p.style.left = `${Math.round(left)}px`;
    p.style.top = `${Math.round(top)}px`;
  }
}

function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function short(text, max = 140) {
  const chars = [...text.replace(/\s+/g, " ").trim()];  // code points: emoji stay whole
  return chars.length > max ? `${chars.slice(0, max - 1).join("").trimEnd()} …` : chars.join("");
}
