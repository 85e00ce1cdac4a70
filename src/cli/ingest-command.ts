// The archive commands: ingest (progress bar on a TTY, plain log lines otherwise), chain, graph.
import { appendFileSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { exportGraph, type GraphFormat } from '../corpus/graph-export.js';
import { ingest, type IngestProgress } from '../corpus/ingest.js';
import type { PgStore } from '../corpus/pg-store.js';
import { ArchiveStore, type ChainNode } from '../corpus/store.js';

/** Old-generation growing factor for ingest runs: 1 + 50/100 after each full collection. */
const HEAP_GROWING_PERCENT = 50;

const isPgUrl = (db: string) => /^postgres(?:ql)?:\/\//.test(db);

/** The store behind --db: a SQLite file or a postgres:// URL; both answer the same queries. */
export async function openStore(db: string): Promise<ArchiveStore | PgStore> {
  return isPgUrl(db) ? (await import('../corpus/pg-store.js')).PgStore.open(db) : new ArchiveStore(db);
}

export async function runIngest(inputs: string[], opts: { db: string; out?: string; jobs?: number; shard?: string; ocr: boolean; timeout: number; batch?: number; taskTimeout?: number }): Promise<number> {
  const isPg = isPgUrl(opts.db);
  let store: ArchiveStore | PgStore;
  try {
    store = await openStore(opts.db);
  } catch (e) {
    process.stderr.write(`vanban ingest: cannot open ${isPg ? 'the PostgreSQL store' : opts.db}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  // V8 lets each thread's old generation fill with promoted garbage long before it collects
  // (resident memory rose 121 → 187 MB from 1k to 10k documents, 242 MB at 30k, while the live
  // heap stayed at ~10 MB per thread). A growing factor of 1.5 keeps it near its live size, for
  // about 3% of speed (within this VM's noise; README, Benchmarks). The flag is process-wide, so only the CLI, which owns its process,
  // sets it (before the pool starts its threads); README says how a host process can do the same.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const tty = process.stderr.isTTY === true;
  let bar: import('cli-progress').SingleBar | null = null;
  let lastLog = 0;
  const onProgress = (p: IngestProgress) => {
    const rate = p.done / Math.max(0.001, p.elapsedMs / 1000);
    const eta = rate > 0 ? Math.round((p.total - p.done) / rate) : 0;
    if (bar) bar.update(p.done, { rate: rate.toFixed(1), errors: p.errors, skipped: p.skipped });
    else if (p.done === p.total || p.elapsedMs - lastLog > 2000) {
      lastLog = p.elapsedMs;
      process.stderr.write(`ingest: ${p.done}/${p.total} files, ${p.stored} stored, ${p.skipped} skipped, ${p.errors} errors, ${rate.toFixed(1)} files/s, ETA ${eta}s\n`);
    }
  };
  if (tty) {
    const { SingleBar, Presets } = await import('cli-progress');
    bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} | {rate} files/s | {errors} errors | {skipped} skipped | ETA {eta}s', hideCursor: true, stream: process.stderr }, Presets.shades_classic);
  }
  try {
    let started = false;
    const result = await ingest(store, inputs, {
      ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
      ...(opts.shard !== undefined ? { shard: opts.shard } : {}),
      ...(opts.batch !== undefined ? { batchSize: opts.batch } : {}),
      ...(opts.taskTimeout !== undefined ? { taskTimeoutMs: opts.taskTimeout } : {}),
      read: { ocr: opts.ocr, timeoutMs: opts.timeout },
      onProgress: (p) => {
        if (bar && !started) {
          bar.start(p.total, 0, { rate: '0', errors: 0, skipped: 0 });
          started = true;
        }
        onProgress(p);
      },
      ...(opts.out ? { onRecordJson: (_path: string, json: string) => appendFileSync(opts.out!, `${json}\n`) } : {}),
    });
    bar?.stop();
    const c = await store.counts();
    process.stderr.write(
      `ingest: done in ${(result.elapsedMs / 1000).toFixed(1)} s: ${result.stored} stored, ${result.skipped} already stored, ${result.errors} errors; ` +
        `archive has ${c.documents} documents, ${c.errors} errors, ${result.links.linked} citations linked, ${result.links.external} external\n`,
    );
    return 0;
  } catch (e) {
    bar?.stop();
    process.stderr.write(`vanban ingest: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  } finally {
    await store.close();
  }
}

const label = (n: ChainNode) => `${n.number ?? '(no number)'}${n.typeCode ? ` [${n.typeCode}]` : ''}${n.date ? ` ${n.date}` : ''}${n.issuer ? ` — ${n.issuer}` : ''}${n.external ? ' (not in archive)' : ''}`;

export async function runChain(ref: string, opts: { db: string; up?: boolean; down?: boolean; depth: number; json?: boolean }): Promise<number> {
  const store = await openStore(opts.db);
  try {
    const ids = await store.find(ref);
    if (ids.length === 0) {
      process.stderr.write(`vanban chain: no document ${ref} in ${opts.db}\n`);
      return 1;
    }
    const dir = opts.down ? 'down' : 'up';
    const all: ChainNode[][] = [];
    for (const id of ids) all.push(await store.chain(id, dir, opts.depth));
    if (opts.json) process.stdout.write(`${JSON.stringify(all.length === 1 ? all[0] : all, null, 2)}\n`);
    else {
      for (const nodes of all) {
        for (const n of nodes) {
          const arrow = n.relation ? `${dir === 'up' ? '↑' : '↓'} ${n.relation} ` : '';
          process.stdout.write(`${'  '.repeat(n.depth)}${arrow}${label(n)}\n`);
        }
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}

export async function runGraph(opts: { db: string; format: string; root?: string; output?: string }): Promise<number> {
  if (!['json', 'graphml', 'dot', 'csv', 'html'].includes(opts.format)) {
    process.stderr.write(`vanban graph: --format json|graphml|dot|csv|html\n`);
    return 2;
  }
  const store = await openStore(opts.db);
  try {
    let root: number | undefined;
    if (opts.root) {
      const ids = await store.find(opts.root);
      if (ids.length === 0) {
        process.stderr.write(`vanban graph: no document ${opts.root}\n`);
        return 1;
      }
      root = ids[0];
    }
    const g = await store.graph(root);
    const out = opts.format === 'html' ? (await import('../views/graph-html.js')).renderGraphPage(g) : exportGraph(g, opts.format as GraphFormat);
    if (opts.output) writeFileSync(opts.output, out);
    else process.stdout.write(out);
    return 0;
  } finally {
    await store.close();
  }
}
