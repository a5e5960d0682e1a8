// Serves /__frame?csp=...&head=...&body=... as a real same-origin page with that
// Content-Security-Policy in a <meta>. The CSP tests load their pages this way
// rather than through `srcdoc`: Firefox does not match 'self' for a srcdoc
// document, so under `default-src 'self'` the page's own module never ran there.
const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function framePages() {
  return {
    name: 'frame-pages',
    serve(context) {
      if (context.path !== '/__frame') return;
      const { csp = '', head = '', body = '' } = context.query;
      return {
        type: 'html',
        body: `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${attr(csp)}">${head}</head><body>${body}</body></html>`,
      };
    },
  };
}
