// Round 30's readings (test/corpus/cases/held-out-30.ts), reader by reader, with variants of the
// same families: a yes that waits on its "but", a moment ago that is no day, a holiday's weekend said
// "over", "pascua" alone, a surname said before "first name", sounds of thinking inside a name, a
// second thought after "bueno", "free nights", a booking under way when the call dropped, and the
// short names of Mastercard where only a way to pay is asked.

import { describe, expect, it } from 'vitest';
import type { CallContext } from '../../../flows/call-context.ts';
import type { CallerInput } from '../../../flows/reading/caller-input.ts';
import { readCallback, readPayment } from '../../../flows/reading/guest-questions.ts';
import { readReadBack } from '../../../flows/reading/menu-questions.ts';
import { intentFromSpeech } from '../../../flows/understanding/intents.ts';
import { nameFromSpeech } from '../../../flows/understanding/names.ts';
import { countFromSpeech } from '../../../flows/understanding/numbers.ts';
import { paymentAnswered, paymentFromSpeech } from '../../../flows/understanding/payment.ts';
import { soundAlikeCount } from '../../../flows/understanding/sound-alike-counts.ts';
import { tokenize } from '../../../flows/understanding/normalize.ts';
import { yesNo, yesWithABut } from '../../../flows/understanding/yes-no.ts';
import { dates, es, HELD, hotel, request, stay, TUE } from './said-on-tuesday.ts';

const speech = (text: string): CallerInput => ({ kind: 'speech', text, confidence: 0.9 });

describe('a yes that waits on what comes after its "but"', () => {
  const ctx = { today: TUE, locale: 'es-MX', hotel, arrival: HELD } as unknown as CallContext;
  const read = (said: string) => readReadBack(ctx, speech(said), request(said, 'readBack', { locale: 'es-MX' }));

  it.each(['yes but uh', 'yes but um', 'sí pero este', 'sí nada más que', 'yeah except uh'])('"%s" is no yes yet', (said) => {
    expect(yesNo(said, 'en-US')).toBeNull();
  });

  it.each(['sí nada más que sea rápido', 'yes but hurry', 'sí, solo que mi esposo llega después', 'yes except for that one thing'])(
    '"%s": a yes with words after its "but" books nothing at the read-back',
    (said) => {
      expect(yesWithABut(said)).toBe(true);
      expect(read(said)).not.toEqual({ kind: 'route', route: 'confirm' });
    },
  );

  it('a plain yes, and a no with a "but", stay what they are; the yes of "yes, but make it 3 nights" stands with its change', () => {
    expect(yesNo('yes but make it 3 nights', 'en-US')).toBe('yes');
    expect(yesNo('sí, perfecto', 'es-MX')).toBe('yes');
    expect(read('sí, perfecto')).toEqual({ kind: 'route', route: 'confirm' });
    expect(yesNo('yes please', 'en-US')).toBe('yes');
    expect(yesNo('no but thanks', 'en-US')).toBe('no');
  });


  it.each([
    ['sí nada más que el nombre va con zeta', 'name'],
    ['sí, nomás que la fecha es otra', 'arrivalDate'],
    ['yes but my name is spelled differently', 'name'],
  ])('at the read-back "%s" asks the %s again, and books nothing', (said, detail) => {
    expect(read(said)).toEqual({ kind: 'answer', value: { q: 'changeDetail', detail } });
  });

  it('"yes but uh" at the read-back books nothing', () => {
    expect(read('yes but uh')).not.toEqual({ kind: 'route', route: 'confirm' });
  });
});

describe('a moment ago is no day', () => {
  it.each(['i got cut off a minute ago', 'i called like an hour ago', 'we spoke 10 minutes ago'])('"%s" says no arrival', (said) => {
    expect(dates(said).kind).toBe('none');
  });

  it('days ago are still a day, gone: asked about', () => {
    expect(dates('two days ago')).toEqual({ kind: 'past', date: '2026-11-29' });
  });
});

describe('asked how long, a count of days from today', () => {
  it.each(['in two weeks', 'in 10 days', 'in 3 days'])('"%s" is a stay that long or leaving then: asked', (said) => {
    expect(request(said, 'nights').slots.nights).toBeUndefined();
  });

  it.each([['en dos semanas'], ['dentro de 10 días']])('"%s" likewise', (said) => {
    expect(request(said, 'nights', { locale: 'es-MX' }).slots.nights).toBeUndefined();
  });

  it('a day said is still the day they leave, and a bare "after 2 weeks" stays asked', () => {
    expect(request('the 15th', 'nights').slots.nights).toBe(7);
    expect(request('we leave in 2 weeks', 'nights').slots.nights).toBe(7);
    expect(request('after 2 weeks', 'nights').slots.nights).toBeUndefined();
    expect(request('after two weeks', 'nights').slots.nights).toBeUndefined();
  });
});

describe('a holiday said "over", "around" or "during", with its weekend', () => {
  it.each(['over easter weekend', 'around thanksgiving weekend', 'over christmas weekend', "over new year's weekend"])(
    '"%s" is about the holiday, not this weekend',
    (said) => {
      expect(dates(`we need a room ${said}`)).not.toEqual(stay('2026-12-04', '2026-12-06'));
      expect(dates(said).kind).not.toBe('stay');
    },
  );
});

