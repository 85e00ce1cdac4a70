// Ingest: walk the inputs, skip what the store already has (by path and content hash), extract
// the rest in a worker-thread pool, store records in batched transactions (each record whole in
// one), link at the end.
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS, type ReadOptions } from '../read/types.js';
import type { DirectiveRecord } from '../schema/record.js';
import { rowsJson, type RecordRows } from './rows.js';
import type { WorkIn, WorkOut } from './worker.js';

export interface FileStamp {
  size: number;
  mtime: number;
}

/** What ingest needs from a store: SQLite (ArchiveStore) and PostgreSQL (PgStore) both give it. */
export interface IngestStore {
  /** True when this path is stored with this size and mtime (unchanged since). */
  hasFile(path: string, stamp: FileStamp | null): boolean | Promise<boolean>;
  /** Stores a record given as rows (see rows.ts; putRecord does the same from a record). */
  putRows(path: string, rows: RecordRows, stamp?: FileStamp | null): number | Promise<number>;
  putError(path: string, sha256: string | null, code: string, message: string, stamp?: FileStamp | null): void | Promise<void>;
  link(): { linked: number; external: number } | Promise<{ linked: number; external: number }>;
  /**
   * Runs synchronous puts in one transaction (SQLite). Ingest then commits records in batches:
   * a commit per record was a third of the ingest thread's time. A run killed mid-batch loses
   * only uncommitted rows, whose files are taken again on the next run.
   */
  batch?(run: () => void): void;
}

