import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { styles } from './styles/index.js';
import { SummitRangeChangeEvent, SummitSelectEvent } from './events.js';
import { fromUtcDate, isCalendarDate, toUtcDate } from './model/calendar-date.js';
import type { TimelineInput } from './model/input.js';
import type { Summit } from './model/types.js';
import { DataSourceController } from './controllers/data-source-controller.js';
import { SizeController } from './controllers/size-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { Inputs, deriveData, meetingOf, type DerivedData } from './layout/derive.js';
import { keyAction, ZOOM_STEP } from './layout/keys.js';
import { maxZoom } from './layout/time-scale.js';
import { layoutTimeline, METRICS, type MarkLayout, type TimelineLayout } from './layout/timeline.js';
import { cardSide, requestedWindow, tooltipPlacement, visibleRange } from './layout/view.js';
import { labeller, type Labeller } from './format/labels.js';
import { pick, strings, toLang } from './format/strings.js';
import { vocabulary, type Vocabulary } from './format/vocabulary.js';
import {
  drawPlot, markIdOf, placeTooltip, renderDetail, renderLegend, renderMessages, renderPlot,
  renderStatus, renderTable, renderToolbar, renderTooltip, renderWarnings, type PlotHandlers,
} from './render/index.js';

/**
 * An interactive timeline of meetings between leaders: by default, Japan's
 * prime ministers and US presidents from 2006 to 2025.
 *
 * @summary Zoomable, accessible D3 timeline of leaders' meetings.
 * @tag summit-timeline
 *
 * @slot - An optional `<script type="application/json">` child with inline data; it is watched, so editing it re-renders.
 *
 * @fires {SummitLoadEvent} summit-load - Data was loaded and drawn. `detail`: `{ source, url?, count, problems, warnings }`.
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
 * @csspart warnings - Kept items that look wrong, such as an event outside a leader's term (`role="status"`).
 * @csspart legend - What each mark shape and colour means.
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
    _activeId: { state: true },
    _hoverId: { state: true },
    _listOpen: { state: true },
  };

  /** URL of a JSON data file. Changing it aborts the previous request. */
  src: string | null = null;
  /** Timeline data as an object (or JSON text); wins over `src` and inline data. Validated like any input. */
  data: TimelineInput | string | null | undefined = undefined;
  /** Id of the meeting whose detail card is open; an id not in the data opens nothing. */
  selected: string | null = null;
  /** First day of the visible window, `YYYY-MM-DD`; anything else is ignored. */
  start: string | null = null;
  /** Last day of the visible window, `YYYY-MM-DD`; anything else is ignored. */
  end: string | null = null;
  /** Language, a BCP 47 tag: data text and dates follow it (`ja-JP` → `ja` → `en`); the element's own words are Japanese for `ja-*`, else English. A non-string is ignored. Defaults to the `lang` in effect. */
  locale: string | null = null;

  /** The meeting holding the roving tab stop; the one hovered; whether the list view covers the plot. */
  private _activeId: string | null = null;
  private _hoverId: string | null = null;
  private _listOpen = false;

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
  /** What takes focus once drawn: a mark, a table row's button, or the card. */
  private _focusNext: string | null = null;

  private readonly _svg = () => this.renderRoot?.querySelector('svg') ?? null;
  private readonly _source = new DataSourceController(this);
  private readonly _size = new SizeController(this, () => this.renderRoot?.querySelector('.plot') ?? null);
  private readonly _zoom = new ZoomController(this, this._svg, () => (this._hoverId = null));

  // Lifecycle: derive (data → view → layout), compose, draw.

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') || changed.has('data')) this._source.set(this.data, this.src);
    const data = this._source.data;
    const fresh = Boolean(data) && data !== this._derived?.data;
    if (fresh) {
      const derived = (this._derived = deriveData(data!));
      this._label = labeller(derived.leaders);
      if (!this._activeId || !derived.order.has(this._activeId)) this._activeId = this.selected ?? derived.meetings[0]?.id ?? null;
    }
    if (changed.has('selected') && this.selected) this._activeId = this.selected;
    if (fresh || changed.has('start') || changed.has('end')) this._viewStale = true;
    const d = this._derived;
    this._vocab = vocabulary(d?.data, this._lang);
    const size = this._size.value;
    if (!d || !(size.width > 0)) return;

    // Only a new data set, a resize or a new start/end moves the view; hover and zoom frames do not.
    if (this._viewInputs.changed([d, size, this.start, this.end])) {
      // Across a mere resize the same days stay in view.
      const window = this._viewStale ? requestedWindow(this.start, this.end, d.extent) : (this._layout?.scale.domain() as [Date, Date]);
      this._zoom.setLimits({ width: size.width, height: size.height, maxK: maxZoom(d.extent) });
      if (window || this._viewStale) this._zoom.setWindow(d.extent, window);
      this._viewStale = false;
    }
    const { lang } = this._vocab;
    if (this._layoutInputs.changed([d, size, this._zoom.transform, lang])) {
      const { transform } = this._zoom;
      this._layout = layoutTimeline({ data: d.data, ...size, transform, today: fromUtcDate(new Date()), labelOf: (name) => pick(name, lang) });
    }
  }

  protected override render() {
    const [d, vocab] = [this._derived, this._vocab];
    const { lang } = vocab;
    const s = strings(vocab.locale);
    const title = d?.data.title ? pick(d.data.title, lang) : vocab.words.timeline;
    const [selected, source] = [meetingOf(d, this.selected), this._source];
    return html`
      <div class="frame" part="frame" lang=${lang}>
        ${renderToolbar(s, {
          title,
          listOpen: this._listOpen,
          onList: () => (this._listOpen = !this._listOpen),
          onZoomIn: () => this.zoomBy(ZOOM_STEP),
          onZoomOut: () => this.zoomBy(1 / ZOOM_STEP),
          onReset: () => this.resetZoom(),
        })}
        <div class="plot">
          ${renderPlot(this._size.value, title, this._plotHandlers)}
          ${renderStatus(s, { loading: source.loading, hasData: Boolean(d), empty: d?.meetings.length === 0 })}
          ${renderTooltip(this._hoverMark()?.event, lang)}
          ${this._listOpen && d ? renderTable(d.meetings, d.leaders, lang, this.selected, (id) => this._select(id, true), vocab) : nothing}
        </div>
        ${renderLegend(d?.kinds ?? [], lang, vocab)}
        ${selected && d
          ? renderDetail(selected, { leaders: d.leaders, vocab, side: cardSide(this._markOf(selected.id), this._size.value.width), onClose: () => this._close() })
          : nothing}
        ${renderMessages(s, source.error, source.problems)} ${renderWarnings(s, source.warnings)}
      </div>
    `;
  }

  protected override updated(): void {
    const [layout, svg, vocab] = [this._layout, this._svg(), this._vocab];
    // Hover and messages re-render the shell only; the D3 groups wait for a real change.
    if (layout && svg && this._drawInputs.changed([layout, this._activeId, this.selected, vocab])) {
      drawPlot(svg, layout, {
        vocab,
        markSize: METRICS.markSize,
        activeId: this._activeId,
        selectedId: this.selected,
        label: (m) => this._label(m.event, vocab),
      });
      const range = visibleRange(layout.scale);
      const key = `${range.start}/${range.end}`;
      if (key !== this._lastRange) this.dispatchEvent(new SummitRangeChangeEvent(range));
      this._lastRange = key;
    }
    const hover = this._hoverMark();
    placeTooltip(this.renderRoot, hover ? tooltipPlacement(hover, this._size.value.width) : null);
    if (this._focusNext) this.renderRoot.querySelector<HTMLElement | SVGGElement>(this._focusNext)?.focus();
    this._focusNext = null;
  }

  // Handlers: pointer and focus move the hover and the tab stop; keys go through the keyboard map.

  private readonly _plotHandlers: PlotHandlers = {
    onClick: (e) => {
      const id = markIdOf(e);
      if (id) this._select(id, false);
    },
    onPointerOver: (e) => (this._hoverId = markIdOf(e)),
    onPointerOut: (e) => {
      if (markIdOf(e)) this._hoverId = null;
    },
    onFocusIn: (e) => {
      const id = markIdOf(e);
      if (id) this._activeId = this._hoverId = id;
    },
    onFocusOut: () => (this._hoverId = null),
    onKeydown: (e) => {
      const d = this._derived;
      if (!d) return;
      const id = markIdOf(e);
      const index = id ? (d.order.get(id) ?? -1) : -1;
      const mods = { shift: e.shiftKey, ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey };
      const action = keyAction(e.key, mods, { index, count: d.meetings.length, open: Boolean(this.selected) });
      if (!action) return;
      e.preventDefault();
      const next = action.type === 'focus' && action.index !== index ? d.meetings[action.index] : undefined;
      if (next) this._moveTo(next);
      else if (action.type === 'open' && id) this._select(id, true);
      else if (action.type === 'close') this._close();
      else if (action.type === 'zoom') this._zoom.zoomBy(action.factor);
      else if (action.type === 'pan') this._zoom.panBy(action.fraction);
      else if (action.type === 'reset') this._zoom.reset();
    },
  };

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

  /** The meetings as drawn, in time order: plain data, for a page's own list or table. */
  get events(): Summit[] {
    return (this._derived?.meetings ?? []).map((e) => structuredClone(e));
  }

  // Private helpers

  /** The requested language as a BCP 47 tag: data text and dates follow it; the element's own words are en or ja. */
  private get _lang(): string {
    return toLang(typeof this.locale === 'string' ? this.locale : this.closest('[lang]')?.getAttribute('lang'));
  }

  private _markOf(id: string | null): MarkLayout | undefined {
    return id ? this._layout?.marks.find((m) => m.event.id === id) : undefined;
  }

  /** The hovered mark, unless its card is open. */
  private _hoverMark(): MarkLayout | undefined {
    return this._hoverId === this.selected ? undefined : this._markOf(this._hoverId);
  }

  /** Roving focus to a meeting; one off screen is panned into view first. */
  private _moveTo(meeting: Summit): void {
    this._focusMeeting(meeting.id);
    this.panTo(meeting.date);
  }

  /** Roving focus to a meeting, once it is drawn. */
  private _focusMeeting(id: string): void {
    this._activeId = id;
    const key = CSS.escape(id);
    this._focusNext = this._listOpen ? `tr[data-id="${key}"] button` : `g.mark[data-id="${key}"]`;
  }

  private _select(id: string, fromKeyboard: boolean): void {
    const meeting = meetingOf(this._derived, id);
    this.selected = this._activeId = id;
    if (fromKeyboard) this._focusNext = '.detail';
    this.dispatchEvent(new SummitSelectEvent({ id, event: meeting ? structuredClone(meeting) : null }));
  }

  private _close(): void {
    const id = this.selected;
    this.selected = null;
    this.dispatchEvent(new SummitSelectEvent({ id: null, event: null }));
    if (id) this._focusMeeting(id);
  }
}
