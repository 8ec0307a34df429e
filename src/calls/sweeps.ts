// The background sweeps, run at start and every minute: text conversations left idle, and calls
// Twilio has gone quiet about (a status callback lost, or this server down when the call ended),
// are closed and their held rooms freed, so a crash never blocks rooms or leaves a call "in
// progress" for ever. Each close happens once even when several instances sweep together (the
// call service re-reads each call under its key). Texts handled long ago are forgotten, and the
// answers to keywords once they no longer count.

import { forgetKeywordReplies } from '../http/keyword-replies.ts';
import type { Logger } from '../logger.ts';
import type { Sql } from '../storage/sql.ts';
import type { CallService } from './call-service.ts';

/** Twilio ends any call after 4 hours: one still "transferring" past that is surely over. */
export const TRANSFER_LIMIT_MINUTES = 240;

export interface SweepDeps {
  service: Pick<CallService, 'expireIdleConversations' | 'closeStaleCalls' | 'store'>;
  logger: Logger;
  clock: () => Date;
  smsIdleMinutes: number;
  staleCallMinutes: number;
  /** The database, for the answers to keywords past their hour (src/http/keyword-replies.ts). */
  db?: Sql;
}

/**
 * How long a text's MessageSid is remembered as handled (handled_texts): a replay within it changes
 * nothing. A year and a bit, against one short row per text received.
 */
export const HANDLED_TEXTS_KEPT_DAYS = 400;

export interface Sweeps {
  /** One sweep now; resolves when it is done (never rejects: a failure is logged). */
  runOnce(): Promise<void>;
  stop(): void;
}

export function startSweeps(deps: SweepDeps, everyMs = 60_000): Sweeps {
  const ago = (minutes: number) => new Date(deps.clock().getTime() - minutes * 60_000).toISOString();
  let running: Promise<void> | null = null;
  const runOnce = (): Promise<void> => {
    // One sweep at a time: a slow one (a locked database) is not overtaken by the next minute's.
    running ??= sweep().finally(() => {
      running = null;
    });
    return running;
  };
  const sweep = async () => {
    try {
      const expired = await deps.service.expireIdleConversations(ago(deps.smsIdleMinutes));
      if (expired > 0) deps.logger.info({ expired }, 'idle text conversations expired');
    } catch (err) {
      deps.logger.error({ err }, 'could not expire idle text conversations');
    }
    try {
      const closed = await deps.service.closeStaleCalls(ago(deps.staleCallMinutes), ago(TRANSFER_LIMIT_MINUTES));
      if (closed > 0) deps.logger.warn({ closed }, 'calls with no webhook for too long closed, their holds freed');
    } catch (err) {
      deps.logger.error({ err }, 'could not close stale calls');
    }
    try {
      await deps.service.store.forgetTextsBefore(ago(HANDLED_TEXTS_KEPT_DAYS * 24 * 60));
    } catch (err) {
      deps.logger.error({ err }, 'could not forget old handled texts');
    }
    try {
      if (deps.db) await forgetKeywordReplies(deps.db, ago(60));
    } catch (err) {
      deps.logger.error({ err }, 'could not forget the answers to keywords past their hour');
    }
  };
  const timer = setInterval(() => void runOnce(), everyMs);
  timer.unref();
  void runOnce();
  return {
    runOnce,
    stop: () => clearInterval(timer),
  };
}
