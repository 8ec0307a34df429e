// Yes / no answers in English and Spanish (both accepted whatever the locale).
// Pure; never throws.
import type { Locale } from '../types.ts';
import { hasAnyPhrase, phraseAt, removePhrases, tokenize } from './normalize.ts';
import { wordTable } from './word-table.ts';

/** Not an answer at all: "I don't know", "no sé", "not sure", "maybe". */
const UNSURE = [
  'i don t know', 'i dont know', 'don t know', 'dont know', 'not sure', 'i m not sure', 'no idea', 'maybe', 'perhaps',
  'no se', 'no lo se', 'no estoy seguro', 'no estoy segura', 'tal vez', 'quizas', 'quiza', 'a lo mejor',
  'igual y si', 'igual y no', 'probably', 'probablemente',
];

/** Asking for a moment, or thinking aloud: not a yes yet ("yeah, hold on", "sí, espéreme tantito"). */
const HESITATION = [
  'wait', 'hold on', 'hang on', 'one second', 'a second', 'just a second', 'one moment', 'a moment', 'just a moment',
  'one sec', 'let me check', 'let me think', 'let me ask', 'let me see', 'i think so', 'i guess', 'i suppose',
  'espere', 'espereme', 'esperame', 'espera', 'un momento', 'momentito', 'tantito', 'un segundo', 'dejeme ver',
  'dejame ver', 'deje ver', 'permitame', 'permiteme', 'creo que si', 'a ver', 'dejeme preguntar', 'dejeme checar',
  'supongo', 'supongo que si', 'pienso que si',
];

/** Whether the words ask for a moment or think aloud: the question is worth saying again, not taking as an answer. */
export function isHesitation(text: string): boolean {
  try {
    const tokens = tokenize(text);
    return hasAnyPhrase(tokens, HESITATION) || hedged(tokens);
  } catch {
    return false;
  }
}

/**
 * Words that leave an answer open when it ends on them: "sí, pero…", "yes but", "yeah except", "sí,
 * nada más que…": what comes after them (a change, a doubt) was not said, so the yes is not one
 * yet; "sí, creo", "yes I think": a yes supposed ("sí, creo que todo está bien" is one).
 */
const TRAILING_BUT = [
  ['but'], ['except'], ['although'], ['though'], ['pero'], ['aunque'], ['excepto'], ['only', 'that'], ['nada', 'mas', 'que'],
  ['nomas', 'que'], ['solo', 'que'], ['creo'], ['i', 'think'],
];

/**
 * A yes hedged: "I think that's right", "creo que está bien", "sounds about right", "más o menos":
 * said before any yes (not "sí, creo que todo está bien", a yes first), or anywhere for the
 * "about" and "more or less" of a yes not quite given.
 */
const HEDGED_OPENERS = [
  ['i', 'think'], ['i', 'believe'], ['i', 'guess'], ['i', 'suppose'], ['pretty', 'sure'], ['i', 'm', 'pretty', 'sure'],
  ['im', 'pretty', 'sure'], ['creo'], ['pienso'], ['supongo'], ['me', 'parece'], ['parece'], ['seems'], ['i', 'reckon'],
];
/** Words said before an opener that are not a yes: "um, I think…", "pues creo que…". */
const BEFORE_AN_OPENER = new Set(['um', 'uh', 'umm', 'uhm', 'hmm', 'mm', 'mmm', 'well', 'so', 'pues', 'este', 'bueno', 'o', 'sea', 'ah', 'eh', 'oh']);
const NOT_QUITE = ['about right', 'more or less', 'mas o menos', 'kind of', 'sort of', 'kinda', 'sorta', 'almost', 'casi', 'mostly'];

/** Whether the words hedge what would be a yes (HEDGED_OPENERS first, or NOT_QUITE anywhere). */
function hedged(tokens: readonly string[]): boolean {
  let k = 0;
  while (k < tokens.length - 1 && BEFORE_AN_OPENER.has(tokens[k]!)) k++;
  const opener = HEDGED_OPENERS.find((p) => phraseAt(tokens, k, p));
  // "Me parece bien", "me parece perfecto", "seems fine": Mexican Spanish and English for "that suits
  // me", a yes; "me parece que sí", "creo que está bien" are the hedges.
  if (opener && !(SUITS_ME.has(opener.join(' ')) && APPROVALS.has(tokens[k + opener.length] ?? ''))) return true;
  return hasAnyPhrase(tokens, NOT_QUITE);
}
const SUITS_ME = new Set(['me parece', 'parece', 'seems']);
const APPROVALS = new Set(['bien', 'perfecto', 'excelente', 'correcto', 'muy', 'super', 'good', 'fine', 'great', 'perfect']);

