import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Request } from 'express';
import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CallSession,
  CallSessionUsageError,
  TwilioWebhookError,
  gatherHint,
  interpretLine,
  resolveUrl,
} from '../../src/softphone/call-session.ts';
import type { CallSessionOptions } from '../../src/softphone/call-session.ts';
import { callParams, newCallSid, signRequest } from '../../src/softphone/twilio-params.ts';
import { freePort } from '../helpers/free-port.ts';

const { VoiceResponse } = twilio.twiml;
type VoiceResponseT = InstanceType<typeof VoiceResponse>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TOKEN = 'test-auth-token-0123456789abcdef';
const PUBLIC = 'https://conserje.example.com';

interface Received {
  method: string;
  path: string;
  url: string;
  params: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  signatureValid: boolean | undefined;
}

type Handler = (req: Request, n: number) => string | VoiceResponseT | { status: number; body: string; type?: string };

/**
 * A scripted IVR: each path answers with TwiML from `routes`; every request is recorded and,
 * when `token` is set, its X-Twilio-Signature is checked against `publicBaseUrl` (403 if bad).
 */
async function fakeIvr(opts: { routes: Record<string, Handler>; token?: string; publicBaseUrl?: string }) {
  const received: Received[] = [];
  const counts = new Map<string, number>();
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.get('/healthz', (_req, res) => {
    res.status(200).send('ok');
  });
  let base = '';
  app.use((req, res) => {
    const params = { ...(req.method === 'POST' ? ((req.body ?? {}) as Record<string, string>) : {}) };
    let signatureValid: boolean | undefined;
    if (opts.token) {
      const signature = req.header('X-Twilio-Signature') ?? '';
      signatureValid = twilio.validateRequest(opts.token, signature, (opts.publicBaseUrl ?? base) + req.originalUrl, params);
    }
    const query = Object.fromEntries(new URL(req.originalUrl, 'http://x').searchParams);
    received.push({
      method: req.method,
      path: req.path,
      url: req.originalUrl,
      params: req.method === 'GET' ? query : params,
      headers: req.headers,
      signatureValid,
    });
    if (signatureValid === false) {
      res.status(403).type('text/plain').send('bad signature');
      return;
    }
    const handler = opts.routes[req.path];
    if (!handler) {
      res.status(404).type('text/plain').send(`no route ${req.path}`);
      return;
    }
    const n = (counts.get(req.path) ?? 0) + 1;
    counts.set(req.path, n);
    const out = handler(req, n);
    if (typeof out === 'string') res.type('text/xml').send(out);
    else if (out instanceof VoiceResponse) res.type('text/xml').send(out.toString());
    else res.status(out.status).type(out.type ?? 'text/xml').send(out.body);
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  servers.push(server);
  return { base, port, received, paths: () => received.map((r) => r.url) };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function twiml(build: (r: VoiceResponseT) => void): VoiceResponseT {
  const r = new VoiceResponse();
  build(r);
  return r;
}

const empty = () => new VoiceResponse();
const status = () => '';

function session(base: string, extra: Partial<CallSessionOptions> = {}) {
  return new CallSession({ baseUrl: base, from: '+12125550123', to: '+15551230000', ...extra });
}

describe('CallSession: requests as Twilio makes them', () => {
  it('starts with CallStatus=ringing and the full call params, then in-progress', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () =>
          twiml((r) => {
            r.say({ voice: 'Polly.Joanna-Neural', language: 'en-US' }, 'Hello, this is Hotel Miramar.');
            const g = r.gather({ input: ['dtmf', 'speech'], action: '/voice/menu', numDigits: 1 });
            g.say({ language: 'es-MX' }, 'Para español, oprima 9.');
          }),
        '/voice/menu': () => twiml((r) => r.hangup()),
        '/voice/status': status,
      },
    });
    const call = session(ivr.base, { accountSid: 'AC' + 'a'.repeat(32) });
    const turn = await call.start();

    expect(turn.said).toEqual([
      { text: 'Hello, this is Hotel Miramar.', voice: 'Polly.Joanna-Neural', language: 'en-US' },
      { text: 'Para español, oprima 9.', language: 'es-MX' },
    ]);
    expect(turn.waitingFor).toBe('input');
    expect(turn.gather).toMatchObject({ action: '/voice/menu', numDigits: 1, input: ['dtmf', 'speech'] });
    expect(turn.requests).toBe(1);
    expect(call.callSid).toMatch(/^CA[0-9a-f]{32}$/);

    const first = ivr.received[0]!;
    expect(first.method).toBe('POST');
    expect(first.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(first.headers['i-twilio-idempotency-token']).toBeTruthy();
    expect(first.params).toMatchObject({
      CallSid: call.callSid,
      AccountSid: 'AC' + 'a'.repeat(32),
      From: '+12125550123',
      Caller: '+12125550123',
      To: '+15551230000',
      Called: '+15551230000',
      CallStatus: 'ringing',
      Direction: 'inbound',
      ApiVersion: '2010-04-01',
      FromCountry: 'US',
      FromState: 'NY',
      ToCountry: 'US',
    });

    await call.press('9');
    expect(ivr.received[1]!.params).toMatchObject({ CallStatus: 'in-progress', Digits: '9', CallSid: call.callSid });
  });

  it('signs every request so twilio.validateRequest accepts it, with a public URL unlike the HTTP address', async () => {
    const ivr = await fakeIvr({
      token: TOKEN,
      publicBaseUrl: PUBLIC,
      routes: {
        '/voice': () => twiml((r) => r.gather({ action: 'voice/menu?step=1&lang=en', numDigits: 1 }).say('Press 1.')),
        '/voice/menu': () => twiml((r) => r.redirect({ method: 'GET' }, '/voice/next?step=2')),
        '/voice/next': () => twiml((r) => r.gather({ input: ['speech'] }).say('Say something.')),
        '/voice/status': status,
      },
    });
    const call = session(ivr.base, { publicBaseUrl: PUBLIC, authToken: TOKEN });
    await call.start();
    await call.press('1');
    await call.say('café, ¿mañana? 100% & más', 0.5);
    await call.hangup();

    expect(ivr.received.map((r) => [r.method, r.url])).toEqual([
      ['POST', '/voice'],
      ['POST', '/voice/menu?step=1&lang=en'],
      ['GET', expect.stringMatching(/^\/voice\/next\?step=2&.*CallSid=CA/)],
      ['POST', '/voice/next?step=2'],
      ['POST', '/voice/status'],
    ]);
    expect(ivr.received.every((r) => r.signatureValid === true)).toBe(true);
    expect(call.documentUrl).toBe(`${PUBLIC}/voice/next?step=2`);
  });

  it('gets 403 with a wrong token, and reports it as a webhook error', async () => {
    const ivr = await fakeIvr({ token: TOKEN, publicBaseUrl: PUBLIC, routes: { '/voice': empty } });
    const call = session(ivr.base, { publicBaseUrl: PUBLIC, authToken: 'not-the-token' });
    const err = await call.start().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwilioWebhookError);
    expect(err).toMatchObject({ status: 403, body: 'bad signature', url: `${PUBLIC}/voice` });
    expect(call.ended).toBe(true);
  });

  it('gets 403 when signing for the HTTP address instead of the public one', async () => {
    const ivr = await fakeIvr({ token: TOKEN, publicBaseUrl: PUBLIC, routes: { '/voice': empty } });
    await expect(session(ivr.base, { authToken: TOKEN }).start()).rejects.toMatchObject({ status: 403 });
  });

  it('maps absolute URLs on the public base onto the HTTP address', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () => twiml((r) => r.redirect(`${PUBLIC}/voice/abs?x=1`)),
        '/voice/abs': () => twiml((r) => r.say('absolute ok')),
        '/voice/status': status,
      },
    });
    const turn = await session(ivr.base, { publicBaseUrl: PUBLIC }).start();
    expect(turn.said.map((s) => s.text)).toEqual(['absolute ok']);
    expect(ivr.paths()).toEqual(['/voice', '/voice/abs?x=1', '/voice/status']);
  });

  it('refuses to follow a URL on another host', async () => {
    const ivr = await fakeIvr({ routes: { '/voice': () => twiml((r) => r.redirect('https://elsewhere.example.org/x')) } });
    await expect(session(ivr.base).start()).rejects.toThrow(/elsewhere\.example\.org.*only calls this server/);
  });
});

