// The world the flow's effects reach, faked: the flow's tests and bench/flow.ts drive whole calls
// through the pure flow with it, no database behind.

import type { EffectResultEvent } from '../../flows/effects.ts';
import type { Perform } from '../../flows/settle.ts';

/** The one reservation on file (confirmation 12345678). */
export const FOUND = {
  id: 1,
  confirmation: '12345678',
  arrival: '2026-12-04',
  nights: 2,
  rooms: 1,
  roomType: 'DLX',
  total: 480,
  status: 'booked' as const,
  holdUntil: '18:00',
};

/**
 * The flow's effects answered by a fake world: `free` rooms of every type, bookings always
 * succeed, one reservation on file (FOUND). `calls` records what was asked, in order; results
 * carry the time `at`.
 */
export function fakeWorld(free: number, at: string) {
  const calls: string[] = [];
  const perform: Perform = (action): EffectResultEvent | null => {
    const p = action.params as Record<string, unknown>;
    switch (action.type) {
      case 'checkAndHold': {
        calls.push(`check ${String(p.roomType)} x${String(p.rooms)}`);
        return (p.rooms as number) <= free
          ? { type: 'inventory.checked', held: true, holdExpiresAt: null, offer: null, at }
          : { type: 'inventory.checked', held: false, holdExpiresAt: null, offer: [{ kind: 'fewerRooms', rooms: free }], at };
      }
      case 'book':
        calls.push('book');
        return { type: 'inventory.booked', confirmation: '12345678', reservationId: 1, offer: null, at };
      case 'releaseHold':
        calls.push('release');
        return null;
      case 'requestCallback':
        calls.push('callback');
        return null;
      case 'findCallerReservations':
        return { type: 'reservations.listed', reservations: [], at };
      case 'findReservation':
        return { type: 'reservation.found', found: p.confirmation === '12345678' ? FOUND : null, at };
      case 'cancelReservation':
        calls.push('cancel');
        return { type: 'reservation.cancelled', cancelled: true, at };
      case 'findFreeTypes':
        calls.push('free types');
        return { type: 'inventory.free', free: ['OCEAN', 'DLX', 'DQ', 'STD'].map((code) => ({ code, free })), at };
      case 'textReservation':
        calls.push('text');
        return { type: 'reservation.texted', reservationId: 1, result: 'sent', last4: '4821', at };
      default:
        return null;
    }
  };
  return { perform, calls };
}
