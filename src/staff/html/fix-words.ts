// What to fix in a filter form, in the page's language: the field as the desk knows it and the
// refusal said from its key (params.ts), never reworded from the API's English message.

import { deskWords } from '../desk-language.ts';
import type { BadParameter } from '../params.ts';
import { refusalWords } from '../params.ts';

export function fixWords(err: BadParameter): string {
  const w = deskWords().params;
  const field = Object.hasOwn(w.fields, err.parameter) ? w.fields[err.parameter]! : w.unnamed;
  return `${refusalWords(w.refusals, field, err.refusal)}.`;
}
