// How the guest will pay: the method only (credit card, cash, debit card), never a card number.
// Pure; never throws; nothing here keeps or returns digits.
import type { Locale, PaymentMethod } from '../types.ts';
import { asText, hasAnyPhrase, tokenize } from './normalize.ts';

const DIGIT_TO_METHOD: Record<string, PaymentMethod> = { '1': 'credit_card', '2': 'cash', '3': 'debit_card' };

/** '1' credit card, '2' cash, '3' debit card (a trailing '#' tolerated). */
export function paymentFromDigits(digits: string): PaymentMethod | null {
  const m = /^([123])#?$/.exec(asText(digits).trim());
  return m && m[1] !== undefined ? (DIGIT_TO_METHOD[m[1]] ?? null) : null;
}

const PHRASES: Record<PaymentMethod, readonly string[]> = {
  credit_card: [
    'credit', 'credit card', 'cc', 'visa', 'mastercard', 'master card', 'amex', 'american express', 'discover',
    'diners club', 'credito', 'tarjeta de credito',
  ],
  cash: ['cash', 'in cash', 'efectivo', 'en efectivo', 'al contado', 'de contado', 'contado', 'cash money'],
  debit_card: ['debit', 'debit card', 'debito', 'tarjeta de debito'],
};
/** A debit card of a credit network ("Visa debit", "Mastercard de débito") is a debit card. */
const DEBIT_OF_A_NETWORK = ['visa debit', 'debit visa', 'mastercard debit', 'debit mastercard', 'master card debit', 'visa de debito', 'mastercard de debito', 'visa debito'];

/**
 * The payment method named in the speech: "credit card", "visa", "cash", "debit card",
 * "tarjeta de crédito", "efectivo", "débito". A bare "card"/"tarjeta", or two methods → null.
 */
export function paymentFromSpeech(text: string, _locale: Locale): PaymentMethod | null {
  try {
    const tokens = tokenize(text);
    if (tokens.length === 0) return null;
    if (hasAnyPhrase(tokens, DEBIT_OF_A_NETWORK) && !hasAnyPhrase(tokens, PHRASES.cash)) return 'debit_card';
    const named = (Object.keys(PHRASES) as PaymentMethod[]).filter((method) => hasAnyPhrase(tokens, PHRASES[method]));
    return named.length === 1 ? (named[0] ?? null) : null;
  } catch {
    return null;
  }
}
