// Everything the staff pages and API share, built once when the app is built.

import { callMachine } from '../../flows/call-machine.ts';
import type { Config } from '../config.ts';
import { everyPropertyHasNumber } from '../hotel/hotel-directory.ts';
import type { HotelDirectory } from '../hotel/hotel-directory.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import { scopeNow } from './property-scope.ts';
import type { Inventory } from '../inventory/inventory.ts';
import type { Logger } from '../logger.ts';
import { Outbox } from '../messaging/outbox.ts';
import type { Db } from '../storage/sql.ts';
import { Accounts } from './accounts.ts';
import { deskLanguage } from './desk-language.ts';
import { AuditLog } from './audit.ts';
import { CallbackDue } from './callback-due.ts';
import { buildFlowGraph } from './flow-diagram.ts';
import type { FlowGraph } from './flow-diagram.ts';
import { HotelClock } from './hotel-clock.ts';
import { LoginLimiter } from './login-limiter.ts';
import { PasswordChecks } from './password-checks.ts';
import { CallQueries, EXPORT_PAGE } from './queries/calls.ts';
import { CallbackQueries } from './queries/callbacks.ts';
import { FlowQueries } from './queries/flow-stats.ts';
import { LiveQueries } from './queries/live.ts';
import { TextingPausedQueries } from './queries/texting-paused.ts';
import { ReservationStoryQueries } from './queries/reservation-story.ts';
import { WithDeskQueries } from './queries/with-desk.ts';
import { NeedsPersonQueries } from './queries/needs-person.ts';
import { OutboxQueries } from './queries/outbox.ts';
import { ReservationQueries } from './queries/reservations.ts';
import { StatsQueries } from './queries/stats.ts';
import { UndoQueries } from './queries/undo.ts';
import { PhoneFormat } from './phone-format.ts';
import { phoneLinks } from './html/format.ts';
import type { PhoneLinks } from './html/format.ts';
import { Recordings } from './recordings.ts';
import { Sessions } from './sessions.ts';
import { basePathOf, cookieScope } from './base-path.ts';
import type { CookieScope } from './base-path.ts';
import { textingStatus } from '../messaging/texting-status.ts';
import type { TextingStatus } from '../messaging/texting-status.ts';
export type { TextingStatus };

export interface StaffDeps {
  db: Db;
  config: Readonly<Config>;
  logger: Logger;
  clock: () => Date;
  inventory: Inventory;
  /** The property a single-hotel deployment is (the first answering one of a group). */
  hotel: LoadedHotel;
  /** Every property of the deployment (one, for a single hotel). */
  hotels: HotelDirectory;
  /** The HTTP client recordings are fetched from Twilio with (default: fetch). */
  twilioFetch?: typeof fetch;
}

export interface StaffContext extends StaffDeps {
  accounts: Accounts;
  sessions: Sessions;
  limiter: LoginLimiter;
  /** The bounded queue every password check waits in (a flood of guesses cannot delay a real login for long). */
  passwordChecks: PasswordChecks;
  audit: AuditLog;
  hotelClock: HotelClock;
  calls: CallQueries;
  reservations: ReservationQueries;
  undo: UndoQueries;
  callbacks: CallbackQueries;
  stats: StatsQueries;
  flow: FlowQueries;
  live: LiveQueries;
  /** Whether texting has stopped answering new texters (or keywords) because a limit per hour was reached. */
  textingPaused: TextingPausedQueries;
  /** Today's calls that need a person (the overview, /api/today). */
  needsPerson: NeedsPersonQueries;
  /** A reservation's story: who made and changed it, and where (reservation-page.ts). */
  story: ReservationStoryQueries;
  /** The calls being handed to the front desk now, with the whisper's context (routes/today.ts). */
  withDesk: WithDeskQueries;
  flowGraph: FlowGraph;
  /** Where staff actions queue texts to guests (a cancellation's), in the action's transaction. */
  outbox: Outbox;
  /** The outbox as staff read it. */
  texts: OutboxQueries;
  /**
   * Whether texts are sent at all: the sender needs all three Twilio settings (src/messaging/sender.ts).
   * Read at each use: a hotel file applied while running may give every property its own number, or take one away.
   */
  readonly texting: TextingStatus;
  money: Money;
  /** When a callback request is due, against what the caller was promised. */
  callbackDue: CallbackDue;
  /** Phone numbers for reading, and numbers as typed turned into digits to search. */
  phones: PhoneFormat;
  /** A guest's number on a page: readable, leading to their calls and reservations. */
  phoneLinks: PhoneLinks;
  /** Voicemails and recorded names, fetched from Twilio for the pages' audio players. */
  recordings: Recordings;
  /**
   * PUBLIC_BASE_URL's path ("/conserje"; '' at a host's root): what the browser's URLs carry before
   * the app's own paths (base-path.ts).
   */
  basePath: string;
  /** Where the console's cookies are sent (the base path) and the prefix of their names when Secure. */
  cookies: CookieScope;
  /** The session cookie's name: with the __Host- prefix when Secure (the browser then refuses it over http or for another domain; __Secure- under a base path). */
  cookieName: string;
  /**
   * One property's own ways (its clock, its callback promise), for a group's rows each shown in
   * their own property's; null or an unknown id is the hotel in view.
   */
  propertyView(hotelId: number | null): PropertyView;
}

