// The call flow as a picture for the Flow page: an SVG drawn on the server from the statechart's
// own graph (flow-diagram.ts), laid out by dagre, with the period's counts on each step. No script
// in the browser, so the pages' CSP stays as it is.
//
// Drawn for people, from the graph and nothing written by hand:
// - the exits every question has (to the front desk on 0 or a third miss; to a confirmation when
//   speech was heard with low confidence) are said once in the legend instead of drawn from each;
// - the router the questions all come back to (the state most edges lead into) asks for the first
//   detail still missing, in the order of its own transitions: that order is drawn as the path
//   from one question to the next, instead of a star of edges in and out of the router.

import dagre from '@dagrejs/dagre';
import type { FlowGraph, FlowStateKind, StateCounts } from './flow-diagram.ts';
import { deskWords, wordsOf } from './desk-language.ts';
import { escapeHtml } from './html/html.ts';
import { stateWords } from './page-words-en.ts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  nodes: Map<string, Box>;
  edges: { from: string; to: string; points: { x: number; y: number }[] }[];
  /** Exits drawn once in the legend: a target every question leads to, with the edges' words. */
  everywhere: { to: string; labels: string[] }[];
}

/** A step's name in the page's language: the desk table's, else the statechart's own name in words. */
export function stepWords(id: string, steps: Readonly<Record<string, string>> = deskWords().pages.flow.steps): string {
  return Object.hasOwn(steps, id) ? steps[id]! : stateWords(id);
}

/** The longest name a step has in any desk language: its box fits it whatever the page's language. */
const longestName = (id: string) => Math.max(stepWords(id, wordsOf('en').pages.flow.steps).length, stepWords(id, wordsOf('es').pages.flow.steps).length);

const FONT = 12;
/** A little more than the average width of a 12 px sans-serif character. */
const CHAR = 7;
const PADDING = 16;

const layouts = new WeakMap<FlowGraph, FlowLayout>();

/** The picture's geometry: the same for every period (only the counts change), so made once per graph. */
export function flowLayout(graph: FlowGraph): FlowLayout {
  const known = layouts.get(graph);
  if (known) return known;
  const kinds = new Map(graph.states.map((s) => [s.id, s.kind]));
  const questions = graph.states.filter((s) => s.kind === 'question').map((s) => s.id);

  // The router most edges lead back into, and the order in which it asks.
  const into = new Map<string, number>();
  for (const e of graph.edges) into.set(e.to, (into.get(e.to) ?? 0) + 1);
  const hub = graph.states.filter((s) => s.kind === 'transient').sort((a, b) => (into.get(b.id) ?? 0) - (into.get(a.id) ?? 0))[0]?.id ?? null;
  const order = hub ? graph.edges.filter((e) => e.from === hub).map((e) => e.to) : [];
  // Targets at least half the questions lead to (the router aside): said once, in the legend.
  const sources = new Map<string, Set<string>>();
  for (const e of graph.edges) if (kinds.get(e.from) === 'question' && e.from !== e.to) (sources.get(e.to) ?? sources.set(e.to, new Set()).get(e.to)!).add(e.from);
  const everywhereTargets = new Set([...sources].filter(([to, from]) => to !== hub && from.size * 2 >= questions.length).map(([to]) => to));
  const everywhere = [...everywhereTargets].map((to) => ({
    to,
    labels: [...new Set(graph.edges.filter((e) => e.to === to && kinds.get(e.from) === 'question').flatMap((e) => e.labels))],
  }));

  const place = new Map(order.map((to, i) => [to, i]));
  /** A state's place in that order: its own, or that of the question it came from through states the flow only passes. */
  const placeOf = (id: string, seen = new Set<string>()): number | undefined => {
    if (place.has(id)) return place.get(id);
    if (seen.has(id) || kinds.get(id) !== 'transient') return undefined;
    seen.add(id);
    for (const e of graph.edges) {
      if (e.to !== id || e.from === hub) continue;
      const p = placeOf(e.from, seen);
      if (p !== undefined) return p;
    }
    return undefined;
  };

  const drawn = new Map<string, { from: string; to: string }>();
  for (const e of graph.edges) {
    if (e.from === e.to || (everywhereTargets.has(e.to) && kinds.get(e.from) === 'question')) continue;
    let to = e.to;
    if (e.from === hub && place.get(to) !== 0) continue;
    if (to === hub) {
      const p = placeOf(e.from);
      if (p !== undefined) {
        if (p + 1 >= order.length) continue;
        to = order[p + 1]!;
      }
    }
    if (e.from !== to) drawn.set(`${e.from}\u0000${to}`, { from: e.from, to });
  }

  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 34, edgesep: 10, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const s of graph.states) {
    const transient = s.kind === 'transient';
    const chars = Math.max(longestName(s.id), transient ? 0 : 'llegaron 00000'.length);
    g.setNode(s.id, { width: chars * CHAR + PADDING, height: transient ? 26 : 44 });
  }
  for (const e of drawn.values()) g.setEdge(e.from, e.to);
  dagre.layout(g);

  const nodes = new Map<string, Box>();
  for (const id of g.nodes()) {
    const n = g.node(id);
    nodes.set(id, { x: n.x, y: n.y, width: n.width, height: n.height });
  }
  const label = g.graph();
  const result: FlowLayout = {
    width: Math.ceil(label.width ?? 0),
    height: Math.ceil(label.height ?? 0),
    nodes,
    edges: g.edges().map((e: { v: string; w: string }) => ({ from: e.v, to: e.w, points: g.edge(e).points ?? [] })),
    everywhere,
  };
  layouts.set(graph, result);
  return result;
}

