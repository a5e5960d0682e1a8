// Attributes written only when they change. A zoom frame moves every mark in
// view, and re-writing the attributes that did not change (ids, kinds, names,
// paths) was about half of its cost at 10,000 events.

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
  if ((el.style.getPropertyValue(name) || null) === value) return;
  if (value === null) el.style.removeProperty(name);
  else el.style.setProperty(name, value);
}
