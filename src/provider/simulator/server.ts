import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readJson, send, serveFile } from './http.js';
import { knobsSchema, seededRandom, type Knobs, type KnobsInput } from './knobs.js';
import { acceptedAnswer, callbackBody, feedAnswer, fileUrls, refusalAnswer, shapes, type SimState, type SimTask } from './payloads.js';
import { matchFeed, submitRoutes } from './routes.js';
import { accountRefusal, refusesForAccount, unifiedFamily } from './unified.js';

/** Where a request carried the key: the JSON body, the URL, `Authorization` raw or as `Bearer <key>`. */
export type KeyPlace = 'body' | 'url' | 'header' | 'bearer' | 'none';

/** A submission as the simulator received it: the path, the JSON body (key removed), and where the key was. */
export type ReceivedSubmission = {
  path: string;
  body: Record<string, unknown>;
  keyIn: KeyPlace;
  taskId?: string /** When it arrived (ms since the epoch). */;
  at: number;
};

export type Simulator = Awaited<ReturnType<typeof startSimulator>>;

/**
 * A DuomiAPI stand-in over real HTTP (shared/duomi-api.md, shared/duomi-providers.md): it speaks
 * every provider's endpoints (routes.ts) and answers (payloads.ts), refuses bad requests the way
 * DuomiAPI does, runs each task through pending → running → succeeded/error with callbacks,
 * answers feed queries, and serves a poster and video per task. Its knobs create faults, alike
 * for every provider.
 */
