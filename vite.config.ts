import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { oneFileReader } from './vite.one-file.ts';

/**
 * src/app/prefetch-script.js as a classic script of its own, first in <head>: it starts the
 * document's fetch before the bundle has loaded, and the Content-Security-Policy (scripts from the
 * app's own origin only) allows no inline script.
 */
function prefetchScript(): Plugin {
  const source = () => readFileSync(new URL('./src/app/prefetch-script.js', import.meta.url), 'utf8');
  let base = '/';
  return {
    name: 'duizhao-prefetch-script',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `${base}prefetch.js` }, injectTo: 'head-prepend' }],
    configureServer(server) {
      server.middlewares.use(`${base}prefetch.js`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'prefetch.js', source: source() });
    },
  };
}

// The CLI's `build` writes the corpus to data/build/; serving it as the public directory makes
// the same files reachable from the dev server, `vite preview` and the built app (copied to dist/).
export default defineConfig({
  plugins: [react(), prefetchScript(), oneFileReader()],
  publicDir: 'data/build',
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
});
