// `npm run bench [-- case…]`: each case beside its baseline in the same run; one table and bench/results.json.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { callbacksCase } from './cases/callbacks.js';
import { fanOutAndMemoryCases } from './cases/fanout.js';
import { mutationCase } from './cases/mutation.js';
import { parseArgs } from 'node:util';
import { printTable, type CaseResult } from './support/results.js';
import { profileInto } from './support/servers.js';

const cases: Record<string, () => Promise<CaseResult[]>> = {
  mutation: async () => [...(await mutationCase('postgres')), ...(await mutationCase('pglite'))],
  callbacks: async () => [await callbacksCase()],
  fanout: fanOutAndMemoryCases,
};

const { values, positionals } = parseArgs({ allowPositionals: true, options: { profile: { type: 'string' } } });
if (values.profile) profileInto(values.profile);
const chosen = positionals.length > 0 ? positionals : Object.keys(cases);
const results: CaseResult[] = [];
for (const name of chosen) {
  const run = cases[name];
  if (!run) throw new Error(`unknown case ${name}; the cases are ${Object.keys(cases).join(', ')}`);
  console.error(`running ${name}…`);
  results.push(...(await run()));
}
printTable(results);
await writeFile(resolve(import.meta.dirname, 'results.json'), `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`);
