// A stay detail given at another question ("the double queen" asked the arrival, "two rooms" asked
// the room type) is taken, and said back before the question is asked again ("Double Queen.",
// "2 rooms."): without it the caller hears the same question again, as if not understood, and
// repeats themselves. The question's own answer is not said back (the next question shows it was
// taken), nor at the read-back or a change, which say the whole stay again.

import type { Heard, Notice, QuestionId } from './call-context.ts';

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
