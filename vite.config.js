// Vite builds the playground (web/) into a static site in dist/: index.html, embed.html and
// hashed assets — Monaco and its editor worker, the engine's worker (wasm/worker.js) with the
// WebAssembly module and loader of `bash scripts/build.sh wasm`. Relative URLs (base './'), so
// dist/ works from any static host and any sub-folder, with no special headers.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./web'),
  base: './',
  publicDir: false,
  cacheDir: here('./node_modules/.vite'),
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: {
        index: here('./web/index.html'),
        embed: here('./web/embed.html'),
      },
      output: {
        // Monaco in its own chunk; what both pages share (web/src, lz-string) in 'playground'.
        manualChunks(id) {
          if (id.includes('/node_modules/monaco-editor/')) return 'monaco';
          if (/\/web\/src\/(?!main|embed)|\/node_modules\/lz-string\//.test(id)) return 'playground';
          return undefined;
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { fs: { allow: [here('.')] } },
});
