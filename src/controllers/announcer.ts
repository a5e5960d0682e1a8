// What the polite live region says. A selection is said at once; the view
// after a zoom or pan only once it has settled, so a drag or a wheel spin is
// one announcement, not fifty. The timer is this controller's to clear.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Announcer implements ReactiveController {
  /** The text in the live region now. */
  text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** How long the view must stay still before it is announced, in ms. */
    private readonly settle = 700,
  ) {
    host.addController(this);
  }

  /** Says `text` now, replacing anything still waiting. */
  say(text: string): void {
    clearTimeout(this.timer);
    this.set(text);
  }

  /** Says `text` once nothing else has been asked for `settle` ms. */
  sayLater(text: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.set(text), this.settle);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private set(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }
}
