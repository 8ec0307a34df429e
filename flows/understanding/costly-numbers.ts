// Numbers the hotel must never be made to call or text: premium-rate and shared-cost lines, whose
// owner is paid per minute or per message by whoever calls them (toll fraud, SMS pumping). A
// caller may key or say any callback number, and fake any caller ID: "+1 900 …", a UK "087…" or a
// Mexican "900 …" reached the desk's callback list to be dialled, and the confirmation text was
// sent to any but NANP 900/976. The ranges are libphonenumber's own per country (its full
// metadata's PREMIUM_RATE and SHARED_COST patterns, kept in costly-ranges.ts: the full metadata
// itself is 157 kB of the bundle every start loads), plus all of NANP 900 and 976.
// Pure; never throws.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import phoneMetadata from 'libphonenumber-js/metadata.min.json';
import { COSTLY_RANGES } from './costly-ranges.ts';

/** NANP 900 and 976, premium-rate (https://nationalnanpa.com/number_resource_info/900_codes.html); libphonenumber lists 900 with a 2–9 after it only, and no 976. */
const NANP_PREMIUM = /^\+1(?:900|976)/;

const patterns = new Map<string, RegExp | null>();

/** The country's costly national numbers, as one pattern; null when its plan lists none. Built once per country. */
function costlyPattern(country: string): RegExp | null {
  const known = patterns.get(country);
  if (known !== undefined) return known;
  const source = Object.hasOwn(COSTLY_RANGES, country) ? COSTLY_RANGES[country] : undefined;
  const pattern = source ? new RegExp(`^(?:${source})$`) : null;
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
    const country = number.country ?? (phoneMetadata.country_calling_codes as Record<string, string[] | undefined>)[number.countryCallingCode]?.[0];
    return costlyNumber(number.number, country, number.nationalNumber);
  } catch {
    return false;
  }
}
