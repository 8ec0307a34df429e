// One event into the flow, and the effects it asks for answered, until the flow waits for the
// caller again: the loop every turn runs (src/calls/call-service.ts), and the flow's own tests
// run with a fake world. XState's pure transition: no actor is started per turn.

import { createActor } from 'xstate';
import type { ActorScope, SnapshotFrom } from 'xstate';
import type { CallEvent, CallInput } from './call-context.ts';
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

/**
 * XState's pure transition — `machine.transition(snapshot, event, scope)`, the very function
 * xstate's `transition()` helper calls — with the inert actor scope built once per machine. The
 * helper builds a throwaway actor for its scope on every call, which was measured at about 40% of
 * a whole transition here. This machine spawns, invokes, defers and emits nothing, so the scope's
 * hooks stay unused; `actionExecutor` collects the actions a transition asks for (the effects).
 */
class PureTransitions {
  readonly #scope: ActorScope<FlowSnapshot, CallEvent>;
  #actions: FlowAction[] = [];

  constructor(private readonly machine: CallMachine) {
    // An actor never started: only its identity and system are lent to the scope.
    const self = createActor(machine, { input: INERT_INPUT });
    this.#scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      logger: () => {},
      defer: () => {},
      emit: () => {},
      stopChild: () => {},
      actionExecutor: (action) => void this.#actions.push(action),
    };
  }

  transition(snapshot: FlowSnapshot, event: CallEvent): [FlowSnapshot, FlowAction[]] {
    this.#actions = [];
    const next = this.machine.transition(snapshot, event, this.#scope);
    return [next, this.#actions];
  }

  initial(input: CallInput): [FlowSnapshot, FlowAction[]] {
    this.#actions = [];
    const first = this.machine.getInitialSnapshot(this.#scope, input);
    return [first, this.#actions];
  }
}

const INERT_INPUT: CallInput = {
  callSid: '',
  caller: '',
  at: '2000-01-01T00:00:00.000Z',
  hotel: {
    name: '',
    timezone: 'UTC',
    currency: 'USD',
    country: 'US',
    frontDesk: '',
    holdUntil: '18:00',
    maxRoomsPerBooking: 1,
    maxNights: 1,
    bookingHorizonDays: 1,
    roomTypes: [],
  },
};

const pure = new WeakMap<CallMachine, PureTransitions>();
function pureFor(machine: CallMachine): PureTransitions {
  let p = pure.get(machine);
  if (!p) pure.set(machine, (p = new PureTransitions(machine)));
  return p;
}

/** A new call's first snapshot, and the actions entering it asks for. */
export function initialTransition(machine: CallMachine, input: CallInput): [FlowSnapshot, FlowAction[]] {
  return pureFor(machine).initial(input);
}

/** Sends `event` to `snapshot`, then answers each effect asked for, until none is pending. */
export async function settle(machine: CallMachine, snapshot: FlowSnapshot, event: CallEvent, perform: Perform): Promise<FlowSnapshot> {
  const [next, actions] = pureFor(machine).transition(snapshot, event);
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
    [current, pending] = pureFor(machine).transition(current, result);
  }
  if (current.hasTag('effect')) {
    throw new UnperformedEffectError(`the flow waits in ${JSON.stringify(current.value)} for an effect that was not performed`);
  }
  return current;
}
