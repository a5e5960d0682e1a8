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
 * at once. The node holding focus (or inside it) is never handed on, so focus
 * never silently moves to another item. Returns every node now drawn, each
 * with its item as `__data__`; a reused node keeps its old attributes for the
 * caller to compare and overwrite.
 */
export function joinReusing<T, E extends Element>(
  g: Selection<SVGGElement, unknown, null, undefined>,
  selector: string,
  items: readonly T[],
  key: (item: T) => string,
  make: () => E,
): Selection<E, T, null, undefined> {
  const sel = g.selectAll<E, T>(selector).data(items, key);
  const root = g.node()?.getRootNode() as DocumentOrShadowRoot | undefined;
  const active = root?.activeElement ?? null;
  const spare = sel.exit().nodes().filter((n) => !(active && n.contains(active)));
  // In the items' order: the document order is the reading order of a screen reader's browse mode.
  const byIndex: E[] = new Array(items.length);
  sel.each(function (_, i) {
    byIndex[i] = this;
  });
  const kept = new Set<E>();
  const fresh: number[] = [];
  // Handed on in document order, so the fewest nodes have to move to keep the items' order.
  let next = 0;
  sel.enter().each((item, i) => {
    const node = spare[next++] as (E & { __data__: T }) | undefined;
    if (node) {
      node.__data__ = item;
      kept.add(node);
      byIndex[i] = node;
    } else fresh.push(i);
  });
  sel.exit().filter((_, i, nodes) => !kept.has(nodes[i] as E)).remove();
  const parent = g.node()!;
  for (const i of fresh) {
    const node = parent.appendChild(make()) as E & { __data__: T };
    node.__data__ = items[i]!;
    byIndex[i] = node;
  }
  return selectAll<E, T>(byIndex).order() as unknown as Selection<E, T, null, undefined>;
}
