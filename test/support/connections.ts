import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

export type HeldConnection = {
  /** `open`: acknowledged (graphql-ws) or streaming (SSE); otherwise how it was refused. */
  outcome: { open: true } | { open: false; code: number; reason: string };
  close: () => Promise<void>;
};

const beat = 'subscription { heartbeat(everyMs: 60000) { beat } }';

/** A graphql-ws connection made with `key`, held open until `close`. */
export async function holdWs(wsUrl: string, key: string): Promise<HeldConnection> {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  socket.on('error', () => {});
  socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } })));
  const acked = new Promise<true>((resolve) =>
    socket.on('message', (data) => {
      if ((JSON.parse(data.toString()) as { type: string }).type === 'connection_ack') resolve(true);
    }),
  );
  const first = await Promise.race([acked, closed]);
  const close = async () => {
    if (socket.readyState !== WebSocket.CLOSED) socket.close(1000);
    await closed;
  };
  return { outcome: first === true ? { open: true } : { open: false, ...first }, close };
}

/** An SSE subscription made with `key`, held open until `close`; refused streams answer with an error. */
export async function holdSse(
  url: string,
  key: string,
): Promise<HeldConnection & { errors?: { message: string; extensions?: { code?: string } }[] }> {
  const controller = new AbortController();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: beat }),
    signal: controller.signal,
  });
  const reader = res.body!.getReader();
  let text = '';
  // The first event with data (keep-alive comments aside): a beat (streaming) or the refusal.
  while (!/^data:.*\n\n/m.test(text)) {
    const chunk = await reader.read();
    if (chunk.done) break;
    text += new TextDecoder().decode(chunk.value);
  }
  const data = /^data: ?(.*)$/m.exec(text)?.[1];
  const first = data ? (JSON.parse(data) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }) : {};
  const close = async () => {
    controller.abort();
    await reader.cancel().catch(() => {});
  };
  if (res.status === 200 && first.data) return { outcome: { open: true }, close };
  await close();
  return { outcome: { open: false, code: res.status, reason: first.errors?.[0]?.message ?? text }, errors: first.errors, close };
}

/**
 * graphql-sse's single connection mode by hand, made with `key`: a stream reserved (PUT) and held
 * open (GET) until `close`; `start` sends an operation over it (POST) and resolves with the first
 * event it streams back.
 */
export async function holdSseStream(url: string, key: string): Promise<HeldConnection & { start: (query: string) => Promise<unknown> }> {
  const authorization = `Bearer ${key}`;
  const reserved = await fetch(`${url}/graphql/stream`, { method: 'PUT', headers: { authorization, accept: 'text/plain' } });
  const token = await reserved.text();
  const headers = { authorization, 'x-graphql-event-stream-token': token };
  const controller = new AbortController();
  const res = await fetch(`${url}/graphql/stream`, { headers: { ...headers, accept: 'text/event-stream' }, signal: controller.signal });
  const close = async () => {
    controller.abort();
    await res.body?.cancel().catch(() => {});
  };
  if (res.status !== 200) {
    const body = (await res.json()) as { errors: { message: string }[] };
    return {
      outcome: { open: false, code: res.status, reason: body.errors[0]!.message },
      close,
      start: () => Promise.reject(new Error('refused')),
    };
  }
  const reader = res.body!.getReader();
  let text = '';
  const start = async (query: string) => {
    const operationId = randomUUID();
    const sent = await fetch(`${url}/graphql/stream`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: { operationId } }),
    });
    if (sent.status !== 202) throw new Error(`the operation was answered ${sent.status}: ${await sent.text()}`);
    // Every operation's events share the stream, each as { id, payload }.
    for (;;) {
      for (const [, data] of text.matchAll(/^event: next\ndata: (.*)$/gm)) {
        const event = JSON.parse(data!) as { id: string; payload: unknown };
        if (event.id === operationId) return event.payload;
      }
      const chunk = await reader.read();
      if (chunk.done) throw new Error(`the stream ended: ${text}`);
      text += new TextDecoder().decode(chunk.value);
    }
  };
  return { outcome: { open: true }, close, start };
}
