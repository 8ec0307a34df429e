// A time zone as a clerk says it. The desk reads its own hotel's clock without a zone name (every
// time on its pages is hotel time); another property's clock, in a group, by its city:
// "Mexico City time", "hora de la Ciudad de México" — never the IANA name "America/Mexico_City",
// which reads as a setting, not as a clock.

import { deskWords } from './desk-language.ts';

/** "America/New_York" → "New York time" (English) or "hora de Nueva York" (Spanish), in the page's language. */
export function zoneSaid(zone: string): string {
  return deskWords().overview.cityTime((zone.split('/').at(-1) ?? zone).replace(/_/g, ' '));
}

/**
 * Whether the properties in view read different clocks: only then is a clock named by its city
 * (two properties in New York read the one clock, as the desk's own does).
 */
export function clocksDiffer(zones: readonly string[]): boolean {
  return new Set(zones).size > 1;
}

/** " (Mexico City time)" after a time when several properties are in view (the clocks may differ), else nothing. */
export function zoneAside(zone: string, several: boolean): string {
  return several ? ` (${zoneSaid(zone)})` : '';
}
