// A guest texting the hotel's number, as Twilio delivers it: signed form posts to /sms, answered
// with a MessagingResponse whose <Message> is the reply.

import { randomBytes } from 'node:crypto';
import { parseTwiml } from '../../src/softphone/twiml.ts';
import { HOTEL_NUMBER } from './app.ts';
import { signedPost } from './signed-post.ts';

export interface TextReply {
  status: number;
  text: string;
  messageSid: string;
  body: string;
}

export function textingGuest(baseUrl: string, from: string) {
  const send = async (body: string, messageSid = `SM${randomBytes(16).toString('hex')}`): Promise<TextReply> => {
    const res = await signedPost(baseUrl, '/sms', {
      AccountSid: `AC${'0'.repeat(32)}`,
      MessageSid: messageSid,
      SmsMessageSid: messageSid,
      From: from,
      To: HOTEL_NUMBER,
      Body: body,
      NumMedia: '0',
      NumSegments: '1',
      ApiVersion: '2010-04-01',
    });
    const text =
      res.status === 200
        ? parseTwiml(res.body)
            .filter((v) => v.verb === 'message')
            .map((v) => (v as { text: string }).text)
            .join('\n')
        : '';
    return { status: res.status, text, messageSid, body: res.body };
  };
  return { send };
}
