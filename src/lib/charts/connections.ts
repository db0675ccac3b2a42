/**
 * An entity's connections: the entity in the middle, each related entity around it on a line labelled
 * with the relation. Laid out at build time by d3-force, which is deterministic (its random source is a
 * seeded generator and the starting places depend only on the input), so a page builds the same every time.
 * Pure; the component only writes what this returns.
 */
import { forceCollide, forceRadial, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { plural, round, textWidth, wrapWords } from './format.ts';
import { chartFrame, type ChartFrame } from './frame.ts';
import { segmentsPath, type Segment } from './svg-path.ts';

export interface ConnectionsInput {
  center: { name: string; url: string };
  others: readonly {
    id: string;
    name: string;
    url: string;
    /** The relation as read from the centre: "subsidiary of". */
    label: string;
  }[];
}

export interface ConnectionNode {
  id: string;
  name: string;
  url: string;
  /** The relation phrase (several, joined, when the entities are related more than one way). */
  label: string;
  x: number;
  y: number;
  /** The relation's lines, then the name's lines, each with its baseline. */
  relationLines: { text: string; y: number }[];
  nameLines: { text: string; y: number }[];
}

export interface ConnectionsView extends ChartFrame {
  center: { name: string; url: string; x: number; y: number; nameLines: { text: string; y: number }[] };
  /** A line from the centre to each related entity, one path. */
  edges: string;
  nodes: ConnectionNode[];
}

export const CONNECTIONS_WIDTH = 560;
const NAME_FONT = 13;
const CENTER_FONT = 15;
const RELATION_FONT = 11;
const LINE = 14;
const RELATION_LINE = 12;
const NAME_CHARS = 18;
const RELATION_CHARS = 24;
const PAD = 6;
/** The layout runs in a space where heights count double, then is squashed: labels are wide, not tall. */
const SQUASH = 0.5;

interface LayoutNode extends SimulationNodeDatum {
  index: number;
  half: number;
  x: number;
  y: number;
}

/** Relations to the same entity read as one label: "owned by; formerly owned by". */
function mergeOthers(others: ConnectionsInput['others']): ConnectionsInput['others'] {
  const byId = new Map<string, ConnectionsInput['others'][number]>();
  for (const o of others) {
    const seen = byId.get(o.id);
    if (!seen) byId.set(o.id, { ...o });
    else if (!seen.label.split('; ').includes(o.label)) byId.set(o.id, { ...seen, label: `${seen.label}; ${o.label}` });
  }
  // Grouped by relation, then by name: like relations sit side by side around the centre.
  return [...byId.values()].sort((a, b) => a.label.localeCompare(b.label, 'en') || a.name.localeCompare(b.name, 'en'));
}

export function connectionsTitle(input: ConnectionsInput): string {
  const n = new Set(input.others.map((o) => o.id)).size;
  return n === 0
    ? `${input.center.name}: no recorded connections`
    : `${input.center.name} and ${plural(n, 'related entity', 'related entities')}`;
}

export function connectionsDesc(input: ConnectionsInput): string {
  const others = mergeOthers(input.others);
  if (others.length === 0) return `${input.center.name} has no recorded relations to other entities.`;
  const relations = others.map((o) => `${o.label} ${o.name}`).join('; ');
  return `How ${input.center.name} is related to others: ${relations}. Each name links to its page.`;
}

/**
 * The layout: the centre fixed in the middle, the others on a ring (an ellipse, once squashed), pushed
 * apart where their labels would touch.
 */
export function connections(input: ConnectionsInput): ConnectionsView {
  const others = mergeOthers(input.others);
  const blocks = others.map((o) => {
    const relation = wrapWords(o.label, RELATION_CHARS);
    const name = wrapWords(o.name, NAME_CHARS);
    const wide = Math.max(...relation.map((l) => textWidth(l, RELATION_FONT)), ...name.map((l) => textWidth(l, NAME_FONT)));
    return { relation, name, half: wide / 2 + PAD, tall: relation.length * RELATION_LINE + name.length * LINE };
  });
  const width = CONNECTIONS_WIDTH;
  const widest = Math.max(60, ...blocks.map((b) => b.half));
  // A ring long enough for every label side by side, within the width left after the widest label.
  const needed = blocks.reduce((s, b) => s + 2 * b.half, 0) / (2 * Math.PI);
  const radius = Math.min(width / 2 - widest - 4, Math.max(120, needed));

  const nodes: LayoutNode[] = blocks.map((b, index) => {
    // Start evenly round the ring from the top, in the sorted order, so the layout depends only on the input.
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, blocks.length);
    return { index, half: b.half, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  forceSimulation(nodes)
    .force('ring', forceRadial<LayoutNode>(radius, 0, 0).strength(0.6))
    .force(
      'apart',
      forceCollide<LayoutNode>((n) => n.half),
    )
    .stop()
    .tick(300);

  // The height fits the layout: from the highest label's top to the lowest label's foot, the centre's name included.
  const top = Math.min(-LINE * 2, ...nodes.map((n, i) => n.y * SQUASH - blocks[i]!.tall / 2));
  const foot = Math.max(LINE * 2, ...nodes.map((n, i) => n.y * SQUASH + blocks[i]!.tall / 2));
  const height = Math.ceil(foot - top + 12);
  const cx = width / 2;
  const cy = round(6 - top);

  const placed: ConnectionNode[] = others.map((o, i) => {
    const b = blocks[i]!;
    const node = nodes[i]!;
    const x = round(clamp(cx + node.x, b.half + 2, width - b.half - 2));
    const y = round(cy + node.y * SQUASH);
    const blockTop = y - b.tall / 2;
    const relationLines = b.relation.map((text, k) => ({ text, y: round(blockTop + 10 + k * RELATION_LINE) }));
    const nameTop = blockTop + 12 + b.relation.length * RELATION_LINE;
    const nameLines = b.name.map((text, k) => ({ text, y: round(nameTop + k * LINE) }));
    return { id: o.id, name: o.name, url: o.url, label: o.label, x, y, relationLines, nameLines };
  });
  const centerName = wrapWords(input.center.name, NAME_CHARS);
  const centerHalf = Math.max(...centerName.map((l) => textWidth(l, CENTER_FONT))) / 2 + 4;
  const centerTall = (centerName.length * LINE) / 2 + 6;
  return {
    ...chartFrame(width, height, connectionsTitle(input), connectionsDesc(input)),
    center: {
      name: input.center.name,
      url: input.center.url,
      x: cx,
      y: cy,
      nameLines: centerName.map((text, k) => ({ text, y: round(cy + 5 + (k - (centerName.length - 1) / 2) * LINE) })),
    },
    // Each line stops short of the labels at both ends, so no text sits on a line.
    edges: segmentsPath(
      placed.map((n, i): Segment => {
        const b = blocks[i]!;
        const dx = n.x - cx;
        const dy = n.y - cy;
        const atNode =
          1 - Math.min(Math.abs(dx) ? (b.half + 2) / Math.abs(dx) : Infinity, Math.abs(dy) ? (b.tall / 2 + 4) / Math.abs(dy) : Infinity);
        const atCenter = Math.min(
          1,
          Math.abs(dx) ? centerHalf / Math.abs(dx) : Infinity,
          Math.abs(dy) ? centerTall / Math.abs(dy) : Infinity,
        );
        const atEnd = Math.max(atNode, atCenter);
        return [
          [round(cx + dx * atCenter), round(cy + dy * atCenter)],
          [round(cx + dx * atEnd), round(cy + dy * atEnd)],
        ];
      }),
    ),
    nodes: placed,
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
