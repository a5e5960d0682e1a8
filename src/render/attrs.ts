// Attributes written only when they change. A zoom frame moves every mark in
// view, and re-writing the attributes that did not change (ids, kinds, names,
// paths) was about half of its cost at 10,000 events.

import { selectAll, type Selection } from 'd3-selection';

/** Sets `name` to `value`, or removes it for null, unless it already is so. */
export function put(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value);
  }
}

/** The same for a custom property set through the CSSOM (never a style attribute: a strict style-src allows it). */
export function putStyle(el: HTMLElement | SVGElement, name: string, value: string | null): void {
  // Reading el.style makes an inline declaration block for the element: none is needed to have nothing.
  if (value === null && !el.hasAttribute('style')) return;
  if ((el.style.getPropertyValue(name) || null) === value) return;
  if (value === null) el.style.removeProperty(name);
  else el.style.setProperty(name, value);
}

/**
 * A keyed join (d3's `data(items, key)`) whose entering items take over the
 * nodes of leaving ones where they stand, instead of some nodes being removed
 * and as many created: zooming out of a dense view swaps hundreds of clusters
 * at once. An entering item takes a leaving node from its own gap, between
 * the staying items either side of it, so the document keeps the items' order
 * without moving nodes; only where a gap has more entering items than leaving
 * nodes is a node moved or made. (Handing leaving nodes out in document order
 * across gaps moved about 140 subtrees a step of the bench's zooms and pans at
 * 10,000 events, now about 55, and a moved subtree is restyled and laid out
 * whole.) The node holding focus (or inside it) is never handed on, so focus
 * never silently moves to another item. Returns every node now drawn, each
 * with its item as `__data__`; a reused node keeps its old attributes for the
 * caller to compare and overwrite.
 * Nodes that leave go back to `make.keep`, when it has one, for a later join to take.
 * `update` draws a node for its item: given, it is called for every node, and
 * for a node put in place here, before that.
 */
export function joinReusing<T, E extends Element>(
  g: Selection<SVGGElement, unknown, null, undefined>,
  selector: string,
  items: readonly T[],
  key: (item: T) => string,
  make: (() => E) & { keep?: (node: E) => void },
  update?: (node: E, item: T) => void,
): Selection<E, T, null, undefined> {
  const sel = g.selectAll<E, T>(selector).data(items, key);
  const root = g.node()?.getRootNode() as DocumentOrShadowRoot | undefined;
  const active = root?.activeElement ?? null;
  const spare = new Set<E>();
  const focused: E[] = [];
  for (const n of sel.exit().nodes()) {
    if (active && n.contains(active)) focused.push(n);
    else spare.add(n);
  }
  // In the items' order: the document order is the reading order of a screen reader's browse mode.
  const byIndex: (E | undefined)[] = new Array(items.length);
  sel.each(function (_, i) {
    byIndex[i] = this;
  });
  const dom = spare.size ? g.selectAll<E, unknown>(selector).nodes() : [];
  const at = new Map<E, number>();
  if (spare.size) dom.forEach((n, i) => at.set(n, i));
  // Where the next staying item's node stands, for each item: an entering item's gap ends there.
  const limit = new Int32Array(items.length + 1);
  limit[items.length] = dom.length;
  for (let i = items.length - 1; i >= 0; i--) limit[i] = byIndex[i] ? at.get(byIndex[i]!) ?? dom.length : limit[i + 1]!;
  const needy: number[] = [];
  let p = 0;
  for (let i = 0; i < items.length; i++) {
    const node = byIndex[i];
    if (node) {
      p = Math.max(p, (at.get(node) ?? -1) + 1);
      continue;
    }
    while (p < limit[i]! && !spare.has(dom[p]!)) p++;
    if (p < limit[i]!) {
      byIndex[i] = take(dom[p++]!, items[i]!);
    } else needy.push(i);
  }
  // A gap short of nodes takes what other gaps left over, then new ones. Those are drawn out of the
  // document and put in place below, each run of them at once: written before it joins the document, a node
  // costs no restyle or mutation record per attribute, and a first render of 1,000 events is all such nodes.
  const left = spare.values();
  const moving = new Set<E>();
  for (const i of needy) {
    const reuse = left.next();
    const node = (byIndex[i] = take(reuse.done ? make() : reuse.value, items[i]!));
    node.remove();
    update?.(node, items[i]!);
    moving.add(node);
  }
  for (const n of left) {
    n.remove();
    if (!make.keep) continue;
    // Kept without its item, which would hold a left view's layout in memory.
    (n as E & { __data__: T | undefined }).__data__ = undefined;
    make.keep(n);
  }
  for (const n of focused) n.remove();
  // From the last item back, each node before the next one, as d3's order() does; but the nodes taken out
  // above go straight before their neighbour (or last), a run of them in one insertion, so a node borrowed
  // from the start moves alone instead of order() moving every staying node after it before it.
  const parent = g.node()!;
  let next: E | null = null;
  let run: E[] = [];
  const flush = () => {
    if (!run.length) return;
    const batch = document.createDocumentFragment();
    for (let k = run.length - 1; k >= 0; k--) batch.appendChild(run[k]!);
    parent.insertBefore(batch, next);
    next = run[run.length - 1]!;
    run = [];
  };
  for (let i = items.length - 1; i >= 0; i--) {
    const node = byIndex[i]!;
    if (moving.has(node)) {
      run.push(node);
      continue;
    }
    flush();
    if (next && node.compareDocumentPosition(next) ^ Node.DOCUMENT_POSITION_FOLLOWING) parent.insertBefore(node, next);
    next = node;
    update?.(node, items[i]!);
  }
  flush();
  return selectAll<E, T>(byIndex as E[]);

  function take(node: E, item: T): E {
    (node as E & { __data__: T }).__data__ = item;
    spare.delete(node);
    return node;
  }
}
