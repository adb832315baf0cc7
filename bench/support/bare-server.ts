// The baseline: a bare graphql-yoga + graphql-ws server, wired as yoga's docs show, with
// `{ __typename }` and one subscription whose events POST /publish?seq=N sends.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import type { ExecutionArgs } from 'graphql';
import type { OperationResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { createPubSub, createSchema, createYoga } from 'graphql-yoga';
import { WebSocketServer } from 'ws';

type Event = { seq: number };
const pubsub = createPubSub<{ event: [Event] }>();

const yoga = createYoga({
  logging: false,
  landingPage: false,
  schema: createSchema({
    typeDefs: 'type Query { hello: String } type Event { id: ID! seq: Int! } type Subscription { event: Event! }',
    resolvers: {
      Event: { id: () => 'event' },
      Subscription: {
        event: {
          // Like the gateway's videoJobUpdated: the current state at once, then every change.
          subscribe: async function* () {
            yield { seq: 0 };
            yield* pubsub.subscribe('event');
          },
          resolve: (event: Event) => event,
        },
      },
    },
  }),
});

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://bare.local');
  if (url.pathname === '/publish') {
    pubsub.publish('event', { seq: Number(url.searchParams.get('seq')) });
    res.end('ok');
    return;
  }
  void yoga.requestListener(req, res);
});

type Enveloped = { execute: (args: ExecutionArgs) => OperationResult; subscribe: (args: ExecutionArgs) => OperationResult };
useServer(
  {
    execute: (args) => (args.rootValue as Enveloped).execute(args),
    subscribe: (args) => (args.rootValue as Enveloped).subscribe(args),
    onSubscribe: async (ctx, _id, params) => {
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({ ...ctx, req: ctx.extra.request, params });
      const args: ExecutionArgs = {
        schema,
        operationName: params.operationName,
        document: parse(params.query),
        variableValues: params.variables,
        contextValue: await contextFactory(),
        rootValue: { execute, subscribe } satisfies Enveloped,
      };
      const errors = validate(args.schema, args.document);
      return errors.length > 0 ? errors : args;
    },
  },
  new WebSocketServer({ server, path: '/graphql' }),
);

const { values } = parseArgs({ options: { port: { type: 'string', default: '4100' } } });
server.listen(Number(values.port), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
