// The text channel's prompt sets: the same prompt ids as the phone, in words written for reading
// (src/sms/texts/*). A prompt with no written version yet (one added for the phone only) falls
// back to the spoken words with the keypad instructions rewritten ("press 1" → "reply 1"), so a
// text never tells anyone to press a key.

import type { Locale } from '../../flows/types.ts';
import type { NoticeId, QuestionId } from '../../flows/call-context.ts';
import type { NoticeWords, PromptArgs, PromptSet, Words } from '../voice/prompts/prompt-types.ts';
import { PROMPTS } from '../voice/voices.ts';
import { enText } from './texts/en-US.ts';
import { esText } from './texts/es-MX.ts';

/** The written words of a locale: every question and notice a text conversation can meet. */
export interface TextWords {
  ask: Partial<Record<QuestionId, Words>>;
  help: Partial<Record<QuestionId, Words>>;
  notice: Partial<Record<NoticeId, NoticeWords>>;
  languageOffer?: Words;
  confirmed?: Words;
  reservationCancelled?: Words;
  reservationChanged?: Words;
  callbackPromised?: Words;
  /**
   * Instead of the callback promise, to a sender no one can call (withheld, "whatsapp:…", a short
   * code) who gave no number: the desk cannot call back; the hotel's number to call (SPEC §6, §7).
   */
  noCallBack?: (args: PromptArgs & { hotelNumber: string | null }) => string;
  goodbye?: Words;
  answer?: PromptSet['answer'];
}

const REWRITES: Record<Locale, [RegExp, string][]> = {
  'en-US': [
    [/,? (?:then|and then) (?:press )?(?:the )?pound(?: key)?/gi, ''],
    [/ followed by the pound key/gi, ''],
    [/ and pound/gi, ''],
    [/ or say it digit by digit/gi, ''],
    [/,? or say it/gi, ''],
    [/\bPress or say\b/g, 'Reply with'],
    [/\bpress star\b/gi, 'reply *'],
    // The desk by text is a word, as the texts' own prompts say it.
    [/\bpress 0\b/g, 'reply AGENT'],
    [/\bPress 0\b/g, 'Reply AGENT'],
    [/\bpress\b/g, 'reply'],
    [/\bPress\b/g, 'Reply'],
    [/\bkey in\b/g, 'send'],
    [/\bKey in\b/g, 'Send'],
    [/\bSay\b/g, 'Send'],
    [/\bsay\b/g, 'send'],
    [/\bafter the tone\b/gi, ''],
  ],
  'es-MX': [
    [/,? y (?:luego )?(?:oprima )?la tecla de gato/gi, ''],
    [/ y gato/gi, ''],
    [/ o dígalo dígito por dígito/gi, ''],
    [/,? o dígalo/gi, ''],
    [/\bOprima o diga\b/g, 'Responda con'],
    [/\boprima asterisco\b/gi, 'responda *'],
    [/\boprima 0\b/g, 'responda AGENTE'],
    [/\bOprima 0\b/g, 'Responda AGENTE'],
    [/\boprima\b/g, 'responda'],
    [/\bOprima\b/g, 'Responda'],
    [/\bmarque\b/g, 'envíe'],
    [/\bMarque\b/g, 'Envíe'],
    [/\bMárquelo\b/g, 'Envíelo'],
    [/\bDiga\b/g, 'Envíe'],
    [/\bdiga\b/g, 'envíe'],
    [/\bdespués del tono\b/gi, ''],
  ],
};

/** Spoken words made readable: keypad instructions become replies. */
export function forText(spoken: string, locale: Locale): string {
  let text = spoken;
  for (const [pattern, replacement] of REWRITES[locale]) text = text.replace(pattern, replacement);
  return text.replace(/\s+([.,;:])/g, '$1').replace(/\s{2,}/g, ' ').trim();
}

type AnyWords = (...args: never[]) => string;

function rewritten<W extends AnyWords>(words: W, locale: Locale): W {
  return ((...args: Parameters<W>) => forText(words(...args), locale)) as unknown as W;
}

function rewrittenAll<K extends string, W extends AnyWords>(set: Record<K, W>, locale: Locale): Record<K, W> {
  return Object.fromEntries(Object.entries<W>(set).map(([k, w]) => [k, rewritten(w, locale)])) as Record<K, W>;
}

function textSet(locale: Locale, written: TextWords): PromptSet {
  const spoken = PROMPTS[locale];
  const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  return {
    ...spoken,
    ask: { ...rewrittenAll(spoken.ask, locale), ...defined(written.ask) },
    help: { ...rewrittenAll(spoken.help, locale), ...defined(written.help) },
    notice: { ...rewrittenAll(spoken.notice, locale), ...defined(written.notice) },
    transfer: rewrittenAll(spoken.transfer, locale),
    languageOffer: written.languageOffer ?? rewritten(spoken.languageOffer, locale),
    holdNotice: rewritten(spoken.holdNotice, locale),
    recordName: rewritten(spoken.recordName, locale),
    recordMessage: rewritten(spoken.recordMessage, locale),
    confirmed: written.confirmed ?? rewritten(spoken.confirmed, locale),
    reservationCancelled: written.reservationCancelled ?? rewritten(spoken.reservationCancelled, locale),
    reservationChanged: written.reservationChanged ?? rewritten(spoken.reservationChanged, locale),
    callbackPromised: written.callbackPromised ?? rewritten(spoken.callbackPromised, locale),
    goodbye: written.goodbye ?? rewritten(spoken.goodbye, locale),
    answer: written.answer ?? spoken.answer,
  };
}

/** Every prompt, worded for a text message, per locale. Built once. */
export const TEXT_PROMPTS: Record<Locale, PromptSet> = {
  'en-US': textSet('en-US', enText),
  'es-MX': textSet('es-MX', esText),
};

/** The written words each locale has of its own (no fallback), for tests that every text reply is written. */
export const WRITTEN: Record<Locale, TextWords> = { 'en-US': enText, 'es-MX': esText };
