// The element under a strict Content-Security-Policy with Trusted Types: the
// policy the README documents renders it fully with no violation; a policy
// that refuses Lit's Trusted Types policy gets a visible, specific message.
import { expect, waitUntil } from '@open-wc/testing';
import { policyFrame } from './policy-frame.js';

const SMALL = new URL('./fixtures/small.json', import.meta.url).href;
const PAGE = new URL('./fixtures/csp-page.ts', import.meta.url).href;
export const DOCUMENTED = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const framed = (csp: string, body: string) => policyFrame(csp, PAGE, body, 1000);

describe('under a strict Content-Security-Policy', () => {
  it(`renders fully with no violation under: ${DOCUMENTED}`, async () => {
    const { win, doc, remove } = await framed(DOCUMENTED, `<summit-timeline src="${SMALL}" style="width: 900px" selected="2025-02-07-ishiba-trump"></summit-timeline>`);
    try {
      const el = doc.querySelector('summit-timeline')!;
      await waitUntil(() => el.shadowRoot?.querySelectorAll('[part~="event"]').length === 3, 'no marks under the policy', { timeout: 5000 });
      const root = el.shadowRoot!;
      // The panel and the overview are chunks of their own, imported under the same policy.
      await waitUntil(() => root.querySelector('[part~="detail"] h2') && root.querySelector('[part~="overview"]'), 'no panel or overview under the policy', { timeout: 5000 });
      expect(root.querySelectorAll('[part~="term"]').length).to.be.greaterThan(0);
      expect(root.querySelector('[part~="detail"] h2')!.textContent).to.contain('Ishiba');
      // Styles apply (constructed style sheets, not blocked inline ones): the chart has its default height, the panel sits below it.
      expect(root.querySelector('.chart')!.getBoundingClientRect().height).to.equal(360);
      expect(root.querySelector('[part~="detail"]')!.getBoundingClientRect().top).to.be.at.least(root.querySelector('.chart')!.getBoundingClientRect().bottom);
      // The tooltip is placed through the CSSOM, which style-src does not block.
      root.querySelector('[data-id="2016-05-27-abe-obama"]')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await waitUntil(() => root.querySelector<HTMLElement>('[part~="tooltip"]')?.style.left, 'tooltip not placed');
      const tip = root.querySelector<HTMLElement>('[part~="tooltip"]')!.getBoundingClientRect();
      const mark = root.querySelector('[data-id="2016-05-27-abe-obama"]')!.getBoundingClientRect();
      expect(Math.abs(tip.bottom - mark.top)).to.be.lessThan(40);
      expect(win.violations).to.deep.equal([]);
    } finally {
      remove();
    }
  });

  it("says why, visibly, when the page refuses Lit's Trusted Types policy", async () => {
    const csp = "default-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
    const { doc, remove } = await framed(csp, '<summit-timeline></summit-timeline>');
    try {
      const el = doc.querySelector('summit-timeline')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no message', { timeout: 5000 });
      const text = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
      expect(text).to.contain('Content-Security-Policy');
      expect(text).to.contain('trusted-types lit-html');
    } finally {
      remove();
    }
  });
});
