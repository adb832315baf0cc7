import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

type Doc<R, V> = TypedDocumentNode<R, V> | string;
const text = <R, V>(doc: Doc<R, V>) => (typeof doc === 'string' ? doc : print(doc));

export type GraphQLResponse<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
};

/** A GraphQL request over plain HTTP POST, as any client would send it. */
export async function gql<T = Record<string, unknown>, V = Record<string, unknown>>(
  url: string,
  doc: Doc<T, V>,
  variables?: V,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const query = text(doc);
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.text();
  try {
    return JSON.parse(body) as GraphQLResponse<T>;
  } catch {
    throw new Error(`HTTP ${res.status} answered with a body that is not JSON: ${body.slice(0, 200)}`);
  }
}

/** A real graphql-ws client. */
export function wsClient(wsUrl: string, connectionParams?: Record<string, unknown>): Client {
  return createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
}

/** The raw UUID inside a VideoJob's global id (what callback URLs and the database use). */
export function rawJobId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString().split(':')[1]!;
}

/** Collects every message of one subscription until it completes (or `until` says stop). */
export function subscribeWs<T = Record<string, unknown>, V = Record<string, unknown>>(
  client: Client,
  doc: Doc<T, V>,
  variables?: V,
  until?: (message: GraphQLResponse<T>, all: GraphQLResponse<T>[]) => boolean,
) {
  const query = text(doc);
  const messages: GraphQLResponse<T>[] = [];
  let stop = () => {};
  const done = new Promise<GraphQLResponse<T>[]>((resolve, reject) => {
    stop = client.subscribe<T>(
      { query, variables: (variables ?? {}) as Record<string, unknown> },
      {
        next: (message) => {
          messages.push(message as GraphQLResponse<T>);
          if (until?.(message as GraphQLResponse<T>, messages)) {
            stop();
            resolve(messages);
          }
        },
        error: reject,
        complete: () => resolve(messages),
      },
    );
  });
  return { messages, done, stop: () => stop() };
}

/** Reads a yoga SSE subscription (GraphQL over SSE, distinct connections mode) until it completes. */
export async function subscribeSse<T = Record<string, unknown>, V = Record<string, unknown>>(
  url: string,
  doc: Doc<T, V>,
  variables?: V,
  until?: (message: GraphQLResponse<T>, all: GraphQLResponse<T>[]) => boolean,
  signal?: AbortSignal,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>[]> {
  const query = text(doc);
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort());
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  // A request error (bad variables) is a 400 whose stream still carries the errors.
  const streamed = res.headers.get('content-type')?.startsWith('text/event-stream');
  if (!res.body || (!res.ok && !streamed)) throw new Error(`SSE request failed: ${res.status} ${await res.text()}`);
  const messages: GraphQLResponse<T>[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    const reader = res.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = block
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trim())
          .join('\n');
        if (event === 'complete') return messages;
        if (event === 'next' || (!event && data)) {
          const message = JSON.parse(data) as GraphQLResponse<T>;
          messages.push(message);
          if (until?.(message, messages)) {
            controller.abort();
            return messages;
          }
        }
      }
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  }
  return messages;
}
