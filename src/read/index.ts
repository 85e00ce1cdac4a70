// Stage 1: bytes → text + source facts. The format is recognised by content (magic bytes), the
// extension only breaks ties for text. Heavy readers (pdf.js, mammoth, word-extractor, OCR) are
// imported when a file of their format arrives, so importing vanban stays light.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { VanbanError, toVanbanError } from '../errors.js';
import { DEFAULT_LIMITS, type Format, type ReadOptions, type ReadResult } from './types.js';

export type { Format, PageRange, ReadOptions, ReadResult, ReaderWarning } from './types.js';
export { DEFAULT_LIMITS } from './types.js';
export const DEFAULT_MAX_BYTES = DEFAULT_LIMITS.maxBytes;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Sniffs the format from the first bytes; the extension only breaks ties for text. */
export function sniffFormat(buf: Buffer, name?: string): Format | 'unknown' {
  // "%PDF-" may follow some junk bytes (the spec allows it within the first 1024).
  const head1k = buf.subarray(0, 1024).toString('latin1');
  if (head1k.startsWith('%PDF-') || (head1k.includes('%PDF-') && !name?.match(/\.(txt|html?)$/i))) return 'pdf';
  if (buf.length >= 4 && ZIP.every((b, i) => buf[i] === b)) return 'docx';
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1) return 'doc';
  const head = buf.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  // RTF, whatever its name says: Word saved many ".doc" files of old archives as RTF
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]|^<meta[\s>]/.test(head) || (head.startsWith('<') && /<(?:p|div|table|br)[\s>/]/.test(head) && (!name || /\.html?$/i.test(name)))) return 'html';
  // Text: no NUL bytes in the first 8 KB (UTF-16 is detected by its BOM).
  const sample = buf.subarray(0, 8192);
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return 'txt';
  if (utf16Order(sample)) return 'txt';
  if (buf.length > 0 && !sample.includes(0) && !looksBinary(sample)) return 'txt';
  if (buf.length === 0) return 'txt';
  return 'unknown';
}

/** Many C0 control bytes (not tab/newline/form feed) mean an image or other binary format. */
function looksBinary(sample: Buffer): boolean {
  let ctl = 0;
  for (const b of sample) if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 0x1b) ctl++;
  return ctl > 8 && ctl / sample.length > 0.02;
}

/**
 * UTF-16 written without its BOM (some export tools): the high byte of nearly every character
 * of Vietnamese text is 0x00 (ASCII) or 0x01/0x1E (ư, ơ, đ; the toned letters), so one byte
 * position of each pair is often 0 and the other almost never.
 */
