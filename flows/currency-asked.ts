// A price asked in another currency than the hotel's ("how much is the double in dollars?" at a
// hotel in Mexico, "¿cuánto es en pesos?" at one in the US): the rates are said in the hotel's own
// money, as always, and the caller is told so once in the answer ("Our rates are in pesos."),
// rather than hearing pesos as if dollars had not been asked for. Pure; never throws.

import type { Notice } from './call-context.ts';
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';
import { wordTable } from './understanding/word-table.ts';

/** The words that name a currency, by its ISO code. */
const CURRENCY_WORDS = wordTable<readonly string[]>({
  USD: ['dollars', 'dollar', 'usd', 'bucks', 'dolares', 'dolar', 'dls', 'dlls'],
  MXN: ['pesos', 'peso', 'mxn', 'pesos mexicanos'],
  EUR: ['euros', 'euro', 'eur'],
  CAD: ['canadian dollars', 'cad', 'dolares canadienses'],
});

/** Words that ask for an amount in a currency, not of one ("in dollars", "en dólares", "how many dollars"). */
const ASKED_IN = ['in', 'en', 'many', 'much', 'cuantos', 'cuanto', 'is that', 'es eso', 'sale'];

/** The note that the rates are in the hotel's currency, when the words ask them in another; else null. */
export function currencyNote(text: string, hotelCurrency: string): Notice | null {
  try {
    const words = tokenize(text);
    if (words.length === 0 || !hasAnyPhrase(words, ASKED_IN)) return null;
    const own = new Set(CURRENCY_WORDS[hotelCurrency] ?? []);
    const other = Object.entries(CURRENCY_WORDS).some(
      ([code, names]) => code !== hotelCurrency && hasAnyPhrase(words, names.filter((n) => !own.has(n))),
    );
    // ("Dollars" at a hotel in Canada names its own money.)
    return other && !(hotelCurrency === 'CAD' && hasAnyPhrase(words, CURRENCY_WORDS.USD!)) ? { id: 'currencyNote', params: { currency: hotelCurrency } } : null;
  } catch {
    return null;
  }
}
