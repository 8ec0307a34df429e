// How the guest will pay: the method only (credit card, cash, debit card), never a card number.
// Pure; never throws; nothing here keeps or returns digits.
import type { Locale, PaymentMethod } from '../types.ts';
import { negatedBefore, takenBackBetween } from './corrections.ts';
import { asText, phraseTokens, tokenize } from './normalize.ts';
import { byFirstWord, phraseAt } from './phrase-set.ts';
import { wordTable } from './word-table.ts';

const DIGIT_TO_METHOD = wordTable<PaymentMethod>({ '1': 'credit_card', '2': 'cash', '3': 'debit_card' });

/** '1' credit card, '2' cash, '3' debit card (a trailing '#' tolerated). */
export function paymentFromDigits(digits: string): PaymentMethod | null {
  const m = /^([123])#?$/.exec(asText(digits).trim());
  return m && m[1] !== undefined ? (DIGIT_TO_METHOD[m[1]] ?? null) : null;
}

const PHRASES = {
  credit_card: [
    'credit', 'credit card', 'cc', 'visa', 'mastercard', 'master card', 'amex', 'american express', 'discover',
    'diners club', 'credito', 'tarjeta de credito',
    // Texted in Mexico: "tdc" (tarjeta de crédito).
    'tdc',
  ],
  // ("efvo": efectivo, texted.)
  cash: ['cash', 'in cash', 'efectivo', 'en efectivo', 'al contado', 'de contado', 'contado', 'cash money', 'efvo', 'en billetes', 'efectivito'],
  // ("tdd": tarjeta de débito, texted.)
  // (A payroll card, "tarjeta de nómina", is a debit card in Mexico.)
  debit_card: ['debit', 'debit card', 'debito', 'tarjeta de debito', 'tdd', 'tarjeta de nomina', 'la de nomina', 'mi nomina', 'nomina'],
} satisfies Record<PaymentMethod, readonly string[]>;
/** A debit card of a credit network ("Visa debit", "Mastercard de débito") is a debit card. */
const DEBIT_OF_A_NETWORK = ['visa debit', 'debit visa', 'mastercard debit', 'debit mastercard', 'master card debit', 'visa de debito', 'mastercard de debito', 'visa debito', 'debito visa', 'debito mastercard', 'debit card visa', 'debit card mastercard'];
/** "Card" without saying which: credit or debit is asked (whole-request.ts). */
const CARD = ['card', 'tarjeta', 'con tarjeta', 'by card', 'plastic', 'cards', 'tarjetas'];
/** Named like a method, and not one: an app, not cash. */
const NOT_A_METHOD = ['cash app', 'cashapp', 'cash back'];

type Said = PaymentMethod | 'card' | 'none';
/** Every phrase, by its first word, longest first: at each word said, the longest one said there. */
const BY_FIRST = byFirstWord(
  [
    ...NOT_A_METHOD.map((p) => ({ said: 'none' as Said, p })),
    ...DEBIT_OF_A_NETWORK.map((p) => ({ said: 'debit_card' as Said, p })),
    ...(Object.keys(PHRASES) as PaymentMethod[]).flatMap((method) => PHRASES[method].map((p) => ({ said: method as Said, p }))),
    ...CARD.map((p) => ({ said: 'card' as Said, p })),
  ]
    .map(({ said, p }) => ({ said, words: phraseTokens(p) }))
    .sort((a, b) => b.words.length - a.words.length),
  (item) => item.words,
);

interface Mention {
  said: Said;
  start: number;
  end: number;
  /** A card network's name ("Visa", "Mastercard"): its cards are debit ones too. */
  network?: true;
}

/** The networks that issue debit cards as well as credit ones. */
const NETWORKS = new Set(['visa', 'mastercard', 'master card'].map((p) => phraseTokens(p).join(' ')));

/** Each method or card said, where, the longest phrase at each place. */
function mentionsIn(tokens: readonly string[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const found = BY_FIRST.get(tokens[i]!)?.find((p) => phraseAt(tokens, i, p.words));
    if (!found) {
      i++;
      continue;
    }
    out.push({ said: found.said, start: i, end: i + found.words.length, ...(NETWORKS.has(found.words.join(' ')) ? { network: true as const } : {}) });
    i += found.words.length;
  }
  return out;
}

/** What paying one way costs besides the stay. */
const FEE_WORDS = new Set(['fee', 'fees', 'surcharge', 'surcharges', 'comision', 'comisiones', 'recargo', 'recargos']);

