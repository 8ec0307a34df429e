// A stay detail given at another question ("the double queen" asked the arrival, "two rooms" asked
// the room type) is taken, and said back before the question is asked again ("Double Queen.",
// "2 rooms."): without it the caller hears the same question again, as if not understood, and
// repeats themselves. The question's own answer is not said back (the next question shows it was
// taken), nor at the read-back or a change, which say the whole stay again.
// One exception: a room type picked at the list by other words than its name ("the cheapest one",
// "the king", "la más barata") is said back ("The Standard.", "La Estándar."), so a wrong pick is
// caught at once; picked by its key or its name, it is not (the caller said it).

import type { CallContext, CallerEvent, Heard, Notice, QuestionId } from './call-context.ts';
import { tokenize } from './understanding/normalize.ts';
import { namesOnly, numberOf, roomTypeMatches } from './understanding/room-type-phrases.ts';

/** Questions that ask one detail, after which the same question may be asked again. */
const ASKING: ReadonlySet<QuestionId> = new Set(['arrivalDate', 'dateChoice', 'roomType', 'rooms', 'nights', 'name', 'payment', 'cardKind', 'callback']);

export function withOtherDetailSaidBack(question: QuestionId, heard: Heard): Heard {
  if (heard.kind !== 'answer' || !ASKING.has(question) || heard.value.q === question) return heard;
  const notice = saidBack(heard.value);
  // ("The Deluxe King is 240 dollars a night." names the type already: not "The Deluxe King." again.)
  const named = notice?.params?.roomType !== undefined && (heard.notices ?? []).some((n) => n.id === 'rate' && n.params?.type === notice.params?.roomType);
  return notice && !named ? { ...heard, notices: [...(heard.notices ?? []), notice] } : heard;
}

function saidBack(value: Extract<Heard, { kind: 'answer' }>['value']): Notice | null {
  switch (value.q) {
    case 'roomType':
      return { id: 'heardRequest', params: { roomType: value.code } };
    case 'rooms':
      return { id: 'heardRequest', params: { rooms: value.rooms } };
    case 'nights':
      return { id: 'heardRequest', params: { nights: value.nights } };
    default:
      return null;
  }
}

/** The room type just picked at the list, said back when the words did not name it. */
export function withTypeSaidBack(question: QuestionId, heard: Heard, ctx: CallContext, event: CallerEvent): Heard {
  if (question !== 'roomType' || heard.kind !== 'answer' || heard.value.q !== 'roomType' || event.type !== 'caller.speech') return heard;
  const code = heard.value.code;
  // The type was just named to them ("Would you like the Deluxe King?"), or its rate is said: named already.
  if ((ctx.typeAsked ?? []).includes(code) || (heard.notices ?? []).some((n) => n.id === 'rate' && n.params?.type === code)) return heard;
  const tokens = tokenize(event.text);
  // A number alone is the key said ("two", "2"); the type's own name, said (plurals and short forms too).
  if ((tokens.length === 1 && numberOf(tokens[0]!) !== null) || roomTypeMatches(tokens, namesOnly(ctx.hotel.roomTypes), ctx.locale).some((m) => m.code === code)) {
    return heard;
  }
  return { ...heard, notices: [...(heard.notices ?? []), { id: 'heardRequest', params: { roomType: code } }] };
}

