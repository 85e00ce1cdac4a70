import { toVanbanError } from './errors.js';
import { extract } from './pipeline.js';
import { readInput, type ReadOptions } from './read/index.js';
import type { DirectiveRecord } from './schema/record.js';

export interface ExtractFileOptions extends ReadOptions {}

/**
 * Reads a file (path or Buffer) and extracts its record. Throws a VanbanError with a stable
 * code when the input cannot be read (NOT_FOUND, TOO_LARGE, UNSUPPORTED_FORMAT, …).
 */
export async function extractFile(input: string | Buffer, options: ExtractFileOptions = {}): Promise<DirectiveRecord> {
  const r = await readInput(input, options).catch((e: unknown) => {
    throw toVanbanError(e);
  });
  return extract(r.text, {
    ...(r.path !== undefined ? { path: r.path } : {}),
    format: r.format,
    readerWarnings: r.warnings,
  });
}
