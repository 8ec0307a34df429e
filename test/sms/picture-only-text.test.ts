// A text with only a picture (an MMS: Twilio posts it with an empty Body and NumMedia) in the
// middle of a booking was answered "Sorry, your message was empty.", which a guest who sent a
// photo cannot make sense of. It says what was missing, then the question again.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import { newSid } from '../../src/softphone/twilio-params.ts';
import { HOTEL_NUMBER, startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { signedPost } from '../helpers/signed-post.ts';
import { textingGuest } from '../helpers/texting.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

async function picture(from: string): Promise<string> {
  const answer = await signedPost(t.baseUrl, '/sms', {
    MessageSid: newSid('MM'),
    From: from,
    To: HOTEL_NUMBER,
    Body: '',
    NumMedia: '1',
    MediaUrl0: 'https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0',
    MediaContentType0: 'image/jpeg',
  });
  expect(answer.status).toBe(200);
  const [message] = parseTwiml(answer.body);
  expect(message?.verb).toBe('message');
  return message?.verb === 'message' ? message.text : '';
}

describe('a picture with no text, mid-conversation', () => {
  it('says only text is read, asks the same question again, and keeps what was given', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550161');
    await guest.send('book a room for dec 15');
    const reply = await picture('+12125550161');
    expect(reply).toMatch(/^Sorry, I can only read the text of a message, and yours had none\. Which room would you like\?/);
    expect((await guest.send('king')).text).toMatch(/^The Deluxe King\. (?:How many rooms\?|How many nights\?)/);
  });

  it('in Spanish', async () => {
    const guest = textingGuest(t.baseUrl, '+525512340161');
    await guest.send('quiero reservar para el 15 de diciembre');
    expect(await picture('+525512340161')).toMatch(/^Disculpe, solo puedo leer el texto de los mensajes, y el suyo llegó sin texto\. .*¿Cuál\?/);
  });
});
