import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { styles } from './styles.js';
import { loadDefaultData } from './default-data.js';
import {
  SummitErrorEvent,
  SummitLoadEvent,
  SummitRangeChangeEvent,
  SummitSelectEvent,
  type DataSource,
} from './events.js';
import { fromUtcDate, isCalendarDate, toUtcDate, toUtcDayEnd } from './model/calendar-date.js';
import { loadData } from './model/load.js';
import { SUMMIT_KINDS, type Leader, type Problem, type Summit, type SummitKind, type TimelineData } from './model/types.js';
import { isWebUrl } from './model/url.js';
import { parseData, validateData, type ValidationResult } from './model/validate.js';
import { prepareEvents } from './layout/timing.js';
import { layoutTimeline, METRICS, type TimelineLayout } from './layout/timeline.js';
import {
  IDENTITY,
  baseScale,
  clampTransform,
  dataExtent,
  maxZoom,
  windowTransform,
  type ViewTransform,
} from './layout/time-scale.js';
import { describeEvent, leaderNames } from './format/describe.js';
import { formatLongDate, formatSpan } from './format/dates.js';
import { pick, strings, toLocale, type Locale } from './format/strings.js';
import { renderAxis } from './render/axis.js';
import { renderBands } from './render/bands.js';
import { renderMarks } from './render/marks.js';
import { renderLegend } from './render/legend.js';
import { renderTable } from './render/table.js';

type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;

const ZOOM_STEP = 2;

/**
 * An interactive timeline of meetings between leaders: by default, Japan's
 * prime ministers and US presidents from 2006 to 2025.
 *
 * @summary Zoomable, accessible D3 timeline of leaders' meetings.
 * @tag summit-timeline
 *
 * @slot - An optional `<script type="application/json">` child with inline data.
 *
 * @fires {SummitLoadEvent} summit-load - Data was loaded and drawn. `detail`: `{ source, url?, count, problems }`.
 * @fires {SummitErrorEvent} summit-error - Data could not be loaded or is not timeline data; the last good render stays. `detail`: `{ source, url?, message, problems }`.
 * @fires {SummitSelectEvent} summit-select - The user opened (or closed) a meeting's detail card. `detail`: `{ id, event }`.
 * @fires {SummitRangeChangeEvent} summit-rangechange - The visible window changed. `detail`: `{ start, end }` as `YYYY-MM-DD`.
 *
 * @csspart frame - The outer container.
 * @csspart toolbar - The title and zoom buttons.
 * @csspart button - Each toolbar button.
 * @csspart plot - The SVG drawing.
 * @csspart axis - The time axis group.
 * @csspart term - One leader's term in a band.
 * @csspart event - One meeting mark; carries `data-id` and `data-kind`.
 * @csspart tooltip - The hover/focus tooltip.
 * @csspart detail - The detail card of the selected meeting.
 * @csspart messages - The list of data problems (`role="alert"`).
 * @csspart legend - What each mark shape and colour means.
 * @csspart table - The list view of all meetings.
 *
 * @cssprop [--summit-height=360px] - Height of the element.
 * @cssprop [--summit-font=system-ui, sans-serif] - Font family.
 * @cssprop [--summit-background=#ffffff] - Background colour.
 * @cssprop [--summit-color=#1f2328] - Text colour.
 * @cssprop [--summit-muted-color=#59636e] - Secondary text, axis.
 * @cssprop [--summit-grid-color=#d1d9e0] - Borders.
 * @cssprop [--summit-accent=#0b62d6] - Links and hovered buttons.
 * @cssprop [--summit-focus-color=#0b62d6] - Focus ring.
 * @cssprop [--summit-band-1-color=#bc002d] - The first (top) term band: Japan's prime ministers in the default data.
 * @cssprop [--summit-band-2-color=#3c3b6e] - The other term bands: US presidents in the default data.
 * @cssprop [--summit-term-text-color=#ffffff] - Names on the bands.
 * @cssprop [--summit-visit-color=#1f6feb] - Visits and bilateral summits.
 * @cssprop [--summit-sideline-color=#8250df] - Meetings at multilateral summits.
 * @cssprop [--summit-multilateral-color=#1a7f37] - Trilateral and Quad meetings.
 * @cssprop [--summit-memorial-color=#9a6700] - Memorial visits.
 * @cssprop [--summit-virtual-color=#57606a] - Virtual summits.
 * @cssprop [--summit-selected-color=#cf222e] - The selected meeting.
 * @cssprop [--summit-card-background=#ffffff] - Detail card background.
 * @cssprop [--summit-error-background=#fff1f0] - Problem list background.
 * @cssprop [--summit-error-color=#82071e] - Problem list text.
 */