describe('CallSession: following TwiML', () => {
  it('resolves relative URLs against the current document, and a Gather without action posts back to it', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () => twiml((r) => r.redirect('voice/flow/start?s=1')),
        '/voice/flow/start': (req) =>
          req.body?.Digits
            ? twiml((r) => r.gather({ action: '../done' }).say(`You pressed ${req.body.Digits}.`))
            : twiml((r) => r.gather().say('Pick a number.')),
        '/voice/done': () => twiml((r) => r.say('Done.')),
        '/voice/status': status,
      },
    });
    const call = session(ivr.base);
    await call.start();
    expect(call.documentUrl).toBe(`${ivr.base}/voice/flow/start?s=1`);
    const second = await call.press('42');
    expect(second.said.map((s) => s.text)).toEqual(['You pressed 42.']);
    const third = await call.press('1');
    expect(third.said.map((s) => s.text)).toEqual(['Done.']);
    expect(third.waitingFor).toBe('ended');
    expect(ivr.paths()).toEqual([
      '/voice',
      '/voice/flow/start?s=1',
      '/voice/flow/start?s=1',
      '/voice/done',
      '/voice/status',
    ]);
    expect(resolveUrl(undefined, 'https://h/a/b?c=1')).toBe('https://h/a/b?c=1');
    expect(resolveUrl('x?y=2', 'https://h/a/b?c=1')).toBe('https://h/a/x?y=2');
  });

  it('follows a chain of Redirects, collecting what is said along the way', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () =>
          twiml((r) => {
            r.say('One.');
            r.play('https://example.com/chime.mp3');
            r.pause({ length: 1 });
            r.redirect('/voice/b');
            r.say('never reached');
          }),
        '/voice/b': () =>
          twiml((r) => {
            r.say('Two.');
            r.redirect('/voice/c');
          }),
        '/voice/c': () => twiml((r) => r.gather({ numDigits: 1 }).say('Three.')),
      },
    });
    const turn = await session(ivr.base).start();
    expect(turn.said.map((s) => s.text)).toEqual(['One.', 'Two.', 'Three.']);
    expect(turn.played).toEqual(['https://example.com/chime.mp3']);
    expect(turn.requests).toBe(3);
    expect(turn.responses.map((r) => r.url)).toEqual([`${ivr.base}/voice`, `${ivr.base}/voice/b`, `${ivr.base}/voice/c`]);
    expect(ivr.received.slice(1).every((r) => r.params.Digits === undefined && r.params.CallStatus === 'in-progress')).toBe(true);
  });

  it('strips the finish key from Digits and sends FinishedOnKey; numDigits cuts the input short', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () => twiml((r) => r.gather({ action: '/voice/nights' }).say('How many nights? Then press pound.')),
        '/voice/nights': () => twiml((r) => r.gather({ action: '/voice/rooms', numDigits: 1 }).say('How many rooms?')),
        '/voice/rooms': () => twiml((r) => r.gather({ action: '/voice/end', finishOnKey: '' }).say('Code?')),
        '/voice/end': empty,
        '/voice/status': status,
      },
    });
    const call = session(ivr.base);
    await call.start();
    await call.press('12#');
    const rooms = await call.press('23');
    expect(rooms.notes).toEqual(['keys after the <Gather> completed were not heard: 3']);
    await call.press('4#');
    expect(ivr.received[1]!.params).toMatchObject({ Digits: '12', FinishedOnKey: '#' });
    expect(ivr.received[2]!.params.Digits).toBe('2');
    expect(ivr.received[2]!.params.FinishedOnKey).toBeUndefined();
    expect(ivr.received[3]!.params.Digits).toBe('4#');
  });

  it('sends SpeechResult with Confidence, or without it when unknown', async () => {
    const ask = () => twiml((r) => r.gather({ input: ['speech'], action: '/voice/heard' }).say('Your name?'));
    const ivr = await fakeIvr({ routes: { '/voice': ask, '/voice/heard': ask } });
    const call = session(ivr.base);
    await call.start();
    await call.say('John Smith', 0.42);
    await call.say('John Smith');
    expect(ivr.received[1]!.params).toMatchObject({ SpeechResult: 'John Smith', Confidence: '0.42' });
    expect(ivr.received[2]!.params.SpeechResult).toBe('John Smith');
    expect('Confidence' in ivr.received[2]!.params).toBe(false);
    expect('Digits' in ivr.received[2]!.params).toBe(false);
  });

  it('on silence falls through to the verb after the Gather; out of verbs, the call ends', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () =>
          twiml((r) => {
            r.gather({ action: '/voice/menu' }).say('Press 1.');
            r.say('We did not hear you.');
            r.gather({ action: '/voice/menu' }).say('Press 1, please.');
            r.say('Goodbye.');
          }),
        '/voice/status': status,
      },
    });
    const call = session(ivr.base);
    await call.start();
    const second = await call.silence();
    expect(second.said.map((s) => s.text)).toEqual(['We did not hear you.', 'Press 1, please.']);
    expect(second.requests).toBe(0);
    expect(second.waitingFor).toBe('input');
    const last = await call.silence();
    expect(last.said.map((s) => s.text)).toEqual(['Goodbye.']);
    expect(last).toMatchObject({ waitingFor: 'ended', hungUp: true, endReason: 'end-of-document' });
    expect(call.ended).toBe(true);
    // Twilio posts the status callback when the call ends.
    expect(ivr.received.at(-1)).toMatchObject({ path: '/voice/status', params: { CallStatus: 'completed' } });
  });

  it('keys at a speech-only Gather (or words at a keypad one) are not heard: no input', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () =>
          twiml((r) => {
            r.gather({ input: ['speech'], action: '/voice/x' }).say('Say your name.');
            r.gather({ action: '/voice/x' }).say('Press a key.');
            r.say('Nothing.');
          }),
        '/voice/status': status,
      },
    });
    const call = session(ivr.base);
    await call.start();
    const a = await call.press('1');
    expect(a.notes).toContain('keys not heard: this <Gather> listens for speech only');
    expect(a.said.map((s) => s.text)).toEqual(['Press a key.']);
    const b = await call.say('hello');
    expect(b.notes).toContain('speech not heard: this <Gather> listens for keys only');
    expect(b.said.map((s) => s.text)).toEqual(['Nothing.']);
    expect(ivr.paths()).toEqual(['/voice', '/voice/status']);
  });

  it('with actionOnEmptyResult, silence posts the action with no input', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () =>
          twiml((r) => {
            r.gather({ input: ['dtmf', 'speech'], action: '/voice/answer?step=4', actionOnEmptyResult: true }).say('Date?');
            r.say('fall-through must not run');
          }),
        '/voice/answer': () => twiml((r) => r.say('I did not catch that.')),
        '/voice/status': status,
      },
    });
    const call = session(ivr.base);
    await call.start();
    const turn = await call.silence();
    expect(turn.said.map((s) => s.text)).toEqual(['I did not catch that.']);
    const posted = ivr.received[1]!;
    expect(posted.url).toBe('/voice/answer?step=4');
    expect(posted.params.CallSid).toBe(call.callSid);
    expect('Digits' in posted.params || 'SpeechResult' in posted.params).toBe(false);
  });

  it('Dial with action posts DialCallStatus; the whisper is requested on the child leg', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () =>
          twiml((r) => {
            r.say('Connecting you to the front desk.');
            const d = r.dial({ action: '/voice/dial-done', timeout: 15, answerOnBridge: true });
            d.number({ url: '/voice/whisper' }, '+15557654321');
          }),
        '/voice/whisper': () => twiml((r) => r.say('Guest calling about a reservation for 2 nights.')),
        '/voice/dial-done': (req) =>
          req.body.DialCallStatus === 'completed'
            ? twiml((r) => r.hangup())
            : twiml((r) => {
                r.say('Nobody is free. Leave a message after the tone.');
                r.record({ action: '/voice/voicemail', maxLength: 60 });
              }),
        '/voice/voicemail': () => twiml((r) => r.say('Thank you.')),
        '/voice/status': status,
      },
    });
    const call = session(ivr.base);
    const ringing = await call.start();
    expect(ringing.waitingFor).toBe('dial');
    expect(ringing.dial).toMatchObject({ timeout: 15, targets: [{ number: '+15557654321', url: '/voice/whisper' }] });

    const whisper = await call.whisper();
    expect(whisper.said.map((s) => s.text)).toEqual(['Guest calling about a reservation for 2 nights.']);
    expect(whisper.waitingFor).toBe('dial');
    const leg = ivr.received[1]!.params;
    expect(leg).toMatchObject({ Direction: 'outbound-dial', ParentCallSid: call.callSid, To: '+15557654321' });
    expect(leg.CallSid).not.toBe(call.callSid);

    const missed = await call.dialResult('no-answer');
    expect(missed.said.map((s) => s.text)).toEqual(['Nobody is free. Leave a message after the tone.']);
    expect(missed.waitingFor).toBe('record');
    expect(ivr.received[2]!.params).toMatchObject({ DialCallStatus: 'no-answer', DialCallSid: leg.CallSid });
    expect('DialCallDuration' in ivr.received[2]!.params).toBe(false);

    const recorded = await call.record({ durationSeconds: 12 });
    expect(recorded.said.map((s) => s.text)).toEqual(['Thank you.']);
    const voicemail = ivr.received[3]!.params;
    expect(voicemail).toMatchObject({ RecordingDuration: '12', Digits: '#' });
    expect(voicemail.RecordingUrl).toMatch(
      new RegExp(`^https://api\\.twilio\\.com/2010-04-01/Accounts/${call.accountSid}/Recordings/RE[0-9a-f]{32}$`),
    );
    expect(voicemail.RecordingSid).toMatch(/^RE[0-9a-f]{32}$/);
    expect(recorded.waitingFor).toBe('ended');
  });

  it('Dial answered: DialCallDuration is posted and the action runs', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () => twiml((r) => r.dial({ action: '/voice/dial-done' }, '+15557654321')),
        '/voice/dial-done': () => twiml((r) => r.say('Thanks for calling.')),
        '/voice/status': status,
      },
    });
    const call = session(ivr.base);
    await call.start();
    const turn = await call.dialResult('completed', 95);
    expect(ivr.received[1]!.params).toMatchObject({ DialCallStatus: 'completed', DialCallDuration: '95' });
    expect(turn.said.map((s) => s.text)).toEqual(['Thanks for calling.']);
    expect(turn.hungUp).toBe(true);
  });

  it('Dial without action continues with the next verb, whatever happened', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () =>
          twiml((r) => {
            r.dial('+15557654321');
            r.say('The desk is busy. Please call again.');
            r.hangup();
          }),
        '/voice/status': status,
      },
    });
    const call = session(ivr.base);
    await call.start();
    const turn = await call.dialResult('busy');
    expect(turn.said.map((s) => s.text)).toEqual(['The desk is busy. Please call again.']);
    expect(turn).toMatchObject({ hungUp: true, endReason: 'hangup', requests: 1 });
    expect(ivr.paths()).toEqual(['/voice', '/voice/status']);
  });

  it('Record: silence skips the action and runs the next verb; a hang-up posts Digits=hangup and ends', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () =>
          twiml((r) => {
            r.record({ action: '/voice/rec', transcribeCallback: '/voice/transcript' });
            r.say('We got nothing. Try again.');
            r.record({ action: '/voice/rec', recordingStatusCallback: '/voice/rec-status' });
          }),
        '/voice/rec': () => twiml((r) => r.say('ignored: the caller is gone')),
        '/voice/rec-status': status,
        '/voice/status': status,
      },
    });
    const call = session(ivr.base);
    await call.start();
    const again = await call.record({ silent: true });
    expect(again.said.map((s) => s.text)).toEqual(['We got nothing. Try again.']);
    expect(again.waitingFor).toBe('record');
    const gone = await call.record({ endedBy: 'hangup', transcript: 'call me back please' });
    expect(gone.said).toEqual([]);
    expect(gone).toMatchObject({ hungUp: true, endReason: 'caller-hangup', waitingFor: 'ended' });
    expect(ivr.received.map((r) => r.path)).toEqual(['/voice', '/voice/rec', '/voice/rec-status', '/voice/status']);
    expect(ivr.received[1]!.params).toMatchObject({ Digits: 'hangup', RecordingDuration: '2' });
    expect(ivr.received[2]!.params).toMatchObject({ RecordingStatus: 'completed' });
  });

  it('posts the transcription to transcribeCallback', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () => twiml((r) => r.record({ action: '/voice/rec', transcribeCallback: '/voice/transcript' })),
        '/voice/rec': () => twiml((r) => r.say('Thanks.')),
        '/voice/transcript': status,
        '/voice/status': status,
      },
    });
    const call = session(ivr.base);
    await call.start();
    await call.record({ transcript: 'please call me back' });
    expect(ivr.received[2]).toMatchObject({
      path: '/voice/transcript',
      params: { TranscriptionText: 'please call me back', TranscriptionStatus: 'completed' },
    });
    expect(ivr.received[2]!.params.RecordingSid).toBe(ivr.received[1]!.params.RecordingSid);
  });

  it('<Hangup> ends the call and Twilio posts the status callback; hangup() afterwards does nothing', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () =>
          twiml((r) => {
            r.say('Goodbye.');
            r.hangup();
            r.say('never said');
          }),
        '/voice/status': status,
      },
    });
    const call = session(ivr.base);
    const turn = await call.start();
    expect(turn).toMatchObject({ waitingFor: 'ended', hungUp: true, endReason: 'hangup', requests: 2 });
    expect(turn.said.map((s) => s.text)).toEqual(['Goodbye.']);
    expect(call.lastResponse?.url).toBe(`${ivr.base}/voice/status`);
    const after = await call.hangup();
    expect(after.requests).toBe(0);
    await expect(call.press('1')).rejects.toThrow(CallSessionUsageError);
  });

  it('<Reject> ends the call as busy or no-answer', async () => {
    const ivr = await fakeIvr({
      routes: { '/voice': () => twiml((r) => r.reject({ reason: 'busy' })), '/voice/status': status },
    });
    const turn = await session(ivr.base).start();
    expect(turn).toMatchObject({ endReason: 'reject', hungUp: true });
    expect(ivr.received[1]!.params).toMatchObject({ CallStatus: 'busy', CallDuration: '0' });
  });

  it('the caller hanging up posts /voice/status with CallStatus=completed and CallDuration', async () => {
    let now = 1_700_000_000_000;
    const ivr = await fakeIvr({
      routes: { '/voice': () => twiml((r) => r.gather().say('Press 1.')), '/voice/status': status },
    });
    const call = session(ivr.base, { clock: () => now });
    await call.start();
    now += 83_400;
    const turn = await call.hangup();
    expect(turn).toMatchObject({ waitingFor: 'ended', hungUp: true, endReason: 'caller-hangup', requests: 1 });
    const posted = ivr.received[1]!;
    expect(posted.path).toBe('/voice/status');
    expect(posted.params).toMatchObject({ CallSid: call.callSid, CallStatus: 'completed', CallDuration: '83' });
    expect(call.ended).toBe(true);
  });

  it('statusCallback() posts a raw status callback without changing the call', async () => {
    const ivr = await fakeIvr({
      token: TOKEN,
      publicBaseUrl: PUBLIC,
      routes: { '/voice': () => twiml((r) => r.gather().say('Press 1.')), '/voice/status': status },
    });
    const call = session(ivr.base, { publicBaseUrl: PUBLIC, authToken: TOKEN });
    await call.start();
    const turn = await call.statusCallback('no-answer', 0);
    expect(turn.waitingFor).toBe('input');
    expect(ivr.received[1]).toMatchObject({
      path: '/voice/status',
      signatureValid: true,
      params: { CallStatus: 'no-answer', CallDuration: '0' },
    });
    expect(call.ended).toBe(false);
  });

  it('retryLast() re-posts the same request with the same idempotency token', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () => twiml((r) => r.gather({ action: '/voice/step?n=1' }).say('Press 1.')),
        '/voice/step': (_req, n) => twiml((r) => r.gather({ action: '/voice/step?n=2' }).say(`Answer ${n}.`)),
      },
    });
    const call = session(ivr.base);
    await call.start();
    await call.press('1');
    const retried = await call.retryLast();
    expect(retried.said.map((s) => s.text)).toEqual(['Answer 2.']);
    const [a, b] = ivr.received.slice(1);
    expect(b!.url).toBe(a!.url);
    expect(b!.params).toEqual(a!.params);
    expect(b!.headers['i-twilio-idempotency-token']).toBe(a!.headers['i-twilio-idempotency-token']);
  });
});

