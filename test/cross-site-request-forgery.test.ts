import { describe, expect, it } from 'vitest';
import { useDisposables } from './support/disposables.js';
import { startGateway } from './support/gateway.js';

// A web page can make a browser POST a form, a multipart body or plain text to any address it
// can reach, without a CORS preflight. None of those may run an operation.

const mutation = 'mutation { generateVideo(input: { pika: { prompt: "forged", ratio: RATIO_16_9, options: { frameRate: 24 } } }) { id } }';

describe('cross-site request forgery', () => {
  const using = useDisposables();

  it('refuses form, multipart and plain-text POSTs with 415 and stores nothing', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    gateway.app.simulator!.setKnobs({ stepMs: 3_600_000 });
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: mutation }));
    const bodies: [string, RequestInit][] = [
      ['form', { body: new URLSearchParams({ query: mutation }) }],
      ['multipart', { body: form }],
      ['text', { body: JSON.stringify({ query: mutation }), headers: { 'content-type': 'text/plain' } }],
      ['none', { body: JSON.stringify({ query: mutation }), headers: { 'content-type': '' } }],
    ];
    for (const [name, init] of bodies) {
      const res = await fetch(`${gateway.url}/graphql`, { method: 'POST', ...init });
      expect(res.status, name).toBe(415);
      expect(await res.json(), name).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    }
    expect(await gateway.db.prisma.job.count()).toBe(0);
  });

  it('takes JSON and application/graphql bodies', async () => {
    const gateway = using(await startGateway('postgres'), (g) => g.stop());
    const json = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ query: '{ health }' }),
    });
    expect(await json.json()).toEqual({ data: { health: 'ok' } });
    const graphql = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/graphql' },
      body: '{ health }',
    });
    expect(await graphql.json()).toEqual({ data: { health: 'ok' } });
  });
});
