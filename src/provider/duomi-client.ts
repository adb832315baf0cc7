import type { UpstreamRequest } from './types.js';

/** A call that may succeed if tried again: network error, time-out, HTTP 429 or 5xx, an unreadable answer. */
export class UpstreamFault extends Error {
  override name = 'UpstreamFault';
  constructor(
    message: string,
    /** Seconds the upstream asked us to wait (HTTP 429/503 Retry-After), when it said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export type DuomiClientOptions = { baseUrl: string; apiKey: string; timeoutMs?: number };

/**
 * DuomiAPI over HTTP. Submissions carry the key in the JSON body, queries in the Authorization
 * header (bare, no Bearer). The key never appears in what this returns or throws.
 */
export class DuomiClient {
  private readonly timeoutMs: number;

  constructor(private readonly options: DuomiClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  /** Sends the request and returns the parsed JSON answer; throws UpstreamFault for what may pass. */
  async call(request: UpstreamRequest): Promise<unknown> {
    const url = new URL(this.options.baseUrl + request.path);
    for (const [k, v] of Object.entries(request.query ?? {})) url.searchParams.set(k, v);
    const isPost = request.method === 'POST';
    let res: Response;
    try {
      res = await fetch(url, {
        method: request.method,
        headers: isPost ? { 'content-type': 'application/json' } : { authorization: this.options.apiKey },
        body: isPost ? JSON.stringify({ key: this.options.apiKey, ...request.body }) : undefined,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : describe(error);
      throw new UpstreamFault(`${request.method} ${request.path}: ${reason}`);
    }
    if (res.status === 429 || res.status >= 500) {
      await res.body?.cancel();
      throw new UpstreamFault(`${request.method} ${request.path}: HTTP ${res.status}`, retryAfter(res.headers.get('retry-after')));
    }
    const text = await res.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new UpstreamFault(`${request.method} ${request.path}: HTTP ${res.status} with a body that is not JSON`);
    }
  }

  /** Removes the account key from text that came back from upstream, should it ever echo it. */
  scrub(text: string): string {
    return text.split(this.options.apiKey).join('[redacted]');
  }
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - Date.now()) / 1000);
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) return (cause as NodeJS.ErrnoException).code ?? cause.message;
  return String(cause);
}
