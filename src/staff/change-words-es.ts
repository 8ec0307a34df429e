// Las palabras de "Modificar" una reservación, en español de México (change-words-en.ts dice lo mismo en inglés).

import type { ChangeWords } from './change-words-en.ts';

const statusSaid = (status: string) => ({ arrived: 'ya llegó', cancelled: 'está cancelada', released: 'está liberada' })[status] ?? `está ${status}`;

export const CHANGE_ES: ChangeWords = {
  title: (c) => `Modificar la reservación ${c}`,
  change: 'Modificar',
  changeLabel: (c) => `Modificar la reservación ${c}`,
  intro: 'Así está reservada: cambia lo que pida el huésped. El número de confirmación es el mismo.',
  notChanged: 'No se modificó:',
  save: 'Guardar el cambio',
  keep: 'Dejarla como está',
  heldNote:
    'Si cambia la fecha de llegada o la forma de pago, se aparta otra vez como en la línea telefónica. Al huésped le llega un solo mensaje con los datos nuevos (cuando los mensajes están activos), no una cancelación y otra confirmación.',
  nothing: (c) => `Nada que modificar: la reservación ${c} ya está así.`,
  notChangeable: (c, status) => `La reservación ${c} ${statusSaid(status)}: solo se modifica una reservación confirmada cuyo huésped aún no llega.`,
  onlyPersonal: (c) => `El último cambio de la reservación ${c} fue solo al nombre o al número del huésped, que el registro no guarda: escríbelos otra vez con Modificar.`,
  oneMoreNight: 'Una noche más',
  oneMoreNightLabel: (c) => `Una noche más para la reservación ${c}`,
  leaving: (when) => `Se va ${when}`,
  leavingLabel: (c, when) => `Se va ${when}: reservación ${c}`,
  nightsOnly: (c) => `El huésped de la reservación ${c} ya está hospedado: solo cambian las noches (una noche más, o se va antes).`,
  notInHouse: (c) => `El huésped de la reservación ${c} no está hospedado ahora: solo a un huésped que ya llegó, con la estancia aún en curso, se le cambian las noches.`,
  nightBegun: (c, day) => `La reservación ${c} no puede terminar antes del ${day}: se devolvería una noche ya empezada.`,
  fromTo: (what, from, to) => `${what} ${from} → ${to}`,
  hold: 'Apartada hasta',
  total: 'Total',
};
