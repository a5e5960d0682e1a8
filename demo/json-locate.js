// Where a JSON path such as `events[2].date` is in the source text, so the
// playground can put the cursor on the value a problem is about. A small
// tolerant parser records the offsets of every key and value; text broken
// halfway still yields the part before the break, and a path that does not
// exist falls back to its nearest existing parent. Offsets are string indices
// (UTF-16 code units), which is what a textarea's selection takes. No DOM.

/**
 * @typedef {{ type: 'object' | 'array' | 'value', start: number, end: number,
 *   entries?: Array<{ key: string, keyStart: number, keyEnd: number, node: Node }>, items?: Node[] }} Node
 */

class Stop extends Error {
  /** @param {number} at */
  constructor(at) {
    super(`JSON stops making sense at ${at}`);
    this.at = at;
  }
}

const SPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * Parses as far as the text is JSON.
 * @param {string} text
 * @returns {{ root: Node | null, error: number }} the tree, and the offset of the first syntax error or -1
 */
export function parseLocated(text) {
  let i = 0;
  const space = () => {
    SPACE.lastIndex = i;
    SPACE.exec(text);
    i = SPACE.lastIndex;
  };
  const string = () => {
    STRING.lastIndex = i;
    const m = STRING.exec(text);
    if (!m) throw new Stop(i);
    const start = i;
    i = STRING.lastIndex;
    return { value: JSON.parse(m[0]), start, end: i };
  };
  /** @param {(node: Node) => void} attach */
  const value = (attach) => {
    space();
    const start = i;
    const c = text[i];
    /** @type {Node} */
    const node = { type: c === '{' ? 'object' : c === '[' ? 'array' : 'value', start, end: text.length };
    // Attached before its children are read, so a break inside leaves the parent findable.
    attach(node);
    if (c === '{') {
      node.entries = [];
      i++;
      space();
      if (text[i] === '}') i++;
      else
        for (;;) {
          space();
          const key = string();
          space();
          if (text[i++] !== ':') throw new Stop(i - 1);
          value((child) => node.entries.push({ key: key.value, keyStart: key.start, keyEnd: key.end, node: child }));
          space();
          const next = text[i++];
          if (next === '}') break;
          if (next !== ',') throw new Stop(i - 1);
        }
    } else if (c === '[') {
      node.items = [];
      i++;
      space();
      if (text[i] === ']') i++;
      else
        for (;;) {
          value((child) => node.items.push(child));
          space();
          const next = text[i++];
          if (next === ']') break;
          if (next !== ',') throw new Stop(i - 1);
        }
    } else if (c === '"') {
      string();
    } else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (word) i += word.length;
      else {
        NUMBER.lastIndex = i;
        if (!NUMBER.exec(text)) throw new Stop(i);
        i = NUMBER.lastIndex;
      }
    }
    node.end = i;
  };

  /** @type {Node | null} */
  let root = null;
  try {
    value((node) => (root = node));
    space();
    if (i < text.length) throw new Stop(i);
    return { root, error: -1 };
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { root, error: Math.min(error.at, text.length) };
  }
}

/**
 * The place of the value at `path` (`events[2].date`, `(root).meetings`, `leaders[0].terms[1]`).
 * Keys are matched against the object's own keys, so a key containing a dot or a bracket is still found;
 * of duplicate keys, the last wins, as in JSON.parse.
 * @param {string} text
 * @param {string} path
 * @returns {{ start: number, end: number, keyStart?: number, keyEnd?: number, found: boolean, at: string }}
 *   the value's range (and its key's, for an object member); `found` is false when only a parent exists,
 *   and `at` is the part of the path that was found
 */
export function locate(text, path) {
  const { root } = parseLocated(text);
  if (!root) return { start: 0, end: 0, found: false, at: '' };
  let rest = String(path).replace(/^\(root\)\.?/, '');
  let at = '';
  /** @type {{ start: number, end: number, keyStart?: number, keyEnd?: number }} */
  let place = { start: root.start, end: root.end };
  let node = root;
  while (rest) {
    let next = null;
    let consumed = '';
    const index = /^\[(\d+)\]/.exec(rest);
    if (index && node.items) {
      const item = node.items[Number(index[1])];
      if (item) [next, consumed] = [{ node: item }, index[0]];
    } else if (node.entries) {
      const tail = rest.startsWith('.') && at ? rest.slice(1) : rest;
      let best = null;
      for (const entry of node.entries) {
        const k = entry.key;
        const fits = tail === k || (tail.startsWith(k) && (tail[k.length] === '.' || tail[k.length] === '['));
        if (fits && (!best || k.length >= best.key.length)) best = entry;
      }
      if (best) [next, consumed] = [best, rest.slice(0, rest.length - tail.length) + best.key];
    }
    if (!next) return { ...place, found: false, at };
    node = next.node;
    at += consumed;
    rest = rest.slice(consumed.length);
    place = 'keyStart' in next
      ? { start: node.start, end: node.end, keyStart: next.keyStart, keyEnd: next.keyEnd }
      : { start: node.start, end: node.end };
  }
  return { ...place, found: true, at: at || '(root)' };
}

/**
 * The 1-based line and column of an offset, for people.
 * @param {string} text
 * @param {number} offset
 */
export function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
