// "We need a crib", "an accessible room", "cuartos juntos", "a high floor, please": a special
// request said along the way. The phone system cannot promise any of them, so the caller is told
// it is noted for the front desk, which confirms it; it is kept (context.requests) for the read-back,
// the desk's whisper and the staff timeline, and taken out of the words so that "and we need a crib"
// at the name question is never confirmed as a name, nor "necesitamos una cuna" a payment missed.
// Pure; never throws.

import { foldCase } from './understanding/normalize.ts';
import { lastAnswerKept } from './kept.ts';
import type { CallerEvent, Notice, QuestionId } from './call-context.ts';

export const SPECIAL_REQUESTS = ['crib', 'accessible', 'together', 'highFloor', 'lowFloor', 'quiet', 'extraBed'] as const;
export type SpecialRequest = (typeof SPECIAL_REQUESTS)[number];

export interface RequestsSaid {
  requests: SpecialRequest[];
  /** The words without the requests and the words that asked for them ("" when that was all). */
  rest: string;
}

/** Each request's words, folded as foldCase() folds (lower case, no accents). */
const SAID: Record<SpecialRequest, string> = {
  crib: String.raw`(?:a |una |un )?(?:baby )?(?:cribs?|cots?|bassinets?|pack (?:n|and) play|baby beds?|cunas?|cunitas?|corralitos?)`,
  accessible: String.raw`(?:an |a |una |un )?(?:(?:wheelchair|handicap|handicapped|ada|disability) (?:accessible )?(?:rooms?|access)|(?:accessible|handicap|handicapped|ada) rooms?|wheelchair accessible|wheel chair accessible|(?:habitacion|cuarto|habitaciones|cuartos) (?:accesibles?|para (?:personas con )?discapacidad|para silla de ruedas|para discapacitados)|accesibles? para silla de ruedas|silla de ruedas|movilidad reducida)`,
  together: String.raw`(?:next to each other|next to one another|side by side|adjoining(?: rooms)?|connecting(?: rooms)?|adjacent(?: rooms)?|close together|near each other|close to each other|(?:rooms|them) together|(?:juntos|juntas|contiguos|contiguas|conectados|conectadas|comunicados|comunicadas|pegados|pegadas|cerca uno del otro|cerca una de la otra|uno al lado del otro|una al lado de la otra))`,
  highFloor: String.raw`(?:a |an |the |un |el )?(?:high|higher|top|upper) floors?|(?:un |el )?(?:piso|pisos) (?:alto|altos|de arriba)|(?:el )?ultimo piso`,
  lowFloor: String.raw`(?:a |an |the |un |el |la )?(?:low|lower|ground) floors?|(?:un |el )?(?:piso|pisos) (?:bajo|bajos)|planta baja`,
  quiet: String.raw`(?:a |an |una |un )?quiet rooms?|away from the elevators?|(?:una |un )?(?:habitacion|cuarto) (?:tranquila|tranquilo|silencios[ao])|lejos del elevador`,
  extraBed: String.raw`(?:an |a |una |un )?(?:extra bed|rollaway(?: bed)?|roll away(?: bed)?|cama (?:extra|adicional)|camas? extras?)`,
};
const PATTERNS = SPECIAL_REQUESTS.map((kind) => [kind, new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${SAID[kind]})(?![\p{L}\p{N}])`, 'gu')] as const);

/** Words that only asked for a request ("and we'd also need", "por favor", "que estén"): nothing left of an answer. */
const ASKING = new Set(
  ('and also too as well please we i d we d i ll would like need needs want wanted have get could can you do is there are there any ' +
    'a an the for with if possible one some our my kids baby room rooms be it s its that they them on in of so ' +
    'y tambien por favor necesitamos necesito necesitaria queremos quiero quisiera quisieramos nos me gustaria pueden puede podrian ' +
    'dar darnos tener tienen hay una un unos unas que sean esten estar si se de con para el la los las mi nuestro nuestra bebe ninos ' +
    'cuarto cuartos habitacion habitaciones en hotel is el es esta').split(' '),
);

/** The special requests in the words, with the words left; null when there are none. Its last answer is kept (a spoken answer is read twice a turn). */
export const specialRequests: (text: string) => RequestsSaid | null = lastAnswerKept(readRequests);

function readRequests(text: string): RequestsSaid | null {
  try {
    const raw = String(text).slice(0, 600);
    const folded = foldCase(raw).replace(/[’]/g, "'");
    // Cut from the words as said (case, accents) when folding changed no length.
    let kept = folded.length === raw.length ? raw : folded;
    let scan = folded;
    const requests: SpecialRequest[] = [];
    for (const [kind, pattern] of PATTERNS) {
      pattern.lastIndex = 0;
      let found = false;
      scan = scan.replace(pattern, (m, at: number) => {
        found = true;
        kept = kept.slice(0, at) + ' '.repeat(m.length) + kept.slice(at + m.length);
        return ' '.repeat(m.length);
      });
      if (found) requests.push(kind);
    }
    if (requests.length === 0) return null;
    const words = scan.replace(/[^\p{L}\p{N}']+/gu, ' ').trim().split(' ').filter(Boolean);
    const onlyAsking = words.every((w) => ASKING.has(w.replace(/'/g, ' ').split(' ')[0]!) || ASKING.has(w.replace(/'/g, '')));
    return { requests, rest: onlyAsking ? '' : withoutAskingAtTheEnds(kept) };
  } catch {
    return null;
  }
}

const TRAILING_WORD = /[\s,.;:!?¿¡]*([\p{L}']+)[\s,.;:!?¿¡]*$/u;
const LEADING_WORD = /^[\s,.;:!?¿¡]*(and|also|y|tambien|también)\b[\s,.;:]*/iu;

/** "Bob Lee and we need" (its crib taken out): "Bob Lee". */
function withoutAskingAtTheEnds(words: string): string {
  let rest = words.replace(/\s+/g, ' ').replace(LEADING_WORD, '');
  for (let m = TRAILING_WORD.exec(rest); m && ASKING.has(foldCase(m[1]!).replace(/'.*$/, '')); m = TRAILING_WORD.exec(rest)) {
    rest = rest.slice(0, m.index);
  }
  return rest.replace(/\s+([,.;!?])/g, '$1').replace(/^[\s,.;]+|[\s,.;]+$/g, '').trim();
}

/** The questions of a booking, where a request said is noted (read-question.ts reads a whole request at them). */
const AT_BOOKING: ReadonlySet<QuestionId> = new Set([
  'greeting', 'mainMenu', 'arrivalDate', 'dateChoice', 'roomType', 'rooms', 'nights', 'offer', 'name', 'payment',
  'cardKind', 'callback', 'readBack', 'changeDetail', 'anythingElse',
]);

/** The requests said at a booking question, by voice or text; null when none. */
export function requestsHeard(question: QuestionId, said: CallerEvent): SpecialRequest[] | null {
  if (said.type !== 'caller.speech' || !AT_BOOKING.has(question)) return null;
  return specialRequests(said.text)?.requests ?? null;
}

/** The words left once the requests are taken out, at a booking question; null when none was said. */
export function withoutRequests(question: QuestionId, text: string): string | null {
  if (!AT_BOOKING.has(question)) return null;
  return specialRequests(text)?.rest ?? null;
}

export function requestNotice(requests: readonly SpecialRequest[]): Notice {
  return { id: 'requestNoted', params: { requests: requests.join(',') } };
}

/** The codes a notice or the context carries, in the order said; unknown ones left out. */
export function requestsOf(codes: unknown): SpecialRequest[] {
  const list = Array.isArray(codes) ? codes : typeof codes === 'string' ? codes.split(',') : [];
  return list.filter((c): c is SpecialRequest => (SPECIAL_REQUESTS as readonly string[]).includes(c));
}

/** Each request as said in English ("a crib"): the staff timeline's words, and the English prompts'. */
export const REQUEST_NAMES: Record<SpecialRequest, string> = {
  crib: 'a crib', accessible: 'an accessible room', together: 'rooms next to each other', highFloor: 'a high floor',
  lowFloor: 'a low floor', quiet: 'a quiet room', extraBed: 'an extra bed',
};

/** The requests as the staff timeline says them ("a crib, a high floor"). */
export function requestNames(requests: readonly SpecialRequest[]): string {
  return requests.map((r) => REQUEST_NAMES[r]).join(', ');
}
