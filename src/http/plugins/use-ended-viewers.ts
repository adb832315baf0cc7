import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Ended, KeyWatch } from '../../auth/key-watch.js';
import type { GraphQLContext } from '../../schema/context.js';

const refusal = ({ code, message }: Ended): ExecutionResult => ({
  errors: [new GraphQLError(message, { extensions: { code, http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } } })],
});

/**
 * A viewer whose key was revoked (or an open viewer, once keys exist) can run nothing more, on
 * any transport, whenever it authenticated. Its open subscriptions end (through `ctx.ended`) with
 * a last message saying why. A subscription the client leaves ends its source at once, too.
 */
export function useEndedViewers(keyWatch: KeyWatch): Plugin<GraphQLContext> {
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      const ended = keyWatch.ended(args.contextValue.viewer);
      if (ended) setResultAndStopExecution(refusal(ended));
    },
    onSubscribe: ({ args, setResultAndStopExecution }) => {
      const context = args.contextValue;
      const ended = keyWatch.ended(context.viewer);
      if (ended) return setResultAndStopExecution(refusal(ended));
      return {
        onSubscribeResult: ({ result, setResult }) => {
          if (isAsyncIterable(result)) setResult(endingWith(result, context, () => keyWatch.ended(context.viewer)));
        },
      };
    },
  };
}

/**
 * `source`, then one last result if the viewer's access ended. Leaving early ends the operation at
 * once (an async generator would only see `return` at its next event: a quiet job may have none).
 */
function endingWith(
  source: AsyncIterable<ExecutionResult>,
  context: GraphQLContext,
  why: () => Ended | undefined,
): AsyncIterableIterator<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  let done = false;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (done) return { done: true, value: undefined };
      const result = await iterator.next();
      if (!result.done) return result;
      done = true;
      context.end();
      const ended = why();
      return ended ? { done: false, value: refusal(ended) } : result;
    },
    return(value?: unknown) {
      done = true;
      context.end();
      return iterator.return?.(value) ?? Promise.resolve({ done: true, value: undefined });
    },
  };
}
