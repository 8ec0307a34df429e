import { transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import type { CallContext, CallEvent, Untimed } from '../../flows/call-context.ts';
import { UnperformedEffectError, initialTransition, settle, settleActions } from '../../flows/settle.ts';
import { callMachine } from '../../flows/call-machine.ts';
import { FOUND as found, fakeWorld } from './fake-world.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const at = '2026-11-28T15:00:00Z';

const input = { callSid: 'CA1', caller: '+12125550123', hotel, at };

async function start(free = 5) {
  const { perform, calls } = fakeWorld(free, at);
  const [first, actions] = initialTransition(callMachine, input);
  let snapshot = await settleActions(callMachine, first, actions, perform);
  const send = async (e: Untimed) => {
    snapshot = await settle(callMachine, snapshot, { ...e, at } as CallEvent, perform);
    return snapshot;
  };
  const keys = (digits: string) => send({ type: 'caller.digits', digits });
  return { send, keys, calls, snapshot: () => snapshot, perform };
}

describe('the call statechart', () => {
  it('asks the four elements in the seed order, checks availability once, then the guest details', async () => {
    const { keys, send, calls } = (await start());
    expect((await keys('1')).value).toBe('askingArrivalDate');
    expect((await keys('1204')).value).toBe('askingRoomType');
    expect((await keys('2')).value).toBe('askingRooms');
    expect((await keys('2')).value).toBe('askingNights');
    expect((await keys('3')).value).toBe('askingName');
    expect(calls).toEqual(['check DLX x2']);
    expect((await send({ type: 'caller.speech', text: 'John Smith', confidence: 0.9 })).value).toBe('askingPayment');
    expect((await keys('3')).value).toBe('askingCallback');
    const readBack = (await keys('1'));
    expect(readBack.value).toBe('readingBack');
    expect(readBack.context).toMatchObject({ payment: 'debit_card', callback: '+12125550123', guestName: 'John Smith' });
    const done = (await keys('1'));
    expect(done.value).toBe('confirmed');
    expect(done.context).toMatchObject({ outcome: 'booked', confirmation: '12345678' });
    expect(calls).toEqual(['check DLX x2', 'book']);
  });

  it('offers alternatives when rooms are short and re-checks the one taken', async () => {
    const { keys, calls } = (await start(1));
    await keys('1');
    (await keys('1204'));
    await keys('2');
    (await keys('3'));
    const offer = (await keys('2'));
    expect(offer.value).toBe('offeringAlternatives');
    expect(offer.context.offer).toEqual([{ kind: 'fewerRooms', rooms: 1 }]);
    expect((await keys('1')).value).toBe('askingName');
    expect(calls).toEqual(['check DLX x3', 'check DLX x1']);
  });

  it('changing a stay detail drops the hold and re-checks; changing the payment does not', async () => {
    const { keys, send, calls } = (await start());
    for (const k of ['1', '1204', '2', '1', '2']) (await keys(k));
    await send({ type: 'caller.speech', text: 'Ana Diaz', confidence: 0.9 });
    (await keys('1'));
    await keys('1');
    (await keys('2'));
    expect((await keys('6')).value).toBe('askingPayment');
    expect((await keys('2')).value).toBe('readingBack');
    expect(calls).toHaveLength(1);
    await keys('2');
    (await keys('3'));
    expect((await keys('2')).value).toBe('readingBack');
    expect(calls).toEqual(['check DLX x1', 'check DLX x2']);
  });

  it('counts misses in a row and transfers on the third', async () => {
    const { keys, send } = (await start());
    await keys('1');
    expect((await send({ type: 'caller.silence' })).context.misses).toBe(1);
    expect((await keys('9999')).context.misses).toBe(2);
    const third = (await send({ type: 'caller.speech', text: 'banana', confidence: 0.9 }));
    expect(third.value).toBe('transferring');
    // Transferred is an outcome only once the desk takes the call.
    expect(third.context).toMatchObject({ transferReason: 'misses', outcome: null });
  });

  it('releases the hold and settles the outcome when the caller hangs up', async () => {
    const { keys, send, calls } = (await start());
    for (const k of ['1', '1204', '2', '1', '2']) (await keys(k));
    const ended = (await send({ type: 'call.ended', status: 'completed' }));
    expect(ended.value).toBe('ended');
    expect(ended.status).toBe('done');
    expect(ended.context.outcome).toBe('abandoned');
    expect(calls.at(-1)).toBe('release');
  });

  it('a hang-up after hearing the whole offer is a regret; after no availability, a denial', async () => {
    const regret = (await start());
    for (const k of ['1', '1204', '2', '1', '2']) (await regret.keys(k));
    await regret.send({ type: 'caller.speech', text: 'Ana Diaz', confidence: 0.9 });
    (await regret.keys('1'));
    await regret.keys('1');
    expect((await regret.send({ type: 'call.ended', status: 'completed' })).context.outcome).toBe('regret');

    const denial = (await start(0));
    for (const k of ['1', '1204', '2', '1', '2']) (await denial.keys(k));
    expect((await denial.send({ type: 'call.ended', status: 'completed' })).context.outcome).toBe('denial');
  });

  it('survives a persisted snapshot round trip mid-call (as between two webhooks)', async () => {
    const { keys, snapshot, perform } = await start();
    await keys('1');
    await keys('1204');
    const persisted = JSON.parse(JSON.stringify(callMachine.getPersistedSnapshot(snapshot()))) as { value: string; context: CallContext };
    const restored = callMachine.resolveState({ value: persisted.value, context: persisted.context });
    const next = await settle(callMachine, restored, { type: 'caller.digits', digits: '3', at }, perform);
    expect(next.value).toBe('askingRooms');
    expect(next.context.arrival).toBe('2026-12-04');
  });

  it('asks the world only through effects: a check waits for its result, and nothing is saved while it waits', async () => {
    const { snapshot } = await start();
    const [waiting, actions] = transition(
      callMachine,
      callMachine.resolveState({ value: 'askingNights', context: { ...snapshot().context, arrival: '2026-12-04', roomType: 'DLX', rooms: 2 } }),
      { type: 'caller.digits', digits: '3', at },
    );
    expect(waiting.value).toBe('checkingAvailability');
    expect(actions.map((a) => [a.type, a.params])).toEqual([['checkAndHold', { roomType: 'DLX', arrival: '2026-12-04', nights: 3, rooms: 2 }]]);
    // Nobody answering it, the flow stays there; the service never saves such a snapshot.
    await expect(settleActions(callMachine, waiting, actions, () => null)).rejects.toThrow(UnperformedEffectError);
  });

  it("runs the statechart as XState's own transition() does, without its throwaway actor per event", async () => {
    const { keys, snapshot } = await start();
    await keys('1');
    const before = snapshot();
    const event = { type: 'caller.digits', digits: '1204', at } as const;
    const [xstateNext, xstateActions] = transition(callMachine, before, event);
    const seen: string[] = [];
    const ours = await settle(callMachine, before, event, (action) => {
      seen.push(action.type);
      return null;
    });
    expect(ours.value).toEqual(xstateNext.value);
    expect(ours.context).toEqual(xstateNext.context);
    expect(seen).toEqual(xstateActions.map((a) => a.type));
  });

  it('reaches every state of the chart from the greeting (no dead states)', async () => {
    const samples: CallEvent[] = [
      ...['0', '1', '2', '3', '4', '6', '9', '*', '1204', '2#', '12345678#'].map((digits) => ({ type: 'caller.digits' as const, digits, at })),
      { type: 'caller.speech', text: 'Ana Diaz', confidence: 0.9, at },
      { type: 'caller.speech', text: 'Ana Diaz', confidence: 0.2, at },
      { type: 'caller.speech', text: 'no thanks', confidence: 0.9, at },
      { type: 'caller.speech', text: 'text me the confirmation', confidence: 0.9, at },
      { type: 'caller.speech', text: 'any room is fine', confidence: 0.9, at },
      { type: 'caller.silence', at },
      { type: 'caller.recording', url: 'https://example.com/r', at },
      { type: 'desk.screened', accepted: true, at },
      { type: 'desk.result', status: 'completed', durationSeconds: 60, at },
      { type: 'desk.result', status: 'busy', durationSeconds: null, at },
      { type: 'call.ended', status: 'completed', at },
      // The effects' results, each way they can come out.
      { type: 'inventory.checked', held: true, holdExpiresAt: null, offer: null, at },
      { type: 'inventory.checked', held: false, holdExpiresAt: null, offer: [{ kind: 'fewerRooms', rooms: 1 }], at },
      { type: 'inventory.booked', confirmation: '12345678', reservationId: 1, offer: null, at },
      { type: 'inventory.booked', confirmation: null, reservationId: null, offer: [], at },
      { type: 'reservations.listed', reservations: [found], at },
      { type: 'reservation.found', found, at },
      { type: 'reservation.found', found: null, at },
      { type: 'reservation.cancelled', cancelled: true, at },
      { type: 'reservation.texted', reservationId: 1, result: 'sent', last4: '4821', at },
      { type: 'inventory.free', free: [{ code: 'STD', free: 2 }], at },
      { type: 'stay.checked', result: { ok: true, holdUntil: '18:00', holdDate: '2026-12-04', total: 480, texted: 'sent' }, at },
      { type: 'stay.checked', result: { ok: false, why: 'full', free: [] }, at },
      { type: 'stay.checked', result: { ok: false, why: 'notChangeable' }, at },
    ];
    const paths = getShortestPaths(callMachine, {
      input,
      events: samples,
      // States are what we want to cover, with the counters that guards depend on.
      serializeState: (s) => JSON.stringify([s.value, s.context.nameTries, s.context.misses]),
      limit: 20_000,
    });
    const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const state of Object.keys(callMachine.config.states!)) {
      const node = callMachine.config.states![state]!;
      // States passed through within one step (routers) are never where a path rests.
      if (node.always) continue;
      expect(reached, state).toContain(JSON.stringify(state));
    }
  });
});
