// Worker-thread entry for ingest: reads and extracts one file. Errors come back as data, so a bad
// file never kills the worker or the pool.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { toVanbanError } from '../errors.js';
import { extractFile } from '../extract-file.js';
import type { ReadOptions } from '../read/types.js';
import type { DirectiveRecord } from '../schema/record.js';

export interface WorkIn {
  path: string;
  options: ReadOptions;
}
export type WorkOut = { record: DirectiveRecord } | { error: { code: string; message: string }; sha256: string | null };

/** Reads, hashes and extracts one file here, so the main thread never reads file contents. */
export async function extractOne({ path, options }: WorkIn): Promise<WorkOut> {
  try {
    return { record: await extractFile(path, options) };
  } catch (e) {
    const err = toVanbanError(e);
    let sha256: string | null = null;
    try {
      sha256 = createHash('sha256').update(await readFile(path)).digest('hex');
    } catch {
      /* unreadable: keyed by path */
    }
    return { error: { code: err.code, message: err.message }, sha256 };
  }
}

export default extractOne;
