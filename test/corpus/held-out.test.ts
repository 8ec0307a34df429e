// The held-out utterances (issue 9), scored like the corpus. The bar that must hold on speech the
// reader was not written against: nothing taken silently wrong. The share understood is printed
// (CORPUS_VERBOSE=1 lists every case that fell short) so a change that loses ground shows.

import { afterAll, describe, expect, it } from 'vitest';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { heldOutEnText, heldOutEnVoice, heldOutEsText, heldOutEsVoice } from './cases/held-out.ts';
import { runCorpusFile, scoreTable } from './corpus-runner.ts';
import type { FileScore } from './corpus-runner.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const scores: FileScore[] = [];

describe('held-out utterances', () => {
  afterAll(() => {
    console.log(`\nHeld-out utterances (issue 9):\n${scoreTable(scores)}\n`);
    if (process.env.CORPUS_VERBOSE) {
      for (const s of scores) {
        for (const f of s.failures) console.log(`[${s.channel} ${s.lang}] ${f.c.at} ${f.c.today} ${JSON.stringify(f.c.say ?? f.c.keys)}: ${f.problems.join('; ')}`);
      }
    }
  });

  for (const file of [heldOutEnVoice, heldOutEnText, heldOutEsVoice, heldOutEsText]) {
    it(`takes nothing silently wrong: ${file.channel} in ${file.lang === 'en' ? 'English' : 'Spanish'}`, async () => {
      const s = await runCorpusFile(file, hotel);
      scores.push(s);
      const wrong = s.failures.filter((f) => f.problems.some((p) => p.includes('took'))).map((f) => `${f.c.say ?? f.c.keys}: ${f.problems.join('; ')}`);
      expect(wrong).toEqual([]);
    });
  }
});
