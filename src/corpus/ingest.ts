// Ingest: walk the inputs, skip what the store already has (by path and content hash), extract
// the rest in a worker-thread pool, store each record in its own transaction, link at the end.
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadOptions } from '../read/types.js';
import type { DirectiveRecord } from '../schema/record.js';

export interface FileStamp {
  size: number;
  mtime: number;
}

/** What ingest needs from a store: SQLite (ArchiveStore) and PostgreSQL (PgStore) both give it. */
export interface IngestStore {
  /** True when this path is stored with this size and mtime (unchanged since). */
  hasFile(path: string, stamp: FileStamp | null): boolean | Promise<boolean>;
  putRecord(path: string, rec: DirectiveRecord, stamp?: FileStamp | null): number | Promise<number>;
  putError(path: string, sha256: string | null, code: string, message: string, stamp?: FileStamp | null): void | Promise<void>;
  link(): { linked: number; external: number } | Promise<{ linked: number; external: number }>;
}
import { extractOne, type WorkIn, type WorkOut } from './worker.js';

export interface IngestOptions {
  /** Worker threads (default: one per core); 0 extracts in this thread. */
  jobs?: number;
  /** "k/n": take only the k-th of n disjoint slices of the inputs (several machines, one archive). */
  shard?: string;
  /** Reader options for every file. */
  read?: ReadOptions;
  /** Called after each file with running counts (for a progress bar or log lines). */
  onProgress?: (p: IngestProgress) => void;
  /** Called with each new record (for --out records.jsonl). */
  onRecord?: (path: string, rec: DirectiveRecord) => void;
  /** File extensions taken from directories (default: pdf docx doc html htm txt). */
  extensions?: string[];
}

export interface IngestProgress {
  done: number;
  total: number;
  stored: number;
  skipped: number;
  errors: number;
  path: string;
  elapsedMs: number;
}

export interface IngestResult extends Omit<IngestProgress, 'path'> {
  links: { linked: number; external: number };
}

const DEFAULT_EXT = ['pdf', 'docx', 'doc', 'html', 'htm', 'txt'];

/** Files named by directories (recursively), globs and plain paths, sorted, without duplicates. */
export async function collectFiles(inputs: string[], extensions = DEFAULT_EXT): Promise<string[]> {
  const out = new Set<string>();
  const ext = new RegExp(`\\.(?:${extensions.join('|')})$`, 'i');
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && ext.test(e.name)) out.add(resolve(p));
    }
  };
  for (const input of inputs) {
    if (/[*?[{]/.test(input)) {
      const { glob } = await import('tinyglobby');
      for (const p of await glob(input, { absolute: true, onlyFiles: true })) out.add(resolve(p));
    } else if (existsSync(input) && statSync(input).isDirectory()) await walk(input);
    else out.add(resolve(input)); // a missing file becomes its NOT_FOUND error row
  }
  return [...out].sort();
}

/** Stable shard of a path: FNV-1a of the path relative to the working directory. */
export function inShard(path: string, shard: string | undefined): boolean {
  if (!shard) return true;
  const m = /^(\d+)\/(\d+)$/.exec(shard);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new Error(`--shard wants k/n with 1 <= k <= n, not "${shard}"`);
  let h = 0x811c9dc5;
  for (const ch of relative(process.cwd(), path)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h % Number(m[2]) === Number(m[1]) - 1;
}

export async function ingest(store: IngestStore, inputs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const t0 = performance.now();
  const files = (await collectFiles(inputs, options.extensions)).filter((p) => inShard(p, options.shard));
  const p: IngestProgress = { done: 0, total: files.length, stored: 0, skipped: 0, errors: 0, path: '', elapsedMs: 0 };
  const tick = (path: string) => {
    p.done++;
    p.path = path;
    p.elapsedMs = performance.now() - t0;
    options.onProgress?.({ ...p });
  };

  const jobs = options.jobs ?? availableParallelism();
  const workerFile = fileURLToPath(new URL('./ingest-worker.js', import.meta.url));
  type Pool = { run: (x: WorkIn) => Promise<WorkOut>; destroy: () => Promise<void> };
  let pool = null as Pool | null;
  if (jobs > 0 && existsSync(workerFile)) {
    const { default: Tinypool } = await import('tinypool');
    pool = new Tinypool({ filename: workerFile, minThreads: 1, maxThreads: jobs, idleTimeout: 1000 }) as unknown as Pool;
  }
  const run = (x: WorkIn): Promise<WorkOut> => (pool ? pool.run(x) : extractOne(x));
  const readOpts: ReadOptions = { ...options.read };
  delete readOpts.onPage; // functions do not cross to workers

  // A bounded window of files in flight keeps memory flat on archives of any size.
  const window = Math.max(1, jobs) * 4;
  let next = 0;
  const one = async (path: string): Promise<void> => {
    let stamp: FileStamp | null = null;
    try {
      const st = statSync(path);
      stamp = { size: st.size, mtime: st.mtimeMs };
    } catch {
      /* missing: the worker reports NOT_FOUND */
    }
    if (stamp && (await store.hasFile(path, stamp))) {
      p.skipped++;
      return tick(path);
    }
    const out = await run({ path, options: readOpts });
    if ('record' in out) {
      await store.putRecord(path, out.record, stamp);
      options.onRecord?.(path, out.record);
      p.stored++;
    } else {
      await store.putError(path, out.sha256, out.error.code, out.error.message, stamp);
      p.errors++;
    }
    tick(path);
  };
  try {
    const lanes = Array.from({ length: Math.min(window, files.length) }, async () => {
      while (next < files.length) await one(files[next++]!);
    });
    await Promise.all(lanes);
  } finally {
    await pool?.destroy();
    if (!pool) {
      const { closeOcr } = await import('../read/ocr.js');
      await closeOcr();
    }
  }
  const links = await store.link();
  return { done: p.done, total: p.total, stored: p.stored, skipped: p.skipped, errors: p.errors, elapsedMs: performance.now() - t0, links };
}
