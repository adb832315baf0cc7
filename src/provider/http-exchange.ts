import { Agent } from 'undici';

export type HttpAnswer = { status: number; header: (name: string) => string | undefined; body: string };
export type HttpRequestInit = { method: string; headers: Record<string, string>; body?: string };

/** How an exchange failed: each phase has its own time-out, the answer a size cap. */
export type ExchangeFaultKind = 'connect_timeout' | 'headers_timeout' | 'body_timeout' | 'answer_too_large' | 'timeout' | 'network_error';

export class ExchangeFault extends Error {
  override name = 'ExchangeFault';
  constructor(
    readonly kind: ExchangeFaultKind,
    message: string,
    /**
     * Whether the request may have reached the upstream: false only when no connection was made
     * (refused, unresolvable, unreachable, or the connect time-out), so nothing was sent.
     */
    readonly maybeSent = kind !== 'connect_timeout',
  ) {
    super(message);
  }
}

/** Socket errors that happen before anything is written: the request cannot have arrived. */
const connectionErrors = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

export type ExchangeLimits = {
  /** Sockets kept open per upstream origin (UPSTREAM_CONCURRENCY); calls beyond wait for one. */
  connections: number;
  /** From the start of a call to its answer read, waiting for a socket included. */
  totalMs: number;
  /** To open a TCP (and TLS) connection. */
  connectMs: number;
  /** From the request sent to the answer's headers. */
  headersMs: number;
  /** From the headers to the last byte of the body, however slowly it comes. */
  bodyMs: number;
  /** Largest answer body read; a larger one is cut off. */
  maxBytes: number;
};

/**
 * One HTTP exchange with a keep-alive pool (undici), whose answer is read whole as text, within
 * separate connect, headers and body time-outs and a size cap: a broken or hostile upstream can
 * hold neither a socket nor memory for long. Faults are ExchangeFaults naming the limit hit.
 */
export class HttpExchanger {
  private readonly agent: Agent;

  constructor(private readonly limits: ExchangeLimits) {
    this.agent = new Agent({
      connections: limits.connections,
      connect: { timeout: limits.connectMs },
      headersTimeout: limits.headersMs,
      // undici's body time-out is the silence between two chunks; the whole body's is ours below.
      bodyTimeout: limits.bodyMs,
    });
  }

  async send(url: URL, init: HttpRequestInit): Promise<HttpAnswer> {
    const { totalMs, bodyMs, maxBytes } = this.limits;
    const overall = AbortSignal.timeout(totalMs);
    let bodyDeadline: NodeJS.Timeout | undefined;
    try {
      const res = await this.agent.request({
        origin: url.origin,
        path: url.pathname + url.search,
        method: init.method as 'GET' | 'POST',
        headers: init.headers,
        body: init.body,
        signal: overall,
      });
      const header = (name: string) => [res.headers[name]].flat()[0];
      const declared = Number(header('content-length'));
      if (declared > maxBytes) {
        res.body.destroy();
        throw new ExchangeFault('answer_too_large', `an answer of ${declared} bytes (the limit is ${maxBytes})`);
      }
      bodyDeadline = setTimeout(
        () => res.body.destroy(new ExchangeFault('body_timeout', `the answer's body took more than ${bodyMs} ms`)),
        bodyMs,
      );
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > maxBytes) {
          res.body.destroy();
          throw new ExchangeFault('answer_too_large', `an answer over ${maxBytes} bytes`);
        }
        chunks.push(chunk);
      }
      return { status: res.statusCode, header, body: Buffer.concat(chunks, size).toString('utf8') };
    } catch (error) {
      throw asFault(error, overall.aborted, this.limits);
    } finally {
      clearTimeout(bodyDeadline);
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

function asFault(error: unknown, overallTimedOut: boolean, limits: ExchangeLimits): ExchangeFault {
  if (error instanceof ExchangeFault) return error;
  if (overallTimedOut) return new ExchangeFault('timeout', `no whole answer within ${limits.totalMs} ms`);
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return new ExchangeFault('connect_timeout', `no connection within ${limits.connectMs} ms`);
    case 'UND_ERR_HEADERS_TIMEOUT':
      return new ExchangeFault('headers_timeout', `no answer headers within ${limits.headersMs} ms`);
    case 'UND_ERR_BODY_TIMEOUT':
      return new ExchangeFault('body_timeout', `the answer's body stalled for ${limits.bodyMs} ms`);
    default: {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      const reason = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause);
      return new ExchangeFault('network_error', reason, !connectionErrors.has(reason));
    }
  }
}
