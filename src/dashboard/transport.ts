/// <reference lib="dom" />
import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from './generated/graphql.js';

export type GraphQLError = { message: string; path?: (string | number)[]; extensions?: { code?: string; fields?: { path: (string | number)[]; message: string }[] } };
export type Result<T> = { data?: T | null; errors?: GraphQLError[] };
type Variables = Record<string, unknown>;

const endpoint = new URL('/graphql', location.href);

/** A query or mutation over HTTP: it works while the WebSocket is down. */
export async function request<R, V extends Variables>(document: TypedDocumentString<R, V>, variables: V): Promise<Result<R>> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return (await res.json()) as Result<R>;
}

export type Live = {
  client: Client;
  /** Keeps a subscription open for good: started again whenever the server ends it or the socket drops. */
  follow<R, V extends Variables>(document: TypedDocumentString<R, V>, onData: (data: R) => void): void;
};

/**
 * graphql-ws that never gives up: it retries with capped backoff, reports each (re)connection so
 * the page can catch up on what it missed, and pings to notice a dead socket.
 */
export function connectLive(events: { connected: () => void; disconnected: () => void }): Live {
  const wsUrl = new URL(endpoint);
  wsUrl.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = createClient({
    url: wsUrl.toString(),
    lazy: false,
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** retries, 3_000) * (0.5 + Math.random() / 2))),
    on: { connected: events.connected, closed: events.disconnected },
  });
  return {
    client,
    follow<R, V extends Variables>(document: TypedDocumentString<R, V>, onData: (data: R) => void) {
      const start = () =>
        client.subscribe<R>(
          { query: document.toString() },
          {
            next: (result) => result.data && onData(result.data),
            // The server ends subscriptions when it shuts down: subscribe again; the client
            // waits for the next connection, whose `connected` makes the page catch up.
            complete: () => setTimeout(start, 500),
            error: () => setTimeout(start, 1_000),
          },
        );
      start();
    },
  };
}
