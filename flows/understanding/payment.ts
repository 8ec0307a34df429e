// How the guest will pay: the method only (credit card, cash, debit card), never a card number.
// Pure; never throws; nothing here keeps or returns digits.
import type { Locale, PaymentMethod } from '../types.ts';
import { asText, tokenize } from './normalize.ts';
import { phraseSet, saysAny } from './phrase-set.ts';

const DIGIT_TO_METHOD: Record<string, PaymentMethod> = { '1': 'credit_card', '2': 'cash', '3': 'debit_card' };

/** '1' credit card, '2' cash, '3' debit card (a trailing '#' tolerated). */
export function paymentFromDigits(digits: string): PaymentMethod | null {
  const m = /^([123])#?$/.exec(asText(digits).trim());
  return m && m[1] !== undefined ? (DIGIT_TO_METHOD[m[1]] ?? null) : null;
}

const PHRASES = {
  credit_card: [
    'credit', 'credit card', 'cc', 'visa', 'mastercard', 'master card', 'amex', 'american express', 'discover',
    'diners club', 'credito', 'tarjeta de credito',
  ],
  cash: ['cash', 'in cash', 'efectivo', 'en efectivo', 'al contado', 'de contado', 'contado', 'cash money'],
  debit_card: ['debit', 'debit card', 'debito', 'tarjeta de debito'],
} satisfies Record<PaymentMethod, readonly string[]>;
/** The methods in the order above, each with its phrases ready to look for. */
const METHODS = (Object.keys(PHRASES) as PaymentMethod[]).map((method) => ({ method, phrases: phraseSet(PHRASES[method]) }));
const CASH = phraseSet(PHRASES.cash);
/** A debit card of a credit network ("Visa debit", "Mastercard de débito") is a debit card. */
const DEBIT_OF_A_NETWORK = phraseSet(['visa debit', 'debit visa', 'mastercard debit', 'debit mastercard', 'master card debit', 'visa de debito', 'mastercard de debito', 'visa debito']);

/**
 * The payment method named in the speech: "credit card", "visa", "cash", "debit card",
 * "tarjeta de crédito", "efectivo", "débito". A bare "card"/"tarjeta", or two methods → null.
 */
export function paymentFromSpeech(text: string, _locale: Locale): PaymentMethod | null {
  return paymentFromTokens(tokenize(text));
}

/** paymentFromSpeech, for words already normalised (see normalize.ts's tokenize). */
export function paymentFromTokens(tokens: readonly string[]): PaymentMethod | null {
  try {
    if (tokens.length === 0) return null;
    if (saysAny(tokens, DEBIT_OF_A_NETWORK) && !saysAny(tokens, CASH)) return 'debit_card';
    const named = METHODS.filter(({ phrases }) => saysAny(tokens, phrases));
    return named.length === 1 ? (named[0]?.method ?? null) : null;
  } catch {
    return null;
  }
}