export class SummitTimeline extends LitElement {
  static override styles = styles;

  // Declared without decorators: lowering standard decorators costs more bytes than the rest of the class.
  static override properties = {
    src: { reflect: true },
    data: { attribute: false },
    selected: { reflect: true },
    start: {},
    end: {},
    locale: { reflect: true },
    _data: { state: true },
    _problems: { state: true },
    _fatal: { state: true },
    _loading: { state: true },
    _size: { state: true },
    _transform: { state: true },
    _activeId: { state: true },
    _hoverId: { state: true },
    _list: { state: true },
  };

  /** URL of a JSON data file. Changing it aborts the previous request. */
  declare src: string | null;

  /** Timeline data as an object (or JSON text); wins over `src` and inline data. Validated like any input. */
  declare data: unknown;

  /** Id of the meeting whose detail card is open. */
  declare selected: string | null;

  /** First day of the visible window, `YYYY-MM-DD`. */
  declare start: string | null;

  /** Last day of the visible window, `YYYY-MM-DD`. */
  declare end: string | null;

  /** Language of the element's own words and of the data's text: `en` or `ja`. Defaults to the `lang` in effect, else English. */
  declare locale: string | null;

  declare private _data: TimelineData | null;
  declare private _problems: Problem[];
  declare private _fatal: string | null;
  declare private _loading: boolean;
  declare private _size: { width: number; height: number };
  declare private _transform: ViewTransform;
  declare private _activeId: string | null;
  declare private _hoverId: string | null;
  /** Whether the list view covers the timeline. */
  declare private _list: boolean;

  private _layout: TimelineLayout | null = null;
  private _sorted: Summit[] = [];
  private _leaders = new Map<string, Leader>();
  /** Kinds the data uses, in the legend's order. */
  private _kinds: SummitKind[] = [];
  private _fetch: AbortController | null = null;
  private _resize: ResizeObserver | null = null;
  private _zoom: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  private _pendingWindow: [Date, Date] | null = null;
  private _focusAfterRender: string | null = null;
  private _lastRange = '';
  /** Accessible names by locale and meeting id, for the current data: formatting dates on every zoom frame adds up. */
  private _labels = new Map<string, string>();
  /** What the D3 groups were last drawn from. */
  private _drawn: unknown[] = [];
  private _zoomNeedsReset = false;
  private _detailWantsFocus = false;

  constructor() {
    super();
    this.src = null;
    this.data = undefined;
    this.selected = null;
    this.start = null;
    this.end = null;
    this.locale = null;
    this._data = null;
    this._problems = [];
    this._fatal = null;
    this._loading = false;
    this._size = { width: 0, height: 0 };
    this._transform = IDENTITY;
    this._activeId = null;
    this._hoverId = null;
    this._list = false;
  }

  // Queries

  private get _svg(): SVGSVGElement | null {
    return this.renderRoot?.querySelector('svg') ?? null;
  }

  private get _plot(): HTMLElement | null {
    return this.renderRoot?.querySelector('.plot') ?? null;
  }

