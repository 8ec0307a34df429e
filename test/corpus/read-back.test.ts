// The read-back is where a booking becomes real: only a clean yes confirms it. A yes with an
// exception is a change, a yes while asking for a moment is not a yes yet, and a plain agreement
// in the caller's own words ("correct", "órale") is one. Played through the real flow.

import { describe, expect, it } from 'vitest';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { play } from './corpus-runner.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const stateAfter = async (say: string, lang: 'en' | 'es') =>
  (await play({ at: 'readBack', today: '2026-12-01', say }, { channel: 'voice', lang }, hotel)).after.state;

describe('the read-back confirms only on a clean yes', () => {
  it('confirms a plain agreement, in either language', async () => {
    for (const say of ['Yes please', 'Correct', 'That works', "Yeah that's fine", 'uh huh']) expect(await stateAfter(say, 'en'), say).toBe('confirmed');
    for (const say of ['Sí, perfecto', 'Órale', 'Simón', 'Está bien']) expect(await stateAfter(say, 'es'), say).toBe('confirmed');
  });

  it('does not confirm a yes that asks for a moment: the read-back is said again', async () => {
    for (const say of ['Yeah, hold on a second.', 'Yes wait', 'Yes, I think so, but let me check with my wife.']) expect(await stateAfter(say, 'en'), say).toBe('readingBack');
    expect(await stateAfter('Sí, espéreme tantito', 'es')).toBe('readingBack');
  });

  it('takes a yes with an exception as a change', async () => {
    expect(await stateAfter("Everything's right except the name, it should be Stephen.", 'en')).toBe('askingName');
    expect(await stateAfter('No, espere', 'es')).toBe('choosingDetail');
    expect(await stateAfter('Sí, pero cambie la fecha', 'es')).toBe('askingArrivalDate');
  });
});
