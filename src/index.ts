// Public API. Importing this pulls no PDF/DOCX/OCR reader: those load on demand.
export { extract, type ExtractOptions } from './pipeline.js';
export { extractFile, extractRead, pageAt, type ExtractFileOptions } from './extract-file.js';
export { VanbanError, type VanbanErrorCode } from './errors.js';
export * from './schema/record.js';
export { normalize, type NormalizedText, OffsetMap, MappedText, matchKey, looseKey } from './normalize/index.js';
export { segment, type Zones } from './segment/index.js';
export { parseNumber } from './extract/number.js';
export { parseDate } from './extract/date.js';
export { sniffFormat, readInput, DEFAULT_LIMITS, type ReadOptions, type ReadResult, type PageRange, type Format } from './read/index.js';

/** Frees the OCR worker (tesseract.js) so a short-lived process can exit; safe to call anytime. */
export async function closeReaders(): Promise<void> {
  const { closeOcr } = await import('./read/ocr.js');
  await closeOcr();
}
