// `npm run apikey -- create --name <name> [--admin] [--max-concurrent N] [--max-per-day N]` prints
// the new key alone on its last line. `npm run apikey -- list`, `… revoke <id>`,
// `… limits <id> [--max-concurrent N|none] [--max-per-day N|none]` (no option: shows them).
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/env.js';
import { openDatabase } from '../db/database.js';
import type { Limits } from '../quotas/limits.js';
import { ApiKeys } from './api-keys.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    admin: { type: 'boolean', default: false },
    'max-concurrent': { type: 'string' },
    'max-per-day': { type: 'string' },
  },
});
const [command, id] = positionals;

function usage(problem?: string): never {
  if (problem) console.error(problem);
  console.error(
    'usage: apikey create --name <name> [--admin] [--max-concurrent N] [--max-per-day N] | apikey list | apikey revoke <id> | apikey limits <id> [--max-concurrent N|none] [--max-per-day N|none]',
  );
  process.exit(2);
}

/** A limit option: a whole number from 1, `none` (null: no limit), or undefined when not given. */
function limitOption(option: 'max-concurrent' | 'max-per-day'): number | null | undefined {
  const value = values[option];
  if (value === undefined) return undefined;
  if (value === 'none') return null;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1_000_000_000)
    usage(`--${option} must be a whole number from 1, or none`);
  return Number(value);
}

const describeLimits = (l: Limits) => `max concurrent ${l.maxConcurrent ?? 'none'}, max per day ${l.maxPerDay ?? 'none'}`;

if (!['create', 'list', 'revoke', 'limits'].includes(command ?? '')) usage();
if (command === 'create' && !values.name?.trim()) usage();
if ((command === 'revoke' || command === 'limits') && !/^[0-9a-f-]{36}$/i.test(id ?? ''))
  usage('<id> must be a key id, as `apikey list` shows it');
const limits: Partial<Limits> = {};
const maxConcurrent = limitOption('max-concurrent');
const maxPerDay = limitOption('max-per-day');
if (maxConcurrent !== undefined) limits.maxConcurrent = maxConcurrent;
if (maxPerDay !== undefined) limits.maxPerDay = maxPerDay;

const db = await openDatabase(loadConfig().database);
const keys = new ApiKeys(db.prisma);
let code = 0;
if (command === 'create') {
  const full = { maxConcurrent: limits.maxConcurrent ?? null, maxPerDay: limits.maxPerDay ?? null };
  const created = await keys.create(values.name!.trim(), values.admin!, full);
  console.log(`Created ${values.admin ? 'admin ' : ''}key "${values.name!.trim()}" (id ${created.id}), ${describeLimits(full)}.`);
  console.log(`Its webhook signing secret (shown only now; rotateWebhookSecret replaces it): ${created.webhookSecret}`);
  console.log('The key, shown only now:');
  console.log(created.key);
} else if (command === 'list') {
  for (const k of await keys.list()) {
    console.log(
      `${k.id}  ${k.name}${k.admin ? ' (admin)' : ''}  ${describeLimits(k)}  created ${k.createdAt.toISOString()}${k.revokedAt ? `  revoked ${k.revokedAt.toISOString()}` : ''}`,
    );
  }
} else if (command === 'limits') {
  const now = await keys.setLimits(id!, limits);
  if (now) console.log(`${id}: ${describeLimits(now)}`);
  else {
    console.error(`No key ${id}`);
    code = 1;
  }
} else if (await keys.revoke(id!)) {
  console.log(`Revoked ${id}`);
} else {
  console.error(`No active key ${id}`);
  code = 1;
}
await db.close();
// PGlite and the schema engine leave 10 s timers behind; nothing else is pending here.
process.exit(code);