describe('a month and a place, then "week"', () => {
  it.each(['january first week', 'jan 1st week', 'enero primera semana', 'january 1st weekend'])('"%s" is a week of the month, no day: asked', (said) => {
    expect(dates(said, { today: '2026-12-28' }).kind).toBe('none');
  });

  it('"january first" and "el primero de enero una semana" are still the 1st', () => {
    expect(dates('january first', { today: '2026-12-28' })).toEqual(stay('2027-01-01'));
    expect(es('el primero de enero una semana', { today: '2026-12-28' })).toEqual(stay('2027-01-01'));
  });
});

describe('named days', () => {
  it('"pascua" alone is a span in Mexico (the week after Holy Week), "domingo de pascua" the day', () => {
    expect(es('en pascua').kind).not.toBe('stay');
    expect(es('el domingo de pascua')).toEqual(stay('2027-03-28'));
  });

  it('boxing day and v-day', () => {
    expect(dates('boxing day')).toEqual(stay('2026-12-26'));
    expect(dates('v-day')).toEqual(stay('2027-02-14'));
  });
});

describe('names', () => {
  it.each([
    ['its kowalski k o w a l s k i first name anna', 'Anna Kowalski'],
    ['under smith, first name anna', 'Anna Smith'],
    ['Nguyen, first name Thanh', 'Thanh Nguyen'],
    ['last name nguyen first name linda', 'Linda Nguyen'],
  ])('"%s": a surname before "first name" goes after it: %s', (said, name) => {
    expect(nameFromSpeech(said)).toBe(name);
  });

  it.each([
    ['my name is john uh john smith', 'John Smith'],
    ['ana um díaz', 'Ana Díaz'],
    ['peter hmm van der berg', 'Peter van der Berg'],
    ['ana este díaz', 'Ana Díaz'],
  ])('"%s": a sound of thinking is no part of the name', (said, name) => {
    expect(nameFromSpeech(said)).toBe(name);
  });
});

describe('a second thought after "bueno" or "well"', () => {
  it.each([
    ['tres noches bueno cuatro', 'es-MX', 4],
    ['dos cuartos, bueno, tres', 'es-MX', 3],
    ['three nights well four', 'en-US', 4],
  ] as const)('"%s" is the second', (said, locale, n) => {
    expect(countFromSpeech(said, locale, said.includes('cuartos') ? 'rooms' : 'nights')).toBe(n);
  });
});

describe('"free nights"', () => {
  it('sounds like three nights; "free rooms" are rooms available, no count', () => {
    expect(soundAlikeCount(tokenize('free nights'), 'nights')).toBe(3);
    expect(soundAlikeCount(tokenize('free nts'), 'nights')).toBe(3);
    expect(soundAlikeCount(tokenize('do you have free rooms'), 'rooms')).toBeNull();
  });
});

describe('a booking under way when the call dropped', () => {
  it.each(['got cut off, was booking a room for 12/18', 'i was trying to book a room and it hung up', 'se cortó, estaba reservando un cuarto'])(
    '"%s" is a new booking, not one to look up',
    (said) => {
      expect(intentFromSpeech(said, 'en-US')).not.toBe('existing');
    },
  );

  it('"need a rep" texted asks for a person', () => {
    expect(intentFromSpeech('need a rep', 'en-US')).toBe('agent');
  });
});

describe('the callback number by its last digits', () => {
  const ctx = (caller: string, locale = 'en-US') => ({ hotel, caller, callerCountry: null, channel: 'voice', locale }) as unknown as CallContext;
  const answer = (number: string) => ({ kind: 'answer', value: { q: 'callback', number } });

  it.each([['the one ending in 0123'], ['the number ending with 0123'], ['my cell ends in 0123']])('"%s" is the number calling when it ends so', (said) => {
    expect(readCallback(ctx('+12125550123'), speech(said))).toEqual(answer('+12125550123'));
  });

  it('in Spanish too; other last digits are no number to call: the whole one is asked, the digits no day', () => {
    const other = { kind: 'miss', notice: { id: 'otherNumber' } };
    expect(readCallback(ctx('+525587654321', 'es-MX'), speech('el que termina en 4321'))).toEqual(answer('+525587654321'));
    expect(readCallback(ctx('+525587654321', 'es-MX'), speech('mi cel termina en 9876'))).toEqual(other);
    expect(readCallback(ctx('+12125550123'), speech('my cell ends in 0199'))).toEqual(other);
    expect(readCallback(ctx('+12125550123'), speech('the number ending in 23'))).toEqual(other);
  });
});

describe('Mastercard said short, where only a way to pay is asked', () => {
  it.each([
    ['MC', 'credit_card'],
    ['mc pls', 'credit_card'],
    ['con la master', 'credit_card'],
    ['mc debit', 'debit_card'],
    ['master card', 'credit_card'],
  ] as const)('"%s" at the payment question: %s', (said, method) => {
    expect(paymentAnswered(said, 'en-US')).toBe(method);
    const ctx = { locale: 'en-US' } as unknown as CallContext;
    expect(readPayment(ctx, speech(said))).toEqual({ kind: 'answer', value: { q: 'payment', method } });
  });

  it('elsewhere "mc" and "master" say no way to pay ("a master suite", a name)', () => {
    expect(paymentFromSpeech('MC', 'en-US')).toBeNull();
    expect(paymentFromSpeech('the master suite', 'en-US')).toBeNull();
  });

  it('"MC or cash": either, asked', () => {
    expect(paymentAnswered('MC or cash', 'en-US')).toBeNull();
  });

  it('ways outside the three stay asked', () => {
    for (const said of ['pay at hotel', 'zelle?', 'deposito en oxxo', 'transferencia spei', 'con cheque', 'bitcoin']) expect(paymentAnswered(said, 'es-MX')).toBeNull();
  });
});
