// The popover next to a highlight: message, explanation, suggestions (hover, focus or click).
// Keyboard: Tab reaches each highlight; Enter (or Space, Arrow down) moves into the popover;
// Escape closes it and returns to the highlight.

import { el } from "./text.js";

const LEVEL = { info: "Hinweis", warning: "Warnung", error: "Fehler" };
const HIDE_DELAY = 250;

export class Details {
  constructor({ result, popover, content, familyLabel, onAccept }) {
    this.result = result;
    this.popover = popover;
    this.content = content;
    this.familyLabel = familyLabel;
    this.onAccept = onAccept;
    this.report = null;
    this.groups = [];
    this.current = null; // the focusable first piece of the shown group
    this.pinned = false;
    this.quiet = false;
    this.timer = 0;
    this.bind();
  }

  setReport(report, groups, editable) {
    this.hide();
    this.report = report;
    this.groups = groups;
    this.editable = editable;
  }

  setEditable(editable) {
    this.editable = editable;
    if (!this.popover.hidden && this.current) this.fill(this.current);
  }

  bind() {
    const r = this.result;
    r.addEventListener("mouseover", (e) => {
      const mark = e.target.closest("mark.hl");
      if (!mark || this.pinned) return;
      this.cancelHide();
      this.show(mark, { x: e.clientX, y: e.clientY });
    });
    r.addEventListener("mouseout", (e) => {
      if (this.pinned) return;
      const to = e.relatedTarget;
      if (to && (this.popover.contains(to) || (to.closest && to.closest("mark.hl")))) return;
      this.scheduleHide();
    });
    r.addEventListener("click", (e) => {
      const mark = e.target.closest("mark.hl");
      if (!mark) return;
      this.show(mark, { x: e.clientX, y: e.clientY });
      this.pinned = true;
    });
    r.addEventListener("focusin", (e) => {
      const mark = e.target.closest("mark.hl");
      if (this.quiet) {
        this.quiet = false;
        return;
      }
      if (mark) {
        this.pinned = false;
        this.show(mark);
      }
    });
    r.addEventListener("focusout", (e) => {
      const to = e.relatedTarget;
      if (to && (this.popover.contains(to) || this.result.contains(to))) return;
      if (!this.pinned) this.hide();
    });
    r.addEventListener("keydown", (e) => {
      const mark = e.target.closest("mark.hl");
      if (!mark) return;
      if (e.key === "Enter" || e.key === " " || e.key === "ArrowDown") {
        e.preventDefault();
        this.show(mark);
        this.enter();
      } else if (e.key === "Escape") {
        this.hide();
      }
    });

    const p = this.popover;
    p.addEventListener("mouseenter", () => this.cancelHide());
    p.addEventListener("mouseleave", () => {
      if (!this.pinned) this.scheduleHide();
    });
    p.addEventListener("keydown", (e) => this.popoverKey(e));
    p.addEventListener("focusout", (e) => {
      const to = e.relatedTarget;
      if (to && (p.contains(to) || to === this.current)) return;
      if (to && to.closest && to.closest("mark.hl")) return;
      this.hide();
    });
    document.addEventListener("click", (e) => {
      if (this.popover.hidden) return;
      if (p.contains(e.target) || (e.target.closest && e.target.closest("mark.hl"))) return;
      this.hide();
    });
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && !this.popover.hidden) {
        const back = this.current;
        const inside = p.contains(document.activeElement);
        this.hide();
        if (back && inside) this.returnTo(back);
      }
    });
  }

  popoverKey(e) {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      const back = this.current;
      this.hide();
      if (back) this.returnTo(back);
      return;
    }
    if (e.key !== "Tab") return;
    const items = [...this.popover.querySelectorAll("button")];
    if (!items.length) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      if (this.current) this.current.focus();  // shows the popover again, not pinned
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      const marks = [...this.result.querySelectorAll("mark.hl[tabindex='0']")];
      const next = marks[marks.indexOf(this.current) + 1];
      (next || this.current).focus();
    }
  }

  /** Focus a highlight without opening its popover again (after Escape). */
  returnTo(mark) {
    this.quiet = true;
    mark.focus();
    this.quiet = false;
  }

  enter() {
    this.pinned = true;
    const target = this.popover.querySelector("button") || this.popover;
    target.focus();
  }

  cancelHide() {
    window.clearTimeout(this.timer);
  }

  scheduleHide() {
    this.cancelHide();
    this.timer = window.setTimeout(() => this.hide(), HIDE_DELAY);
  }

  hide() {
    this.cancelHide();
    this.popover.hidden = true;
    this.pinned = false;
    this.result.querySelectorAll("mark.hl.active").forEach((m) => m.classList.remove("active"));
    if (this.current) this.current.removeAttribute("aria-describedby");
    this.current = null;
  }

  /** Groups to show for a mark: the mark's own group first, then enclosing highlights. */
  groupsAt(mark) {
    const ids = [];
    for (let m = mark; m; m = m.parentElement && m.parentElement.closest("mark.hl")) {
      const id = Number(m.dataset.group);
      if (!ids.includes(id)) ids.push(id);
    }
    return ids.map((id) => this.groups[id]).filter(Boolean);
  }

  show(mark, point = null) {
    if (!this.report) return;
    const groupId = mark.dataset.group;
    const first = this.result.querySelector(`mark.hl[data-group="${groupId}"][tabindex]`);
    this.result.querySelectorAll("mark.hl.active").forEach((m) => m.classList.remove("active"));
    this.result.querySelectorAll(`mark.hl[data-group="${groupId}"]`)
      .forEach((m) => m.classList.add("active"));
    if (this.current && this.current !== first) this.current.removeAttribute("aria-describedby");
    this.current = first || mark;
    this.fill(mark);
    this.popover.hidden = false;
    this.place(mark, point);
    this.current.setAttribute("aria-describedby", "detail-inhalt");
  }

  fill(mark) {
    const parts = [];
    const [own, ...outer] = this.groupsAt(mark);
    for (const index of own ? own.findings : []) {
      parts.push(this.findingView(this.report.findings[index]));
    }
    if (outer.length) {
      // Enclosing highlights (e.g. the long sentence) briefly; they have their own popover.
      const more = el("div", "finding more");
      more.append(el("p", "more-title", "Außerdem an dieser Stelle:"));
      const list = el("ul", "more-list");
      for (const group of outer) {
        for (const index of group.findings) {
          const f = this.report.findings[index];
          const item = el("li");
          const chip = el("span", "chip", this.familyLabel(f.family));
          chip.style.color = `var(--fam-${f.family})`;
          item.append(chip, " ", f.message);
          list.append(item);
        }
      }
      more.append(list);
      parts.push(more);
    }
    const family = mark.dataset.family;
    this.popover.style.setProperty("--c", `var(--fam-${family})`);
    this.content.replaceChildren(...parts);
  }

  findingView(f) {
    const box = el("div", "finding");
    const head = el("div", "finding-head");
    const fam = el("span", "chip", this.familyLabel(f.family));
    fam.style.color = `var(--fam-${f.family})`;
    head.append(fam, el("span", `chip level-${f.level}`, LEVEL[f.level] || f.level));
    box.append(head, el("p", "finding-msg", f.message));
    if (f.explanation) box.append(el("p", "finding-why", f.explanation));
    const usable = f.suggestions.filter((s) => typeof s.replacement === "string");
    if (usable.length) {
      const list = el("div", "suggestions");
      for (const s of usable) {
        const button = el("button", "btn sugg");
        button.type = "button";
        const label = s.label || "Ersetzen";
        button.append(el("span", "sugg-label", `Übernehmen: ${label}`));
        if (!s.replacement) {
          button.append(el("span", "sugg-text", "(Stelle löschen)"));
        } else if (!label.includes(s.replacement)) {
          button.append(el("span", "sugg-text", `„${s.replacement}“`));
        }
        button.disabled = !this.editable;
        if (!this.editable) button.title = "Prüfen Sie den geänderten Text zuerst neu.";
        button.addEventListener("click", (e) => {
          e.stopPropagation();
          this.onAccept(s, f);
        });
        list.append(button);
      }
      box.append(list);
    } else {
      box.append(el("p", "no-suggestion", "Kein fertiger Vorschlag: Formulieren Sie die Stelle " +
        "bitte selbst um."));
    }
    return box;
  }

  place(mark, point) {
    const host = this.popover.offsetParent || this.result;
    const hostRect = host.getBoundingClientRect();
    const rects = [...mark.getClientRects()];
    let rect = rects[0] || mark.getBoundingClientRect();
    if (point) {
      rect = rects.find((r) => point.y >= r.top && point.y <= r.bottom) || rect;
    }
    const width = this.popover.offsetWidth;
    const maxLeft = Math.max(8, hostRect.width - width - 8);
    const left = Math.min(Math.max(8, rect.left - hostRect.left), maxLeft);
    const top = rect.bottom - hostRect.top + 8;
    this.popover.style.left = `${left}px`;
    this.popover.style.top = `${top}px`;
  }
}
