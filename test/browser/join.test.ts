// joinReusing: a keyed join whose entering items take over leaving nodes in
// place, in the items' order, never handing on the focused node.
import { expect } from '@open-wc/testing';
import { select } from 'd3-selection';
import { joinReusing } from '../../src/render/attrs.js';

const NS = 'http://www.w3.org/2000/svg';

function setup() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const svg = root.appendChild(document.createElementNS(NS, 'svg'));
  const g = svg.appendChild(document.createElementNS(NS, 'g'));
  let made = 0;
  const make = () => {
    made++;
    const node = document.createElementNS(NS, 'g');
    node.setAttribute('class', 'item');
    node.setAttribute('tabindex', '-1');
    return node;
  };
  const draw = (keys: string[]) =>
    joinReusing(select(g), 'g.item', keys, (k) => k, make).each(function (k) {
      this.setAttribute('data-key', k);
    });
  const order = () => [...g.querySelectorAll('g.item')].map((n) => (n as Element & { __data__: string }).__data__);
  return { host, root, g, draw, order, made: () => made };
}

describe('joinReusing', () => {
  it('keeps the nodes of staying items, hands leaving nodes to entering items, and makes only what is missing', () => {
    const t = setup();
    t.draw(['a', 'b', 'c', 'd']);
    const b = t.g.querySelector('[data-key="b"]');
    t.draw(['b', 'x', 'y', 'z', 'w']);
    expect(t.made()).to.equal(5);
    expect(t.g.querySelector('[data-key="b"]')).to.equal(b);
    expect(t.order()).to.deep.equal(['b', 'x', 'y', 'z', 'w']);
    expect([...t.g.children].map((n) => n.getAttribute('data-key'))).to.deep.equal(['b', 'x', 'y', 'z', 'w']);
    t.draw(['q']);
    expect(t.made()).to.equal(5);
    expect(t.order()).to.deep.equal(['q']);
    t.host.remove();
  });

  it('keeps the document in the items order after many swaps', () => {
    const t = setup();
    for (let round = 0; round < 20; round++) {
      const keys = Array.from({ length: 10 + ((round * 7) % 13) }, (_, i) => `k${(i * (round + 3)) % 40}`).filter((k, i, all) => all.indexOf(k) === i);
      keys.sort();
      t.draw(keys);
      expect(t.order()).to.deep.equal(keys);
    }
    t.host.remove();
  });

  it('never hands the focused node to another item', () => {
    const t = setup();
    t.draw(['a', 'b']);
    const a = t.g.querySelector<SVGGElement>('[data-key="a"]')!;
    a.focus();
    expect(t.root.activeElement).to.equal(a);
    t.draw(['c', 'd']);
    expect(a.isConnected).to.equal(false);
    expect(t.order()).to.deep.equal(['c', 'd']);
    t.host.remove();
  });
});