  private get _detail(): HTMLElement | null {
    return this.renderRoot?.querySelector('.detail') ?? null;
  }

  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this._resize = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      if (width === this._size.width && height === this._size.height) return;
      // Keep the same days in view across a resize.
      if (this._layout && this._size.width > 0) this._pendingWindow = this._layout.scale.domain() as [Date, Date];
      this._size = { width, height };
    });
    if (this._plot) this._resize.observe(this._plot);
    // A fetch cut short by an earlier disconnect is started again.
    if (this.hasUpdated && !this._data && !this._fatal) this._resolveSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize?.disconnect();
    this._resize = null;
    this._fetch?.abort();
    this._fetch = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') || changed.has('data')) this._resolveSource();
    if (changed.has('_data') && this._data) {
      this._sorted = prepareEvents(this._data.events).timed.map((t) => t.event);
      this._leaders = new Map(this._data.leaders.map((l) => [l.id, l]));
      const used = new Set(this._data.events.map((e) => e.kind));
      this._kinds = SUMMIT_KINDS.filter((k) => used.has(k));
      this._labels.clear();
      if (!this._activeId || !this._sorted.some((e) => e.id === this._activeId)) {
        this._activeId = this.selected ?? this._sorted[0]?.id ?? null;
      }
    }
    if (changed.has('selected') && this.selected) this._activeId = this.selected;
    // Only a new data set, a resize or a new start/end moves the view; hover and zoom frames do not.
    const viewInputs = ['_data', '_size', 'start', 'end'];
    if (this._data && this._size.width > 0 && viewInputs.some((k) => changed.has(k))) this._updateView(changed);
    const inputs = ['_data', '_size', '_transform', 'locale'];
    if (this._data && this._size.width > 0 && inputs.some((k) => changed.has(k))) {
      const locale = this._locale;
      this._layout = layoutTimeline({
        data: this._data,
        width: this._size.width,
        height: this._size.height,
        transform: this._transform,
        today: fromUtcDate(new Date()),
        labelOf: (name) => pick(name, locale),
      });
    }
  }

  protected override render() {
    const s = strings(this._locale);
    const title = this._data?.title ? pick(this._data.title, this._locale) : s.timeline;
    return html`
      <div class="frame" part="frame" lang=${this._locale}>
        <div class="toolbar" part="toolbar">
          <span class="title" id="title">${title}</span>
          <button part="button" class="list-toggle" aria-pressed=${String(this._list)} @click=${() => (this._list = !this._list)}>
            ${s.showList}
          </button>
          <button part="button" class="zoom-in" aria-label=${s.zoomIn} title=${s.zoomIn} @click=${() => this.zoomBy(ZOOM_STEP)}>+</button>
          <button part="button" class="zoom-out" aria-label=${s.zoomOut} title=${s.zoomOut} @click=${() => this.zoomBy(1 / ZOOM_STEP)}>−</button>
          <button part="button" class="reset" @click=${() => this.resetZoom()}>${s.reset}</button>
        </div>
        <div class="plot">
          <svg
            part="plot"
            tabindex="-1"
            role="group"
            aria-labelledby="title"
            aria-roledescription="timeline"
            @keydown=${this._onKeydown}
            @click=${this._onClick}
            @pointerover=${this._onPointerOver}
            @pointerout=${this._onPointerOut}
            @focusin=${this._onFocusIn}
            @focusout=${this._onFocusOut}
          >
            <defs>
              <clipPath id="plot-clip"><rect x="0" y="0" width=${this._size.width} height=${this._size.height}></rect></clipPath>
            </defs>
            <g class="bands" clip-path="url(#plot-clip)"></g>
            <g class="axis" part="axis"></g>
            <g class="marks" role="group" aria-label=${title} clip-path="url(#plot-clip)"></g>
          </svg>
          ${this._renderStatus(s)} ${this._renderTooltip()}
          ${this._list ? renderTable(this._sorted, this._leaders, this._locale, this.selected, (id) => this._select(id, true)) : nothing}
        </div>
        ${renderLegend(this._kinds, this._locale)}
        ${this._renderDetail()} ${this._renderMessages(s)}
      </div>
    `;
  }

  protected override firstUpdated(): void {
    if (this._plot && this._resize) this._resize.observe(this._plot);
    const svg = select(this._svg!) as SvgSelection;
    this._zoom = zoom<SVGSVGElement, unknown>()
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // An echo of a transform the element set itself changes nothing, and costs no update.
        if (!sameTransform(event.transform, this._transform)) this._transform = { k: event.transform.k, x: event.transform.x };
        this._hoverId = null;
      });
    // Double-click stays a click on a mark; the buttons and keys zoom in steps.
    svg.call(this._zoom).on('dblclick.zoom', null);
  }

  protected override updated(changed: PropertyValues): void {
    this._syncZoom();
    this._draw();
    if (this._focusAfterRender) {
      const id = CSS.escape(this._focusAfterRender);
      this._focusAfterRender = null;
      const target = this._list
        ? this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${id}"] button`)
        : this._svg?.querySelector<SVGGElement>(`g.mark[data-id="${id}"]`);
      target?.focus();
    }
    if (changed.has('selected') && this.selected && this._detail && this._detailWantsFocus) {
      this._detailWantsFocus = false;
      this._detail.focus();
    }
  }

  // Data

  private _resolveSource(): void {
    this._fetch?.abort();
    this._fetch = null;
    if (typeof this.data === 'string') {
      // Frameworks that can only pass attributes-as-strings may hand over JSON text.
      this._apply(parseData(this.data), 'data');
    } else if (this.data !== undefined && this.data !== null) {
      this._apply(validateData(this.data), 'data');
    } else if (this.src) {
      void this._load(this.src, 'src');
    } else {
      const inline = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
      if (inline) this._apply(parseData(inline.textContent ?? ''), 'inline');
      else {
        const controller = new AbortController();
        this._fetch = controller;
        this._loading = true;
        loadDefaultData(controller.signal)
          .then(({ data, url }) => controller.signal.aborted || this._apply(validateData(data), 'default', url))
          .catch((error) => controller.signal.aborted || this._fail({ source: 'default', message: `The default data could not be loaded: ${(error as Error).message}`, problems: [] }))
          .finally(() => {
            if (this._fetch === controller) [this._fetch, this._loading] = [null, false];
          });
      }
    }
  }

  private async _load(url: string, source: DataSource): Promise<void> {
    const controller = new AbortController();
    this._fetch = controller;
    this._loading = true;
    let resolved: string;
    try {
      resolved = new URL(url, document.baseURI).href;
    } catch {
      this._loading = false;
      this._fail({ source, url, message: `"${url}" is not a valid URL`, problems: [] });
      return;
    }
    try {
      const result = await loadData(resolved, controller.signal);
      if (controller.signal.aborted) return;
      this._apply(result, source, resolved);
    } catch (error) {
      if (controller.signal.aborted) return;
      this._fail({ source, url: resolved, message: (error as Error).message, problems: [] });
    } finally {
      if (this._fetch === controller) {
        this._fetch = null;
        this._loading = false;
      }
    }
  }

  private _apply(result: ValidationResult, source: DataSource, url?: string): void {
    const where = url ?? (source === 'data' ? 'the data property' : 'the inline JSON');
    if (!result.data) {
      this._fail({ source, url, message: `${where} is not timeline data`, problems: result.problems });
      return;
    }
    this._fatal = null;
    this._problems = result.problems;
    this._data = result.data;
    this._transform = IDENTITY;
    this._pendingWindow = null;
    this._zoomNeedsReset = true;
    const detail = { source, count: result.data.events.length, problems: result.problems };
    this.dispatchEvent(new SummitLoadEvent(url ? { ...detail, url } : detail));
  }

  private _fail(detail: { source: DataSource; url?: string | undefined; message: string; problems: Problem[] }): void {
    // The last good data stays drawn; only the message changes.
    this._fatal = detail.message;
    this._problems = detail.problems;
    const { url, ...rest } = detail;
    this.dispatchEvent(new SummitErrorEvent(url ? { ...rest, url } : rest));
  }

  // Zoom

  /**
   * Sets the transform a data, size or start/end change calls for, before
   * layout runs, so one update draws it; d3-zoom is told afterwards.
   */
  private _updateView(changed: PropertyValues): void {
    const width = this._size.width;
    const extent = dataExtent(prepareEvents(this._data!.events));
    const windowChanged = changed.has('start') || changed.has('end');
    let target: [Date, Date] | null = this._pendingWindow;
    if ((this._zoomNeedsReset || windowChanged) && (this.start || this.end)) {
      target = [
        this.start && isCalendarDate(this.start) ? toUtcDate(this.start) : extent[0],
        this.end && isCalendarDate(this.end) ? toUtcDayEnd(this.end) : extent[1],
      ];
    }
    if (target) {
      const t = windowTransform(baseScale(extent, width), target[0], target[1]);
      this._transform = clampTransform(t, width, maxZoom(extent));
    } else if (this._zoomNeedsReset) {
      this._transform = IDENTITY;
    }
    this._pendingWindow = null;
    this._zoomNeedsReset = false;
  }

  /** Gives d3-zoom the current limits and, where it differs, the element's transform. */
  private _syncZoom(): void {
    const layout = this._layout;
    const svg = this._svg;
    if (!this._zoom || !svg || !layout) return;
    const { width, height } = this._size;
    const box: [[number, number], [number, number]] = [
      [0, 0],
      [width, height],
    ];
    this._zoom.extent(box).translateExtent(box).scaleExtent([1, maxZoom(layout.base.domain() as [Date, Date])]);
    const current = zoomTransform(svg);
    if (!sameTransform(current, this._transform)) this._applyTransform(this._transform);
  }

  private _applyTransform(t: ViewTransform): void {
    if (!this._zoom || !this._svg) return;
    // Through d3-zoom, so its stored transform and ours never disagree; it clamps to the extents.
    select(this._svg).call(this._zoom.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
  }

  // Drawing: D3 owns the insides of the three groups; Lit owns everything else.

  private _draw(): void {
    const layout = this._layout;
    const svg = this._svg;
    if (!layout || !svg) return;
    const locale = this._locale;
    // Hover and messages re-render the shell only; the D3 groups wait for a real change.
    const inputs = [layout, this._activeId, this.selected, locale];
    if (inputs.every((v, i) => v === this._drawn[i])) return;
    this._drawn = inputs;
    const bands = select(svg.querySelector<SVGGElement>('g.bands')!);
    const axis = select(svg.querySelector<SVGGElement>('g.axis')!);
    const marks = select(svg.querySelector<SVGGElement>('g.marks')!);
    renderBands(bands, layout.bands, layout.width, locale);
    renderAxis(axis, layout, locale);
    const visible = new Set(layout.marks.map((m) => m.event.id));
    renderMarks(marks, layout.marks, {
      size: METRICS.markSize,
      // The roving tab stop stays on a visible mark, so Tab always lands somewhere.
      activeId: this._activeId && visible.has(this._activeId) ? this._activeId : (layout.marks[0]?.event.id ?? null),
      selectedId: this.selected,
      label: (m) => this._label(m.event, locale),
    });
    this._announceRange(layout);
  }

  private _announceRange(layout: TimelineLayout): void {
    const [d0, d1] = layout.scale.domain() as [Date, Date];
    const start = fromUtcDate(d0);
    const end = fromUtcDate(new Date(d1.getTime() - 1));
    const key = `${start}/${end}`;
    if (key === this._lastRange) return;
    this._lastRange = key;
    this.dispatchEvent(new SummitRangeChangeEvent({ start, end }));
  }

  // Handlers

  private _markId(event: Event): string | null {
    const mark = (event.target as Element | null)?.closest?.('g.mark');
    return mark?.getAttribute('data-id') ?? null;
  }

  private _onClick = (event: MouseEvent) => {
    const id = this._markId(event);
    if (id) this._select(id, false);
  };

  private _onPointerOver = (event: PointerEvent) => {
    this._hoverId = this._markId(event);
  };

  private _onPointerOut = (event: PointerEvent) => {
    if (this._markId(event)) this._hoverId = null;
  };

  private _onFocusIn = (event: FocusEvent) => {
    const id = this._markId(event);
    if (id) {
      this._activeId = id;
      this._hoverId = id;
    }
  };

  private _onFocusOut = () => {
    this._hoverId = null;
  };

  private _onKeydown = (event: KeyboardEvent) => {
    // Ctrl/Cmd/Alt chords belong to the browser and assistive technology (Ctrl + zooms the page).
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const id = this._markId(event);
    const index = id ? this._sorted.findIndex((e) => e.id === id) : -1;
    let next = -1;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(index + 1, this._sorted.length - 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(index - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = this._sorted.length - 1;
        break;
      case 'Enter':
      case ' ':
        if (id) this._select(id, true);
        break;
      case 'Escape':
        if (this.selected) this._close();
        break;
      case '+':
      case '=':
        this.zoomBy(ZOOM_STEP);
        break;
      case '-':
        this.zoomBy(1 / ZOOM_STEP);
        break;
      case '0':
        this.resetZoom();
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next >= 0 && next !== index) this._moveTo(this._sorted[next]!.id);
  };

  private _onDetailKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this._close();
    }
  };

  /** Roving focus to a meeting; pans it into view first when it is off screen. */
  private _moveTo(id: string): void {
    this._activeId = id;
    this._focusAfterRender = id;
    const layout = this._layout;
    const event = this._sorted.find((e) => e.id === id);
    if (!layout || !event) return;
    const x = layout.scale(toUtcDate(event.date));
    if (x < METRICS.markSize || x > layout.width - METRICS.markSize) {
      const k = this._transform.k;
      this._applyTransform({ k, x: layout.width / 2 - layout.base(toUtcDate(event.date)) * k });
    }
  }

  private _select(id: string, fromKeyboard: boolean): void {
    const event = this._sorted.find((e) => e.id === id) ?? null;
    this.selected = id;
    this._activeId = id;
    this._detailWantsFocus = fromKeyboard;
    this.dispatchEvent(new SummitSelectEvent({ id, event: event ? structuredClone(event) : null }));
  }

  private _close(): void {
    const id = this.selected;
    this.selected = null;
    this.dispatchEvent(new SummitSelectEvent({ id: null, event: null }));
    if (id) {
      this._activeId = id;
      this._focusAfterRender = id;
    }
  }

  // Public methods

  /** Zooms around the centre by `factor` (> 1 zooms in). */
  zoomBy(factor: number): void {
    if (this._zoom && this._svg) select(this._svg).call(this._zoom.scaleBy, factor);
  }

  /** Shows the whole data set again. */
  resetZoom(): void {
    this._applyTransform(IDENTITY);
  }

  /** The meetings as drawn, in time order: plain data, for a page's own list or table. */
  get events(): Summit[] {
    return this._sorted.map((e) => structuredClone(e));
  }

  // Private render helpers

  private get _locale(): Locale {
    if (this.locale) return toLocale(this.locale);
    return toLocale(this.closest('[lang]')?.getAttribute('lang'));
  }

  private _label(event: Summit, locale: Locale): string {
    const key = `${locale}|${event.id}`;
    let label = this._labels.get(key);
    if (label === undefined) {
      label = describeEvent(event, this._leaders, locale);
      this._labels.set(key, label);
    }
    return label;
  }

  private _renderStatus(s: ReturnType<typeof strings>) {
    if (this._loading && !this._data) return html`<div class="status" role="status">${s.loading}</div>`;
    if (this._data && this._data.events.length === 0) return html`<div class="status" role="status">${s.noEvents}</div>`;
    return nothing;
  }

  private _renderTooltip() {
    const mark = this._hoverId ? this._layout?.marks.find((m) => m.event.id === this._hoverId) : undefined;
    if (!mark || mark.event.id === this.selected) return nothing;
    const locale = this._locale;
    // Kept clear of the edges: the tooltip is centred on its mark and up to 280px wide.
    const left = Math.min(Math.max(mark.x, 140), Math.max(140, this._size.width - 140));
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" style="left:${left}px;top:${mark.y - 2}px">
      <strong>${pick(mark.event.title, locale)}</strong>${formatSpan(mark.event.date, mark.event.end, locale)} ·
      ${pick(mark.event.place, locale)}
    </div>`;
  }

  private _renderDetail() {
    const event = this.selected ? this._sorted.find((e) => e.id === this.selected) : undefined;
    if (!event) return nothing;
    const locale = this._locale;
    const s = strings(locale);
    const links = (event.sources ?? []).filter(isWebUrl);
    const when =
      event.end && event.end !== event.date
        ? `${formatLongDate(event.date, locale)} – ${formatLongDate(event.end, locale)}`
        : formatLongDate(event.date, locale);
    // The card opens on the side away from its mark, so the mark stays in sight.
    const mark = this._layout?.marks.find((m) => m.event.id === event.id);
    const side = mark && mark.x > this._size.width / 2 ? 'detail left' : 'detail';
    return html`<section
      class=${side}
      part="detail"
      role="dialog"
      aria-labelledby="detail-title"
      tabindex="-1"
      @keydown=${this._onDetailKeydown}
    >
      <h2 id="detail-title">${pick(event.title, locale)}</h2>
      <p class="date"><time datetime=${event.date}>${when}</time></p>
      <button class="close" part="button" aria-label=${s.close} title=${s.close} @click=${() => this._close()}>×</button>
      <dl>
        <dt>${s.leaders}</dt>
        <dd class="leaders">${leaderNames(event, this._leaders, locale)}${event.others?.length
            ? html`${locale === 'ja' ? '、' : ', '}${event.others.map((o) => pick(o, locale)).join(locale === 'ja' ? '、' : ', ')}`
            : nothing}</dd>
        <dt>${s.place}</dt>
        <dd class="place">${pick(event.place, locale)}</dd>
        <dt>${s.kind}</dt>
        <dd class="kind">${s.kinds[event.kind]}</dd>
        ${event.topics?.length
          ? html`<dt>${s.topics}</dt>
              <dd class="topics">${event.topics.map((t) => s.topicNames[t]).join(locale === 'ja' ? '、' : ', ')}</dd>`
          : nothing}
      </dl>
      ${event.summary ? html`<p class="summary">${pick(event.summary, locale)}</p>` : nothing}
      ${event.note ? html`<p class="note"><strong>${s.note}:</strong> ${event.note}</p>` : nothing}
      ${links.length
        ? html`<h3 class="visually-hidden">${s.sources}</h3>
            <p>${s.sources}:</p>
            <ul class="sources">
              ${links.map((url) => html`<li><a href=${url} target="_blank" rel="noopener noreferrer">${hostOf(url)}</a></li>`)}
            </ul>`
        : nothing}
    </section>`;
  }

  private _renderMessages(s: ReturnType<typeof strings>) {
    const problems = this._problems;
    if (!this._fatal && problems.length === 0) return html`<div class="messages" part="messages" role="alert"></div>`;
    return html`<div class="messages" part="messages" role="alert">
      ${this._fatal ? html`<strong>${this._fatal}</strong>` : nothing}
      ${problems.length
        ? html`<div>${this._fatal ? s.problems(problems.length) : s.skipped(problems.length)}</div>
            <ul>
              ${problems.slice(0, 20).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
              ${problems.length > 20 ? html`<li>… ${problems.length - 20}</li>` : nothing}
            </ul>`
        : nothing}
    </div>`;
  }
}

function sameTransform(a: ViewTransform, b: ViewTransform): boolean {
  return Math.abs(a.k - b.k) < 1e-9 && Math.abs(a.x - b.x) < 1e-6;
}

function hostOf(url: string): string {
  const { hostname, pathname } = new URL(url);
  const path = pathname.length > 40 ? `${pathname.slice(0, 37)}…` : pathname;
  return `${hostname}${path === '/' ? '' : path}`;
}