/** Sounds of thinking, said after the words that leave an answer open ("yes but uh…"). */
const TRAILING_FILLERS = new Set(['uh', 'um', 'umm', 'uhm', 'er', 'erm', 'eh', 'em', 'mm', 'hmm', 'este', 'pues', 'ah']);

/** Whether the words end on one of TRAILING_BUT (sounds of thinking after it aside), after something else. */
function endsOpen(said: readonly string[]): boolean {
  let n = said.length;
  while (n > 1 && TRAILING_FILLERS.has(said[n - 1]!)) n--;
  const tokens = said.slice(0, n);
  return TRAILING_BUT.some((p) => tokens.length > p.length && p.every((w, j) => tokens[tokens.length - p.length + j] === w));
}

/**
 * Words that make a yes before them wait on what follows: "yes, but the name goes with a z", "sí,
 * nada más que sea rápido". At the read-back, said after a yes and followed by words no reader took
 * as a change, the yes is not one yet (the question is asked again rather than the booking made);
 * elsewhere the yes stands with the change said ("yes, but make it 3 nights" to "shall we go on?").
 */
const BUT_AFTER_A_YES = [['but'], ['except'], ['although'], ['pero'], ['aunque'], ['excepto'], ['salvo'], ['nada', 'mas', 'que'], ['nomas', 'que'], ['solo', 'que'], ['only', 'that']];

/** Whether a BUT_AFTER_A_YES is said after the first word, with words after it. */
export function yesWithABut(text: string): boolean {
  try {
    const tokens = tokenize(text);
    for (let k = 1; k < tokens.length; k++) {
      const but = BUT_AFTER_A_YES.find((p) => phraseAt(tokens, k, p));
      if (but && k + but.length < tokens.length) return true;
    }
    return false;
  } catch {
    return false;
  }
}

/** Agreement that contains a negation word ("no problem", "no hay problema", "why not"). */
const YES_WITH_NEGATION = [
  'no problem', 'no problemo', 'no worries', 'why not', 'no doubt', 'sin problema', 'no hay problema', 'por que no',
  'como no', 'no hay bronca',
  // "No pos sí", "no pues sí": Mexico's yes, its "no" only a lead-in ("no pues no" stays a no).
  'no pues si', 'no pos si', 'no pus si', 'no ps si',
];

/**
 * Mexican exclamations that open with "no" and say no "no": "no manches", "no mames", "no
 * inventes" ("no way!", "you're kidding"): surprise, neither answer ("no manches, sí, perfecto" is a yes).
 */
const EXCLAIMED_NO = ['no manches', 'no mames', 'no inventes', 'no friegues', 'no te creo'];

/** Said with a "no" that is not one: removed before a no is looked for. */
const NEGATION_NOT_A_NO = [...YES_WITH_NEGATION, ...EXCLAIMED_NO];

const NO = [
  'no', 'nope', 'nah', 'nay', 'not', 'negative', 'wrong', 'incorrect', 'incorrecto', 'incorrecta', 'equivocado',
  'equivocada', 'don t', 'dont', 'isn t', 'isnt', 'that s wrong', 'nel', 'nop', 'tampoco', 'para nada', 'de ninguna manera',
  'negativo', 'mal',
];

const YES = [
  'yes', 'yeah', 'yea', 'yep', 'yup', 'ya', 'correct', 'right', 'that s right', 'thats right', 'all right', 'alright',
  'sure', 'ok', 'okay', 'okey', 'confirm', 'confirmed', 'affirmative', 'absolutely', 'exactly', 'definitely',
  'of course', 'perfect', 'sounds good', 'that s it', 'go ahead', 'uh huh', 'yes please', 'indeed',
  'si', 'sip', 'claro', 'claro que si', 'correcto', 'correcta', 'exacto', 'exacta', 'de acuerdo', 'esta bien',
  'eso es', 'por supuesto', 'perfecto', 'confirmo', 'afirmativo', 'andale', 'asi es', 'va', 'sale', 'dale',
  'that works', 'works for me', 'great', 'fine', 'sounds great', 'orale', 'simon', 'listo', 'muy bien', 'todo bien',
  'me parece bien', 'excelente', 'you got it', 'aja', 'eso mero', 'asi mero', 'mero mero', 'va que va',
  // "Mhm", "mm-hmm": a yes hummed, as a transcript writes it ("uh uh" is a no, not here).
  'mhm', 'mhmm', 'mmhm', 'mmhmm', 'mm hmm', 'mm hm', 'uh-huh', 'uhuh', 'uhhuh',
];

