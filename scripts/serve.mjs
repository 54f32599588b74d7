#!/usr/bin/env node
/**
 * Serve the built app (dist/) as users get it: only the files the build wrote, each with a strict
 * Content-Security-Policy (scripts, styles, workers and data from this origin only; no inline
 * script; no framing), nosniff and no referrer. `npm start` runs it on PORT (default 5173);
 * `npm run dev` keeps vite's dev server for development.
 *
 * Node's own http module: a static server this small needs no framework.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
/** dist/ with its links resolved, once it is known to exist. */
let ROOT = DIST.replace(/[/\\]$/, '');
const PORT = Number(process.env.PORT ?? 5173);

/** The policy the app runs under; tests/e2e/serving.spec.ts checks that nothing in the app breaks it. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // the project worker is a module file of this origin
  "worker-src 'self'",
  "connect-src 'self'",
  // React sets style properties through the CSSOM, which style-src does not govern; no inline <style>
  "style-src 'self'",
  // the favicon is `data:,` (so that the browser asks for none); downloads are blob: links
  "img-src 'self' data:",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The file under ROOT a request path names, or null: nothing outside dist/, no dot-files, no folders. */
function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null; // a malformed %-escape
  }
  if (path.includes('\0') || path.split('/').some((part) => part === '..' || part.startsWith('.'))) return null;
  const candidate = join(ROOT, path === '/' ? 'index.html' : path);
  let real;
  try {
    real = realpathSync(candidate);
  } catch {
    return null;
  }
  if (real !== ROOT && !real.startsWith(ROOT + sep)) return null; // a symlink out of dist/
  try {
    return statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  response.end(body);
}

export function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(pathname);
  if (!file) return send(response, 404, 'Not found\n');
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  // hashed assets never change; everything else (index.html, the corpus files) is checked each time
  const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': statSync(file).size, 'Cache-Control': cache });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    statSync(join(DIST, 'index.html'));
    ROOT = realpathSync(DIST);
  } catch {
    console.error('dist/index.html not found: run `npm run build:app` (or `npm start`, which builds) first');
    process.exit(1);
  }
  createServer(handle)
    .on('error', (error) => {
      console.error(`cannot serve on port ${PORT}: ${error.message}`);
      process.exit(1);
    })
    .listen(PORT, () => console.log(`Duizhao: serving dist/ at http://localhost:${PORT}/`));
}
