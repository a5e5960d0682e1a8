import { SummitTimeline } from './summit-timeline.js';

// A page may load the bundle twice (a CDN tag and an npm build); the second
// definition is skipped instead of throwing.
if (!customElements.get('summit-timeline')) {
  customElements.define('summit-timeline', SummitTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-timeline': SummitTimeline;
  }
}

export { SummitTimeline };
