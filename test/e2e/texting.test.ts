import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';
import { activeHolds, reservations } from '../helpers/timeline.ts';

async function conversations(t: TestApp) {
  return (await t.db.all<{ call_sid: string; channel: string; state: string; outcome: string | null; ended_at: string | null; locale: string }>("SELECT call_sid, channel, state, outcome, ended_at, locale FROM calls WHERE channel = 'sms' ORDER BY started_at"));
}

describe('the same reservation process by text', () => {
  let t: TestApp;
  beforeEach(async () => {
    const numbers = ['61803398', '61803399', '61803400'];
    t = await startTestApp({ newConfirmation: () => numbers.shift()! });
  });
  afterEach(async () => t.close());

  it('books a room in English, one question per message, with the same checks as a call', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550142');
    let reply = await guest.send('Hi');
    expect(reply.text).toContain('Hello, this is Hotel Miramar.');
    expect(reply.text).toContain('Reply BOOK');
    expect(reply.text).not.toMatch(/\bpress\b/i);

    reply = await guest.send('book');
    expect(reply.text).toContain('What date will you arrive?');
    reply = await guest.send('yesterday');
    expect(reply.text).toContain('has already passed');
    reply = await guest.send('december 4th');
    expect(reply.text).toContain('Arriving Friday, December 4.');
    reply = await guest.send('deluxe');
    reply = await guest.send('2');
    reply = await guest.send('3 nights');
    expect(reply.text).toContain('held for you while we finish');
    expect(await activeHolds(t.db)).toHaveLength(1);
    reply = await guest.send('Grace Hopper');
    reply = await guest.send('cash');
    reply = await guest.send('yes');
    expect(reply.text).toContain('We hold them until 6 PM that day');
    expect(reply.text).toContain('1,440 dollars, paid in cash');
    reply = await guest.send('yes');
    // Written once, as digits.
    expect(reply.text).toContain('Confirmation number: 61803398.');
    expect(reply.text.split('61803398')).toHaveLength(2);
    expect((await reservations(t.db))[0]).toMatchObject({ guest_name: 'Grace Hopper', rooms: 2, nights: 3, callback_number: '+12125550142' });
    expect((await conversations(t))[0]).toMatchObject({ channel: 'sms', state: 'ended', outcome: 'booked' });
    expect((await conversations(t))[0]?.ended_at).not.toBeNull();

    // The conversation is over; STATUS now says there is a reservation and when it arrives (the
    // sender's number is all that vouches for the sender: no confirmation number, no details).
    reply = await guest.send('STATUS');
    expect(reply.text).toBe('You have a reservation arriving Friday, December 4. Booked. To go over it or cancel it, reply MY RESERVATION.');
  });

  it('books in Spanish when the guest writes in Spanish', async () => {
    const guest = textingGuest(t.baseUrl, '+13055550177');
    let reply = await guest.send('Hola, quiero reservar una habitación');
    expect(reply.text).toContain('¿Qué día llega?');
    reply = await guest.send('el cuatro de diciembre');
    expect(reply.text).toContain('vie. 4 de dic.');
    await guest.send('estándar');
    await guest.send('una');
    await guest.send('dos noches');
    await guest.send('Lucía Fernández');
    await guest.send('efectivo');
    reply = await guest.send('sí');
    expect(reply.text).toContain('una habitación estándar');
    expect(reply.text).toContain('Apartada hasta las 6 p.m. del 4.');
    reply = await guest.send('sí');
    expect(reply.text).toContain('Número de confirmación: 61803398.');
    expect((await reservations(t.db))[0]).toMatchObject({ locale: 'es-MX', guest_name: 'Lucía Fernández' });
  });

  it('answers a repeated delivery of the same message once', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550143');
    await guest.send('1');
    const first = await guest.send('1204', 'SM' + 'a'.repeat(32));
    const again = await guest.send('1204', 'SM' + 'a'.repeat(32));
    expect(again.body).toBe(first.body);
    expect((await conversations(t))[0]?.state).toBe('askingRoomType');
  });

  it('STATUS says what is in progress, CANCEL stops it and frees the hold', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550144');
    await guest.send('book a room');
    await guest.send('1204');
    await guest.send('1');
    await guest.send('2');
    await guest.send('2');
    expect(await activeHolds(t.db)).toHaveLength(1);
    let reply = await guest.send('status');
    expect(reply.text).toContain('Your request so far: 2 Ocean Suites, 2 nights from Friday, December 4, held for you until');
    expect(reply.text).toContain('What is your full name?');
    reply = await guest.send('CANCEL');
    expect(reply.text).toContain('Your request is cancelled');
    expect(await activeHolds(t.db)).toEqual([]);
    expect((await conversations(t))[0]).toMatchObject({ outcome: 'abandoned' });
    expect((await conversations(t))[0]?.ended_at).not.toBeNull();
  });

  it('CANCEL with nothing in progress finds the reservation to cancel by its last name, and STATUS reports it', async () => {
    await bookByKeys(t.call({ from: '+12125550145' }), { roomType: '3', rooms: '1', name: 'Ana Torres' });
    const guest = textingGuest(t.baseUrl, '+12125550145');
    let reply = await guest.send('STATUS');
    expect(reply.text).toBe('You have a reservation arriving Friday, December 4. Booked. To go over it or cancel it, reply MY RESERVATION.');
    reply = await guest.send('CANCEL');
    expect(reply.text).toBe('Please send your confirmation number. Or, for the one from this number arriving Friday, December 4, reply with the last name on it.');
    reply = await guest.send('1');
    expect(reply.text).not.toContain('61803398');
    reply = await guest.send('Torres');
    expect(reply.text).toContain('Reservation 61803398:');
    await guest.send('1');
    reply = await guest.send('1');
    expect(reply.text).toContain('is cancelled');
    expect((await reservations(t.db))[0]?.status).toBe('cancelled');
  });

  it('AGENT at any point becomes a callback request for the front desk', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550146');
    await guest.send('1');
    const reply = await guest.send('AGENT');
    expect(reply.text).toContain('The front desk will call you within the hour.');
    const request = (await t.db.get<{ caller_number: string; reason: string }>('SELECT caller_number, reason FROM callback_requests'));
    expect(request).toEqual({ caller_number: '+12125550146', reason: 'caller_asked' });
  });

  it('an idle conversation expires and frees its hold; the next message starts afresh', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550147');
    await guest.send('1');
    await guest.send('1204');
    await guest.send('1');
    await guest.send('2');
    await guest.send('2');
    expect(await activeHolds(t.db)).toHaveLength(1);
    t.clock.advance(24 * 60 * 60_000 + 60_000); // SMS_IDLE_MINUTES: a day by default
    const reply = await guest.send('hello again');
    expect(reply.text).toContain('Hello, this is Hotel Miramar.');
    expect(await activeHolds(t.db)).toEqual([]);
    const [old, fresh] = (await conversations(t));
    expect(old?.ended_at).not.toBeNull();
    expect(fresh?.state).toBe('greeting');
  });

  it('STOP records the opt-out, START removes it; a request without a MessageSid is refused', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550148');
    await guest.send('STOP');
    expect(await t.db.all('SELECT number FROM sms_opt_outs')).toEqual([{ number: '+12125550148' }]);
    const reply = await guest.send('START');
    expect(reply.text).toBe(''); // Twilio itself confirms STOP and START to the guest
    expect(await t.db.all('SELECT number FROM sms_opt_outs')).toEqual([]);
    const bad = await guest.send('hi', 'not-a-sid');
    expect(bad.status).toBe(400);
  });
});
