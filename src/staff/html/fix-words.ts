// What to fix in a filter form, in the front desk's words: "The end date is before the start
// date", not "to must not be before from". The API keeps its parameter-named messages.

import type { BadParameter } from '../params.ts';

const FIELDS: Record<string, string> = {
  from: 'The start date',
  to: 'The end date',
  date: 'The date',
  days: 'The number of nights',
  q: 'The search',
  guest: 'The guest name or number',
  caller: 'The caller number',
  status: 'The status',
  list: 'The list',
  outcome: 'The outcome',
  lang: 'The language',
  channel: 'The channel',
  page: 'The page number',
  perPage: 'The number of rows per page',
  phone: 'The phone number',
};

const PHRASES: [RegExp, string][] = [
  [/^to must not be before from$/, 'The end date is before the start date: pick an end date on or after it'],
  [/^a period spans at most (\d+) days$/, 'A period can be at most $1 days long: pick a shorter one'],
  [/^unknown parameter "(.+)"$/, 'This page has no setting "$1": use the form below'],
];

export function fixWords(err: BadParameter): string {
  for (const [pattern, words] of PHRASES) if (pattern.test(err.message)) return `${err.message.replace(pattern, words)}.`;
  const field = FIELDS[err.parameter];
  const rest = err.message.startsWith(`${err.parameter} `) ? err.message.slice(err.parameter.length + 1) : null;
  if (!field || rest === null) return `${err.message.charAt(0).toUpperCase()}${err.message.slice(1)}.`;
  return `${field} ${rest.replace('must be a date as yyyy-MM-dd', 'must be a date, like 2026-12-04')}.`;
}
