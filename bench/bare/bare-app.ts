// The yardstick for `npm run bench -- --mode compare` (issue 14): a bare Twilio voice app in the
// shape of Twilio's sample IVRs, and nothing more. express with its form parser, the signature
// checked with twilio.validateRequest against the public URL (as Conserje does, SPEC §9), and a
// static <Gather> built with the twilio library's VoiceResponse on every request, as the samples
// build theirs. It keeps no state: the bench sends it a copy of every webhook Conserje gets, so
// both servers answer the same requests at the same moments, and compares their CPU per webhook.
// Not product: nothing in src/ imports it.

import express from 'express';
import twilio from 'twilio';

const { PORT = '0', TWILIO_AUTH_TOKEN = '', PUBLIC_BASE_URL = '' } = process.env;

const app = express();
app.use(express.urlencoded({ extended: false, limit: '64kb' }));
app.use((req, res, next) => {
  const signature = req.header('X-Twilio-Signature') ?? '';
  if (!twilio.validateRequest(TWILIO_AUTH_TOKEN, signature, PUBLIC_BASE_URL + req.originalUrl, req.body ?? {})) {
    res.status(403).type('text/plain').send('Forbidden\n');
    return;
  }
  next();
});

function menu(_req: express.Request, res: express.Response): void {
  const response = new twilio.twiml.VoiceResponse();
  const gather = response.gather({ input: ['dtmf', 'speech'], action: '/voice/gather', method: 'POST', numDigits: 1, timeout: 6 });
  gather.say({ voice: 'Polly.Joanna-Neural', language: 'en-US' }, 'Thank you for calling. To book a room, press 1. For the front desk, press 0.');
  response.redirect({ method: 'POST' }, '/voice/gather');
  res.type('text/xml').send(response.toString());
}

// Every webhook path Conserje answers, so each mirrored request is one this app answers too.
for (const path of ['/voice', '/voice/gather', '/voice/recording', '/voice/dial-result', '/voice/whisper', '/voice/screen', '/voice/transcription', '/voice/status']) {
  app.post(path, menu);
}

const server = app.listen(Number(PORT), () => {
  const address = server.address();
  console.log(`bare app listening on ${typeof address === 'object' && address ? address.port : PORT}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
