// What to fix in a staff form, in the front desk's words: "The end date is before the start
// date", not "to must not be before from". Said from the refusal's key and values (params.ts);
// the API keeps its parameter-named English. The Spanish twin is refusal-words-es.ts.

import type { RefusalWords } from './params.ts';

export const FIELDS_EN: Record<string, string> = {
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
  preset: 'The period',
  page: 'The page number',
  perPage: 'The number of rows per page',
  phone: 'The phone number',
  note: 'What was agreed',
  until: 'The time to keep the room until',
  hotel: 'The property',
  label: 'The label',
  username: 'The account',
};

export const REFUSALS_EN: RefusalWords = {
  notDate: (f) => `${f} must be a date, like 2026-12-04`,
  dateRange: (f, v) => `${f} must be a date from ${v.first} to ${v.last}`,
  wholeNumber: (f, v) => `${f} must be a whole number from ${v.min} to ${v.max}`,
  oneOf: (f, v) => `${f} must be one of ${v.values.join(', ')}`,
  language: (f) => `${f} must be English or Spanish`,
  tooShort: (f, v) => `${f} must be at least ${v.min} characters`,
  tooLong: (f, v) => `${f} must be at most ${v.max} characters`,
  phoneChars: (f) => `${f} must be (part of) a phone number: digits, spaces, + ( ) . -`,
  noDigits: (f) => `${f} must contain digits`,
  nameOrNumber: (f) => `${f} must be a name or a number`,
  notPhone: (f) => `${f} must be a phone number: digits, spaces, + ( ) . -`,
  fewDigits: (f, v) => `${f} must have at least ${v.min} digits`,
  noteRequired: () => 'Say what was agreed with the guest',
  timeOfDay: (f) => `${f} must be a time of day, such as 23:30 or 01:00`,
  callSid: () => 'That is not a call of this console: open it from the Calls page',
  notValid: (f) => `${f} is not valid`,
  required: (f) => `${f} is required`,
  givenTwice: (f) => `${f} must be given once, as one value`,
  notSingle: (f) => `${f} must be a single value, not an object`,
  notText: (f) => `${f} must be text`,
  notObject: () => 'The form was not sent as fields',
  notEmpty: () => 'This button takes no fields',
  toBeforeFrom: () => 'The end date is before the start date: pick an end date on or after it',
  periodTooLong: (_f, v) => `A period can be at most ${v.days} days long: pick a shorter one`,
  unknown: (_f, v) => `This page has no setting "${v.name}": use the form below`,
  perProperty: () => 'Availability is per property: choose one in the header',
  said: (_f, v) => v.words,
};
