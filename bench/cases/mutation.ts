import { compare, type CaseResult } from '../support/results.js';
import { benchHeaders, startBareServer, startGatewayStack } from '../support/gateway-stack.js';
import { measureHttp } from '../support/http-load.js';

const generateVideo = JSON.stringify({
  query:
    'mutation { generateVideo(input: { pika: { prompt: "a bench of kittens", ratio: RATIO_16_9, options: { frameRate: 24 } } }) { id status } }',
});

/**
 * 1. generateVideo throughput against the simulator, next to bare yoga answering `{ __typename }`
 * under the same load. The simulator's tasks move slowly, so its callbacks land after the run:
 * case 2 measures them.
 */
export async function mutationCase(database: 'postgres' | 'pglite'): Promise<CaseResult[]> {
  const bare = await startBareServer();
  const baseline = await measureHttp({ url: `${bare.url}/graphql`, body: JSON.stringify({ query: '{ __typename }' }) }).finally(() =>
    bare.stop(),
  );

  const stack = await startGatewayStack(database, { stepMs: 600_000 });
  try {
    const probe = await fetch(`${stack.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...benchHeaders },
      body: generateVideo,
    });
    const answer = (await probe.json()) as { data?: { generateVideo?: { status: string } } };
    if (answer.data?.generateVideo?.status !== 'QUEUED') throw new Error(`generateVideo failed: ${JSON.stringify(answer)}`);
    const figures = await measureHttp({ url: `${stack.gateway.url}/graphql`, body: generateVideo });
    if (database === 'postgres')
      return [compare('1. generateVideo (Postgres) vs bare yoga { __typename }', 'req/s', figures, baseline, { atLeast: 0.6 })];
    // The embedded database is what a new user runs first: it must keep up, and keep latency bounded.
    const name = '1. generateVideo (embedded PGlite) vs bare yoga { __typename }';
    return [compare(name, 'req/s', figures, baseline, { atLeast: 0.25 }), compare(name, 'p99 ms', figures, baseline, { atMost: 4 })];
  } finally {
    await stack.stop();
  }
}
