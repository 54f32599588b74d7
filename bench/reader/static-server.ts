/**
 * A tiny static server for the benchmark: serves a folder as files are served on the machine the
 * reader runs on, as they are (`compress` false), or, as a web host serves precompressed assets,
 * gzipped once in advance (`compress` true). `vite preview` gzips on every request, which for a
 * 10 MB document costs half a second per load and would be measured as the reader's time.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

export async function serveFolder(root: string, port: number, compress: boolean): Promise<Server> {
  const files = new Map<string, { body: Buffer; gzip: Buffer; type: string }>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const body = readFileSync(path);
        files.set(`/${relative(root, path).split('\\').join('/')}`, { body, gzip: gzipSync(body, { level: 6 }), type: TYPES[extname(name)] ?? 'application/octet-stream' });
      }
    }
  };
  walk(root);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files.get(path === '/' ? '/index.html' : path);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gzip = compress && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzip : file.body;
    response.writeHead(200, { 'content-type': file.type, 'content-length': body.length, 'cache-control': 'no-cache', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
