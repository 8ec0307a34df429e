import type { Locale } from '../../flows/types.ts';
import { enUS } from './prompts/en-US.ts';
import { esMX } from './prompts/es-MX.ts';
import type { PromptSet } from './prompts/prompt-types.ts';

/** Twilio <Say> voice per locale (Amazon Polly neural voices Twilio offers; SPEC §9). */
export const VOICES: Record<Locale, string> = {
  'en-US': 'Polly.Joanna-Neural',
  'es-MX': 'Polly.Mia-Neural',
};

export const PROMPTS: Record<Locale, PromptSet> = {
  'en-US': enUS,
  'es-MX': esMX,
};

export function otherLocale(locale: Locale): Locale {
  return locale === 'en-US' ? 'es-MX' : 'en-US';
}
