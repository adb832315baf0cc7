// A child process of the bench: graphql-ws clients, one WebSocket and one subscription each
// (`open` adds more), reporting over IPC when each message carrying an expected value arrived (epoch ms).
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { ToSubscribers } from './subscriber-process.js';

let clients: Client[] = [];
let onMessage: (value: unknown) => void = () => {};

const valueAt = (data: unknown, path: string[]) => path.reduce<unknown>((v, key) => (v as Record<string, unknown> | null)?.[key], data);
const now = () => performance.timeOrigin + performance.now();
const send = (message: unknown) => process.send!(message);

/** Connections being opened at once: more would overflow the server's listen backlog. */
const WAVE = 200;

const describe = (error: unknown) =>
  error instanceof Error
    ? error.message
    : ((error as { message?: string; type?: string })?.message ?? (error as { type?: string })?.type ?? JSON.stringify(error));

/** Opens `count` more, a wave at a time (each connection acknowledged before the next wave); 'opened' once each had a first message. */
async function open(message: Extract<ToSubscribers, { type: 'open' }>) {
  let opened = 0;
  onMessage = () => {};
  for (let start = 0; start < message.count; start += WAVE) {
    const wave = Array.from({ length: Math.min(WAVE, message.count - start) }, () => {
      const client = createClient({
        url: message.url,
        webSocketImpl: WebSocket,
        connectionParams: message.connectionParams,
        retryAttempts: 0,
        lazy: true,
      });
      const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
      let first = true;
      client.subscribe(
        { query: message.query, variables: message.variables },
        {
          next: (result) => {
            if (first) {
              first = false;
              if (++opened === message.count) send({ type: 'opened' });
              return;
            }
            onMessage(valueAt(result.data, message.path));
          },
          error: (error) => send({ type: 'failed', message: describe(error) }),
          complete: () => {},
        },
      );
      clients.push(client);
      return connected;
    });
    await Promise.all(wave);
  }
  send({ type: 'connected' });
}

process.on('message', (message: ToSubscribers) => {
  if (message.type === 'open') void open(message);
  if (message.type === 'expect') {
    const times: number[] = [];
    onMessage = (value) => {
      if (value !== message.value) return;
      times.push(now());
      if (times.length === clients.length) send({ type: 'received', times });
    };
    send({ type: 'expecting' });
  }
  if (message.type === 'close') {
    void Promise.all(clients.map((c) => c.dispose())).then(() => {
      clients = [];
      send({ type: 'closed' });
    });
  }
});
process.on('disconnect', () => process.exit(0));
