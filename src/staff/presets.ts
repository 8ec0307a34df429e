// The periods a front desk asks about: today, yesterday, the last 7 days, this month (hotel dates).
// With several properties in view, a preset is sent by its key (`preset=today`), not as dates:
// each property then takes it on its own today (a group's properties may be in different time
// zones, and the first property's dates were another's tomorrow).

import { addDaysIso } from '../inventory/stay.ts';

export const PRESET_KEYS = ['today', 'yesterday', 'last-7-days', 'this-month'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

export interface Preset {
  key: PresetKey;
  label: string;
  from: string;
  to: string;
}

export function presetsFor(today: string): Preset[] {
  return [
    { key: 'today', label: 'Today', from: today, to: today },
    { key: 'yesterday', label: 'Yesterday', from: addDaysIso(today, -1), to: addDaysIso(today, -1) },
    { key: 'last-7-days', label: 'Last 7 days', from: addDaysIso(today, -6), to: today },
    { key: 'this-month', label: 'This month', from: `${today.slice(0, 8)}01`, to: today },
  ];
}

/** A preset's dates on a property's own today. */
export function presetDates(key: PresetKey, today: string): { from: string; to: string } {
  const preset = presetsFor(today).find((p) => p.key === key)!;
  return { from: preset.from, to: preset.to };
}
