// WebKit for Web Test Runner without a downloaded browser: Debian's WebKitGTK
// MiniBrowser driven over W3C WebDriver by its WebKitWebDriver, on a private Xvfb
// display. Speaks WebDriver with fetch, so no client library (webdriverio) is needed.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { requireMediaFeatures } from './media.mjs';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'].find((p) => existsSync(p)) ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// WebDriver's code points for the keys the tests press (puppeteer's names).
const KEYS = {
  Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Escape: '\uE00C', ' ': ' ', Space: ' ',
  PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013',
  ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017', Backspace: '\uE003', Meta: '\uE03D', '+': '+', '-': '-',
};
const BUTTONS = { left: 0, middle: 1, right: 2 };
const key = (name) => {
  const code = KEYS[name] ?? (name.length === 1 ? name : undefined);
  if (code === undefined) throw new Error(`WebKit launcher: unknown key "${name}"`);
  return code;
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts Xvfb on a free display; resolves with its number once it accepts clients. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let out = '';
    xvfb.on('error', (e) => reject(new Error(`WebKit needs Xvfb (apt-get install xvfb): ${e.message}`)));
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ process: xvfb, display: `:${out.trim()}` });
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
}

/**
 * A Web Test Runner launcher for WebKitGTK. Its `type` is 'puppeteer' and `getPage`
 * returns a small page facade (keyboard, mouse, setViewport, media checks), because the runner's built-in
 * sendKeys/setViewport commands only speak to puppeteer/playwright pages and only
 * "press" for webdriver; this gives the tests the same commands in every engine.
 */
export class WebKitLauncher {
  constructor({ env = {}, driver = WEBKIT_DRIVER, binary = MINIBROWSER } = {}) {
    this.name = 'WebKit';
    this.type = 'puppeteer';
    this.concurrency = 1;
    this.env = env;
    this.driver = driver;
    this.binary = binary;
    this.sessions = new Map();
    this.starting = null;
  }

  async initialize() {}

  async _command(method, path, body) {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error ?? res.status} ${json.value?.message ?? ''}`);
    return json.value;
  }

  _session(path) {
    return `/session/${this.sessionId}${path}`;
  }

  _start() {
    this.starting ??= (async () => {
      const display = process.env.DISPLAY ? null : await startXvfb();
      this.xvfb = display?.process;
      const port = await freePort();
      this.base = `http://127.0.0.1:${port}`;
      this.driverProcess = spawn(this.driver, [`--port=${port}`], {
        stdio: 'ignore',
        env: { ...process.env, ...this.env, ...(display ? { DISPLAY: display.display } : {}) },
      });
      this.driverProcess.on('error', (e) => console.error(`WebKit launcher: cannot start ${this.driver} (apt-get install webkit2gtk-driver): ${e.message}`));
      for (let i = 0; ; i++) {
        try {
          await this._command('GET', '/status');
          break;
        } catch (e) {
          if (i > 100) throw e;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      const created = await this._command('POST', '/session', {
        capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: this.binary, args: ['--automation'] } } },
      });
      this.sessionId = created.sessionId;
      await this._setViewport({ width: 800, height: 600 });
    })();
    return this.starting;
  }

  async _setViewport({ width, height }) {
    // WebDriver sizes the window; the chrome around the page is measured and added.
    await this._command('POST', this._session('/window/rect'), { width, height });
    const [w, h] = await this._command('POST', this._session('/execute/sync'), { script: 'return [innerWidth, innerHeight]', args: [] });
    if (w !== width || h !== height) {
      await this._command('POST', this._session('/window/rect'), { width: 2 * width - w, height: 2 * height - h });
    }
  }

  async _pointer(actions) {
    await this._command('POST', this._session('/actions'), {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });
  }

  async _keys(actions) {
    await this._command('POST', this._session('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  async startSession(id, url) {
    await this._start();
    this.sessions.set(id, url);
    await this._setViewport({ width: 800, height: 600 });
    await this._command('POST', this._session('/url'), { url });
  }

  isActive(id) {
    return this.sessions.has(id);
  }

  async getBrowserUrl() {
    return this._command('GET', this._session('/url'));
  }

  async startDebugSession() {
    throw new Error('The WebKit launcher has no debug mode; run it with a DISPLAY to watch it.');
  }

  async stopSession(id) {
    this.sessions.delete(id);
    // Leave the page so its timers stop before the next file.
    await this._command('POST', this._session('/url'), { url: 'about:blank' });
    return {};
  }

  getPage() {
    return {
      keyboard: {
        press: (k) => this._keys([{ type: 'keyDown', value: key(k) }, { type: 'keyUp', value: key(k) }]),
        down: (k) => this._keys([{ type: 'keyDown', value: key(k) }]),
        up: (k) => this._keys([{ type: 'keyUp', value: key(k) }]),
        type: (text) => this._keys([...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }])),
      },
      setViewport: (size) => this._setViewport(size),
      mouse: {
        move: (x, y) => this._pointer([{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 }]),
        down: ({ button = 'left' } = {}) => this._pointer([{ type: 'pointerDown', button: BUTTONS[button] }]),
        up: ({ button = 'left' } = {}) => this._pointer([{ type: 'pointerUp', button: BUTTONS[button] }]),
        click: (x, y, { button = 'left' } = {}) =>
          this._pointer([
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 },
            { type: 'pointerDown', button: BUTTONS[button] },
            { type: 'pointerUp', button: BUTTONS[button] },
          ]),
        // Releases whatever is held and parks the pointer in the corner, as puppeteer's reset does.
        reset: async () => {
          await this._command('DELETE', this._session('/actions'));
          await this._pointer([{ type: 'pointerMove', x: 0, y: 0, origin: 'viewport', duration: 0 }]);
        },
      },
      emulateMediaFeatures: (features) =>
        requireMediaFeatures('WebKit', (query) => this._command('POST', this._session('/execute/sync'), { script: 'return matchMedia(arguments[0]).matches', args: [query] }), features),
      emulateMediaType: async (type) => {
        if (type !== 'screen') throw new Error(`WebKit cannot emulate the media type ${type} over WebDriver`);
      },
    };
  }

  async stop() {
    if (this.sessionId) await this._command('DELETE', this._session('')).catch(() => {});
    this.driverProcess?.kill();
    this.xvfb?.kill();
  }
}
