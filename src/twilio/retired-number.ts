// A call to a number of a property that no longer answers (its file taken out of HOTELS_DIR, a
// group's other properties still running): with one property left, that one answers every number,
// so the caller heard another hotel's greeting and could book against its rooms without being
// told. Now the caller hears that the property no longer takes calls at that number and its own
// phone, in its guests' language and then the other (the greeting offers both), and the call hangs
// up; nothing is stored. A text to it is told the same (src/http/routes/sms.ts). The words are
// here, beside what says them, rather than among the flow's prompts: no call context exists for
// such a call, and nothing of the flow is said.

import type { HotelInfo, Locale } from '../../flows/types.ts';
import { formatterFor } from '../voice/formatters.ts';
import { spokenNumber } from '../voice/prompts/prompt-helpers.ts';
import { otherLocale, VOICES } from '../voice/voices.ts';
import { VoiceResponse } from './twiml.ts';

const RETIRED_NUMBER: Record<Locale, (hotel: string, deskSaid: string) => string> = {
  'en-US': (hotel, desk) => `${hotel} no longer takes calls at this number. Please call the hotel at ${desk}. Goodbye.`,
  'es-MX': (hotel, desk) => `${hotel} ya no atiende llamadas en este número. Por favor llame al hotel al ${desk}. Hasta luego.`,
};

/** The TwiML: the notice in the property's language, then the other, then hang up; and what was said. */
export function renderRetiredNumber(hotel: Pick<HotelInfo, 'name' | 'frontDesk' | 'guestLocale'>): { twiml: string; said: { locale: Locale; text: string }[] } {
  const response = new VoiceResponse();
  const first = hotel.guestLocale ?? 'en-US';
  const said = [first, otherLocale(first)].map((locale) => {
    // The hotel's number as its national digits in their groups, as the flow reads numbers back.
    const text = RETIRED_NUMBER[locale](hotel.name, spokenNumber({ f: formatterFor(locale) }, hotel.frontDesk));
    response.say({ voice: VOICES[locale] as never, language: locale }, text);
    return { locale, text };
  });
  response.hangup();
  return { twiml: response.toString(), said };
}
