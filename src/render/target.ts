// The hit area of a mark or cluster: an invisible rect in the item's own
// group, so click, hover and focus reach the item as they do from its shape.
// Layout spaces items so that no two hit areas share a pixel (METRICS).
// Also the maker of an item's group, which always ends with its hit area.

const NS = 'http://www.w3.org/2000/svg';

/** The smallest pointer target WCAG 2.5.8 allows, in CSS px. */
export const TARGET = 24;

/** What a new item's group and hit area hold before its renderer writes anything. */
export const NEW_ITEM = { tabindex: '-1', hit: TARGET } as const;

/** A new hit area, for a new item's group (its shape comes first, so the hit area is drawn over it). */
function newTarget(): SVGRectElement {
  const rect = document.createElementNS(NS, 'rect');
  rect.setAttribute('class', 'mark-target');
  // Painted by nothing even where the element's styles are not applied (an exported SVG).
  rect.setAttribute('fill', 'none');
  rect.setAttribute('aria-hidden', 'true');
  rect.setAttribute('y', String(-TARGET / 2));
  rect.setAttribute('height', String(TARGET));
  // The square every item narrower than TARGET keeps: most items never write their hit area (hitWidth).
  rect.setAttribute('x', String(-TARGET / 2));
  rect.setAttribute('width', String(TARGET));
  return rect;
}

/**
 * The maker of one item's elements: a focusable group (`class`, `part`, role button, out of the tab
 * order, `attrs`) holding `parts()` and then the hit area, built once and cloned after: a clone is
 * cheaper than making each element and writing its fixed attributes, for the hundreds of items a zoom
 * can bring in. A new item's renderer starts from what the template holds (NEW_ITEM) and writes only
 * what differs: at 1,000 events that spares about 2,000 attribute writes of the first render. A group
 * a view lets go is kept (detached, with what it shows) and handed out before a new clone. The makers
 * are their modules', so a kept group may go to another element on the page: the renderers' records
 * name what a group shows by event or by key and vocabulary, which mean the same in any element.
 */
export function itemMaker(cls: string, part: string, parts: () => Element[], attrs: Record<string, string> = {}): ItemMaker {
  let template: SVGGElement | null = null;
  const kept: SVGGElement[] = [];
  const make = () => {
    const old = kept.pop();
    if (old) return old;
    if (!template) {
      template = document.createElementNS(NS, 'g');
      template.setAttribute('class', cls);
      template.setAttribute('part', part);
      template.setAttribute('role', 'button');
      template.setAttribute('tabindex', NEW_ITEM.tabindex);
      for (const name in attrs) template.setAttribute(name, attrs[name]!);
      for (const p of parts()) template.appendChild(p);
      template.appendChild(newTarget());
    }
    return template.cloneNode(true) as SVGGElement;
  };
  return Object.assign(make, {
    keep(node: SVGGElement) {
      if (kept.length < KEPT) kept.push(node);
    },
  });
}

/** A maker of item groups, which also keeps groups a view let go, to hand them out again before it clones. */
export interface ItemMaker {
  (): SVGGElement;
  keep(node: SVGGElement): void;
}

// A zoom into the bench's densest view (10,000 events) makes up to about 250 groups, and cloning them was
// 1.5 ms of its frame; half the item budget (METRICS.maxItems) covers that and bounds what is kept.
const KEPT = 400;

/** An SVG element with its class, for itemMaker's parts. */
export function svgPart(tag: string, cls: string): Element {
  const el = document.createElementNS(NS, tag);
  el.setAttribute('class', cls);
  return el;
}

/** The hit area's width for an item `width` wide: TARGET, or the item's own when it is wider. */
export function hitWidth(width: number): number {
  return Math.max(TARGET, width);
}

/** Sizes the hit area to `hit` (a hitWidth). Callers write it only when it changed. */
export function sizeTarget(rect: Element, hit: number): void {
  rect.setAttribute('x', String(-hit / 2));
  rect.setAttribute('width', String(hit));
}
