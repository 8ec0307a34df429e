// Words that steer the call rather than answer it: "go back", "what else do you have?", "no thanks,
// bye" at an offer. Asked only of words the question's own reader did not take (read-question.ts),
// so "I'd like to go back on the 12th" stays a date. Whole words on normalised text. Pure; never throws.

import { hasAnyPhrase, saysOnly, tokenize } from './normalize.ts';

/** "Go back", "regresa", "the previous question": the question before this one again. */
const GO_BACK = [
  'go back', 'back up', 'previous question', 'last question', 'question before', 'step back', 'one step back', 'undo',
  'regresa', 'regresar', 'regresame', 'regresemos', 'regresate', 'vuelve', 'volver', 'volvamos', 'atras', 'para atras',
  'pregunta anterior', 'la anterior', 'paso anterior', 'un paso atras',
];
/** What may come with it: politeness, "can we", "to the", "por favor". */
const GO_BACK_FILLER = new Set([
  'please', 'can', 'could', 'we', 'you', 'i', 'let', 's', 'lets', 'me', 'to', 'the', 'a', 'one', 'wait', 'sorry', 'oops', 'no',
  'want', 'like', 'd', 'go', 'back', 'just', 'uh', 'um', 'ok', 'okay', 'actually', 'question',
  'por', 'favor', 'a', 'la', 'el', 'de', 'puede', 'puedes', 'podemos', 'quiero', 'espera', 'perdon', 'pregunta', 'oiga',
  'este', 'mejor', 'ay', 'no', 'si', 'se', 'me', 'otra', 'vez', 'paso',
]);

/** "What else do you have?", "¿qué otras tienen?": the choices of the offer, without the apology again. */
const OTHER_OPTIONS = [
  'what else', 'anything else', 'what other', 'which other', 'other options', 'other rooms', 'what do you have',
  'what have you got', 'what s available', 'whats available', 'what is available', 'what are my options', 'my options',
  'que otras', 'que otros', 'que otra', 'que otro', 'cual otra', 'cual otro', 'cuales otras', 'cuales otros', 'que mas tienen', 'que mas tiene', 'que mas hay', 'otras opciones',
  'otras habitaciones', 'otros cuartos', 'que tienen', 'que tiene', 'que hay disponible', 'que tienen disponible',
  'que opciones',
];

/** "No thanks, bye", "no gracias, así está bien": the caller takes nothing offered and leaves. */
const DECLINE = [
  'no thanks', 'no thank you', 'no thank u', 'no thx', 'bye', 'goodbye', 'bye bye', 'never mind', 'nevermind', 'forget it',
  'i ll pass', 'ill pass', 'i ll call back', 'i will call back', 'call back later', 'that s ok', 'thats ok', 'that s okay',
  'not interested', 'no that s all', 'that s all', 'thats all', 'that s fine', 'thats fine', 'no worries',
  'no gracias', 'no muchas gracias', 'adios', 'hasta luego', 'asi esta bien', 'asi estamos bien', 'asi dejalo', 'olvidalo',
  'mejor no', 'no se preocupe', 'luego llamo', 'despues llamo', 'vuelvo a llamar', 'le llamo despues', 'les llamo despues',
  'despues le llamo', 'despues les llamo', 'luego le llamo', 'luego les llamo', 'al rato le llamo', 'al rato llamo',
  'le marco despues', 'despues le marco', 'luego le marco', 'al rato le marco', 'ahorita le marco',
  'ya no', 'no me interesa', 'dejelo asi', 'dejalo asi', 'esta bien gracias',
];
const DECLINE_FILLER = new Set([
  'no', 'ok', 'okay', 'oh', 'ah', 'well', 'then', 'thanks', 'thank', 'you', 'anyway', 'anyways', 'just', 'i', 'll', 'it', 's',
  'fine', 'that', 'all', 'for', 'now', 'sorry', 'bye', 'later', 'so', 'um', 'uh', 'maybe', 'another', 'time', 'nope', 'nah',
  'gracias', 'bueno', 'pues', 'ah', 'ay', 'entonces', 'asi', 'esta', 'bien', 'por', 'ahora', 'lo', 'siento', 'este', 'mejor',
  'otra', 'vez', 'muchas', 'nada', 'mas', 'senorita', 'joven', 'adios', 'y', 'and', 'va', 'sale', 'luego',
]);

export function asksToGoBack(text: string): boolean {
  return saysOnly(tokenize(text), GO_BACK, GO_BACK_FILLER);
}

export function asksOtherOptions(text: string): boolean {
  return hasAnyPhrase(tokenize(text), OTHER_OPTIONS);
}

export function declinesOffer(text: string): boolean {
  return saysOnly(tokenize(text), DECLINE, DECLINE_FILLER);
}
