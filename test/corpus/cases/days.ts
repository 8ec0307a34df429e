// The days the corpus is said on (hotel time, New York). Calendar, for reading the cases:
// Nov 2026: Sat 28, Sun 29, Mon 30. Dec 2026: Tue 1, Wed 2, Thu 3, Fri 4, Sat 5, Sun 6, Mon 7,
// Tue 8 … Fri 11, Sat 12, Sun 13, Mon 14 … Fri 18 … Thu 24, Fri 25 … Thu 31.
// Jan 2027: Fri 1, Sat 2, Sun 3 … Wed 6 … Fri 15. Feb 2027 has 28 days.

export const SAT = '2026-11-28';
export const SUN = '2026-11-29';
export const TUE = '2026-12-01';
export const THU = '2026-12-03';
export const FRI = '2026-12-04';
export const MON = '2026-12-07';
/** A Tuesday three weeks before Thanksgiving (Thursday 26 November 2026). */
export const EARLY_NOV = '2026-11-03';
