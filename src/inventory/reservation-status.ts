// The status a reservation shows: as stored, except that a booking whose guest has not arrived by
// its hold time is "released" — its rooms count as free again (SPEC §5; the availability query
// applies the same rule through reservation_nights.counts_until).

export type StoredStatus = 'booked' | 'arrived' | 'cancelled';
export type ShownStatus = StoredStatus | 'released';

export function shownStatus(status: StoredStatus, holdUntil: string, now: Date): ShownStatus {
  return status === 'booked' && new Date(holdUntil).getTime() <= now.getTime() ? 'released' : status;
}