export interface IngestOptions {
  /** Worker threads (default: one per core); 0 extracts in this thread. */
  jobs?: number;
  /** "k/n": take only the k-th of n disjoint slices of the inputs (several machines, one archive). */
  shard?: string;
  /** Reader options for every file. */
  read?: ReadOptions;
  /** Called after each file with running counts (for a progress bar or log lines). */
  onProgress?: (p: IngestProgress) => void;
  /** Called with each new record (parsed from the stored JSON only when this is given). */
  onRecord?: (path: string, rec: DirectiveRecord) => void;
  /** Called with each new record as its stored JSON, one line (for --out records.jsonl). */
  onRecordJson?: (path: string, json: string) => void;
  /**
   * Records per commit when the store batches (SQLite; default 64). Each record always lies
   * whole in one transaction; 1 gives every record its own.
   */
  batchSize?: number;
  /**
   * Longest a worker may spend on one file before it is stopped and the file stored as a TIMEOUT
   * error (default: twice `read.timeoutMs` plus 10 s). Catches readers stuck in synchronous work,
   * which their own timeout cannot interrupt. Needs workers (`jobs` > 0).
   */
  taskTimeoutMs?: number;
  /** File extensions taken from directories (default: pdf docx doc rtf html htm txt). */
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

/** Records per commit, and the longest a finished file waits for its commit (progress stays live). */
const BATCH = 64;
const BATCH_MS = 500;
/** Most files per pool task. */
const GROUP = 8;
/**
 * Young generation of each worker's heap. V8 lets it grow to 32–48 MB per thread as it goes,
 * which showed as resident memory rising over a run (149 MB at 1k documents, 246 MB at 10k);
 * a small one is collected more often at no measured cost in speed.
 */
const WORKER_YOUNG_MB = 4;

const DEFAULT_EXT = ['pdf', 'docx', 'doc', 'rtf', 'html', 'htm', 'txt'];

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
  type Pool = { run: (x: WorkIn, o?: { signal?: AbortSignal }) => Promise<WorkOut[]>; destroy: () => Promise<void> };
  let pool = null as Pool | null;
  if (jobs > 0 && existsSync(workerFile)) {
    const { default: Tinypool } = await import('tinypool');
    pool = new Tinypool({ filename: workerFile, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }) as unknown as Pool;
  }
  // Watchdog: a reader stuck in synchronous work never reaches its own timeout, and would hold
  // its worker for good. A pool task over its limit has its worker stopped (tinypool terminates
  // it on abort and starts another); its files are then tried one by one, and a file that is
  // over the limit alone is stored as a TIMEOUT error. Without workers there is nothing to stop.
  const perFile = options.taskTimeoutMs ?? 2 * (options.read?.timeoutMs ?? DEFAULT_LIMITS.timeoutMs) + 10_000;
  const guarded = async (paths: string[]): Promise<WorkOut[]> => {
    // without workers the core is loaded here (lazily: with workers this thread only writes)
    if (!pool) return (await import('./worker.js')).extractMany({ paths, options: readOpts });
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), perFile * paths.length);
    try {
      return await pool.run({ paths, options: readOpts }, { signal: ac.signal });
    } catch (e) {
      if (!ac.signal.aborted) throw e;
      if (paths.length > 1) {
        const outs: WorkOut[] = [];
        for (const p1 of paths) outs.push(...(await guarded([p1])));
        return outs;
      }
      return [{ error: { code: 'TIMEOUT', message: `reading ${paths[0]} took over ${perFile} ms; its worker was stopped` }, sha256: null }];
    } finally {
      clearTimeout(timer);
    }
  };
  const batchSize = Math.max(1, options.batchSize ?? BATCH);
  const readOpts: ReadOptions = { ...options.read };
  delete readOpts.onPage; // functions do not cross to workers

  // A bounded window of files in flight keeps memory flat on archives of any size. Files go to
  // the pool a few per task (the pool's per-task cost is shared), fewer near the end so that
  // every worker still has some.
  const lanes = Math.max(1, jobs) * 2;
  let next = 0;
  const take = (): string[] => {
    const k = Math.max(1, Math.min(GROUP, Math.ceil((files.length - next) / lanes)));
    const group = files.slice(next, next + k);
    next += group.length;
    return group;
  };
  // Finished files wait here and are stored together (see IngestStore.batch).
  type Outcome = { path: string; stamp: FileStamp | null; out: WorkOut };
  const pending: Outcome[] = [];
  let lastFlush = performance.now();
  const flush = async (): Promise<void> => {
    const items = pending.splice(0);
    lastFlush = performance.now();
    if (items.length === 0) return;
    const put = (o: Outcome) =>
      'rows' in o.out
        ? store.putRows(o.path, o.out.rows, o.stamp)
        : store.putError(o.path, o.out.sha256, o.out.error.code, o.out.error.message, o.stamp);
    if (store.batch) {
      store.batch(() => {
        for (const o of items) put(o);
      });
    } else for (const o of items) await put(o);
    for (const o of items) {
      if ('rows' in o.out) {
        if (options.onRecord || options.onRecordJson) {
          const json = rowsJson(o.out.rows);
          options.onRecordJson?.(o.path, json);
          options.onRecord?.(o.path, JSON.parse(json) as DirectiveRecord);
        }
        p.stored++;
      } else p.errors++;
      tick(o.path);
    }
  };
  const some = async (paths: string[]): Promise<void> => {
    const todo: { path: string; stamp: FileStamp | null }[] = [];
    for (const path of paths) {
      let stamp: FileStamp | null = null;
      try {
        const st = statSync(path);
        stamp = { size: st.size, mtime: st.mtimeMs };
      } catch {
        /* missing: the worker reports NOT_FOUND */
      }
      if (stamp && (await store.hasFile(path, stamp))) {
        p.skipped++;
        tick(path);
      } else todo.push({ path, stamp });
    }
    if (todo.length === 0) return;
    const outs = await guarded(todo.map((t) => t.path));
    todo.forEach((t, i) => pending.push({ ...t, out: outs[i]! }));
    if (!store.batch || pending.length >= batchSize || performance.now() - lastFlush > BATCH_MS) await flush();
  };
  try {
    await Promise.all(
      Array.from({ length: Math.min(lanes, files.length) }, async () => {
        while (next < files.length) await some(take());
      }),
    );
    await flush();
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
