// A same-origin page with a Content-Security-Policy in its <meta>, for the
// tests that run the element under one (test/engines/frame-pages.mjs serves
// it). srcdoc would do in Chromium and WebKit, but Firefox does not match
// 'self' for a srcdoc document. `script` is the module the page loads first.
import { waitUntil } from '@open-wc/testing';

export type PolicyWindow = Window & { violations: string[]; ready: Promise<unknown> };

export async function policyFrame<W extends PolicyWindow>(csp: string, script: string, body: string, width: number) {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: 500px; border: 0`;
  iframe.src = `/__frame?${new URLSearchParams({ csp, head: `<script type="module" src="${script}"></script>`, body })}`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as W;
  await waitUntil(() => win.ready, 'the page script never ran', { timeout: 5000 });
  await win.ready;
  return { win, doc: iframe.contentDocument!, remove: () => iframe.remove() };
}
