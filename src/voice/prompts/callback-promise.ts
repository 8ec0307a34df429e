// The callback promise in words, from the hotel file's callbackPromiseMinutes: the caller hears the
// same promise the staff's worklist marks requests overdue against.

export { callbackPromiseMinutes } from '../../../flows/desk-hours.ts';

export function withinEn(minutes: number): string {
  if (minutes === 60) return 'within the hour';
  if (minutes % 60 === 0) return `within ${minutes / 60} hours`;
  return `within ${minutes} minutes`;
}

export function withinEs(minutes: number): string {
  if (minutes === 60) return 'en menos de una hora';
  if (minutes % 60 === 0) return `en menos de ${minutes / 60} horas`;
  return `en menos de ${minutes} minutos`;
}
