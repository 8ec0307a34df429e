// Bad input of any shape at every question of the flow (SPEC §8): Twilio's parameters absent,
// empty, huge, binary or unicode garbage, of the wrong type, repeated; unknown CallSids; steps out
// of order; requests delivered twice; forged signatures and bodies that are not forms. Every
// answer is a 200 with TwiML that parses, or a 4xx for what is not Twilio's; afterwards no stored
// invariant is broken.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCallSid } from '../../src/softphone/twilio-params.ts';
import { callParams } from '../../src/softphone/twilio-params.ts';
import { storedInvariantViolations } from '../../bench/lib/db-checks.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { TO_QUESTION, dateCycle, formBody, rawPost, serverParams, signatureFor, twimlOf } from './helpers.ts';
import type { RawAnswer } from './helpers.ts';

const RUNS_PER_QUESTION = 25;
const BODY_LIMIT = 64 * 1024;

const ROUTES = ['/voice', '/voice/gather', '/voice/recording', '/voice/dial-result', '/voice/whisper', '/voice/screen', '/voice/status'] as const;
type Route = (typeof ROUTES)[number];
const TWIML_ROUTES_WITH_STEP: readonly Route[] = ['/voice/gather', '/voice/recording', '/voice/dial-result'];

const TWILIO_KEYS = [
  'Digits',
  'SpeechResult',
  'Confidence',
  'From',
  'To',
  'Caller',
  'CallStatus',
  'CallDuration',
  'DialCallStatus',
  'DialCallDuration',
  'RecordingUrl',
  'RecordingDuration',
  'FinishedOnKey',
  'ParentCallSid',
  'AccountSid',
  'CallSid',
];
// Keys that are properties of every object: code that calls body.hasOwnProperty() or turns the
// body into a string would trip on them.
const TRICKY_KEYS = ['hasOwnProperty', 'toString', 'valueOf', 'constructor', '__proto__', 'Digits[]', 'a[b]', 'step', ''];

const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TWILIO_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const valueArb = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  // Wrong types and edge values where a number, a status or a URL is expected.
  fc.constantFrom('1', '0', '9', '*', '#', '1204', '2#', '1'.repeat(60), 'NaN', '-1', '1e309', 'Infinity', '0x1F', '١٢٠٤', '½', 'null', 'undefined', '[object Object]', '{"a":1}', 'true', '0.00001', ' 1 ', '\u0000', '\r\n', '<Say>hi</Say>', ']]>', '&amp;', 'javascript:alert(1)', 'file:///etc/passwd'),
  fc.constantFrom('completed', 'busy', 'no-answer', 'failed', 'canceled', 'in-progress', 'ringing', 'queued'),
  fc.constantFrom('John Smith', 'next friday', 'December 4th', 'deluxe', 'two rooms', 'three nights', 'cash', 'agent', 'español', 'yes', 'no'),
  // Huge: up to 10 kB of one character, or of garbage.
  fc.integer({ min: 2_000, max: 10_240 }).map((n) => 'x'.repeat(n)),
  fc.string({ unit: 'binary', minLength: 500, maxLength: 2_000 }),
);

const stepArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant<'current'>('current') },
  { weight: 4, arbitrary: fc.constantFrom<'stale' | 'future' | 'absent' | 'repeated'>('stale', 'future', 'absent', 'repeated') },
  { weight: 1, arbitrary: fc.constantFrom('abc', '-1', '1.5', '99999999999', '', '0x10', '1e3', '%00', '0'.repeat(40)) },
);

const requestArb = fc.record({
  route: fc.oneof({ weight: 5, arbitrary: fc.constant<Route>('/voice/gather') }, { weight: 3, arbitrary: fc.constantFrom(...ROUTES) }),
  step: stepArb,
  callSid: fc.oneof(
    { weight: 6, arbitrary: fc.constant<'this'>('this') },
    { weight: 2, arbitrary: fc.constantFrom<'unknown' | 'absent' | 'lowercase' | 'twice'>('unknown', 'absent', 'lowercase', 'twice') },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  ),
  // The guest's call for the desk's leg (`call=` in the whisper URL).
  guestCall: fc.constantFrom<'this' | 'absent' | 'garbage'>('this', 'this', 'absent', 'garbage'),
  withTwilioParams: fc.boolean(),
  extra: fc.array(fc.tuple(keyArb, valueArb), { maxLength: 6 }),
  signing: fc.oneof(
    { weight: 6, arbitrary: fc.constant<'valid'>('valid') },
    { weight: 1, arbitrary: fc.constantFrom<'missing' | 'wrong' | 'otherUrl' | 'otherToken'>('missing', 'wrong', 'otherUrl', 'otherToken') },
  ),
  contentType: fc.oneof(
    { weight: 8, arbitrary: fc.constant<'form'>('form') },
    { weight: 1, arbitrary: fc.constantFrom<'none' | 'json' | 'text'>('none', 'json', 'text') },
  ),
  deliverTwice: fc.boolean(),
});
type FuzzRequest = (typeof requestArb extends fc.Arbitrary<infer T> ? T : never);