/** A whole answer of one letter or two, as texted. */
const LETTER_ANSWERS = wordTable<'yes' | 'no'>({ y: 'yes', yy: 'yes', k: 'yes', kk: 'yes', n: 'no' });

/** Texted with no word, a thumbs up, a check mark or "OK" sign is a yes; a thumbs down or a cross, a no. */
const YES_EMOJI = /[\u{1F44D}\u{1F44C}\u{1F64C}\u{1F197}\u{2705}\u{2714}\u{2611}\u{1F4AF}]/u;
const NO_EMOJI = /[\u{1F44E}\u{274C}\u{274E}\u{1F6AB}\u{2716}]/u;

/**
 * 'yes', 'no' or null (neither, or unsure). Negation wins over yes-words:
 * "no, that's not right" → 'no'; "yes no" → 'no'.
 */
export function yesNo(text: string, _locale: Locale): 'yes' | 'no' | null {
  try {
    let tokens = tokenize(text);
    if (tokens.length === 0) {
      // "👍", "✅": a yes texted without a word ("👍👎" is neither).
      const [yes, no] = [YES_EMOJI.test(text), NO_EMOJI.test(text)];
      return yes === no ? null : yes ? 'yes' : 'no';
    }
    // Texted alone, a letter is an answer: "y", "n", "k" (okay).
    if (tokens.length === 1 && Object.hasOwn(LETTER_ANSWERS, tokens[0]!)) return LETTER_ANSWERS[tokens[0]!]!;
    if (hasAnyPhrase(tokens, UNSURE)) return null;
    if (endsOpen(tokens)) return null;
    if (hedged(tokens)) return null;
    // "No, wait" is a no; "yes, wait" not yet a yes.
    if (hasAnyPhrase(tokens, HESITATION) && !['no', 'nope', 'nah'].includes(tokens[0]!)) return null;
    const agreedDespiteNegation = hasAnyPhrase(tokens, YES_WITH_NEGATION);
    tokens = removePhrases(tokens, NEGATION_NOT_A_NO);
    if (hasAnyPhrase(tokens, NO)) return 'no';
    if (agreedDespiteNegation || hasAnyPhrase(tokens, YES)) return 'yes';
    // Texted long: "siii", "yesss", "noo", "okk" (only when the word as written is no answer: "correct").
    if (tokens.length === 1) {
      const short = [tokens[0]!.replace(/(\p{L})\1+/gu, '$1')];
      if (hasAnyPhrase(short, NO)) return 'no';
      if (hasAnyPhrase(short, YES)) return 'yes';
    }
    return null;
  } catch {
    return null;
  }
}

/** A "no" that turns down a change, as Mexicans say it: "no, gracias, así está bien", "nel, así déjelo". */
const NO_LEADS = new Set(['no', 'nel', 'nop', 'nope', 'gracias', 'muchas', 'pues']);
/** What is kept, said right after that "no" ("así no está bien" is not one: its "no" follows "así"). */
const AS_IT_IS = [['asi', 'esta', 'bien'], ['asi', 'esta', 'perfecto'], ['asi', 'dejelo'], ['asi', 'dejalo'], ['asi', 'como', 'esta'], ['asi', 'esta', 'todo', 'bien']];
const AFTER_AS_IT_IS = new Set(['gracias', 'muchas', 'pues', 'por', 'favor', 'asi']);

/**
 * "No, gracias, así está bien", "no, así déjelo": asked whether anything should change (the
 * read-back), nothing should. Only a "no" said first, then "así …" and thanks; "no está bien así"
 * (no comma heard: "it is not right"?) is not one.
 */
export function keepsItAsIs(text: string): boolean {
  try {
    const tokens = tokenize(text);
    let k = 0;
    while (k < tokens.length && NO_LEADS.has(tokens[k]!)) k++;
    if (k === 0 || !['no', 'nel', 'nop', 'nope'].includes(tokens[0]!)) return false;
    const kept = AS_IT_IS.find((p) => p.every((w, j) => tokens[k + j] === w));
    if (!kept) return false;
    return tokens.slice(k + kept.length).every((w) => AFTER_AS_IT_IS.has(w));
  } catch {
    return false;
  }
}
