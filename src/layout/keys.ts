// The keyboard map: which key does what on the plot. A pure decision, so every
// key can be tested in Node; the element only carries the action out.

export interface KeyModifiers {
  shift?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  alt?: boolean;
}

export interface KeyState {
  /** Index of the focused meeting in time order, or -1 when none has focus. */
  index: number;
  /** How many meetings there are. */
  count: number;
  /** Whether a meeting's detail is open. */
  open: boolean;
}

export type KeyAction =
  | { type: 'focus'; index: number }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'zoom'; factor: number }
  | { type: 'reset' }
  /** Pan by a fraction of the view's width; negative is towards earlier days. */
  | { type: 'pan'; fraction: number };

/** One zoom step of the keys and the buttons. */
export const ZOOM_STEP = 2;
/** Shift+arrows nudge the view; PageUp/PageDown turn a page, keeping a little of the last one in sight. */
const NUDGE = 0.1;
const PAGE = 0.8;

/** The action for a key press, or null to leave the key to the browser. */
export function keyAction(key: string, mods: KeyModifiers, state: KeyState): KeyAction | null {
  // Ctrl/Cmd/Alt chords belong to the browser and assistive technology (Ctrl + zooms the page).
  if (mods.ctrl || mods.meta || mods.alt) return null;
  const last = state.count - 1;
  const focus = (index: number): KeyAction | null => (state.count > 0 ? { type: 'focus', index } : null);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      if (mods.shift) return { type: 'pan', fraction: NUDGE };
      return focus(Math.min(state.index + 1, last));
    case 'ArrowLeft':
    case 'ArrowUp':
      if (mods.shift) return { type: 'pan', fraction: -NUDGE };
      return focus(Math.max(state.index - 1, 0));
    case 'PageDown':
      return { type: 'pan', fraction: PAGE };
    case 'PageUp':
      return { type: 'pan', fraction: -PAGE };
    case 'Home':
      return focus(0);
    case 'End':
      return focus(last);
    case 'Enter':
    case ' ':
      return state.index >= 0 ? { type: 'open' } : null;
    case 'Escape':
      return state.open ? { type: 'close' } : null;
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { type: 'reset' };
    default:
      return null;
  }
}
