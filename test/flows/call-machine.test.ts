import { assign, createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import type { CallContext, CallEvent, Untimed } from '../../flows/call-context.ts';
import { callMachine } from '../../flows/call-machine.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const at = '2026-11-28T15:00:00Z';

/** The flow with a fake inventory: `free` rooms of every type, bookings always succeed. */
function flowWith(free: number) {
  const calls: string[] = [];
  const machine = callMachine.provide({
    actions: {
      checkAndHold: assign(({ context }: { context: CallContext }) => {
        calls.push(`check ${context.roomType} x${context.rooms}`);
        return (context.rooms ?? 0) <= free
          ? { held: true, offer: null }
          : { held: false, offer: [{ kind: 'fewerRooms' as const, rooms: free }] };
      }),
      book: assign(() => {
        calls.push('book');
        return { confirmation: '12345678', reservationId: 1 };
      }),
      releaseHold: assign(() => {
        calls.push('release');
        return { held: false };
      }),
      requestCallback: assign(() => {
        calls.push('callback');
        return { callbackRequested: true };
      }),
      findCallerReservations: assign(() => ({ callerReservations: [] })),
      findReservation: assign(({ context }: { context: CallContext }) => ({
        found:
          context.lookupAsked === '12345678'
            ? { id: 1, confirmation: '12345678', arrival: '2026-12-04', nights: 2, rooms: 1, roomType: 'DLX', total: 480, status: 'booked' as const, holdUntil: '18:00' }
            : null,
      })),
      cancelReservation: assign(({ context }: { context: CallContext }) => {
        calls.push('cancel');
        return { found: context.found ? { ...context.found, status: 'cancelled' as const } : null };
      }),
    },
  });
  return { machine, calls };
}

function start(free = 5) {
  const { machine, calls } = flowWith(free);
  const actor = createActor(machine, { input: { callSid: 'CA1', caller: '+12125550123', hotel, at } }).start();
  const send = (e: Untimed) => {
    actor.send({ ...e, at } as CallEvent);
    return actor.getSnapshot();
  };
  const keys = (digits: string) => send({ type: 'caller.digits', digits });
  return { actor, send, keys, calls };
}

describe('the call statechart', () => {
  it('asks the four elements in the seed order, checks availability once, then the guest details', () => {
    const { keys, send, calls } = start();
    expect(keys('1').value).toBe('askingArrivalDate');
    expect(keys('1204').value).toBe('askingRoomType');
    expect(keys('2').value).toBe('askingRooms');
    expect(keys('2').value).toBe('askingNights');
    expect(keys('3').value).toBe('askingName');
    expect(calls).toEqual(['check DLX x2']);
    expect(send({ type: 'caller.speech', text: 'John Smith', confidence: 0.9 }).value).toBe('askingPayment');
    expect(keys('3').value).toBe('askingCallback');
    const readBack = keys('1');
    expect(readBack.value).toBe('readingBack');
    expect(readBack.context).toMatchObject({ payment: 'debit_card', callback: '+12125550123', guestName: 'John Smith' });
    const done = keys('1');
    expect(done.value).toBe('confirmed');
    expect(done.context).toMatchObject({ outcome: 'booked', confirmation: '12345678' });
    expect(calls).toEqual(['check DLX x2', 'book']);
  });

  it('offers alternatives when rooms are short and re-checks the one taken', () => {
    const { keys, calls } = start(1);
    keys('1');
    keys('1204');
    keys('2');
    keys('3');
    const offer = keys('2');
    expect(offer.value).toBe('offeringAlternatives');
    expect(offer.context.offer).toEqual([{ kind: 'fewerRooms', rooms: 1 }]);
    expect(keys('1').value).toBe('askingName');
    expect(calls).toEqual(['check DLX x3', 'check DLX x1']);
  });

  it('changing a stay detail drops the hold and re-checks; changing the payment does not', () => {
    const { keys, send, calls } = start();
    for (const k of ['1', '1204', '2', '1', '2']) keys(k);
    send({ type: 'caller.speech', text: 'Ana Diaz', confidence: 0.9 });
    keys('1');
    keys('1');
    keys('2');
    expect(keys('6').value).toBe('askingPayment');
    expect(keys('2').value).toBe('readingBack');
    expect(calls).toHaveLength(1);
    keys('2');
    keys('3');
    expect(keys('2').value).toBe('readingBack');
    expect(calls).toEqual(['check DLX x1', 'check DLX x2']);
  });

  it('counts misses in a row and transfers on the third', () => {
    const { keys, send } = start();
    keys('1');
    expect(send({ type: 'caller.silence' }).context.misses).toBe(1);
    expect(keys('9999').context.misses).toBe(2);
    const third = send({ type: 'caller.speech', text: 'banana', confidence: 0.9 });
    expect(third.value).toBe('transferring');
    // Transferred is an outcome only once the desk takes the call.
    expect(third.context).toMatchObject({ transferReason: 'misses', outcome: null });
  });

  it('releases the hold and settles the outcome when the caller hangs up', () => {
    const { keys, send, calls } = start();
    for (const k of ['1', '1204', '2', '1', '2']) keys(k);
    const ended = send({ type: 'call.ended', status: 'completed' });
    expect(ended.value).toBe('ended');
    expect(ended.status).toBe('done');
    expect(ended.context.outcome).toBe('abandoned');
    expect(calls.at(-1)).toBe('release');
  });

  it('a hang-up after hearing the whole offer is a regret; after no availability, a denial', () => {
    const regret = start();
    for (const k of ['1', '1204', '2', '1', '2']) regret.keys(k);
    regret.send({ type: 'caller.speech', text: 'Ana Diaz', confidence: 0.9 });
    regret.keys('1');
    regret.keys('1');
    expect(regret.send({ type: 'call.ended', status: 'completed' }).context.outcome).toBe('regret');

    const denial = start(0);
    for (const k of ['1', '1204', '2', '1', '2']) denial.keys(k);
    expect(denial.send({ type: 'call.ended', status: 'completed' }).context.outcome).toBe('denial');
  });

  it('survives a persisted snapshot round trip mid-call (as between two webhooks)', () => {
    const { actor, keys } = start();
    keys('1');
    keys('1204');
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const { machine } = flowWith(5);
    const restored = createActor(machine, { snapshot: persisted, input: { callSid: 'CA1', caller: '', hotel, at } }).start();
    restored.send({ type: 'caller.digits', digits: '3', at });
    expect(restored.getSnapshot().value).toBe('askingRooms');
    expect(restored.getSnapshot().context.arrival).toBe('2026-12-04');
  });

  it('reaches every state of the chart from the greeting (no dead states)', () => {
    const samples: CallEvent[] = [
      ...['0', '1', '2', '3', '4', '6', '9', '*', '1204', '2#', '12345678#'].map((digits) => ({ type: 'caller.digits' as const, digits, at })),
      { type: 'caller.speech', text: 'Ana Diaz', confidence: 0.9, at },
      { type: 'caller.speech', text: 'Ana Diaz', confidence: 0.2, at },
      { type: 'caller.silence', at },
      { type: 'caller.recording', url: 'https://example.com/r', at },
      { type: 'desk.screened', accepted: true, at },
      { type: 'desk.result', status: 'completed', durationSeconds: 60, at },
      { type: 'desk.result', status: 'busy', durationSeconds: null, at },
      { type: 'call.ended', status: 'completed', at },
    ];
    // Once with rooms to spare and once with none, so both sides of the availability check are walked.
    const reached = new Set<string>();
    for (const free of [5, 0]) {
      const paths = getShortestPaths(flowWith(free).machine, {
        input: { callSid: 'CA1', caller: '+12125550123', hotel, at },
        events: samples,
        // States are what we want to cover, with the counters that guards depend on.
        serializeState: (s) => JSON.stringify([s.value, s.context.nameTries, s.context.misses]),
        limit: 20_000,
      });
      for (const p of paths) reached.add(JSON.stringify(p.state.value));
    }
    const stable = Object.keys(callMachine.config.states!).filter(
      (s) => !['afterAnswer', 'checkingAvailability', 'afterCheck', 'booking', 'afterBooking', 'toDesk', 'requestingCallback', 'findingCallerReservations', 'lookingUp', 'afterLookup', 'cancellingReservation'].includes(s),
    );
    for (const state of stable) expect(reached, state).toContain(JSON.stringify(state));
  });
});
