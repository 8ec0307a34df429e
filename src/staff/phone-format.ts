// Phone numbers as staff read and type them (libphonenumber-js): a number of the hotel's own
// country in its national form ("(212) 555-0123"), any other in international form
// ("+52 55 1234 5678"); and a number written any way turned into the digits to search for.
// Both go through the callers' own reading of a caller ID (phoneFromCallerId), so a Mexican
// mobile that still sends the retired "1" ("+52 1 55 …") reads, and is found, as the line it is.

import { getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';
import { phoneFromCallerId } from '../../flows/understanding/phone.ts';

export class PhoneFormat {
  readonly #callingCode: string;

  constructor(private readonly country: string) {
    this.#callingCode = getCountryCallingCode(country as CountryCode);
  }

  /** For reading; what cannot be parsed (a withheld caller ID, "anonymous") is shown as it is. */
  display(number: string): string {
    const parsed = parsePhoneNumberFromString(phoneFromCallerId(number) ?? number, this.country as CountryCode);
    if (!parsed) return number;
    return parsed.country === this.country || (!parsed.country && parsed.countryCallingCode === this.#callingCode)
      ? parsed.formatNational()
      : parsed.formatInternational();
  }

  /**
   * The digits to look for in stored E.164 numbers, from a number written any way: "(212) 555-0123",
   * "212.555.0123", "+1 212 555 0123" and "001 212 555 0123" all give "2125550123" (the national
   * number), which every stored form of it contains ("+52 1 55 1234 5678" gives "5512345678",
   * found in "+5215512345678" and "+525512345678" alike). A fragment ("0123") stays as typed.
   * At a Mexican property, "044 55 1234 5678" and "01 55 1234 5678" give "5512345678".
   */
  searchDigits(typed: string): string {
    const digits = typed.replace(/\D/g, '');
    // Mexico's retired dialling prefixes, still typed from habit: 044 / 045 before a mobile, 01 before
    // a long-distance number ("044 55 1234 5678" is "55 1234 5678").
    const retired = this.country === 'MX' ? /^(?:044|045|01)(\d{10})$/.exec(digits) : null;
    if (retired) return retired[1]!;
    const international = typed.trim().startsWith('+') ? `+${digits}` : digits.startsWith('00') ? `+${digits.slice(2)}` : null;
    const candidate = international ? (phoneFromCallerId(international) ?? international) : typed;
    const parsed = parsePhoneNumberFromString(candidate, this.country as CountryCode);
    return parsed && parsed.isPossible() ? parsed.nationalNumber : digits;
  }
}