describe('fuzzed webhooks at every question of the flow', () => {
  let t: TestApp;
  const nextDate = dateCycle();
  let callers = 0;
  const nextCaller = () => `+1212555${String(2000 + callers++).padStart(4, '0')}`;
  const reached = new Map<string, Set<string>>();
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    // What the fuzz reached, for whoever reads the test log.
    console.log(`fuzz: questions → states ${JSON.stringify(Object.fromEntries([...reached].map(([q, states]) => [q, [...states]])))}; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    await t.close();
  });

  const stateOf = async (callSid: string) =>
    await t.db.get<{ state: string; step: number }>('SELECT state, step FROM calls WHERE call_sid = ?', [callSid]);

  async function send(req: FuzzRequest, callSid: string): Promise<{ answers: RawAnswer[]; expected: number[]; sameTwice: boolean }> {
    const row = (await stateOf(callSid));
    const current = row?.step ?? 1;
    const query = new URLSearchParams();
    const stepValue =
      req.step === 'current' ? String(current)
      : req.step === 'stale' ? String(Math.max(0, current - 1))
      : req.step === 'future' ? String(current + 1)
      : req.step === 'absent' ? null
      : req.step === 'repeated' ? [String(current), String(current + 1)]
      : req.step;
    if (Array.isArray(stepValue)) for (const s of stepValue) query.append('step', s);
    else if (stepValue !== null) query.append('step', stepValue);
    if (req.route === '/voice/whisper' || req.route === '/voice/screen') {
      if (req.guestCall === 'this') query.append('call', callSid);
      if (req.guestCall === 'garbage') query.append('call', 'CA-not-a-sid');
    }
    const path = req.route + (query.size ? `?${query}` : '');

    const sid =
      req.callSid === 'this' ? callSid
      : req.callSid === 'unknown' ? newCallSid()
      : req.callSid === 'absent' ? null
      : req.callSid === 'lowercase' ? callSid.toLowerCase()
      : req.callSid === 'twice' ? callSid
      : req.callSid;
    const pairs: [string, string][] = [];
    if (req.withTwilioParams) {
      const base = callParams({ callSid: sid ?? 'x', accountSid: 'AC' + '0'.repeat(32), from: '+12125550123', to: HOTEL_NUMBER, callStatus: 'in-progress' });
      for (const [k, v] of Object.entries(base)) if (k !== 'CallSid') pairs.push([k, v]);
    }
    if (sid !== null) pairs.push(['CallSid', sid]);
    if (req.callSid === 'twice') pairs.push(['CallSid', newCallSid()]);
    pairs.push(...req.extra);

    const form = req.contentType === 'form';
    const body = form ? formBody(pairs) : req.contentType === 'json' ? JSON.stringify(Object.fromEntries(pairs)) : formBody(pairs);
    // What the server will see, and so what a valid signature covers.
    const seen = form ? serverParams(pairs) : {};
    const publicUrl = TEST_PUBLIC_URL + path;
    const signature =
      req.signing === 'valid' ? signatureFor(TEST_AUTH_TOKEN, publicUrl, seen)
      : req.signing === 'wrong' ? 'bm90LWEtc2lnbmF0dXJlLWF0LWFsbA=='
      : req.signing === 'otherUrl' ? signatureFor(TEST_AUTH_TOKEN, `${TEST_PUBLIC_URL}/voice/elsewhere`, seen)
      : req.signing === 'otherToken' ? signatureFor('someone-elses-token', publicUrl, seen)
      : null;
    const contentType = req.contentType === 'form' ? 'application/x-www-form-urlencoded' : req.contentType === 'json' ? 'application/json' : req.contentType === 'text' ? 'text/plain' : null;

    // What must come back.
    let expected: number[];
    const seenSid = typeof seen.CallSid === 'string' ? seen.CallSid : Array.isArray(seen.CallSid) ? seen.CallSid[0] : undefined;
    const sidValid = seenSid !== undefined && /^CA[0-9a-fA-F]{32}$/.test(seenSid);
    if (form && Buffer.byteLength(body) > BODY_LIMIT) expected = [413];
    else if (req.signing !== 'valid') expected = [403];
    else if (req.route === '/voice/whisper' || req.route === '/voice/screen') expected = req.guestCall === 'this' ? [200] : [400];
    else expected = sidValid ? [200] : [400];

    const send1 = () => rawPost(t.baseUrl + path, { body, contentType, signature });
    const answers = [await send1()];
    if (req.deliverTwice) answers.push(await send1());
    // A webhook delivered twice (same step, same parameters) is answered the same, for a call we know.
    const sameTwice = req.deliverTwice && TWIML_ROUTES_WITH_STEP.includes(req.route) && req.callSid === 'this' && expected[0] === 200 && row !== undefined;
    return { answers, expected, sameTwice };
  }

  for (const question of Object.keys(TO_QUESTION)) {
    it(`answers every fuzzed webhook at "${question}" with TwiML or a 4xx`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(requestArb, { minLength: 1, maxLength: 4 }), async (requests) => {
          // Each run a caller of its own: a run whose fuzzed webhooks end its call mid-booking leaves
          // that caller the call-back resume offer ("Welcome back…"), which the next walk would meet.
          const call = t.call({ from: nextCaller() });
          await TO_QUESTION[question]!(call, nextDate());
          const state = (await stateOf(call.callSid))?.state ?? 'none';
          reached.set(question, (reached.get(question) ?? new Set()).add(state));
          for (const req of requests) {
            const { answers, expected, sameTwice } = await send(req, call.callSid);
            for (const answer of answers) {
              statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
              expect(answer.status, `${req.route} answered ${answer.status}: ${answer.body.slice(0, 300)}`).toBeLessThan(500);
              expect(expected, `${JSON.stringify({ ...req, extra: req.extra.map(([k, v]) => [k, v.slice(0, 40)]) })} → ${answer.status} ${answer.body.slice(0, 200)}`).toContain(answer.status);
              if (answer.status === 200) {
                expect(answer.contentType).toMatch(/xml/);
                twimlOf(answer);
              }
            }
            if (sameTwice) expect(answers[1]!.body).toBe(answers[0]!.body);
          }
        }),
        { numRuns: RUNS_PER_QUESTION },
      );
      // Every run's walk left its call at the same place: the fuzz was aimed where the test says.
      expect([...(reached.get(question) ?? [])]).toHaveLength(1);
      expect(await storedInvariantViolations(t.db, { now: t.clock.now() })).toEqual([]);
    }, 60_000);
  }

  it('never answers a 5xx, even to bodies that are not forms at all', async () => {
    const callSid = newCallSid();
    const cases: { body: string | Uint8Array; contentType: string | null }[] = [
      { body: `CallSid=${callSid}&Digits=%FF%FE%00`, contentType: 'application/x-www-form-urlencoded' },
      { body: `CallSid=${callSid}&Digits=1`, contentType: 'application/x-www-form-urlencoded; charset=iso-8859-1' },
      { body: `CallSid=${callSid}&Digits=1`, contentType: 'application/x-www-form-urlencoded; charset=koi8-r' },
      { body: new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x80, 0x3d, 0x26]), contentType: 'application/x-www-form-urlencoded' },
      { body: '%', contentType: 'application/x-www-form-urlencoded' },
      { body: '&&&===&&&', contentType: 'application/x-www-form-urlencoded' },
      { body: '{"CallSid": 1}', contentType: 'application/json' },
      { body: '<xml/>', contentType: 'text/xml' },
      { body: 'x', contentType: 'multipart/form-data; boundary=zzz' },
    ];
    for (const route of ROUTES) {
      for (const c of cases) {
        // Signed as the server might parse it, or not at all: either way, no 5xx.
        for (const signature of [null, signatureFor(TEST_AUTH_TOKEN, TEST_PUBLIC_URL + route, { CallSid: callSid, Digits: '1' })]) {
          const answer = await rawPost(t.baseUrl + route, { body: c.body, contentType: c.contentType, signature });
          expect(answer.status, `${route} ${String(c.contentType)} ${answer.body}`).toBeGreaterThanOrEqual(200);
          expect(answer.status, `${route} ${String(c.contentType)} ${answer.body}`).toBeLessThan(500);
          if (answer.status === 200) twimlOf(answer);
        }
      }
    }
    expect(await storedInvariantViolations(t.db, { now: t.clock.now() })).toEqual([]);
  });
});
