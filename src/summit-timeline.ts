import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { styles } from './styles/index.js';
import { SummitRangeChangeEvent } from './events.js';
import { fromUtcDate, isCalendarDate, toUtcDate } from './model/calendar-date.js';
import type { TimelineInput } from './model/input.js';
import type { Summit } from './model/types.js';
import { Announcer } from './controllers/announcer.js';
import { DataSourceController } from './controllers/data-source-controller.js';
import { FilterController } from './controllers/filter-controller.js';
import { Chunk, early } from './controllers/chunk.js';
import { InteractionController } from './controllers/interaction-controller.js';
import { OverviewController } from './controllers/overview-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { SizeController } from './controllers/size-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { Inputs, deriveData, meetingOf, type DerivedData } from './layout/derive.js';
import { ZOOM_STEP } from './layout/keys.js';
import { maxZoom } from './layout/time-scale.js';
import { layoutFrame, METRICS, type ClusterLayout, type Clusterer, type TimelineLayout } from './layout/frame.js';
import { prepareEvents } from './layout/timing.js';
import { requestedWindow, tooltipPlacement, visibleRange } from './layout/view.js';
import { formatSpokenDate } from './format/dates.js';
import { describeCluster } from './format/describe.js';
import { labeller, type Labeller } from './format/labels.js';
import { pick, strings, toLang } from './format/strings.js';
import { vocabulary, type Vocabulary } from './format/vocabulary.js';
import {
  drawPlot, placeTooltip, renderHoverTooltip, renderLegend, renderLive, renderMessages,
  renderNoMatch, renderPlot, renderStatus, renderSummary, renderToolbar, renderWarnings,
} from './render/index.js';
import type { ExportOptions } from './export/export-image.js';

// Clustering (layout and drawing) is a chunk of its own, out of the first-load bytes. It is asked
// for when this module runs, not when an element first updates: asked then,
// it came after a 1,000-event first layout, which drew no marks and waited.
const clustering = early(() => import('./render/clustering.js'));
// The panel, list view and help, the same way (controllers/chunk.ts).
const views = early(() => import('./render/on-demand.js'));

