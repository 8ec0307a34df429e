// TwiML as strings (src/twilio/twiml.ts) writes exactly what the twilio library's VoiceResponse
// and MessagingResponse write: byte for byte, over random documents and over every document the
// call flow rendered in whole calls of every kind. And its escaping is proven: whatever text or
// attribute goes in, an XML parser reads the same back.

import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hotelToday, planCall, playCall, pickKind, seededRng, DEFAULT_MIX, CALLER_KINDS } from '../../bench/lib/callers.ts';
import { callFlow } from '../../src/calls/call-flow.ts';
import { restoreSnapshot } from '../../src/calls/call-snapshot.ts';
import type { CallRow } from '../../src/calls/call-store.ts';
import { viewOf } from '../../src/calls/call-view.ts';
import type { LoadedHotel } from '../../src/hotel/hotel-store.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { MessagingResponse, VoiceResponse, withoutIllegalXml } from '../../src/twilio/twiml.ts';
import * as stringRender from '../../src/voice/render.ts';
import type * as TextRender from '../../src/sms/render-text.ts';
import type * as Twiml from '../../src/twilio/twiml.ts';
import type { CallView } from '../../src/voice/render.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { textingGuest } from '../helpers/texting.ts';
import { TO_QUESTION, dateCycle } from '../reliability/helpers.ts';

const Library = twilio.twiml;

// --- random documents, built both ways -----------------------------------------------------

type Value = string | number | boolean | null | undefined | string[];
type Attrs = Record<string, Value>;
type Verb =
  | { verb: 'say' | 'play' | 'redirect' | 'message'; attrs: Attrs | null; text: string | undefined }
  | { verb: 'pause' | 'record' | 'hangup' | 'reject'; attrs: Attrs | null }
  | { verb: 'gather'; attrs: Attrs | null; children: { verb: 'say' | 'play' | 'pause'; attrs: Attrs | null; text: string | undefined }[] }
  | { verb: 'dial'; attrs: Attrs | null; text: string | undefined; numbers: { attrs: Attrs | null; text: string }[] };

// Text of every kind: XML's specials, whitespace, control characters, lone surrogates, emoji.
const textArb = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.array(fc.constantFrom('&', '<', '>', '"', "'", '\t', '\n', '\r', '\r\n', ']]>', '&amp;', ' ', 'a', 'é', '\u0000', '\u001f', '\uFFFE', '\uD800', '\uDC00', '😀'), { maxLength: 12 }).map((a) => a.join('')),
);
const nameArb = fc.oneof(
  fc.constantFrom('voice', 'language', 'action', 'method', 'input', 'timeout', 'hints', 'numDigits', 'finishOnKey', 'url', 'callerId'),
  fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,8}$/),
);
const valueArb: fc.Arbitrary<Value> = fc.oneof(
  textArb,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
);
const attrsArb = fc.option(fc.dictionary(nameArb, valueArb, { maxKeys: 5 }), { nil: null });
const optionalText = fc.option(textArb, { nil: undefined });
const verbArb: fc.Arbitrary<Verb> = fc.oneof(
  fc.record({ verb: fc.constantFrom('say', 'play', 'redirect'), attrs: attrsArb, text: optionalText }),
  fc.record({ verb: fc.constantFrom('pause', 'record', 'hangup', 'reject'), attrs: attrsArb }),
  fc.record({
    verb: fc.constant('gather'),
    attrs: attrsArb,
    children: fc.array(fc.record({ verb: fc.constantFrom('say', 'play', 'pause'), attrs: attrsArb, text: optionalText }), { maxLength: 3 }),
  }),
  fc.record({ verb: fc.constant('dial'), attrs: attrsArb, text: optionalText, numbers: fc.array(fc.record({ attrs: attrsArb, text: textArb }), { maxLength: 2 }) }),
) as fc.Arbitrary<Verb>;

/** Calls the same builder methods on either implementation (they share the library's API). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyBuilder = any;

function build(response: AnyBuilder, verbs: Verb[]): string {
  // The attributes-or-text overloads: null attributes means "text only", as `say('Hello')`.
  const call = (target: AnyBuilder, method: string, attrs: Attrs | null, text?: string) =>
    attrs === null ? (text === undefined ? target[method]() : target[method](text)) : target[method](attrs, text);
  for (const v of verbs) {
    if (v.verb === 'gather') {
      const gather = v.attrs === null ? response.gather() : response.gather(v.attrs);
      for (const c of v.children) call(gather, c.verb, c.attrs, c.text);
    } else if (v.verb === 'dial') {
      const dial = call(response, 'dial', v.attrs, v.text);
      for (const n of v.numbers) call(dial, 'number', n.attrs, n.text);
    } else if ('text' in v) {
      call(response, v.verb, v.attrs, v.text);
    } else {
      call(response, v.verb, v.attrs);
    }
  }
  return response.toString();
}

/** The document, or the error the builder threw (both must agree on which). */
function outcome(make: () => string): string {
  try {
    return make();
  } catch (err) {
    return `threw: ${(err as Error).message}`;
  }
}

