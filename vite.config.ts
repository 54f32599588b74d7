import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The CLI's `build` writes the corpus to data/build/; serving it as the public directory makes
// the same files reachable from the dev server, `vite preview` and the built app (copied to dist/).
export default defineConfig({
  plugins: [react()],
  publicDir: 'data/build',
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
});
