// Build experiment: date-fns' index pulls in all of its ~250 functions; the server uses four.
export { addDays } from '../../node_modules/date-fns/addDays.js';
export { differenceInCalendarDays } from '../../node_modules/date-fns/differenceInCalendarDays.js';
export { format } from '../../node_modules/date-fns/format.js';
export { parseISO } from '../../node_modules/date-fns/parseISO.js';
