// What a caller takes back mid-sentence: "the 5th, no, the 6th", "one night, actually make that
// two", "el viernes, no, mejor el sábado", and what they rule out: "not the 6th", "en vez del 6".
// The date and count readers drop what was taken back instead of taking the first thing said (or
// both). A bare "no" between two things is a correction in English; in Spanish "el 5, no el 6"
// can also mean "the 5th, not the 6th", so there it leaves the caller to choose or say again.
// Pure; never throws.

/** Words that take back what was just said ("make that", "I mean", "o sea", "más bien"). */
const TAKE_BACK = new Set([
  'actually', 'sorry', 'wait', 'mean', 'rather', 'correction', 'scratch', 'make', 'change', 'oops', 'instead',
  'perdon', 'perdona', 'perdone', 'digo', 'mejor', 'dicho', 'bien', 'sea', 'decir', 'realidad', 'corrijo', 'equivoque',
  // "No dos noches sino tres": what is said after "sino" replaces what was ruled out before it.
  'sino',
  // "No, espere, el 12", "hold on, the 12th": a pause to take it back.
  'hold', 'espera', 'espere', 'esperame', 'espereme', 'aguarde', 'aguanta',
]);
/** Words that may stand with a taking back between the two things said, and nothing else. */
const AROUND = new Set([
  ...TAKE_BACK, 'no', 'nope', 'i', 'that', 'it', 'let', 'me', 'um', 'uh', 'eh', 'er', 'oh', 'ah', 'the', 'a', 'an', 'on',
  'for', 'to', 'from', 'in', 'at', 'or', 'el', 'la', 'los', 'las', 'un', 'una', 'mas', 'o', 'quiero', 'quise', 'en', 'para',
  'al', 'del', 'de', 'que', 'sean', 'son', 'es', 'bueno', 'pues', 'well', 'so', 'its', 'be', 'lo', 'le', 'ponle',
  'ponlo', 'cambialo',
  // "Three nights, no, just two", "dos, no, nomás una".
  'just', 'only', 'solo', 'nomas',
  // "fri - actually make it sat" (a dash typed as a pause); "una doble, ay no, mejor una sencilla".
  '-', 'ay',
]);
/**
 * "Tres noches, bueno, cuatro", "three nights, well, four": a second thought, when no "or" offers
 * both ("el 15, o bueno, el 16": either).
 */
const SECOND_THOUGHT = new Set(['bueno', 'well']);
const OR = new Set(['o', 'or']);
/** Before a bare "no", these make it a taking back: "bueno no, dos", "el viernes, ah no, el sábado", "ay no, mejor…". */
const NO_TAKES_BACK_AFTER = new Set(['bueno', 'ah', 'ay', 'oh']);
/** After a bare "no", these say what comes is the replacement: "bueno no, dos", "no, nomás una" (Spanish "no" alone may rule out). */
const NO_THEN_REPLACED = new Set(['nomas', 'solo', 'just', 'only']);
/** Before a thing said, these rule it out: "not the 6th", "instead of Friday", "en vez del 6". */
const RULED_OUT: readonly (readonly string[])[] = [
  ['not'], ['instead', 'of'], ['rather', 'than'], ['except'], ['en', 'vez', 'de'], ['en', 'vez', 'del'],
  ['en', 'lugar', 'de'], ['en', 'lugar', 'del'],
];
/** "This" opening the thing ruled out by a bare "no" before it. */
const THIS_ONE = new Set(['este', 'esta', 'this']);
/** Skipped between the ruling-out words and the thing ruled out ("not the 6th", "not on Friday"). */
const RULED_OUT_FILLER = new Set(['the', 'on', 'a', 'an', 'el', 'la', 'for', 'para']);

export type TakenBack = 'correction' | 'no' | null;

/** Whether the words between two things said take the first back: a correction, a bare "no", or neither. */
export function takenBackBetween(words: readonly string[], from: number, to: number): TakenBack {
  if (to <= from) return null;
  let no = false;
  let takeBack = false;
  let [secondThought, or] = [false, false];
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (!AROUND.has(w)) return null;
    if (SECOND_THOUGHT.has(w)) secondThought = true;
    if (OR.has(w)) or = true;
    if (TAKE_BACK.has(w)) takeBack = true;
    // ("Tres noches, bueno no, dos": "well, no" takes back; "tres noches, no dos" may rule out.)
    else if (w === 'no' || w === 'nope') [no, takeBack] = [true, takeBack || NO_TAKES_BACK_AFTER.has(words[k - 1] ?? '')];
    else if (no && NO_THEN_REPLACED.has(w)) takeBack = true;
  }
  // ("o sea" takes back; "o" alone offers a choice, read by each reader.)
  if (secondThought && !or && !no) takeBack = true;
  return takeBack ? 'correction' : no ? 'no' : null;
}

