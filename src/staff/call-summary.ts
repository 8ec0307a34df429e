// One line at the top of a call: who, what came of it, how, how long.
// "Maria Lopez booked 2 Deluxe King, Dec 24–27, by phone in Spanish, 3 min."

import type { HotelInfo } from '../../flows/types.ts';
import type { CallDetail } from './queries/calls.ts';
import { collectedWords, plural, reasonWords, roomTypeWords, stayRange } from './words.ts';

/** `lastWord`: when the call last had news, in words ("today 09:12"), for an open one gone quiet. */
export function callSummary(c: CallDetail, hotel: Pick<HotelInfo, 'roomTypes'>, who: string, lastWord = ''): string {
  const booked = c.reservations.find((r) => r.confirmation === c.reservation?.confirmation) ?? c.reservations[0];
  const wanted = collectedWords(hotel, c.collected);
  let what: string;
  switch (c.outcome) {
    case 'booked':
      what = booked
        ? `booked ${booked.rooms} ${roomTypeWords(hotel, booked.roomType)}, ${stayRange(booked.arrival, booked.departure)} (${plural(booked.nights, 'night', 'nights')})`
        : 'booked';
      break;
    case 'transferred':
      what = `talked with the front desk (${reasonWords(c.transferReason)})`;
      break;
    case 'callback':
      what = c.callbacks.some((cb) => cb.recordingUrl) ? 'left a voicemail for the front desk' : 'asked the front desk to call back';
      break;
    case 'informed':
      what = 'heard their reservation read back';
      break;
    case 'cancelled':
      what = 'cancelled their reservation';
      break;
    case 'denial':
      what = `could not be offered what they asked${wanted ? ` (${wanted})` : ''}`;
      break;
    case 'regret':
      what = `was offered rooms and declined${wanted ? ` (${wanted})` : ''}`;
      break;
    case 'abandoned':
      what = `hung up before an outcome${wanted ? `, after giving ${wanted}` : ''}`;
      break;
    case 'failed':
      what = 'could not be connected (the call failed)';
      break;
    default:
      // In progress and gone quiet as active-now.ts says, as the live figures and the list count them.
      what =
        c.outcomeLabel === 'in progress'
          ? `is ${c.channel === 'sms' ? 'texting' : 'on the line'} now`
          : c.outcomeLabel === 'gone quiet'
            ? c.channel === 'sms'
              ? `stopped texting (last text ${lastWord}; the conversation is still open)`
              : `has had no news from the line since ${lastWord}`
            : 'ended without an outcome';
  }
  const how = `by ${c.channel === 'sms' ? 'text' : 'phone'} in ${c.locale.startsWith('es') ? 'Spanish' : 'English'}`;
  const length =
    c.durationSeconds === null || c.durationSeconds < 0 ? '' : c.durationSeconds < 60 ? ', under a minute' : `, ${Math.round(c.durationSeconds / 60)} min`;
  return `${who} ${what}, ${how}${length}.`;
}
