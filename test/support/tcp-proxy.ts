import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy the test can cut: in front of Postgres it makes the database unreachable for the
 * gateway while the server itself keeps running. While cut, every connection is dropped at once
 * (and counted: each is one attempt by the gateway to reach its database).
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const open = new Set<Socket>();
  let cut = false;
  let refused = 0;
  const server = createServer((client) => {
    if (cut) {
      refused++;
      client.destroy();
      return;
    }
    const upstream = connect(target);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    /** Connections dropped since the cut. */
    get refused() {
      return refused;
    },
    /** Drops every open connection and every new one until `restore`. */
    cut() {
      cut = true;
      refused = 0;
      for (const socket of open) socket.destroy();
    },
    restore() {
      cut = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