/** Right after the second thing said, these make a bare "no" before it a taking back: "dos cuartos, no, uno nomás". */
const REPLACED_AFTER = new Set(['nomas', 'nadamas', 'solamente']);

/** Whether the thing said, ending before words[end], is said as the one instead ("uno nomás", "una nada más"). */
export function saidInsteadAfter(words: readonly string[], end: number): boolean {
  return REPLACED_AFTER.has(words[end] ?? '') || (words[end] === 'nada' && words[end + 1] === 'mas');
}

/**
 * Whether a taking back stands right before words[start], with nothing else since `from`'s side
 * of it: "… the 20th, actually make it 4", "… desde el 20, no, mejor 4".
 */
export function takenBackBefore(words: readonly string[], from: number, start: number): boolean {
  for (let k = start - 1; k >= from; k--) {
    const w = words[k]!;
    if (!AROUND.has(w)) return false;
    if (TAKE_BACK.has(w)) return true;
  }
  return false;
}

/** Whether the thing said at words[start] is ruled out by the words before it ("not the 6th"). */
export function ruledOutAt(words: readonly string[], start: number): boolean {
  return ruledOutFrom(words, start) !== null;
}

/** Where the words ruling out the thing at words[start] begin ("not" in "not the 6th"); null when none do. */
export function ruledOutFrom(words: readonly string[], start: number): number | null {
  let p = start;
  while (p > 0 && RULED_OUT_FILLER.has(words[p - 1]!)) p--;
  const phrase = RULED_OUT.find((ph) => p - ph.length >= 0 && ph.every((w, j) => words[p - ph.length + j] === w));
  if (phrase) return p - phrase.length;
  // "No este viernes", "no this friday": "no" before "this" rules it out (a bare "no, el viernes" answers no to something).
  return p === start && p > 0 && words[p - 1] === 'no' && THIS_ONE.has(words[p] ?? '') ? p - 1 : null;
}

/**
 * After a thing said, these rule it out: "Friday doesn't work", "el viernes no puedo", "el viernes no
 * nos queda", "el viernes no se puede" ("el 25, no sé todavía" is unsure, not ruled out). A "no" ending the words is read so too: "el viernes no" is "not Friday", though "el
 * viernes, ¿no?" asks "Friday, right?" — either way, not a day to take without asking.
 */
const RULED_OUT_AFTER: readonly (readonly string[])[] = [
  ['doesnt'], ['does', 'not'], ['wont'], ['will', 'not'], ['isnt'], ['is', 'not'], ['is', 'no', 'good'], ['no', 'good'],
  ['not', 'good'], ['cant'], ['can', 'not'], ['cannot'], ['is', 'out'], ['no', 'puedo'], ['no', 'podemos'], ['no', 'puede'],
  ['no', 'pueden'], ['no', 'me'], ['no', 'nos'], ['no', 'se', 'puede'], ['no', 'se', 'va'], ['no', 'se', 'podra'], ['no', 'se', 'podria'],
  ['no', 'es'], ['no', 'esta'], ['no', 'sirve'], ['no', 'va'],
  ['no', 'llego'], ['no', 'llegamos'], ['no', 'alcanzo'], ['no', 'alcanzamos'],
];
const RULED_OUT_AFTER_FIRST = new Set(RULED_OUT_AFTER.map((p) => p[0]!));

/** Whether the thing said, ending before words[end], is ruled out by the words after it ("Friday doesn't work"). */
export function ruledOutAfter(words: readonly string[], end: number): boolean {
  const w = words[end];
  if (w === undefined || !RULED_OUT_AFTER_FIRST.has(w)) return false;
  if (w === 'no' && end + 1 === words.length) return true;
  return RULED_OUT_AFTER.some((phrase) => phrase.every((p, j) => words[end + j] === p));
}

/**
 * Before a choice (a way to pay, a room type), up to a few words back, these say it is not the one:
 * "no cash", "I don't have a credit card", "sin efectivo", "anything but the suite", "no quiero la
 * suite", "cualquiera menos la king".
 */
