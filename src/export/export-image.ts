// A picture of the timeline as it is shown: the plot's SVG cloned, with the
// computed styles it needs written onto it as presentation attributes, so the
// file looks the same anywhere (custom properties and the light or dark theme
// are already resolved in computed values). The title and the legend are
// HTML in the element; they are redrawn here as SVG text and shapes at the
// places the browser laid them out. No HTML is parsed and nothing is fetched.
// Loaded lazily: the element imports it inside `exportImage()`.

export interface ExportOptions {
  format: 'svg' | 'png';
  /** PNG pixels per CSS pixel; default the screen's, and at least 2. */
  scale?: number;
  /** Replaces the title shown in the toolbar. */
  title?: string;
  /** Any CSS colour; default the element's own background. */
  background?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
// Browsers refuse canvases much past this on a side.
const MAX_SIDE = 16384;

// Inherited properties are written where they differ from the parent's;
// others where they differ from their initial value.
const INHERITED = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'text-anchor',
  'dominant-baseline', 'visibility', 'paint-order',
] as const;
const OWN: Record<string, string> = { opacity: '1' };
// Focus and pointer wiring mean nothing in a file.
const DROP = ['tabindex', 'role', 'aria-pressed', 'aria-roledescription', 'aria-labelledby', 'aria-hidden', 'clip-path-units'];

type Box = { x: number; y: number; width: number; height: number };

/** The element's current view as a self-contained SVG or PNG Blob. */
export async function exportImage(root: ShadowRoot | Element, options: ExportOptions): Promise<Blob> {
  const { svg, width, height } = buildSvg(root, options);
  const text = new XMLSerializer().serializeToString(svg);
  const blob = new Blob([text], { type: 'image/svg+xml' });
  if (options.format === 'svg') return blob;
  if (options.format !== 'png') throw new TypeError(`format must be "svg" or "png", got ${String(options.format)}`);
  return rasterise(blob, width, height, options.scale ?? Math.max(2, globalThis.devicePixelRatio || 1));
}

/** The picture as an SVG element, detached; `width` and `height` in CSS pixels. */
export function buildSvg(root: ShadowRoot | Element, options: Pick<ExportOptions, 'title' | 'background'> = {}) {
  const scope: ParentNode = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const host = root instanceof ShadowRoot ? root.host : (root as Element);
  const plot = scope.querySelector<SVGSVGElement>('svg[part~="plot"]');
  if (!plot) throw new Error('exportImage: there is no plot to export yet (no data drawn)');
  const frame = scope.querySelector('[part~="frame"]') ?? host;
  const origin = frame.getBoundingClientRect();
  const at = (r: DOMRect): Box => ({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height });
  const plotBox = at(plot.getBoundingClientRect());
  const legend = scope.querySelector('[part~="legend"]');
  const legendBox = legend && legend.getClientRects().length ? at(legend.getBoundingClientRect()) : null;
  const width = Math.round(plotBox.width);
  const height = Math.round(Math.max(plotBox.y + plotBox.height, legendBox ? legendBox.y + legendBox.height : 0));

  const out = make('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  const hostStyle = getComputedStyle(host);
  const titleEl = scope.querySelector('[part~="toolbar"] .title');
  const title = options.title ?? titleEl?.textContent?.trim() ?? '';
  out.setAttribute('aria-label', title);
  out.append(make('title', {}, title));
  // Text anywhere inherits the element's font and colour.
  for (const p of ['font-family', 'font-size', 'fill'] as const) out.setAttribute(p, p === 'fill' ? hostStyle.color : hostStyle.getPropertyValue(p));
  const background = options.background ?? hostStyle.backgroundColor;
  if (background && !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(background)) out.append(make('rect', { class: 'background', width, height, fill: background }));

  if (title) {
    const style = titleEl ? getComputedStyle(titleEl) : hostStyle;
    const box = titleEl ? at(titleEl.getBoundingClientRect()) : { x: 8, y: 4, width, height: 24 };
    out.append(textAt(title, box, style));
  }

  const inner = plot.cloneNode(true) as SVGSVGElement;
  inline(plot, inner, null);
  setAll(inner, { x: plotBox.x, y: plotBox.y, width: plotBox.width, height: plotBox.height });
  inner.removeAttribute('part');
  out.append(inner);

  if (legend) out.append(drawLegend(legend, at));
  return { svg: out, width, height };
}

function drawLegend(legend: Element, at: (r: DOMRect) => Box): SVGGElement {
  const g = make('g', { class: 'legend', part: 'legend' });
  for (const item of legend.querySelectorAll('li')) {
    const swatch = item.querySelector('svg');
    if (swatch) {
      const copy = swatch.cloneNode(true) as SVGSVGElement;
      inline(swatch, copy, null);
      setAll(copy, { ...at(swatch.getBoundingClientRect()), overflow: 'visible' });
      g.append(copy);
    }
    // The words are whatever text the item holds outside its swatch, however it is wrapped.
    const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
    const words: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim() && !n.parentElement?.closest('svg')) words.push(n);
    if (!words.length) continue;
    const range = document.createRange();
    range.setStartBefore(words[0]!);
    range.setEndAfter(words[words.length - 1]!);
    g.append(textAt(words.map((n) => n.textContent!.trim()).join(' '), at(range.getBoundingClientRect()), getComputedStyle(item)));
  }
  return g;
}

