// vanban/archive: ingest directories of directives into a store, link citations into chains,
// query and export them. A separate entry point, so `import 'vanban'` never loads SQLite.
import { ingest, type IngestOptions, type IngestResult } from './ingest.js';
import { ArchiveStore } from './store.js';

export { ArchiveStore, type ChainNode, type GraphData } from './store.js';
export { ingest, collectFiles, inShard, type IngestOptions, type IngestProgress, type IngestResult } from './ingest.js';
export { decideLink, numberKey, issuerKey, type LinkDecision } from './link.js';
export { exportGraph, type GraphFormat } from './graph-export.js';
export { STORE_VERSION, SCHEMA_SQL } from './schema.js';
export { PgStore, pgSchema } from './pg-store.js';
export type { IngestStore } from './ingest.js';
export { recordRows, type RecordRows } from './rows.js';

/** Opens (or creates) an archive at a SQLite path. */
export function openArchive(path: string): ArchiveStore {
  return new ArchiveStore(path);
}

/** Opens the archive, ingests the inputs, links, closes. */
export async function ingestInto(dbPath: string, inputs: string[], options?: IngestOptions): Promise<IngestResult> {
  const store = new ArchiveStore(dbPath);
  try {
    return await ingest(store, inputs, options);
  } finally {
    store.close();
  }
}
