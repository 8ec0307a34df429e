// The common questions a hotel answers (its file's `answers`: check-in, parking, breakfast, …):
// which ones the caller asked, by the words the hotel listed for each — and, for the two times
// every guest asks about, by any question of time near the words for arriving or leaving ("what
// time do I need to check out by?", "¿a qué hora tengo que dejar la habitación?"), however it is
// put. Pure; never throws.

import type { HotelAnswers } from '../types.ts';
import { phraseTokens, tokenize } from './normalize.ts';
import { byFirstWord, phraseAt } from './phrase-set.ts';
import { wordTable } from './word-table.ts';

/** A question about a time of day. */
const TIME_QUESTIONS = [
  'what time', 'which time', 'how late', 'how early', 'by when', 'until when', 'till when', 'what hour', 'when',
  'a que hora', 'que hora', 'hasta que hora', 'desde que hora', 'hasta cuando', 'a partir de que hora', 'cuando', 'horario',
  // Texted, "q" for "que": "a q hora es la salida".
  'a q hora', 'q hora', 'hasta q hora', 'desde q hora',
].map((p) => p.split(' '));

/** The words for the moment a stay starts or ends, by the hotel file's topic they belong to. */
const TIMED_TOPICS = wordTable<string[][]>({
  checkIn: [
    'check in', 'checkin', 'check into', 'get in', 'get the room', 'get into the room', 'get our room', 'get my room',
    'entrada', 'entrar', 'registrarme', 'registrarnos', 'registro', 'recibir la habitacion', 'nos dan la habitacion',
    // "¿A qué hora nos podemos meter al cuarto?", "what time can we get in the room".
    'meter al cuarto', 'meter a la habitacion', 'meternos al cuarto', 'meternos a la habitacion', 'pasar al cuarto', 'subir al cuarto',
    'me dan la habitacion', 'nos entregan la habitacion', 'me entregan el cuarto', 'nos entregan el cuarto',
  ].map((p) => p.split(' ')),
  checkOut: [
    'check out', 'checkout', 'leave the room', 'leave by', 'be out', 'vacate', 'out of the room', 'salida', 'salir',
    'dejar la habitacion', 'dejar el cuarto', 'entregar la habitacion', 'entregar el cuarto', 'desocupar',
  ].map((p) => p.split(' ')),
});

/** How many words may sit between the question of time and what it asks about. */
const NEAR = 6;

