// "We get in around 11 pm", "llegamos como a las diez de la noche": when the guest arrives on the
// day, said along the way. Kept (context.lateArrival) so the read-back says plainly until when the
// room is held and what keeps it later (flows/hold-time.ts), and the staff timeline notes it; the
// words are taken out of the answer, so they are never read as a name or a date. Pure; never throws.

import { foldCase } from './understanding/normalize.ts';
import { wordTable } from './understanding/word-table.ts';
import { lastAnswerKept } from './kept.ts';

export interface ArrivalTime {
  /** Hotel time "HH:mm" the guest expects to arrive. */
  time: string;
  /** The words without it ("" when it was all that was said). */
  rest: string;
}

/** Words that say the guest arrives (or checks in) at a time. */
const ARRIVING =
  "(?:arriv(?:e|es|ing|al)|get(?:ting)? (?:in|there|to the hotel)|gets in|be there|check(?:ing)? in|land(?:ing|s)?|come in|coming in|show up|won'?t be there (?:until|till|before)|not (?:be )?there (?:until|till|before)|llego|llegamos|llegaremos|llegariamos|llegaria|llegare|llegan|llega|llegada|llegar|vamos a llegar|voy a llegar|estaremos ahi|estamos ahi|estaria ahi|entramos)";
const FILLER = "(?:\\s+(?:around|about|at|by|like|maybe|probably|late|pretty late|until|till|after|not until|only|como|a eso de|a las|a la|alrededor de las|mas o menos|tipo|las|la|hasta|despues de las|ya|tarde|muy tarde|de|the|at around|at about|around about))*";
const NUMBER_WORDS = wordTable<number>({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
});
const HOUR = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})(?:[:.](\\d{2})|\\s+(thirty|y media|treinta))?`;
const EVENING = '(p\\.?\\s?m\\.?|pm|at night|tonight|in the evening|de la noche|de la tarde|en la noche|por la noche|en la tarde|por la tarde|a\\.?\\s?m\\.?|am|de la manana|in the morning|de la madrugada)?';
// Not followed by a date's rest: "check in 12/20", "arriving 12-20" are dates, not noon.
const PATTERN = new RegExp(`\\b${ARRIVING}${FILLER}\\s+${HOUR}\\s*${EVENING}(?![\\w/])(?![-.]\\d)`, 'u');
/** A word that puts a bare number at a time of day: "arriving around 9", "llegamos a las 10" (not "llegada de 8 personas"). */
const AT_TIME = /\b(?:at|around|about|by|until|till|after|como|eso de|a las|a la|alrededor de|hasta|despues de)\b/u;

/** The arrival time said, or null: a time with no morning or evening word counts only as 13:00–23:59 or from 7 up (a guest on the phone saying "around 9" means the evening when booking a room). Its last answer is kept: a spoken answer is read twice a turn (lastAnswerKept). */
export const arrivalTime: (text: string) => ArrivalTime | null = lastAnswerKept(readArrivalTime);

function readArrivalTime(text: string): ArrivalTime | null {
  try {
    const folded = foldCase(String(text).slice(0, 600)).replace(/[’]/g, "'");
    const m = PATTERN.exec(folded);
    if (!m) return null;
    const time = timeOf(m);
    if (time === null) return null;
    // The words kept as said (case, accents) when folding changed no length; the subject that went with it too ("and we").
    const source = folded.length === text.length ? String(text) : folded;
    const before = source.slice(0, m.index).replace(SUBJECT_LEFT, '');
    const rest = `${before} ${source.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').replace(/^[\s,.;]+|[\s,.;]+$/g, '');
    return { time, rest };
  } catch {
    return null;
  }
}

/** Left before the arrival words: "and we", "but I'll probably", "y". */
const SUBJECT_LEFT = /(?:[\s,]+|^)(?:(?:and|but|y|pero|so|asi que)\s+)?(?:(?:we|i|they|he|she|my \w+|our \w+|nosotros|yo|ellos)(?:'ll| will| should| might| would|'d| can)?(?:\s+(?:probably|only|just|not|prob))?\s*)?$/iu;

function timeOf(m: RegExpExecArray): string | null {
  const said = m[1]!;
  let hour = /^\d+$/.test(said) ? Number(said) : (NUMBER_WORDS[said] ?? NaN);
  const minutes = m[2] ? Number(m[2]) : m[3] ? 30 : 0;
  if (!Number.isInteger(hour) || hour > 24 || minutes > 59) return null;
  const part = m[4] ?? '';
  const morning = /a\.?\s?m|am|manana|morning|madrugada/.test(part) || (/night|noche/.test(part) && (hour === 12 || hour <= 3)); // ("12:30 at night": after midnight.)
  // "Checking in around 2 am on the 10th": which night is meant is the date readers' question
  // (they offer the two nights); the words stay for them. Only an arrival later in the day is kept.
  if (morning) return null;
  const evening = part !== '';
  if (!evening && minutes === 0 && !m[2] && !AT_TIME.test(m[0])) return null;
  if (evening && hour < 12) hour += 12;
  else if (!evening && hour >= 1 && hour <= 11) {
    // "Around 9" without a word for the evening: a stay's arrival from 7 on is the evening; earlier, unsaid.
    if (hour < 7) return null;
    hour += 12;
  }
  if (hour === 24) return '23:59';
  return `${String(hour).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
