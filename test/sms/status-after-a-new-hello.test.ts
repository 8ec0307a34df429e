// STATUS right after a guest's "thanks" or "hi" opened a new conversation: that conversation is still
// at its greeting, so what the guest wants to know is what became of the reservation they made, not
// the greeting again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { textingGuest } from '../helpers/texting.ts';

describe('STATUS in a conversation still at its greeting', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ newConfirmation: () => '61803398' });
  });
  afterEach(async () => t.close());

  it('reports the reservation from this number, in the conversation\'s language', async () => {
    await bookByKeys(t.call({ from: '+12125550186' }), { roomType: '3', rooms: '1', name: 'Ana Torres' });
    const guest = textingGuest(t.baseUrl, '+12125550186');
    let reply = await guest.send('hola, gracias');
    expect(reply.text).toContain('Hotel Miramar');
    reply = await guest.send('ESTADO');
    expect(reply.text).toBe('Tiene una reservación con llegada el viernes 4 de diciembre. Confirmada. Para revisarla o cancelarla, responda MI RESERVACIÓN.');
    expect(reply.text).not.toContain('61803398');
  });

  it('says there is nothing when the number has no reservation', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550187');
    await guest.send('hi');
    const reply = await guest.send('STATUS');
    expect(reply.text).toBe('We have no request or reservation from this number. Reply BOOK to book a room.');
  });

  it('still reports a request in progress once it has started', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550188');
    await guest.send('book');
    const reply = await guest.send('STATUS');
    expect(reply.text).toContain('What date will you arrive?');
  });
});
