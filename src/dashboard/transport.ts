/// <reference lib="dom" />
import { createClient, type Client } from 'graphql-ws';
import { apiKey } from './api-key.js';
import type { TypedDocumentString } from './generated/graphql.js';

export type GraphQLError = {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: { path: (string | number)[]; message: string }[] };
};
export type Result<T> = { data?: T | null; errors?: GraphQLError[] };
type Variables = Record<string, unknown>;

const endpoint = new URL('/graphql', location.href);

/** The key this page holds, as the header (HTTP) and connection parameter (graphql-ws) carry it. */
const authorization = (): Record<string, string> => {
  const key = apiKey.get();
  return key ? { authorization: `Bearer ${key}` } : {};
};

/** True when the gateway refused the key (or wants one): the page then asks for it. */
export const unauthenticated = (result: Result<unknown>) => result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ?? false;

/** A query or mutation over HTTP: it works while the WebSocket is down. */
export async function request<R, V extends Variables>(document: TypedDocumentString<R, V>, variables: V): Promise<Result<R>> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...authorization() },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return (await res.json()) as Result<R>;
}

export type Live = {
  client: Client;
  /** Keeps a subscription open for good: started again whenever the server ends it or the socket drops. */
  follow<R, V extends Variables>(document: TypedDocumentString<R, V>, onData: (data: R) => void): void;
};

/** graphql-ws close codes the gateway uses for "this key may not connect": retrying cannot help. */
const REFUSED = new Set([4401, 4403]);

/**
 * graphql-ws that never gives up on a restart: the gateway closes with 1012 and the client
 * retries with capped backoff, reports each (re)connection so the page can catch up on what it
 * missed, and pings to notice a dead socket. A refused key (4403) stops it and calls `refused`.
 */
export function connectLive(events: { connected: () => void; disconnected: () => void; refused: () => void }): Live {
  const wsUrl = new URL(endpoint);
  wsUrl.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const client = createClient({
    url: wsUrl.toString(),
    lazy: false,
    keepAlive: 10_000,
    // Read at each (re)connection, so a key entered later is used.
    connectionParams: () => authorization(),
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: (event) => !(event && typeof event === 'object' && 'code' in event && REFUSED.has((event as CloseEvent).code)),
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** retries, 3_000) * (0.5 + Math.random() / 2))),
    on: {
      connected: events.connected,
      closed: (event) => {
        if (event && typeof event === 'object' && 'code' in event && REFUSED.has((event as CloseEvent).code)) events.refused();
        else events.disconnected();
      },
    },
  });
  return {
    client,
    follow<R, V extends Variables>(document: TypedDocumentString<R, V>, onData: (data: R) => void) {
      const start = () =>
        client.subscribe<R>(
          { query: document.toString() },
          {
            next: (result) => result.data && onData(result.data),
            // A restart never completes it (the socket closes with 1012 and the client resubscribes);
            // should the server end it anyway, follow again.
            complete: () => setTimeout(start, 500),
            error: () => setTimeout(start, 1_000),
          },
        );
      start();
    },
  };
}
