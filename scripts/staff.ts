// Staff accounts from the terminal (DATABASE_PATH, default data/conserje.db):
//   npm run staff -- add NAME [--role admin|staff] [--hotel CODE]...   new account (limited to those
//                                                    properties; no --hotel: the whole group); password from stdin
//   npm run staff -- hotels NAME [--hotel CODE]...   the properties an account sees (none: the whole group)
//   npm run staff -- password NAME                   new password, read from stdin
//   npm run staff -- disable NAME | enable NAME
//   npm run staff -- role NAME admin|staff
//   npm run staff -- token NAME [LABEL]              prints a new API token (stored only as a hash)
//   npm run staff -- tokens [NAME]                   lists the API tokens that work now
//   npm run staff -- revoke-token ID                 revokes one API token
//   npm run staff -- list
// Passwords never go on the command line (shell history, `ps`): typed without echo at a terminal,
// or piped as the first line of stdin (`printf '%s\n' "$PW" | npm run staff -- add alice`).

import { userInfo } from 'node:os';
import { AccountError, Accounts, isRole } from '../src/staff/accounts.ts';
import type { Role } from '../src/staff/accounts.ts';
import { AuditLog } from '../src/staff/audit.ts';
import { forTerminal } from '../src/staff/terminal.ts';
import { loadConfig } from '../src/config.ts';
import { applyEnvFileOrExit } from '../src/env-file.ts';
import { newDatabaseNote, openStore } from '../src/storage/database.ts';
import type { Db } from '../src/storage/sql.ts';

const USAGE = `usage: npm run staff -- <command>
  add NAME [--role admin|staff] [--hotel CODE]...
                                  create an account (password from stdin; the default role is staff),
                                  limited to those properties (repeat --hotel); without, the whole group
  hotels NAME [--hotel CODE]...   limit an account to those properties; with no --hotel, the whole group
  password NAME                   set a new password (from stdin); ends the account's sessions
  disable NAME                    disable the account: ends its sessions, revokes its API tokens
  enable NAME                     let a disabled account log in again
  role NAME admin|staff           change the account's role
  token NAME [LABEL]              print a new API token for the account (shown once; works API_TOKEN_DAYS days)
  tokens [NAME]                   list the API tokens that work now (all accounts, or NAME's)
  revoke-token ID                 revoke one API token at once (its ID from "tokens")
  list                            list the accounts`;

class UsageError extends Error {}

/** `--flag value` and `--flag=value` pairs, each flag repeatable; anything else is a usage error. */
function flagsOf(args: readonly string[], known: readonly string[], usage: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const [flag, value] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, args[++i]];
    if (!known.includes(flag) || !value || value.startsWith('--')) throw new UsageError(usage);
    out.set(flag, [...(out.get(flag) ?? []), value]);
  }
  return out;
}

/** Reads a password: hidden typing at a terminal (asked twice), else the first line of stdin. */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const first = await promptHidden('Password: ');
  const again = await promptHidden('Repeat the password: ');
  if (first !== again) throw new AccountError('the two passwords differ');
  return first;
}

function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    let text = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(text);
          return;
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130);
        }
        if (ch === '\u007f' || ch === '\b') text = text.slice(0, -1);
        else text += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function audit(db: Db, action: string, target: string, detail: Record<string, unknown> = {}): Promise<void> {
  let osUser = 'unknown';
  try {
    osUser = userInfo().username;
  } catch {
    // no passwd entry for this uid (a container): keep 'unknown'
  }
  await new AuditLog(db).record({ actorId: null, actor: 'terminal', via: 'terminal', action, target, detail: { ...detail, osUser } }, new Date());
}

/**
 * The properties with these codes, or what the clerk setting up accounts needs to know: the codes
 * this database knows (with their hotels' names), or that it knows none and how a group's are
 * loaded — a property's code comes from its hotel file, which the server loads from HOTELS_DIR
 * when it starts, not this command.
 */
async function knownCodes(db: Db, accounts: Accounts, codes: readonly string[]): Promise<void> {
  try {
    await accounts.propertiesOf(codes);
  } catch (err) {
    if (!(err instanceof AccountError) || err.refusal.key !== 'noPropertyCode') throw err;
    const hotels = await db.all<{ name: string; config_json: string }>('SELECT name, config_json FROM hotels ORDER BY id');
    const known = hotels.flatMap((h) => {
      const code = (JSON.parse(h.config_json) as { code?: unknown }).code;
      return typeof code === 'string' ? [`${code} (${h.name})`] : [];
    });
    const unknown = codes.find((c) => !known.some((k) => k.toUpperCase().startsWith(`${c.toUpperCase()} (`))) ?? codes[0]!;
    const howToLoad = `A property's code comes from its hotel file ("code"); the server loads a group's files when it starts with HOTELS_DIR set to their folder (HOTELS_DIR is ${process.env.HOTELS_DIR?.trim() ? `${process.env.HOTELS_DIR.trim()} here` : 'not set here'}): start it once that way (npm start), then run this again with the same DATABASE_PATH or DATABASE_URL.`;
    if (known.length > 0) throw new AccountError(`no property with code ${unknown}. This database knows ${known.join(', ')}. ${howToLoad}`);
    const loaded = hotels.length === 0 ? 'This database has no hotel loaded yet' : `This database has ${hotels.map((h) => h.name).join(', ')}, with no code: one hotel, whose accounts see it all (leave --hotel out)`;
    throw new AccountError(`no property with code ${unknown}. ${loaded}. ${howToLoad}`);
  }
}

