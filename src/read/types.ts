// What every reader returns: the text the pipeline reads (spans point into it), where its
// pages start, and what was done to get it (OCR, legacy decoding).
import type { LegacyEncoding } from '../normalize/legacy.js';

export type Format = 'txt' | 'pdf' | 'docx' | 'doc' | 'rtf' | 'html';

export interface PageRange {
  /** 1-based page number. */
  number: number;
  /** Offsets of the page in the read text: [start, end). */
  start: number;
  end: number;
  /** True when this page's text came from OCR. */
  ocr?: boolean;
}

export interface ReaderWarning {
  code: string;
  message: string;
}

export interface ReadResult {
  text: string;
  format: Format;
  path?: string;
  /** sha256 of the input bytes (the archive's content key). */
  sha256: string;
  bytes: number;
  pages?: PageRange[];
  ocr?: boolean;
  /** A legacy encoding the reader itself decoded (runs in a .VnTime font, a TCVN3 text layer). */
  encoding?: LegacyEncoding;
  warnings: ReaderWarning[];
}

export interface ReadOptions {
  /** Largest input accepted, in bytes (default 50 MB). */
  maxBytes?: number;
  /** Most pages read from a PDF (default 500); later pages are skipped with a warning. */
  maxPages?: number;
  /** Largest total uncompressed size of a DOCX's entries (default 200 MB): the zip-bomb guard. */
  maxUncompressedBytes?: number;
  /** Time budget per document in ms (default 300 000); over it → TIMEOUT. */
  timeoutMs?: number;
  /**
   * OCR for PDF pages without a usable text layer: `true` (default) uses system `tesseract` when it
   * has Vietnamese data, else tesseract.js; `false` turns it off (a NO_TEXT_LAYER warning instead).
   */
  ocr?: boolean | 'tesseract' | 'tesseract.js';
  /** Rendering resolution for OCR, dots per inch (default 300). */
  ocrDpi?: number;
  /**
   * Read ruled tables in a PDF cell by cell (default true): on pages with an "STT" header, the
   * drawn borders are read too, so each table row is one line of tab-separated cells. `false`
   * reads every page line by line (faster on table pages; wrapped cells interleave).
   */
  tables?: boolean;
  /** Password for an encrypted PDF. */
  password?: string;
  /** Put the text that was read into the record (`record.text`), so spans can be resolved. */
  includeText?: boolean;
  /**
   * The file name a Buffer came from: stored in `source.path` and used to tell text from HTML by
   * extension. Ignored when the input is a path.
   */
  path?: string;
  /** Called once per page while a PDF is read (for progress bars). */
  onPage?: (page: number, pages: number) => void;
}

export interface Limits {
  maxBytes: number;
  maxPages: number;
  maxUncompressedBytes: number;
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 500,
  maxUncompressedBytes: 200 * 1024 * 1024,
  timeoutMs: 300_000,
};
