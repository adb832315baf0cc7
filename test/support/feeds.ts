import { expect } from 'vitest';

/**
 * Makes probe jobs until every feed has received something, and returns the probes' ids.
 * graphql-ws does not tell a client when the server has started listening for its subscription,
 * and a feed (`videoJobsUpdated`) sends nothing before a change: a single probe made right after
 * subscribing can be stored and published before the server listens, on a loaded machine, and then
 * no message ever comes. A probe made after the feed listens is always seen, so keep making them.
 */
export async function untilFeedsLive(feeds: { messages: unknown[] }[], probe: () => Promise<string>): Promise<string[]> {
  const probes: string[] = [];
  await expect
    .poll(
      async () => {
        if (feeds.every((feed) => feed.messages.length > 0)) return true;
        probes.push(await probe());
        return false;
      },
      { timeout: 30_000, interval: 250 },
    )
    .toBe(true);
  return probes;
}
