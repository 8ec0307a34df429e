// POST /voice/recording?step=N — the <Record> of the guest's name finished (or heard nothing).

import type { CallService } from '../../calls/call-service.ts';
import type { Logger } from '../../logger.ts';
import { callIdentity, param, stepOf } from '../twilio-request.ts';
import { voiceHandler } from '../voice-handler.ts';
import type { WebhookHandler } from '../webhooks.ts';

/** Only an http(s) URL is kept: staff will open it. */
function recordingUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function voiceRecordingRoute(service: CallService, logger: Logger): WebhookHandler {
  return voiceHandler(service, logger, (req, callSid) =>
    service.callerStep(callIdentity(req, callSid), stepOf(req), {
      type: 'caller.recording',
      url: recordingUrl(param(req, 'RecordingUrl')),
    }),
  );
}
