import { setTimeout as sleep } from 'node:timers/promises';
import { builder } from './builder.js';

const Heartbeat = builder.objectRef<{ beat: number; at: Date }>('Heartbeat').implement({
  description: 'A tick of the connection, for clients that want to see it is alive.',
  fields: (t) => ({
    beat: t.exposeInt('beat', { description: 'Counts from 1 on each subscription.' }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

builder.subscriptionField('heartbeat', (t) =>
  t.field({
    type: Heartbeat,
    description: 'Ticks every `everyMs` milliseconds until the client unsubscribes or the server shuts down.',
    args: {
      everyMs: t.arg.int({ required: true, defaultValue: 1000, validate: { min: 50, max: 60_000 } }),
    },
    subscribe: async function* (_root, { everyMs }, ctx) {
      for (let beat = 1; !ctx.ended.aborted; beat++) {
        yield { beat, at: new Date() };
        await sleep(everyMs, undefined, { signal: ctx.ended }).catch(() => {});
      }
    },
    resolve: (tick) => tick,
  }),
);
