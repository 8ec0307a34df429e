// What the held-out rounds' reading tests share: the demo hotel, said on Tuesday 1 December 2026,
// with the later questions' call holding an arrival on Tuesday the 8th.

import type { QuestionId } from '../../../flows/call-context.ts';
import { readWholeRequest } from '../../../flows/reading/whole-request.ts';
import type { RequestContext } from '../../../flows/reading/whole-request.ts';
import { readDates } from '../../../flows/understanding/stay-dates.ts';
import type { DateSense, StayDates } from '../../../flows/understanding/stay-dates.ts';
import { readHotelFile, toHotelInfo } from '../../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../../src/hotel/hotel-store.ts';

export const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
export const TUE = '2026-12-01';
export const HELD = '2026-12-08';

export const dates = (text: string, more: Partial<DateSense> = {}): StayDates => readDates(text, { today: TUE, locale: 'en-US', country: 'US', ...more }).dates;
export const es = (text: string, more: Partial<DateSense> = {}) => dates(text, { locale: 'es-MX', ...more });
export const stay = (arrival: string | null, departure: string | null = null): StayDates => ({ kind: 'stay', arrival, departure });
/** The whole request read at `question`: with no arrival yet at the first questions, the held one after. */
export const request = (text: string, question: QuestionId, ctx: Partial<RequestContext> = {}) =>
  readWholeRequest(text, { today: TUE, locale: 'en-US', hotel, arrival: question === 'greeting' || question === 'arrivalDate' || question === 'mainMenu' ? null : HELD, ...ctx }, question);
