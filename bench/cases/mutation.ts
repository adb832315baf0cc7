import { compare, type CaseResult } from '../support/results.js';
import { startBareServer, startGatewayStack } from '../support/gateway-stack.js';
import { measureHttp } from '../support/http-load.js';

const generateVideo = JSON.stringify({
  query: 'mutation { generateVideo(input: { pika: { prompt: "a bench of kittens", ratio: RATIO_16_9, options: { frameRate: 24 } } }) { id status } }',
});

/**
 * 1. generateVideo throughput against the simulator, next to bare yoga answering `{ __typename }`
 * under the same load. The simulator's tasks move slowly, so its callbacks land after the run:
 * case 2 measures them.
 */
export async function mutationCase(database: 'postgres' | 'pglite'): Promise<CaseResult> {
  const bare = await startBareServer();
  const baseline = await measureHttp({ url: `${bare.url}/graphql`, body: JSON.stringify({ query: '{ __typename }' }) }).finally(() => bare.stop());

  const stack = await startGatewayStack(database, { stepMs: 600_000 });
  try {
    const probe = await fetch(`${stack.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: generateVideo });
    const answer = (await probe.json()) as { data?: { generateVideo?: { status: string } } };
    if (answer.data?.generateVideo?.status !== 'QUEUED') throw new Error(`generateVideo failed: ${JSON.stringify(answer)}`);
    const figures = await measureHttp({ url: `${stack.gateway.url}/graphql`, body: generateVideo });
    return compare(`1. generateVideo (${database === 'postgres' ? 'Postgres' : 'embedded PGlite'}) vs bare yoga { __typename }`, 'req/s', figures, baseline, { atLeast: 0.6 });
  } finally {
    await stack.stop();
  }
}
