// Side panels: comprehensibility score, legend with counts, hardest sentences.

import { codePointIndex, el, fmt, snippet } from "./text.js";

// Sentences from this difficulty (0 easy ... 20 hard) on are listed as "hard".
const HARD = 5;

/** Flesch reading ease (Amstad) in words. */
export function fleschWord(value) {
  if (value === null || value === undefined) return "";
  if (value < 30) return "sehr schwer";
  if (value < 50) return "schwer";
  if (value < 60) return "mittelschwer";
  if (value < 70) return "mittel";
  if (value < 80) return "mittelleicht";
  if (value < 90) return "leicht";
  return "sehr leicht";
}

export function renderScore(nodes, report, profileLabel, readabilityFamilies) {
  const s = report.scores || {};
  const index = s.verstaendlichkeitsindex;
  const target = report.target;
  nodes.empty.hidden = true;
  nodes.box.hidden = false;
  nodes.number.textContent = fmt(index);
  const pct = (v) => `${Math.max(0, Math.min(100, ((v || 0) / 20) * 100))}%`;
  nodes.fill.style.width = pct(index);
  nodes.targetMark.style.left = pct(target);
  nodes.targetMark.hidden = target === null || target === undefined;
  const met = index !== null && index !== undefined && target !== null && index >= target;
  nodes.fill.classList.toggle("met", met);
  nodes.gauge.setAttribute("aria-label", `Verständlichkeitsindex ${fmt(index)} von 20 Punkten. ` +
    `Ziel für ${profileLabel}: ${fmt(target)} Punkte.`);
  if (index === null || index === undefined) {
    nodes.verdict.textContent = "Der Text hat keine Wörter. Es gibt keinen Wert.";
    nodes.verdict.className = "verdict";
  } else if (met) {
    nodes.verdict.textContent = `Ziel erreicht: ${fmt(target)} Punkte für ${profileLabel}.`;
    nodes.verdict.className = "verdict met";
  } else {
    nodes.verdict.textContent = `Ziel für ${profileLabel}: ${fmt(target)} Punkte. ` +
      `Es fehlen noch ${fmt(target - index)} Punkte.`;
    nodes.verdict.className = "verdict miss";
  }
  const flesch = s.flesch_amstad;
  nodes.flesch.textContent = flesch === undefined || flesch === null ? "–"
    : `${fmt(flesch, 0)} (${fleschWord(flesch)})`;
  nodes.avg.textContent = fmt(s.avg_sentence_length);
  nodes.words.textContent = fmt(s.words, 0);
  nodes.sentences.textContent = fmt(s.sentences, 0);
  const notes = report.findings.filter((f) => readabilityFamilies.has(f.family));
  nodes.notes.replaceChildren(...notes.map((f) => el("li", "", f.message)));
}

/** Legend built from the vocabulary: one line per marked family, with its count. */
export function renderLegend(list, vocab, counts, hidden, onToggle) {
  const items = vocab.highlighted().map((family) => {
    const info = vocab.family(family);
    const li = el("li");
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = !hidden.has(family);
    box.dataset.family = family;
    box.addEventListener("change", () => onToggle(family, box.checked));
    const swatch = el("span", "swatch hl", vocab.isSentenceLevel(family) ? "Satz" : "abc");
    vocab.paint(swatch, family);
    swatch.setAttribute("aria-hidden", "true");
    const name = el("span", "legend-name", vocab.label(family));
    if (info && info.mark) name.append(el("span", "visually-hidden", ` (${info.mark})`));
    const n = counts ? counts.get(family) || 0 : null;
    const count = el("span", n ? "count" : "count zero", n === null ? "–" : String(n));
    count.setAttribute("aria-hidden", "true");
    name.append(el("span", "visually-hidden", n === null ? ", noch nicht geprüft"
      : `, ${n} ${n === 1 ? "Fundstelle" : "Fundstellen"}`));
    label.append(box, swatch, name, count);
    li.append(label);
    li.dataset.family = family;
    return li;
  });
  list.replaceChildren(...items);
}

/** Allowed words with a button each to remove them, and the line for simplify.toml. */
export function renderAllowed(nodes, allow, onRemove) {
  nodes.empty.hidden = allow.words.length > 0;
  nodes.exportBox.hidden = allow.words.length === 0;
  nodes.toml.value = allow.toml();
  nodes.list.replaceChildren(...allow.words.map((word) => {
    const li = el("li", "chip-item");
    li.append(el("span", "chip-word", word));
    const button = el("button", "btn btn-small", "Entfernen");
    button.type = "button";
    button.append(el("span", "visually-hidden", `: „${word}“ wieder markieren`));
    button.addEventListener("click", () => onRemove(word));
    li.append(button);
    return li;
  }));
}

/** Rules switched off for this text, each with a button to switch it on again. */
export function renderRulesOff(nodes, rules, titles, onEnable) {
  nodes.empty.hidden = rules.size > 0;
  nodes.list.replaceChildren(...[...rules].map((id) => {
    const li = el("li", "chip-item");
    li.append(el("span", "chip-word", titles.get(id) ? `${titles.get(id)} (${id})` : id));
    const button = el("button", "btn btn-small", "Einschalten");
    button.type = "button";
    button.append(el("span", "visually-hidden", `: Regel ${id} wieder einschalten`));
    button.addEventListener("click", () => onEnable(id));
    li.append(button);
    return li;
  }));
}

export function renderHardest(list, empty, text, report, onJump) {
  const utf16 = codePointIndex(text);
  const ranked = report.sentences
    .map((s, index) => ({ ...s, index }))
    .filter((s) => s.words >= 3 && s.difficulty >= HARD)
    .sort((a, b) => b.difficulty - a.difficulty)
    .slice(0, 5);
  empty.hidden = ranked.length > 0;
  if (!ranked.length) empty.textContent = "Kein Satz ist schwer zu lesen. Gut gemacht!";
  list.replaceChildren(...ranked.map((s) => {
    const li = el("li");
    const button = el("button");
    button.type = "button";
    const sentence = text.slice(utf16[s.start], utf16[s.end]);
    button.append(
      el("span", "hard-meta", `Satz ${s.index + 1}: Schwierigkeit ${fmt(s.difficulty)} von 20, ` +
        `${s.words} Wörter`),
      el("span", "hard-snippet", snippet(sentence)),
    );
    button.addEventListener("click", () => onJump(s.index));
    li.append(button);
    return li;
  }));
}
