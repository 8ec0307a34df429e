// Whole calls as a guest would make them, for tests that need a booking on the way to something else.

import type { CallSession, Turn } from '../../src/softphone/call-session.ts';

export interface KeypadBooking {
  date?: string;
  roomType?: string;
  rooms?: string;
  nights?: string;
  name?: string;
  payment?: string;
  /** 9 at the greeting first: the call in Spanish. */
  spanish?: boolean;
}

/** Greeting to the availability check by keys: the four elements of the stay. */
export async function askForStay(call: CallSession, b: KeypadBooking = {}): Promise<Turn> {
  await call.start();
  if (b.spanish) await call.press('9');
  await call.press('1');
  await call.press(b.date ?? '1204');
  await call.press(b.roomType ?? '2');
  await call.press(b.rooms ?? '1');
  return call.press(b.nights ?? '2#');
}

/** Greeting to read-back by keys (name by confident speech); stops at the read-back, unconfirmed. */
export async function keypadToReadBack(call: CallSession, b: KeypadBooking = {}): Promise<Turn> {
  const afterNights = await askForStay(call, b);
  if (afterNights.waitingFor !== 'input') return afterNights;
  await call.say(b.name ?? 'Ana Torres', 0.95);
  await call.press(b.payment ?? '1');
  return call.press('1');
}

export async function bookByKeys(call: CallSession, b: KeypadBooking = {}): Promise<Turn> {
  await keypadToReadBack(call, b);
  return call.press('1');
}

/** Greeting to an existing reservation by keys: 2, then its confirmation number (from its own phone, it opens at once). */
export async function openReservationByKeys(call: CallSession, confirmation: string, spanish = false): Promise<Turn> {
  await call.start();
  if (spanish) await call.press('9');
  await call.press('2');
  return call.press(`${confirmation}#`);
}

/**
 * Greeting to the offer of what is left: more Ocean Suites (key 1; the demo hotel has two) than
 * there are, arriving December 10 said by voice, in Spanish when asked.
 */
export async function moreSuitesThanLeft(call: CallSession, b: { rooms: number; nights: number; spanish?: boolean }): Promise<Turn> {
  await call.start();
  if (b.spanish) await call.press('9');
  await call.press('1');
  await call.say(b.spanish ? 'el 10 de diciembre' : 'december 10th', 0.95);
  await call.press('1');
  await call.press(String(b.rooms));
  return call.press(`${b.nights}#`);
}

/** What the caller heard in a turn, as one string ("Arriving Thursday, December 10. Our rooms: …"). */
export function heard(turn: { said: readonly { text: string }[] }): string {
  return turn.said.map((s) => s.text).join(' ');
}
