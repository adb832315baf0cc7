import { z } from 'zod';

const rate = z.number().min(0).max(1);

/** What the simulator does; every fault the gateway must survive has a knob. */
export const knobsSchema = z.object({
  /** Milliseconds between a task's status changes. */
  stepMs: z.number().int().min(0).default(150),
  /** The successive `running` steps, and the progress each would report. */
  progressSteps: z.array(z.number().int().min(0).max(100)).default([25, 50, 75]),
  /**
   * Whether answers carry `progress`. DuomiAPI's feeds for Pika, Kling, Luma, Runway and PIX have
   * no such field, so by default they send none; turn it on to exercise progress handling.
   */
  reportProgress: z.boolean().default(false),
  /** Share of tasks that end in `error` instead of success (a prompt containing "#fail" always does). */
  failRate: rate.default(0),
  /** Share of submissions answered with HTTP 500 (no task made). */
  submitErrorRate: rate.default(0),
  /** Share of submissions answered with HTTP 429 and Retry-After: 1 (no task made). */
  submitThrottleRate: rate.default(0),
  /** Delay before answering a submission, in milliseconds. */
  submitLatencyMs: z.number().int().min(0).default(0),
  /**
   * Holds every submission open (read, neither answered nor made a task) until set false again,
   * when they go on as if just received; `forgetHeld()` drops them instead.
   */
  holdSubmissions: z.boolean().default(false),
  /** Share of callbacks never sent. */
  dropRate: rate.default(0),
  /** Share of callbacks sent twice. */
  repeatRate: rate.default(0),
  /** Swaps neighbouring callbacks at random, so they arrive out of order. */
  reorder: z.boolean().default(false),
  /**
   * Which payload shape callbacks use: `state` (the provider's own feed data: DuomiAPI's newer
   * `state`, Runway's numeric `status` alone, Kling's `task_status`), `legacy` (without `state`),
   * `pika` (Pika's own videos[] shape, for Pika's tasks), `enveloped` (in the provider's
   * {code,msg,data} envelope), or `mixed` (any of them).
   */
  callbackShape: z.enum(['state', 'legacy', 'pika', 'enveloped', 'mixed']).default('state'),
  /** Seed of the simulator's random choices, so a faulty run can be replayed. */
  seed: z.number().int().default(1),
});

export type Knobs = z.infer<typeof knobsSchema>;
export type KnobsInput = z.input<typeof knobsSchema>;

/** A small seeded PRNG (mulberry32): the same seed makes the same faults. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