/**
 * What the caller will pay with, said: the methods and cards named, less those said not to be
 * ("no cash", "I don't have a credit card", "no tengo efectivo") or taken back ("débito, digo,
 * crédito"). Null when it is left open: a bare "no" between two ("cash, no, credit card": taken
 * back, or ruled out?), or an "or".
 */
function heard(tokens: readonly string[]): Mention[] | null {
  // "Is there a fee for credit cards?", "¿cobran comisión con tarjeta?": what a way costs, asked, not chosen.
  if (tokens.some((w) => FEE_WORDS.has(w))) return null;
  const all = mentionsIn(tokens).filter((m) => m.said !== 'none');
  const kept: Mention[] = [];
  for (const [k, m] of all.entries()) {
    const prev = kept[kept.length - 1];
    // (A negation reaches back no further than the method said before, kept or not.)
    const from = k > 0 ? all[k - 1]!.end : 0;
    const between = prev ? takenBackBetween(tokens, prev.end, m.start) : null;
    if (prev && between === 'correction') {
      kept.pop();
    } else if (prev && between === 'no') {
      return null;
    } else if (negatedBefore(tokens, m.start, from)) {
      continue;
    }
    kept.push(m);
  }
  for (let k = 1; k < kept.length; k++) {
    if (tokens.slice(kept[k - 1]!.end, kept[k]!.start).some((w) => OR_WORDS.has(w))) return null;
  }
  return kept;
}

/** "By card" (or "tarjeta") said, and not which, nor that it is not: credit or debit is asked. */
export function cardSaidIn(tokens: readonly string[]): boolean {
  try {
    const said = heard(tokens)?.map((m) => m.said) ?? null;
    return said !== null && said.includes('card') && !said.some((s) => s !== 'card');
  } catch {
    return false;
  }
}

/**
 * The payment method named in the speech: "credit card", "visa", "cash", "debit card",
 * "tarjeta de crédito", "efectivo", "débito". A bare "card"/"tarjeta", or two methods → null.
 */
export function paymentFromSpeech(text: string, _locale: Locale): PaymentMethod | null {
  return paymentFromTokens(tokenize(text));
}

/**
 * Short names of Mastercard that are words of other things elsewhere — texted "MC" (a name may
 * start "Mc"), "la master" (a master suite, a master's degree) — said where only a way to pay is
 * asked: the payment question (and credit-or-debit). Read there as Mastercard, nowhere else.
 */
const MASTERCARD_SHORT = new Set(['mc', 'master']);
const OR_WORDS = new Set(['or', 'o', 'u']);

/** paymentFromSpeech at the payment question: MASTERCARD_SHORT read as Mastercard ("MC", "con la master", "mc debit"). */
export function paymentAnswered(text: string, _locale: Locale): PaymentMethod | null {
  const tokens = tokenize(text);
  if (!tokens.some((w) => MASTERCARD_SHORT.has(w))) return paymentFromTokens(tokens);
  // ("Master card" is the network already; "master" before "card" stays as it is. "MC or cash": either, asked.)
  return paymentFromTokens(tokens.map((w, k) => (MASTERCARD_SHORT.has(w) && tokens[k + 1] !== 'card' ? 'mastercard' : w)));
}

/** paymentFromSpeech, for words already normalised (see normalize.ts's tokenize). */
export function paymentFromTokens(tokens: readonly string[]): PaymentMethod | null {
  try {
    if (tokens.length === 0) return null;
    // ("MC or cash", "cash o la master": Mastercard, or the other; read nowhere as a way, it is still one of two.)
    if (tokens.some((w) => MASTERCARD_SHORT.has(w)) && tokens.some((w) => OR_WORDS.has(w))) return null;
    const mentions = heard(tokens);
    if (mentions === null) return null;
    const said = mentions.map((m) => m.said);
    const methods = new Set(said.filter((s): s is PaymentMethod => s !== 'card' && s !== 'none'));
    // "Tarjeta de débito Mastercard", "debit, the visa one": a network's debit card.
    if (methods.size === 2 && methods.has('debit_card') && mentions.every((m) => m.said !== 'credit_card' || m.network)) return 'debit_card';
    if (methods.size !== 1) return null;
    const [method] = [...methods] as [PaymentMethod];
    // "Cash, or a card": which?
    return method === 'cash' && said.includes('card') ? null : method;
  } catch {
    return null;
  }
}
