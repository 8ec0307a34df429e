// The Spanish desk reads Spanish on every page it uses: Since yesterday, Flow, Accounts, the
// password page, what to fix in a filter form (said from the refusal's key, not reworded from the
// API's English), shares as Intl writes them for es-MX, the period's days and the clock it was
// updated in. The JSON API keeps its English. Saturday 28 November 2026, 16:20 in Mexico City.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Accounts } from '../../src/staff/accounts.ts';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_GROUP, SIERRA } from '../helpers/demo-group.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { ADMIN, bearer, leaveVoicemail, login, startStaffApp } from './staff-helpers.ts';
import type { Agent } from './staff-helpers.ts';

const LUCIA = { username: 'lucia', password: 'lucia-password-1' };
/** The words of a page, without its tags. */
const text = (page: string) =>
  page
    .replace(/<(script|pre)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the Spanish desk’s pages', () => {
  let t: TestApp;
  let lucia: Agent;

  beforeAll(async () => {
    t = await startStaffApp({ hotelsDir: DEMO_GROUP });
    const accounts = new Accounts(t.db);
    await accounts.add(LUCIA.username, LUCIA.password, 'staff', t.clock.now());
    await accounts.setHotels(LUCIA.username, ['SIE'], t.clock.now());
    t.clock.set('2026-11-28T18:00:00Z');
    await bookByKeys(t.call({ to: SIERRA, from: '+525511112222' }), { date: '1128', roomType: '1', rooms: '1', nights: '2#', name: 'Lucía Pérez', spanish: true });
    await leaveVoicemail(t, { to: SIERRA, from: '+525533334444', transcript: 'Hola, habla Carmen' });
    const gone = t.call({ to: SIERRA, from: '+525544445555' });
    await gone.start();
    await gone.hangup();
    t.clock.set('2026-11-28T22:20:00Z');
    lucia = (await login(t, LUCIA)).agent;
  });
  afterAll(() => t.close());

  it('says Since yesterday in Spanish: its title, columns, turnaways and guests not arrived', async () => {
    const page = text((await lucia.get('/staff/morning').expect(200)).text);
    expect(page).toContain('Desde ayer');
    expect(page).toContain('Llamadas por regresar');
    expect(page).toContain('No llegaron ayer');
    for (const english of ['Since yesterday', 'Yesterday and today', 'Callbacks waiting', 'Texts not delivered', 'Turnaways', 'Not arrived yesterday', 'Hung up', 'Booked']) expect(page).not.toContain(english);
  });

  it('says the Flow page in Spanish, its steps by their Spanish names, in the table and the picture', async () => {
    const page = (await lucia.get('/staff/flow').expect(200)).text;
    expect(text(page)).toContain('Flujo de la llamada');
    expect(page).toMatch(/<tr data-state="askingArrivalDate"><th scope="row">Pregunta la fecha de llegada<\/th><td>le pregunta a quien llama<\/td>/);
    expect(page).toMatch(/<g class="node[^"]*" data-state="greeting">.*?>Saludo<\/text><text class="count"[^>]*>llegaron 3<\/text>/);
    for (const english of ['Call flow', 'Asking arrival date', 'asks the caller', 'reached ', 'Per step', 'started in the period', 'Where calls went']) expect(text(page)).not.toContain(english);
  });

  it('says the password page and its refusals in Spanish', async () => {
    const { agent, csrf } = await login(t, LUCIA);
    const form = text((await agent.get('/staff/password').expect(200)).text);
    expect(form).toContain('Cambiar tu contraseña');
    expect(form).toContain('Al menos 10 caracteres.');
    for (const english of ['Change your password', 'Current password', 'New password', 'At least']) expect(form).not.toContain(english);
    const short = await agent.post('/staff/password').type('form').send({ _csrf: csrf, current: LUCIA.password, password: 'corta', again: 'corta' }).expect(400);
    expect(text(short.text)).toContain('La contraseña nueva debe tener al menos 10 caracteres. No se cambió nada.');
    const differ = await agent.post('/staff/password').type('form').send({ _csrf: csrf, current: LUCIA.password, password: 'una-contraseña-1', again: 'otra-contraseña-2' }).expect(400);
    expect(text(differ.text)).toContain('Las dos contraseñas nuevas no coinciden. No se cambió nada.');
  });

  it('says Accounts in Spanish for an admin who chose Spanish', async () => {
    const { agent, csrf } = await login(t, ADMIN);
    await agent.post('/staff/language').type('form').send({ _csrf: csrf, lang: 'es', next: '/staff/admin' }).expect(303);
    const page = text((await agent.get('/staff/admin').expect(200)).text);
    for (const spanish of ['Cuentas', 'Claves de API en uso', 'Registro de auditoría', 'Crear clave', 'administrador']) expect(page).toContain(spanish);
    for (const english of ['Accounts', 'Audit log', 'API tokens in use', 'Create token', 'Last login', 'never']) expect(page).not.toContain(english);
  });

  it.each([
    ['/staff/calls?from=2026-13-01', 'La fecha de inicio debe ser una fecha, como 2026-12-04.', 'from', 'from must be a date as yyyy-MM-dd'],
    ['/staff/calls?from=2026-11-28&to=2026-11-01', 'La fecha final es anterior a la de inicio: elige una fecha final igual o posterior.', 'to', 'to must not be before from'],
    ['/staff/calls?perPage=500', 'El número de renglones por página debe ser un número entero del 1 al 200.', 'perPage', 'perPage must be a whole number from 1 to 200'],
    ['/staff/calls?guest=--', 'El nombre o número del huésped debe ser un nombre o un número.', 'guest', 'guest must be a name or a number'],
    ['/staff/calls?channel=fax', 'El medio debe ser uno de estos: voice, sms.', 'channel', 'channel must be one of voice, sms'],
    ['/staff/calls?color=red', 'Esta página no tiene el ajuste "color": usa el formulario de abajo.', 'color', 'unknown parameter "color"'],
    ['/staff/reservations?date=9999-01-01', 'La fecha debe ser una fecha entre 1900-01-01 y 2999-12-31.', 'date', 'date must be a date from 1900-01-01 to 2999-12-31'],
    ['/staff/availability?days=0', 'El número de noches debe ser un número entero del 1 al 90.', 'days', 'days must be a whole number from 1 to 90'],
    ['/staff?from=2026-01-01&to=2027-12-31', 'Un periodo puede durar como máximo 366 días: elige uno más corto.', 'to', 'a period spans at most 366 days'],
  ])('says what to fix in %s in Spanish, and the API keeps its English', async (url, spanish, parameter, english) => {
    const page = await lucia.get(url).expect(400);
    expect(text(page.text)).toContain(spanish);
    expect(text(page.text)).not.toContain(english);
    const api = url.replace('/staff/calls', '/api/calls').replace('/staff/reservations', '/api/reservations').replace('/staff/availability', '/api/availability').replace(/^\/staff\?/, '/api/stats?');
    const res = await request(t.baseUrl).get(api).set('Authorization', `Bearer ${await bearer(t, LUCIA.username)}`).expect(400);
    expect(res.body).toEqual({ error: 'bad_parameter', parameter, message: english });
  });

  it('writes shares as Intl does for es-MX, the period’s days as a Mexican desk says them, and its clock in Spanish', async () => {
    const page = text((await lucia.get('/staff?preset=today').expect(200)).text);
    const es = new Intl.NumberFormat('es-MX', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    // 3 calls today: 1 booked, 1 voicemail, 1 hung up.
    expect(page).toContain(`Conversión ${es.format(1 / 3)}`);
    expect(page).toContain('Otras fechas: sáb 28 nov');
    // Her one property's clock is every clock on her pages: the time alone, no city.
    expect(page).toContain('Actualizado a las 16:20 (cada');
    expect(page).not.toMatch(/hora de la Ciudad de México|Mexico City time|2026-11-28 to|Other dates/);
  });

  it('says the English desk’s period days as an English desk says them, not as yyyy-MM-dd', async () => {
    const { agent } = await login(t, ADMIN);
    const page = text((await agent.get('/staff/morning').expect(200)).text);
    expect(page).toContain('Since yesterday');
    const overview = text((await agent.get('/staff?from=2026-11-22&to=2026-11-28').expect(200)).text);
    expect(overview).toContain('Other dates: Sun, Nov 22 to Sat, Nov 28');
  });
});
