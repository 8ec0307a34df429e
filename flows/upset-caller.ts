// "This is ridiculous", "qué mal servicio", a curse, said on its own at any question: the caller is
// upset, and "Sorry, I didn't understand" makes it worse. The first time: an apology, once, with
// the desk offered, and the question again (not a miss); the second time: the desk, told the caller
// was upset (transfer reason `upset_caller`). Only where nothing else was made of the words — "this
// is ridiculous, I just want a room for Friday" goes on with Friday. Pure.

import type { CallContext, CallerEvent, Heard, QuestionId } from './call-context.ts';
import { hasAnyPhrase, saysOnly, tokenize } from './understanding/normalize.ts';
import { nothingAnswered, onlyAName } from './steer.ts';

/** Words of a caller out of patience, folded as tokenize() folds (no accents, no punctuation). */
const UPSET = [
  'ridiculous', 'this is ridiculous', 'unbelievable', 'are you kidding me', 'you ve got to be kidding', 'useless', 'this is useless',
  'stupid', 'this is stupid', 'stupid machine', 'pathetic', 'terrible', 'terrible service', 'horrible', 'awful', 'worst', 'the worst',
  'this sucks', 'sucks', 'i hate this', 'hate this', 'what the hell', 'what the heck', 'for crying out loud', 'so frustrating',
  'frustrating', 'i m frustrated', 'annoying', 'damn', 'dammit', 'damn it', 'goddamn', 'god damn', 'shit', 'bullshit', 'crap', 'fuck',
  'fucking', 'fuck this', 'wtf',
  'que mal servicio', 'mal servicio', 'pesimo servicio', 'pesimo', 'pesima atencion', 'que mala atencion', 'mala atencion',
  'que horror', 'que barbaridad', 'ridiculo', 'que ridiculo', 'es ridiculo', 'no sirve para nada', 'no sirven para nada',
  'estupido', 'estupida', 'inutil', 'que fastidio', 'ya me harte', 'me harte', 'harto', 'harta', 'que coraje', 'no manches',
  'pinche', 'pinches', 'chingada', 'chingados', 'chingue', 'carajo', 'mierda', 'pendejo', 'pendejos', 'pendejada', 'maldita sea',
  'maldito', 'maldita', 'puta madre', 'con una chingada',
];

/** Words that may come with the complaint and say nothing else. */
const ALONG = new Set([
  'this', 'is', 'so', 'really', 'just', 'oh', 'my', 'god', 'come', 'on', 'seriously', 'man', 'totally', 'absolutely', 'it', 's', 'what',
  'a', 'the', 'you', 'are', 'ugh', 'jeez', 'please', 'machine', 'system', 'service', 'again', 'of', 'all', 'that',
  'que', 'es', 'esto', 'este', 'esta', 'muy', 'ay', 'ya', 'por', 'dios', 'de', 'la', 'el', 'servicio', 'sistema', 'maquina', 'otra',
  'vez', 'no', 'oiga', 'hombre', 'bueno', 'pues', 'un', 'una', 'ustedes', 'son', 'tan',
]);

/** Whether the words are the complaint and nothing more. */
export function saysUpset(text: string): boolean {
  const words = tokenize(text);
  return hasAnyPhrase(words, UPSET) && saysOnly(words, UPSET, ALONG);
}

/** Nothing else was made of the words: not understood, a question not answered, or only taken for a name. */
const tookNothing = (heard: Heard) => nothingAnswered(heard) || onlyAName(heard);

/**
 * The words, heard as a caller upset (`upset`: they were once already this call): the apology with
 * the desk offered, or the desk. Null when the words are not that, or said something more.
 */
export function upsetHeard(question: QuestionId, ctx: Pick<CallContext, 'upset' | 'locale'>, said: CallerEvent, heard: Heard): Heard | null {
  if (said.type !== 'caller.speech' || question === 'callbackOffer' || !tookNothing(heard) || !saysUpset(said.text)) return null;
  const locale = 'locale' in heard && heard.locale ? { locale: heard.locale } : {};
  return ctx.upset === true ? { kind: 'route', route: 'upset', ...locale } : { kind: 'answered', notices: [{ id: 'upsetSorry' }], ...locale };
}
