// A caller who changes language in the middle of a booking ("¿hablan español?" at the room list,
// "dos habitaciones", "tres noches" after an English start, "do you speak English?" in a Spanish
// call) is answered in that language from then on, by voice or by text. The greeting and the menu
// choose the language by their own readers; these are the questions after them.
// Asking for the language turns the call at once. Only speaking it turns the call at the second
// answer in a row in that language: one answer may be a bilingual guest's ("next Friday" in a
// Spanish call), two are the language they speak. Room names count for neither language (a
// Spanish speaker says "Double Queen"), nor does a name ("Ana de la Torre"), and one word alone
// ("efectivo", "cash") says too little.

import type { CallContext, CallerEvent, Heard, QuestionId } from './call-context.ts';
import type { Locale, RoomTypeInfo } from './types.ts';
import { intentFromSpeech } from './understanding/intents.ts';
import { languageOfTokens } from './understanding/language.ts';
import { removePhrases, tokenize } from './understanding/normalize.ts';

/** Questions whose readers already choose the language (reading/whole-request.ts). */
const CHOOSE_THEIR_OWN: ReadonlySet<QuestionId> = new Set(['greeting', 'mainMenu']);

/** Words in one language more than the other for an answer to be in it. */
const WORDS_OF_A_LANGUAGE = 2;

/** Answers in a row in the other language before the call turns to it. */
const ANSWERS_TO_SWITCH = 2;

type Lean = { locale: Locale; asked: boolean } | null;

/** Every name and synonym of the hotel's room types, in both languages: once per loaded list, not per answer. */
const ROOM_NAMES = new WeakMap<readonly RoomTypeInfo[], string[]>();
function roomNamesOf(roomTypes: readonly RoomTypeInfo[]): string[] {
  let names = ROOM_NAMES.get(roomTypes);
  if (!names) {
    names = roomTypes.flatMap((t) => [t.name.en, t.name.es, ...t.synonyms.en, ...t.synonyms.es]);
    ROOM_NAMES.set(roomTypes, names);
  }
  return names;
}

/** The language the words lean to (asked for, or spoken), or null. */
function leanOf(question: QuestionId, ctx: Pick<CallContext, 'locale' | 'hotel'>, text: string): Lean {
  const intent = intentFromSpeech(text, ctx.locale);
  if (intent === 'spanish' || intent === 'english') return { locale: intent === 'spanish' ? 'es-MX' : 'en-US', asked: true };
  if (question === 'name') return null;
  let lean = 0;
  for (const word of removePhrases(tokenize(text), roomNamesOf(ctx.hotel.roomTypes))) {
    const lang = languageOfTokens([word]);
    if (lang) lean += lang === 'es' ? 1 : -1;
  }
  if (lean >= WORDS_OF_A_LANGUAGE) return { locale: 'es-MX', asked: false };
  if (lean <= -WORDS_OF_A_LANGUAGE) return { locale: 'en-US', asked: false };
  return null;
}

/**
 * What was heard, carrying the language to go on in when the call turns to it; and the answers
 * in a row said in the other language so far.
 */
export function inLanguageSpoken(
  question: QuestionId,
  ctx: Pick<CallContext, 'locale' | 'hotel' | 'otherLanguageTurns'>,
  event: CallerEvent,
  heard: Heard,
): { heard: Heard; otherLanguageTurns: number } {
  const before = ctx.otherLanguageTurns ?? 0;
  if (CHOOSE_THEIR_OWN.has(question) || event.type !== 'caller.speech') return { heard, otherLanguageTurns: before };
  const lean = leanOf(question, ctx, event.text);
  if (lean === null) return { heard, otherLanguageTurns: before };
  if (lean.locale === ctx.locale) return { heard, otherLanguageTurns: 0 };
  if (!lean.asked && before + 1 < ANSWERS_TO_SWITCH) return { heard, otherLanguageTurns: before + 1 };
  return { heard: switched(heard, lean.locale, lean.asked), otherLanguageTurns: 0 };
}

/**
 * Only asking for the language ("¿hablan español?") is no miss: the same question is asked again in it.
 * Nor is it a name ("Do You Speak Spanish", which the name question's reader takes as any words).
 */
function switched(heard: Heard, locale: Locale, asked: boolean): Heard {
  if (asked && (heard.kind === 'answer' || heard.kind === 'unsure') && heard.value.q === 'name') return { kind: 'answered', notices: [], locale };
  switch (heard.kind) {
    case 'answer':
    case 'answered':
      return { ...heard, locale };
    case 'miss':
      return asked && heard.notice.id === 'notUnderstood' ? { kind: 'answered', notices: [], locale } : { ...heard, locale };
    default:
      return heard;
  }
}

/** Words that ask to book with the language: "quiero reservar en español" goes on to the booking in it. */
const BOOKING_WORDS = new Set(['book', 'booking', 'reserve', 'reservation', 'room', 'rooms', 'reservar', 'reservacion', 'reserva', 'habitacion', 'habitaciones', 'cuarto', 'cuartos']);

/**
 * "Hola, ¿habla español?", "oiga, ¿me puede hablar en español?" at the greeting: the language asked
 * for, so the menu in it — not a name ("habla Español", the phone's "this is …") nor a callback
 * ("me puede hablar", "can you call me"), which other readers took the words for. Words that say
 * something of a stay or ask to book keep their reading.
 */
export function languageAskedAtGreeting(question: QuestionId, ctx: Pick<CallContext, 'locale'>, event: CallerEvent, heard: Heard): Heard {
  if (question !== 'greeting' || event.type !== 'caller.speech') return heard;
  const intent = intentFromSpeech(event.text, ctx.locale);
  if (intent !== 'spanish' && intent !== 'english') return heard;
  if (tokenize(event.text).some((w) => BOOKING_WORDS.has(w))) return heard;
  const nothingElse =
    heard.kind === 'miss' ||
    (heard.kind === 'route' && heard.route === 'callMeBack' && !heard.value) ||
    ((heard.kind === 'answer' || heard.kind === 'unsure') &&
      (heard.value.q === 'name' || (heard.value.q === 'request' && Object.keys(heard.value.slots).every((k) => k === 'locale' || k === 'name'))));
  return nothingElse ? { kind: 'route', route: intent } : heard;
}
