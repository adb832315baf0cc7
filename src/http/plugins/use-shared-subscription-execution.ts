import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import { withEnd } from './with-end.js';

/** The subscribers of one document, operation and variables, and the results of their latest events. */
type Group = { subscribers: number; args: ExecutionArgs; results: Map<object, Promise<ExecutionResult>> };

/** Events whose result a group keeps, for subscribers a few events behind the others. */
const KEPT_RESULTS = 4;

export type SharedSubscriptionExecution = Plugin & {
  /** Groups of subscribers sharing executions now; none once every subscription has ended. */
  groups(): number;
};

/**
 * Executes each published event once per distinct document, operation and variables, however
 * many subscribers share them, and hands all of them the same result. Every subscriber keeps its
 * own source stream (its own first message, its own decision of which jobs it may see); only the
 * execution of an event delivered to many as one object is shared. What is kept is bounded by
 * what is subscribed now: a group goes with its last subscriber, and keeps a few results.
 *
 * The resolvers run with `sharedContext` of the first subscriber's context, which must not let a
 * field depend on who reads it (the gateway's has no viewer).
 */
export function useSharedSubscriptionExecution({ sharedContext = (context: unknown) => context } = {}): SharedSubscriptionExecution {
  const groups = new Map<string, Group>();
  const documentIds = new WeakMap<DocumentNode, number>();
  let documents = 0;

  function keyOf(args: ExecutionArgs) {
    let id = documentIds.get(args.document);
    if (id === undefined) documentIds.set(args.document, (id = documents++));
    return `${id}\n${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}`;
  }

  function executeOnce(group: Group, payload: unknown): Promise<ExecutionResult> {
    const run = () => Promise.resolve(execute({ ...group.args, rootValue: payload }));
    if (typeof payload !== 'object' || payload === null) return run();
    let result = group.results.get(payload);
    if (!result) {
      result = run();
      group.results.set(payload, result);
      if (group.results.size > KEPT_RESULTS) group.results.delete(group.results.keys().next().value!);
    }
    return result;
  }

  async function subscribe(args: ExecutionArgs) {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream;
    const key = keyOf(args);
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { subscribers: 0, args: { ...args, contextValue: sharedContext(args.contextValue) }, results: new Map() }));
    group.subscribers++;
    const joined = group;
    return withEnd(
      mapAsyncIterator(stream, (payload: unknown) => executeOnce(joined, payload)),
      () => {
        if (--joined.subscribers === 0) groups.delete(key);
      },
    );
  }

  return { onSubscribe: ({ setSubscribeFn }) => setSubscribeFn(subscribe), groups: () => groups.size };
}
