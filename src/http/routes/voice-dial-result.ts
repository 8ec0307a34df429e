// POST /voice/dial-result?step=N — the <Dial> to the front desk ended: answered, busy, no answer…

import { DIAL_STATUSES } from '../../../flows/call-context.ts';
import type { DialStatus } from '../../../flows/call-context.ts';
import type { CallService } from '../../calls/call-service.ts';
import type { Logger } from '../../logger.ts';
import { callIdentity, param, secondsOf, stepOf } from '../twilio-request.ts';
import { voiceHandler } from '../voice-handler.ts';
import type { WebhookHandler } from '../webhooks.ts';

function dialStatusOf(raw: string): DialStatus {
  // An unknown status is treated as a failed dial: the guest is then told nobody answered.
  return (DIAL_STATUSES as readonly string[]).includes(raw) ? (raw as DialStatus) : 'failed';
}

export function voiceDialResultRoute(service: CallService, logger: Logger): WebhookHandler {
  return voiceHandler(service, logger, (req, callSid) =>
    service.dialResult(
      callIdentity(req, callSid),
      stepOf(req),
      dialStatusOf(param(req, 'DialCallStatus')),
      secondsOf(param(req, 'DialCallDuration')),
    ),
  );
}
