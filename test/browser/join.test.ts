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

  it('hands each entering item a leaving node from its own gap, so no node moves', () => {
    const t = setup();
    t.draw(['a', 'b1', 'b2', 'c', 'd1', 'd2', 'd3', 'e']);
    const nodes = () => [...t.g.children];
    const before = nodes();
    const moved: Node[] = [];
    const mo = new MutationObserver((records) => records.forEach((r) => moved.push(...r.removedNodes)));
    mo.observe(t.g, { childList: true });
    // b1 b2 leave and x1 x2 enter between a and c; d1 d2 d3 leave and y1 enters between c and e.
    t.draw(['a', 'x1', 'x2', 'c', 'y1', 'e']);
    mo.takeRecords().forEach((r) => moved.push(...r.removedNodes));
    mo.disconnect();
    expect(t.order()).to.deep.equal(['a', 'x1', 'x2', 'c', 'y1', 'e']);
    expect(nodes()).to.deep.equal([before[0], before[1], before[2], before[3], before[4], before[7]]);
    // Only the two leaving nodes nobody needed were taken out.
    expect(moved).to.deep.equal([before[5], before[6]]);
    expect(t.made()).to.equal(8);
    // Handed out in document order, b's and d's nodes would go to x1 and x2, and d's would move before c.
    t.draw(['a', 'b', 'c', 'd', 'e']);
    const five = nodes();
    mo.observe(t.g, { childList: true });
    moved.length = 0;
    t.draw(['a', 'x1', 'x2', 'c', 'y', 'e']);
    mo.takeRecords().forEach((r) => moved.push(...r.removedNodes));
    mo.disconnect();
    expect(t.order()).to.deep.equal(['a', 'x1', 'x2', 'c', 'y', 'e']);
    // (x2's new node is appended and put in place; none of the drawn ones moves.)
    expect(moved.filter((n) => five.includes(n as Element))).to.deep.equal([]);
    expect(nodes().filter((n) => five.includes(n))).to.deep.equal(five);
    expect(t.g.querySelector('[data-key="y"]')).to.equal(five[3]);
    expect(t.made()).to.equal(9);
    // Leaving nodes are taken over where they stand, however many there are in the gap.
    t.draw(['a', 'x1', 'z1', 'z2', 'z3', 'e']);
    expect(t.order()).to.deep.equal(['a', 'x1', 'z1', 'z2', 'z3', 'e']);
    expect(t.made()).to.equal(9);
    // A gap with more entering items than leaving nodes borrows what another gap left over, then makes new ones.
    t.draw(['a', 'p1', 'p2', 'x1', 'e']);
    expect(t.order()).to.deep.equal(['a', 'p1', 'p2', 'x1', 'e']);
    expect(t.made()).to.equal(9);
    t.draw(['a', 'p1', 'p2', 'x1', 'e', 'n1', 'n2']);
    expect(t.order()).to.deep.equal(['a', 'p1', 'p2', 'x1', 'e', 'n1', 'n2']);
    expect(t.made()).to.equal(11);
    t.host.remove();
  });

  it('draws the nodes it puts in place before they join the document, a run of them in one insertion', () => {
    const t = setup();
    const drawn: string[] = [];
    const draw = (keys: string[]) =>
      joinReusing(select(t.g), 'g.item', keys, (k) => k, () => t.g.ownerDocument.createElementNS(NS, 'g'), (node, k) => {
        node.setAttribute('class', 'item');
        node.setAttribute('data-key', k);
        drawn.push(`${k}:${node.isConnected ? 'in' : 'out'}`);
      });
    const records: MutationRecord[] = [];
    const mo = new MutationObserver((r) => records.push(...r));
    mo.observe(t.g, { childList: true, attributes: true, subtree: true });
    draw(['a', 'b', 'c']);
    records.push(...mo.takeRecords());
    expect(drawn.sort()).to.deep.equal(['a:out', 'b:out', 'c:out']);
    expect(records.map((r) => [r.type, r.addedNodes.length])).to.deep.equal([['childList', 3]]);
    expect([...t.g.children].map((n) => n.getAttribute('data-key'))).to.deep.equal(['a', 'b', 'c']);
    // Staying nodes are drawn where they stand; entering ones between them are put in before they are drawn into.
    drawn.length = 0;
    records.length = 0;
    draw(['a', 'x', 'y', 'b', 'c', 'z']);
    records.push(...mo.takeRecords());
    mo.disconnect();
    expect(drawn.sort()).to.deep.equal(['a:in', 'b:in', 'c:in', 'x:out', 'y:out', 'z:out']);
    // Only the staying nodes were written to in the document.
    const written = new Set(records.filter((r) => r.type === 'attributes').map((r) => (r.target as Element).getAttribute('data-key')));
    expect([...written].sort()).to.deep.equal(['a', 'b', 'c']);
    expect(records.filter((r) => r.type === 'childList').map((r) => r.addedNodes.length)).to.deep.equal([1, 2]);
    expect([...t.g.children].map((n) => n.getAttribute('data-key'))).to.deep.equal(['a', 'x', 'y', 'b', 'c', 'z']);
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
