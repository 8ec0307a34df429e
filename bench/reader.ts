// `npx tsx bench/reader.ts`: what reading one utterance costs (the whole request at a question,
// flows/reading/whole-request.ts), over the utterances the bench's speech callers say and a few
// longer requests. Prints µs per utterance, after a warm-up; the figure behind issue 14's
// "understanding" share of a webhook.

import { readWholeRequest } from '../flows/reading/whole-request.ts';
import type { QuestionId } from '../flows/call-context.ts';
import { readHotelFile, toHotelInfo } from '../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../src/hotel/hotel-store.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const ctx = { today: '2026-12-01', locale: 'en-US' as const, hotel, arrival: null };
const SETS: Record<string, [string, QuestionId][]> = {
  'bench speech callers': [
    ['I would like to book a room', 'greeting'], ['March 14th', 'arrivalDate'], ['deluxe king', 'roomType'], ['two rooms', 'rooms'],
    ['three nights', 'nights'], ['Maria Garcia', 'name'], ['credit card', 'payment'], ['this number', 'callback'], ['yes', 'readBack'],
  ],
  'whole requests': [
    ['I need two doubles from December 24th through the 27th', 'greeting'],
    ["Hi, it's Robert Johnson calling, two king rooms for the nineteenth and twentieth", 'greeting'],
    ['Quiero dos habitaciones dobles para tres noches a partir del próximo viernes', 'greeting'],
  ],
  'spanish, dates, names': [
    ['Hola, buenas tardes, quisiera reservar una habitación', 'greeting'], ['el veinticuatro de diciembre', 'arrivalDate'],
    ['del 24 al 27', 'arrivalDate'], ['next Friday', 'arrivalDate'], ['una suite', 'roomType'], ['dos cuartos', 'rooms'],
    ['una semana', 'nights'], ['Me llamo Lucía Hernández', 'name'], ['en efectivo', 'payment'], ['sí, está bien', 'readBack'],
    ['what time is check in?', 'nights'], ['a las 3', 'arrivalDate'],
  ],
};
for (const [name, says] of Object.entries(SETS)) {
  for (let i = 0; i < 2000; i++) for (const [text, q] of says) readWholeRequest(text, ctx, q);
  const n = 5000;
  const start = performance.now();
  for (let i = 0; i < n; i++) for (const [text, q] of says) readWholeRequest(text, ctx, q);
  console.log(`${name.padEnd(22)} ${(((performance.now() - start) * 1000) / (n * says.length)).toFixed(1)} µs per utterance`);
}
