// Numbers the hotel must never be made to call or text: premium-rate and shared-cost lines, whose
// owner is paid per minute or per message by whoever calls them (toll fraud, SMS pumping). A
// caller may key or say any callback number, and fake any caller ID: "+1 900 …", a UK "087…" or a
// Mexican "900 …" reached the desk's callback list to be dialled, and the confirmation text was
// sent to any but NANP 900/976. The ranges are libphonenumber's own per country (its full
// metadata's PREMIUM_RATE and SHARED_COST patterns), plus all of NANP 900 and 976.
// Pure; never throws.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { isSupportedCountry, Metadata } from 'libphonenumber-js/core';
import type { CountryCode } from 'libphonenumber-js/core';
import fullMetadata from 'libphonenumber-js/metadata.max.json';

const COSTLY_TYPES = ['PREMIUM_RATE', 'SHARED_COST'] as const;
/** NANP 900 and 976, premium-rate (https://nationalnanpa.com/number_resource_info/900_codes.html); libphonenumber lists 900 with a 2–9 after it only, and no 976. */
const NANP_PREMIUM = /^\+1(?:900|976)/;

let metadata: Metadata | undefined;
const patterns = new Map<string, RegExp | null>();

/** The country's costly national numbers, as one pattern; null when its plan lists none. Built once per country. */
function costlyPattern(country: string): RegExp | null {
  const known = patterns.get(country);
  if (known !== undefined) return known;
  metadata ??= new Metadata(fullMetadata);
  let pattern: RegExp | null = null;
  if (isSupportedCountry(country as CountryCode, fullMetadata)) {
    metadata.selectNumberingPlan(country as CountryCode);
    const plan = metadata.numberingPlan as unknown as { type(t: string): { pattern(): string } | undefined } | undefined;
    const sources = COSTLY_TYPES.map((t) => plan?.type(t)?.pattern()).filter((p): p is string => typeof p === 'string' && p !== '');
    pattern = sources.length > 0 ? new RegExp(`^(?:${sources.join('|')})$`) : null;
  }
  patterns.set(country, pattern);
  return pattern;
}

/**
 * Whether a valid number, `country`'s `nationalNumber` (and its E.164 form), is a premium-rate
 * or shared-cost line.
 */
export function costlyNumber(e164: string, country: string | null | undefined, nationalNumber: string): boolean {
  try {
    if (NANP_PREMIUM.test(e164)) return true;
    const pattern = country ? costlyPattern(country) : null;
    return pattern !== null && pattern.test(nationalNumber);
  } catch {
    return false;
  }
}

/** Whether a number written in E.164 ("+19005550100", "+448712345678") is a premium-rate or shared-cost line. */
export function costlyLine(e164: string): boolean {
  try {
    if (NANP_PREMIUM.test(e164)) return true;
    const number = parsePhoneNumberFromString(e164);
    if (!number) return false;
    // A number no plan places (+1 900 …) is its calling code's main country's.
    const country = number.country ?? (fullMetadata.country_calling_codes as Record<string, string[] | undefined>)[number.countryCallingCode]?.[0];
    return costlyNumber(number.number, country, number.nationalNumber);
  } catch {
    return false;
  }
}
