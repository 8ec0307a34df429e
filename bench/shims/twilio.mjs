// Build experiment: `import twilio from 'twilio'` loads the whole SDK (its REST client for every
// API); a call only needs the TwiML builders and the signature check. The REST client (outgoing
// messages) is still there, loaded the first time it is asked for.
import { createRequire } from 'node:module';
import MessagingResponse from '../../node_modules/twilio/lib/twiml/MessagingResponse.js';
import VoiceResponse from '../../node_modules/twilio/lib/twiml/VoiceResponse.js';
import * as webhooks from '../../node_modules/twilio/lib/webhooks/webhooks.js';

const requireLater = createRequire(import.meta.url);
const sdk = 'twilio';

function twilio(...args) {
  return requireLater(sdk)(...args);
}
twilio.twiml = { VoiceResponse, MessagingResponse };
twilio.validateRequest = webhooks.validateRequest;
twilio.getExpectedTwilioSignature = webhooks.getExpectedTwilioSignature;
twilio.webhook = webhooks.webhook;

export default twilio;