/** The same verbs, every string in them without the characters XML 1.0 cannot carry (what ours writes where the library throws). */
function legalOnly<T>(value: T): T {
  if (typeof value === 'string') return withoutIllegalXml(value) as T;
  if (Array.isArray(value)) return value.map(legalOnly) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, legalOnly(v)])) as T;
  return value;
}

/** A document an XML 1.0 parser reads without a complaint, its root <Response>. */
function expectWellFormed(xml: string): void {
  expect(xml).not.toMatch(/^threw: /);
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  expect(doc.documentElement?.nodeName).toBe('Response');
}

describe('TwiML as strings, against the twilio library', () => {
  it('writes the same bytes as VoiceResponse for any document; where the library throws, a document without the characters XML cannot carry', () => {
    fc.assert(
      fc.property(fc.array(verbArb, { maxLength: 6 }), (verbs) => {
        const ours = outcome(() => build(new VoiceResponse(), verbs));
        expect(ours).toBe(outcome(() => build(new Library.VoiceResponse(), legalOnly(verbs))));
        expectWellFormed(ours);
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the same bytes as MessagingResponse', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(attrsArb, optionalText), { maxLength: 3 }), (messages) => {
        const make = (response: AnyBuilder) => () => {
          for (const [attrs, text] of messages) {
            if (attrs === null) response.message(text ?? '');
            else response.message(attrs, text);
          }
          return response.toString();
        };
        const ours = outcome(make(new MessagingResponse()));
        const legal = legalOnly(messages);
        const library = () => {
          const response = new Library.MessagingResponse();
          for (const [attrs, text] of legal) {
            if (attrs === null) response.message(text ?? '');
            else response.message(attrs as never, text as string);
          }
          return response.toString();
        };
        expect(ours).toBe(outcome(library));
        expectWellFormed(ours);
      }),
      { numRuns: 1000 },
    );
  });

  it('escapes so that a parser reads back exactly the text and attributes that went in', () => {
    // Characters XML 1.0 can carry (the builder refuses the others in text, as the library does).
    // Not U+0085, U+2028 or U+2029: xmldom reads them as line ends (XML 1.1's rule), which an XML
    // 1.0 parser does not; they are written as the library writes them (the test above).
    const legal = fc.string({ unit: fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", '\t', '\n', '\r', ';', '#', 'x'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }).filter(
      // eslint-disable-next-line no-control-regex
      (s) => !/[\0-\x08\x0B\f\x0E-\x1F\u0085\u2028\u2029\uFFFE\uFFFF]/.test(s),
    );
    fc.assert(
      fc.property(legal, legal, (text, attribute) => {
        const response = new VoiceResponse();
        response.say({ voice: attribute as never, language: 'en-US' }, text);
        const doc = new DOMParser().parseFromString(response.toString(), 'text/xml');
        const say = doc.getElementsByTagName('Say')[0]!;
        expect(say.getAttribute('voice')).toBe(attribute);
        expect(say.textContent ?? '').toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

// --- every document the flow renders, both ways ----------------------------------------------

describe('every document the call flow renders', () => {
  let t: TestApp;
  let library: typeof stringRender;
  let libraryText: typeof TextRender;
  const checked = new Map<string, number>();
  const contexts: CallView['ctx'][] = [];

  beforeAll(async () => {
    // The same renderer modules, loaded afresh with the twilio library's builders in place of the
    // string ones: the reference each document is held to.
    vi.resetModules();
    vi.doMock('../../src/twilio/twiml.ts', async (importOriginal) => ({
      ...(await importOriginal<typeof Twiml>()),
      VoiceResponse: Library.VoiceResponse,
      MessagingResponse: Library.MessagingResponse,
    }));
    library = await import('../../src/voice/render.ts');
    libraryText = await import('../../src/sms/render-text.ts');
    vi.doUnmock('../../src/twilio/twiml.ts');
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const options = () => ({ hotelNumber: t.config.twilioPhoneNumber, deskRingSeconds: t.config.deskRingSeconds });

  /** The stored answer of the call's last turn, against the library's rendering of its stored state. */
  async function checkRow(callSid: string, seenStep: Map<string, number>): Promise<void> {
    const row = await t.db.get<CallRow>('SELECT * FROM calls WHERE call_sid = ?', [callSid]);
    if (!row || seenStep.get(callSid) === row.step) return;
    // A text conversation's last reply is rendered before the conversation is closed in the same turn.
    if (row.channel === 'sms' && row.ended_at !== null) return;
    seenStep.set(callSid, row.step);
    // Stored without the hotel (src/calls/call-snapshot.ts): restored the way the service does.
    const view = viewOf(restoreSnapshot(callFlow, row.snapshot_json, (t.app.locals.hotel as LoadedHotel).info, callSid));
    contexts.push(view.ctx);
    if (view.ctx.channel === 'sms') {
      // A conversation's first reply names the hotel, later ones do not: either rendering may be the one sent.
      const references = [true, false].map((greeted) => libraryText.renderText(view, greeted).twiml);
      expect(references, `${row.state} at step ${row.step}`).toContain(row.last_twiml);
    } else {
      expect(row.last_twiml, `${row.state} at step ${row.step}`).toBe(library.renderTurn(view, { ...options(), step: row.step }).twiml);
    }
    checked.set(view.state, (checked.get(view.state) ?? 0) + 1);
  }

  function session(from: string): CallSession {
    const seenStep = new Map<string, number>();
    const checkingFetch: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      await checkRow(call.callSid, seenStep);
      return answer;
    };
    const call = new CallSession({ baseUrl: t.baseUrl, publicBaseUrl: TEST_PUBLIC_URL, authToken: TEST_AUTH_TOKEN, from, to: HOTEL_NUMBER, fetch: checkingFetch });
    return call;
  }

  it('matches the library at every turn of every kind of call', async () => {
    // Every question of the flow, then a silence, a repeat, an answer that does not fit, the desk.
    const nextDate = dateCycle();
    // Each call from a number of its own: one cut off and called back from the same number is offered its booking again.
    let caller = 1000;
    for (const reach of Object.values(TO_QUESTION)) {
      for (const after of [[], ['silence'], ['*'], ['99'], ['0'], ['say:maybe']] as string[][]) {
        const call = session(`+1212555${caller++}`);
        await reach(call, nextDate());
        for (const action of after) {
          if (call.ended || call.waitingFor !== 'input') break;
          if (action === 'silence') await call.silence();
          else if (action.startsWith('say:')) await call.say(action.slice(4), 0.4);
          else await call.press(action);
        }
        if (!call.ended) await call.hangup();
      }
    }
    // The benchmark's mix of callers: keys, speech, Spanish, no rooms, hang-ups, the desk.
    const rng = seededRng(14);
    const today = hotelToday('America/New_York', t.clock.now());
    for (let i = 0; i < 60; i++) {
      const kind = i < CALLER_KINDS.length ? CALLER_KINDS[i]! : pickKind(rng, DEFAULT_MIX);
      await playCall(session(`+1212555${String(2000 + i)}`), planCall(kind, rng, 365), { today, think: () => Promise.resolve() });
    }
    // Texts: the same flow answered with MessagingResponse.
    const guest = textingGuest(t.baseUrl, '+12125559876');
    for (const body of ['hi', 'book a room', 'december 4', 'deluxe', '2 rooms', '3 nights', 'Ana Diaz', 'cash', 'this number', 'yes']) {
      await guest.send(body);
      const open = await t.db.get<{ call_sid: string }>("SELECT call_sid FROM calls WHERE from_number = ? AND channel = 'sms' ORDER BY started_at DESC LIMIT 1", ['+12125559876']);
      if (open) await checkRow(open.call_sid, new Map());
    }
    // The flow's states, by how many documents each was compared in.
    expect(checked.size).toBeGreaterThan(15);
    for (const state of ['greeting', 'askingArrivalDate', 'askingRoomType', 'askingRooms', 'askingNights', 'askingName', 'confirmingHeard', 'recordingName', 'askingPayment', 'askingCallback', 'readingBack', 'choosingDetail', 'offeringAlternatives', 'transferring', 'offeringCallback', 'confirmed']) {
      expect(checked.get(state), state).toBeGreaterThan(0);
    }
  }, 300_000);

  it('matches the library for the whisper, the screening answer and the apology', async () => {
    const history = { previousCalls: 2, lastOutcome: 'booked', lastReservation: { confirmation: '12345678', arrival: '2026-12-04', guestName: 'Ana <Díaz> & Co', status: 'booked' } };
    const none = { previousCalls: 0, lastOutcome: null, lastReservation: null };
    expect(contexts.length).toBeGreaterThan(100);
    for (const ctx of contexts) {
      for (const h of [history, none]) expect(stringRender.renderWhisper(ctx, h, 7).twiml).toBe(library.renderWhisper(ctx, h, 7).twiml);
    }
    for (const locale of ['en-US', 'es-MX'] as const) {
      for (const accepted of [true, false]) expect(stringRender.renderScreenResult(accepted, locale)).toBe(library.renderScreenResult(accepted, locale));
      for (const opts of [options(), { hotelNumber: null, deskRingSeconds: 20 }]) {
        expect(stringRender.renderApology(locale, '+15557654321', opts).twiml).toBe(library.renderApology(locale, '+15557654321', opts).twiml);
      }
    }
  });
});
