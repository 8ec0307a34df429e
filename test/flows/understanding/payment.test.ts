import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { PAYMENT_METHODS } from '../../../flows/types.ts';
import { paymentFromDigits, paymentFromSpeech } from '../../../flows/understanding/payment.ts';

const anyText = fc.oneof(
  fc.string({ maxLength: 10_000 }),
  fc.string({ unit: 'grapheme', maxLength: 10_000 }),
  fc.string({ unit: 'binary', maxLength: 10_000 }),
  fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }),
);

describe('paymentFromDigits', () => {
  it('maps 1, 2, 3 with an optional #', () => {
    expect(paymentFromDigits('1')).toBe('credit_card');
    expect(paymentFromDigits('2')).toBe('cash');
    expect(paymentFromDigits('3')).toBe('debit_card');
    expect(paymentFromDigits('1#')).toBe('credit_card');
    expect(paymentFromDigits('3#')).toBe('debit_card');
  });

  it('refuses anything else', () => {
    for (const bad of ['', '0', '4', '9', '12', '#', '*', '1*', '11', 'a', '4111111111111111']) {
      expect(paymentFromDigits(bad), bad).toBeNull();
    }
  });
});

describe('paymentFromSpeech', () => {
  it('understands English', () => {
    expect(paymentFromSpeech('credit card', 'en-US')).toBe('credit_card');
    expect(paymentFromSpeech('Credit.', 'en-US')).toBe('credit_card');
    expect(paymentFromSpeech('Visa', 'en-US')).toBe('credit_card');
    expect(paymentFromSpeech('MasterCard', 'en-US')).toBe('credit_card');
    expect(paymentFromSpeech('master card', 'en-US')).toBe('credit_card');
    expect(paymentFromSpeech('amex', 'en-US')).toBe('credit_card');
    expect(paymentFromSpeech('American Express', 'en-US')).toBe('credit_card');
    expect(paymentFromSpeech('cash', 'en-US')).toBe('cash');
    expect(paymentFromSpeech("I'll pay in cash", 'en-US')).toBe('cash');
    expect(paymentFromSpeech('debit', 'en-US')).toBe('debit_card');
    expect(paymentFromSpeech('debit card', 'en-US')).toBe('debit_card');
  });

  it('understands Spanish', () => {
    expect(paymentFromSpeech('tarjeta de crédito', 'es-MX')).toBe('credit_card');
    expect(paymentFromSpeech('crédito', 'es-MX')).toBe('credit_card');
    expect(paymentFromSpeech('efectivo', 'es-MX')).toBe('cash');
    expect(paymentFromSpeech('en efectivo', 'es-MX')).toBe('cash');
    expect(paymentFromSpeech('tarjeta de débito', 'es-MX')).toBe('debit_card');
    // A debit card of a credit network is a debit card.
    expect(paymentFromSpeech('Visa debit.', 'en-US')).toBe('debit_card');
    expect(paymentFromSpeech('una Visa de débito', 'es-MX')).toBe('debit_card');
    expect(paymentFromSpeech('débito', 'es-MX')).toBe('debit_card');
    expect(paymentFromSpeech('cash', 'es-MX')).toBe('cash');
  });

  it('gives null for a bare card, two methods or nothing', () => {
    for (const t of ['card', 'tarjeta', 'con tarjeta', 'by card', 'credit or debit', 'cash or card please, no, credit', '', 'cashew', 'predebit', 'I do not know']) {
      expect(paymentFromSpeech(t, 'en-US'), t).toBeNull();
    }
  });

  it('never returns digits, even when a card number is spoken', () => {
    const out = paymentFromSpeech('visa 4111 1111 1111 1111', 'en-US');
    expect(out).toBe('credit_card');
    expect(paymentFromSpeech('4111111111111111', 'en-US')).toBeNull();
  });
});

describe('a method said not to be, taken back, or left open', () => {
  const pay = (t: string) => paymentFromSpeech(t, 'en-US');

  it('a method said not to be is not taken', () => {
    // Was: the very method ruled out (cash, credit card, debit card).
    for (const t of ['no cash', 'not cash', "I can't pay cash", 'I do not have cash', "I don't want to pay in cash", 'no tengo efectivo', 'sin efectivo', 'no credit cards', 'no tengo tarjeta de crédito', "I don't have a debit card"]) {
      expect(pay(t), t).toBeNull();
    }
    expect(pay('not cash, credit card')).toBe('credit_card');
    expect(pay("I don't have a credit card, cash")).toBe('cash');
    expect(pay('no efectivo, con tarjeta de débito')).toBe('debit_card');
    expect(pay('I will pay with my debit card, not credit')).toBe('debit_card');
  });

  it('a method taken back gives way to the next; a bare "no" or an "or" between two leaves it open', () => {
    expect(pay('credit, actually debit')).toBe('debit_card');
    expect(pay('débito, digo, crédito')).toBe('credit_card');
    expect(pay('cash, no, credit card')).toBeNull();
    // Was: cash.
    expect(pay('cash or card')).toBeNull();
  });

  it('Cash App is not cash', () => {
    expect(pay('cash app')).toBeNull();
  });
});

describe('payment property', () => {
  it('never throws and returns null or a payment method', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('en-US', 'es-MX'), (s, locale) => {
        const spoken = paymentFromSpeech(s, locale as 'en-US');
        expect(spoken === null || PAYMENT_METHODS.includes(spoken)).toBe(true);
        const keyed = paymentFromDigits(s);
        expect(keyed === null || PAYMENT_METHODS.includes(keyed)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
