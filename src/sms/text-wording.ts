// The prompts are written for the ear ("press 1", "key in … then the pound key"); by text the
// same words are read, so the keypad instructions become "reply …". One table per language.

import type { Locale } from '../../flows/types.ts';

const REWRITES: Record<Locale, [RegExp, string][]> = {
  'en-US': [
    [/,? (?:then|and then) press (?:the )?pound(?: key)?/gi, ''],
    [/ followed by the pound key/gi, ''],
    [/ and then pound/gi, ''],
    [/ or say it digit by digit/gi, ''],
    [/, or say it/gi, ''],
    [/ or say it/gi, ''],
    [/\bPress or say\b/g, 'Reply with'],
    [/\bpress star\b/gi, 'reply *'],
    [/\bpress\b/g, 'reply'],
    [/\bPress\b/g, 'Reply'],
    [/\bkey in\b/g, 'send'],
    [/\bKey in\b/g, 'Send'],
    [/\bSay the date\b/g, 'Send the date'],
    [/\bSay your\b/g, 'Send your'],
    [/\bsay "([^"]+)"/g, 'send "$1"'],
    [/\bafter the tone\b/gi, ''],
  ],
  'es-MX': [
    [/,? y luego (?:oprima )?la tecla de número/gi, ''],
    [/ seguido de la tecla de número/gi, ''],
    [/ o dígalo dígito por dígito/gi, ''],
    [/,? o dígalo/gi, ''],
    [/\bOprima o diga\b/g, 'Responda con'],
    [/\boprima asterisco\b/gi, 'responda *'],
    [/\boprima\b/g, 'responda'],
    [/\bOprima\b/g, 'Responda'],
    [/\bmarque\b/g, 'envíe'],
    [/\bMárquelo\b/g, 'Envíelo'],
    [/\bDiga la fecha\b/g, 'Envíe la fecha'],
    [/\bdiga "([^"]+)"/g, 'envíe "$1"'],
    [/\bDiga su\b/g, 'Envíe su'],
    [/\bdespués del tono\b/gi, ''],
  ],
};

export function forText(spoken: string, locale: Locale): string {
  let text = spoken;
  for (const [pattern, replacement] of REWRITES[locale]) text = text.replace(pattern, replacement);
  return text.replace(/\s+([.,;:])/g, '$1').replace(/\s{2,}/g, ' ').trim();
}
