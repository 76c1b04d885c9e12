// The checked text with highlights. Overlapping findings become nested <mark> elements:
// sentences outermost, then sentence-level findings (length), then word-level findings.
// A finding that crosses the end of an enclosing element is split into pieces; the pieces
// share data-group, and only the first piece is focusable.

import { codePointIndex, el } from "./text.js";

export const MARK_FAMILIES = ["length", "passive", "nominal", "jargon", "address", "words"];
const RANK = { sentence: 0, length: 1, passive: 2, nominal: 3, jargon: 4, address: 5, words: 6 };
const MAX_DEPTH = 3;

/** Findings with the same span and family form one group (one mark, one popover). */
export function buildGroups(findings) {
  const byKey = new Map();
  const groups = [];
  findings.forEach((finding, index) => {
    if (!MARK_FAMILIES.includes(finding.family) || finding.end <= finding.start) return;
    const key = `${finding.start}:${finding.end}:${finding.family}`;
    let group = byKey.get(key);
    if (!group) {
      group = { id: groups.length, start: finding.start, end: finding.end,
        family: finding.family, findings: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.findings.push(index);
  });
  return groups;
}

function compare(a, b) {
  return a.start - b.start || b.end - a.end || a.rank - b.rank || a.order - b.order;
}

function insertSorted(queue, item) {
  let lo = 0;
  let hi = queue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(queue[mid], item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  queue.splice(lo, 0, item);
}

/** Nest items (start/end in code points) into a tree, splitting partial overlaps. */
export function buildTree(items, length) {
  const root = { start: 0, end: length, children: [], item: null };
  const queue = items
    .filter((it) => it.end > it.start)
    .map((it, order) => ({ ...it, order, first: true, item: it }));
  queue.sort(compare);
  const stack = [root];
  while (queue.length) {
    const piece = queue.shift();
    while (stack.length > 1 && stack[stack.length - 1].end <= piece.start) stack.pop();
    const parent = stack[stack.length - 1];
    let end = Math.min(piece.end, length);
    if (end > parent.end) {
      insertSorted(queue, { ...piece, start: parent.end, first: false });
      end = parent.end;
    }
    if (end <= piece.start) continue;
    const node = { start: piece.start, end, children: [], item: piece.item, first: piece.first };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

function elementFor(node, depth) {
  const item = node.item;
  if (item.kind === "sentence") {
    const span = el("span", "sent");
    span.dataset.sentence = String(item.index);
    if (node.first) span.id = `satz-${item.index}`;
    return span;
  }
  const group = item.group;
  const mark = el("mark", `hl hl-${group.family}`);
  mark.dataset.group = String(group.id);
  mark.dataset.family = group.family;
  if (group.family !== "length") mark.style.setProperty("--d", String(Math.min(depth, MAX_DEPTH)));
  if (node.first) {
    mark.tabIndex = 0;
    mark.id = `fund-${group.id}`;
  }
  return mark;
}

function emit(node, parent, text, utf16, depth) {
  let pos = node.start;
  for (const child of node.children) {
    if (child.start > pos) parent.append(text.slice(utf16[pos], utf16[child.start]));
    const element = elementFor(child, depth);
    const underline = child.item.kind === "group" && child.item.group.family !== "length";
    emit(child, element, text, utf16, depth + (underline ? 1 : 0));
    parent.append(element);
    pos = child.end;
  }
  if (pos < node.end) parent.append(text.slice(utf16[pos], utf16[node.end]));
}

/** Render ``text`` with the report's findings into ``container``; return the groups. */
export function renderHighlights(container, text, report) {
  const utf16 = codePointIndex(text);
  const length = utf16.length - 1;
  const groups = buildGroups(report.findings);
  const items = [];
  report.sentences.forEach((s, index) => {
    items.push({ kind: "sentence", index, start: s.start, end: s.end, rank: RANK.sentence });
  });
  groups.forEach((group) => {
    items.push({ kind: "group", group, start: group.start, end: group.end,
      rank: RANK[group.family] });
  });
  const tree = buildTree(items, length);
  const fragment = document.createDocumentFragment();
  emit(tree, fragment, text, utf16, 0);
  container.replaceChildren(fragment);
  return groups;
}
