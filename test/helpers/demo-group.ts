// The demo hotel group (src/hotel/demo-group): Miramar in New York and Sierra Alta in Mexico City.
// One place for its folder and numbers, so the tests that run a group agree with the files.

import { fileURLToPath } from 'node:url';

/** The demo group's hotel files, as `startTestApp({ hotelsDir })` and HOTELS_DIR take them. */
export const DEMO_GROUP = fileURLToPath(new URL('../../src/hotel/demo-group/', import.meta.url));
/** Hotel Miramar's number (New York, en-US, USD). */
export const MIRAMAR = '+15557650100';
/** Hotel Sierra Alta's number (Mexico City, es-MX, MXN). */
export const SIERRA = '+525555550200';
