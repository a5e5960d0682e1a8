// prefers-color-scheme and prefers-reduced-motion can only be emulated over CDP
// (Chromium). For Firefox over WebDriver BiDi and WebKit over WebDriver, the
// emulate-media command succeeds only when the page already is in the requested
// state (each engine starts light, with motion allowed), and otherwise fails
// saying so: a test that needs to switch must name the engine it cannot run in.
export async function requireMediaFeatures(engine, matches, features) {
  for (const { name, value } of features) {
    if (!(await matches(`(${name}: ${value})`))) {
      throw new Error(`${engine} cannot emulate ${name}: ${value} here (it needs CDP); the page is not in that state`);
    }
  }
}
