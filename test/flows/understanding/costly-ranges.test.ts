// The premium-rate and shared-cost ranges the server tells toll fraud by are a table of
// libphonenumber-js's own (flows/understanding/costly-ranges.ts), so that its full metadata (157 kB)
// is not in the bundle every start loads. The table must be the installed metadata's: after an
// upgrade of libphonenumber-js, `npx tsx scripts/costly-ranges.ts` writes it again.

import { readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { costlyRanges, costlyRangesSource } from '../../../scripts/costly-ranges.ts';
import { COSTLY_RANGES } from '../../../flows/understanding/costly-ranges.ts';
import { costlyLine } from '../../../flows/understanding/costly-numbers.ts';

describe('costly ranges', () => {
  it('are the installed full metadata’s premium-rate and shared-cost patterns, written as the script writes them', () => {
    expect(COSTLY_RANGES).toEqual(costlyRanges());
    expect(readFileSync(new URL('../../../flows/understanding/costly-ranges.ts', import.meta.url), 'utf8')).toBe(costlyRangesSource());
  });

  it('tell premium and shared-cost lines of several countries from ordinary ones', () => {
    expect(costlyLine('+19005550100')).toBe(true); // NANP 900
    expect(costlyLine('+448712345678')).toBe(true); // UK 0871, shared cost
    expect(costlyLine('+449012345678')).toBe(true); // UK 09, premium rate
    expect(costlyLine('+529001234567')).toBe(true); // Mexico 900
    expect(costlyLine('+33891123456')).toBe(true); // France 089
    expect(costlyLine('+442079460000')).toBe(false); // a London landline
    expect(costlyLine('+525512345678')).toBe(false); // a Mexico City line
    expect(costlyLine('+13055550142')).toBe(false);
  });

  it('leave libphonenumber’s full metadata out of the server’s bundle', () => {
    const result = buildSync({
      entryPoints: ['src/server.ts'],
      absWorkingDir: new URL('../../..', import.meta.url).pathname,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['express'],
      define: { 'import.meta.url': '"file:///"' },
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.includes('libphonenumber-js/metadata.min'))).toBe(true);
    expect(inputs.filter((file) => file.includes('libphonenumber-js/metadata.max'))).toEqual([]);
  });
});
