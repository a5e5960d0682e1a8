// Boxes for layout tests, in viewport CSS px.

/**
 * The box of an SVG shape's geometry through its screen transform: the region
 * the pointer is hit-tested in. getBoundingClientRect agrees in Chromium and
 * WebKit; Firefox rounds SVG client rects outward by up to half a pixel a side.
 */
export function geometry(shape: SVGGraphicsElement): DOMRect {
  const b = shape.getBBox();
  const m = shape.getScreenCTM()!;
  const [p, q] = [new DOMPoint(b.x, b.y).matrixTransform(m), new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m)];
  return new DOMRect(Math.min(p.x, q.x), Math.min(p.y, q.y), Math.abs(q.x - p.x), Math.abs(q.y - p.y));
}
