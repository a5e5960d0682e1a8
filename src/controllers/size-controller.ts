// The size of one element in the host's shadow root, in the manner of Lit's
// ResizeController (@lit-labs/observers): observed while the host is
// connected, released when it is not. Written out because the package's
// general options cost more bytes than these lines.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Size {
  width: number;
  height: number;
}

export class SizeController implements ReactiveController {
  /** The last size seen; zero until the target has been laid out. */
  value: Size = { width: 0, height: 0 };
  private observer: ResizeObserver | null = null;
  private observed: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The element to measure; it may not exist before the first render. */
    private readonly target: () => Element | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      if (width === this.value.width && height === this.value.height) return;
      this.value = { width, height };
      this.host.requestUpdate();
    });
    this.observed = null;
    this.observe();
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observed = null;
  }

  private observe(): void {
    const target = this.target();
    if (!this.observer || !target || target === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(target);
    this.observed = target;
  }
}
