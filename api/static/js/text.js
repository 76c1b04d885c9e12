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
