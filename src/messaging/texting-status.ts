// Whether texts go out at all, and what is missing when they do not: the Twilio credentials, and a
// number to send from (TWILIO_PHONE_NUMBER, or every property answering has its own). Read by the
// staff console's banner and by the call flow's "text me the confirmation", as the sender decides
// (src/messaging/sender.ts).

import type { Config } from '../config.ts';

export interface TextingStatus {
  on: boolean;
  /** The settings missing when it is off. */
  missing: string[];
}

/** `everyPropertyHasNumber`: each property answering texts from its own number (TWILIO_PHONE_NUMBER then only a fallback). */
export function textingStatus(config: Pick<Config, 'twilioAccountSid' | 'twilioAuthToken' | 'twilioPhoneNumber'>, everyPropertyHasNumber = false): TextingStatus {
  const missing = [
    config.twilioAccountSid ? null : 'TWILIO_ACCOUNT_SID',
    config.twilioAuthToken ? null : 'TWILIO_AUTH_TOKEN',
    config.twilioPhoneNumber || everyPropertyHasNumber ? null : 'TWILIO_PHONE_NUMBER',
  ].filter((key): key is string => key !== null);
  return { on: missing.length === 0, missing };
}