const CLASS: Record<FlowStateKind, string> = { question: 'node', transient: 'node transient', waiting: 'node waiting', final: 'node end' };

/** The picture with this period's counts: "reached N" on each step where calls are recorded. */
export function flowPicture(graph: FlowGraph, counts: ReadonlyMap<string, StateCounts>): string {
  const l = flowLayout(graph);
  const handOff = new Set(graph.handOffStates);
  const f = (n: number) => n.toFixed(1);
  const w = deskWords().pages.flow;
  const edges = l.edges
    .map((e) => `<path class="edge" d="M${e.points.map((p) => `${f(p.x)},${f(p.y)}`).join('L')}" marker-end="url(#flow-arrow)"><title>${escapeHtml(`${stepWords(e.from)} → ${stepWords(e.to)}`)}</title></path>`)
    .join('');
  const nodes = graph.states
    .map((s) => {
      const b = l.nodes.get(s.id)!;
      const c = counts.get(s.id);
      const cls = handOff.has(s.id) ? 'node handoff' : CLASS[s.kind];
      const x = f(b.x - b.width / 2);
      const y = f(b.y - b.height / 2);
      const name = escapeHtml(stepWords(s.id));
      const text =
        s.kind === 'transient'
          ? `<text x="${f(b.x)}" y="${f(b.y + FONT / 3)}" text-anchor="middle">${name}</text>`
          : `<text x="${f(b.x)}" y="${f(b.y - 3)}" text-anchor="middle">${name}</text><text class="count" x="${f(b.x)}" y="${f(b.y + FONT + 1)}" text-anchor="middle">${escapeHtml(w.reached(c?.reached ?? 0))}</text>`;
      return `<g class="${cls}" data-state="${escapeHtml(s.id)}"><rect x="${x}" y="${y}" width="${f(b.width)}" height="${f(b.height)}" rx="6"></rect>${text}</g>`;
    })
    .join('');
  return `<svg class="flowmap" id="flow-picture" role="img" aria-labelledby="flow-picture-title" viewBox="0 0 ${l.width} ${l.height}" width="${l.width}" height="${l.height}" xmlns="http://www.w3.org/2000/svg">
<title id="flow-picture-title">${escapeHtml(w.pictureTitle)}</title>
<defs><marker id="flow-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#8a94a6"></path></marker></defs>
${edges}${nodes}</svg>`;
}
