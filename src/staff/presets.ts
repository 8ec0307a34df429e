// The periods a front desk asks about: today, yesterday, the last 7 days, this month (hotel dates).

import { addDaysIso } from '../inventory/stay.ts';

export interface Preset {
  label: string;
  from: string;
  to: string;
}

export function presetsFor(today: string): Preset[] {
  return [
    { label: 'Today', from: today, to: today },
    { label: 'Yesterday', from: addDaysIso(today, -1), to: addDaysIso(today, -1) },
    { label: 'Last 7 days', from: addDaysIso(today, -6), to: today },
    { label: 'This month', from: `${today.slice(0, 8)}01`, to: today },
  ];
}
