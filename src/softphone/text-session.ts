// A guest texting the hotel's number, as Twilio delivers it: signed form posts to /sms, answered
// with a MessagingResponse whose <Message> is the reply. The texting twin of CallSession, used by
// the tests and `npm run words`.

import { randomBytes } from 'node:crypto';
import { parseTwiml } from './twiml.ts';
import { serverBaseUrl, signRequest } from './twilio-params.ts';

export interface TextSessionOptions {
  baseUrl: string;
  /** The URL Twilio would have used (it is what gets signed); default `baseUrl`. */
  publicBaseUrl?: string;
  authToken?: string;
  from: string;
  to: string;
}

export interface TextReply {
  status: number;
  /** The reply's messages, joined by a newline. */
  text: string;
  messageSid: string;
  body: string;
}

export class TextSession {
  constructor(private readonly options: TextSessionOptions) {}

  async send(body: string, messageSid = `SM${randomBytes(16).toString('hex')}`): Promise<TextReply> {
    const { baseUrl, publicBaseUrl = baseUrl, authToken, from, to } = this.options;
    const params = {
      AccountSid: `AC${'0'.repeat(32)}`,
      MessageSid: messageSid,
      SmsMessageSid: messageSid,
      From: from,
      To: to,
      Body: body,
      NumMedia: '0',
      NumSegments: '1',
      ApiVersion: '2010-04-01',
    };
    const res = await fetch(`${serverBaseUrl(baseUrl, publicBaseUrl)}/sms`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(authToken ? { 'x-twilio-signature': signRequest(authToken, `${publicBaseUrl}/sms`, params) } : {}),
      },
      body: new URLSearchParams(params).toString(),
    });
    const raw = await res.text();
    const text =
      res.status === 200
        ? parseTwiml(raw)
            .filter((v) => v.verb === 'message')
            .map((v) => (v as { text: string }).text)
            .join('\n')
        : '';
    return { status: res.status, text, messageSid, body: raw };
  }
}
