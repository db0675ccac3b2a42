import { describe, expect, it } from 'vitest';
import { connections, type ConnectionsInput } from '../../src/lib/charts/connections.ts';
import { textWidth } from '../../src/lib/charts/format.ts';

const other = (id: string, name: string, label: string) => ({ id, name, url: `/entities/${id}/`, label });

/** Related entities that share a relation, each id made from its name: "Chery Tiggo 4 Pro" is chery-tiggo-4-pro. */
const related = (label: string, names: readonly string[]) =>
  names.map((name) => other(name.toLowerCase().replaceAll(' ', '-'), name, label));

/** Chery's connections as the site had them: twelve entities, long names, five relations. */
const CHERY: ConnectionsInput = {
  center: { name: 'Chery', url: '/entities/chery/' },
  others: [
    ...related('partner of', ['Tenet', 'Xcite']),
    ...related('parent company of', ['Chery Automobiles JSC']),
    ...related('owns the brand', ['Soueast', 'Omoda', 'Jetour', 'Jaecoo']),
    ...related('makes the model', ['Chery Tiggo 4', 'Chery Tiggo 4 Pro', 'Chery Tiggo 7 Pro', 'Chery Tiggo 7L', 'Chery Tiggo 8 Pro Max']),
  ],
};

/** A node's label block, estimated as the layout estimates it. */
function box(n: ReturnType<typeof connections>['nodes'][number]) {
  const lines = [...n.relationLines.map((l) => textWidth(l.text, 11)), ...n.nameLines.map((l) => textWidth(l.text, 13))];
  const half = Math.max(...lines) / 2;
  const top = Math.min(...n.relationLines.map((l) => l.y), ...n.nameLines.map((l) => l.y)) - 11;
  const bottom = Math.max(...n.nameLines.map((l) => l.y)) + 3;
  return { x1: n.x - half, x2: n.x + half, y1: top, y2: bottom };
}

describe('connections', () => {
  const view = connections(CHERY);

  it('places every related entity, each with its name linked and its relation as read from the centre', () => {
    expect(view.nodes.map((n) => n.id).sort()).toEqual(CHERY.others.map((o) => o.id).sort());
    const tenet = view.nodes.find((n) => n.id === 'tenet')!;
    expect(tenet).toMatchObject({ name: 'Tenet', url: '/entities/tenet/', label: 'partner of' });
    expect(tenet.relationLines.map((l) => l.text)).toEqual(['partner of']);
    expect(tenet.nameLines.map((l) => l.text)).toEqual(['Tenet']);
  });

  it('puts the centre in the middle and every label inside the view box', () => {
    expect(view.center.x).toBe(view.width / 2);
    for (const n of view.nodes) {
      const b = box(n);
      expect(b.x1).toBeGreaterThanOrEqual(0);
      expect(b.x2).toBeLessThanOrEqual(view.width);
      expect(b.y1).toBeGreaterThanOrEqual(0);
      expect(b.y2).toBeLessThanOrEqual(view.height);
    }
  });

  it('keeps the labels of twelve neighbours apart', () => {
    const boxes = view.nodes.map(box);
    const overlapping = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).filter((b) => a.x1 < b.x2 - 2 && b.x1 < a.x2 - 2 && a.y1 < b.y2 - 2 && b.y1 < a.y2 - 2),
    );
    expect(overlapping).toEqual([]);
  });

  it('lays out the same way every time', () => {
    expect(connections(CHERY)).toEqual(view);
    expect(connections({ ...CHERY, others: [...CHERY.others] })).toEqual(view);
  });

  it('groups like relations side by side', () => {
    const order = view.nodes.map((n) => n.label);
    expect(order).toEqual([...order].sort());
  });

  it('draws one line from the centre to each neighbour', () => {
    expect(view.edges.match(/M/g)).toHaveLength(CHERY.others.length);
  });

  it('merges two relations to the same entity into one label', () => {
    const merged = connections({
      center: { name: 'AGR St Petersburg plant', url: '/entities/agr-st-petersburg-plant/' },
      others: [
        other('hyundai', 'Hyundai', 'formerly owned by'),
        other('hyundai', 'Hyundai', 'formerly owned by'),
        other('agr', 'AGR', 'owned by'),
      ],
    });
    expect(merged.nodes.map((n) => [n.id, n.label])).toEqual([
      ['hyundai', 'formerly owned by'],
      ['agr', 'owned by'],
    ]);
    const twice = connections({
      center: { name: 'X', url: '/x/' },
      others: [other('a', 'A', 'owned by'), other('a', 'A', 'supplier to')],
    });
    expect(twice.nodes.map((n) => n.label)).toEqual(['owned by; supplier to']);
  });

  it('wraps long names and relations onto short lines', () => {
    const long = connections({
      center: { name: 'Moscow Automobile Factory Moskvich', url: '/entities/moskvich-plant/' },
      others: [other('renault-russia', 'Renault Russia', 'on the site of the former')],
    });
    expect(long.center.nameLines.map((l) => l.text)).toEqual(['Moscow Automobile', 'Factory Moskvich']);
    expect(long.nodes[0]!.relationLines.map((l) => l.text)).toEqual(['on the site of the', 'former']);
  });

  it('titles the chart with the count and describes each relation in words', () => {
    expect(view.title).toBe('Chery and 12 related entities');
    expect(view.desc).toMatch(/^How Chery is related to others: makes the model Chery Tiggo 4; /);
    expect(view.desc).toContain('; partner of Xcite. Each name links to its page.');
    expect(connections({ ...CHERY, others: [] }).title).toBe('Chery: no recorded connections');
  });
});
