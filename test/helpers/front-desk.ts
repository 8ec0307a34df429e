// The front desk's side of a transfer: hear the whisper on the desk's own leg, then press a key
// (1 takes the call) on the screening <Gather>, as Twilio would post it for that leg.

import type { CallSession, Turn } from '../../src/softphone/call-session.ts';
import type { GatherVerb } from '../../src/softphone/twiml.ts';
import { signedPost } from './signed-post.ts';
import type { PostResult } from './signed-post.ts';

export interface DeskAnswer {
  whisper: Turn;
  whisperText: string;
  screen: PostResult;
}

export async function deskScreens(baseUrl: string, call: CallSession, key: string): Promise<DeskAnswer> {
  const whisper = await call.whisper();
  const exchange = whisper.responses.at(-1)!;
  const gather = exchange.verbs.find((v) => v.verb === 'gather') as GatherVerb | undefined;
  if (!gather?.action) throw new Error(`the whisper has no screening <Gather>: ${exchange.body}`);
  const screen = await signedPost(baseUrl, gather.action, { ...exchange.params!, Digits: key });
  return { whisper, whisperText: whisper.said.map((s) => s.text).join(' '), screen };
}
