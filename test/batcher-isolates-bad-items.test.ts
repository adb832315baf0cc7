import { describe, expect, it } from 'vitest';
import { Batcher } from '../src/store/batcher.js';

// The job store runs concurrent calls as one statement. One item that makes the statement fail
// must fail alone, and cheaply: the batch is split in halves, not replayed item by item in a row.

describe('a failed batch', () => {
  it('fails only its bad items, in about 2·log2(n) runs, and the others still get their answers', async () => {
    const runs: number[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const batcher = new Batcher<number, number>(
      async (items) => {
        runs.push(items.length);
        await gate; // the first call waits, so the next 500 calls share one batch
        if (items.includes(13)) throw new Error('bad row');
        return items.map((i) => i * 2);
      },
      { maxBatch: 500, maxInFlight: 1 },
    );
    const first = batcher.add(-1);
    const answers = Array.from({ length: 500 }, (_, i) =>
      batcher.add(i).then(
        (v) => ({ ok: v }),
        (e: Error) => ({ failed: e.message }),
      ),
    );
    release();
    await first;
    const settled = await Promise.all(answers);
    expect(settled[13]).toEqual({ failed: 'bad row' });
    expect(settled.filter((a) => 'ok' in a)).toHaveLength(499);
    expect(settled[12]).toEqual({ ok: 24 });
    expect(runs.length).toBeLessThanOrEqual(2 + 2 * Math.ceil(Math.log2(500)));
  });
});
