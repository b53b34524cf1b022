// The reference the benchmarks measure against: a bare node:http server, run as its own
// process like Masthead. It reads each request body to the end, stores nothing, and answers
// POST with a 303 (and GET with a small 200), so the ratio isolates what the application costs.
// Usage: PORT=… HOST=127.0.0.1 node --import tsx bench/lib/reference-server.ts
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';

const server = createServer((request, response) => {
  let bytes = 0;
  request.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  request.on('end', () => {
    if (request.method === 'POST') {
      response.writeHead(303, { location: `/articles/reference?held=1#comment-${bytes}`, 'content-length': '0' });
      response.end();
    } else {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': '2' });
      response.end('ok');
    }
  });
});
server.keepAliveTimeout = 72_000;
server.listen(port, host, () => {
  const address = server.address();
  process.stdout.write(`reference is serving http://${host}:${typeof address === 'object' && address ? address.port : port}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// close() waits for keep-alive sockets; do not let that hold the exit.
process.on('SIGTERM', () => setTimeout(() => process.exit(0), 1000).unref());
