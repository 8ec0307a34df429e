// POST /voice/transcription — Twilio's transcribeCallback for the guest's voicemail (<Record
// transcribe="true">, at most two minutes): TranscriptionStatus (completed or failed) and
// TranscriptionText, with the CallSid and RecordingUrl it belongs to. Stored on the callback
// request for staff to read. Signed like every webhook (both HTTP paths check it); Twilio
// ignores the answer, and an unknown call or recording changes nothing.

import { CallbackRequests } from '../../calls/callback-requests.ts';
import type { Logger } from '../../logger.ts';
import type { Db } from '../../storage/sql.ts';
import { cutText } from '../../privacy/cut-text.ts';
import { callSidOf, param } from '../twilio-request.ts';
import { badRequest, twiml } from '../webhooks.ts';
import type { WebhookHandler } from '../webhooks.ts';
import { EMPTY_TWIML } from './voice-status.ts';

/** A two-minute message is a few hundred words; anything far longer is not a transcript. */
const MAX_TRANSCRIPT = 4000;

export function voiceTranscriptionRoute(db: Db, logger: Logger): WebhookHandler {
  return async (req) => {
    const callSid = callSidOf(req);
    if (!callSid) return badRequest('CallSid is missing or is not a Twilio call SID');
    const status = param(req, 'TranscriptionStatus') === 'completed' ? 'completed' : 'failed';
    const text = status === 'completed' ? cutText(param(req, 'TranscriptionText').trim(), MAX_TRANSCRIPT) : '';
    try {
      const stored = await new CallbackRequests(db).transcribed(callSid, param(req, 'RecordingUrl'), status, text || null);
      logger.debug({ callSid, status, stored }, 'voicemail transcription');
    } catch (err) {
      // Twilio does not retry it; the voicemail itself is still there to listen to.
      logger.error({ err, callSid }, 'voicemail transcription callback failed');
    }
    return twiml(EMPTY_TWIML);
  };
}
