import type { AddressInfo, Server } from 'node:net';

/** Starts a local server on 127.0.0.1 only, on a free port, and returns its http:// endpoint. */
export async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((ok, failed) => {
    server.once('error', failed);
    server.listen(0, '127.0.0.1', () => ok());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
