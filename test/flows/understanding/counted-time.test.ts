// Counts of time from today read by our own chrono parser (flows/understanding/counted-time.ts) in
// place of chrono's three English ones with huge regular expressions: the same results as chrono's
// own (where it is, and the date), and the same readings of the forms through the date reader.

import { describe, expect, it } from 'vitest';
import * as chronoEn from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import { countedTimeParser, DROPPED_PARSERS, REPLACED_PARSERS, withCountedTime } from '../../../flows/understanding/counted-time.ts';
import { dates, es, stay } from './said-on-tuesday.ts';

const configuration = chronoEn.configuration.createCasualConfiguration(false);
const ours = new chronoEn.Chrono({ ...configuration, parsers: withCountedTime(configuration.parsers) });
/** Noon on Tuesday 1 December 2026, as the date reader parses. */
const REF = new Date(2026, 11, 1, 12);
const results = (rs: ParsedResult[]) => rs.map((r) => ({ at: r.index, text: r.text, date: r.start.date().toISOString(), day: r.start.isCertain('day') }));

describe('chrono with our counted time', () => {
  it('has none of the parsers it stands for or drops, and ours where the first stood', () => {
    const names = configuration.parsers.map((p) => p.constructor.name);
    const gone = [...REPLACED_PARSERS, ...DROPPED_PARSERS];
    // (A chrono that renamed them would keep them, and this fails: the filter goes by class name.)
    for (const name of gone) expect(names).toContain(name);
    const kept = withCountedTime(configuration.parsers);
    expect(kept.map((p) => p.constructor.name).filter((n) => gone.includes(n))).toEqual([]);
    expect(kept.indexOf(countedTimeParser)).toBe(names.indexOf(REPLACED_PARSERS[0]!));
    expect(kept).toHaveLength(configuration.parsers.length - gone.length + 1);
  });

  it('finds what chrono found, where it found it, with the same date (but after "next", "last", "past")', () => {
    const counts = ['a', 'an', 'one', 'two', '2', '10', 'the', 'a few', 'several', 'a couple of', 'half a', '1.5', 'twelve'];
    const units = ['day', 'days', 'd', 'week', 'weeks', 'w', 'month', 'mo', 'year', 'hours', 'h', 'min', 'quarter'];
    const before = ['', 'in ', 'within ', 'for ', 'in about ', 'within just ', 'for the ', 'i arrive in '];
    const after = ['', ' later', ' after', ' from now', ' henceforth', ' forward', ' out', ' ago', ' before', ' earlier', ' afterwards', ' early', ' on the 12th'];
    const texts = before.flatMap((b) => counts.flatMap((n) => units.flatMap((u) => after.map((a) => `${b}${n} ${u}${a}`))));
    texts.push('in 2 weeks and 3 days', 'in 2 weeks 3 days later', 'for 2 weeks from now', 'for the week after next', 'about 2 weeks ago', 'in2 days', '2days later', 'IN 2 WEEKS');
    // (But where chrono misread the count: after "about", its duration was read again from a
    // digit into the number, "about 10" as 0, "about half a week" as a week; the next test.)
    const differ = texts.filter((t) => !/about (10|1\.5|half|a couple|a few|several)/.test(t)).filter((t) => JSON.stringify(results(ours.parse(t, REF))) !== JSON.stringify(results(chronoEn.casual.parse(t, REF))));
    expect(differ).toEqual([]);
  });

  it('reads a count after "about" as said, where chrono lost a digit ("about 10 days ago" was today)', () => {
    expect(results(ours.parse('about 10 days ago', REF))).toEqual([{ at: 0, text: 'about 10 days ago', date: new Date(2026, 10, 21, 12).toISOString(), day: true }]);
    expect(results(ours.parse('about 10 weeks later', REF))[0]!.date).toBe(new Date(2027, 1, 9, 12).toISOString());
  });
});

describe('the forms through the date reader', () => {
  it.each([
    ['in two weeks', '2026-12-15'],
    ['in 10 days', '2026-12-11'],
    ['within a week', '2026-12-08'],
    ['in 2 wks', '2026-12-15'],
    ['10 days from now', '2026-12-11'],
    ['ten days from today', '2026-12-11'],
    ['three weeks from now', '2026-12-22'],
  ])('"%s" is that day', (said, day) => {
    expect(dates(said)).toEqual(stay(day));
  });

  it.each(['two weeks later', 'come 2 days later', 'two days earlier', 'for two weeks', 'in a few days', 'in a couple of weeks', 'next 2 weeks', 'after 3 days', 'the past 3 days'])('"%s" names no day', (said) => {
    expect(dates(said).kind).toBe('none');
  });

  it('"N days ago" is a day past, asked about', () => {
    expect(dates('3 days ago')).toEqual({ kind: 'past', date: '2026-11-28' });
    expect(dates('about 10 days ago')).toEqual({ kind: 'past', date: '2026-11-21' });
  });

  it('Spanish counts are chrono\'s Spanish reader\'s, as before', () => {
    expect(es('dentro de 3 días')).toEqual(stay('2026-12-04'));
    expect(es('en dos semanas')).toEqual(stay('2026-12-15'));
  });
});