export async function startSimulator(options: {
  apiKey: string;
  port?: number;
  host?: string;
  knobs?: KnobsInput;
  log?: (msg: string) => void;
}) {
  let knobs: Knobs = knobsSchema.parse(options.knobs ?? {});
  let random = seededRandom(knobs.seed);
  const tasks = new Map<string, SimTask>();
  const received: ReceivedSubmission[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const sentCallbacks: { taskId: string; state: SimState; status: number | 'error' }[] = [];
  /** Submissions answered with a fault (HTTP 500 or 429) by the knobs. */
  const faults = { http500: 0, http429: 0 };
  /** Submissions read and not yet answered (held by `submitLatencyMs` or `holdSubmissions`). */
  let holding = 0;
  /** Submissions held by `holdSubmissions`: each resolves true to go on, false to be dropped. */
  const held = new Set<(proceed: boolean) => void>();
  const releaseHeld = (proceed: boolean) => {
    for (const resolve of held) resolve(proceed);
    held.clear();
  };
  let baseUrl = '';

  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  /**
   * DuomiAPI takes the key in the JSON body, the URL or a bare `Authorization` header; the unified
   * video API (`headerOnly`) in `Authorization` only, raw or as `Bearer <key>`.
   */
  function keyOf(req: IncomingMessage, url: URL, body?: Record<string, unknown>, headerOnly = false): { key?: string; place: KeyPlace } {
    const header = req.headers.authorization;
    const fromHeader = header
      ? { key: header.replace(/^Bearer\s+/i, ''), place: /^Bearer\s/i.test(header) ? ('bearer' as const) : ('header' as const) }
      : undefined;
    if (headerOnly) return fromHeader ?? { place: 'none' };
    if (typeof body?.key === 'string') return { key: body.key, place: 'body' };
    const inUrl = url.searchParams.get('key');
    if (inUrl !== null) return { key: inUrl, place: 'url' };
    return fromHeader ?? { place: 'none' };
  }

  /** The task's whole life, as the callbacks it will send, after the knobs drop, repeat and reorder them. */
  function schedule(task: SimTask) {
    const fails = random() < knobs.failRate || String(task.body.prompt ?? task.body.user_prompt ?? '').includes('#fail');
    task.outcome = fails ? 'error' : 'succeeded';
    const steps: { state: SimState; progress: number }[] = [
      { state: 'pending', progress: 0 },
      ...knobs.progressSteps.map((progress) => ({ state: 'running' as const, progress })),
      { state: fails ? 'error' : 'succeeded', progress: fails ? (knobs.progressSteps.at(-1) ?? 0) : 100 },
    ];
    const snapshots = steps.map((step, i) => ({ ...step, at: (i + 1) * knobs.stepMs }));
    let reached = -1;
    /** Moves the task to step i, never back: a callback may announce a step before its timer fires. */
    const advance = (i: number) => {
      const snap = snapshots[i];
      if (!snap || i <= reached) return;
      reached = i;
      task.state = snap.state;
      task.progress = snap.progress;
      task.updatedAt = Date.now();
      if (snap.state === 'succeeded') {
        task.videoUrl = fileUrls(baseUrl, task.taskId).video;
        task.posterUrl = fileUrls(baseUrl, task.taskId).poster;
      }
      if (snap.state === 'error') task.error = 'generation failed: the model could not render this prompt';
    };
    // Each step schedules the next: timers of different delays may fire out of order when the
    // event loop lags, and a task must never step back.
    const step = (i: number) => {
      if (!snapshots[i]) return;
      later(knobs.stepMs, () => {
        advance(i);
        step(i + 1);
      });
    };
    step(0);
    // Callbacks carry the state as of their step; faults change which arrive, how often, in what order.
    let delivered = Promise.resolve();
    let sends = snapshots.flatMap((snap, step) => {
      if (random() < knobs.dropRate) return [];
      const copy = { ...snap, step };
      return random() < knobs.repeatRate ? [copy, { ...copy, at: copy.at + knobs.stepMs / 3 }] : [copy];
    });
    if (knobs.reorder) {
      sends = [...sends];
      for (let i = 0; i + 1 < sends.length; i++) {
        if (random() < 0.5) {
          const a = sends[i]!;
          const b = sends[i + 1]!;
          [a.at, b.at] = [b.at, a.at];
        }
      }
    }
    // A task created without a callback URL (the unified API takes none) is only ever polled.
    for (const send of task.callbackUrl ? sends : []) {
      const shape = knobs.callbackShape === 'mixed' ? shapes[Math.floor(random() * shapes.length)]! : knobs.callbackShape;
      const snapshot: SimTask = {
        ...task,
        state: send.state,
        progress: send.progress,
        videoUrl: send.state === 'succeeded' ? fileUrls(baseUrl, task.taskId).video : undefined,
        posterUrl: send.state === 'succeeded' ? fileUrls(baseUrl, task.taskId).poster : undefined,
        error: send.state === 'error' ? 'generation failed: the model could not render this prompt' : undefined,
      };
      // One task's callbacks leave one at a time, in their order: a loaded event loop fires
      // several timers in one turn, and parallel requests could overtake one another.
      later(send.at + 1, () => {
        advance(send.step);
        delivered = delivered.then(() => deliver(task.taskId, send.state, task.callbackUrl, callbackBody(snapshot, shape)));
      });
    }
  }

  async function deliver(taskId: string, state: SimState, url: string, body: unknown) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      await res.body?.cancel();
      sentCallbacks.push({ taskId, state, status: res.status });
    } catch {
      sentCallbacks.push({ taskId, state, status: 'error' });
    }
  }

  async function handleSubmit(req: IncomingMessage, res: ServerResponse, url: URL, route: (typeof submitRoutes)[string]) {
    const arrived = Date.now();
    const body = await readJson(req);
    // Like a real server, it goes on with a request whose client went away meanwhile.
    holding++;
    let proceed = true;
    try {
      if (knobs.holdSubmissions) proceed = await new Promise<boolean>((resolve) => held.add(resolve));
      if (knobs.submitLatencyMs) await new Promise((r) => setTimeout(r, knobs.submitLatencyMs));
    } finally {
      holding--;
    }
    if (!proceed) return void res.destroy();
    if (random() < knobs.submitErrorRate) {
      faults.http500++;
      return send(res, 500, { message: 'internal error' });
    }
    if (random() < knobs.submitThrottleRate) {
      faults.http429++;
      return send(res, 429, { message: 'too many requests' }, { 'retry-after': '1' });
    }
    if (!body) return send(res, 200, { code: 400, msg: '请求体必须是 JSON', data: {} });
    const { key, place } = keyOf(req, url, body, route.keyInHeader);
    const { key: _key, ...withoutKey } = body;
    const submission: ReceivedSubmission = { path: url.pathname, body: withoutKey, keyIn: place, at: arrived };
    received.push(submission);
    if (route.keyInHeader && key !== options.apiKey)
      return send(res, 401, refusalAnswer(route.provider, 401, key ? 'invalid key' : 'missing Authorization'));
    // The key is DuomiAPI's own check, answered in its own format whatever the provider.
    if (!key) return send(res, 200, { code: 401, msg: '缺少 key', data: {} });
    if (key !== options.apiKey) return send(res, 200, { code: 401, msg: 'key 无效', data: {} });
    const refuse = (msg: string) => send(res, 200, refusalAnswer(route.provider, 400, msg));
    const callbackUrl = typeof body.callback_url === 'string' ? body.callback_url : '';
    if (!callbackUrl && route.provider !== 'unified') return refuse('callback_url 必填');
    const problem = route.validate(withoutKey, tasks);
    if (problem) return refuse(problem);
    if (route.keyInHeader && refusesForAccount(withoutKey))
      return send(res, 403, refusalAnswer(route.provider, accountRefusal.code, accountRefusal.message));
    const task: SimTask = {
      taskId: randomUUID(),
      provider: route.provider,
      endpoint: route.provider === 'unified' ? (unifiedFamily(withoutKey.model) ?? route.endpoint) : route.endpoint,
      body: withoutKey,
      callbackUrl,
      state: 'pending',
      progress: 0,
      reportsProgress: knobs.reportProgress,
      createdAt: Date.now(),
      updatedAt: Date.now(),
    };
    submission.taskId = task.taskId;
    tasks.set(task.taskId, task);
    if (!route.stuck?.(withoutKey)) schedule(task);
    send(res, 200, acceptedAnswer(task));
  }

  async function handleFeed(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    { route, pathTaskId }: NonNullable<ReturnType<typeof matchFeed>>,
  ) {
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    const unified = route.provider === 'unified';
    const { key } = keyOf(req, url, body, unified || route.keyInHeader);
    if (unified && key !== options.apiKey) return send(res, 401, refusalAnswer('unified', 401, 'invalid key'));
    if (unified && !tasks.get(pathTaskId ?? '')) return send(res, 404, refusalAnswer('unified', 404, 'task not found'));
    if (key !== options.apiKey) return send(res, 200, { code: 401, msg: 'key 无效', data: {} });
    const taskId = pathTaskId ?? url.searchParams.get('task_id') ?? (typeof body?.task_id === 'string' ? body.task_id : undefined);
    // Kling's query also finds a task by the caller's own id (`external_task_id`).
    const task = taskId
      ? (tasks.get(taskId) ?? [...tasks.values()].find((t) => route.provider === 'kling' && t.body.external_task_id === taskId))
      : undefined;
    // A task is found only under its own provider's feed (and, for Kling, its own endpoint's).
    if (!task || task.provider !== route.provider || (route.endpoint && task.endpoint !== route.endpoint)) {
      return send(res, 200, { code: 404, msg: '任务不存在', data: {} });
    }
    send(res, 200, feedAnswer(task));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://simulator.local');
    const submit = submitRoutes[url.pathname];
    const feed = matchFeed(url.pathname);
    const run = async () => {
      if (submit && req.method === 'POST') return handleSubmit(req, res, url, submit);
      if (feed) return handleFeed(req, res, url, feed);
      // For tests in other processes: set the knobs, read what was received.
      if (url.pathname === '/__simulator/knobs' && req.method === 'POST') {
        const parsed = knobsSchema.safeParse((await readJson(req)) ?? {});
        if (!parsed.success) return send(res, 400, { message: parsed.error.message });
        knobs = parsed.data;
        random = seededRandom(knobs.seed);
        if (!knobs.holdSubmissions) releaseHeld(true);
        return send(res, 200, knobs);
      }
      if (url.pathname === '/__simulator/stats' && req.method === 'GET') {
        return send(res, 200, { tasks: tasks.size, received: received.length, faults, callbacks: sentCallbacks.length });
      }
      const file = /^\/files\/([\w-]+?)(-last|-preview)?\.(mp4|svg|webp)$/.exec(url.pathname);
      if (file && req.method === 'GET') return serveFile(res, file[1]!, file[3] as 'mp4' | 'svg' | 'webp', tasks.has(file[1]!));
      send(res, 404, { code: 404, msg: 'not found' });
    };
    run().catch((error: unknown) => {
      options.log?.(`simulator error: ${String(error)}`);
      if (!res.headersSent) send(res, 500, { message: 'simulator error' });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${options.host ?? '127.0.0.1'}:${port}`;

  return {
    url: baseUrl,
    /** Changes the knobs from now on (unnamed ones keep their defaults) and reseeds the randomness. */
    setKnobs(input: KnobsInput) {
      knobs = knobsSchema.parse(input);
      random = seededRandom(knobs.seed);
      if (!knobs.holdSubmissions) releaseHeld(true);
    },
    /** Drops the submissions held now: no answer, no task, as if they never arrived. */
    forgetHeld() {
      releaseHeld(false);
    },
    received,
    faults,
    /** Submissions being held open now. */
    get holding() {
      return holding;
    },
    tasks,
    sentCallbacks,
    async close() {
      releaseHeld(false);
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