function utf16Order(sample: Buffer): 'le' | 'be' | null {
  const pairs = sample.length >> 1;
  if (pairs < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  if (oddZero >= pairs * 0.3 && evenZero <= pairs * 0.02) return 'le';
  if (evenZero >= pairs * 0.3 && oddZero <= pairs * 0.02) return 'be';
  return null;
}

export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const order = utf16Order(buf.subarray(0, 8192));
  if (order === 'le') return buf.toString('utf16le');
  if (order === 'be') {
    const swapped = Buffer.from(buf.subarray(0, buf.length & ~1));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  // Not UTF-8 at all: an 8-bit legacy file (TCVN3/VNI bytes) reads as Latin-1 characters.
  const bad = (utf8.match(/\uFFFD/g) ?? []).length;
  if (bad > 8 && bad / Math.max(1, utf8.length) > 0.002) return buf.toString('latin1');
  return utf8.replace(/^\uFEFF/, '');
}

/**
 * Each "<table …>…</table>" of a text replaced by its text, in one pass (each search goes on from
 * the last; a lower-cased copy could differ in length from the text, so tags are found by regex).
 */
function htmlTables(text: string, toText: (html: string) => string): string {
  const open = /<table[\s>]/gi;
  const close = /<\/table>/gi;
  let out = '';
  let at = 0;
  for (;;) {
    open.lastIndex = at;
    const o = open.exec(text);
    if (!o) break;
    close.lastIndex = o.index;
    const c = close.exec(text);
    if (!c) break;
    const end = c.index + c[0].length;
    out += `${text.slice(at, o.index)}\n${toText(text.slice(o.index, end)).trim()}\n`;
    at = end;
  }
  return out + text.slice(at);
}

/** Decodes an HTML page by its declared charset (windows-1258 pages exist), else as text. */
export function decodeHtml(buf: Buffer): string {
  const head = buf.subarray(0, 4096).toString('latin1');
  const cs = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (cs && cs !== 'utf-8' && cs !== 'utf8') {
    try {
      return new TextDecoder(cs).decode(buf);
    } catch {
      /* unknown label: fall through */
    }
  }
  return decodeText(buf);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  if (!Number.isFinite(ms) || ms <= 0) return p;
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new VanbanError('TIMEOUT', `${what} took longer than ${ms} ms (timeoutMs)`)), ms);
    timer.unref?.();
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export async function readInput(input: string | Buffer, options: ReadOptions = {}): Promise<ReadResult> {
  const limits = { ...DEFAULT_LIMITS, ...definedOnly(options) };
  let buf: Buffer;
  let path: string | undefined;
  if (typeof input === 'string') {
    path = input;
    const st = await stat(input).catch((e) => {
      throw toVanbanError(e);
    });
    if (st.isDirectory()) throw new VanbanError('READ_FAILED', `${input} is a directory`);
    if (st.size > limits.maxBytes) throw new VanbanError('TOO_LARGE', `${basename(input)} is ${st.size} bytes, over the ${limits.maxBytes}-byte limit (maxBytes)`);
    buf = await readFile(input).catch((e) => {
      throw toVanbanError(e);
    });
  } else if (Buffer.isBuffer(input) || (input as unknown) instanceof Uint8Array) {
    buf = Buffer.isBuffer(input) ? input : Buffer.from(input as Uint8Array);
    path = options.path;
    if (buf.length > limits.maxBytes) throw new VanbanError('TOO_LARGE', `input is ${buf.length} bytes, over the ${limits.maxBytes}-byte limit (maxBytes)`);
  } else {
    throw new VanbanError('UNSUPPORTED_FORMAT', 'extractFile takes a path or a Buffer');
  }
  const format = sniffFormat(buf, path);
  const base = { format, sha256: createHash('sha256').update(buf).digest('hex'), bytes: buf.length, ...(path ? { path } : {}) };
  const label = path ? basename(path) : 'input';
  if (format === 'unknown') {
    throw new VanbanError('UNSUPPORTED_FORMAT', `${label}: not a recognised document (binary, ${extname(path ?? '') || 'no extension'}); vanban reads PDF, DOCX, DOC, RTF, HTML and text`);
  }
  const work = async (): Promise<ReadResult> => {
    switch (format) {
      case 'txt': {
        const text = decodeText(buf);
        // Markdown may hold HTML tables (GitHub-flavoured markdown writes a table whose cells have
        // paragraphs as one): each is read as an HTML page's table is.
        if (!/<table[\s>]/i.test(text) || !/<\/table>/i.test(text)) return { ...base, format, text, warnings: [] };
        const { htmlToText } = await import('./html-text.js');
        return { ...base, format, text: htmlTables(text, htmlToText), warnings: [{ code: 'HTML_TABLES', message: 'read the HTML tables inside the text as tables' }] };
      }
      case 'html': {
        const { htmlToText } = await import('./html-text.js');
        return { ...base, format, text: htmlToText(decodeHtml(buf)), warnings: [] };
      }
      case 'doc': {
        const { readDoc } = await import('./doc.js');
        const r = await readDoc(buf);
        return { ...base, format, text: r.text, warnings: r.warnings };
      }
      case 'rtf': {
        const { readRtf } = await import('./rtf.js');
        const r = await readRtf(buf);
        if (r.text.trim() === '') r.warnings.push({ code: 'NO_TEXT', message: 'the RTF file has no text' });
        return { ...base, format, text: r.text, warnings: r.warnings };
      }
      case 'docx': {
        const { readDocx } = await import('./docx.js');
        const r = await readDocx(buf, limits.maxUncompressedBytes);
        return { ...base, format, text: r.text, warnings: r.warnings };
      }
      case 'pdf': {
        const { readPdf } = await import('./pdf.js');
        const r = await readPdf(buf, { ...options, maxPages: limits.maxPages, deadline: Date.now() + limits.timeoutMs });
        return { ...base, format, text: r.text, pages: r.pages, ocr: r.ocr, warnings: r.warnings };
      }
    }
  };
  try {
    return await withTimeout(work(), limits.timeoutMs, `reading ${label}`);
  } catch (e) {
    throw toVanbanError(e);
  }
}

function definedOnly(o: ReadOptions): Partial<typeof DEFAULT_LIMITS> {
  const out: Partial<typeof DEFAULT_LIMITS> = {};
  if (o.maxBytes !== undefined) out.maxBytes = o.maxBytes;
  if (o.maxPages !== undefined) out.maxPages = o.maxPages;
  if (o.maxUncompressedBytes !== undefined) out.maxUncompressedBytes = o.maxUncompressedBytes;
  if (o.timeoutMs !== undefined) out.timeoutMs = o.timeoutMs;
  return out;
}
