// A guest texting the hotel's number, as Twilio delivers it (src/softphone/text-session.ts), signed
// with the test app's token.

import { TextSession } from '../../src/softphone/text-session.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL } from './app.ts';

export type { TextReply } from '../../src/softphone/text-session.ts';

export function textingGuest(baseUrl: string, from: string, to = HOTEL_NUMBER) {
  const session = new TextSession({ baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from, to });
  return { send: (body: string, messageSid?: string) => session.send(body, messageSid) };
}
