// Families, levels and their looks come from GET /v1/vocabulary, never from a list kept here.
// Each family gets CSS custom properties on :root (--fam-<id>, --fam-<id>-bg); marks carry
// data-family and data-style, and app.css has only generic rules for the styles.

const SAFE_ID = /^[A-Za-z0-9_-]{1,40}$/;

export class Vocabulary {
  constructor(data = null) {
    this.families = new Map();
    this.levels = new Map();
    if (data) this.load(data);
  }

  load(data) {
    this.families = new Map();
    (data.families || []).forEach((f, order) => {
      if (!f || typeof f.id !== "string" || !SAFE_ID.test(f.id)) return;
      this.families.set(f.id, { ...f, order });
    });
    this.levels = new Map((data.levels || []).map((l) => [l.id, l]));
    this.applyColours();
  }

  applyColours() {
    const root = document.documentElement.style;
    for (const f of this.families.values()) {
      if (typeof f.colour === "string") root.setProperty(`--fam-${f.id}`, f.colour);
      if (typeof f.background === "string") root.setProperty(`--fam-${f.id}-bg`, f.background);
    }
  }

  family(id) {
    return this.families.get(id) || null;
  }

  label(id) {
    const f = this.families.get(id);
    return f && f.label ? f.label : id;
  }

  levelLabel(id) {
    const l = this.levels.get(id);
    return l && l.label ? l.label : id;
  }

  /** Families the page marks in the text, in the order the service lists them. */
  highlighted() {
    return [...this.families.values()].filter((f) => f.highlight !== false).map((f) => f.id);
  }

  isHighlighted(id) {
    const f = this.families.get(id);
    return Boolean(f && f.highlight !== false);
  }

  /** A whole-sentence family (drawn as a box) nests outside word-level marks. */
  isSentenceLevel(id) {
    const f = this.families.get(id);
    return Boolean(f && f.style === "box");
  }

  rank(id) {
    const f = this.families.get(id);
    if (!f) return 1000;
    return (f.style === "box" ? 0 : 100) + f.order;
  }

  /** Give an element a family's colours (custom properties, so CSP allows it). */
  paint(node, id) {
    node.dataset.family = id;
    const f = this.families.get(id);
    node.dataset.style = f && f.style ? f.style : "solid";
    if (f && SAFE_ID.test(id)) {
      node.style.setProperty("--c", `var(--fam-${id})`);
      node.style.setProperty("--bg", `var(--fam-${id}-bg)`);
    }
  }
}