/** How long a console session may go unused before it ends, unless STAFF_IDLE_MINUTES says otherwise. */
export const DEFAULT_STAFF_IDLE_MINUTES = 30;

/** The idle limit: the config's `staffIdleMinutes` (STAFF_IDLE_MINUTES), else the default (a config built by hand in a test). */
export function idleMinutesOf(config: Readonly<Partial<Pick<Config, 'staffIdleMinutes'>>>): number {
  const minutes = config.staffIdleMinutes;
  return typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0 ? minutes : DEFAULT_STAFF_IDLE_MINUTES;
}

export function createStaffContext(deps: StaffDeps): StaffContext {
  const flowGraph = buildFlowGraph(callMachine);
  const outbox = new Outbox(deps.db);
  // What a page shows in a property's own way (its time zone, currency, country), one set per
  // property as loaded (a hotel file applied while running is a new one: a new set); a request
  // sees the one of the property in view (the first of its scope).
  const views = new WeakMap<LoadedHotel, PropertyView>();
  // The start's property, as the directory holds it now.
  const startHotel = (): LoadedHotel => deps.hotels.byId(deps.hotel.id) ?? deps.hotel;
  const viewOf = (hotel: LoadedHotel): PropertyView => {
    let view = views.get(hotel);
    if (!view) {
      const clock = new HotelClock(hotel.info.timezone);
      const phones = new PhoneFormat(hotel.info.country);
      view = {
        hotel,
        hotelClock: clock,
        money: moneyOf(hotel.info.currency),
        callbackDue: new CallbackDue(hotel.info, clock),
        phones,
        phoneLinks: phoneLinks(phones),
        stats: new StatsQueries(deps.db, clock, flowGraph.handOffStates),
      };
      views.set(hotel, view);
    }
    return view;
  };
  const inView = (): PropertyView => {
    const first = scopeNow()?.ids[0];
    return viewOf((first !== undefined ? deps.hotels.byId(first) : undefined) ?? startHotel());
  };
  const basePath = basePathOf(deps.config.publicBaseUrl);
  const cookies = cookieScope(basePath);
  const ctx = {
    ...deps,
    accounts: new Accounts(deps.db, deps.config.apiTokenDays),
    sessions: new Sessions(deps.db, idleMinutesOf(deps.config)),
    limiter: new LoginLimiter(deps.db, deps.config.staffLoginMaxAttempts, deps.config.staffLoginWindowMinutes),
    passwordChecks: new PasswordChecks(),
    audit: new AuditLog(deps.db),
    calls: new CallQueries(deps.db, EXPORT_PAGE, deps.clock),
    reservations: new ReservationQueries(deps.db, () => deps.hotels.all, (typed) => inView().phones.searchDigits(typed)),
    undo: new UndoQueries(deps.db),
    callbacks: new CallbackQueries(deps.db),
    flow: new FlowQueries(deps.db, flowGraph),
    live: new LiveQueries(deps.db, flowGraph.handOffStates),
    textingPaused: new TextingPausedQueries(deps.db, deps.config.smsConversationsPerHour),
    needsPerson: new NeedsPersonQueries(deps.db),
    story: new ReservationStoryQueries(deps.db),
    withDesk: new WithDeskQueries(deps.db, flowGraph.handOffStates),
    flowGraph,
    outbox,
    texts: new OutboxQueries(deps.db, outbox),
    recordings: new Recordings({
      accountSid: deps.config.twilioAccountSid,
      authToken: deps.config.twilioAuthToken,
      ...(deps.twilioFetch ? { fetch: deps.twilioFetch } : {}),
    }),
    basePath,
    cookies,
    cookieName: `${deps.config.staffCookieSecure ? cookies.securePrefix : ''}conserje_staff`,
    propertyView: (hotelId: number | null) => viewOf((hotelId === null ? undefined : deps.hotels.byId(hotelId)) ?? startHotel()),
  };
  // The texting status follows the properties as served now (hotel-changes.ts replaces them).
  Object.defineProperty(ctx, 'texting', { get: () => textingStatus(deps.config, everyPropertyHasNumber(deps.hotels)), enumerable: true });
  // The property-dependent members, read for the property in view at each use.
  for (const key of ['hotel', 'hotelClock', 'money', 'callbackDue', 'phones', 'phoneLinks', 'stats'] as const) {
    Object.defineProperty(ctx, key, { get: () => inView()[key], enumerable: true });
  }
  return ctx as StaffContext;
}

/** What depends on the property a page is about. */
export interface PropertyView {
  hotel: LoadedHotel;
  hotelClock: HotelClock;
  money: Money;
  callbackDue: CallbackDue;
  phones: PhoneFormat;
  phoneLinks: PhoneLinks;
  stats: StatsQueries;
}

/** An amount in a property's currency, as the page's language writes it. */
export interface Money {
  format(value: number): string;
}

/**
 * "$1,240.00" / "MX$3,100.00" in English (as before); "$1,250.00 MXN" / "$1,240.00 USD" as a
 * Mexican desk writes it, the currency said after the amount. Formatters built once per property.
 */
export function moneyOf(currency: string): Money {
  const en = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  const es = new Intl.NumberFormat('es-MX', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
  return { format: (value) => (deskLanguage() === 'es' ? `${es.format(value)} ${currency}` : en.format(value)) };
}
