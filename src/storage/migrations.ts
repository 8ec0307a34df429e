// The database schema, as an ordered list of migrations. `PRAGMA user_version` records how many
// have run; each one runs in its own transaction, so a failed upgrade leaves the file as it was.
// Append new migrations at the end; never edit one that has shipped.

/**
 * Migration 12's fold of a name, as steps each applied to what the one before gave: accented
 * letters replaced by their base letter, then lower(). The very expression the staff queries ran
 * on every name at each search before (48 nested replace() and a lower()), so they find the same
 * guests. A change to it is a new migration that folds the stored names again: a migration that has
 * shipped never changes. Steps of at most 18 nested calls: SQLite 3.40's parser (Debian 12's
 * sqlite3 and python3) overflows its stack at 28 in a trigger; better-sqlite3's newer SQLite does not.
 */
export const FOLD_STEPS: readonly ((sql: string) => string)[] = [
  [['áàäâãÁÀÄÂÃ', 'a'], ['éèëêÉÈËÊ', 'e']],
  [['íìïîÍÌÏÎ', 'i'], ['óòöôõÓÒÖÔÕ', 'o']],
  [['úùüûÚÙÜÛ', 'u'], ['ñÑ', 'n'], ['çÇ', 'c']],
].map((groups, step, steps) => (sql: string) => {
  const replaced = groups.flatMap(([from, to]) => [...from!].map((f) => [f, to!] as const)).reduce((acc, [f, t]) => `replace(${acc}, '${f}', '${t}')`, sql);
  return step === steps.length - 1 ? `lower(${replaced})` : replaced;
});

/** The fold of a name column as one SQL expression (PostgreSQL's generated column). */
export function foldedName(column: string): string {
  return FOLD_STEPS.reduce((sql, step) => step(sql), column);
}

/** SQLite statements setting guest_name_folded to the fold of `name` in the rows `where` selects, a step at a time. */
function foldedInto(name: string, where: string): string {
  return FOLD_STEPS.map((step, i) => `UPDATE reservations SET guest_name_folded = ${step(i === 0 ? name : 'guest_name_folded')} WHERE ${where};`).join('\n    ');
}

