// The element under a strict Content-Security-Policy with Trusted Types: the
// policy the README documents renders it fully with no violation; a policy
// that refuses Lit's Trusted Types policy gets a visible, specific message.
import { expect, waitUntil } from '@open-wc/testing';

const SMALL = new URL('./fixtures/small.json', import.meta.url).href;
const PAGE = new URL('./fixtures/csp-page.ts', import.meta.url).href;
export const DOCUMENTED = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

type Frame = Window & { violations: string[]; ready: Promise<unknown> };

async function framed(csp: string, body: string): Promise<{ win: Frame; doc: Document; remove: () => void }> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1000px; height: 500px; border: 0';
  // A same-origin page with the policy in a <meta> (test/engines/frame-pages.mjs): srcdoc would do in
  // Chromium and WebKit, but Firefox does not match 'self' for a srcdoc document.
  iframe.src = `/__frame?${new URLSearchParams({ csp, head: `<script type="module" src="${PAGE}"></script>`, body })}`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Frame;
  await waitUntil(() => win.ready, 'the page script never ran', { timeout: 5000 });
  await win.ready;
  return { win, doc: iframe.contentDocument!, remove: () => iframe.remove() };
}

describe('under a strict Content-Security-Policy', () => {
  it(`renders fully with no violation under: ${DOCUMENTED}`, async () => {
    const { win, doc, remove } = await framed(DOCUMENTED, `<summit-timeline src="${SMALL}" style="width: 900px" selected="2025-02-07-ishiba-trump"></summit-timeline>`);
    try {
      const el = doc.querySelector('summit-timeline')!;
      await waitUntil(() => el.shadowRoot?.querySelectorAll('[part~="event"]').length === 3, 'no marks under the policy', { timeout: 5000 });
      const root = el.shadowRoot!;
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