describe('CallSession: server faults', () => {
  it('throws with the status and body on a 500, and the call is over', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () => twiml((r) => r.gather({ action: '/voice/boom' }).say('Press 1.')),
        '/voice/boom': () => ({ status: 500, body: 'Internal Server Error: db locked', type: 'text/plain' }),
      },
    });
    const call = session(ivr.base);
    await call.start();
    const err = await call.press('1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwilioWebhookError);
    expect((err as Error).message).toMatch(/500.*db locked/);
    expect(err).toMatchObject({ status: 500, body: 'Internal Server Error: db locked' });
    expect(call.lastResponse).toMatchObject({ status: 500, url: `${ivr.base}/voice/boom` });
    expect(call.ended).toBe(true);
    expect(call.endReason).toBe('error');
  });

  it('throws on malformed TwiML', async () => {
    const ivr = await fakeIvr({ routes: { '/voice': () => '<Response><Say>unclosed</Response>' } });
    await expect(session(ivr.base).start()).rejects.toThrow(/unparsable TwiML.*malformed XML/);
  });

  it('throws on a non-TwiML 200 (e.g. an HTML page)', async () => {
    const ivr = await fakeIvr({ routes: { '/voice': () => ({ status: 200, body: '<html>hi</html>', type: 'text/html' }) } });
    await expect(session(ivr.base).start()).rejects.toThrow(/expected <Response>/);
  });

  it('guards against redirect loops', async () => {
    const ivr = await fakeIvr({ routes: { '/voice': () => twiml((r) => r.redirect('/voice')) } });
    await expect(session(ivr.base).start()).rejects.toThrow(/redirect loop: more than 20/);
    expect(ivr.received).toHaveLength(21);
  });

  it('times out like Twilio when the server does not answer', async () => {
    const app = express();
    app.post('/voice', () => undefined); // never answers
    const server = app.listen(0, '127.0.0.1');
    servers.push(server);
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await expect(session(base, { requestTimeoutMs: 200 }).start()).rejects.toThrow(/no answer within 200 ms/);
    server.closeAllConnections();
  });

  it('notes TwiML Twilio would refuse, and throws on it when strict', async () => {
    const doc = () =>
      twiml((r) => r.gather({ input: ['speech'], speechModel: 'phone_call', speechTimeout: 'auto', language: 'es-MX' }));
    const ivr = await fakeIvr({ routes: { '/voice': doc } });
    const turn = await session(ivr.base).start();
    expect(turn.notes).toEqual([
      'warning: <Gather speechModel="phone_call"> needs a numeric speechTimeout, not "auto"',
      'warning: <Gather speechModel="phone_call"> does not recognise es-MX',
    ]);
    await expect(session(ivr.base, { strict: true }).start()).rejects.toThrow(/numeric speechTimeout/);
  });

  it('using the session out of turn throws a usage error and leaves the call alive', async () => {
    const ivr = await fakeIvr({ routes: { '/voice': () => twiml((r) => r.dial('+15557654321')) } });
    const call = session(ivr.base);
    await expect(call.press('1')).rejects.toThrow(/has not started/);
    await call.start();
    await expect(call.press('1')).rejects.toThrow(/waiting for dial, not for input/);
    await expect(call.start()).rejects.toThrow(CallSessionUsageError);
    expect(call.ended).toBe(false);
    expect(call.waitingFor).toBe('dial');
  });
});

