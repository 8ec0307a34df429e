// One event into the flow, and the effects it asks for answered, until the flow waits for the
// caller again: the loop every turn runs (src/calls/call-service.ts), and the flow's own tests
// run with a fake world. XState's pure transition(): no actor is started per turn.

import { transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import type { CallEvent } from './call-context.ts';
import type { CallMachine } from './call-machine.ts';
import type { EffectResultEvent } from './effects.ts';

export type FlowSnapshot = SnapshotFrom<CallMachine>;

/** An action as transition() returns it: an effect carries its name and params. */
export interface FlowAction {
  type: string;
  params?: unknown;
}

/** Performs one action (an effect, or anything else, which it ignores): the result event, or null. */
export type Perform = (action: FlowAction) => Promise<EffectResultEvent | null> | EffectResultEvent | null;

/** Effects one event may lead to, one after the other (a check, then a booking, …): far more than any path takes. */
const MAX_EFFECT_ROUNDS = 8;

export class UnperformedEffectError extends Error {}

/** Sends `event` to `snapshot`, then answers each effect asked for, until none is pending. */
export async function settle(machine: CallMachine, snapshot: FlowSnapshot, event: CallEvent, perform: Perform): Promise<FlowSnapshot> {
  const [next, actions] = transition(machine, snapshot, event);
  return settleActions(machine, next, actions, perform);
}

/** Answers the effects `actions` ask for (from a transition, or from initialTransition). */
export async function settleActions(
  machine: CallMachine,
  snapshot: FlowSnapshot,
  actions: readonly FlowAction[],
  perform: Perform,
): Promise<FlowSnapshot> {
  let current = snapshot;
  let pending = actions;
  for (let round = 0; ; round++) {
    let result: EffectResultEvent | null = null;
    for (const action of pending) {
      const answer = await perform(action);
      if (answer) result = answer;
    }
    if (!result) break;
    if (round >= MAX_EFFECT_ROUNDS) throw new Error(`more than ${MAX_EFFECT_ROUNDS} effects for one event`);
    [current, pending] = transition(machine, current, result);
  }
  if (current.hasTag('effect')) {
    throw new UnperformedEffectError(`the flow waits in ${JSON.stringify(current.value)} for an effect that was not performed`);
  }
  return current;
}
