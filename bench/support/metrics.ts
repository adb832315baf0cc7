import { sample } from '../../test/support/metrics.js';
import { benchMetricsToken } from './gateway-stack.js';

/** One counter of the gateway's /metrics (0 when it has no sample yet). */
export async function counter(url: string, name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${benchMetricsToken}` } })).text();
  return sample(text, name, labels) ?? 0;
}
