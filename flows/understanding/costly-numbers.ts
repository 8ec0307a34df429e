// Numbers the hotel must never be made to call or text: premium-rate and shared-cost lines, whose
// owner is paid per minute or per message by whoever calls them (toll fraud, SMS pumping). A
// caller may key or say any callback number, and fake any caller ID: "+1 900 …", a UK "087…" or a
// Mexican "900 …" reached the desk's callback list to be dialled, and the confirmation text was
// sent to any but NANP 900/976. The ranges are libphonenumber's own per country (its full
// metadata's PREMIUM_RATE and SHARED_COST patterns), plus NANP 976, which it no longer lists.
// Pure; never throws.
import { isSupportedCountry, Metadata } from 'libphonenumber-js/core';
import type { CountryCode } from 'libphonenumber-js/core';
import fullMetadata from 'libphonenumber-js/metadata.max.json';

const COSTLY_TYPES = ['PREMIUM_RATE', 'SHARED_COST'] as const;
/** NANP 976, premium-rate in many areas still (https://nationalnanpa.com/number_resource_info/900_codes.html). */
const NANP_976 = /^\+1976\d{7}$/;

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
    if (NANP_976.test(e164)) return true;
    const pattern = country ? costlyPattern(country) : null;
    return pattern !== null && pattern.test(nationalNumber);
  } catch {
    return false;
  }
}
