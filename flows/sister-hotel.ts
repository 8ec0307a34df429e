// "I want to book at Sierra Alta", "¿es el de la Ciudad de México?" said at the other hotel of the
// group: the caller reached the wrong property. Nothing of the words is taken (a booking here
// would be the wrong hotel's), and they hear which hotel this is and the sister hotel's number,
// or the desk (the notice `sisterHotel`); then the same question. The group's other properties
// come with the call (context.sisterHotels, from src/calls). Pure.

import type { CallContext, CallerEvent, Heard, QuestionId } from './call-context.ts';
import { phraseAt, tokenize } from './understanding/normalize.ts';
import { nothingAnswered } from './steer.ts';

/** Another property of the group, as a call knows it. */
export interface SisterHotel {
  code: string;
  name: string;
  /** Its E.164 numbers (the one in the caller's country is said). */
  numbers: string[];
  /** ISO country of the property. */
  country: string;
}

/** Words of a hotel's name that name no hotel in particular. */
const GENERIC = new Set(['hotel', 'the', 'el', 'la', 'de', 'del', 'and', 'y', 'inn', 'suites', 'resort']);

/** A country said of a hotel: "the one in Mexico City", "¿es el de la Ciudad de México?". */
const COUNTRY_WORDS: Record<string, string[][]> = {
  MX: [['mexico'], ['cdmx'], ['mexico', 'city'], ['ciudad', 'de', 'mexico']],
  US: [['united', 'states'], ['estados', 'unidos'], ['usa'], ['florida'], ['miami']],
};

/** Where a name would be taken for the hotel's: a guest called Sierra is no hotel asked for. */
const NOT_HERE: ReadonlySet<QuestionId> = new Set(['name', 'lastNameProof', 'confirmationNumber', 'callback']);

function says(tokens: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length > 0 && tokens.some((_, at) => phraseAt(tokens, at, phrase));
}

/** The words of a name that say which hotel it is ("Hotel Sierra Alta": sierra alta). */
function distinctive(name: string): string[] {
  return tokenize(name).filter((w) => !GENERIC.has(w));
}

/**
 * Nothing of the stay was made of the words (a language, "I'd like to book" at most): a place said
 * is then a hotel asked about, not where the caller is from.
 */
function tookNothing(heard: Heard): boolean {
  if (heard.kind === 'route') return !heard.value && (heard.route === 'spanish' || heard.route === 'english' || heard.route === 'book');
  // ("Quiero reservar, ¿es el de…?" at the English greeting: only the language was taken.)
  if (heard.kind === 'answer') return heard.value.q === 'request' && Object.keys(heard.value.slots).every((k) => k === 'locale');
  return nothingAnswered(heard);
}

/**
 * The sister hotel the words ask for, by its name anywhere (not at a question for a name or a
 * number), or by its country when nothing else was understood; null when none, or when the words
 * name this hotel too ("Miramar, not Sierra Alta").
 */
export function sisterAsked(question: QuestionId, ctx: CallContext, said: CallerEvent, heard: Heard): SisterHotel | null {
  const sisters = ctx.sisterHotels ?? [];
  if (sisters.length === 0 || said.type !== 'caller.speech' || NOT_HERE.has(question)) return null;
  const tokens = tokenize(said.text);
  if (says(tokens, distinctive(ctx.hotel.name))) return null;
  const named = sisters.find((s) => says(tokens, distinctive(s.name)));
  if (named) return named;
  if (!tookNothing(heard)) return null;
  const abroad = sisters.filter((s) => s.country !== ctx.hotel.country && (COUNTRY_WORDS[s.country] ?? []).some((p) => says(tokens, p)));
  return abroad.length === 1 ? abroad[0]! : null;
}

const LANGUAGE_OF = { spanish: 'es-MX', english: 'en-US' } as const;

/** The words, heard as a sister hotel asked for: answered with its number, nothing taken; the language they were said in kept. */
export function sisterHeard(sister: SisterHotel, heard: Heard): Heard {
  const locale =
    heard.kind === 'route' && (heard.route === 'spanish' || heard.route === 'english')
      ? LANGUAGE_OF[heard.route]
      : heard.kind === 'answer' && heard.value.q === 'request' && heard.value.slots.locale
        ? heard.value.slots.locale
        : 'locale' in heard
          ? heard.locale
          : undefined;
  return { kind: 'answered', notices: [{ id: 'sisterHotel', params: { code: sister.code } }], ...(locale ? { locale } : {}) };
}
