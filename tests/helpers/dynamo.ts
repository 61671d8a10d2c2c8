import { listenOnLoopback } from '../../adapters/local/listen.ts';
import dynalite from 'dynalite';

/**
 * A real DynamoDB API server (dynalite) on 127.0.0.1, on a free port, in memory. Each test
 * file starts its own and stops it when done.
 */
export async function startDynamo(): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const endpoint = await listenOnLoopback(server);
  return {
    endpoint,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
