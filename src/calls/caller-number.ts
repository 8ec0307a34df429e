// One caller, one number. Wherever a caller's number is a key (the calls and text conversations
// it made, the rooms it may hold, its reservations found by caller ID, its callback requests,
// STOP/PARAR, the wrong names it tried), it is kept in one form: E.164 as libphonenumber-js
// writes it, after flows/understanding/phone.ts's reading of a caller ID. Mexico's retired mobile
// "1" is the case that matters: a phone or carrier may still send "+52 1 55 1234 5678" for the
// line "+52 55 1234 5678" (https://www.ift.org.mx/marcacion), and each form held rooms under its
// own limit, kept its own conversation, and a STOP from one form did not stop texts to the other.
// What is not a phone number ("anonymous", "client:…", a sender ID) stays as Twilio gave it.
// Rows stored before this are rewritten once by a data fix (src/storage/data-fixes.ts).

import { phoneFromCallerId } from '../../flows/understanding/phone.ts';

/** The form a caller's number is stored and looked up in: canonical E.164, else as given. */
export function callerKey(from: string): string {
  return phoneFromCallerId(from) ?? from;
}
