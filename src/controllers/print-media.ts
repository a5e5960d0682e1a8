// The print chunk: while the page prints, the PrintController's host renders
// the table of what is in view, and the print styles apply. window.print()
// runs beforeprint listeners with script still on the stack, before any
// microtask, so the update is flushed there and then rather than left to Lit's
// next microtask. matchMedia('print') covers print emulation (devtools, tests),
// which fires no beforeprint.

import { nothing } from 'lit';
import { eventsInRange, visibleRange } from '../layout/view.js';
import { renderPrint } from '../render/print.js';
import { adoptSheet } from '../styles/adopt.js';
import { print } from '../styles/print.js';
import type { PrintController, PrintSource } from './print-controller.js';

/** Listens for printing on behalf of `ctrl`, and adds the print styles to its shadow root; returns the teardown. */
export function listen(ctrl: PrintController): () => void {
  // Where it cannot be adopted (a sheet from another frame), the page prints as on screen.
  adoptSheet(ctrl.host.renderRoot, print);
  const media = matchMedia('print');
  const set = (printing: boolean) => {
    if (printing === ctrl.printing) return;
    ctrl.printing = printing;
    ctrl.host.requestUpdate();
    if (printing) ctrl.flush();
  };
  const before = () => set(true);
  const after = () => set(media.matches);
  const change = (e: MediaQueryListEvent) => set(e.matches);
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  media.addEventListener('change', change);
  if (media.matches) set(true);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
    media.removeEventListener('change', change);
  };
}

/** The print-only section for what `source` shows now. */
export function renderPrintView({ derived, layout, vocab }: PrintSource, title: string) {
  if (!derived || !layout) return nothing;
  const range = visibleRange(layout.scale);
  return renderPrint({ title, range, events: eventsInRange(derived.meetings, range), leaders: derived.leaders, vocab });
}
