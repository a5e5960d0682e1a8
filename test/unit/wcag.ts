// WCAG 2 relative luminance and contrast ratio, for #rgb/#rrggbb and the
// rgb()/rgba() strings getComputedStyle returns. Shared by the token test
// (Node) and the dark-mode browser test.

export type Rgb = readonly [number, number, number];

export function parseColour(text: string): Rgb {
  const s = text.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(s);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const fn = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(s);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  throw new Error(`not a colour this test can read: ${JSON.stringify(text)}`);
}

const channel = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb | string, b: Rgb | string): number {
  const la = luminance(typeof a === 'string' ? parseColour(a) : a);
  const lb = luminance(typeof b === 'string' ? parseColour(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `fg` drawn at `alpha` opacity over `bg`: the colour the eye gets. */
export function blend(fg: Rgb | string, bg: Rgb | string, alpha: number): Rgb {
  const f = typeof fg === 'string' ? parseColour(fg) : fg;
  const b = typeof bg === 'string' ? parseColour(bg) : bg;
  return f.map((c, i) => Math.round(c * alpha + b[i]! * (1 - alpha))) as unknown as Rgb;
}