/**
 * An interactive timeline of meetings between leaders: by default, Japan's
 * prime ministers and US presidents from 2006 to 2025.
 *
 * @summary Zoomable, accessible D3 timeline of leaders' meetings.
 * @tag summit-timeline
 *
 * @attr panel - `none` hides the built-in panel, for a page that shows `summit-select`'s event its own way.
 * @attr kinds - Show only events of these kinds: space-separated kind ids. Empty or absent: every kind.
 * @attr leaders - Show only events with any of these leaders: space-separated leader ids. Empty or absent: everyone.
 * @attr topics - Show only events with any of these topics: space-separated topic ids. Empty or absent: every topic.
 * @slot - An optional `<script type="application/json">` child with inline data; it is watched, so editing it re-renders.
 *
 * @fires {SummitLoadEvent} summit-load - Data was loaded and drawn. `detail`: `{ source, url?, count, problems, warnings }`.
 * @fires {SummitErrorEvent} summit-error - Data could not be loaded or is not timeline data; the last good render stays. `detail`: `{ source, url?, message, problems }`.
 * @fires {SummitSelectEvent} summit-select - The user opened (or closed) a meeting's detail card. `detail`: `{ id, event }`.
 * @fires {SummitRangeChangeEvent} summit-rangechange - The visible window changed. `detail`: `{ start, end }` as `YYYY-MM-DD`.
 * @fires {SummitFilterChangeEvent} summit-filterchange - The user changed a filter (the legend, the filter control, "Clear filters"); setting `kinds`, `leaders` or `topics` from a page does not fire it. `detail`: `{ kinds, leaders, topics, count }`, the ids in effect and the events shown.
 *
 * @csspart frame - The outer container.
 * @csspart toolbar - The title and zoom buttons.
 * @csspart button - Each toolbar button.
 * @csspart plot - The SVG drawing.
 * @csspart axis - The time axis group.
 * @csspart term - One leader's term in a band.
 * @csspart event - One event mark; carries `data-id` and `data-kind`.
 * @csspart cluster - Several events drawn as one bar with their count ("+37"); carries `data-key`. Click or Enter zooms into it.
 * @csspart tooltip - The hover/focus tooltip.
 * @csspart detail - The panel of the selected event: beside the plot in a wide element, below it in a narrow one.
 * @csspart overview - The strip under the plot with the whole range and the current window.
 * @csspart help - The list of keys, opened with ? or the toolbar's ? button.
 * @csspart messages - The list of data problems (`role="alert"`).
 * @csspart warnings - Kept items that look wrong, such as an event outside a leader's term (`role="status"`).
 * @csspart legend - What each mark shape and colour means; each entry is a toggle button that filters by its kind.
 * @csspart filters - The filter control in the toolbar: leaders and topics with their counts, and "Clear filters".
 * @csspart table - The list view of all meetings.
 *
 * Custom properties (`--summit-*`) are documented with the theme, in `styles/tokens.ts`.
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
    panel: { reflect: true },
    kinds: { reflect: true },
    leaders: { reflect: true },
    topics: { reflect: true },
  };

  /** URL of a JSON data file. Changing it aborts the previous request. */
  src: string | null = null;
  /** Timeline data as an object (or JSON text); wins over `src` and inline data. Validated like any input. */
  data: TimelineInput | string | null | undefined = undefined;
  /** Id of the event whose panel is open; an id not in the data opens nothing. */
  selected: string | null = null;
  /** First day of the visible window, `YYYY-MM-DD`; anything else is ignored. */
  start: string | null = null;
  /** Last day of the visible window, `YYYY-MM-DD`; anything else is ignored. */
  end: string | null = null;
  /** Language, a BCP 47 tag: data text and dates follow it (`ja-JP` → `ja` → `en`); the element's own words are Japanese for `ja-*`, else English. A non-string is ignored. Defaults to the `lang` in effect. */
  locale: string | null = null;
  /** `none` hides the built-in panel (the page shows the selected event itself, from `summit-select`); anything else shows it. */
  panel: string | null = null;
  /** Kind ids, space-separated: only events of these kinds are shown. Ids the data does not know are ignored. Meetings show when they match every filter set. */
  kinds: string | null = null;
  /** Leader ids, space-separated: only events with any of these leaders are shown. Ids the data does not know are ignored. */
  leaders: string | null = null;
  /** Topic ids, space-separated: only events with any of these topics are shown. Ids the data does not know are ignored. */
  topics: string | null = null;

  /** The data set as loaded, and (_derived) as the filters leave it: what the marks, keys, table and counts read. */
  private _full: DerivedData | null = null;
  private _derived: DerivedData | null = null;
  private _label: Labeller = () => '';
  /** The data's words, kinds and language: memoised per data set and language. */
  private _vocab: Vocabulary = vocabulary(null, 'en');
  private _layout: TimelineLayout | null = null;
  private readonly _viewInputs = new Inputs();
  private readonly _layoutInputs = new Inputs();
  private readonly _drawInputs = new Inputs();
  /** A new data set or start/end is waiting to be shown. */
  private _viewStale = false;
  private _lastRange = '';

  private readonly _svg = () => this.renderRoot?.querySelector('svg') ?? null;
  private readonly _source = new DataSourceController(this);
  private readonly _size = new SizeController(this, () => this.renderRoot?.querySelector('.plot') ?? null);
  private readonly _zoom = new ZoomController(this, this._svg, () => this._interact.hoverId && (this._interact.hoverId = null));
  private readonly _announcer = new Announcer(this);
  private readonly _interact = new InteractionController(this, {
    derived: () => this._derived,
    pending: () => !this._views.module,
    layout: () => this._layout,
    zoom: this._zoom,
    announcer: this._announcer,
    strings: () => strings(this._vocab.locale),
    vocab: () => this._vocab,
    label: (meeting) => this._label(meeting, this._vocab),
    panTo: (day) => this.panTo(day),
    open: (cluster) => this._derived && this._zoom.setWindow(this._derived.extent, [new Date(cluster.t0), new Date(cluster.t1)]),
  });
  /** The panel, the list view and the key help: a chunk. */
  private readonly _views = new Chunk(this, views);
  private readonly _print = new PrintController(this, () => ({ derived: this._derived, layout: this._layout, vocab: this._vocab }), () => this.performUpdate());
  private readonly _filter = new FilterController(this, this._announcer, () => ({ s: strings(this._vocab.locale), vocab: this._vocab }));
  private readonly _strip = new OverviewController(this, (window) => this._derived && this._zoom.setWindow(this._derived.extent, window));

  // Lifecycle: derive (data → view → layout), compose, draw.

  /** Also waits for the panel's chunk while it is on its way, so that after `await el.updateComplete` an open panel is drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const redrawn = () => super.getUpdateComplete();
    return (await redrawn()) && (await this._views.settle(redrawn)) && this._strip.settle(redrawn);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const clusterer: Clusterer | undefined = clustering.module?.clusterView;
    if (!clusterer) void clustering.get().then(() => this.requestUpdate(), () => {});
    if (changed.has('src') || changed.has('data')) this._source.set(this.data, this.src);
    const data = this._source.data;
    const fresh = Boolean(data) && data !== this._full?.data;
    if (fresh) {
      this._full = deriveData(data!);
      this._label = labeller(this._full.leaders);
    }
    const full = this._full;
    this._vocab = vocabulary(full?.data, this._lang);
    // A new data set or filter: a new view of it (the same one otherwise), and a tab stop inside it.
    const d = this._filter.apply(full);
    if (d && d !== this._derived) this._interact.reset(d);
    if (d || this._interact.helpOpen) this._views.load();
    if (d) this._strip.load();
    this._derived = d;
    if (changed.has('selected') && this.selected) this._interact.activeId = this.selected;
    if (fresh || changed.has('start') || changed.has('end')) this._viewStale = true;
    const size = this._size.value;
    if (!d || !full || !(size.width > 0)) return;

    // Only a new data set, a resize or a new start/end moves the view; hover, zoom frames and filters do not.
    if (this._viewInputs.changed([full, size, this.start, this.end])) {
      // Across a mere resize (the panel opening beside the plot, say) the same days stay in view.
      const window = this._viewStale ? requestedWindow(this.start, this.end, d.extent) : (this._layout?.scale.domain() as [Date, Date]);
      this._zoom.setLimits({ width: size.width, height: size.height, maxK: maxZoom(d.extent) });
      if (window || this._viewStale) this._zoom.setWindow(d.extent, window);
      this._viewStale = false;
    }
    const { lang } = this._vocab;
    // Clustering arriving redraws only a view that was waiting for it.
    if (this._layoutInputs.changed([d, size, this._zoom.transform, lang, this._layout?.pending ? clusterer : null, this._strip.module])) {
      const { transform } = this._zoom;
      const layout = layoutFrame({ data: d.data, extent: d.extent, ...size, transform, today: fromUtcDate(new Date()), labelOf: (name) => pick(name, lang) }, clusterer);
      const window = layout.scale.domain() as [Date, Date];
      this._strip.update({ starts: prepareEvents(d.data.events).t0, extent: d.extent, width: size.width, window });
      this._layout = layout;
    }
  }

  protected override render() {
    const [d, full, vocab, ui, filter, views] = [this._derived, this._full, this._vocab, this._interact, this._filter, this._views.module];
    const { lang } = vocab;
    const s = strings(vocab.locale);
    const title = d?.data.title ? pick(d.data.title, lang) : vocab.words.timeline;
    const [selected, source] = [this.panel === 'none' || !views ? undefined : meetingOf(d, this.selected), this._source];
    const [first, last] = [d?.meetings[0], d?.meetings.at(-1)];
    const count = filter.state?.active ? s.shownOf(d!.meetings.length, vocab.words.count(full!.meetings.length)) : vocab.words.count(d?.meetings.length ?? 0);
    const summary = d && first && last && { title, count, from: formatSpokenDate(first.date, lang), to: formatSpokenDate(last.end ?? last.date, lang), onOpenList: () => ui.listOpen || ui.toggleList() };
    return html`
      <div class=${selected ? 'frame with-panel' : 'frame'} part="frame" lang=${lang}>
        ${renderSummary(s, summary || null)}
        <div class="chart">
          ${renderToolbar(s, { title, enabled: Boolean(full?.meetings.length), filters: filter.state && filter.control ? filter.control(s, { state: filter.state, leaders: filter.state.full.leaders, vocab, onToggle: filter.toggle, onClear: filter.clear }) : nothing, listOpen: ui.listOpen, helpOpen: ui.helpOpen, onList: ui.toggleList, onZoomIn: () => this.zoomBy(ZOOM_STEP), onZoomOut: () => this.zoomBy(1 / ZOOM_STEP), onReset: () => this.resetZoom(), onHelp: ui.toggleHelp })}
          <div class="plot">
            ${renderPlot(this._size.value, title, ui.handlers, ui.listOpen)}
            ${d && full?.meetings.length && !d.meetings.length ? renderNoMatch(s, vocab.words.noMatch, () => (filter.clear(), ui.focusTabStop())) : renderStatus(s, { loading: source.loading, hasData: Boolean(d), empty: full?.meetings.length === 0 ? vocab.words.noEvents : null })}
            ${renderHoverTooltip(ui.hoverItem(), vocab, ui.onTooltipLeave)}
            ${ui.listOpen && d && views ? views.renderTable(d.meetings, d.leaders, lang, this.selected, (id) => ui.select(id, true), vocab) : nothing}
            ${ui.helpOpen && views ? views.renderHelp(s, vocab.locale, ui.toggleHelp) : nothing}
          </div>
          <div class="overview-slot">${this._strip.render(lang, Boolean(full?.meetings.length))}</div>
          ${renderLegend(d?.kinds ?? [], lang, vocab, filter.state ? { on: filter.state.filter.kinds, onToggle: (ids) => filter.toggle('kinds', ids), hint: s.legendFilters } : undefined)}
          ${renderMessages(s, source.error, source.problems)} ${renderWarnings(s, source.warnings)}
        </div>
        ${selected && d && views ? views.renderDetail(selected, { leaders: d.leaders, vocab, onClose: () => ui.close(), onLabels: () => this.requestUpdate() }) : nothing}
        ${this._print.render(title)} ${renderLive(this._announcer.text)}
      </div>
    `;
  }

  protected override updated(): void {
    const [layout, svg, vocab, ui] = [this._layout, this._svg(), this._vocab, this._interact];
    // Hover and messages re-render the shell only; the D3 groups wait for a real change.
    ui.beforeDraw();
    if (layout && svg && this._drawInputs.changed([layout, ui.activeId, this.selected, vocab])) {
      const activeIndex = ui.activeId ? this._derived?.order.get(ui.activeId) : undefined;
      const clusterLabel = (c: ClusterLayout) => describeCluster(c, vocab.lang, vocab);
      drawPlot(svg, layout, { vocab, markSize: METRICS.markSize, activeId: ui.activeId, activeIndex, selectedId: this.selected, label: (m) => this._label(m.event, vocab), clusterLabel, keepAxis: Boolean(this._full?.meetings.length), renderClusters: clustering.module?.renderClusters });
      const range = visibleRange(layout.scale);
      const key = `${range.start}/${range.end}`;
      if (key !== this._lastRange && this._lastRange) ui.announceView(range, layout);
      if (key !== this._lastRange) this.dispatchEvent(new SummitRangeChangeEvent(range));
      this._lastRange = key;
    }
    this._strip.draw();
    const hover = ui.hoverItem();
    placeTooltip(this.renderRoot, hover ? tooltipPlacement(hover, this._size.value.width) : null);
    ui.afterDraw();
  }

  // Public methods

  /** Zooms around the centre by `factor` (> 1 zooms in). A factor that is not a positive number does nothing. */
  zoomBy(factor: number): void {
    this._zoom.zoomBy(factor);
  }

  /** Shows the whole data set again. */
  resetZoom(): void {
    this._zoom.reset();
  }

  /** Shows the days from `start` to `end` (`YYYY-MM-DD`, inclusive); a value that is not a date falls back to the data's edge. */
  setWindow(start: string | null, end: string | null): void {
    const d = this._derived;
    const window = d && requestedWindow(start, end, d.extent);
    if (window) this._zoom.setWindow(d.extent, window);
  }

  /** Pans, at the current zoom, so that `day` (`YYYY-MM-DD`) is in view; anything else is ignored. */
  panTo(day: string): void {
    if (this._layout && isCalendarDate(day)) this._zoom.panTo(this._layout.base, toUtcDate(day), METRICS.markSize);
  }

  /**
   * A picture of the current view, with the title and legend: a standalone SVG, or a PNG at `scale`
   * (default: the screen's, at least 2). Loaded when first used. Under a CSP, PNG needs `img-src blob:`.
   */
  async exportImage(options: ExportOptions = { format: 'svg' }): Promise<Blob> {
    await this.updateComplete;
    const { exportImage } = await import('./export/export-image.js');
    return exportImage(this.renderRoot as ShadowRoot, options);
  }

  /** The events shown (those the filters leave), in time order: plain data, for a page's own list or table. */
  get events(): Summit[] {
    return (this._derived?.meetings ?? []).map((e) => structuredClone(e));
  }

  /** The requested language as a BCP 47 tag: data text and dates follow it; the element's own words are en or ja. */
  private get _lang(): string {
    return toLang(typeof this.locale === 'string' ? this.locale : this.closest('[lang]')?.getAttribute('lang'));
  }
}
