// DOCX with mammoth, after two things mammoth does not do:
// 1. a zip-bomb guard: entry sizes are read from the zip directory before anything is inflated;
// 2. list labels: Word's automatic "1.", "a)", "-" are section labels here, and mammoth drops
//    them. They are rebuilt from numbering.xml and written into document.xml as plain text runs
//    before mammoth reads it, so its HTML (tables, text boxes, footnotes) carries them.
import { VanbanError } from '../errors.js';
import { htmlToText } from './html-text.js';
import { NOTES_MARK } from './marks.js';
import type { ReaderWarning } from './types.js';

interface Level {
  start: number;
  fmt: string;
  text: string;
}
interface Numbering {
  abstract: Map<string, Map<number, Level>>;
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
  styles: Map<string, { numId: string; ilvl: number }>;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

export function parseNumbering(numberingXml: string, stylesXml: string): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of numberingXml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1]!, 'w:abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attr(l[1]!, 'w:ilvl') ?? 0);
      const body = l[2]!;
      levels.set(ilvl, {
        start: Number(/<w:start\b[^>]*w:val="(\d+)"/.exec(body)?.[1] ?? 1),
        fmt: /<w:numFmt\b[^>]*w:val="([^"]*)"/.exec(body)?.[1] ?? 'decimal',
        text: /<w:lvlText\b[^>]*w:val="([^"]*)"/.exec(body)?.[1] ?? '',
      });
    }
    abstract.set(id, levels);
  }
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const m of numberingXml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(m[1]!, 'w:numId');
    const abs = /<w:abstractNumId\b[^>]*w:val="([^"]*)"/.exec(m[2]!)?.[1];
    if (id === undefined || abs === undefined) continue;
    const starts = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const v = /<w:startOverride\b[^>]*w:val="(\d+)"/.exec(o[2]!)?.[1];
      if (v !== undefined) starts.set(Number(attr(o[1]!, 'w:ilvl') ?? 0), Number(v));
    }
    nums.set(id, { abstractId: abs, starts });
  }
  const styles = new Map<string, { numId: string; ilvl: number }>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1]!, 'w:styleId');
    const numId = /<w:numId\b[^>]*w:val="([^"]*)"/.exec(m[2]!)?.[1];
    if (id !== undefined && numId !== undefined) styles.set(id, { numId, ilvl: Number(/<w:ilvl\b[^>]*w:val="(\d+)"/.exec(m[2]!)?.[1] ?? 0) });
  }
  return { abstract, nums, styles };
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
function roman(n: number): string {
  let s = '';
  for (const [v, r] of ROMAN) while (n >= v) { s += r; n -= v; }
  return s;
}
// Vietnamese letter lists skip no letters in Word's lowerLetter: a, b, c … z, aa, bb …
function letter(n: number): string {
  const i = (n - 1) % 26;
  return String.fromCharCode(97 + i).repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal': case 'decimalZero': return fmt === 'decimalZero' && n < 10 ? `0${n}` : String(n);
    case 'lowerLetter': return letter(n);
    case 'upperLetter': return letter(n).toUpperCase();
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperRoman': return roman(n);
    default: return String(n);
  }
}

/** Writes each numbered paragraph's label ("1.", "a)", "-") into document.xml as a text run. */
export function injectLabels(documentXml: string, numbering: Numbering): string {
  const counters = new Map<string, number[]>(); // per abstract list: counter per level
  const startedNums = new Set<string>();
  return documentXml.replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/g, (whole, ppr: string) => {
    let numId = /<w:numId\b[^>]*w:val="([^"]*)"/.exec(ppr)?.[1];
    let ilvl = Number(/<w:ilvl\b[^>]*w:val="(\d+)"/.exec(ppr)?.[1] ?? 0);
    if (numId === undefined) {
      const style = /<w:pStyle\b[^>]*w:val="([^"]*)"/.exec(ppr)?.[1];
      const viaStyle = style ? numbering.styles.get(style) : undefined;
      if (!viaStyle) return whole;
      numId = viaStyle.numId;
      ilvl = /<w:ilvl\b/.test(ppr) ? ilvl : viaStyle.ilvl;
    }
    const num = numbering.nums.get(numId);
    const levels = num ? numbering.abstract.get(num.abstractId) : undefined;
    if (!num || !levels || numId === '0') return whole;
    const level = levels.get(ilvl);
    if (!level || level.fmt === 'none') return whole;
    const key = num.abstractId;
    let c = counters.get(key);
    if (!c || (num.starts.size > 0 && !startedNums.has(numId))) {
      c = [];
      counters.set(key, c);
    }
    startedNums.add(numId);
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl]! + 1;
    c.length = ilvl + 1; // deeper levels restart
    let label: string;
    if (level.fmt === 'bullet') label = '-';
    else {
      label = level.text.replace(/%(\d)/g, (_m, d: string) => {
        const l = Number(d) - 1;
        const v = c![l] ?? startOf(l);
        return formatNumber(v, levels.get(l)?.fmt ?? 'decimal');
      });
    }
    if (!label.trim()) return whole;
    const safe = label.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return `${whole}<w:r><w:t xml:space="preserve">${safe} </w:t></w:r>`;
  });
}

