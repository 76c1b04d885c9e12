// Offsets: the service counts code points (like Python), JavaScript strings count UTF-16 units.

/** utf16[i] is the UTF-16 offset of code point i; the last entry is the string length. */
export function codePointIndex(text) {
  const utf16 = [0];
  let unit = 0;
  for (const ch of text) {
    unit += ch.length;
    utf16.push(unit);
  }
  return utf16;
}

/** Number of code points (what the service counts as characters). */
export function codePointLength(text) {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/** Replace code points [start, end) of text by replacement. */
export function replaceRange(text, start, end, replacement) {
  const idx = codePointIndex(text);
  const a = idx[Math.min(start, idx.length - 1)];
  const b = idx[Math.min(end, idx.length - 1)];
  return text.slice(0, a) + replacement + text.slice(b);
}

const number = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0 });

export function fmt(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return digits === 0 ? whole.format(value) : number.format(value);
}

/** Build an element with classes and text, never HTML. */
export function el(tag, className = "", text = null) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== null) node.textContent = text;
  return node;
}

export function snippet(text, max = 110) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + " …" : flat;
}

/** UTF-16 offset of code point ``cp`` in ``text`` (clamped to the end). */
export function toUtf16(text, cp) {
  let unit = 0;
  let n = 0;
  for (const ch of text) {
    if (n >= cp) break;
    unit += ch.length;
    n += 1;
  }
  return unit;
}

/** Code point offset of UTF-16 offset ``unit`` in ``text``. */
export function toCodePoint(text, unit) {
  return codePointLength(text.slice(0, unit));
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The one region that differs between two texts, in code points:
 * ``before[start:oldEnd]`` became ``after[start:newEnd]``. Never splits a surrogate pair.
 */
export function diffRange(before, after) {
  const max = Math.min(before.length, after.length);
  let a = 0;
  while (a < max && before.charCodeAt(a) === after.charCodeAt(a)) a += 1;
  if (a > 0 && isHigh(before.charCodeAt(a - 1))) a -= 1;
  let b = 0;
  while (b < max - a &&
    before.charCodeAt(before.length - 1 - b) === after.charCodeAt(after.length - 1 - b)) b += 1;
  if (b > 0 && isLow(before.charCodeAt(before.length - b))) b -= 1;
  const start = codePointLength(before.slice(0, a));
  return {
    start,
    oldEnd: start + codePointLength(before.slice(a, before.length - b)),
    newEnd: start + codePointLength(after.slice(a, after.length - b)),
  };
}

/**
 * Move a span {start, end} (code points) across an edit from diffRange. Returns the moved span,
 * or null if the edit touched it (replaced part of it, or inserted inside it).
 */
export function shiftSpan(span, edit) {
  const { start: a, oldEnd: b, newEnd: c } = edit;
  const delta = c - b;
  if (b > a) {
    if (span.start < b && span.end > a) return null;
  } else if (span.start < a && span.end > a) {
    return null;
  }
  if (span.start >= b) return { start: span.start + delta, end: span.end + delta };
  return { start: span.start, end: span.end };
}

/** Letters and digits around a passage decide whether it stands alone as a word. */
export function wordRanges(text, passage) {
  if (!passage) return [];
  const escaped = passage.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu");
  const ranges = [];
  for (const m of text.matchAll(re)) {
    const start = codePointLength(text.slice(0, m.index));
    ranges.push({ start, end: start + codePointLength(m[0]) });
  }
  return ranges;
}

/** Compare words the way the allow list does: trimmed, single spaces, lower case. */
export function normWord(word) {
  return word.replace(/\s+/g, " ").trim().toLocaleLowerCase("de-DE");
}
