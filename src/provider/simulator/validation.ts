// The refusals DuomiAPI gives for a bad Pika request (code 400 with a message), so the gateway's
// refusal handling is exercised; the gateway's own validation normally stops these first.

const pikaRatios = ['16:9', '9:16', '1:1', '4:5', '5:4', '5:2', '4:3', '3:4'];

export function validatePikaBody(body: Record<string, unknown>): string | undefined {
  if (typeof body.prompt !== 'string' || !body.prompt.trim()) return 'prompt 必填';
  if (typeof body.ratio !== 'string' || !pikaRatios.includes(body.ratio)) return 'ratio 无效';
  const options = body.options as { frameRate?: unknown } | undefined;
  const frameRate = options?.frameRate;
  if (typeof frameRate !== 'number' || !Number.isInteger(frameRate) || frameRate < 8 || frameRate > 24) return 'options.frameRate 必须在 8-24 之间';
  if (body.image !== undefined && body.video !== undefined) return 'image 和 video 只能选一个';
  return undefined;
}