async function run(argv: string[], db: Db): Promise<void> {
  const accounts = new Accounts(db, loadConfig({ API_TOKEN_DAYS: process.env.API_TOKEN_DAYS }).apiTokenDays);
  const [command, name, ...rest] = argv;
  const needName = () => {
    if (!name) throw new UsageError(`${command} needs an account NAME`);
    return name;
  };
  switch (command) {
    case 'add': {
      const username = needName();
      const flags = flagsOf(rest, ['--role', '--hotel'], 'add NAME [--role admin|staff] [--hotel CODE]...');
      const roles = flags.get('--role') ?? [];
      if (roles.length > 1 || (roles[0] !== undefined && !isRole(roles[0]))) throw new UsageError('add NAME [--role admin|staff] [--hotel CODE]...');
      const role: Role = (roles[0] as Role | undefined) ?? 'staff';
      const codes = flags.get('--hotel') ?? [];
      // The codes are checked before the password is asked for.
      await knownCodes(db, accounts, codes);
      const password = await readPassword();
      const user = await accounts.add(username, password, role, new Date());
      const hotels = await accounts.setHotels(user.username, codes, new Date());
      await audit(db, 'account.add', `user:${user.username}`, { role, hotels });
      console.log(`Added ${user.username} (${user.role}, ${hotels.length ? `properties ${hotels.join(', ')}` : 'the whole group'}). They can log in at /staff/login.`);
      return;
    }
    case 'hotels': {
      const username = needName();
      const codes = flagsOf(rest, ['--hotel'], 'hotels NAME [--hotel CODE]...').get('--hotel') ?? [];
      await knownCodes(db, accounts, codes);
      const hotels = await accounts.setHotels(username, codes, new Date());
      await audit(db, 'account.hotels', `user:${username}`, { hotels });
      console.log(`${username} now sees ${hotels.length ? `properties ${hotels.join(', ')}` : 'the whole group'}.`);
      return;
    }
    case 'password': {
      const username = needName();
      const password = await readPassword();
      await accounts.setPassword(username, password, new Date());
      await audit(db, 'account.password', `user:${username}`);
      console.log(`New password set for ${username}; their open sessions were ended.`);
      return;
    }
    case 'disable': {
      const user = await accounts.disable(needName(), new Date());
      await audit(db, 'account.disable', `user:${user.username}`);
      console.log(`Disabled ${user.username}: sessions ended, API tokens revoked.`);
      return;
    }
    case 'enable': {
      const user = await accounts.enable(needName(), new Date());
      await audit(db, 'account.enable', `user:${user.username}`);
      console.log(`Enabled ${user.username}.`);
      return;
    }
    case 'role': {
      const username = needName();
      const role = rest[0];
      if (!role || !isRole(role) || rest.length > 1) throw new UsageError('role NAME admin|staff');
      const user = await accounts.setRole(username, role, new Date());
      await audit(db, 'account.role', `user:${user.username}`, { role });
      console.log(`${user.username} is now ${role}.`);
      return;
    }
    case 'token': {
      const username = needName();
      const label = rest.join(' ').trim().slice(0, 80) || null;
      const created = await accounts.createToken(username, label, new Date());
      await audit(db, 'token.create', `user:${created.user.username}`, { tokenId: created.id, label });
      console.error(`API token for ${created.user.username}, working until ${created.expiresAt} (shown once; send it as "Authorization: Bearer <token>"):`);
      console.log(created.token);
      return;
    }
    case 'tokens': {
      const live = await accounts.liveTokens(new Date(), name);
      if (live.length === 0) console.log(name ? `${name} has no API tokens that work now.` : 'No API tokens work now.');
      for (const t of live) {
        console.log(`${String(t.id).padStart(5)}  ${t.username.padEnd(20)} until ${t.expiresAt}  last used ${t.lastUsedAt ?? 'never'}  ${forTerminal(t.label ?? '')}`);
      }
      return;
    }
    case 'revoke-token': {
      if (!name || !/^\d{1,9}$/.test(name)) throw new UsageError('revoke-token needs the token ID (from "tokens")');
      const revoked = await accounts.revokeToken(Number(name), new Date());
      if (!revoked) throw new AccountError(`no API token ${name} works now (revoked, expired or never made)`);
      await audit(db, 'token.revoke', `user:${revoked.username}`, { tokenId: revoked.id, label: revoked.label });
      console.log(`API token ${revoked.id} of ${revoked.username} revoked.`);
      return;
    }
    case 'list': {
      const list = await accounts.list();
      if (list.length === 0) {
        console.log('No accounts yet. Create the first admin: npm run staff -- add NAME --role admin');
        return;
      }
      const properties = await accounts.hotelCodes();
      for (const a of list) {
        console.log(
          `${a.username.padEnd(20)} ${a.role.padEnd(6)} ${(a.disabled ? 'disabled' : 'active').padEnd(9)} ` +
            `${(properties.get(a.id)?.join(',') ?? 'all').padEnd(12)} last login ${a.lastLoginAt ?? 'never'}  tokens ${a.activeTokens}`,
        );
      }
      return;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

async function main(): Promise<number> {
  applyEnvFileOrExit(process.env, 'staff');
  const argv = process.argv.slice(2);
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    console.log(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const config = loadConfig({ DATABASE_URL: process.env.DATABASE_URL, DATABASE_PATH: process.env.DATABASE_PATH });
  const madeNew = newDatabaseNote(config, 'staff');
  const db = await openStore(config);
  if (madeNew) process.on('exit', () => console.error(madeNew()));
  try {
    await run(argv, db);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`staff: ${err.message}\n${USAGE}`);
      return 2;
    }
    if (err instanceof AccountError) {
      console.error(`staff: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
