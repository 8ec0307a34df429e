// One line at the top of a call: who, what came of it, how, how long.
// "Maria Lopez booked 2 Deluxe King, Dec 24–27, by phone in Spanish, 3 min."

import type { HotelInfo } from '../../flows/types.ts';
import type { CallDetail } from './queries/calls.ts';
import { deskWords } from './desk-language.ts';
import { collectedWords, plural, reasonWords, roomsOfType, roomTypeWords, stayRange } from './words.ts';

/** `lastWord`: when the call last had news, in words ("today 09:12"), for an open one gone quiet. */
export function callSummary(c: CallDetail, hotel: Pick<HotelInfo, 'roomTypes'>, who: string, lastWord = ''): string {
  const booked = c.reservations.find((r) => r.confirmation === c.reservation?.confirmation) ?? c.reservations[0];
  const wanted = collectedWords(hotel, c.collected);
  const words = deskWords();
  const w = words.summary;
  let what: string;
  switch (c.outcome) {
    case 'booked':
      what = booked
        ? w.booked(`${roomsOfType(booked.rooms, roomTypeWords(hotel, booked.roomType))}, ${stayRange(booked.arrival, booked.departure)} (${plural(booked.nights, words.common.night, words.common.nights)})`)
        : w.bookedAlone;
      break;
    case 'transferred':
      what = w.talkedWithDesk(reasonWords(c.transferReason));
      break;
    case 'callback':
      what = c.callbacks.some((cb) => cb.recordingUrl) ? w.leftVoicemail : w.askedCallBack;
      break;
    case 'informed':
      what = w.informed;
      break;
    case 'cancelled':
      what = w.cancelled;
      break;
    case 'changed':
      what = w.changed;
      break;
    case 'denial':
      what = w.denial(wanted);
      break;
    case 'regret':
      what = w.regret(wanted);
      break;
    case 'abandoned':
      what = w.abandoned(wanted);
      break;
    case 'failed':
      what = w.failed;
      break;
    default:
      // In progress and gone quiet as active-now.ts says, as the live figures and the list count them.
      what =
        c.outcomeKey === 'inProgress'
          ? c.channel === 'sms'
            ? w.textingNow
            : w.onTheLine
          : c.outcomeKey === 'goneQuiet'
            ? c.channel === 'sms'
              ? w.stoppedTexting(lastWord)
              : w.noNews(lastWord)
            : w.noOutcome;
  }
  const how = w.how(c.channel === 'sms' ? 'text' : 'phone', c.locale.startsWith('es'));
  const length = c.durationSeconds === null || c.durationSeconds < 0 ? '' : c.durationSeconds < 60 ? w.underMinute : w.minutes(Math.round(c.durationSeconds / 60));
  return `${who} ${what}, ${how}${length}.`;
}
