// The parts of the twilio SDK a webhook needs: the TwiML builders and the signature check.
// `import twilio from 'twilio'` loads the REST client for every Twilio API, 130–190 ms of a
// cold start (profiled); the SMS sender loads that only when texting is on.
// The SDK has no exports map, so these paths are its own compiled modules.

import MessagingResponse from 'twilio/lib/twiml/MessagingResponse.js';
import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import { getExpectedTwilioSignature, validateRequest } from 'twilio/lib/webhooks/webhooks.js';

export { getExpectedTwilioSignature, MessagingResponse, validateRequest, VoiceResponse };
