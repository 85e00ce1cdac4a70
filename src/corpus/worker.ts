// Worker-thread entry for ingest: reads and extracts files. Errors come back as data, so a bad
// file never kills the worker or the pool.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { DEFAULT_LIMITS } from '../read/index.js';
import { toVanbanError } from '../errors.js';
import { extractFile } from '../extract-file.js';
import type { ReadOptions } from '../read/types.js';
import { recordRows, type RecordRows } from './rows.js';

export interface WorkIn {
  paths: string[];
  options: ReadOptions;
}
export type WorkOut = { rows: RecordRows } | { error: { code: string; message: string }; sha256: string | null };

/**
 * Reads, hashes and extracts one file here, and turns the record into store rows, so the main
 * thread never reads file contents. The bytes are read synchronously: this thread has nothing
 * else to do, and an async read costs four thread-pool round trips (open, stat, read, close).
 */
export async function extractOne(path: string, options: ReadOptions): Promise<WorkOut> {
  let bytes: Buffer | null = null;
  try {
    const st = statSync(path);
    const max = options.maxBytes ?? DEFAULT_LIMITS.maxBytes;
    if (st.isFile() && st.size <= max) bytes = readFileSync(path);
    // directories, oversized and missing files: the reader gives the typed error
    return { rows: recordRows(await extractFile(bytes ?? path, bytes ? { ...options, path } : options)) };
  } catch (e) {
    const err = toVanbanError(e);
    let sha256: string | null = null;
    try {
      sha256 = bytes ? createHash('sha256').update(bytes).digest('hex') : hashFile(path);
    } catch {
      /* unreadable: keyed by path */
    }
    return { error: { code: err.code, message: err.message }, sha256 };
  }
}

/**
 * SHA-256 of a file read in 1 MB chunks: a file refused for its size is still keyed by its
 * content, without holding it in memory.
 */
export function hashFile(path: string): string {
  const h = createHash('sha256');
  const buf = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, buf, 0, buf.length, null); n > 0; n = readSync(fd, buf, 0, buf.length, null)) h.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return h.digest('hex');
}

/** One pool task: a few files, so the per-task cost of the pool is shared. */
export async function extractMany({ paths, options }: WorkIn): Promise<WorkOut[]> {
  const out: WorkOut[] = [];
  for (const p of paths) out.push(await extractOne(p, options));
  return out;
}

export default extractMany;
