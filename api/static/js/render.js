// The highlight layer behind the text field. Overlapping findings become nested <mark>
// elements: whole-sentence families outermost, then word-level families in the order the
// service lists them. A finding that crosses the end of an enclosing mark is split into
// pieces that share data-group. The layer holds exactly the text of the field (as text
// nodes), so the marks sit under the same characters.

import { codePointIndex, el } from "./text.js";

const MAX_DEPTH = 3;

/**
 * Findings with the same span and family form one group (one mark, one entry in the list).
 * ``findings`` are objects with start/end in code points and a family; ``vocab`` decides
 * which families are marked in the text.
 */
export function buildGroups(findings, vocab) {
  const byKey = new Map();
  const groups = [];
  findings.forEach((finding) => {
    if (!vocab.isHighlighted(finding.family) || finding.end <= finding.start) return;
    const key = `${finding.start}:${finding.end}:${finding.family}`;
    let group = byKey.get(key);
    if (!group) {
      group = { id: groups.length, start: finding.start, end: finding.end,
        family: finding.family, findings: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.findings.push(finding);
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

function markFor(node, depth, vocab) {
  const group = node.item.group;
  const mark = el("mark", "hl");
  vocab.paint(mark, group.family);
  mark.dataset.group = String(group.id);
  if (group.repeat) mark.classList.add("repeat"); // a later place of a word: drawn lighter
  if (!vocab.isSentenceLevel(group.family)) {
    mark.style.setProperty("--d", String(Math.min(depth, MAX_DEPTH)));
  }
  if (node.first) mark.id = `fund-${group.id}`;
  return mark;
}

function emit(node, parent, text, utf16, depth, vocab) {
  let pos = node.start;
  for (const child of node.children) {
    if (child.start > pos) parent.append(text.slice(utf16[pos], utf16[child.start]));
    const mark = markFor(child, depth, vocab);
    const underline = !vocab.isSentenceLevel(child.item.group.family);
    emit(child, mark, text, utf16, depth + (underline ? 1 : 0), vocab);
    parent.append(mark);
    pos = child.end;
  }
  if (pos < node.end) parent.append(text.slice(utf16[pos], utf16[node.end]));
}

/** Draw ``groups`` over ``text`` into ``container``. */
export function renderHighlights(container, text, groups, vocab) {
  const utf16 = codePointIndex(text);
  const length = utf16.length - 1;
  const items = groups.map((group) => ({ group, start: group.start, end: group.end,
    rank: vocab.rank(group.family) }));
  const tree = buildTree(items, length);
  const fragment = document.createDocumentFragment();
  emit(tree, fragment, text, utf16, 0, vocab);
  // A text field shows an empty last line after a final line break; so must the layer.
  if (text.endsWith("\n") || text === "") fragment.append("\u200b");
  container.replaceChildren(fragment);
}
