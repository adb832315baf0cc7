// `npm run simulator -- [--port 4010] [--key simulator-key] [--knobs '{"failRate":0.2}']`:
// the DuomiAPI simulator alone, for pointing a gateway at it with DUOMI_BASE_URL.
import { parseArgs } from 'node:util';
import { knobsSchema } from './knobs.js';
import { startSimulator } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    key: { type: 'string', default: 'simulator-key' },
    knobs: { type: 'string', default: '{}' },
  },
});
const knobs = knobsSchema.safeParse(JSON.parse(values.knobs));
if (!knobs.success) {
  console.error(`--knobs: ${knobs.error.message}`);
  process.exit(2);
}
const simulator = await startSimulator({
  apiKey: values.key,
  port: Number(values.port),
  host: values.host,
  knobs: knobs.data,
  log: console.error,
});
console.log(`DuomiAPI simulator on ${simulator.url} (point the gateway at it: DUOMI_BASE_URL=${simulator.url} DUOMI_API_KEY=<the --key>)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void simulator.close().then(() => process.exit(0)));
