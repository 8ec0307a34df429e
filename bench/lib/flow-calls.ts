// The calls bench/flow.ts and bench/flow-count.ts play through the pure call flow (flows/settle.ts),
// with the flow tests' fake world answering the effects, in about the bench callers' mix
// (bench/lib/callers.ts): each script checked to end where it must.

import type { CallEvent, CallerEvent, QuestionId, Untimed } from '../../flows/call-context.ts';
import type { CallMachine } from '../../flows/call-machine.ts';
import { hotelWallClock } from '../../flows/hotel-time.ts';
import { initialTransition, settle, settleActions } from '../../flows/settle.ts';
import type { FlowSnapshot } from '../../flows/settle.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { fakeWorld } from '../../test/flows/fake-world.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const at = '2026-11-28T15:00:00Z';
const input = { callSid: 'CA1', caller: '+12125550123', hotel, at };

const keys = (digits: string): Untimed => ({ type: 'caller.digits', digits });
const say = (text: string, confidence = 0.92): Untimed => ({ type: 'caller.speech', text, confidence });
const hangUp: Untimed = { type: 'call.ended', status: 'completed' };

export interface Script {
  name: string;
  /** Calls of this kind in one round of the mix. */
  weight: number;
  /** Rooms free of every type. */
  free: number;
  events: Untimed[];
  /** Where the call must end up: a script that drifts would measure something else. */
  ends: string;
}

const SCRIPTS: Script[] = [
  {
    name: 'keypad booking',
    weight: 8,
    free: 5,
    events: [keys('1'), keys('1204'), keys('2'), keys('1'), keys('2#'), say('John Smith', 0.95), keys('2'), keys('1'), keys('1'), hangUp],
    ends: 'ended',
  },
  {
    name: 'speech booking',
    weight: 4,
    free: 5,
    events: [
      say('I would like to book a room'),
      say('December 4th', 0.9),
      say('deluxe king', 0.9),
      say('one room', 0.9),
      say('two nights', 0.9),
      say('Maria Garcia', 0.95),
      say('credit card'),
      say('this number'),
      say('yes', 0.95),
      hangUp,
    ],
    ends: 'ended',
  },
  {
    name: 'spanish booking',
    weight: 1,
    free: 5,
    events: [keys('9'), keys('1'), keys('1204'), keys('3'), keys('1'), keys('3#'), say('Sofía López', 0.95), keys('2'), keys('1'), keys('1'), hangUp],
    ends: 'ended',
  },
  {
    name: 'no availability',
    weight: 3,
    free: 1,
    events: [keys('1'), keys('1204'), keys('4'), keys('3'), keys('2#'), keys('1'), say('Liam Brown', 0.95), keys('2'), keys('1'), keys('1'), hangUp],
    ends: 'ended',
  },
  { name: 'hang-up', weight: 2, free: 5, events: [keys('1'), keys('1204'), keys('3'), hangUp], ends: 'ended' },
  {
    name: 'transfer',
    weight: 2,
    free: 5,
    events: [keys('1'), keys('1205'), keys('0'), { type: 'desk.result', status: 'no-answer', durationSeconds: null }, keys('1'), { type: 'caller.recording', url: 'https://example.com/r' }, hangUp],
    ends: 'ended',
  },
];

/** What `hear` gave readQuestion, kept to replay the reading alone. */
export interface Reading {
  question: QuestionId;
  ctx: FlowSnapshot['context'];
  event: CallerEvent;
}

/** Plays one call; returns its turns (webhooks: the call's start and each event). */
export async function play(machine: CallMachine, script: Script, readings?: Reading[]): Promise<number> {
  const { perform } = fakeWorld(script.free, at);
  const [first, actions] = initialTransition(machine, input);
  let snapshot = await settleActions(machine, first, actions, perform);
  for (const untimed of script.events) {
    const event = { ...untimed, at } as CallEvent;
    if (readings && event.type.startsWith('caller.')) {
      const question = Object.values(snapshot.getMeta() as Record<string, { question?: QuestionId }>)[0]?.question;
      const today = hotelWallClock(at, hotel.timezone).date;
      if (question) readings.push({ question, ctx: { ...snapshot.context, today }, event: event as CallerEvent });
    }
    snapshot = await settle(machine, snapshot, event, perform);
  }
  if (snapshot.value !== script.ends) throw new Error(`${script.name} ended in ${JSON.stringify(snapshot.value)}, not ${script.ends}`);
  return 1 + script.events.length;
}

export const MIX = SCRIPTS.flatMap((s) => Array<Script>(s.weight).fill(s));

/** One round of the mix; returns its turns. */
export async function round(machine: CallMachine): Promise<number> {
  let turns = 0;
  for (const script of MIX) turns += await play(machine, script);
  return turns;
}
