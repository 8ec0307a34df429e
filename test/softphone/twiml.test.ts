import fc from 'fast-check';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { parseTwiml } from '../../src/softphone/twiml.ts';

const { VoiceResponse } = twilio.twiml;

describe('parseTwiml', () => {
  it('reads every voice verb the way VoiceResponse writes it', () => {
    const r = new VoiceResponse();
    r.say({ voice: 'Polly.Joanna-Neural', language: 'en-US' }, 'Hello, this is Hotel Miramar.');
    r.play('https://example.com/hold.mp3');
    r.pause({ length: 2 });
    const g = r.gather({
      input: ['dtmf', 'speech'],
      action: '/voice/step?s=3',
      method: 'POST',
      numDigits: 4,
      finishOnKey: '#',
      timeout: 6,
      language: 'es-MX',
      hints: 'reservar, recepción',
      actionOnEmptyResult: true,
      speechTimeout: 'auto',
    });
    g.say({ voice: 'Polly.Mia-Neural', language: 'es-MX' }, 'Para español, oprima 9.');
    g.pause({ length: 1 });
    r.redirect({ method: 'GET' }, '/voice/next');
    const d = r.dial({ action: '/voice/dial-done', timeout: 15, callerId: '+15551230000', answerOnBridge: true });
    d.number({ url: '/voice/whisper?call=1' }, '+15557654321');
    r.record({ action: '/voice/recorded', maxLength: 120, finishOnKey: '#', playBeep: false });
    r.hangup();
    r.reject({ reason: 'busy' });

    expect(parseTwiml(r.toString())).toEqual([
      { verb: 'say', text: 'Hello, this is Hotel Miramar.', voice: 'Polly.Joanna-Neural', language: 'en-US' },
      { verb: 'play', url: 'https://example.com/hold.mp3' },
      { verb: 'pause', length: 2 },
      {
        verb: 'gather',
        action: '/voice/step?s=3',
        method: 'POST',
        input: ['dtmf', 'speech'],
        numDigits: 4,
        finishOnKey: '#',
        timeout: 6,
        speechTimeout: 'auto',
        language: 'es-MX',
        hints: 'reservar, recepción',
        actionOnEmptyResult: true,
        children: [
          { verb: 'say', text: 'Para español, oprima 9.', voice: 'Polly.Mia-Neural', language: 'es-MX' },
          { verb: 'pause', length: 1 },
        ],
      },
      { verb: 'redirect', url: '/voice/next', method: 'GET' },
      {
        verb: 'dial',
        action: '/voice/dial-done',
        timeout: 15,
        callerId: '+15551230000',
        answerOnBridge: true,
        targets: [{ kind: 'number', number: '+15557654321', url: '/voice/whisper?call=1' }],
      },
      { verb: 'record', action: '/voice/recorded', maxLength: 120, finishOnKey: '#', playBeep: false },
      { verb: 'hangup' },
      { verb: 'reject', reason: 'busy' },
    ]);
  });

  it('applies Twilio defaults: input dtmf, pause of 1 s, no action', () => {
    const r = new VoiceResponse();
    r.gather();
    r.pause();
    expect(parseTwiml(r.toString())).toEqual([
      { verb: 'gather', input: ['dtmf'], children: [] },
      { verb: 'pause', length: 1 },
    ]);
  });

  it('keeps an empty finishOnKey (it means "no finish key")', () => {
    const r = new VoiceResponse();
    r.gather({ finishOnKey: '', numDigits: 1 });
    const [gather] = parseTwiml(r.toString());
    expect(gather).toMatchObject({ verb: 'gather', finishOnKey: '', numDigits: 1 });
  });

  it('reads a bare number in <Dial> as a target', () => {
    const r = new VoiceResponse();
    r.dial('+15557654321');
    expect(parseTwiml(r.toString())).toEqual([
      { verb: 'dial', targets: [{ kind: 'number', number: '+15557654321' }] },
    ]);
  });

  it('collapses whitespace and SSML inside <Say>', () => {
    const xml =
      '<Response><Say voice="Polly.Joanna-Neural">Your number is\n   <say-as interpret-as="digits">4821</say-as>.<break time="1s"/> Thanks</Say></Response>';
    expect(parseTwiml(xml)).toEqual([
      { verb: 'say', text: 'Your number is 4821. Thanks', voice: 'Polly.Joanna-Neural' },
    ]);
  });

  it('reads loop counts and decodes entities', () => {
    const r = new VoiceResponse();
    r.say({ loop: 2 }, 'Confirmation 4 8 2 1 & more <ok>');
    expect(parseTwiml(r.toString())).toEqual([{ verb: 'say', text: 'Confirmation 4 8 2 1 & more <ok>', loop: 2 }]);
  });

  it('marks unknown verbs and <Message>, and is case-sensitive like Twilio', () => {
    const xml = '<Response><Enqueue>support</Enqueue><say>hi</say><Message>Thanks</Message></Response>';
    expect(parseTwiml(xml)).toEqual([
      { verb: 'unknown', name: 'Enqueue' },
      { verb: 'unknown', name: 'say' },
      { verb: 'message', text: 'Thanks' },
    ]);
  });

  it('accepts an empty <Response/>', () => {
    expect(parseTwiml(new VoiceResponse().toString())).toEqual([]);
    expect(parseTwiml('<Response/>')).toEqual([]);
  });

  it.each([
    ['malformed XML', '<Response><Say>hi</Response>', /malformed XML/],
    ['trailing garbage', '<Response/>oops', /malformed XML/],
    ['plain text', 'Internal Server Error', /malformed XML|root/],
    ['an empty body', '   ', /empty/],
    ['another root element', '<html><body>oops</body></html>', /<html>, expected <Response>/],
    ['a verb Twilio forbids inside Gather', '<Response><Gather><Dial>+1555</Dial></Gather></Response>', /only <Say>, <Play> and <Pause>/],
  ])('throws a clear error on %s', (_name, xml, message) => {
    expect(() => parseTwiml(xml)).toThrow(message);
  });

  it('recovers any Say text the twilio builder writes (property)', () => {
    const printable = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 80 })
      .filter((s) => /^[\p{L}\p{N}\p{P}\p{S} ]+$/u.test(s) && s.trim() !== '');
    fc.assert(
      fc.property(printable, (text) => {
        const r = new VoiceResponse();
        r.say({ language: 'es-MX' }, text);
        const [say] = parseTwiml(r.toString());
        expect(say).toEqual({ verb: 'say', text: text.replace(/\s+/g, ' ').trim(), language: 'es-MX' });
      }),
    );
  });
});
