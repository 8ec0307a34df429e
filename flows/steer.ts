// After a question's reader: words that steer the call rather than answer it, read only where the
// reader took nothing (or, for a person asked for, in which language). read-question.ts calls it.
// - "go back", "regresa": the question before this one (call-machine.ts's goBack; flows/go-back.ts);
// - "what else do you have?" at an offer: its choices, without the apology again;
// - "no thanks, bye" at an offer: thanked and let go (a turnaway);
// - a confirmation number at the greeting or the menu: looked up, as if asked for;
// - a person asked for in the other language: answered, and the desk told, in it;
// - a question nothing answered ("is there a shuttle?"), or a purpose said ("I'm calling about a job"):
//   the hotel file does not say; the desk can.

import type { CallContext, Heard, Notice, QuestionId } from './call-context.ts';
import type { Locale } from './types.ts';
import type { CallerInput } from './reading/caller-input.ts';
import { readConfirmationNumber } from './reading/reservation-questions.ts';
import { GOES_BACK } from './go-back.ts';
import { languageOfWords } from './understanding/language.ts';
import { tokenize } from './understanding/normalize.ts';
import { asksAQuestion, questionOfTheCall, statesAPurpose } from './understanding/hotel-question.ts';
import { intentFromSpeech } from './understanding/intents.ts';
import { asksOtherOptions, asksToGoBack, declinesOffer } from './understanding/steering.ts';
import { stopAsked, withoutStopAsName } from './stop-booking.ts';
import { someoneAsked } from './someone-asked.ts';

/** The reader took nothing: the words did not fit, only asked for the question again, or gave no name. */
const tookNothing = (heard: Heard) =>
  heard.kind === 'repeat' || (heard.kind === 'miss' && heard.notice.id === 'notUnderstood') || (heard.kind === 'nameRetry' && heard.silent !== true);

export function steer(question: QuestionId, ctx: CallContext, input: CallerInput, heard: Heard): Heard {
  if (input.kind === 'digits') return question === 'greeting' || question === 'mainMenu' ? confirmationAtMenu(ctx, input, heard) : heard;
  if (input.kind !== 'speech') return heard;
  // "Can I talk to Maria in sales?", "¿me comunica con el licenciado Ramírez?": the desk, told whom (flows/someone-asked.ts).
  const who = heard.kind === 'agent' || tookNothing(heard) || (question === 'name' && onlyAName(heard)) ? someoneAsked(input.text) : null;
  if (who) return { ...agentInLanguageSpoken(ctx, input.text), askedFor: who };
  // "Are you a real person?", "¿es usted una persona real?": a question of the line, answered (the desk
  // offered with it), not a request to be put through that leaves the booking at once.
  if (heard.kind === 'agent' && questionOfTheCall(tokenize(input.text), ctx.hotel.name, input.text) === 'machine') {
    return { kind: 'answered', notices: [{ id: 'callQuestion', params: { asked: 'machine' } }], ...localeOf(agentInLanguageSpoken(ctx, input.text)) };
  }
  if (heard.kind === 'agent') return agentInLanguageSpoken(ctx, input.text);
  return questionAsked(ctx, input.text, steerSpoken(question, ctx, input, heard));
}

/**
 * A question where nothing understood the words. Of the call ("can you hear me?", "is this the
 * Miramar?", "am I talking to a machine?"): answered as a person on the phone would. Of the hotel,
 * with no answer in its file ("is the wifi free?", "¿tienen alberca?"): said so, with the desk
 * offered. Then the question again; not "Sorry, I didn't understand that", which asks a caller who
 * spoke clearly to say it again (nor a miss towards the desk).
 */
