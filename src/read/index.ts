// Stage 1: bytes → text + source facts. This issue reads text files; PDF, DOCX, DOC and HTML
// readers are loaded lazily by format (see README: not all of them exist yet).
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { VanbanError } from '../errors.js';

export interface ReadResult {
  text: string;
  format: 'txt' | 'pdf' | 'docx' | 'doc' | 'html';
  path?: string;
  warnings: { code: string; message: string }[];
}

export interface ReadOptions {
  /** Largest file accepted, in bytes (default 50 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Sniffs the format from the first bytes; the extension only breaks ties for text. */
export function sniffFormat(buf: Buffer, name?: string): ReadResult['format'] | 'unknown' {
  if (buf.length >= 5 && buf.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) return 'docx';
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1) return 'doc';
  const head = buf.subarray(0, 2048).toString('utf8').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || (name && /\.html?$/i.test(name) && head.startsWith('<'))) return 'html';
  // Text: no NUL bytes in the first 8 KB (UTF-16 is detected by its BOM).
  const sample = buf.subarray(0, 8192);
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return 'txt';
  if (!sample.includes(0)) return 'txt';
  return 'unknown';
}

export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  // Not UTF-8 at all: an 8-bit legacy file (TCVN3/VNI bytes) reads as Latin-1 characters.
  const bad = (utf8.match(/\uFFFD/g) ?? []).length;
  if (bad > 8 && bad / Math.max(1, utf8.length) > 0.002) return buf.toString('latin1');
  return utf8.replace(/^\uFEFF/, '');
}

export async function readInput(input: string | Buffer, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let buf: Buffer;
  let path: string | undefined;
  if (typeof input === 'string') {
    path = input;
    const st = await stat(input);
    if (st.isDirectory()) throw new VanbanError('READ_FAILED', `${input} is a directory`);
    if (st.size > maxBytes) throw new VanbanError('TOO_LARGE', `${basename(input)} is ${st.size} bytes, over the ${maxBytes}-byte limit`);
    buf = await readFile(input);
  } else {
    buf = input;
    if (buf.length > maxBytes) throw new VanbanError('TOO_LARGE', `input is ${buf.length} bytes, over the ${maxBytes}-byte limit`);
  }
  const format = sniffFormat(buf, path);
  if (format === 'txt') return { text: decodeText(buf), format, ...(path ? { path } : {}), warnings: [] };
  if (format === 'unknown') {
    throw new VanbanError('UNSUPPORTED_FORMAT', `${path ? basename(path) : 'input'}: not a recognised document (binary, ${extname(path ?? '') || 'no extension'})`);
  }
  throw new VanbanError('UNSUPPORTED_FORMAT', `${format.toUpperCase()} files are not read yet (issue #3: readers); convert to text first`);
}