const NEGATIONS: readonly (readonly string[])[] = [
  ['no'], ['not'], ['sin'], ['dont'], ['don', 't'], ['cant'], ['can', 't'], ['cannot'], ['wont'], ['won', 't'], ['never'],
  ['nunca'], ['neither'], ['nor'], ['ni'], ['except'], ['instead', 'of'], ['en', 'vez', 'de'], ['en', 'lugar', 'de'],
  ['anything', 'but'], ['everything', 'but'], ['menos'], ['without'], ['rather', 'than'],
  // "Yes but cancel the king", "quítele la doble": a thing taken off is not the one wanted (round 33).
  ['cancel'], ['cancele'], ['cancelar'], ['remove'], ['quite'], ['quitar'], ['quitele'],
];
const NEGATION_LAST = new Set(NEGATIONS.map((n) => n[n.length - 1]!));
/** How far back a negation reaches: "I do not have any cash", "no tengo nada de efectivo". */
const NEGATION_REACH = 5;

/** Words that turn to what comes next: a negation before them does not reach past ("no, mejor la doble": the double). */
const TURNING = new Set(['mejor', 'actually', 'rather', 'better', 'instead', 'digo', 'wait', 'sorry', 'perdon', 'espere', 'meant']);

/** Whether a negation comes shortly before tokens[start], not before `from` (the thing said before it). */
export function negatedBefore(tokens: readonly string[], start: number, from: number): boolean {
  for (let p = start - 1; p >= Math.max(from, start - NEGATION_REACH); p--) {
    if (TURNING.has(tokens[p]!)) return false;
    // (Most words end no negation: one lookup each.)
    if (!NEGATION_LAST.has(tokens[p]!)) continue;
    // "No, the standard": a no that opens the words answers what was asked, and the choice follows
    // ("not the suite" negates). Not in Spanish, where "no la suite, la doble" rules the suite out.
    if (p === 0 && tokens[0] === 'no' && tokens[1] === 'the') return false;
    for (const n of NEGATIONS) {
      const at = p - n.length + 1;
      if (at >= from && n.every((w, j) => tokens[at + j] === w)) return true;
    }
  }
  return false;
}

/**
 * Before a choice, these make it the first wish and what follows the fallback: "if there's no suite,
 * a double", "si no hay suite, una doble", "if you don't have a king, a queen". Not a negation.
 */
const IF_NONE: readonly (readonly string[])[] = [
  ['if', 'there', 's', 'no'], ['if', 'theres', 'no'], ['if', 'there', 'is', 'no'], ['if', 'there', 'isn', 't'], ['if', 'there', 'isnt'],
  ['if', 'there', 'aren', 't'], ['if', 'there', 'are', 'no'], ['if', 'no'], ['if', 'you', 'don', 't', 'have'],
  ['if', 'you', 'dont', 'have'], ['if', 'you', 'do', 'not', 'have'], ['if', 'you', 're', 'out', 'of'], ['if', 'youre', 'out', 'of'],
  ['if', 'you', 'have', 'no'], ['si', 'no', 'hay'], ['si', 'ya', 'no', 'hay'], ['si', 'no', 'tiene'], ['si', 'no', 'tienen'],
  ['si', 'no', 'tienes'], ['si', 'no', 'tuviera'], ['si', 'no', 'tuvieran'], ['si', 'no', 'hubiera'], ['si', 'no', 'les', 'queda'],
  ['si', 'no', 'le', 'queda'], ['en', 'caso', 'de', 'que', 'no', 'haya'],
];
/** Between those words and the choice ("if there's no ocean suite", "si no hay una suite"). */
const IF_NONE_FILLER = new Set(['a', 'an', 'the', 'any', 'un', 'una', 'la', 'el', 'alguna', 'algun', 'ninguna', 'ningun']);

/** Whether tokens[start] is the choice after "if there's no …" / "si no hay …": wished first, not ruled out. */
export function wishedFirstAt(tokens: readonly string[], start: number): boolean {
  let p = start;
  while (p > 0 && IF_NONE_FILLER.has(tokens[p - 1]!)) p--;
  return IF_NONE.some((n) => p - n.length >= 0 && n.every((w, j) => tokens[p - n.length + j] === w));
}

/** Words without one of which nothing is taken back, ruled out or said not to be: a cheap first look. */
const SIGNS = new Set([...TAKE_BACK, 'no', 'nope', ...NEGATION_LAST, ...RULED_OUT.map((p) => p[p.length - 1]!)]);

/** Whether the words may take something back or rule it out (if not, the readers need not look). */
export function maySayOtherwise(tokens: readonly string[]): boolean {
  for (const t of tokens) if (SIGNS.has(t)) return true;
  return false;
}