function questionAsked(ctx: CallContext, text: string, heard: Heard): Heard {
  // At the greeting, a question in the other language chose it ("¿tienen alberca?" at the English
  // greeting): the call goes on in it, and the question is answered there, not dropped.
  const inLanguage = heard.kind === 'route' && (heard.route === 'spanish' || heard.route === 'english') ? LANGUAGE_OF[heard.route] : null;
  if (inLanguage === null && (heard.kind !== 'miss' || heard.notice.id !== 'notUnderstood')) return heard;
  const tokens = tokenize(text);
  const ofTheCall = questionOfTheCall(tokens, ctx.hotel.name, text);
  if (ofTheCall === null && !asksAQuestion(text, tokens) && !statesAPurpose(tokens)) return heard;
  // "¿Hablan español?", "can you repeat that?": asked of the call, and read as that after the reader.
  if (intentFromSpeech(text, ctx.locale) !== null) return heard;
  const notice: Notice = ofTheCall ? { id: 'callQuestion', params: { asked: ofTheCall } } : { id: 'notAnswered' };
  const locale = inLanguage ?? (heard.kind === 'miss' ? heard.locale : undefined);
  return { kind: 'answered', notices: [notice], ...(locale ? { locale } : {}) };
}

const LANGUAGE_OF = { spanish: 'es-MX', english: 'en-US' } as const;

const localeOf = (heard: { locale?: Locale }): { locale?: Locale } => (heard.locale ? { locale: heard.locale } : {});

function steerSpoken(question: QuestionId, ctx: CallContext, input: Extract<CallerInput, { kind: 'speech' }>, heard: Heard): Heard {
  if (question === 'greeting' || question === 'mainMenu') return confirmationAtMenu(ctx, input, heard);
  if (question === 'offer' && (tookNothing(heard) || (heard.kind === 'route' && heard.route === 'no'))) {
    if (declinesOffer(input.text)) return { kind: 'route', route: 'decline' };
    if (asksOtherOptions(input.text)) return { kind: 'answered', notices: [{ id: 'offerChoices' }] };
  }
  // "Forget it", "ya no quiero" mid-booking: whether to stop it is asked (flows/stop-booking.ts).
  const stop = stopAsked(question, input.text, heard, onlyAName);
  if (stop) return stop;
  heard = withoutStopAsName(question, heard);
  // At the name question "regresa" is no name ("Regresa" would be confirmed as one).
  const notTaken = tookNothing(heard) || (question === 'name' && onlyAName(heard));
  if (GOES_BACK.has(question) && notTaken && asksToGoBack(input.text)) return { kind: 'route', route: 'goBack' };
  return heard;
}

/** Six to ten digits in a row, as speech recognition writes a number read out ("43961045", "4396 1045"). */
const CONFIRMATION_SAID = /(?:^|\D)\d(?:[ -]?\d){5,9}(?!\d)/;
/** A day (and month) then a year, in digits: "dec 20 2026", "12-20-2026", "20 12 2026". */
const DATE_WITH_YEAR = /(?<!\d)(\d{1,2})(?:[ -](\d{1,2}))?[ -](\d{4})(?!\d)/g;

/**
 * The words without the dates said with their year ("I'd like to book december 20 2026 for 2
 * nights" is a booking: its "20 2026" was looked up as confirmation number 202026). Days or months
 * followed by this year or the next two are taken out before digits are looked for.
 */
function withoutDatesOfAYear(text: string, today: string): string {
  const year = Number(today.slice(0, 4));
  const dayOrMonth = (n: string | undefined) => n === undefined || (Number(n) >= 1 && Number(n) <= 31);
  return text.replace(DATE_WITH_YEAR, (run, a: string, b: string | undefined, y: string) =>
    dayOrMonth(a) && dayOrMonth(b) && Number(y) >= year && Number(y) <= year + 2 ? ' / ' : run,
  );
}

/**
 * The question's reader made nothing of the words: they did not fit, or only asked something the
 * line answers without an answer to the question (a question not in the hotel file, one of the call).
 */
export function nothingAnswered(heard: Heard): boolean {
  if (heard.kind === 'miss') return heard.notice.id === 'notUnderstood';
  return heard.kind === 'answered' && heard.notices.every((n) => n.id === 'notAnswered' || n.id === 'callQuestion');
}

