import type { Metrics } from '../observability/metrics.js';
import { ExchangeFault, HttpExchanger, type ExchangeFaultKind, type ExchangeLimits, type HttpAnswer } from './http-exchange.js';
import type { UpstreamRequest } from './types.js';

/** Every fault is retryable: a time-out per phase (connect, headers, body, whole call), an answer over the size cap, HTTP 429 or 5xx, a body that is not JSON. */
export type FaultKind = ExchangeFaultKind | 'http_429' | 'http_5xx' | 'invalid_body';
/** How a call ended, for metrics: an answer with a success code (ok) or another (refused), or a fault. */
export type CallResult = 'ok' | 'refused' | FaultKind;

/**
 * A call that may succeed if tried again (see FaultKind): the dispatcher retries it with backoff, the reconciler polls again later.
 * `maybeSent`: the request may have reached DuomiAPI (it was sent, no answer was read), so a
 * submission may have made a task; an HTTP 429 or 5xx answer, or no connection, made none.
 */
export class UpstreamFault extends Error {
  override name = 'UpstreamFault';
  constructor(
    message: string,
    readonly kind: FaultKind,
    {
      retryAfterSeconds,
      maybeSent = false,
    }: {
      /** Seconds the upstream asked us to wait (HTTP 429/503 Retry-After), when it said. */
      retryAfterSeconds?: number;
      maybeSent?: boolean;
    } = {},
  ) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
    this.maybeSent = maybeSent;
  }
  readonly retryAfterSeconds: number | undefined;
  readonly maybeSent: boolean;
}

export type DuomiClientOptions = {
  baseUrl: string;
  apiKey: string;
  /** Time-outs, answer size cap and pool size; each defaults to a value fit for DuomiAPI. */
  limits?: Partial<ExchangeLimits>;
  metrics?: Metrics['upstream'];
};

const defaultLimits: ExchangeLimits = {
  connections: 16,
  totalMs: 15_000,
  connectMs: 5_000,
  headersMs: 15_000,
  bodyMs: 10_000,
  maxBytes: 256 * 1024,
};

/**
 * DuomiAPI over HTTP. Submissions carry the key in the JSON body, queries in the Authorization
 * header (bare, no Bearer); a request marked `keyIn: 'header'` (the unified video API) carries it
 * only in that header. The key never appears in what this returns or throws.
 */
export class DuomiClient {
  private readonly http: HttpExchanger;

  constructor(private readonly options: DuomiClientOptions) {
    this.http = new HttpExchanger({ ...defaultLimits, ...options.limits });
  }

  /**
   * Sends the request and returns the parsed JSON answer; throws UpstreamFault for what may pass.
   * `successCodes` are the answer codes that are not refusals (the provider module's).
   */
  async call(request: UpstreamRequest, successCodes: readonly string[] = DUOMI_SUCCESS_CODES): Promise<unknown> {
    const started = performance.now();
    const record = (result: CallResult) => {
      const labels = { endpoint: request.path, result };
      this.options.metrics?.calls.inc(labels);
      this.options.metrics?.duration.observe(labels, (performance.now() - started) / 1000);
    };
    try {
      const answer = await this.exchange(request);
      record(isRefusal(answer, successCodes) ? 'refused' : 'ok');
      return answer;
    } catch (error) {
      if (error instanceof UpstreamFault) record(error.kind);
      throw error;
    }
  }

  private async exchange(request: UpstreamRequest): Promise<unknown> {
    const url = new URL(this.options.baseUrl + request.path);
    for (const [k, v] of Object.entries(request.query ?? {})) url.searchParams.set(k, v);
    const isPost = request.method === 'POST';
    const keyInBody = isPost && request.keyIn !== 'header';
    let res: HttpAnswer;
    try {
      res = await this.http.send(url, {
        method: request.method,
        headers: {
          ...(isPost ? { 'content-type': 'application/json' } : {}),
          ...(keyInBody ? {} : { authorization: this.options.apiKey }),
        },
        body: isPost ? JSON.stringify(keyInBody ? { key: this.options.apiKey, ...request.body } : (request.body ?? {})) : undefined,
      });
    } catch (error) {
      if (!(error instanceof ExchangeFault)) throw error;
      throw new UpstreamFault(`${request.method} ${request.path}: ${this.scrub(error.message)}`, error.kind, {
        maybeSent: error.maybeSent,
      });
    }
    if (res.status === 429 || res.status >= 500) {
      throw new UpstreamFault(`${request.method} ${request.path}: HTTP ${res.status}`, res.status === 429 ? 'http_429' : 'http_5xx', {
        retryAfterSeconds: retryAfter(res.header('retry-after') ?? null),
      });
    }
    try {
      return JSON.parse(res.body) as unknown;
    } catch {
      // Answered, but unreadably: a submission may have made its task all the same.
      throw new UpstreamFault(`${request.method} ${request.path}: HTTP ${res.status} with a body that is not JSON`, 'invalid_body', {
        maybeSent: res.status < 300,
      });
    }
  }

  /** Removes the account key from text that came back from upstream, should it ever echo it. */
  scrub(text: string): string {
    return text.split(this.options.apiKey).join('[redacted]');
  }

  /** Closes the pool's sockets. */
  close(): Promise<void> {
    return this.http.close();
  }
}

const DUOMI_SUCCESS_CODES = ['200'];

/** DuomiAPI answers refusals with HTTP 200 and a `code` that is not a success code; no code is no refusal. */
function isRefusal(answer: unknown, successCodes: readonly string[]): boolean {
  if (typeof answer !== 'object' || answer === null || !('code' in answer)) return false;
  return !successCodes.includes(String(answer.code));
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - Date.now()) / 1000);
}