describe('twilio params', () => {
  it('builds realistic params and signs them as twilio does', () => {
    const callSid = newCallSid();
    const params = callParams({
      callSid,
      accountSid: 'AC' + '0'.repeat(32),
      from: '+525512345678',
      to: '+15551230000',
      callStatus: 'ringing',
    });
    expect(params).toMatchObject({ CallSid: callSid, FromCountry: 'MX', Caller: '+525512345678', Direction: 'inbound' });
    const url = `${PUBLIC}/voice?x=1`;
    expect(twilio.validateRequest(TOKEN, signRequest(TOKEN, url, params), url, params)).toBe(true);
  });
});

describe('softphone line parsing', () => {
  it.each([
    ['1', { kind: 'press', digits: '1' }],
    ['0412#', { kind: 'press', digits: '0412#' }],
    ['*', { kind: 'press', digits: '*' }],
    ['', { kind: 'silence' }],
    ['   ', { kind: 'silence' }],
    ['/hangup', { kind: 'hangup' }],
    ['book a room', { kind: 'say', text: 'book a room', confidence: 0.92 }],
    ['~0.4 John Smith', { kind: 'say', text: 'John Smith', confidence: 0.4 }],
    ['~.3 sí', { kind: 'say', text: 'sí', confidence: 0.3 }],
    ['2 rooms', { kind: 'say', text: '2 rooms', confidence: 0.92 }],
  ])('reads %j', (line, expected) => {
    expect(interpretLine(line, 0.92)).toEqual(expected);
  });

  it('describes what a Gather expects', () => {
    expect(gatherHint({ verb: 'gather', input: ['dtmf', 'speech'], children: [] })).toBe(
      '[keys or speech — type digits like 1 or 0412#, words for speech, ~0.4 words for low-confidence speech, empty line for silence, /hangup]',
    );
    expect(gatherHint({ verb: 'gather', input: ['speech'], children: [] })).toMatch(/^\[speech — /);
    expect(gatherHint({ verb: 'gather', input: ['dtmf'], numDigits: 1, children: [] })).toMatch(/^\[keys — type up to 1 digit/);
  });
});

// --- the terminal softphone -------------------------------------------------------------------

function runCall(args: string[], input: string, env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/call.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, TWILIO_AUTH_TOKEN: '', PUBLIC_BASE_URL: '', TWILIO_PHONE_NUMBER: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`scripts/call.ts timed out\n${stdout}\n${stderr}`));
    }, 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

