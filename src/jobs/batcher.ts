type Waiting<In, Out> = { item: In; resolve: (out: Out) => void; reject: (error: unknown) => void };

export type BatcherOptions<In> = {
  maxBatch: number;
  /** Batches running at once; a call made while all are busy joins the next batch. */
  maxInFlight: number;
  /** Items with the same key never share a batch (one statement must not touch a row twice). */
  key?: (item: In) => string;
  /**
   * Waits for the calls made in the same turn of the event loop before running the first batch,
   * so the fields of a list (one call per item, all in one turn) share one statement.
   */
  gatherTurn?: boolean;
};

/**
 * Runs single calls as batches. Alone, a call runs at once; under load, the calls that arrive
 * while earlier batches run share the next one: one statement, one round trip, one commit.
 */
export class Batcher<In, Out> {
  private waiting: Waiting<In, Out>[] = [];
  private inFlight = 0;
  private gathering = false;

  constructor(
    /** Runs a batch; returns one result per item, in order. */
    private readonly run: (items: In[]) => Promise<Out[]>,
    private readonly options: BatcherOptions<In>,
  ) {}

  add(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.options.gatherTurn) return this.next();
      if (this.gathering) return;
      this.gathering = true;
      setImmediate(() => {
        this.gathering = false;
        this.next();
      });
    });
  }

  private next() {
    while (this.inFlight < this.options.maxInFlight && this.waiting.length > 0) {
      const batch = this.take();
      this.inFlight++;
      void this.settle(batch).finally(() => {
        this.inFlight--;
        this.next();
      });
    }
  }

  /**
   * A failed batch is split in halves, run side by side, until the bad items fail alone: one bad
   * item costs about 2·log2(n) statements, not n in a row, and the good ones still succeed.
   */
  private async settle(batch: Waiting<In, Out>[]): Promise<void> {
    try {
      const outs = await this.run(batch.map((w) => w.item));
      for (const [i, w] of batch.entries()) w.resolve(outs[i]!);
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      const half = Math.ceil(batch.length / 2);
      await Promise.all([this.settle(batch.slice(0, half)), this.settle(batch.slice(half))]);
    }
  }

  private take(): Waiting<In, Out>[] {
    const { key, maxBatch } = this.options;
    if (!key) return this.waiting.splice(0, maxBatch);
    const batch: Waiting<In, Out>[] = [];
    const keys = new Set<string>();
    const rest: Waiting<In, Out>[] = [];
    for (const waiting of this.waiting) {
      const k = key(waiting.item);
      if (batch.length < maxBatch && !keys.has(k)) {
        keys.add(k);
        batch.push(waiting);
      } else rest.push(waiting);
    }
    this.waiting = rest;
    return batch;
  }
}