/** Where each phrase starts in the tokens. */
function startsOf(tokens: readonly string[], phrases: readonly string[][]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const p of phrases) {
      if (phraseAt(tokens, i, p)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

/** Whether one of the words is among tokens[at+1..at+3]. */
function followedBy(tokens: readonly string[], at: number, words: ReadonlySet<string>): boolean {
  for (let k = at + 1; k < at + 4 && k < tokens.length; k++) if (words.has(tokens[k]!)) return true;
  return false;
}

/** Between the moment and an hour said of it: "check-in's at 4", "la entrada es a las 3". */
const HOUR_LEAD = [['at'], ['s', 'at'], ['is', 'at'], ['by'], ['s', 'by'], ['is', 'by'], ['a', 'las'], ['es', 'a', 'las'], ['a', 'la']];

/** Whether an hour is said right at tokens[i]: "at 4", "a las 3", "at 4pm". */
function hourSaidAfter(tokens: readonly string[], i: number): boolean {
  for (const lead of HOUR_LEAD) {
    if (!phraseAt(tokens, i, lead)) continue;
    const n = tokens[i + lead.length] ?? '';
    if (/^\d{1,2}(?:pm|am)?$/.test(n) && Number.parseInt(n, 10) <= 12) return true;
  }
  return false;
}

const TIME_WORDS = new Set(['time', 'times', 'hour', 'hours', 'hora', 'horas', 'horario']);

/** "Check in early", "salir tarde": asking to arrive sooner or leave later than the hour. */
const EARLY_LATE: Record<string, Set<string>> = { checkIn: new Set(['early', 'earlier', 'temprano']), checkOut: new Set(['late', 'later', 'tarde']) };

function asksTimeOf(tokens: readonly string[], topic: string): boolean {
  const words = TIMED_TOPICS[topic];
  if (!words) return false;
  const early = EARLY_LATE[topic]!;
  const starts = startsOf(tokens, words);
  if (starts.length === 0) return false;
  // "check out times", "hora de check in": the topic named with the word for its time.
  if (starts.some((at) => followedBy(tokens, at, TIME_WORDS))) return true;
  if (starts.some((at) => followedBy(tokens, at, early))) return true;
  // "Check-in's at 4, right?", "check in at 4?", "la entrada es a las 3, ¿verdad?": a time said of it,
  // to be told the hotel's (said as a statement, the hour is worth saying back too).
  if (starts.some((at) => hourSaidAfter(tokens, at + words.find((p) => phraseAt(tokens, at, p))!.length))) return true;
  const times = startsOf(tokens, TIME_QUESTIONS);
  if (times.length === 0) return false;
  // The question comes first ("check in Friday, what time is breakfast?" asks about breakfast),
  // or ends the words right after the topic, as texts put it ("check in a que hora?").
  const lastTime = (t: number) => TIME_QUESTIONS.some((p) => t + p.length === tokens.length && phraseAt(tokens, t, p));
  return starts.some((at) => times.some((t) => (t < at && at - t <= NEAR) || (t > at && t - at <= 3 && lastTime(t))));
}

/**
 * Words for a common topic that a hotel's file may not list, as guests text and say them ("is bfast
 * incl?", "how much is it to park"): read with the file's words when it has the topic.
 */
const MORE_WORDS = wordTable<string[]>({
  breakfast: ['bfast', 'brekkie', 'brekky', 'brkfst', 'bkfst', 'desayunar'],
  parking: ['to park', 'park overnight', 'park there', 'park here', 'park at the hotel', 'para estacionar', 'para estacionarse'],
  pets: ['my dog', 'my cat', 'mi perro', 'mi perrita', 'mi perrito', 'mi gato', 'mi gatito'],
});

/** The hotel's topics in its file's order, and every topic's words filed by first word (built once per hotel: a loaded hotel's answers never change). */
interface TopicWords {
  topics: string[];
  byFirst: Map<string, { topic: number; words: readonly string[] }[]>;
}

const TOPIC_WORDS = new WeakMap<HotelAnswers, TopicWords>();

function topicWords(answers: HotelAnswers): TopicWords {
  let compiled = TOPIC_WORDS.get(answers);
  if (!compiled) {
    const entries = Object.entries(answers);
    const phrases = entries.flatMap(([name, a], topic) => [...a.words.en, ...a.words.es, ...(MORE_WORDS[name] ?? [])].map((phrase) => ({ topic, words: phraseTokens(phrase) })));
    compiled = { topics: entries.map(([topic]) => topic), byFirst: byFirstWord(phrases, (p) => p.words) };
    TOPIC_WORDS.set(answers, compiled);
  }
  return compiled;
}

/** Which topics' words are said (by their place), in one pass over the words. */
function topicsNamed(tokens: readonly string[], { byFirst }: TopicWords): Set<number> {
  const named = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (const { topic, words } of byFirst.get(tokens[i]!) ?? []) if (!named.has(topic) && phraseAt(tokens, i, words)) named.add(topic);
  }
  return named;
}

/** The topics asked about, in the hotel file's order. */
export function topicsAsked(text: string, answers: HotelAnswers | undefined): string[] {
  return topicsAskedIn(tokenize(text), answers);
}

/** topicsAsked, for words already normalised (see normalize.ts's tokenize). */
export function topicsAskedIn(tokens: readonly string[], answers: HotelAnswers | undefined): string[] {
  try {
    if (!answers) return [];
    if (tokens.length === 0) return [];
    const compiled = topicWords(answers);
    const named = topicsNamed(tokens, compiled);
    return compiled.topics.filter((topic, k) => named.has(k) || asksTimeOf(tokens, topic));
  } catch {
    return [];
  }
}
