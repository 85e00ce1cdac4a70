// Worker-thread entry for ingest: reads and extracts one file. Errors come back as data, so a bad
// file never kills the worker or the pool.
import { toVanbanError } from '../errors.js';
import { extractFile } from '../extract-file.js';
import type { ReadOptions } from '../read/types.js';
import type { DirectiveRecord } from '../schema/record.js';

export interface WorkIn {
  path: string;
  options: ReadOptions;
}
export type WorkOut = { record: DirectiveRecord } | { error: { code: string; message: string } };

export async function extractOne({ path, options }: WorkIn): Promise<WorkOut> {
  try {
    return { record: await extractFile(path, options) };
  } catch (e) {
    const err = toVanbanError(e);
    return { error: { code: err.code, message: err.message } };
  }
}

export default extractOne;
