// Repeats of a word: the service lists a word-level finding once, with its later places in
// ``repeats`` (same rule, same word). The page keeps one entry per place (each place moves
// with edits, has its own suggestions and can be ignored on its own) and works out again, from
// the places still in play, which one is first: its popover and list entry say "noch N
// weitere Stellen"; the others are marked lighter and stay out of the list.

/** One entry per place; the places of a repeated word share ``repeatKey``. */
export function flattenFindings(findings) {
  const out = [];
  for (const f of findings) {
    const repeats = Array.isArray(f.repeats) ? f.repeats : [];
    const key = repeats.length ? f.fingerprint || `${f.rule}:${f.start}` : null;
    out.push({ ...f, repeats: undefined, repeatKey: key });
    for (const r of repeats) out.push({ ...r, repeats: undefined, repeatKey: key });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/**
 * For the places in play (``active``, in any order): finding id -> {index, places}, where
 * ``places`` are the findings of the same word in text order and ``index`` is this one's.
 * Findings of a word with one place left are not in the map.
 */
export function placesOf(active) {
  const byKey = new Map();
  for (const f of active) {
    if (!f.repeatKey) continue;
    if (!byKey.has(f.repeatKey)) byKey.set(f.repeatKey, []);
    byKey.get(f.repeatKey).push(f);
  }
  const info = new Map();
  for (const places of byKey.values()) {
    if (places.length < 2) continue;
    places.sort((a, b) => a.start - b.start || a.end - b.end);
    places.forEach((f, index) => info.set(f.id, { index, places }));
  }
  return info;
}

/** „noch 1 weitere Stelle“, „noch 5 weitere Stellen“. */
export function moreText(n) {
  return `noch ${n} weitere ${n === 1 ? "Stelle" : "Stellen"}`;
}
