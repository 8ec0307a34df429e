// A single webhook posted the way Twilio posts it, for tests that need to shape the request
// themselves (odd parameters, forged signatures). Whole calls use CallSession instead.

import { callParams } from '../../src/softphone/twilio-params.ts';
import { signRequest } from '../../src/softphone/twilio-params.ts';
import { TEST_AUTH_TOKEN, TEST_PUBLIC_URL } from './app.ts';

export interface PostResult {
  status: number;
  body: string;
}

export async function signedPost(
  baseUrl: string,
  path: string,
  params: Record<string, string>,
  opts: { signature?: string | null; token?: string } = {},
): Promise<PostResult> {
  const signature =
    opts.signature === undefined ? signRequest(opts.token ?? TEST_AUTH_TOKEN, TEST_PUBLIC_URL + path, params) : opts.signature;
  const res = await fetch(baseUrl + path, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(signature === null ? {} : { 'x-twilio-signature': signature }),
    },
    body: new URLSearchParams(params).toString(),
  });
  return { status: res.status, body: await res.text() };
}

export function baseCallParams(callSid: string, from = '+12125550123'): Record<string, string> {
  return callParams({ callSid, accountSid: 'AC' + '0'.repeat(32), from, to: '+15551230000', callStatus: 'in-progress' });
}
