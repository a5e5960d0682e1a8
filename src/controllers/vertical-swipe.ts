// A vertical swipe on the plot belongs to the page. `touch-action: pan-y` lets
// the browser scroll, but d3-zoom cancels every touchmove it sees, and a
// cancelled first move stops the scroll. So, in the capture phase, a
// one-finger gesture's moves are kept from d3-zoom until it is clearly
// horizontal: a vertical swipe never reaches it, and d3-zoom, which pans from
// where the finger went down, loses nothing by missing the first few pixels.
// Two fingers (a pinch) always go through.

/** Movement, in CSS px, before a gesture counts as horizontal or vertical. */
const SLOP = 8;

/** Guards `el`; the returned function removes the guard. */
export function guardVerticalSwipes(el: Element): () => void {
  let x = 0;
  let y = 0;
  let mode: 'undecided' | 'pan' | 'scroll' = 'pan';
  const start = (e: Event) => {
    const { touches } = e as TouchEvent;
    mode = touches.length === 1 ? 'undecided' : 'pan';
    if (touches.length === 1) ({ clientX: x, clientY: y } = touches[0]!);
  };
  const move = (e: Event) => {
    const { touches } = e as TouchEvent;
    if (touches.length > 1) mode = 'pan';
    if (mode === 'undecided') {
      const [dx, dy] = [Math.abs(touches[0]!.clientX - x), Math.abs(touches[0]!.clientY - y)];
      if (dx + dy >= SLOP) mode = dy > dx ? 'scroll' : 'pan';
    }
    if (mode !== 'pan') e.stopPropagation();
  };
  const options = { capture: true, passive: true };
  el.addEventListener('touchstart', start, options);
  el.addEventListener('touchmove', move, options);
  return () => {
    el.removeEventListener('touchstart', start, options);
    el.removeEventListener('touchmove', move, options);
  };
}
