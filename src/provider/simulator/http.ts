import type { IncomingMessage, ServerResponse } from 'node:http';

export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** The request's JSON object body, or undefined when it is not one. */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The stand-in poster (an SVG) or video of a task the simulator made. */
export function serveFile(res: ServerResponse, taskId: string, kind: 'mp4' | 'svg' | 'webp', known: boolean) {
  if (!known) return send(res, 404, { code: 404, msg: 'not found' });
  if (kind === 'webp') {
    // A stand-in for PIX's animated preview: the type is right, the picture is not.
    res.writeHead(200, { 'content-type': 'image/webp' });
    res.end(Buffer.from(`simulated preview for task ${taskId}\n`));
    return;
  }
  if (kind === 'svg') {
    res.writeHead(200, { 'content-type': 'image/svg+xml' });
    res.end(
      `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="100%" height="100%" fill="#1e293b"/><text x="50%" y="50%" fill="#e2e8f0" font-family="sans-serif" font-size="14" text-anchor="middle">simulated ${taskId.slice(0, 8)}</text></svg>`,
    );
    return;
  }
  // Not a playable film: the simulator makes no video, only stands in for the URL.
  res.writeHead(200, { 'content-type': 'video/mp4' });
  res.end(Buffer.from(`simulated video for task ${taskId}\n`));
}
