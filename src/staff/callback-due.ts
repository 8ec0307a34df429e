// When a callback request is due: what the caller was promised (src/voice/prompts/callback-promise.ts)
// — within the hotel's callbackPromiseMinutes of the request when the desk was open, or of the
// desk's next opening when it was closed — so the worklist marks overdue exactly what was promised.

import { callbackPromiseMinutes, deskOpenAt, nextDeskOpening } from '../../flows/desk-hours.ts';
import type { HotelInfo } from '../../flows/types.ts';
import type { HotelClock } from './hotel-clock.ts';

export class CallbackDue {
  readonly promiseMinutes: number;

  constructor(
    private readonly hotel: HotelInfo,
    private readonly clock: HotelClock,
  ) {
    this.promiseMinutes = callbackPromiseMinutes(hotel);
  }

  dueAt(createdAt: string): Date {
    const created = new Date(createdAt);
    const date = this.clock.dateOf(created);
    const time = this.clock.hourMinute(createdAt);
    let from = created;
    if (!deskOpenAt(this.hotel, date, time)) {
      const opens = nextDeskOpening(this.hotel, date, time);
      if (opens) from = this.clock.instant(opens.date, opens.time);
    }
    return new Date(from.getTime() + this.promiseMinutes * 60_000);
  }

  isOverdue(createdAt: string, now: Date): boolean {
    return this.dueAt(createdAt).getTime() < now.getTime();
  }
}
