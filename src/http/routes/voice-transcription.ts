// POST /voice/transcription — Twilio's transcribeCallback for the guest's voicemail (<Record
// transcribe="true">, at most two minutes): TranscriptionStatus (completed or failed) and
// TranscriptionText, with the CallSid and RecordingUrl it belongs to. Stored on the callback
// request for staff to read. Signed like every webhook (the voice router checks it); Twilio
// ignores the answer, and an unknown call or recording changes nothing.

import { Router } from 'express';
import { CallbackRequests } from '../../calls/callback-requests.ts';
import type { Logger } from '../../logger.ts';
import type { Db } from '../../storage/sql.ts';
import { ROUTES } from '../../voice/render.ts';
import { param } from '../twilio-request.ts';

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';
const CALL_SID = /^CA[0-9a-fA-F]{32}$/;
/** A two-minute message is a few hundred words; anything far longer is not a transcript. */
const MAX_TRANSCRIPT = 4000;

export function voiceTranscriptionRoute(db: Db, logger: Logger): Router {
  return Router().post(ROUTES.transcription, async (req, res) => {
    const callSid = param(req, 'CallSid');
    if (!CALL_SID.test(callSid)) {
      res.status(400).type('text/plain').send('Bad request: CallSid is missing or is not a Twilio call SID\n');
      return;
    }
    const status = param(req, 'TranscriptionStatus') === 'completed' ? 'completed' : 'failed';
    const text = status === 'completed' ? param(req, 'TranscriptionText').trim().slice(0, MAX_TRANSCRIPT) : '';
    try {
      const stored = await new CallbackRequests(db).transcribed(callSid, param(req, 'RecordingUrl'), status, text || null);
      logger.debug({ callSid, status, stored }, 'voicemail transcription');
    } catch (err) {
      // Twilio does not retry it; the voicemail itself is still there to listen to.
      logger.error({ err, callSid }, 'voicemail transcription callback failed');
    }
    res.status(200).type('text/xml').send(EMPTY_TWIML);
  });
}
