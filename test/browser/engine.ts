// The engine a browser test runs in, for the few tests an engine cannot run.
// Each such test says which engine and why, in its title, so every report shows it.
const ua = navigator.userAgent;

export type Engine = 'chromium' | 'firefox' | 'webkit';
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrome\//.test(ua) ? 'chromium' : 'webkit';

/** `it`, except in the engines named, where the test is skipped with the reason in its title. */
export function itExcept(engines: Engine[], reason: string): (title: string, fn: (this: Mocha.Context) => void | PromiseLike<unknown>) => void {
  if (!engines.includes(engine)) return (title, fn) => it(title, fn);
  return (title, fn) => it.skip(`${title} (skipped in ${engine}: ${reason})`, fn);
}
