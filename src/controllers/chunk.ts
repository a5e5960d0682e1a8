// A part of the shell that the first frame never shows, loaded as a chunk on
// first need: its templates, and its styles adopted beside the element's own.

import type { CSSResult, ReactiveControllerHost } from 'lit';
import { adoptSheet } from '../styles/adopt.js';

type Host = ReactiveControllerHost & { readonly renderRoot?: Node };

export class Chunk<M extends { styles: CSSResult }> {
  /** The chunk's module, once it is here. */
  module: M | undefined;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: Host,
    private readonly importer: () => Promise<M>,
  ) {}

  /** Once a chunk in flight is here, the host's next update (`redrawn`); at once when none is. */
  async settle(redrawn: () => Promise<boolean>): Promise<boolean> {
    if (this.module || !this.loading) return true;
    await this.loading;
    return redrawn();
  }

  /** Asks for the chunk once (again after a failed fetch); the host redraws when it is here. */
  load(): void {
    this.loading ??= this.importer().then(
      (m) => {
        adoptSheet(this.host.renderRoot, m.styles);
        this.module = m;
        this.host.requestUpdate();
      },
      () => void (this.loading = undefined),
    );
  }
}
