// A re-prompt explains more than the question it repeats (SPEC §5): after a miss, the caller hears
// how to answer — which key does what, what may be said — never the same words again. Words are
// counted as a listener hears them (word-budget.ts), within the 40-word prompt budget; what a
// re-prompt tells the caller to say is understood; and a wrong answer to a date offered as a
// choice is answered, through the real app, with each key and its date in both languages.

import { afterEach, describe, expect, it } from 'vitest';
import type { CallContext, DateChoice, QuestionId } from '../../flows/call-context.ts';
import { readQuestion } from '../../flows/read-question.ts';
import { LOCALES } from '../../flows/types.ts';
import type { Locale } from '../../flows/types.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { catalogueContexts } from '../../src/voice/prompt-catalogue.ts';
import { formatterFor } from '../../src/voice/formatters.ts';
import { PROMPTS } from '../../src/voice/voices.ts';
import { WORD_BUDGETS, countWords } from '../../src/voice/word-budget.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { lastPrompts } from '../helpers/timeline.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const AT = '2026-12-01T15:00:00Z';

const say = (locale: Locale, id: QuestionId, kind: 'ask' | 'help', ctx: CallContext) => PROMPTS[locale][kind][id]({ ctx, f: formatterFor(locale) });
const wordSet = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** "Next Friday" said on Tuesday 1 December: this Friday or the one after. */
const AMBIGUOUS: DateChoice = { reason: 'ambiguous', options: [{ arrival: '2026-12-04', departure: null }, { arrival: '2026-12-11', departure: null }] };

