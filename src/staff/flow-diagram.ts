// The call flow drawn from the statechart itself (callMachine.root: its states, `on` and `always`
// transitions), never by hand, so the picture cannot drift from the code. xstate/graph's
// toDirectedGraph leaves out `always` edges, which carry most of this flow (STYLE.md), hence this walk.

import type { AnyStateMachine, AnyStateNode } from 'xstate';

export type FlowStateKind = 'question' | 'transient' | 'waiting' | 'final';

export interface FlowState {
  id: string;
  kind: FlowStateKind;
  tags: string[];
  /** The prompt the state asks (its meta.question), when it asks one. */
  question: string | null;
}

export interface FlowEdge {
  from: string;
  to: string;
  labels: string[];
}

export interface FlowGraph {
  initial: string;
  states: FlowState[];
  edges: FlowEdge[];
  /** Transitions on the machine itself, taken from whatever state the call is in. */
  anyState: { event: string; to: string }[];
  /** States with the 'dial' tag: where a call is handed to the front desk. */
  handOffStates: string[];
  finalStates: string[];
}

type AnyNode = AnyStateNode;
interface TransitionLike {
  eventType: string;
  target?: readonly AnyNode[] | undefined;
  guard?: unknown;
}

/** "thirdMiss" → "third miss". */
const words = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** Words for a guard: `heardKind(agent)` → "agent", `heardRoute(spanish)` → "spanish", and(a, b) → "a & b". */
export function describeGuard(guard: unknown): string {
  if (guard === undefined || guard === null) return '';
  if (typeof guard === 'string') return words(guard);
  if (typeof guard === 'function') {
    const inner = (guard as { guards?: unknown[] }).guards;
    if (Array.isArray(inner)) {
      const parts = inner.map(describeGuard);
      if (guard.name === 'not') return `not ${parts.join('')}`;
      return parts.join(guard.name === 'or' ? ' | ' : ' & ');
    }
    return guard.name ? words(guard.name) : 'guard';
  }
  if (typeof guard === 'object') {
    const { type, params } = guard as { type?: unknown; params?: Record<string, unknown> };
    const values = params ? Object.values(params).map((v) => words(String(v))) : [];
    if (type === 'heardKind' || type === 'heardRoute') return values.join(', ');
    if (type === 'pendingFor') return `confirming ${values.join(', ')}`;
    return values.length ? `${words(String(type))} ${values.join(', ')}` : words(String(type));
  }
  return 'guard';
}

export function buildFlowGraph(machine: AnyStateMachine): FlowGraph {
  const root = machine.root as AnyNode;
  const states: FlowState[] = [];
  const edges = new Map<string, FlowEdge>();
  const addEdge = (from: string, to: string, label: string) => {
    const key = `${from}\u0000${to}`;
    const edge = edges.get(key) ?? { from, to, labels: [] };
    if (label && !edge.labels.includes(label)) edge.labels.push(label);
    edges.set(key, edge);
  };

  for (const node of Object.values(root.states) as AnyNode[]) {
    const tags = [...node.tags];
    const meta = (node.meta ?? {}) as { question?: string };
    const ons = [...node.transitions.values()].flat() as TransitionLike[];
    const always = (node.always ?? []) as TransitionLike[];
    const kind: FlowStateKind =
      node.type === 'final'
        ? 'final'
        : tags.includes('question')
          ? 'question'
          : // An effect state waits only for the world's answer, within the same step.
            tags.includes('effect') || (always.length > 0 && ons.length === 0)
            ? 'transient'
            : 'waiting';
    states.push({ id: node.key, kind, tags, question: meta.question ?? null });

    for (const t of ons) {
      for (const target of t.target ?? []) {
        const guard = describeGuard(t.guard);
        addEdge(node.key, target.key, guard ? `${t.eventType} (${guard})` : t.eventType);
      }
    }
    always.forEach((t, i) => {
      for (const target of t.target ?? []) {
        // The last unguarded `always` of a list is its "otherwise".
        addEdge(node.key, target.key, describeGuard(t.guard) || (i > 0 ? 'otherwise' : ''));
      }
    });
  }

  const anyState: { event: string; to: string }[] = [];
  for (const t of [...root.transitions.values()].flat() as TransitionLike[]) {
    for (const target of t.target ?? []) anyState.push({ event: t.eventType, to: target.key });
  }
  const initial = (root.initial?.target as readonly AnyNode[] | undefined)?.[0]?.key ?? states[0]?.id ?? '';
  return {
    initial,
    states,
    edges: [...edges.values()],
    anyState,
    handOffStates: states.filter((s) => s.tags.includes('dial')).map((s) => s.id),
    finalStates: states.filter((s) => s.kind === 'final').map((s) => s.id),
  };
}

export interface StateCounts {
  reached: number;
  endedHere: number;
  hungUpHere: number;
  transferredHere: number;
}

/** Mermaid's stateDiagram text; labels lose the few characters Mermaid's parser gives meaning to. */
export function toMermaid(graph: FlowGraph, counts?: ReadonlyMap<string, StateCounts>): string {
  const clean = (text: string) => text.replace(/[:;#{}<>"`]/g, ' ').replace(/\s+/g, ' ').trim();
  const lines = ['stateDiagram-v2', '  direction TB', `  [*] --> ${graph.initial}`];
  for (const state of graph.states) {
    const c = counts?.get(state.id);
    if (c) {
      const parts = [`reached ${c.reached}`];
      if (c.endedHere) parts.push(`ended ${c.endedHere}`);
      if (c.hungUpHere) parts.push(`hung up ${c.hungUpHere}`);
      if (c.transferredHere) parts.push(`transferred ${c.transferredHere}`);
      lines.push(`  ${state.id} : ${clean(parts.join(' · '))}`);
    }
  }
  for (const edge of graph.edges) {
    const label = clean(edge.labels.join(' / '));
    lines.push(`  ${edge.from} --> ${edge.to}${label ? ` : ${label}` : ''}`);
  }
  for (const state of graph.finalStates) lines.push(`  ${state} --> [*]`);
  for (const t of graph.anyState) lines.push(`  note right of ${t.to} : ${clean(`${t.event} from any state`)}`);
  const transient = graph.states.filter((s) => s.kind === 'transient').map((s) => s.id);
  const questions = graph.states.filter((s) => s.kind === 'question').map((s) => s.id);
  lines.push('  classDef transient fill:#f4f4f4,stroke:#999,stroke-dasharray:4 3');
  lines.push('  classDef question fill:#eef5ff,stroke:#3366aa');
  lines.push('  classDef handoff fill:#fff4e0,stroke:#b36b00');
  if (transient.length) lines.push(`  class ${transient.join(',')} transient`);
  if (questions.length) lines.push(`  class ${questions.join(',')} question`);
  if (graph.handOffStates.length) lines.push(`  class ${graph.handOffStates.join(',')} handoff`);
  return lines.join('\n') + '\n';
}
