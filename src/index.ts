// Public API. Importing this pulls no PDF/DOCX/OCR reader: those load on demand.
export { extract, type ExtractOptions } from './pipeline.js';
export { extractFile, type ExtractFileOptions } from './extract-file.js';
export { VanbanError, type VanbanErrorCode } from './errors.js';
export * from './schema/record.js';
export { normalize, type NormalizedText, OffsetMap, MappedText, matchKey, looseKey } from './normalize/index.js';
export { segment, type Zones } from './segment/index.js';
export { parseNumber } from './extract/number.js';
export { parseDate } from './extract/date.js';
export { sniffFormat } from './read/index.js';
