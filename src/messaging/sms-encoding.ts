// How many SMS segments a text costs. A text written only in the GSM-7 alphabet fits 160
// characters in one segment (153 per segment when split); a single character outside it (an "á",
// a curly quote, a narrow no-break space from Intl) turns the whole text into UCS-2: 70 per
// segment, 67 when split, so a two-segment text becomes five.
// https://www.twilio.com/docs/glossary/what-sms-character-limit

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Sent as an escape and the character: two septets each. */
const GSM_EXTENDED = '\f^{}\\[~]|€';

const BASIC: ReadonlySet<string> = new Set(GSM_BASIC);
const EXTENDED: ReadonlySet<string> = new Set(GSM_EXTENDED);

// Typography Intl and editors produce, written the GSM way.
const PLAIN: Readonly<Record<string, string>> = {
  '\u00a0': ' ', // no-break space
  '\u202f': ' ', // narrow no-break space (ICU puts it before AM/PM)
  '\u2007': ' ',
  '\u2009': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
  ç: 'c',
};

export function isGsm7(text: string): boolean {
  for (const c of text) if (!BASIC.has(c) && !EXTENDED.has(c)) return false;
  return true;
}

/**
 * The text with what GSM-7 lacks replaced by its nearest GSM character: "á í ó ú" lose their
 * accent ("é ñ ü ¿ ¡" are GSM and stay), curly quotes become straight, odd spaces plain. This is
 * what Twilio's Smart Encoding does when it is switched on; doing it here keeps a Spanish
 * confirmation at two segments whatever the account's settings. A character with no GSM
 * likeness (a hotel name in another script) is kept: the text is then sent as UCS-2.
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    if (BASIC.has(c) || EXTENDED.has(c)) {
      out += c;
      continue;
    }
    const plain = PLAIN[c];
    if (plain !== undefined) {
      out += plain;
      continue;
    }
    const stripped = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += stripped.length > 0 && isGsm7(stripped) ? stripped : c;
  }
  return out;
}

/**
 * Typography Intl and editors produce (odd spaces, curly quotes, dashes) written the GSM way,
 * accents kept: a text in Spanish keeps its "á" (and is then sent as UCS-2), but no narrow
 * no-break space turns an English text into UCS-2 behind anyone's back.
 */
export function plainTypography(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) out += c !== 'ç' ? (PLAIN[c] ?? c) : c;
  return out;
}

export interface SmsSize {
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export function smsSize(text: string): SmsSize {
  if (isGsm7(text)) {
    let units = 0;
    for (const c of text) units += EXTENDED.has(c) ? 2 : 1;
    return { encoding: 'GSM-7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  const units = text.length;
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