/** One line of text in the box the browser gave it. */
function textAt(content: string, box: Box, style: CSSStyleDeclaration): SVGTextElement {
  return make('text', {
    x: box.x,
    y: box.y + box.height / 2,
    'dominant-baseline': 'central',
    fill: style.color,
    'font-family': style.fontFamily,
    'font-size': style.fontSize,
    'font-weight': style.fontWeight,
  }, content);
}

/** Writes `source`'s computed styles onto its clone, element by element. */
function inline(source: Element, copy: Element, parent: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(source);
  if (style.display === 'none') {
    copy.remove();
    return;
  }
  for (const name of DROP) copy.removeAttribute(name);
  for (const p of INHERITED) {
    const value = style.getPropertyValue(p);
    if (copy.hasAttribute(p) || !parent || parent.getPropertyValue(p) !== value) copy.setAttribute(p, value);
  }
  for (const [p, initial] of Object.entries(OWN)) {
    const value = style.getPropertyValue(p);
    if (value !== initial) copy.setAttribute(p, value);
  }
  // text-transform is not an SVG attribute; bake it into the words.
  if (source instanceof SVGTextElement && style.textTransform === 'uppercase') copy.textContent = copy.textContent!.toUpperCase();
  const from = source.children;
  const to = [...copy.children];
  for (let i = 0; i < from.length; i++) inline(from[i]!, to[i]!, style);
}

async function rasterise(svg: Blob, width: number, height: number, scale: number): Promise<Blob> {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${String(scale)}`);
  const [w, h] = [Math.round(width * scale), Math.round(height * scale)];
  if (w < 1 || h < 1) throw new RangeError('exportImage: the plot has no size to export');
  if (w > MAX_SIDE || h > MAX_SIDE) throw new RangeError(`exportImage: ${w}×${h} px is too large for a canvas; use a smaller scale`);
  const url = URL.createObjectURL(svg);
  try {
    const img = new Image();
    img.src = url;
    try {
      await img.decode();
    } catch {
      throw new Error("exportImage: the SVG could not be drawn as an image; under a Content-Security-Policy, PNG export needs img-src blob:");
    }
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [w, h];
    canvas.getContext('2d')!.drawImage(img, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('exportImage: the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function setAll(el: Element, attrs: Record<string, string | number>): void {
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
}

function make<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAll(el, attrs);
  if (text !== undefined) el.textContent = text;
  return el;
}