describe('npm run call (scripts/call.ts)', () => {
  it('plays a scripted call from piped stdin, signed for the public URL', async () => {
    const ivr = await fakeIvr({
      token: TOKEN,
      publicBaseUrl: PUBLIC,
      routes: {
        '/voice': () =>
          twiml((r) => {
            r.say('Hello, this is Hotel Miramar.');
            r.gather({ input: ['dtmf', 'speech'], action: '/voice/menu', numDigits: 1 }).say('Press 1 to book.');
          }),
        '/voice/menu': (req) =>
          twiml((r) => {
            r.say(`You pressed ${req.body.Digits}.`);
            r.gather({ input: ['speech'], action: '/voice/name' }).say('What is your name?');
          }),
        '/voice/name': (req) =>
          twiml((r) => {
            r.say(`Thanks, ${req.body.SpeechResult} (${req.body.Confidence}).`);
            r.gather({ action: '/voice/desk' }).say('Press 0 for the desk.');
            r.say('No answer, transferring.');
            r.dial({ action: '/voice/dial-done' }).number({ url: '/voice/whisper' }, '+15557654321');
          }),
        '/voice/whisper': () => twiml((r) => r.say('Guest John Smith, new booking.')),
        '/voice/dial-done': (req) =>
          twiml((r) => {
            r.say(`Dial ended: ${req.body.DialCallStatus}.`);
            r.record({ action: '/voice/voicemail' });
          }),
        '/voice/voicemail': (req) => twiml((r) => r.say(`Message of ${req.body.RecordingDuration} s saved. Bye.`)),
        '/voice/status': status,
      },
    });
    const { code, stdout, stderr } = await runCall(
      ['--url', ivr.base, '--public-url', PUBLIC, '--token', TOKEN],
      '1\n~0.4 John Smith\n\nb\nplease call me back tomorrow\n',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const text of [
      'IVR: Hello, this is Hotel Miramar.',
      'IVR: Press 1 to book.',
      '> 1',
      'IVR: You pressed 1.',
      'IVR: Thanks, John Smith (0.4).',
      'IVR: No answer, transferring.',
      '[ringing +15557654321',
      'desk: (a)nswer, (n)o answer, (b)usy, (f)ailed?',
      'IVR: Dial ended: busy.',
      '[recording — type what you say, empty line for silence]',
      'IVR: Message of 2 s saved. Bye.',
      '[keys or speech — type up to 1 digit (# ends)',
      '[keys — type digits like 1 or 0412#, empty line for silence, /hangup]',
    ]) {
      expect(stdout).toContain(text);
    }
    expect(stdout.trimEnd().endsWith('[call ended]')).toBe(true);
    expect(ivr.received.every((r) => r.signatureValid === true)).toBe(true);
    expect(ivr.received.at(-1)?.path).toBe('/voice/status');
  });

  it('hangs up at end of input, and reports a server fault as an application error', async () => {
    const ivr = await fakeIvr({
      routes: {
        '/voice': () => twiml((r) => r.gather({ action: '/voice/boom' }).say('Press 1.')),
        '/voice/boom': () => ({ status: 500, body: 'kaput', type: 'text/plain' }),
        '/voice/status': status,
      },
    });
    const hungUp = await runCall(['--url', ivr.base], '');
    expect(hungUp.code).toBe(0);
    expect(hungUp.stdout).toContain('[you hang up]');
    expect(hungUp.stdout.trimEnd().endsWith('[call ended]')).toBe(true);
    expect(ivr.received.at(-1)).toMatchObject({ path: '/voice/status', params: { CallStatus: 'completed' } });

    const fault = await runCall(['--url', ivr.base], '1\n');
    expect(fault.code).toBe(1);
    expect(fault.stdout).toContain('an application error has occurred');
    expect(fault.stderr).toMatch(/500.*kaput/);
  });

  it('starts the server itself when nothing answers /healthz, and stops it afterwards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'softphone-test-'));
    try {
      const entry = join(dir, 'fake-server.mjs');
      writeFileSync(
        entry,
        `import { createServer } from 'node:http';
createServer((req, res) => {
  if (req.url === '/healthz') { res.end('ok'); return; }
  res.setHeader('Content-Type', 'text/xml');
  res.end(req.url === '/voice' ? '<Response><Say>Started by the softphone.</Say><Hangup/></Response>' : '<Response/>');
}).listen(Number(process.env.PORT), '127.0.0.1');
`,
      );
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const { code, stdout } = await runCall(['--url', url, '--server', entry], '');
      expect(code).toBe(0);
      expect(stdout).toContain(`[nothing answers at ${url}/healthz — starting the server`);
      expect(stdout).toContain('[server ready');
      expect(stdout).toContain('IVR: Started by the softphone.');
      expect(stdout.trimEnd().endsWith('[call ended]')).toBe(true);
      // The child server is gone with the softphone.
      await new Promise((r) => setTimeout(r, 300));
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
