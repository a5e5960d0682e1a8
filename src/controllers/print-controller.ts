// Printing: the chart as drawn, then a table of every event in the window
// with its sources as full URLs. The table is in the DOM only while printing,
// so 10,000 events cost nothing on screen. Everything print needs (listeners,
// styles, the table) is one chunk, asked for once the page is idle: most pages
// never print, and beforeprint is too late to fetch anything.

import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DerivedData } from '../layout/derive.js';
import type { TimelineLayout } from '../layout/frame.js';
import type { Vocabulary } from '../format/vocabulary.js';
import { early } from './chunk.js';

export interface PrintSource {
  derived: DerivedData | null;
  layout: TimelineLayout | null;
  vocab: Vocabulary;
}

const idle = () => new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve, { timeout: 2000 }) : setTimeout(resolve, 300)));
/** The print chunk for the page, asked for once it is idle; asked again after a failure (controllers/chunk.ts). */
const media = early(() => idle().then(() => import('./print-media.js')));

export class PrintController implements ReactiveController {
  /** True from beforeprint (or print media) to afterprint. */
  printing = false;
  private detach: (() => void) | undefined;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    readonly source: () => PrintSource,
    /** Runs the pending update now (the element's performUpdate): see print-media.ts. */
    readonly flush: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void media.get().then((m) => {
      if (this.host.isConnected && !this.detach) this.detach = m.listen(this);
    }, () => {});
  }

  hostDisconnected(): void {
    this.detach?.();
    this.detach = undefined;
    this.printing = false;
  }

  /** The print-only section, or nothing when not printing. */
  render(title: string) {
    return this.printing && media.module ? media.module.renderPrintView(this.source(), title) : nothing;
  }
}