export const MIGRATIONS: readonly string[] = [
  /* 1: hotel, inventory, calls */ `
  CREATE TABLE hotels (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    config_json   TEXT NOT NULL,            -- the validated hotel file, as loaded
    updated_at    TEXT NOT NULL
  );

  CREATE TABLE room_types (
    id            INTEGER PRIMARY KEY,
    hotel_id      INTEGER NOT NULL REFERENCES hotels(id),
    code          TEXT NOT NULL,
    rate          REAL NOT NULL CHECK (rate >= 0),
    rooms         INTEGER NOT NULL CHECK (rooms >= 0),
    active        INTEGER NOT NULL DEFAULT 1, -- 0 once the hotel file no longer lists it
    UNIQUE (hotel_id, code)
  );

  -- Provisional holds: rooms kept for a caller between the availability check and confirmation.
  CREATE TABLE holds (
    id            INTEGER PRIMARY KEY,
    call_sid      TEXT NOT NULL,
    room_type_id  INTEGER NOT NULL REFERENCES room_types(id),
    arrival       TEXT NOT NULL,            -- yyyy-MM-dd, first night
    departure     TEXT NOT NULL,            -- yyyy-MM-dd, day after the last night
    rooms         INTEGER NOT NULL CHECK (rooms > 0),
    expires_at    TEXT NOT NULL,            -- ISO instant (UTC)
    released_at   TEXT                      -- set on hang-up, change or confirmation
  );
  CREATE INDEX holds_active ON holds (room_type_id, arrival) WHERE released_at IS NULL;
  CREATE INDEX holds_call ON holds (call_sid) WHERE released_at IS NULL;

  CREATE TABLE reservations (
    id              INTEGER PRIMARY KEY,
    confirmation    TEXT NOT NULL UNIQUE,   -- digits only, so it can be keyed in
    hotel_id        INTEGER NOT NULL REFERENCES hotels(id),
    room_type_id    INTEGER NOT NULL REFERENCES room_types(id),
    arrival         TEXT NOT NULL,
    departure       TEXT NOT NULL,
    nights          INTEGER NOT NULL CHECK (nights > 0),
    rooms           INTEGER NOT NULL CHECK (rooms > 0),
    rate            REAL NOT NULL,
    total           REAL NOT NULL,
    currency        TEXT NOT NULL,
    guest_name      TEXT,                   -- null when only a recording of the name exists
    name_recording_url TEXT,
    payment_method  TEXT NOT NULL CHECK (payment_method IN ('credit_card','cash','debit_card')),
    callback_number TEXT NOT NULL,          -- E.164
    locale          TEXT NOT NULL,
    hold_until      TEXT NOT NULL,          -- ISO instant: unarrived past this, the rooms are free again
    status          TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked','arrived','cancelled')),
    call_sid        TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
  );
  CREATE INDEX reservations_arrival ON reservations (arrival);
  CREATE INDEX reservations_callback ON reservations (callback_number);

  -- One row per booked night, so availability is a range scan on an index, not a date loop.
  CREATE TABLE reservation_nights (
    reservation_id INTEGER NOT NULL REFERENCES reservations(id),
    room_type_id   INTEGER NOT NULL,
    night          TEXT NOT NULL,
    rooms          INTEGER NOT NULL,
    PRIMARY KEY (room_type_id, night, reservation_id)
  ) WITHOUT ROWID;

  CREATE TABLE calls (
    call_sid        TEXT PRIMARY KEY,
    hotel_id        INTEGER NOT NULL REFERENCES hotels(id),
    from_number     TEXT NOT NULL,
    to_number       TEXT NOT NULL,
    locale          TEXT NOT NULL,
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    duration_s      INTEGER,
    status          TEXT NOT NULL DEFAULT 'in-progress',
    outcome         TEXT,                   -- booked, transferred, denial, regret, abandoned, failed
    state           TEXT NOT NULL,          -- current statechart state, for listing
    step            INTEGER NOT NULL,       -- the step counter every TwiML URL carries
    machine_version INTEGER NOT NULL,
    snapshot_json   TEXT NOT NULL,          -- XState persisted snapshot
    last_twiml      TEXT NOT NULL,          -- answer to the last step, replayed to a retried webhook
    reservation_id  INTEGER REFERENCES reservations(id),
    updated_at      TEXT NOT NULL
  );
  CREATE INDEX calls_started ON calls (started_at);
  CREATE INDEX calls_from ON calls (from_number);

  -- The call's timeline: every prompt said, every key or phrase heard, every transition.
  CREATE TABLE call_events (
    id          INTEGER PRIMARY KEY,
    call_sid    TEXT NOT NULL REFERENCES calls(call_sid),
    step        INTEGER NOT NULL,
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL,              -- call.started, caller.digits, caller.speech, … , error
    from_state  TEXT,
    to_state    TEXT,
    input_json  TEXT,                       -- digits / speech + confidence as heard
    understood  TEXT,                       -- how the flow read it
    said_json   TEXT                        -- [{ prompt, text }] said in answer
  );
  CREATE INDEX call_events_call ON call_events (call_sid, id);
  `,

  /* 2: inventory — availability reads one index range, nothing else */ `
  -- Until when a booked night counts against availability, copied from its reservation so that
  -- freeRooms is a range scan of the reservation_nights primary key alone, with no lookup into
  -- reservations per row (30 nights x 100 rooms = 3,000 lookups: measured about 4x slower, 1.6 ms
  -- against 0.4 ms with 1,000,000 room-nights; see test/inventory/inventory.test.ts).
  -- 'arrived' counts for good, 'booked' until hold_until (SPEC 5), 'cancelled' never.
  -- The triggers below keep it in sync for every writer; nobody sets it by hand.
  ALTER TABLE reservation_nights ADD COLUMN counts_until TEXT NOT NULL DEFAULT '';

  UPDATE reservation_nights SET counts_until = (
    SELECT CASE r.status
             WHEN 'arrived' THEN '9999-12-31T23:59:59.999Z'
             WHEN 'booked'  THEN strftime('%Y-%m-%dT%H:%M:%fZ', r.hold_until)
             ELSE '' END
      FROM reservations r WHERE r.id = reservation_nights.reservation_id);

  -- A night row takes its reservation's value when written. strftime normalises hold_until to
  -- the form toISOString() writes (what "now" is compared as); an unreadable one is NULL and fails.
  CREATE TRIGGER reservation_nights_counts_until AFTER INSERT ON reservation_nights
  BEGIN
    UPDATE reservation_nights SET counts_until = (
      SELECT CASE r.status
               WHEN 'arrived' THEN '9999-12-31T23:59:59.999Z'
               WHEN 'booked'  THEN strftime('%Y-%m-%dT%H:%M:%fZ', r.hold_until)
               ELSE '' END
        FROM reservations r WHERE r.id = NEW.reservation_id)
     WHERE room_type_id = NEW.room_type_id AND night = NEW.night AND reservation_id = NEW.reservation_id;
  END;

  CREATE TRIGGER reservations_counts_until AFTER UPDATE OF status, hold_until ON reservations
  BEGIN
    UPDATE reservation_nights SET counts_until =
      CASE NEW.status
        WHEN 'arrived' THEN '9999-12-31T23:59:59.999Z'
        WHEN 'booked'  THEN strftime('%Y-%m-%dT%H:%M:%fZ', NEW.hold_until)
        ELSE '' END
     WHERE reservation_id = NEW.id;
  END;

  -- For the trigger above (and for deleting a reservation with foreign keys on).
  CREATE INDEX reservation_nights_reservation ON reservation_nights (reservation_id);

  -- Live holds are the few whose expires_at is still ahead: an index by expiry finds them without
  -- walking every expired hold that was never released (a caller who hung up mid-hold).
  CREATE INDEX holds_live ON holds (room_type_id, expires_at) WHERE released_at IS NULL;
  `,

  /* 3: staff review — accounts, sessions, API tokens, audit log, login throttle, callback queue */ `
  CREATE TABLE staff_users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,            -- scrypt$N$r$p$salt$hash (base64), see src/staff/passwords.ts
    role          TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('staff','admin')),
    disabled_at   TEXT,                     -- set: cannot log in, sessions and tokens refused
    last_login_at TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
  );

  -- The cookie holds a random id; only its SHA-256 is stored, so a copy of the file opens no session.
  CREATE TABLE staff_sessions (
    id_hash       TEXT PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES staff_users(id),
    csrf_token    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL,
    ip            TEXT,
    user_agent    TEXT
  );
  CREATE INDEX staff_sessions_user ON staff_sessions (user_id);

  -- API tokens (Authorization: Bearer …), stored only as their SHA-256.
  CREATE TABLE staff_tokens (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL REFERENCES staff_users(id),
    token_hash    TEXT NOT NULL UNIQUE,
    label         TEXT,
    created_at    TEXT NOT NULL,
    last_used_at  TEXT,
    revoked_at    TEXT
  );
  CREATE INDEX staff_tokens_user ON staff_tokens (user_id);

  -- Failed logins, counted per username + address over a sliding window.
  CREATE TABLE staff_login_failures (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL COLLATE NOCASE,
    ip            TEXT NOT NULL,
    at            TEXT NOT NULL
  );
  CREATE INDEX staff_login_failures_user ON staff_login_failures (username, at);

  -- Every staff action: who, when, what, on what. actor_id is null for the terminal.
  CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    actor_id      INTEGER REFERENCES staff_users(id),
    actor         TEXT NOT NULL,            -- username, or "terminal" for npm run staff
    via           TEXT NOT NULL CHECK (via IN ('web','api','terminal')),
    action        TEXT NOT NULL,            -- login, logout, reservation.cancel, callback.done, token.create, …
    target        TEXT,                     -- e.g. "reservation:12", "callback:3", "user:alice"
    detail_json   TEXT,
    ip            TEXT
  );
  CREATE INDEX audit_log_at ON audit_log (at);

  -- Calls staff must return: the hand-off's voicemail/callback requests (SPEC 6).
  CREATE TABLE callback_requests (
    id            INTEGER PRIMARY KEY,
    call_sid      TEXT REFERENCES calls(call_sid),
    created_at    TEXT NOT NULL,            -- ISO instant (UTC)
    caller_number TEXT NOT NULL,            -- E.164 as Twilio gave it, or as the guest keyed it
    locale        TEXT NOT NULL,
    reason        TEXT,                     -- why the call needed a person (a transfer reason)
    recording_url TEXT,                     -- the guest's voicemail, if any
    partial_json  TEXT,                     -- what the call had collected: { arrival, roomType, rooms, nights, … }
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done')),
    done_at       TEXT,
    done_by       TEXT,                     -- staff username
    note          TEXT
  );
  CREATE INDEX callback_requests_open ON callback_requests (status, created_at);
  CREATE INDEX callback_requests_call ON callback_requests (call_sid);

  -- Staff filter calls by outcome within a period.
  CREATE INDEX calls_outcome ON calls (outcome, started_at);
  `,

  /* 4: written confirmation — the SMS outbox and the numbers that texted STOP */ `
  -- Every text the hotel sends, written in the same transaction as what it reports (a booking, a
  -- cancellation), then sent by the background sender (src/messaging/sender.ts). See README "Written confirmations by text".
  CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    created_at      TEXT NOT NULL,            -- ISO instant (UTC)
    reservation_id  INTEGER REFERENCES reservations(id),
    to_number       TEXT NOT NULL,            -- E.164
    locale          TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('booking_confirmed','booking_cancelled','conversation')),
    body            TEXT NOT NULL,
    -- unsent: never tried (or texting is off); queued: a retry is due at next_attempt_at;
    -- sending: a sender has claimed it; sent: Twilio accepted it; delivered / undelivered: the
    -- carrier's word; failed: a permanent error or out of attempts; suppressed: the number opted out.
    status          TEXT NOT NULL DEFAULT 'unsent'
                    CHECK (status IN ('unsent','queued','sending','sent','delivered','undelivered','failed','suppressed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,                     -- ISO instant; while unsent or queued: not before then
    last_error      TEXT,
    message_sid     TEXT,                     -- Twilio's SM…, once accepted
    updated_at      TEXT NOT NULL
  );
  -- What the sender reads every few seconds: only rows still waiting, by when they are due.
  CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status IN ('unsent','queued');
  CREATE INDEX outbox_message_sid ON outbox (message_sid) WHERE message_sid IS NOT NULL;
  CREATE INDEX outbox_reservation ON outbox (reservation_id, kind) WHERE reservation_id IS NOT NULL;

  -- Numbers that texted STOP (or that Twilio refused as unsubscribed, error 21610); START removes them.
  CREATE TABLE sms_opt_outs (
    number          TEXT PRIMARY KEY,         -- E.164
    opted_out_at    TEXT NOT NULL
  ) WITHOUT ROWID;
  `,

  /* 5: text conversations — the same call flow by SMS, one conversation per guest number at a time */ `
  ALTER TABLE calls ADD COLUMN channel TEXT NOT NULL DEFAULT 'voice' CHECK (channel IN ('voice','sms'));
  -- The inbound message last applied, so a webhook Twilio delivers twice is answered once.
  ALTER TABLE calls ADD COLUMN last_inbound_sid TEXT;
  CREATE INDEX calls_open_conversations ON calls (from_number, started_at) WHERE channel = 'sms' AND ended_at IS NULL;
  `,

  /* 6: a version per call row, bumped by every write, so a process can keep the call's snapshot in
     memory between webhooks and know when another process (or instance) has moved it on */ `
  ALTER TABLE calls ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
  `,

  /* 7: the staff console's worklist — callback attempts, voicemail transcripts, undo of staff actions */ `
  -- A callback tried without reaching the guest stays open, with its attempts counted.
  ALTER TABLE callback_requests ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE callback_requests ADD COLUMN last_attempt_at TEXT;
  ALTER TABLE callback_requests ADD COLUMN last_attempt_by TEXT;
  -- Twilio's transcription of the voicemail (<Record transcribe>), posted to /voice/transcription.
  ALTER TABLE callback_requests ADD COLUMN transcript TEXT;
  ALTER TABLE callback_requests ADD COLUMN transcript_status TEXT;   -- completed or failed, as Twilio says
  -- The last staff action on a reservation is found to offer (and check) its undo.
  CREATE INDEX audit_log_target ON audit_log (target, id);
  -- Reservations made on a day ("made today"), and stays in house on a date.
  CREATE INDEX reservations_created ON reservations (created_at);
  CREATE INDEX reservations_departure ON reservations (departure);
  `,
  /* 8: a hotel group — properties by code, which ones answer, and every row's property */ `
  -- The property's short code from its hotel file (null for a single hotel loaded without one).
  ALTER TABLE hotels ADD COLUMN code TEXT;
  CREATE UNIQUE INDEX hotels_code ON hotels (code);
  -- 1: answers its numbers now (the hotels of the last HOTEL_FILE / HOTELS_DIR load). A property
  -- taken out of the group keeps its history for staff, and stops answering.
  ALTER TABLE hotels ADD COLUMN serving INTEGER NOT NULL DEFAULT 0;
  UPDATE hotels SET serving = 1 WHERE id = (SELECT id FROM hotels ORDER BY updated_at DESC, id DESC LIMIT 1);

  -- Callback requests and texts carry their property, so staff of one see only theirs.
  ALTER TABLE callback_requests ADD COLUMN hotel_id INTEGER REFERENCES hotels(id);
  UPDATE callback_requests SET hotel_id = (SELECT c.hotel_id FROM calls c WHERE c.call_sid = callback_requests.call_sid);
  UPDATE callback_requests SET hotel_id = (SELECT id FROM hotels WHERE serving = 1) WHERE hotel_id IS NULL;
  ALTER TABLE outbox ADD COLUMN hotel_id INTEGER REFERENCES hotels(id);
  UPDATE outbox SET hotel_id = (SELECT r.hotel_id FROM reservations r WHERE r.id = outbox.reservation_id);
  UPDATE outbox SET hotel_id = (SELECT id FROM hotels WHERE serving = 1) WHERE hotel_id IS NULL;

  -- Staff accounts limited to some properties; an account with no row here sees the whole group.
  CREATE TABLE staff_user_hotels (
    user_id       INTEGER NOT NULL REFERENCES staff_users(id),
    hotel_id      INTEGER NOT NULL REFERENCES hotels(id),
    PRIMARY KEY (user_id, hotel_id)
  );

  -- Staff lists filtered by property.
  CREATE INDEX calls_hotel ON calls (hotel_id, started_at);
  CREATE INDEX reservations_hotel ON reservations (hotel_id, arrival);
  `,

  /* 9: hardening (issue 11) — login attempts by address, API token expiry, one-off data fixes */ `
  -- Whether an account has logged in from an address before (src/staff/login-limiter.ts).
  CREATE INDEX audit_log_ip ON audit_log (ip, action, at);
  -- The sweeper forgets login attempts older than the window, whatever their username.
  CREATE INDEX staff_login_failures_at ON staff_login_failures (at);
  -- When an API token stops working (API_TOKEN_DAYS after it was made); null: made before this
  -- column existed, and it expires API_TOKEN_DAYS after created_at.
  ALTER TABLE staff_tokens ADD COLUMN expires_at TEXT;
  -- Fixes to stored data that SQL alone cannot make (src/storage/data-fixes.ts), each run once.
  CREATE TABLE data_fixes (
    name          TEXT PRIMARY KEY,
    done_at       TEXT NOT NULL
  );
  `,

  /* 10: a caller's number at one property (issue 14) */ `
  -- The desk's whisper (a caller's history), a guest's open text conversation and the caller's own
  -- reservations look calls and reservations up by number at one property. With an index on the
  -- number alone beside one on the property, SQLite (which keeps no statistics here) took the
  -- property's and read every call and reservation the hotel ever had: one index matching both.
  CREATE INDEX calls_from_hotel ON calls (from_number, hotel_id, started_at);
  DROP INDEX calls_from;
  CREATE INDEX reservations_callback_hotel ON reservations (callback_number, hotel_id);
  DROP INDEX reservations_callback;
  -- Reservations made on a call, found from the calls of a number.
  CREATE INDEX reservations_call ON reservations (call_sid);
  -- The minutely sweep for calls whose status callback never came read every call ever made.
  -- Keyed by a column no turn changes, so a turn's write leaves it alone: an entry is made when a
  -- call starts and dropped when it ends.
  CREATE INDEX calls_open_voice ON calls (started_at) WHERE channel = 'voice' AND ended_at IS NULL;
  `,

  /* 11: the staff console on a property's whole history (issue 14) */ `
  -- The calls list (and its CSV export) counts a property's calls and pages through them newest
  -- first, by period, outcome, language, channel or the call's reservation. Through the property's
  -- index (hotel_id, started_at) each count read every call row the property ever had, and a list
  -- of a group's properties sorted them all: 0.1 to 1 s with the event loop stopped on two years
  -- of calls. This index holds what those filters read, and call_sid (the list's order after
  -- started_at), so a count reads no call row and a page only the calls it shows. Not the caller's
  -- number: with it, this index alone would answer the desk's whisper (migration 10), and SQLite
  -- would read it by property there instead of calls_from_hotel by number.
  -- It takes the place of calls_hotel (the same first columns, for the overview's and the flow
  -- page's periods) and of calls_outcome (an outcome across every property, which the terminal's
  -- list without --hotel now reads in this index): one index on calls fewer. A turn's write leaves
  -- it alone: of its columns only the outcome (when the call ends), the language (when the caller
  -- switches) and the reservation (when one is made) change, once each.
  CREATE INDEX calls_hotel_list ON calls (hotel_id, started_at, call_sid, channel, locale, outcome, reservation_id);
  DROP INDEX calls_hotel;
  DROP INDEX calls_outcome;
  `,

  /* 12: a guest's name folded once, when it is written (issue 14) */ `
  -- Staff find a guest by part of the name without its accents or case (src/storage/fold.ts).
  -- Folded in the query, every reservation's name took 48 replace() and a lower() at each search
  -- over all time: about 40 ms per 20,000 reservations with the event loop stopped, every webhook
  -- waiting. The name is folded once here instead, the same way, and searched as it is stored.
  -- The triggers keep it so for every writer of a name (the app, a data fix, the sqlite3 shell);
  -- nobody sets it by hand. A null name (only a recording of it) folds to null.
  -- In three steps (FOLD_STEPS below): the sqlite3 shell of Debian 12 (SQLite 3.40) cannot parse
  -- 48 nested calls, and a trigger it cannot parse makes it refuse the whole file.
  -- No index: a search for "contains" cannot seek one, and the column is read in 1.6 ms for 20,000
  -- reservations; an index that read it in 0.8 would be one more for every booking to write
  -- (docs/performance.md, "Staff console queries on a large database").
  ALTER TABLE reservations ADD COLUMN guest_name_folded TEXT;
  ${foldedInto('guest_name', 'guest_name IS NOT NULL')}

  CREATE TRIGGER reservations_guest_name_folded_insert AFTER INSERT ON reservations
  BEGIN
    ${foldedInto('NEW.guest_name', 'id = NEW.id')}
  END;

  CREATE TRIGGER reservations_guest_name_folded_update AFTER UPDATE OF guest_name ON reservations
  BEGIN
    ${foldedInto('NEW.guest_name', 'id = NEW.id')}
  END;
  `,

  /* 13: the calls of a reservation (issue 14) */ `
  -- The calls list by a guest's name over all time finds the calls of the reservations so named:
  -- those of their numbers in calls_from_hotel, those made on them here. Without it every call of
  -- the property was tested against them in calls_hotel_list (30 to 90 ms on 50,000 calls a
  -- property, the event loop stopped). Only calls with a reservation are in it: a call gets its
  -- entry on the turn that books (measured on the big file: that turn 4 to 5 µs longer, the
  -- other turns and the end unchanged, a call's first INSERT 1.5 µs longer).
  CREATE INDEX calls_reservation ON calls (reservation_id) WHERE reservation_id IS NOT NULL;
  `,

  /* 14: a guest's name folded by Conserje as the search text is (src/storage/fold.ts) */ `
  -- Migration 12's SQL fold knows 48 accented letters, and SQLite's lower() only ASCII, while the
  -- search text is folded for any accent: "ŞAHİN" was stored as "Şahİn", which neither "sahin"
  -- nor the name typed exactly as written (folded to "sahin") could find. Conserje now writes the
  -- fold itself with every name (inventory.ts), with the same function as the search, and every
  -- stored name is folded again so once (data-fixes.ts). The triggers stay for a row written
  -- without its fold (the sqlite3 shell, a script): they fold it as migration 12 did.
  DROP TRIGGER reservations_guest_name_folded_insert;
  DROP TRIGGER reservations_guest_name_folded_update;

  CREATE TRIGGER reservations_guest_name_folded_insert AFTER INSERT ON reservations
  WHEN NEW.guest_name_folded IS NULL AND NEW.guest_name IS NOT NULL
  BEGIN
    ${foldedInto('NEW.guest_name', 'id = NEW.id')}
  END;

  -- A name changed by a writer that left its fold as it was.
  CREATE TRIGGER reservations_guest_name_folded_update AFTER UPDATE OF guest_name ON reservations
  WHEN NEW.guest_name IS NOT OLD.guest_name AND NEW.guest_name_folded IS OLD.guest_name_folded
  BEGIN
    ${foldedInto('NEW.guest_name', 'id = NEW.id')}
  END;
  `,

  /* 15: reservation lookups that found nothing (src/calls/lookup-guesses.ts) */ `
  -- A confirmation number or a last name tried and not found, by the number calling or texting:
  -- counted per property over a window, so that guessing stops for a while (kept a day).
  CREATE TABLE reservation_lookup_misses (
    id            INTEGER PRIMARY KEY,
    hotel_id      INTEGER NOT NULL REFERENCES hotels(id),
    number        TEXT NOT NULL,
    at            TEXT NOT NULL
  );
  CREATE INDEX reservation_lookup_misses_hotel ON reservation_lookup_misses (hotel_id, at);
  CREATE INDEX reservation_lookup_misses_number ON reservation_lookup_misses (hotel_id, number, at);
  `,

  /* 16: text messages already handled, by Twilio's MessageSid (src/calls/call-store.ts) */ `
  -- A text's MessageSid, kept once the message has been acted on: a second delivery of it (Twilio
  -- retrying, or a signed request replayed later) then changes nothing, even after the
  -- conversation it belonged to has ended (it would have opened a new one). Pruned after a year
  -- by the minutely sweep (received_at).
  CREATE TABLE handled_texts (
    message_sid   TEXT PRIMARY KEY,
    received_at   TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX handled_texts_received ON handled_texts (received_at);
  `,

  /* 17: one open callback request per guest and property (src/calls/callback-requests.ts) */ `
  -- A guest who asks again while their request is open (calls three times, texts "agent" twenty
  -- times) adds to that request instead of making another: the desk sees them once and calls once.
  -- Each ask keeps its own row (its call, reason, what it collected, its voicemail and transcript),
  -- pointing at the request it was added to (merged_into); the request counts the asks and the
  -- last one's time. Marking the request done marks its asks done, so whatever reads a call's
  -- request by call_sid (the calls that need a person, the call page) reads it settled.
  -- The worklist lists the requests only (merged_into IS NULL).
  ALTER TABLE callback_requests ADD COLUMN merged_into INTEGER REFERENCES callback_requests(id);
  ALTER TABLE callback_requests ADD COLUMN asks INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE callback_requests ADD COLUMN last_asked_at TEXT;
  UPDATE callback_requests SET last_asked_at = created_at;
  -- The open request of a number at a property, found at each ask.
  CREATE INDEX callback_requests_guest ON callback_requests (caller_number, hotel_id, status);
  -- A request's asks, read for the requests listed.
  CREATE INDEX callback_requests_merged ON callback_requests (merged_into) WHERE merged_into IS NOT NULL;
  `,

  /* 18: wrong last names counted per reservation too (src/calls/lookup-guesses.ts) */ `
  -- A last name that does not match a reservation's is also counted against that reservation,
  -- whatever number it came from: past a few a day, no name opens it (the caller reaches the desk).
  -- A guesser who has its confirmation number and a list of surnames, with a new caller ID at every
  -- call, tried hundreds a day. (No foreign key: a miss outlives nothing it points at for long.)
  ALTER TABLE reservation_lookup_misses ADD COLUMN reservation_id INTEGER;
  CREATE INDEX reservation_lookup_misses_reservation ON reservation_lookup_misses (reservation_id, at) WHERE reservation_id IS NOT NULL;
  `,

  /* 19: answers to keywords sent, per sender (src/http/keyword-replies.ts) */ `
  -- STATUS, AYUDA, PARAR… are answered a few times an hour per number and property: counted here,
  -- so that every instance of a group on one database and a restart count the same answers.
  -- Rows older than an hour count for nothing and are deleted (the sender's next keyword, the sweep).
  CREATE TABLE keyword_replies (
    id            INTEGER PRIMARY KEY,
    sender        TEXT NOT NULL,
    sent_at       TEXT NOT NULL
  );
  CREATE INDEX keyword_replies_sender ON keyword_replies (sender, sent_at);
  CREATE INDEX keyword_replies_sent ON keyword_replies (sent_at);
  `,

  /* 20: the confirmation number a miss tried (src/calls/lookup-guesses.ts) */ `
  -- A confirmation number said with its last name in one answer ("7331 0042, under Torres", at the
  -- greeting) is looked up once, with the name: one that does not exist was never counted (the
  -- count was left to the step that asks for the number alone), so guessing that way went
  -- uncounted. The number tried is kept with its miss, so it is counted once whichever way it came.
  ALTER TABLE reservation_lookup_misses ADD COLUMN confirmation TEXT;
  `,

  /* 21: the text a keyword answer was to (src/http/keyword-replies.ts) */ `
  -- Twilio delivers a text again (same MessageSid) when our answer was slow or lost: the retry of a
  -- STATUS or an AYUDA was a second answer counted against the hour's few. Each answer keeps the
  -- message it answered: its retry is answered again, counted once, and only a few times (a signed
  -- request replayed in a loop is no free channel).
  ALTER TABLE keyword_replies ADD COLUMN message_sid TEXT;
  ALTER TABLE keyword_replies ADD COLUMN repeats INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX keyword_replies_message ON keyword_replies (sender, message_sid) WHERE message_sid IS NOT NULL;
  `,

  /* 22: holds taken by calls with the caller ID withheld (src/inventory/inventory.ts) */ `
  -- Withheld calls held at most half of a room type, type by type, so one caller dialling with the
  -- caller ID withheld held half of every type at every property of a group. Their holds are
  -- marked, so what they hold across the deployment is one read of the few live ones.
  ALTER TABLE holds ADD COLUMN withheld INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX holds_withheld_live ON holds (expires_at) WHERE released_at IS NULL AND withheld = 1;
  `,

  /* 23: when the guest expects to arrive (src/staff/expected-arrival.ts) */ `
  -- A late arrival said on the call ("we get in around 11 pm", flows/late-arrival.ts) was kept in
  -- the call's timeline only; the night clerk reads it on the reservation, and the desk types it in
  -- when it books. Hotel time "HH:mm" on the arrival day (before 06:00: the night after it); null
  -- when nobody said. Read with the reservations it belongs to, so no index.
  ALTER TABLE reservations ADD COLUMN expected_arrival TEXT
    CHECK (expected_arrival IS NULL OR (length(expected_arrival) = 5 AND expected_arrival GLOB '[0-2][0-9]:[0-5][0-9]' AND expected_arrival < '24:00'));
  `,
  /* 24: what callers said is kept RETENTION_DAYS (src/privacy/retention.ts) */ `
  -- A call whose words have been erased (its timeline's input and what was said back, its saved
  -- state, an unbooked caller's number); its outcome, times and events stay for the statistics.
  -- The calls still to erase are found oldest first through a partial index, which holds only those,
  -- and so the texts whose body is still kept.
  ALTER TABLE calls ADD COLUMN erased_at TEXT;
  CREATE INDEX calls_to_erase ON calls (started_at) WHERE erased_at IS NULL;
  CREATE INDEX outbox_to_erase ON outbox (created_at) WHERE body <> '';
  `,
  /* 25: special requests said on the call (flows/special-requests.ts) */ `
  -- "A crib", "rooms next to each other": the caller is told the front desk will confirm it, so
  -- the desk must find it on the reservation, not only in the call's timeline (which retention
  -- erases). Their codes, comma-separated, in the order said; null when none.
  ALTER TABLE reservations ADD COLUMN special_requests TEXT
    CHECK (special_requests IS NULL OR (length(special_requests) BETWEEN 1 AND 200 AND special_requests GLOB '[a-zA-Z]*[a-zA-Z]' AND special_requests NOT GLOB '*[^a-zA-Z,]*' AND special_requests NOT GLOB '*,,*'));
  `,
  /* 26: a guest's erasure on request that waits for their call to end (src/privacy/forget-guest.ts) */ `
  -- npm run forget-guest leaves a call or text conversation still going on from the number whole:
  -- erasing its saved state mid-call sent the guest's next answer to the front desk. The number
  -- waits here until none of its calls is in progress; the hourly retention run then finishes the
  -- erasure and deletes the row. A handful of rows at most, read whole: no index beyond the key.
  CREATE TABLE forget_pending (
    number    TEXT PRIMARY KEY,             -- E.164, as calls.from_number holds it
    asked_at  TEXT NOT NULL                 -- ISO instant (UTC) of the first request
  ) WITHOUT ROWID;
  `,
  /* 27: a text telling the guest their reservation was changed at the desk (src/staff/change-reservation.ts) */ `
  -- A change of dates, nights, rooms or type sends the guest one text with the new details (kind
  -- 'booking_changed'), not a cancellation and a confirmation. SQLite cannot alter a CHECK: the
  -- table is built again as it is, with the new kind allowed (nothing references outbox), and its
  -- indexes with it.
  CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,
    created_at      TEXT NOT NULL,
    reservation_id  INTEGER REFERENCES reservations(id),
    to_number       TEXT NOT NULL,
    locale          TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('booking_confirmed','booking_cancelled','booking_changed','conversation')),
    body            TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'unsent'
                    CHECK (status IN ('unsent','queued','sending','sent','delivered','undelivered','failed','suppressed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    message_sid     TEXT,
    updated_at      TEXT NOT NULL,
    hotel_id        INTEGER REFERENCES hotels(id)
  );
  INSERT INTO outbox_new (id, created_at, reservation_id, to_number, locale, kind, body, status, attempts, next_attempt_at, last_error, message_sid, updated_at, hotel_id)
    SELECT id, created_at, reservation_id, to_number, locale, kind, body, status, attempts, next_attempt_at, last_error, message_sid, updated_at, hotel_id FROM outbox;
  DROP TABLE outbox;
  ALTER TABLE outbox_new RENAME TO outbox;
  CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status IN ('unsent','queued');
  CREATE INDEX outbox_message_sid ON outbox (message_sid) WHERE message_sid IS NOT NULL;
  CREATE INDEX outbox_reservation ON outbox (reservation_id, kind) WHERE reservation_id IS NOT NULL;
  CREATE INDEX outbox_to_erase ON outbox (created_at) WHERE body <> '';
  `,
  /* 28: the shift's handover note (src/staff/handover.ts) */ `
  -- What the clerk going off tells the one coming on ("room 12's guest arrives late, keep it"): one
  -- note per property and hotel day (the property's own calendar date, yyyy-MM-dd), plain text. The
  -- version counts the saves, so a clerk saving over words written since they opened the note is
  -- told, with both texts, rather than overwriting them (a 409); every save is in the audit log with
  -- its text, which keeps the note's history.
  CREATE TABLE handover_notes (
    id             INTEGER PRIMARY KEY,
    hotel_id       INTEGER NOT NULL REFERENCES hotels(id),
    day            TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    body           TEXT NOT NULL CHECK (length(body) <= 2000),
    version        INTEGER NOT NULL CHECK (version >= 1),
    written_by     TEXT NOT NULL,           -- the account's username at the last save
    written_at     TEXT NOT NULL,           -- ISO instant (UTC) of the last save
    UNIQUE (hotel_id, day)
  );
  `,
];
