// State in, text message out: the SMS channel's renderer. The same statechart and prompt ids as
// the phone (one question per message), in the words written for reading (text-wording.ts),
// answered with Twilio's MessagingResponse.

import { MessagingResponse } from '../twilio/twiml.ts';
import { noticeLines, promptLine, questionLines } from '../voice/prompt-lines.ts';
import type { Words } from '../voice/prompts/prompt-types.ts';
import type { CallView, RenderedTurn, SaidPrompt } from '../voice/render.ts';
import { TEXT_PROMPTS } from './text-wording.ts';

/** One SMS body (Twilio joins up to 10 segments; we keep a reply well under that). */
const MAX_REPLY = 1400;

/** `greeted`: this conversation has had a reply already (the first one names the hotel). */
export function textLines(view: CallView, greeted = true): SaidPrompt[] {
  const set = TEXT_PROMPTS[view.ctx.locale];
  const closing: Partial<Record<string, [string, Words]>> = {
    confirmed: ['confirmed', set.confirmed],
    callbackPromised: ['callbackPromised', set.callbackPromised],
    reservationCancelled: ['reservationCancelled', set.reservationCancelled],
    ended: ['goodbye', set.goodbye],
  };
  const last = closing[view.state];
  // "Thanks, that's all" at the greeting: "You're welcome." alone, not the greeting again (a call
  // goes on with the menu, which the caller may still want; a text waits for the next message).
  if (view.question && view.ctx.notices.length > 0 && view.ctx.notices.every((n) => n.id === 'welcome')) return noticeLines(view, TEXT_PROMPTS);
  return view.question
    ? questionLines(view, TEXT_PROMPTS, greeted)
    : [...noticeLines(view, TEXT_PROMPTS), ...(last ? [promptLine(view, last[0], last[1])] : [])];
}

export function renderText(view: CallView, greeted = true): RenderedTurn {
  const said = textLines(view, greeted);
  const response = new MessagingResponse();
  const body = said.map((s) => s.text).join(' ').slice(0, MAX_REPLY);
  if (body) response.message(body);
  return { twiml: response.toString(), said };
}
