// State in, text message out: the SMS channel's renderer. The same statechart and prompt ids as
// the phone (one question per message), in the words written for reading (text-wording.ts),
// answered with Twilio's MessagingResponse.

import { MessagingResponse } from '../twilio/twiml.ts';
import { noticeLines, promptLine, questionLines } from '../voice/prompt-lines.ts';
import type { Words } from '../voice/prompts/prompt-types.ts';
import type { CallView, RenderedTurn, SaidPrompt } from '../voice/render.ts';
import { TEXT_PROMPTS, WRITTEN } from './text-wording.ts';
import { cutText } from '../privacy/cut-text.ts';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { reachableNumber } from '../../flows/reading/guest-questions.ts';
import { typeWaiting } from '../../flows/two-room-types.ts';

/** One SMS body (Twilio joins up to 10 segments; we keep a reply well under that). */
const MAX_REPLY = 1400;

/** A number as anyone can dial it from anywhere ("+1 555 123 0000"); a WhatsApp address's number too. */
function dialable(number: string | null): string | null {
  if (!number) return null;
  const bare = number.replace(/^whatsapp:/i, '');
  return parsePhoneNumberFromString(bare)?.formatInternational() ?? bare;
}

/**
 * `greeted`: this conversation has had a reply already (the first one names the hotel).
 * `hotelNumber`: the number guests call, given to a sender the desk cannot call back.
 */
export function textLines(view: CallView, greeted = true, hotelNumber: string | null = null): SaidPrompt[] {
  const set = TEXT_PROMPTS[view.ctx.locale];
  // Withheld, "whatsapp:…", a short code, and no number given: no call back is promised (SPEC §6, §7).
  const noCallBack = WRITTEN[view.ctx.locale].noCallBack;
  const promise: [string, Words] =
    reachableNumber(view.ctx) === null && noCallBack
      ? ['noCallBack', (args) => noCallBack({ ...args, hotelNumber: dialable(hotelNumber) })]
      : ['callbackPromised', set.callbackPromised];
  const closing: Partial<Record<string, [string, Words]>> = {
    confirmed: ['confirmed', set.confirmed],
    callbackPromised: promise,
    reservationCancelled: ['reservationCancelled', set.reservationCancelled],
    reservationChanged: ['reservationChanged', set.reservationChanged],
    ended: ['goodbye', set.goodbye],
    // "No" to the second room type offered after a booking.
    doneAfterBooking: ['goodbye', set.goodbye],
    turnedAway: ['goodbye', set.goodbye],
  };
  const last = closing[view.state];
  // "Thanks, that's all" at the greeting: "You're welcome." alone, not the greeting again (a call
  // goes on with the menu, which the caller may still want; a text waits for the next message).
  if (view.question && view.ctx.notices.length > 0 && view.ctx.notices.every((n) => n.id === 'welcome')) return noticeLines(view, TEXT_PROMPTS);
  // A booking closes a text conversation: its confirmation, not the phone's "anything else?"; with
  // a second room type asked for with the first, the confirmation and that type offered, to answer.
  if (view.state === 'confirmed' && last) {
    const next = typeWaiting(view.ctx) ? [promptLine(view, 'anythingElse', set.ask.anythingElse!)] : [];
    return [...noticeLines(view, TEXT_PROMPTS), promptLine(view, last[0], last[1]), ...next];
  }
  return view.question
    ? questionLines(view, TEXT_PROMPTS, greeted)
    : [...noticeLines(view, TEXT_PROMPTS), ...(last ? [promptLine(view, last[0], last[1])] : [])];
}

export function renderText(view: CallView, greeted = true, hotelNumber: string | null = null): RenderedTurn {
  const said = textLines(view, greeted, hotelNumber);
  const response = new MessagingResponse();
  const body = cutText(said.map((s) => s.text).join(' '), MAX_REPLY);
  if (body) response.message(body);
  return { twiml: response.toString(), said };
}