describe.each(LOCALES)('re-prompts that explain more (%s)', (locale) => {
  const contexts = catalogueContexts(hotel, locale);
  const questions = Object.keys(PROMPTS[locale].ask) as QuestionId[];

  it('never repeats a question in the same words: every re-prompt says something the question did not', () => {
    for (const ctx of contexts) {
      for (const id of questions) {
        const ask = say(locale, id, 'ask', ctx);
        const help = say(locale, id, 'help', ctx);
        if (!ask && !help) continue; // a question that has nothing to ask in this call (no date choice, no reservation)
        expect(help, `help.${id}`).not.toBe(ask);
        const asked = wordSet(ask);
        const added = [...wordSet(help)].filter((w) => !asked.has(w));
        expect(added.length, `help.${id} adds nothing to "${ask}": "${help}"`).toBeGreaterThan(0);
      }
    }
  });

  it('gives the questions whose re-prompt was their own words more words, within the prompt budget', () => {
    const grown: QuestionId[] = ['dateChoice', 'changeDetail', 'confirmHeard', 'cancelConfirm', 'cardKind'];
    const withChoices = [
      ...contexts.filter((c) => c.dateChoice),
      { ...contexts[0]!, dateChoice: AMBIGUOUS },
    ];
    for (const ctx of [...contexts, ...withChoices]) {
      for (const id of grown) {
        const ask = say(locale, id, 'ask', ctx);
        if (!ask) continue;
        const help = say(locale, id, 'help', ctx);
        expect(countWords(help), `help.${id}: "${help}" against "${ask}"`).toBeGreaterThan(countWords(ask));
        expect(countWords(help), `help.${id}: "${help}"`).toBeLessThanOrEqual(WORD_BUDGETS[locale].prompt);
      }
    }
  });

  it('names each key of a date choice with its date', () => {
    const ctx = { ...contexts[0]!, today: '2026-12-01', dateChoice: AMBIGUOUS };
    const help = say(locale, 'dateChoice', 'help', ctx);
    if (locale === 'en-US') {
      expect(help).toBe('Which date do you mean? Press 1 for Friday, December 4, or 2 for Friday, December 11. Or say the date you want.');
    } else {
      expect(help).toBe('¿Para cuál fecha sería? Si es el viernes 4 de diciembre, oprima 1; si es el viernes 11 de diciembre, oprima 2. O dígame la fecha que desea.');
    }
    // Stays with their nights, across the new year: the longest a choice gets, still within budget.
    const long = {
      ...ctx,
      today: '2026-12-27',
      dateChoice: { reason: 'ambiguous', options: [{ arrival: '2026-12-31', departure: '2027-01-03' }, { arrival: '2027-01-07', departure: '2027-01-10' }] },
    } as CallContext;
    const longHelp = say(locale, 'dateChoice', 'help', long);
    expect(longHelp).toMatch(locale === 'en-US' ? /Press 1 for .+, or 2 for / : /Si es del .+, oprima 1; si es del .+, oprima 2\./);
    expect(countWords(longHelp), longHelp).toBeLessThanOrEqual(WORD_BUDGETS[locale].prompt);
  });

  it('understands what its re-prompts tell the caller to say', () => {
    const base = { ...contexts[0]!, dateChoice: null };
    const heard = (id: QuestionId, text: string, ctx: CallContext = base) =>
      readQuestion(id, { ...ctx, pending: id === 'confirmHeard' ? ctx.pending : null }, { type: 'caller.speech', text, confidence: 0.95, at: AT });
    const [yes, no, credit, debit, nights] = locale === 'en-US' ? ['yes', 'no', 'credit', 'debit', '3 nights'] : ['sí', 'no', 'crédito', 'débito', '3 noches'];
    expect(say(locale, 'confirmHeard', 'help', contexts[0]!)).toContain(`"${yes}"`);
    expect(heard('confirmHeard', yes, contexts[0]!)).toMatchObject({ kind: 'route', route: 'yes' });
    expect(heard('confirmHeard', no, contexts[0]!)).toMatchObject({ kind: 'route', route: 'no' });
    expect(heard('cancelConfirm', yes)).toMatchObject({ kind: 'route', route: 'cancel' });
    expect(heard('cancelConfirm', no)).toMatchObject({ kind: 'route', route: 'keep' });
    expect(say(locale, 'cardKind', 'help', base)).toContain(`"${credit}"`);
    expect(heard('cardKind', credit)).toMatchObject({ kind: 'answer', value: { q: 'payment', method: 'credit_card' } });
    expect(heard('cardKind', debit)).toMatchObject({ kind: 'answer', value: { q: 'payment', method: 'debit_card' } });
    expect(say(locale, 'changeDetail', 'help', base)).toContain(`"${nights}"`);
    expect(heard('changeDetail', nights).kind).toBe('answer');
  });
});

describe('a wrong answer to a date offered as a choice, through the app', () => {
  let t: TestApp;
  afterEach(async () => t?.close());

  it.each([
    ['en-US', 'next Friday', 'Press 1 for Friday, December 4, or 2 for Friday, December 11.'],
    ['es-MX', 'el próximo viernes', 'Si es el viernes 4 de diciembre, oprima 1; si es el viernes 11 de diciembre, oprima 2.'],
  ] as const)('says which key is which date (%s), and the key then chosen is taken', async (locale, said, keys) => {
    t = await startTestApp();
    t.clock.set(AT); // Tuesday 1 December, 10:00 in New York
    const call = t.call({ from: '+12125550166' });
    await call.start();
    if (locale === 'es-MX') await call.press('9');
    await call.press('1');
    await call.say(said, 0.95);
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['ask.dateChoice']);
    const wrong = await call.press('5'); // no such choice
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.notUnderstood', 'help.dateChoice']);
    const help = wrong.said.at(-1)!.text;
    expect(help).toContain(keys);
    expect(countWords(help)).toBeLessThanOrEqual(WORD_BUDGETS[locale].prompt);
    const chosen = await call.press('2');
    expect(await lastPrompts(t.db, call.callSid)).toEqual(['notice.arrivalHeard', 'ask.roomType']);
    expect(chosen.said[0]!.text).toContain(locale === 'en-US' ? 'Friday, December 11' : 'viernes 11 de diciembre');
  });
});
