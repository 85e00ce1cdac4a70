import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + d.ts. No reader is pulled in by the core entry; the archive
    // (SQLite) is its own entry, `vanban/archive`.
    entry: { index: 'src/index.ts', archive: 'src/corpus/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    shims: true, // import.meta.url in the CJS build (ingest finds its worker by it)
    target: 'node20',
  },
  {
    // The CLI and the ingest worker sit side by side in dist/, where ingest looks for the worker.
    entry: { cli: 'src/cli/main.ts', 'ingest-worker': 'src/corpus/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
