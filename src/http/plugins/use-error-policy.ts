import { GraphQLError, type ExecutionResult } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import { isBackendUnavailable, RETRY_AFTER_SECONDS, unavailableReason } from '../../db/unavailable.js';
import type { Logger } from '../../observability/logger.js';

// One place decides what clients see of a failure, and how loudly it is logged, on every
// transport (HTTP, SSE, graphql-ws):
// - a database or Redis that cannot be reached: SERVICE_UNAVAILABLE, HTTP 503 with Retry-After,
//   one warn line;
// - an expected error (it carries its code): passed as it is, logged at debug (the client caused it);
// - anything else: logged at error with its stack, and masked as INTERNAL_SERVER_ERROR.
// Every line carries the request id (the operation's logger is the request's child logger).

type Context = { logger?: Logger; requestId?: string; request?: Request };

export function serviceUnavailable(from?: GraphQLError): GraphQLError {
  return new GraphQLError('The service is unavailable: a database it needs cannot be reached. Try again later.', {
    nodes: from?.nodes,
    path: from?.path,
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } } },
  });
}

function isOwnError(error: GraphQLError): boolean {
  return error.originalError == null || (error.originalError instanceof GraphQLError && isOwnError(error.originalError));
}

export type ErrorPolicyOptions = {
  logger: Logger;
  /** The GraphQL error a domain error (a service's expected failure) is for clients; undefined for any other error. */
  domainError: (error: unknown) => GraphQLError | undefined;
  exposeErrors: boolean;
  /** Told of each RATE_LIMITED error, with the root field refused (e.g. generateVideo), whatever limiter refused it. */
  onRateLimited?: (limit: string) => void;
};

export function useErrorPolicy({ logger, domainError, exposeErrors, onRateLimited }: ErrorPolicyOptions): Plugin<Context> {
  const logFor = (context: Context | undefined): Logger => {
    if (context?.logger) return context.logger;
    const requestId = context?.requestId ?? context?.request?.headers.get('x-request-id');
    return requestId ? logger.child({ requestId }) : logger;
  };

  /** A domain error as its GraphQL error, where the error was thrown; anything else as it is. */
  const expected = (error: GraphQLError): GraphQLError => {
    const mapped = error.originalError && domainError(error.originalError);
    return mapped ? new GraphQLError(mapped.message, { nodes: error.nodes, path: error.path, extensions: mapped.extensions }) : error;
  };

  const classify = (thrown: GraphQLError, context: Context | undefined): GraphQLError => {
    const error = expected(thrown);
    if (isBackendUnavailable(error)) {
      logFor(context).warn(
        { path: error.path, reason: unavailableReason(error.originalError ?? error) },
        'service unavailable: a backend cannot be reached',
      );
      return serviceUnavailable(error);
    }
    if (isOwnError(error)) {
      if (error.extensions.code === 'RATE_LIMITED') onRateLimited?.(String(error.path?.[0] ?? 'operation'));
      if (logger.isLevelEnabled('debug'))
        logFor(context).debug({ code: error.extensions.code, path: error.path, msg: error.message }, 'client error');
      return error;
    }
    logFor(context).error({ err: error.originalError ?? error, path: error.path }, 'unexpected error in a GraphQL operation');
    if (exposeErrors) return error;
    return new GraphQLError('Unexpected error.', { nodes: error.nodes, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };

  const onResult =
    (context: Context | undefined) =>
    ({ result, setResult }: { result: ExecutionResult; setResult: (result: ExecutionResult) => void }) => {
      if (!result.errors?.length) return;
      setResult({ ...result, errors: result.errors.map((e) => classify(e, context)) });
    };

  return {
    onPluginInit({ registerContextErrorHandler }) {
      // Building the context authenticates, which reads the database.
      registerContextErrorHandler(({ context, error, setError }) => {
        if (error instanceof GraphQLError && isOwnError(error)) return;
        if (isBackendUnavailable(error)) {
          logFor(context).warn({ reason: unavailableReason(error) }, 'service unavailable: a backend cannot be reached');
          setError(serviceUnavailable());
        } else {
          logFor(context).error({ err: error }, 'unexpected error while authenticating a request');
          if (!exposeErrors) setError(new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }));
        }
      });
    },
    onExecute: ({ args }) => ({
      onExecuteDone: (payload) => handleStreamOrSingleExecutionResult(payload, onResult(args.contextValue)),
    }),
    onSubscribe: ({ args }) => ({
      onSubscribeResult: (payload) => handleStreamOrSingleExecutionResult(payload, onResult(args.contextValue)),
      onSubscribeError: ({ error, setError }) => {
        if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) return; // yoga ends the stream on these
        const asGraphQL = error instanceof GraphQLError ? error : new GraphQLError(String(error), { originalError: error as Error });
        setError(classify(asGraphQL, args.contextValue));
      },
    }),
  };
}
