import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';

type Results = WeakMap<DocumentNode, Map<string, Promise<ExecutionResult>>>;

/**
 * Executes each published change once per distinct document, operation and variables, however
 * many subscribers share them, and hands all of them the same result. Every subscriber keeps its
 * own source stream (so its own first message, and its own decision of which jobs it may see);
 * only a change delivered to many as one object is shared. This holds while a job's fields do not
 * depend on who reads them (visibility is decided per subscriber, in its source stream); the
 * first subscriber's context runs the resolvers.
 */
export function useSharedSubscriptionExecution(): Plugin {
  // Keyed by the published object, so each change's results go when the change does.
  const results = new WeakMap<object, Results>();

  function executeOnce(args: ExecutionArgs, payload: unknown): Promise<ExecutionResult> {
    const run = () => Promise.resolve(execute({ ...args, rootValue: payload }));
    if (typeof payload !== 'object' || payload === null) return run();
    const byDocument = results.get(payload) ?? new WeakMap<DocumentNode, Map<string, Promise<ExecutionResult>>>();
    results.set(payload, byDocument);
    const byVariables = byDocument.get(args.document) ?? new Map<string, Promise<ExecutionResult>>();
    byDocument.set(args.document, byVariables);
    const key = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}`;
    const result = byVariables.get(key) ?? run();
    byVariables.set(key, result);
    return result;
  }

  async function subscribe(args: ExecutionArgs) {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream;
    return mapAsyncIterator(stream, (payload: unknown) => executeOnce(args, payload));
  }

  return { onSubscribe: ({ setSubscribeFn }) => setSubscribeFn(subscribe) };
}
