import type { ServerResponse } from 'node:http';

/**
 * The GraphQL responses in flight, so a shutdown can cut the Server-Sent Events streams among
 * them without a last `complete` event: SSE clients (graphql-sse's included) take a stream that
 * ends without `complete` as a dropped connection and subscribe again, where `complete` would
 * tell them the job is final.
 */
export class EventStreams {
  readonly #open = new Set<ServerResponse>();

  track(res: ServerResponse) {
    this.#open.add(res);
    res.once('close', () => this.#open.delete(res));
  }

  /** Destroys every response streaming `text/event-stream` now; others finish as usual. */
  cut() {
    for (const res of this.#open) {
      if (String(res.getHeader('content-type') ?? '').startsWith('text/event-stream')) res.destroy();
    }
  }
}
