import { toVanbanError } from './errors.js';
import { extract } from './pipeline.js';
import { readInput } from './read/index.js';
import type { ReadOptions, ReadResult } from './read/types.js';
import type { DirectiveRecord } from './schema/record.js';

export interface ExtractFileOptions extends ReadOptions {}

/**
 * Reads a file (path or Buffer) of any supported format — PDF (text layer or scan), DOCX, DOC,
 * HTML, text — and extracts its record. Spans point into the text that was read, which
 * `source.pages` divides into pages. Throws a VanbanError with a stable code when the input
 * cannot be read (NOT_FOUND, TOO_LARGE, UNSUPPORTED_FORMAT, CORRUPT_FILE, ENCRYPTED, TIMEOUT, …).
 */
export async function extractFile(input: string | Buffer, options: ExtractFileOptions = {}): Promise<DirectiveRecord> {
  const r = await readInput(input, options).catch((e: unknown) => {
    throw toVanbanError(e);
  });
  const record = extractRead(r);
  if (options.includeText) record.text = r.text;
  return record;
}

/**
 * The record of a text a reader returned (`readInput`): what `extractFile` does once the file is
 * read. The record's `source` comes from the reader (the bytes' sha256, pages, OCR), so the text
 * is not hashed again.
 */
export function extractRead(r: ReadResult): DirectiveRecord {
  return extract(r.text, {
    ...(r.path !== undefined ? { path: r.path } : {}),
    format: r.format,
    readerWarnings: r.warnings,
    source: {
      sha256: r.sha256,
      bytes: r.bytes,
      ...(r.pages ? { pages: r.pages } : {}),
      ...(r.ocr !== undefined ? { ocr: r.ocr } : {}),
    },
  });
}

/** The 1-based page a span offset (into the read text) falls on, or null for unpaged formats. */
export function pageAt(record: Pick<DirectiveRecord, 'source'>, offset: number): number | null {
  const pages = record.source.pages;
  if (!pages) return null;
  for (const p of pages) if (offset >= p.start && offset <= p.end) return p.number;
  return null;
}
