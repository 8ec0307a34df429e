// What an accepted answer changes in the call's memory. A changed stay element drops the
// provisional hold, so the router re-checks availability before going on.

import type { Answer, CallContext, Detail } from './call-context.ts';

export function applyAnswer(ctx: CallContext, answer: Answer): Partial<CallContext> {
  switch (answer.q) {
    case 'arrivalDate':
      return {
        arrival: answer.date,
        held: false,
        notices: [...ctx.notices, { id: 'arrivalHeard', params: { date: answer.date } }],
      };
    case 'roomType':
      return { roomType: answer.code, held: false, roomPage: 0 };
    case 'rooms':
      return { rooms: answer.rooms, held: false };
    case 'nights':
      return { nights: answer.nights, held: false };
    case 'offer':
      return answer.option.kind === 'roomType'
        ? { roomType: answer.option.code, held: false, offer: null }
        : { rooms: answer.option.rooms, held: false, offer: null };
    case 'name':
      return { guestName: answer.name, nameRecordingUrl: null };
    case 'payment':
      return { payment: answer.method };
    case 'callback':
      return { callback: answer.number };
    case 'changeDetail':
      return { ...forget(ctx, answer.detail), changing: true };
    case 'lookup':
      // Not a good answer until the reservation is found: wrong numbers count as misses in a row.
      return { lookupAsked: 'pick' in answer ? { pick: answer.pick } : answer.confirmation, found: null, misses: ctx.misses };
  }
}

function forget(_ctx: CallContext, detail: Detail): Partial<CallContext> {
  switch (detail) {
    case 'arrivalDate':
      return { arrival: null, held: false };
    case 'roomType':
      return { roomType: null, held: false };
    case 'rooms':
      return { rooms: null, held: false };
    case 'nights':
      return { nights: null, held: false };
    case 'name':
      return { guestName: null, nameRecordingUrl: null, nameTries: 0 };
    case 'payment':
      return { payment: null };
    case 'callback':
      return { callback: null };
  }
}

/** The answer in a few words, for the staff timeline. */
export function describeAnswer(answer: Answer): string {
  switch (answer.q) {
    case 'arrivalDate':
      return `arrival ${answer.date}`;
    case 'roomType':
      return `room type ${answer.code}`;
    case 'rooms':
      return `${answer.rooms} room(s)`;
    case 'nights':
      return `${answer.nights} night(s)`;
    case 'offer':
      return answer.option.kind === 'roomType'
        ? `takes room type ${answer.option.code}`
        : `takes ${answer.option.rooms} room(s)`;
    case 'name':
      return `name "${answer.name}"`;
    case 'payment':
      return `pays by ${answer.method}`;
    case 'callback':
      return `callback number ending ${answer.number.slice(-4)}`;
    case 'changeDetail':
      return `change ${answer.detail}`;
    case 'lookup':
      return 'pick' in answer ? `reservation #${answer.pick + 1} of this number` : `confirmation number ${answer.confirmation}`;
  }
}
