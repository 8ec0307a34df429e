// No staff page or API answer shows a card number (SPEC §8). None is ever asked for or stored,
// but a caller may still say one or key one in at any question, and the timeline keeps what was
// heard: anything that looks like a payment card number (13–19 digits passing the Luhn check,
// spaces or dashes allowed between them, not an E.164 phone number) is masked to its last four, and
// so is any longer run of digits (a card number keyed together with its expiry or code).

const CANDIDATE = /(?<![\d+])\d(?:[ -]?\d){12,}(?!\d)/g;

function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export function maskCardNumbers(text: string): string {
  return text.replace(CANDIDATE, (match) => {
    const digits = match.replace(/\D/g, '');
    return digits.length > 19 || luhn(digits) ? `[card number hidden, ending ${digits.slice(-4)}]` : match;
  });
}

/** maskCardNumbers over every string inside a JSON-like value. */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return maskCardNumbers(value) as T;
  if (Array.isArray(value)) return value.map(maskDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v)])) as T;
  }
  return value;
}
