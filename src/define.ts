import { policyRefused, restoreCreatePolicy } from './trusted-types.js';
import { SummitErrorEvent } from './events.js';
import { SummitTimeline } from './summit-timeline.js';

restoreCreatePolicy();

/** The exact words of a page whose CSP leaves Lit no Trusted Types policy: the element cannot render, and says so. */
export const BLOCKED_MESSAGE =
  "<summit-timeline> cannot render: this page's Content-Security-Policy does not allow the Trusted Types policy " +
  '"lit-html". Add it to the trusted-types directive, for example: trusted-types lit-html';

/** Stands in for the element under such a policy: text only, no HTML parsing, and a summit-error for the page. */
class SummitTimelineBlocked extends HTMLElement {
  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.setAttribute('part', 'messages');
    message.textContent = BLOCKED_MESSAGE;
    root.replaceChildren(message);
    this.dispatchEvent(new SummitErrorEvent({ source: 'default', message: `${BLOCKED_MESSAGE} (${policyRefused})`, problems: [] }));
  }
}

// A page may load the bundle twice (a CDN tag and an npm build); the second
// definition is skipped instead of throwing.
if (!customElements.get('summit-timeline')) {
  customElements.define('summit-timeline', policyRefused ? (SummitTimelineBlocked as unknown as typeof SummitTimeline) : SummitTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-timeline': SummitTimeline;
  }
}

export { SummitTimeline };