interface ZipLike {
  files: Record<string, { _data?: { uncompressedSize?: number }; dir: boolean }>;
  file(name: string): { async(t: 'string'): Promise<string> } | null;
}

const MAX_XML_PART = 32 * 1024 * 1024;

/** Refuses a zip whose entries would inflate past the limit, before inflating any of them. */
export function checkZipSizes(zip: ZipLike, maxUncompressed: number, compressedSize: number): void {
  let total = 0;
  for (const [name, f] of Object.entries(zip.files)) {
    if (f.dir) continue;
    const size = f._data?.uncompressedSize ?? 0;
    total += size;
    // mammoth holds an XML part in memory ~50× over: one huge part is a bomb even under the total.
    if (/\.xml$/i.test(name) && size > MAX_XML_PART) {
      throw new VanbanError('TOO_LARGE', `DOCX part ${name} inflates to ${size} bytes (over ${MAX_XML_PART}; ${compressedSize} bytes compressed): refused as a possible zip bomb`);
    }
    if (total > maxUncompressed) {
      throw new VanbanError('TOO_LARGE', `DOCX inflates past ${maxUncompressed} bytes (at ${name}; ${compressedSize} bytes compressed): refused as a possible zip bomb`);
    }
  }
}

export async function readDocx(buf: Buffer, maxUncompressed: number): Promise<{ text: string; warnings: ReaderWarning[] }> {
  const { default: JSZip } = await import('jszip');
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch (e) {
    throw new VanbanError('CORRUPT_FILE', `not a readable DOCX (zip): ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  checkZipSizes(zip as unknown as ZipLike, maxUncompressed, buf.length);
  if (zip.file('EncryptedPackage') || zip.file('EncryptionInfo')) throw new VanbanError('ENCRYPTED', 'the DOCX is password-protected');
  const docFile = zip.file('word/document.xml');
  if (!docFile) throw new VanbanError('CORRUPT_FILE', 'the zip has no word/document.xml: not a Word document');
  const warnings: ReaderWarning[] = [];
  const numberingXml = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
  if (numberingXml) {
    const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const doc = await docFile.async('string');
    zip.file('word/document.xml', injectLabels(doc, parseNumbering(numberingXml, stylesXml)));
  }
  const patched = await zip.generateAsync({ type: 'nodebuffer' });
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: patched }, { ignoreEmptyParagraphs: false })).value;
  } catch (e) {
    throw new VanbanError('CORRUPT_FILE', `mammoth could not read the DOCX: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  // Footnotes and endnotes come last in mammoth's HTML, as an <ol> of items with footnote ids;
  // their in-text markers ("[1]") are links. Both are separated out.
  html = html.replace(/<sup><a href="#(?:foot|end)note-[^"]*" id="[^"]*">\[\d+\]<\/a><\/sup>/g, '');
  const notesAt = html.search(/<ol><li id="(?:foot|end)note-/);
  let body = html;
  let notes = '';
  if (notesAt >= 0) {
    body = html.slice(0, notesAt);
    notes = htmlToText(html.slice(notesAt).replace(/<a href="#(?:foot|end)note-ref-[^"]*">↑<\/a>/g, ''));
  }
  let text = htmlToText(body);
  if (notes.trim()) text += `\n\n${NOTES_MARK}\n${notes}\n`;
  if (text.trim() === '') warnings.push({ code: 'NO_TEXT', message: 'the DOCX has no text' });
  return { text, warnings };
}