/** A name and nothing else taken from the words. */
export function onlyAName(heard: Heard): boolean {
  if (heard.kind !== 'answer' && heard.kind !== 'unsure') return false;
  const { value } = heard;
  return value.q === 'name' || (value.q === 'request' && Object.keys(value.slots).every((k) => k === 'name'));
}

/**
 * "My confirmation number is 3277 1071" (or the digits texted) at the greeting or the menu: the
 * lookup, as at the question that asks for it; from another phone its last name is asked first.
 */
function confirmationAtMenu(ctx: CallContext, input: CallerInput, heard: Heard): Heard {
  if (heard.kind === 'agent') return heard;
  // The menu's own reader took the number already, with what else was said of it ("under Torres,
  // confirmation 7331 0042": the last name kept for the proof); else the number is read here.
  const taken = heard.kind === 'route' && heard.route === 'existing' && heard.value?.q === 'lookup' && 'confirmation' in heard.value;
  const number = taken ? heard : numberAtMenu(ctx, input, heard);
  const read = number && numberAsSaid(ctx, input, number);
  if (read?.kind !== 'route' || read.route !== 'existing') return heard;
  // Said in the other language ("mi número de confirmación es…" at the English greeting): the call goes on in it.
  const locale = read.locale ?? (input.kind === 'speech' ? spokenLocale(ctx, input.text) : null);
  return locale ? { ...read, locale } : read;
}

/**
 * The confirmation number as the run of digits said, when the words hold one: the other numbers
 * with it are the change asked or the stay ("quiero agregar una noche, mi confirmación es 8197
 * 2720" had read 1 8197 2720, and a number no reservation has).
 */
function numberAsSaid(ctx: CallContext, input: CallerInput, heard: Heard): Heard {
  if (input.kind !== 'speech' || heard.kind !== 'route' || heard.value?.q !== 'lookup' || !('confirmation' in heard.value)) return heard;
  const run = withoutDatesOfAYear(input.text, ctx.today).match(CONFIRMATION_SAID)?.[0].replace(/\D/g, '');
  return run && run !== heard.value.confirmation ? { ...heard, value: { ...heard.value, confirmation: run } } : heard;
}

/**
 * A run of 6 to 10 digits said ("I have a reservation, 4396 1045") is a confirmation number, whatever
 * else the words were read as (a date, a booking); words alone only where nothing else was understood.
 */
function numberAtMenu(ctx: CallContext, input: CallerInput, heard: Heard): Heard | null {
  const words = input.kind === 'speech' ? { ...input, text: withoutDatesOfAYear(input.text, ctx.today) } : input;
  const saysANumber = words.kind === 'speech' && CONFIRMATION_SAID.test(words.text);
  const takes = saysANumber || tookNothing(heard) || (heard.kind === 'route' && heard.route === 'existing' && !heard.value) || (heard.kind === 'miss' && input.kind === 'digits');
  if (!takes) return null;
  const read = readConfirmationNumber({ ...ctx, callerReservations: [] }, words);
  if (read?.kind !== 'answer' || read.value.q !== 'lookup' || !('confirmation' in read.value)) return null;
  return { kind: 'route', route: 'existing', value: read.value };
}

/** Fewer words than this say too little of a language ("agent", "front desk"). */
const WORDS_OF_A_LANGUAGE = 3;

function agentInLanguageSpoken(ctx: CallContext, text: string): Extract<Heard, { kind: 'agent' }> {
  const locale = spokenLocale(ctx, text);
  return locale ? { kind: 'agent', locale } : { kind: 'agent' };
}

/** The other language, when the words are plainly in it; else null. */
function spokenLocale(ctx: CallContext, text: string): Locale | null {
  const lang = tokenize(text).length >= WORDS_OF_A_LANGUAGE ? languageOfWords(text) : null;
  const locale = lang === 'es' ? 'es-MX' : lang === 'en' ? 'en-US' : null;
  return locale && locale !== ctx.locale ? locale : null;
}
