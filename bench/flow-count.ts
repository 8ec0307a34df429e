// `npx tsx bench/flow-count.ts`: what XState does for each event of bench/flow.ts's calls (issue 14):
// how many guards it evaluates (each question's eventless transitions are tried in order until one
// is enabled) and how many `assign` actions it runs (each copies the whole context onto a new
// object), by name. Counted through the machine's own implementations (`provide`), so the chart
// counted is the one the server runs; nothing is timed.

import { assign } from 'xstate';
import { callMachine } from '../flows/call-machine.ts';
import { round } from './lib/flow-calls.ts';

type Implementation = (...args: unknown[]) => unknown;
type AssignAction = Implementation & { type?: string; assignment?: Implementation | Record<string, unknown> };

const guardsRun = new Map<string, number>();
// Of them, those tried with nothing heard (a question just entered: none of its own can be enabled then).
let guardsOnNothingHeard = 0;
const assignsRun = new Map<string, number>();
const counted = (counts: Map<string, number>, name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);

const implementations = callMachine.implementations as unknown as { guards: Record<string, Implementation>; actions: Record<string, AssignAction> };
const guards = Object.fromEntries(
  Object.entries(implementations.guards).map(([name, check]) => [
    name,
    (...args: unknown[]) => {
      counted(guardsRun, name);
      if ((args[0] as { context: { heard: unknown } }).context.heard === null) guardsOnNothingHeard++;
      return check(...args);
    },
  ]),
);
const actions = Object.fromEntries(
  Object.entries(implementations.actions)
    .filter(([, action]) => action.type === 'xstate.assign')
    .map(([name, action]) => {
      const assignment = action.assignment!;
      // An assignment given as an object is a value or a function per key: resolved as XState resolves it.
      const partial = (args: unknown, params: unknown) =>
        typeof assignment === 'function'
          ? assignment(args, params)
          : Object.fromEntries(Object.entries(assignment).map(([key, value]) => [key, typeof value === 'function' ? (value as Implementation)(args, params) : value]));
      return [name, assign((args: unknown, params: unknown) => (counted(assignsRun, name), partial(args, params)) as never)];
    }),
);
const counting = callMachine.provide({ guards, actions } as never);

const ROUNDS = 3;
let turns = 0;
for (let i = 0; i < ROUNDS; i++) turns += await round(counting);

const report = (what: string, counts: Map<string, number>) => {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`${what}: ${(total / turns).toFixed(2)} a turn`);
  for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1]).filter(([, n]) => n / turns >= 0.05)) {
    console.log(`  ${(n / turns).toFixed(2).padStart(6)}  ${name}`);
  }
};
console.log(`${turns / ROUNDS} turns a round (webhooks: a call's start and each event), ${ROUNDS} rounds`);
report('guards evaluated', guardsRun);
console.log(`  (${(guardsOnNothingHeard / turns).toFixed(2)} a turn of them with nothing heard)`);
report('assign actions (each a copy of the context)', assignsRun);
