/**
 * The one-file reader's script and style (src/app/one-file/main.tsx), built apart from the app:
 * one classic script (IIFE: no module loading, which a page opened from disk cannot do) with
 * nothing split off, and one style sheet. `vite build` emits them into dist/one-file/ (the app
 * fetches them for Share → One-file reader); `publish` on the command line reads them there, or
 * builds them in memory when dist/ has none.
 *
 * What the one-file reader hides (find, another base for the comparison: src/app/reader/reader-
 * features.ts) is left out of its script too: the modules those controls load on first use are
 * replaced by one that refuses, so that OpenCC's and the comparison's tables stay out of the file;
 * and zod, which the reader needs only to word an error, is replaced (src/app/one-file/zod-left-out.ts).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

export const ONE_FILE_SCRIPT = 'one-file/reader.js';
export const ONE_FILE_STYLE = 'one-file/reader.css';

/** Modules loaded on first use by controls the one-file reader does not have. */
const LEFT_OUT = [/\/core\/reader\/find\.ts$/, /\/core\/variants\/collate\.ts$/, /^pinyin-pro$/];
const REFUSED = '\0duizhao-not-in-one-file';
/** zod only names the problem of a document the hand-written checks refuse: src/app/one-file/zod-left-out.ts. */
const ZOD = /\/core\/zod\.ts$/;

function leaveOut(): Plugin {
  return {
    name: 'duizhao-one-file-leave-out',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source === REFUSED) return source;
      const resolved = source.startsWith('.') && importer ? resolve(dirname(importer.split('?')[0]!), source) : source;
      if (ZOD.test(resolved)) return `${root}src/app/one-file/zod-left-out.ts`;
      return LEFT_OUT.some((pattern) => pattern.test(resolved)) ? REFUSED : null;
    },
    load: (id) => (id === REFUSED ? 'throw new Error("this part of Duizhao is not in the one-file reader");' : null),
  };
}

const root = `${dirname(fileURLToPath(import.meta.url))}/`;

export function oneFileConfig(): InlineConfig {
  return {
    configFile: false,
    root,
    // production React whatever NODE_ENV says (vitest sets it to "test"; a shell may say "development")
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // the preload helper's import.meta (for chunks this build never splits off) is the only warning
    logLevel: 'error',
    publicDir: false,
    plugins: [leaveOut(), react()],
    build: {
      write: false,
      emptyOutDir: false,
      cssCodeSplit: false,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: `${root}src/app/one-file/main.tsx`,
        output: { format: 'iife', codeSplitting: false, entryFileNames: ONE_FILE_SCRIPT, assetFileNames: ONE_FILE_STYLE },
      },
    },
  };
}

/** The one-file reader's script and style, built in memory. */
export async function buildOneFileAssets(): Promise<{ readonly script: string; readonly style: string }> {
  const result = await build(oneFileConfig());
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const text = (name: string) => {
    const file = outputs.find((o) => o.fileName === name);
    if (!file) throw new Error(`the one-file build wrote no ${name}`);
    return file.type === 'chunk' ? file.code : typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
  };
  return { script: text(ONE_FILE_SCRIPT), style: text(ONE_FILE_STYLE) };
}

/** In the app's build: the one-file reader's script and style, emitted beside it (dist/one-file/); the dev server builds them when asked. */
export function oneFileReader(): Plugin {
  return {
    name: 'duizhao-one-file-reader',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = [ONE_FILE_SCRIPT, ONE_FILE_STYLE].find((n) => request.url?.endsWith(`/${n}`));
        if (!name) return next();
        buildOneFileAssets().then(
          (assets) => {
            response.setHeader('Content-Type', name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8');
            response.end(name.endsWith('.js') ? assets.script : assets.style);
          },
          (error: unknown) => next(error),
        );
      });
    },
    async generateBundle() {
      const { script, style } = await buildOneFileAssets();
      this.emitFile({ type: 'asset', fileName: ONE_FILE_SCRIPT, source: script });
      this.emitFile({ type: 'asset', fileName: ONE_FILE_STYLE, source: style });
    },
  };
}
