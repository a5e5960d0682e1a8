// Where the data comes from, and its loading: the `data` property, else the
// `src` URL, else an inline <script type="application/json"> child, else the
// bundled history. A new source aborts the request of the old one; a request
// cut short by a disconnect (a framework moving the element) starts again on
// reconnect; the inline JSON is watched, so adding or editing it re-renders.
// Whatever the input does (throwing getters, a Proxy), the outcome is data or
// an error event, and the last good data stays until new data is good.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDefaultData } from '../default-data.js';
import { SummitErrorEvent, SummitLoadEvent, type DataSource } from '../events.js';
import { loadData } from '../model/load.js';
import type { Problem, TimelineData } from '../model/types.js';
import { parseData, validateData, type ValidationResult } from '../model/validate.js';

type Host = ReactiveControllerHost & HTMLElement;

const INLINE = ':scope > script[type="application/json"]';

export class DataSourceController implements ReactiveController {
  /** The last good data; it stays when a later source fails. */
  data: TimelineData | null = null;
  /** Items left out of `data`, or what made the last source fail. */
  problems: Problem[] = [];
  /** What looks wrong in `data` but was kept (an event outside a leader's term). */
  warnings: Problem[] = [];
  /** Why the last source failed, for people; null after a success. */
  error: string | null = null;
  /** True exactly while a request is in flight. */
  loading = false;

  private input: { data: unknown; src: string | null } = { data: undefined, src: null };
  private request: AbortController | null = null;
  private interrupted = false;
  private observer: MutationObserver | null = null;
  /** What the current data was read from, so unrelated child changes cost nothing. */
  private active: { source: DataSource; text?: string } | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Takes the element's `data` and `src` and loads whichever wins. */
  set(data: unknown, src: string | null): void {
    this.input = { data, src };
    this.resolve();
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => {
      const source = this.source();
      const changed = source === 'inline' ? this.active?.text !== this.inlineText() : source === 'default' && this.active?.source === 'inline';
      if (changed) this.resolve();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.interrupted) this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.request) {
      this.abort();
      this.interrupted = true;
    }
  }

  private source(): DataSource {
    const { data, src } = this.input;
    if (data !== undefined && data !== null) return 'data';
    if (src) return 'src';
    return this.host.querySelector(INLINE) ? 'inline' : 'default';
  }

  private inlineText(): string {
    return this.host.querySelector(INLINE)?.textContent ?? '';
  }

  private resolve(): void {
    this.abort();
    this.interrupted = false;
    const source = this.source();
    this.active = source === 'inline' ? { source, text: this.inlineText() } : { source };
    if (source === 'data') {
      const { data } = this.input;
      // Frameworks that can only pass strings may hand over JSON text.
      this.settle(() => (typeof data === 'string' ? parseData(data) : validateData(data)), source);
    } else if (source === 'inline') {
      this.settle(() => parseData(this.active!.text!), source);
    } else if (this.host.isConnected) {
      void this.load(source === 'src' ? this.input.src! : null, source);
    } else {
      // No request from a detached element: it would be left pending; reconnecting starts it.
      this.interrupted = true;
    }
  }

  private abort(): void {
    this.request?.abort();
    this.request = null;
    this.loading = false;
  }

  /** Loads `url`, or with null the bundled history: a lazily imported module, not a URL to fetch (src/default-data.ts). */
  private async load(url: string | null, source: DataSource): Promise<void> {
    let resolved: string | undefined;
    try {
      if (url !== null) resolved = new URL(url, document.baseURI).href;
    } catch {
      this.fail(source, `"${url}" is not a valid URL`, []);
      return;
    }
    const request = new AbortController();
    this.request = request;
    this.loading = true;
    this.host.requestUpdate();
    try {
      if (resolved === undefined) {
        const history = await loadDefaultData(request.signal);
        resolved = history.url;
        if (request === this.request) this.apply(validateData(history.data), source, resolved);
      } else {
        const result = await loadData(resolved, request.signal);
        if (request === this.request) this.apply(result, source, resolved);
      }
    } catch (error) {
      if (request === this.request) this.fail(source, (error as Error)?.message ?? String(error), [], resolved);
    } finally {
      if (request === this.request) {
        this.request = null;
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }

  /** Validates synchronously; anything the input throws becomes an error, not an uncaught exception. */
  private settle(check: () => ValidationResult, source: DataSource): void {
    let result: ValidationResult;
    try {
      result = check();
    } catch (error) {
      const where = source === 'data' ? 'the data property' : 'the inline JSON';
      this.fail(source, `${where} could not be read: ${(error as Error)?.message ?? String(error)}`, []);
      return;
    }
    this.apply(result, source);
  }

  private apply(result: ValidationResult, source: DataSource, url?: string): void {
    if (!result.data) {
      const where = url ?? (source === 'data' ? 'the data property' : 'the inline JSON');
      this.fail(source, `${where} is not timeline data`, result.problems, url);
      return;
    }
    this.data = result.data;
    this.problems = result.problems;
    this.warnings = result.warnings;
    this.error = null;
    this.host.requestUpdate();
    const detail = { source, count: result.data.events.length, problems: result.problems, ...(result.warnings.length ? { warnings: result.warnings } : {}) };
    this.host.dispatchEvent(new SummitLoadEvent(url ? { ...detail, url } : detail));
  }

  private fail(source: DataSource, message: string, problems: Problem[], url?: string): void {
    this.error = message;
    this.problems = problems;
    this.host.requestUpdate();
    const detail = { source, message, problems };
    this.host.dispatchEvent(new SummitErrorEvent(url ? { ...detail, url } : detail));
  }
}
