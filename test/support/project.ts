// Where the project is and a port to run a copy of it on: what every test, browser journey and
// benchmark that spawns Masthead (or another server) as a child process needs.
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (where package.json and src/ live). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A TCP port on 127.0.0.1 that was free a moment ago: listen on port 0, read the port, close.
 * There is a tiny race until the child binds it, which the kernel's port choice makes unlikely.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not read the port of a listening socket'));
        return;
      }
      const { port } = address;
      server.close((error) => (error ? reject(error) : resolve(port)));
    });
  });
}
