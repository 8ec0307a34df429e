// The utterance corpus, scored (issue 9). Prints, per channel and language, the share of slots
// (and questions owed) understood at once, how many would be asked again, and how many were taken
// silently wrong. CORPUS_VERBOSE=1 lists every case that fell short.

import { afterAll, describe, expect, it } from 'vitest';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { enText } from './cases/en-text.ts';
import { enVoice } from './cases/en-voice.ts';
import { esText } from './cases/es-text.ts';
import { esVoice } from './cases/es-voice.ts';
import type { CorpusFile } from './corpus-case.ts';
import { runCorpusFile, scoreTable } from './corpus-runner.ts';
import type { FileScore } from './corpus-runner.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const FILES: CorpusFile[] = [enVoice, enText, esVoice, esText];
const scores: FileScore[] = [];

describe('the utterance corpus', () => {
  afterAll(() => {
    console.log(`\nUtterance corpus (issue 9):\n${scoreTable(scores)}\n`);
    if (process.env.CORPUS_VERBOSE) {
      for (const s of scores) {
        for (const f of s.failures) console.log(`[${s.channel} ${s.lang}] ${f.c.at} ${f.c.today} ${JSON.stringify(f.c.say ?? f.c.keys)}: ${f.problems.join('; ')}`);
      }
    }
  });

  it('holds at least 300 utterances, about half of them Spanish, by voice and by text', () => {
    const count = (pick: (f: CorpusFile) => boolean) => FILES.filter(pick).reduce((n, f) => n + f.cases.length, 0);
    const all = count(() => true);
    expect(all).toBeGreaterThanOrEqual(300);
    expect(count((f) => f.lang === 'es') / all).toBeGreaterThan(0.4);
    expect(count((f) => f.channel === 'text') / all).toBeGreaterThan(0.4);
  });

  for (const file of FILES) {
    it(`scores ${file.channel} in ${file.lang === 'en' ? 'English' : 'Spanish'}`, async () => {
      const s = await runCorpusFile(file, hotel);
      scores.push(s);
      expect(s.cases).toBe(file.cases.length);
    });
  }
});
