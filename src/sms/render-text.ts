// State in, text message out: the SMS channel's renderer. The same prompts as the phone (one
// question per message), worded for reading, answered with Twilio's MessagingResponse.

import { MessagingResponse } from '../twilio/twiml.ts';
import { formatterFor } from '../voice/formatters.ts';
import type { PromptArgs, Words } from '../voice/prompts/prompt-types.ts';
import type { CallView, RenderedTurn, SaidPrompt } from '../voice/render.ts';
import { PROMPTS, otherLocale } from '../voice/voices.ts';
import { forText } from './text-wording.ts';


/** One SMS body (Twilio joins up to 10 segments; we keep a reply well under that). */
const MAX_REPLY = 1400;

export function textLines(view: CallView): SaidPrompt[] {
  const { ctx } = view;
  const set = PROMPTS[ctx.locale];
  const args: PromptArgs = { ctx, f: formatterFor(ctx.locale) };
  const said: SaidPrompt[] = [];
  const line = (prompt: string, words: Words, locale = ctx.locale) =>
    said.push({
      prompt,
      locale,
      text: forText(words(locale === ctx.locale ? args : { ctx: { ...ctx, locale }, f: formatterFor(locale) }), locale),
    });
  for (const n of ctx.notices) line(`notice.${n.id}`, (a) => set.notice[n.id]({ ...a, params: n.params ?? {} }));
  if (view.question) {
    const helpful = ctx.misses > 0;
    line(`${helpful ? 'help' : 'ask'}.${view.question}`, helpful ? set.help[view.question] : set.ask[view.question]);
    if (view.question === 'greeting') {
      line('languageOffer', PROMPTS[otherLocale(ctx.locale)].languageOffer, otherLocale(ctx.locale));
      if (!helpful) line('ask.mainMenu', set.ask.mainMenu);
    }
  } else if (view.state === 'confirmed') {
    line('confirmed', set.confirmed);
  } else if (view.state === 'callbackPromised') {
    line('callbackPromised', set.callbackPromised);
  } else if (view.state === 'reservationCancelled') {
    line('reservationCancelled', set.reservationCancelled);
  } else if (view.state === 'ended') {
    line('goodbye', set.goodbye);
  }
  return said;
}

export function renderText(view: CallView): RenderedTurn {
  const said = textLines(view);
  const response = new MessagingResponse();
  const body = said.map((s) => s.text).join(' ').slice(0, MAX_REPLY);
  if (body) response.message(body);
  return { twiml: response.toString(), said };
}
