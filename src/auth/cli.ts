// `npm run apikey -- create --name <name> [--admin]` prints the new key alone on its last line.
// `npm run apikey -- list`, `npm run apikey -- revoke <id>`.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/env.js';
import { openDatabase } from '../db/database.js';
import { ApiKeys } from './api-keys.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, admin: { type: 'boolean', default: false } },
});
const [command, id] = positionals;

function usage(): never {
  console.error('usage: apikey create --name <name> [--admin] | apikey list | apikey revoke <id>');
  process.exit(2);
}
if (command !== 'create' && command !== 'list' && command !== 'revoke') usage();
if (command === 'create' && !values.name?.trim()) usage();
if (command === 'revoke' && !id) usage();

const db = await openDatabase(loadConfig().database);
const keys = new ApiKeys(db.prisma);
let code = 0;
if (command === 'create') {
  const created = await keys.create(values.name!.trim(), values.admin!);
  console.log(`Created ${values.admin ? 'admin ' : ''}key "${values.name!.trim()}" (id ${created.id}). It is shown only now:`);
  console.log(created.key);
} else if (command === 'list') {
  for (const k of await keys.list()) {
    console.log(`${k.id}  ${k.name}${k.admin ? ' (admin)' : ''}  created ${k.createdAt.toISOString()}${k.revokedAt ? `  revoked ${k.revokedAt.toISOString()}` : ''}`);
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
