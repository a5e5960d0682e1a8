// A part of the shell that the first frame does not need, loaded as a chunk:
// its templates, and its styles adopted beside the element's own. The import
// starts when the module that declares the chunk runs (`early`), once for the
// page, so the chunk is usually here before any data is: a chunk arriving after
// the first draw would cost every element a second update and frame.

import type { CSSResult, ReactiveControllerHost } from 'lit';
import { adoptSheet } from '../styles/adopt.js';

type Host = ReactiveControllerHost & { readonly renderRoot?: Node };

/** A chunk's import for the whole page: started at once, retried after a failure, its module kept once here. */
export interface Early<M> {
  module?: M;
  get(): Promise<M>;
}

export function early<M>(importer: () => Promise<M>): Early<M> {
  let loading: Promise<M> | undefined;
  const chunk: Early<M> = {
    get: () =>
      (loading ??= importer().then(
        (m) => (chunk.module = m),
        (error) => {
          loading = undefined;
          throw error;
        },
      )),
  };
  // Offline, or the chunk is gone: the parts it brings stay away, the rest works.
  chunk.get().catch(() => {});
  return chunk;
}

export class Chunk<M extends { styles: CSSResult }> {
  /** The chunk's module, once it is here and its styles are in this host's root. */
  module: M | undefined;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: Host,
    private readonly shared: Early<M>,
  ) {}

  /** Once a chunk in flight is here, the host's next update (`redrawn`); at once when none is. */
  async settle(redrawn: () => Promise<boolean>): Promise<boolean> {
    if (this.module || !this.loading) return true;
    await this.loading;
    return redrawn();
  }

  /** From willUpdate: the chunk, at once when the page has it, else when it comes (the host then updates again). */
  load(): void {
    if (this.module) return;
    const m = this.shared.module;
    if (m) return this.arrive(m);
    this.loading ??= this.shared.get().then(
      (m) => {
        this.arrive(m);
        this.host.requestUpdate();
      },
      () => void (this.loading = undefined),
    );
  }

  private arrive(m: M): void {
    adoptSheet(this.host.renderRoot, m.styles);
    this.module = m;
  }
}
