// A local HTTP server standing in for Twilio's REST API (POST …/Messages.json), and an HTTP
// client for the twilio library that sends its requests there. The client wraps twilio's own
// RequestClient (axios, its timeout, its error shapes) and only rewrites https://api.twilio.com to
// the stand-in's address, so the whole twilio code path runs: building the form, Basic auth,
// parsing the answer, turning an error answer into a RestException.

import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import twilio from 'twilio';

/** How the stand-in answers one request. */
export type Scripted =
  | { kind: 'accept' }
  | { kind: 'error'; status: number; code: number; message?: string }
  /** Never answers: the client's timeout must end it. */
  | { kind: 'hang' }
  /** Answers after a delay (to overlap two senders). */
  | { kind: 'slow'; ms: number };

export interface ReceivedMessage {
  accountSid: string;
  auth: { username: string; password: string } | null;
  form: Record<string, string>;
  answered: number | 'hung';
  sid?: string;
}

export interface TwilioStandIn {
  baseUrl: string;
  received: ReceivedMessage[];
  /** Answers for the next requests, in order; after them every request is accepted. */
  script: (...answers: Scripted[]) => void;
  /** An httpClient for `twilio(sid, token, { httpClient })`, with this request timeout. */
  httpClient: (timeoutMs: number) => Pick<twilio.RequestClient, 'request'>;
  close: () => Promise<void>;
}

export function newMessageSid(): string {
  return 'SM' + randomBytes(16).toString('hex');
}

export async function startTwilioStandIn(credentials: { accountSid: string; authToken: string }): Promise<TwilioStandIn> {
  const received: ReceivedMessage[] = [];
  const queue: Scripted[] = [];
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.post('/2010-04-01/Accounts/:accountSid/Messages.json', (req, res) => {
    const auth = basicAuth(req.header('authorization'));
    const form = { ...(req.body as Record<string, string>) };
    const entry: ReceivedMessage = { accountSid: String(req.params.accountSid), auth, form, answered: 'hung' };
    received.push(entry);
    const answer = queue.shift() ?? { kind: 'accept' };

    // Twilio's own checks come first, as the real API's would.
    if (!auth || auth.username !== credentials.accountSid || auth.password !== credentials.authToken || entry.accountSid !== credentials.accountSid) {
      entry.answered = 401;
      res.status(401).json({ code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 });
      return;
    }
    if (!form.To || !form.From || !form.Body) {
      entry.answered = 400;
      res.status(400).json({ code: 21604, message: "A 'To' phone number is required.", more_info: 'https://www.twilio.com/docs/errors/21604', status: 400 });
      return;
    }
    if (answer.kind === 'hang') return;
    if (answer.kind === 'error') {
      entry.answered = answer.status;
      res.status(answer.status).json({
        code: answer.code,
        message: answer.message ?? `error ${answer.code}`,
        more_info: `https://www.twilio.com/docs/errors/${answer.code}`,
        status: answer.status,
      });
      return;
    }
    const accept = () => {
      const sid = newMessageSid();
      entry.answered = 201;
      entry.sid = sid;
      const now = new Date().toUTCString();
      res.status(201).json({
        account_sid: credentials.accountSid,
        api_version: '2010-04-01',
        body: form.Body,
        date_created: now,
        date_sent: null,
        date_updated: now,
        direction: 'outbound-api',
        error_code: null,
        error_message: null,
        from: form.From,
        messaging_service_sid: null,
        num_media: '0',
        num_segments: '1',
        price: null,
        price_unit: 'USD',
        sid,
        status: 'queued',
        subresource_uris: { media: `/2010-04-01/Accounts/${credentials.accountSid}/Messages/${sid}/Media.json` },
        to: form.To,
        uri: `/2010-04-01/Accounts/${credentials.accountSid}/Messages/${sid}.json`,
      });
    };
    if (answer.kind === 'slow') setTimeout(accept, answer.ms);
    else accept();
  });

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    received,
    script: (...answers) => {
      queue.push(...answers);
    },
    httpClient: (timeoutMs) => {
      const real = new twilio.RequestClient({ timeout: timeoutMs, keepAlive: false });
      return {
        request: (opts) => {
          const uri = new URL(opts.uri);
          if (uri.hostname !== 'api.twilio.com') throw new Error(`unexpected Twilio host ${uri.hostname}`);
          return real.request({ ...opts, uri: baseUrl + uri.pathname + uri.search });
        },
      };
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function basicAuth(header: string | undefined): { username: string; password: string } | null {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
