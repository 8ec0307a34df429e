import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { CallContext } from '../../flows/call-context.ts';
import { callMachine } from '../../flows/call-machine.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import type { GatherVerb } from '../../src/softphone/twiml.ts';
import { formatterFor } from '../../src/voice/formatters.ts';
import { renderApology, renderTurn } from '../../src/voice/render.ts';
import type { CallView } from '../../src/voice/render.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const baseCtx: CallContext = createActor(callMachine, {
  input: { callSid: 'CA1', caller: '+12125550123', hotel, at: '2026-11-28T15:00:00Z' },
}).getSnapshot().context;
const options = { step: 7, hotelNumber: '+15551230000', deskRingSeconds: 15 };

function view(state: string, question: CallView['question'], ctx: Partial<CallContext> = {}, tags: string[] = []): CallView {
  return { state, question, tags: new Set(question ? ['question', ...tags] : tags), ctx: { ...baseCtx, ...ctx } };
}

describe('rendering a state as TwiML', () => {
  it('asks a question inside a Gather for keys and speech, in the call language, with the step in every URL', () => {
    const { twiml, said } = renderTurn(view('askingArrivalDate', 'arrivalDate'), options);
    const verbs = parseTwiml(twiml);
    expect(verbs.map((v) => v.verb)).toEqual(['gather', 'redirect']);
    const gather = verbs[0] as GatherVerb;
    expect(gather).toMatchObject({ input: ['dtmf', 'speech'], numDigits: 4, language: 'en-US', action: '/voice/gather?step=7' });
    expect(gather.children[0]).toMatchObject({ verb: 'say', voice: 'Polly.Joanna-Neural' });
    expect(verbs[1]).toMatchObject({ verb: 'redirect', url: '/voice/gather?step=7' });
    expect(said.map((s) => s.prompt)).toEqual(['ask.arrivalDate']);
  });

  it('says the notices first and the helpful version of the question after a miss', () => {
    const { said } = renderTurn(view('askingNights', 'nights', { misses: 1, notices: [{ id: 'noInput' }] }), options);
    expect(said.map((s) => s.prompt)).toEqual(['notice.noInput', 'help.nights']);
    const gather = parseTwiml(renderTurn(view('askingNights', 'nights'), options).twiml)[0] as GatherVerb;
    expect(gather.finishOnKey).toBe('#');
    expect(gather.numDigits).toBeUndefined();
  });

  it('uses the Spanish voice, language and hints for a Spanish call', () => {
    const gather = parseTwiml(renderTurn(view('askingRoomType', 'roomType', { locale: 'es-MX' }), options).twiml)[0] as GatherVerb;
    expect(gather.language).toBe('es-MX');
    expect(gather.children[0]).toMatchObject({ voice: 'Polly.Mia-Neural', language: 'es-MX' });
    expect(gather.hints).toContain('Suite con vista al mar');
    expect(gather.hints).toContain('recepción');
  });

  it('dials the front desk with three rings, ringback and the hotel number as caller ID', () => {
    const verbs = parseTwiml(renderTurn(view('transferring', null, { transferReason: 'misses' }, ['dial']), options).twiml);
    expect(verbs.map((v) => v.verb)).toEqual(['say', 'dial']);
    expect(verbs[1]).toMatchObject({
      timeout: 15,
      answerOnBridge: true,
      callerId: '+15551230000',
      action: '/voice/dial-result?step=7',
      targets: [{ kind: 'number', number: '+15557654321' }],
    });
  });

  it('records the name with a beep and # to finish, then reports silence the same way', () => {
    const verbs = parseTwiml(renderTurn(view('recordingName', null, {}, ['recording']), options).twiml);
    expect(verbs.map((v) => v.verb)).toEqual(['say', 'record', 'redirect']);
    expect(verbs[1]).toMatchObject({ action: '/voice/recording?step=7', finishOnKey: '#', playBeep: true });
  });

  it('says the confirmation number digit by digit in groups of four, twice, then hangs up', () => {
    const { twiml } = renderTurn(view('confirmed', null, { confirmation: '90210555' }), options);
    const verbs = parseTwiml(twiml);
    expect(verbs.map((v) => v.verb)).toEqual(['say', 'hangup']);
    const text = (verbs[0] as { text: string }).text;
    // Two groups with a pause between, as a guest writes it down: "9 0 2 1, 0 5 5 5".
    expect(text.split('9 0 2 1, 0 5 5 5').length - 1).toBe(2);
  });

  it('apologises and dials the desk for a failed turn', () => {
    const verbs = parseTwiml(renderApology('es-MX', '+15557654321', options).twiml);
    expect(verbs.map((v) => v.verb)).toEqual(['say', 'dial']);
    expect(verbs[0]).toMatchObject({ language: 'es-MX' });
  });
});

describe('formatters', () => {
  it('reads dates with weekday, the year only when it is not this year, in each language', () => {
    expect(formatterFor('en-US').date('2026-12-04', '2026-11-28')).toBe('Friday, December 4');
    expect(formatterFor('en-US').date('2027-01-05', '2026-11-28')).toBe('Tuesday, January 5, 2027');
    expect(formatterFor('es-MX').date('2026-12-04', '2026-11-28')).toBe('viernes 4 de diciembre');
    expect(formatterFor('es-MX').date('2027-01-05', '2026-11-28')).toBe('martes 5 de enero de 2027');
  });

  it('reads times and money per locale', () => {
    expect(formatterFor('en-US').time('18:00')).toBe('6 PM');
    expect(formatterFor('en-US').time('23:59')).toBe('11:59 PM');
    expect(formatterFor('es-MX').time('18:00')).toBe('6 p.m.');
    // Said on the phone, a Mexican agent names the part of the day.
    expect(formatterFor('en-US').saidTime('18:00')).toBe('6 PM');
    expect(formatterFor('es-MX').saidTime('18:00')).toBe('6 de la tarde');
    expect(formatterFor('es-MX').saidTime('23:59')).toBe('11:59 de la noche');
    expect(formatterFor('es-MX').saidTime('12:00')).toBe('12 del día');
    expect(formatterFor('es-MX').saidTime('09:30')).toBe('9:30 de la mañana');
    expect(formatterFor('es-MX').saidTime('00:00')).toBe('12 de la noche');
    // The currency named as people say it, from the hotel's ISO currency.
    expect(formatterFor('en-US').money(1440, 'USD')).toBe('1,440 dollars');
    expect(formatterFor('en-US').money(1, 'USD')).toBe('1 dollar');
    expect(formatterFor('es-MX').money(1080, 'USD')).toBe('1,080 dólares');
    expect(formatterFor('es-MX').money(1080, 'MXN')).toBe('1,080 pesos');
    expect(formatterFor('en-US').money(1080, 'MXN')).toBe('1,080 pesos');
    expect(formatterFor('es-MX').money(99.5, 'EUR')).toBe('99.50 euros');
    expect(formatterFor('en-US').money(250, 'GBP')).toBe('250 pounds');
    expect(formatterFor('en-US').digits('0412')).toBe('0 4 1 2');
  });
});
