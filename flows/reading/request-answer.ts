// One Heard from a question's own reading and the whole request read from the same words: the
// question's own answer when that is all there was (so each question keeps its own notices and
// wording), else one answer carrying every detail, with what to say about the rest.

import type { Answer, Heard, Slots } from '../call-context.ts';
import type { CallerInput } from './caller-input.ts';
import { saysSomething } from './whole-request.ts';
import type { WholeRequest } from './whole-request.ts';

/** Twilio may not send a `Confidence`; for a name, that is as good as a low one (SPEC §5). */
export const NAME_CONFIDENCE = 0.75;

/** The slots a one-question answer fills. */
export function slotsOf(answer: Answer): Slots | null {
  switch (answer.q) {
    case 'arrivalDate':
      return { arrival: answer.date };
    case 'roomType':
      return { roomType: answer.code };
    case 'rooms':
      return { rooms: answer.rooms };
    case 'nights':
      return { nights: answer.nights };
    case 'name':
      return { name: answer.name };
    case 'payment':
      return { payment: answer.method };
    case 'request':
      return answer.slots;
    default:
      return null;
  }
}

/** A single detail as the answer to its own question (keeps that question's wording). */
function plainAnswer(slots: Slots): Answer | null {
  const keys = Object.keys(slots) as (keyof Slots)[];
  if (keys.length !== 1) return null;
  if (slots.arrival !== undefined) return { q: 'arrivalDate', date: slots.arrival };
  if (slots.roomType !== undefined) return { q: 'roomType', code: slots.roomType };
  if (slots.rooms !== undefined) return { q: 'rooms', rooms: slots.rooms };
  if (slots.nights !== undefined) return { q: 'nights', nights: slots.nights };
  if (slots.name !== undefined) return { q: 'name', name: slots.name };
  if (slots.payment !== undefined) return { q: 'payment', method: slots.payment };
  return null;
}

/** The request as an answer: one question's own when it is one detail, else all of them. */
export function requestAnswer(slots: Slots): Answer {
  return plainAnswer(slots) ?? { q: 'request', slots };
}

export function withWholeRequest(own: Heard | null, whole: WholeRequest | null, input: CallerInput): Heard | null {
  if (!whole) return own;
  let mine = own?.kind === 'answer' || own?.kind === 'unsure' || (own?.kind === 'route' && own.value) ? slotsOf(own.value!) : null;
  // "One suite and one standard" at the rooms question: each count is its own type's, so the
  // question's own "one" is not the rooms wanted (the two types are explained instead).
  if (mine?.rooms !== undefined && whole.notices.some((n) => n.id === 'oneRoomType')) {
    const { rooms: _rooms, ...others } = mine;
    mine = others;
  }
  // Nights said with dates that imply others ("three nights, leaving the 10th"): the question's own
  // count of them is not taken either.
  if (mine?.nights !== undefined && whole.contradicted === 'nights') {
    const { nights: _nights, ...others } = mine;
    mine = others;
    if (Object.keys(others).length === 0) own = null;
  }
  // What the whole request read has its meaning attached ("until the 12th" is a departure, not
  // twelve nights): it wins over the question's own reading of the same words.
  const slots: Slots = { ...(mine ?? {}), ...whole.slots };
  if (whole.group || (own?.kind === 'route' && own.route === 'group')) {
    return { kind: 'route', route: 'group', value: { q: 'request', slots } };
  }
  // The question's own ways forward (a menu choice, "say it again") come first.
  if (own && own.kind !== 'answer' && own.kind !== 'unsure' && own.kind !== 'miss' && own.kind !== 'nameRetry') return own;
  if (!saysSomething(slots)) {
    if (whole.refused) return { kind: 'miss', notice: whole.notices[0]!, also: whole.notices.slice(1), ...(slots.locale ? { locale: slots.locale } : {}) };
    if (whole.notices.length) return own?.kind === 'miss' ? { ...own, also: whole.notices } : { kind: 'answered', notices: whole.notices };
    return own;
  }
  const value = requestAnswer(slots);
  const notices = whole.notices;
  if (own?.kind === 'unsure') return { kind: 'unsure', value, said: own.said };
  // A reading inferred rather than heard ("la primera quincena de enero": the 1st to the 15th?) is confirmed.
  if (whole.unsure) return { kind: 'unsure', value, said: input.kind === 'speech' ? input.text.slice(0, 200) : '' };
  // A name said along the way is confirmed like one said at the name question.
  if (slots.name !== undefined && input.kind === 'speech' && (input.confidence === null || input.confidence < NAME_CONFIDENCE)) {
    return { kind: 'unsure', value, said: input.text.slice(0, 200) };
  }
  return notices.length ? { kind: 'answer', value, notices } : { kind: 'answer', value };
}
