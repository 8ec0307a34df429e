// La nota de entrega de turno en español de México. La misma forma que handover-words-en.ts.

import type { HandoverWords } from './handover-words-en.ts';

export const HANDOVER_ES: HandoverWords = {
  title: 'Nota de entrega de turno',
  titleAt: (name) => `Nota de entrega de turno: ${name}`,
  none: 'Todavía no hay nota para hoy.',
  written: (who, when) => `Escrita por ${who}, ${when}`,
  yesterdays: 'La nota de ayer',
  write: 'Escribir la nota de hoy',
  writeLink: 'Escribir la nota de entrega de hoy',
  edit: 'Editar la nota de hoy',
  label: 'Nota para el siguiente turno',
  hint: (max) => `Texto simple, hasta ${max} caracteres. Quien abra el resumen después la lee aquí; cada vez que se guarda queda en el registro de auditoría.`,
  save: 'Guardar la nota',
  saved: 'Nota de entrega guardada.',
  conflictTitle: 'Alguien guardó la nota mientras usted escribía',
  conflict: (who, when) =>
    `${who} guardó la nota ${when}, después de que usted la abrió. Abajo está lo que escribió; lo que usted escribió sigue en el cuadro: júntelos y vuelva a guardar.`,
  dayTurned: 'Cambió el día del hotel desde que usted abrió la nota: lo que escribió sigue en el cuadro, para guardarlo como la nota de hoy.',
  theirs: (who) => `Lo que guardó ${who}`,
  fixTitle: 'La nota no se guardó',
};
