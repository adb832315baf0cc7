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

process.on('message', (message: ToSubscribers) => {
  if (message.type === 'open') {
    let opened = 0;
    onMessage = () => {};
    const added = Array.from({ length: message.count }, () => {
      const client = createClient({ url: message.url, webSocketImpl: WebSocket, connectionParams: message.connectionParams, retryAttempts: 0, lazy: true });
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
          error: (error) => send({ type: 'failed', message: String(error instanceof Error ? error.message : JSON.stringify(error)) }),
          complete: () => {},
        },
      );
      return client;
    });
    clients = [...clients, ...added];
  }
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
