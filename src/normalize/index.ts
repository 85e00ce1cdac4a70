// Stage 2 of the pipeline: raw text → clean text + offset map back into the raw text.
// Steps run in a fixed order (vn-document-format.md §6.6): NFC of combining marks, legacy decoding,
// then character clean-up, then the artefacts of exported text, then line rejoining.
import { restoreHeader } from './displaced-header.js';
import { decodeLegacy, detectLegacy, type LegacyEncoding } from './legacy.js';
import { MappedText, OffsetMap } from './mapped-text.js';
import { foldSameLength, looseKey } from './fold.js';
import { joinBrokenSyllables, joinLetterSpaced, splitGluedWords } from './letter-spaced.js';
import { relineFlattened } from './reline.js';
import { isSyllable } from './syllable.js';
import dashCompounds from '../data/dash-compounds.json' with { type: 'json' };
import functionWords from '../data/function-words.json' with { type: 'json' };

export { MappedText, OffsetMap } from './mapped-text.js';
export { foldSameLength, looseKey, matchKey } from './fold.js';
export { detectLegacy, type LegacyEncoding } from './legacy.js';

export interface NormalizedText {
  /** The input as given. Spans in records point into this string. */
  original: string;
  /** Clean text that extractors read. */
  text: string;
  /** Same length as `text`: lower case, no diacritics (for OCR-tolerant keyword search). */
  folded: string;
  map: OffsetMap;
  encoding: LegacyEncoding | null;
  /** What the clean-up did, for the record's warnings. */
  notes: { code: string; message: string }[];
}

const CHAR_MAP: Record<string, string> = {
  '\u00a0': ' ', '\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ',
  '\u2006': ' ', '\u2007': ' ', '\u2008': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ', '\u205f': ' ',
  '\u3000': ' ', '\t': '    ', '\u000b': '\n', '\f': '\n', '\u2028': '\n', '\u2029': '\n',
  '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '', '\u00ad': '',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\ufe58': '-', '\ufe63': '-', '\uff0d': '-',
  // slash look-alikes OCR and typesetting put in numbers ("Luật số 81⁄2025/QH15": a fraction slash)
  '\u2044': '/', '\u2215': '/', '\uff0f': '/',
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u00d0': 'Đ', '\u0189': 'Đ', '\u00f0': 'đ',
  // "ƣ" (latin oi) for "ư", from a PDF's broken ToUnicode map, in a text another tool extracted
  // ("Thƣơng", "Nhƣ trên"; the PDF reader mends its own): no Vietnamese word has it
  '\u01a3': 'ư', '\u01a2': 'Ư',
  // Cyrillic look-alikes typed or OCR'd into Vietnamese words ("củа").
  '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x',
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041a': 'K', '\u041c': 'M', '\u041d': 'H', '\u041e': 'O',
  '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0425': 'X',
};
/** Code units to map or delete: CHAR_MAP's keys and the C0 controls other than \t \n \r. */
const CHAR_FLAGS = new Uint8Array(65536);
for (const k of Object.keys(CHAR_MAP)) CHAR_FLAGS[k.charCodeAt(0)] = 1;
for (let c = 0; c <= 0x1f; c++) if (c < 0x09 || c > 0x0d) CHAR_FLAGS[c] = 1;
CHAR_FLAGS[0x7f] = 1;

const MARKDOWN_TABLE = /^[ ]{0,3}\|.*\|\s*$/m; // up to 3 spaces of indent, as markdown allows
// Rows may also go without their closing pipe ("| BỘ XÂY DỰNG -------" over "|---|---"): the
// delimiter row under the first row tells such a table.
const MARKDOWN_DELIMITER_ROW = /^[ ]{0,3}\|[ ]*:?-{3,}:?[ ]*\|/m;
const WORD_SEGMENTED = /\p{L}_\p{L}/gu;
// Up to four short lines (a page marker, the signer in capitals, "Người ký: …", "Email: …",
// "Cơ quan: …") ending in the signing time ("28-07-2026 09:58:36 +07:00", "Thời gian ký:
// 01.07.2025 14:26:27 +07:00"); each line is bounded, so the pattern cannot backtrack far.
// (OCR may read the stamp's lines as one row of cells, "CHINHPHU.VN | … :Thời sian kýt 30.06.2025
// 16:49:46 107:00 .", the label and the zone damaged: what stands beside the time is let be)
const STAMP_BLOCK = /^\s*(?:[^\n]{0,80}\n[ ]*){0,4}?[^\n]{0,120}?\d{1,2}[-./]\d{1,2}[-./]\d{4}[ ]+\d{1,2}:\d{2}(?::\d{2})?[^\n\d]{0,4}(?:[+-]?\d{2,3}:?\d{2})?[^\n\d]{0,12}\n/u;
const GAZETTE_HEAD = /^[ ]*C[ÔO]NG B[ÁA]O[ ]*\/[ ]*S[ốỐoO][^\n]{0,60}\n/gmu;
// (only where the gazette's running head was: "VĂN BẢN QUY PHẠM PHÁP LUẬT" opens no document)
const GAZETTE_SECTION = /^[ ]*VĂN BẢN (?:QUY PHẠM PHÁP LUẬT|HỢP NHẤT|KHÁC)[ ]*\n(?:[ ]*\p{Lu}[\p{Lu} ]{1,40}(?:[ ]-[ ]\p{Lu}[\p{Lu} ]{1,40})+[ ]*\n)?/mu;
const PORTAL_STAMP = /^[ ]*C[ỔÔO]NG[ ]TH[ÔO]NG[ ]TIN[ ][ĐD]I[ỆÊE]N[ ]T[ỬƯU][ ]CH[ÍI]NH[ ]PH[ỦUÙ][ ]*(?:\n|(?=\p{Ll}))/gmu;
// a national or Party heading soon after: the stamp sits above a real header
const HEADING_AFTER = /C[OỘỌ]NG\s*H[OÒ][AÀ]|C[OỘỌ]NG\s*S[AẢ]N\s*VI[EỆ]T\s*NAM|ĐẢNG CỘNG SẢN/iu;
// (one space before the pipe, not a run: a regex that opened with a run of spaces would be
// tried at every space of a long run)
const PIPE_CELL = /[ ]\|(?:[ ]+\|)*[ ]+/g;
// a row's closing pipe ("Số: 612/QĐ-UBND |" at the line's end): no cell follows it
const PIPE_ROW_END = /[ ]\|[ ]*$/gm;

// a backslash before ASCII punctuation, before a column gap or a cell's end (" |"), or at a
// line's end (after it only the stars that close emphasis)
const PANDOC_ESCAPE = /\\(?=[-*.!#_[\](){}<>|"'`~+=&@$%^:;,?\\]|[ ]{2}|[ ]\||\**[ ]*$)/gm;

const SPAN_ATTRIBUTES = /\]\{[.#][^}\n]{0,60}\}/g;

/** Pandoc spans: each "]{.class}" with the "[" that opened it (the last one before, no "]" between, within 300 units). */
function pandocSpans(mt: MappedText): MappedText {
  const text = mt.text;
  const starts: number[] = [];
  const ends: number[] = [];
  let floor = 0;
  SPAN_ATTRIBUTES.lastIndex = 0;
  for (let m = SPAN_ATTRIBUTES.exec(text); m; m = SPAN_ATTRIBUTES.exec(text)) {
    const from = Math.max(floor, m.index - 300);
    // (searched in the window only: a text of "]{.a}" without brackets costs no scan back each time)
    const at = text.slice(from, m.index).lastIndexOf('[');
    const open = at < 0 ? -1 : from + at;
    if (open < 0 || text.indexOf(']', open) < m.index) continue;
    starts.push(open, m.index);
    ends.push(open + 1, m.index + m[0].length);
    floor = m.index + m[0].length;
  }
  return starts.length ? mt.deleteRanges(starts, ends) : mt;
}

const GRID_BORDER = /^[ ]*\+(?:[ ]*:?[-=]{3,}:?[ ]*\+)+[ ]*$/;
const GRID_ROW = /^[ ]*\|.*\|[ ]*$/;

/**
 * Grid tables made laid-out lines: each row line between two borders keeps its place, its
 * pipes become a tab between filled cells (spaces after empty ones, nothing at its ends), and
 * the borders go.
 */
function gridTables(mt: MappedText, notes: NormalizedText['notes']): MappedText {
  const text = mt.text;
  const starts: number[] = [];
  const ends: number[] = [];
  // (where each row's text ends: past it only empty cells and the closing pipe)
  const filledTo: number[] = [];
  // (and where it starts: before it only empty cells, whose width stays as spaces)
  const filledFrom: number[] = [];
  let inGrid = false;
  for (let from = 0; from <= text.length; ) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(from, end);
    if (GRID_BORDER.test(line)) inGrid = true;
    else if (inGrid && GRID_ROW.test(line)) {
      starts.push(from);
      ends.push(end);
      let f = end;
      while (f > from && (text.charCodeAt(f - 1) === 32 || text.charCodeAt(f - 1) === 124)) f--;
      filledTo.push(f);
      let b = from;
      while (b < f && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 124)) b++;
      filledFrom.push(b);
    } else inGrid = false;
    if (nl < 0) break;
    from = nl + 1;
  }
  if (!starts.length) return mt;
  let k = 0;
  // (the row lines' pipes only, in order: a pointer walks the rows as the matches come; a pipe
  // before cells left empty to the row's end parts nothing, so the line ends at its text)
  mt = mt.replace(/^[ ]*\|[ ]?|[ ]?\|[ ]*$|[ ]\|(?=[ ])/gm, (m) => {
    while (k < starts.length && ends[k]! < m.index) k++;
    if (k === starts.length || m.index < starts[k]!) return m[0];
    const inner = m[0].trim() === '|' && m.index > starts[k]! && m.index + m[0].length < ends[k]!;
    if (!inner || m.index + m[0].length >= filledTo[k]!) return '';
    // (a cell's text wrapped onto the next row, under empty cells: "… ngày 18 tháng 11 năm" over
    // "        2025", indented as a page's column, so the joins of wrapped lines take it on)
    return m.index < filledFrom[k]! ? ' '.repeat(m[0].length) : '\t';
  });
  notes.push({ code: 'GRID_TABLES', message: 'read grid tables\' rows as laid-out lines' });
  return mt.replace(new RegExp(GRID_BORDER.source, 'gm'), () => '');
}

/** Two " | " at least: a table's cells written on one line (see stripArtefacts). */
function pipeCells(text: string): boolean {
  const first = text.indexOf(' | ');
  return first >= 0 && text.indexOf(' | ', first + 3) >= 0;
}

function countMatches(re: RegExp, s: string, cap = 1e9): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(s)) n++;
  return n;
}

export function normalize(original: string): NormalizedText {
  const notes: NormalizedText['notes'] = [];
  let mt = MappedText.identity(original);

  mt = mt.replace(/\r\n?/g, () => '\n');

  // NFC per base+marks cluster, so each composed letter maps to its base letter (only combining
  // marks are composed, so a text without any is left as it is). Before legacy detection: a
  // TCVN3 or VNI text put through NFD has its Latin-1 letters split into base + mark, and is
  // recognised only once they are whole again.
  mt = composeMarks(mt);

  const encoding = detectLegacy(mt.text);
  if (encoding) {
    // CP1258 writes a tone as a combining byte after its letter: composed once decoded.
    mt = composeMarks(decodeLegacy(mt, encoding));
    notes.push({ code: 'LEGACY_ENCODING', message: `decoded ${encoding.toUpperCase()} text to Unicode` });
  }

  mt = mt.replaceUnits(CHAR_FLAGS, (ch) => CHAR_MAP[ch] ?? '');
  mt = joinLetterSpaced(mt);
  mt = splitGluedWords(joinBrokenSyllables(mt));

  mt = stripArtefacts(mt, notes);
  const flat = mt;
  mt = relineFlattened(mt);
  const relined = mt !== flat;
  if (relined) {
    notes.push({ code: 'LINES_RESTORED', message: 'put back the line breaks of a text run together into one line' });
    // A table's empty cells, run in with the rest ("Bộ Kế hoạch và Đầu tư | | Ngày 26/4/2013 …"),
    // now stand at a line's end or start: no text.
    if (mt.text.includes('|')) mt = mt.replace(/(?:[ \t]+\|)+[ \t]*$|^[ \t]*(?:\|[ \t]+)+(?=\S)/gm, () => '');
    // A wrapped line's indent, run in mid-sentence ("… vật liệu nổ               công nghiệp …"): one
    // space (no column gap opens on a lower-case word, nor on a capital word followed by a
    // lower-case one: "… góp vốn thành lập           Quỹ bảo lãnh …"; a name or a title in
    // capitals beside a list, "… UBND tỉnh      Phan Trung Bá", keeps its gap).
    mt = mt.replace(/(?<=[\p{Ll},;])[ ]{2,}(?=[\p{Ll}\d(]|\p{Lu}\p{Ll}*[ ]\p{Ll})/gu, () => ' ');
  }
  mt = restoreHeader(mt, notes);
  // OCR reads "1" as "I"/"l"/"|" and "0" as "O" inside a serial ("5I-NQ/TW", "l008 - CV/BTGTU",
  // "1O50/QĐ-SCT"): never a letter there in a real number, which has a digit besides. A symbol must
  // follow ("-NQ/", "/QĐ", "/2023/QĐ"): "1I- NHIỆM VỤ" is a Roman heading, II.
  if (/\d[Il|Oo]|[Il|Oo]\d/.test(mt.text)) {
    mt = mt.replace(/(?<![\p{L}\d])(?=[Il|Oo]{0,5}\d)[\dIl|Oo]{2,6}(?=[ ]?-[ ]?\p{Lu}[\p{Lu}\d]{0,7}\/|[ ]?\/[ ]?(?:\p{Lu}|(?:19|20)\d{2}\/))/gu, (m) => m[0].replace(/[Il|]/g, '1').replace(/[Oo]/g, '0'));
  }
  // The National Assembly's code after a law's year as OCR reads it: "50/2024/OH15", "57/2020/0H14",
  // "76/2025/UBTVQHI5" (its term, 11 to 19, after QH; no other body's code is O-H or 0-H there)
  if (/\/(?:19|20)\d{2}\/(?:UBTV)?(?:[O0]H|QH[Il])/.test(mt.text)) {
    mt = mt.replace(/(?<=\/(?:19|20)\d{2}\/(?:UBTV)?)(?:[O0]H|QH)[1Il]\d(?![\p{L}\d])/gu, (m) => `QH1${m[0].slice(3)}`);
  }
  // A date word a copy glued to its figure ("ngày22/7/2016", "tháng6 năm 2015"): every date
  // pattern asks for a space there, and no word runs on into a figure so.
  // (the test: each word's last letters, either case, without a case-folding scan)
  if (/(?:gày|áng|ăm|GÀY|ÁNG|ĂM)\d/.test(mt.text)) {
    mt = mt.replace(/(?<![\p{L}])(?:[Nn]gày|NGÀY|[Tt]háng|THÁNG|[Nn]ăm|NĂM)(?=\d)/gu, (m) => `${m[0]} `);
  }
  // OCR loses the acute over "ô" in "số" before a number ("Chỉ thị sô 01/CT-TTg", "Sô: 12"): no
  // other word is "sô" there, and every number pattern asks for "số".
  if (/[Ss]ô[ ]?:?[ ]?\d/.test(mt.text)) {
    const src = mt.text;
    mt = mt.replace(/([Ss])ô(?=[ ]?:?[ ]?\d)/g, (m) => (m.index > 0 && /\p{L}/u.test(src.charAt(m.index - 1)) ? m[0] : `${m[1]}ố`));
  }
  // A speck OCR reads as an apostrophe or a backtick before a number's first digit ("Nghị quyết số
  // '54/NQ-HĐND"): no number opens with one.
  if (/ố[ ]?:?[ ]?['`´]\d/.test(mt.text)) mt = mt.replace(/(?<=(?<![\p{L}])[Ss]ố[ ]?:?[ ]?)['`´](?=\d)/gu, () => '');
  // Stray full stops OCR put where no sentence ends, in one pass: between a word and "số" and its
  // number ("Thực hiện Kế hoạch. số 02-KH/BCĐTW": no sentence opens with "số" in lower case), and
  // inside a phrase ("của Hội. đồng nhân dân", "niên độ ngân. sách": after a word of two letters or
  // more, before a lower-case word; "v.v. và" keeps its own).
  if (mt.text.includes('. ')) {
    const src = mt.text;
    // (group 1: the "số" and its number follow)
    mt = mt.replace(/\.(?:(?=([ ]+số[ ]?:?[ ]?\d))|(?=[ ]\p{Ll}{2}))/gu, (m) => {
      const before = src.slice(Math.max(0, m.index - 2), m.index);
      const soNumber = m[1] !== undefined && /\p{Ll}$/u.test(before);
      const inPhrase = /^[ ]\p{Ll}{2}/u.test(src.slice(m.index + 1, m.index + 4)) && /\p{L}{2}$/u.test(before);
      return soNumber || inPhrase ? '' : m[0];
    });
  }
  // Trailing spaces go before rejoining, so its patterns can start at a literal "\n".
  mt = trimLineEnds(mt);
  mt = dropPageNumbers(mt, notes);
  if (lineBreaksDoubled(mt.text)) {
    mt = mt.replace(/\n\n+/g, (m) => '\n'.repeat(Math.ceil(m[0].length / 2)));
    notes.push({ code: 'LINE_BREAKS_DOUBLED', message: 'undid doubled line breaks (every line followed by a blank line)' });
  }
  mt = rejoin(mt, relined);
  mt = trimLineEnds(mt);

  return {
    original,
    text: mt.text,
    folded: foldSameLength(mt.text),
    map: mt.offsetMap(),
    encoding,
    notes,
  };
}

// Marks that no letter took: a PDF's text layer may set a line's tone marks apart from their
// letters ("thiêt hai ̀ ̣ ̣ do lũ lụt", "Đao tao. ́ ̣ ̀ ̣ Vừa qua"), where they cannot be put back.
// A run standing alone goes with the space before it, so the words around close up as written.
const ORPHAN_MARKS = /[ \t][\u0300-\u036f]+(?=[ \t\n]|$)|[\u0300-\u036f]+/g;

/** NFC per base+marks cluster; marks left without a base (or after a line break) are dropped. */
function composeMarks(mt: MappedText): MappedText {
  if (!/[\u0300-\u036f]/.test(mt.text)) return mt;
  // (a text already NFC may still hold marks: orphans, which NFC leaves as they are)
  if (mt.text !== mt.text.normalize('NFC')) mt = mt.replace(/[^\u0300-\u036f\n][\u0300-\u036f]+/g, (m) => m[0].normalize('NFC'));
  return mt.replace(ORPHAN_MARKS, () => '');
}

/** Drops the spaces that end each line (a loop: the regex with its look-behind ran at every offset). */
function trimLineEnds(mt: MappedText): MappedText {
  const t = mt.text;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let end = t.indexOf('\n'); ; end = t.indexOf('\n', end + 1)) {
    const at = end < 0 ? t.length : end;
    let k = at;
    while (k > 0 && t.charCodeAt(k - 1) === 32) k--;
    if (k < at) {
      starts.push(k);
      ends.push(at);
    }
    if (end < 0) break;
  }
  return starts.length ? mt.deleteRanges(starts, ends) : mt;
}

/**
 * True when an export put a blank line after every line (a PDF converted to DOCX makes each
 * line a paragraph; some converters then write a blank line per paragraph): no two filled lines
 * touch, and wrapped sentences go on after a blank line in lower case. A text written one
 * paragraph per line with blank lines between has the first trait, not the second.
 */
export function lineBreaksDoubled(text: string): boolean {
  let touching = 0;
  let gaps = 0;
  let goesOn = 0;
  let prevEnd = -1; // end of the last filled line
  let prevLast = 0; // its last character
  let from = 0;
  for (let nl = text.indexOf('\n'); ; nl = text.indexOf('\n', nl + 1)) {
    const end = nl < 0 ? text.length : nl;
    if (end > from) {
      if (prevEnd >= 0) {
        if (prevEnd === from - 1) touching++;
        else if (prevEnd === from - 2) {
          gaps++;
          // ". : ; ! ?" end a sentence or lead a list; a lower-case start after anything else goes on
          if (prevLast !== 46 && prevLast !== 58 && prevLast !== 59 && prevLast !== 33 && prevLast !== 63) {
            LOWER_START.lastIndex = from;
            NOT_LABEL.lastIndex = from;
            if (LOWER_START.test(text) && !NOT_LABEL.test(text)) goesOn++;
          }
        }
      }
      prevEnd = end;
      prevLast = text.charCodeAt(end - 1);
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  return gaps >= 20 && touching <= gaps * 0.02 && goesOn >= 5 && goesOn >= gaps * 0.1;
}

/** Least text between two page numbers (a page holds 2–4k characters; a table row far less). */
const PAGE_MIN_CHARS = 600;
// "- 2 -" or "Trang 2/5" (marked), or a bare "2" (group 1)
const PAGE_NUMBER_LINE = /^[ ]*(?:-[ ]?\d{1,3}[ ]?-|(?:Trang|TRANG)[ ]+\d{1,3}(?:[ ]?\/[ ]?\d{1,3})?|={2,8}[ ]?(?:Trang|TRANG)[ ]+\d{1,3}[ ]?={2,8}|(\d{1,3}))[ ]*$/;
// a running header that names the typed file, "18.CTRTW31.DOC 9", its number as OCR reads it
const FILE_HEADER_LINE = /^[ ]*[\w-]{1,30}(?:\.[\w-]{1,30}){0,3}\.(?:DOCX?|docx?|PDF|pdf)\.?(?:[ ]+(?:\d{1,2}(?:[ ]\d)?|§))?[ ]*$/;
// a converter's page marker ("===== Trang 2 ====="): a page break, not a trailer
const PAGE_MARK = /^={2,8}[ ]?(?:Trang|TRANG)[ ]+\d{1,3}[ ]?={2,8}[ ]*$/;

/**
 * Removes the page numbers a PDF's text layer or a scan leaves between the lines of a paragraph
 * ("… Ủy ban nhân dân tỉnh\n2\nLào Cai …"): lines "- 2 -" and "Trang 2", and bare numbers when
 * they run in page order (2, 3, 4 …), which a table's or a list's lone numbers do not.
 */
function dropPageNumbers(mt: MappedText, notes: NormalizedText['notes']): MappedText {
  const t = mt.text;
  const marked: { start: number; end: number }[] = [];
  const bare: { start: number; end: number; n: number }[] = [];
  let from = 0;
  for (let nl = t.indexOf('\n'); ; nl = t.indexOf('\n', nl + 1)) {
    const end = nl < 0 ? t.length : nl;
    // a short line only: the regex never sees a long one (a layout's page number stands centred:
    // its indent does not count)
    let lead = from;
    while (lead < end && t.charCodeAt(lead) === 32) lead++;
    if (end - lead <= 24 && end > lead) {
      const m = PAGE_NUMBER_LINE.exec(t.slice(from, end));
      if (m) {
        const span = { start: from, end: nl < 0 ? end : nl + 1 };
        if (m[1] !== undefined) bare.push({ ...span, n: Number(m[1]) });
        else marked.push(span);
      }
    }
    if (end - from > 8 && end - from <= 64 && FILE_HEADER_LINE.test(t.slice(from, end))) marked.push({ start: from, end: nl < 0 ? end : nl + 1 });
    if (nl < 0) break;
    from = nl + 1;
  }
  // Bare numbers: the longest run of consecutive pages (each the one before plus 1, a page of text
  // apart: a table's numbered rows are close together), starting at page 1–3, of 2 or more. One
  // pass: for each page value, the line that ends the longest run so far; each line is linked to
  // the one before it in its run.
  // (a second run of three or more is dropped too: a text's own page numbers, and those a later
  // export added, interleave)
  const best: typeof bare = [];
  const used = new Uint8Array(bare.length);
  for (let pass = 0; pass < 2; pass++) {
    const prev = new Int32Array(bare.length).fill(-1);
    const len = new Int32Array(bare.length);
    const ending = new Map<number, number>(); // page value → index of the line ending the best run
    let top = -1;
    for (let i = 0; i < bare.length; i++) {
      if (used[i]) continue;
      const b = bare[i]!;
      const k = ending.get(b.n - 1);
      if (k !== undefined && b.start - bare[k]!.end >= PAGE_MIN_CHARS) {
        prev[i] = k;
        len[i] = len[k]! + 1;
      } else len[i] = bare[i]!.n <= 3 ? 1 : 0; // a run starts at page 1, 2 or 3
      const cur = ending.get(b.n);
      if (len[i]! > 0 && (cur === undefined || len[i]! > len[cur]!)) ending.set(b.n, i);
      if (len[i]! > 0 && (top < 0 || len[i]! > len[top]!)) top = i;
    }
    if (top < 0 || len[top]! < (pass === 0 ? 2 : 3)) break;
    for (let i = top; i >= 0; i = prev[i]!) {
      best.push(bare[i]!);
      used[i] = 1;
    }
  }
  const drop = [...marked, ...best].sort((a, b) => a.start - b.start);
  if (drop.length === 0) return mt;
  notes.push({ code: 'PAGE_NUMBERS_REMOVED', message: `removed ${drop.length} page number line(s)` });
  return mt.deleteRanges(drop.map((d) => d.start), drop.map((d) => d.end));
}

/** Offset of the "\n" before the first short "=== … ===" line in the last 40% of the text, or -1. */
function trailerStart(text: string): number {
  const TRAILER = /^={3,}[^=\n]{0,60}={3,}[ ]*$/;
  let nl = text.indexOf('\n', Math.floor(text.length * 0.6));
  while (nl >= 0) {
    const next = text.indexOf('\n', nl + 1);
    // Length-capped before the regex runs, so a megabyte of "=" costs one indexOf.
    if (next > nl && next - nl <= 130 && TRAILER.test(text.slice(nl + 1, next)) && !PAGE_MARK.test(text.slice(nl + 1, next))) return nl;
    nl = next;
  }
  return -1;
}

function stripArtefacts(mt: MappedText, notes: NormalizedText['notes']): MappedText {
  // A bracketed first line added by a converter ("[Bản trích chữ tự động …]").
  // ("[OCR] [Bản trích chữ tự động …]": a short tag may go before it)
  // (a text run into one line has the header right after it: "[…] ỦY BAN NHÂN DÂN …")
  // (its note may wrap over lines, not over a blank one)
  mt = mt.replace(/^\s*(?:\[[A-Z]{2,10}\][ ]*)?\[(?:[^\]\n]|\n(?![ ]*\n)){10,400}\](?:[ ]*\n|[ ]+(?=\p{Lu}))/gu, () => '');
  // A digital signature's stamp read in above the header ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG\n28-07-2026
  // 09:58:36 +07:00", "Người ký: …\nThời gian ký: …"): the signer's name, not the issuer's block.
  // (the block's pattern backtracks over the lines before the time: tried only where a time is)
  const head = mt.text.slice(0, 600);
  const stamp = /\d:\d\d/.test(head) ? STAMP_BLOCK.exec(head) : null;
  if (stamp && HEADING_AFTER.test(mt.text.slice(stamp[0].length, stamp[0].length + 400))) {
    mt = mt.deleteRanges([0], [stamp[0].length]);
    notes.push({ code: 'SIGNATURE_STAMP_REMOVED', message: 'removed a digital signature stamp read in above the header' });
  }
  // The Official Gazette's furniture (Công báo): its running head on every page ("CÔNG BÁO/Số 807 +
  // 808/Ngày 24-6-2025") and, over the first text, its section and the group of issuers ("VĂN BẢN
  // QUY PHẠM PHÁP LUẬT" / "CHỦ TỊCH NƯỚC - QUỐC HỘI"): none of it is the document's.
  if (mt.text.includes('BÁO')) {
    const before = mt.text.length;
    mt = mt.replace(GAZETTE_HEAD, () => '');
    const sec = mt.text.length !== before ? GAZETTE_SECTION.exec(mt.text.slice(0, 2000)) : null;
    if (sec) mt = mt.deleteRanges([sec.index], [sec.index + sec[0].length]);
    if (mt.text.length !== before) notes.push({ code: 'GAZETTE_FURNITURE_REMOVED', message: "removed the Official Gazette's running heads and section headings" });
  }
  // A rule drawn under a heading or a subject as a line of underscores ("________"): no text.
  if (mt.text.includes('___')) mt = mt.replace(/^[ ]*_{3,}[ ]*$/gm, () => '');
  // The typist's file path a web copy kept under the Nơi nhận ("d:\2011\CV\SVH\T4\Bau cho Vinh
  // Ha Long", "D\2017\CVUB\uy quyen CDDH"): a line that opens with a drive and a backslash.
  if (mt.text.includes('\\')) mt = mt.replace(/^[ ]*[A-Za-z]:?\\[^\n]*\n?/gm, () => '');
  // The Government portal's signature stamp ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", its marks often
  // lost) that OCR read into the text it overlays: a line of its own, or before the words of a
  // subject's line ("CONG THONG TIN ĐIỆN TU CHÍNH PHỦ và Khu đô thị …"). Only in capitals.
  if (mt.text.includes('TIN')) {
    const before = mt.text.length;
    mt = mt.replace(PORTAL_STAMP, () => '');
    if (mt.text.length !== before) notes.push({ code: 'SIGNATURE_STAMP_REMOVED', message: 'removed the Government portal signature stamp read into the text' });
  }
  // A consolidated text's authentication line squeezed before its signature block ("XÁC THỰC VĂN
  // BẢN HỢP NHẤT KT. BỘ TRƯỞNG THỨ TRƯỞNG …", a table cell flattened): a line of its own, as printed.
  if (mt.text.includes('HỢP NHẤT')) mt = mt.replace(/(XÁC THỰC VĂN BẢN HỢP NHẤT)[ \t]+(?=(?:KT|TL|TM|TUQ|Q)\.)/gu, (m) => `${m[1]}\n`);
  // A trailer added by a repository ("===== GHI CHU =====" and what follows).
  // Found line by line: a regex over the whole text backtracks quadratically on a long run of "=".
  const cut = trailerStart(mt.text);
  if (cut >= 0) {
    mt = mt.truncate(cut, '\n');
    notes.push({ code: 'TRAILER_REMOVED', message: 'removed a note appended after the document' });
  }

  // Pandoc's markdown escapes punctuation ("\- Báo cáo …", "1\. Thành phố …", "\...") and ends a
  // hard line break, in a paragraph or a table's cell, with a backslash ("TRUNG ƯƠNG\", "Trung
  // ương,\      **\"): the backslashes go, when the text has a few (a file path's "D:\2011\CV"
  // keeps its own: no punctuation, space or line end follows them).
  if (mt.text.includes('\\') && countMatches(PANDOC_ESCAPE, mt.text, 2) >= 2) {
    mt = mt.replace(PANDOC_ESCAPE, () => '');
    notes.push({ code: 'MARKDOWN_ESCAPES', message: 'removed the backslashes of markdown escapes and hard line breaks' });
  }
  // Pandoc's spans with attributes ("[BAN THƯỜNG TRỰC]{.underline}", a link's "[…]{.underline}"):
  // the text stays, its brackets and attributes go
  if (mt.text.includes(']{')) mt = pandocSpans(mt);
  // and its dashes: "--" an en dash, between words or figures ("2026 -- 2031")
  if (mt.text.includes('--')) {
    const src = mt.text;
    mt = mt.replace(/-{2,}/g, (m) => (m[0].length === 2 && /[\p{L}\d)][ ]?$/u.test(src.slice(Math.max(0, m.index - 2), m.index)) && /^[ ]?[\p{L}\d(]/u.test(src.slice(m.index + 2, m.index + 4)) ? '-' : m[0]));
  }
  // A grid table (pandoc's, "+-----+-----+" borders): a cell's text runs down several lines of
  // the table, so its lines are laid-out lines whose cells a tab parts, as a page's columns.
  if (mt.text.includes('+-') || mt.text.includes('+:') || mt.text.includes('+=')) mt = gridTables(mt, notes);
  if (mt.text.includes('|') && (MARKDOWN_TABLE.test(mt.text) || MARKDOWN_DELIMITER_ROW.test(mt.text))) {
    mt = mt.replace(/^[ ]{0,3}\|?[ ]*:?-{3,}:?[ ]*(\|[ ]*:?-{3,}:?[ ]*)*\|?[ ]*$/gm, () => '');
    // A cell's own line breaks, as converters from HTML or Word write them inside a row
    // ("| **UBND TỈNH X**<br>**SỞ Y TẾ**<br>Số: 12/SYT |"): the cell's lines come back.
    // (no run of spaces before the tag in the pattern: tried at each space of a long run, it
    // would cost the run's length each time; the spaces left end a line and are trimmed later)
    if (mt.text.includes('<')) mt = mt.replace(/<br[ ]{0,3}\/?>[ ]*/gi, () => '\n');
    // Cells become lines; a cell's squeezed list ("Nơi nhận: - Như trên; - …") gets its lines back.
    // Empty cells at either end go with the pipes ("|  | KT. BỘ TRƯỞNG … |", "| | …" once spaces were squeezed).
    mt = mt.replace(/^[ ]{0,3}\|(?:[ ]*\|)*[ ]?|(?:[ ]?\|)+[ ]*$/gm, () => '');
    mt = mt.replace(/[ ]\|[ ]?/g, () => '\n');
    mt = mt.replace(/([;:,.])[ ]+-[ ]+(?=\p{L})/gu, (m) => `${m[1]}\n- `);
    mt = mt.replace(/^([ ]*)-[ ]*(?=Kính gửi)/gmu, (m) => m[1] ?? '');
    notes.push({ code: 'MARKDOWN_TABLES', message: 'flattened markdown tables' });
  } else if (pipeCells(mt.text)) {
    // A converter that wrote a Word table's cells on one line between " | ", without markdown's
    // outer pipes ("------- | CỘNG HÒA …", "Số: 12/UBND | Hà Nội, ngày …", "- Lưu: VT. | BỘ
    // TRƯỞNG"): the cells are separated by a tab, as the DOCX and HTML readers separate them.
    // (an empty cell between, " |  | ", is one more tab)
    mt = mt.replace(PIPE_CELL, (m) => '\t'.repeat(m[0].split('|').length - 1));
    if (mt.text.includes(' |')) mt = mt.replace(PIPE_ROW_END, () => '');
    notes.push({ code: 'PIPE_CELLS', message: 'read " | " between table cells as a cell break' });
  }
  // Markdown headings and emphasis; rules drawn under header names ("--------").
  // Each step is guarded by a cheap substring test: most documents have none of these.
  if (mt.text.includes('#')) mt = mt.replace(/^[ ]{0,3}#{1,6}[ ]+/gm, () => '');
  if (mt.text.includes('*')) {
    // (a line of stars alone, "* *", is an empty emphasis or a rule: nothing; it would run into
    // the subject's line above it)
    // (both want two stars with at most spaces between: a text with lone stars skips them)
    if (/\*[ ]*\*/.test(mt.text)) {
      mt = mt.replace(/^[ ]*\*(?:[ ]*\*)+[ ]*$/gm, () => '');
      mt = mt.replace(/\*\*/g, () => '');
    }
    // Opens with the star, so only stars are tried (see rejoin).
    // (and a star that opens emphasis inside a word, "(2*b*)", closed by a star in the same word)
    mt = mt.replace(/\*(?:(?<=(?:^|[ (])\*)(?=[\p{L}\d"'(])|(?<=[\p{L}\d.,;:)"'%]\*)(?=[ ]*$|[ ,.;:)])|(?<=[\p{L}\d]\*)(?=[\p{L}\d]+\*))/gmu, () => '');
  }
  // A rule between two words leaves a space; one that ends its line or cell leaves nothing, so the text
  // is not rebuilt again only to trim that space (each rebuild of a long text costs ~0.7 ms). A long
  // rule between a header's name and what a web copy ran into it ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
  // ------------- Số: 52/2018/QĐ-UBND", "Hạnh phúc ------- Lạng Sơn, ngày …") ends the name's line.
  if (mt.text.includes('---')) {
    // a simple table's rule under a row, one run of dashes per column ("  ------------ -----
    // ----------", pandoc's): nothing of it stays (the rule below cuts each run apart)
    mt = mt.replace(/^[ ]*-{3,}(?:[ ]+-{3,})+[ ]*$/gm, () => '');
    const src = mt.text;
    mt = mt.replace(/(?<![ ])[ ]*-{3,}[ ]*/g, (m) => {
      const after = m.index + m[0].length;
      if (after === src.length || src.charCodeAt(after) === 10 || src.charCodeAt(after) === 9) return '';
      return m.index > 0 && m[0].includes('-----') && /\p{L}/u.test(src.charAt(m.index - 1)) && /\p{Lu}/u.test(src.charAt(after)) ? '\n' : ' ';
    });
  }

  // Word-segmented corpora join syllables with "_" and space out punctuation.
  const segmented = mt.text.includes('_') ? countMatches(WORD_SEGMENTED, mt.text, 50_000) : 0;
  if (segmented > 0 && segmented / (countMatches(/\S+/g, mt.text, 50_000) || 1) > 0.03) {
    mt = mt.replace(/(?<=\p{L})_(?=\p{L})/gu, () => ' ');
    mt = mt.replace(/[ ]+(?=[,.;:)!?])/g, () => '');
    mt = mt.replace(/(?<=\()[ ]+/g, () => '');
    notes.push({ code: 'WORD_SEGMENTED', message: 'undid word segmentation ("Uỷ_ban" → "Uỷ ban")' });
  }
  return mt;
}

function rejoin(mt: MappedText, relined = false): MappedText {
  // Blanks left for a hand-filled serial or day are runs of spaces, not column gaps:
  // "Số:          /SCT-KT", "Số         -CTr/TU", "ngày       tháng 5  năm 2019"; so are those
  // around a day or month written in by hand ("ngày    30   tháng 9 năm 2026").
  // (The runs of spaces are matched and the words around them tested: a pattern that opened
  // with the words was tried at every offset of the text.)
  mt = mt.replace(/[ ]{2,40}/g, (m) => {
    const src = m.input;
    const end = m.index + m[0].length;
    const before = src.slice(Math.max(0, m.index - 64), m.index);
    const after = src.slice(end, end + 64);
    if (SO_BLANK.test(before)) return SERIAL_AFTER_BLANK.test(after) ? ' ' : m[0];
    if (NGAY_BLANK.test(before)) return THANG_AFTER.test(after) ? ' ' : m[0];
    if (THANG_BLANK.test(before)) return NAM_AFTER.test(after) ? ' ' : m[0];
    // (a day's or month's figures close their blank only right after "ngày"/"tháng")
    if (FIGURES_BLANK.test(before)) return /^(?:tháng|năm)/u.test(after) && AFTER_DATE_WORD.test(before) ? ' ' : m[0];
    return m[0];
  });
  // The joins below match the line break itself and test the text around it in the callback:
  // a regex that opens with a look-behind is tried at every offset of the text (a tenth of
  // the pipeline's time), one that opens with "\n" only at line breaks.
  let src = mt.text;
  // A symbol broken after a dash inside it ("2363/BNNMT-\nKHTC"), or a number broken at its
  // dash ("số 31-\n   CTr/TW"); an export may have put blank lines in the break.
  mt = mt.replace(/-\n(?:[ ]*\n){0,2}[ ]*/g, (m) => {
    const before = src.slice(Math.max(0, m.index - 13), m.index);
    const after = src.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (SYMBOL_HEAD.test(before) && TWO_CAPITALS.test(after)) return '-';
    if (DIGIT_BEFORE.test(before) && SYMBOL_TAIL.test(after)) return '-';
    return m[0];
  });
  // "Số:\n\n/CT-UBND", "Nghị quyết\n\nsố 49-NQ/TU", "ngày\n\ntháng 6 năm 2025".
  src = mt.text;
  mt = mt.replace(/\n(?:[ ]*\n){0,2}[ ]*/g, (m) => {
    const before = src.slice(Math.max(0, m.index - 8), m.index);
    const after = src.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // (not a table row's number cell under "… chuyển đổi số": "1    Số hóa hồ sơ …")
    if (SO_BEFORE.test(before) && /^[\d/]/.test(after) && !ROW_NUMBER_CELL.test(after)) return ' ';
    // a serial apart from its symbol, as a text layer puts a stamp's figures ("Số: 03\n\n/CT-BNNMT")
    if (SYMBOL_AFTER_SERIAL.test(after) && SERIAL_BEFORE.test(src.slice(Math.max(0, m.index - 14), m.index))) return ' ';
    if (LETTER_BEFORE.test(before) && SO_NUMBER_AFTER.test(after)) return ' ';
    if (before.endsWith(', ngày') && THANG_AFTER.test(after)) return ' ';
    // a date wrapped inside: "ngày 27 tháng 3 năm\n2026", "ngày 27 tháng\n3 năm 2026", and after
    // a figure, as a narrow column wraps it: "Lào Cai, ngày 17 tháng 7\n năm 2026"
    if (m[0].indexOf('\n', 1) < 0 && ((DATE_WORD_BEFORE.test(before) && DATE_PART_AFTER.test(after)) || (AFTER_DATE_WORD.test(before) && DATE_WORD_PART_AFTER.test(after)))) return ' ';
    // (the day's figures apart from the rest over a blank line, as a text layer puts a stamp's:
    // "Hà Nội, ngày 26\n\ntháng 6 năm 2025")
    if (AFTER_DAY.test(before) && DATE_WORD_PART_AFTER.test(after) && /^tháng/u.test(after)) return ' ';
    // a line a PDF's text layer wrapped over a blank line ("… các đoàn thể\n\ntỉnh; Đảng ủy …"):
    // the next line goes on in lower case, after a word or a comma, below no title or laid-out line
    if (BLANK_GAP.test(m[0]) && WORD_BEFORE.test(before) && LOWER_AFTER.test(after)) {
      const line = src.slice(src.lastIndexOf('\n', m.index - 1) + 1, m.index);
      if (!isCapsLine(line) && !/\S {3}/.test(line) && !MOTTO_END.test(line) && !/^s[ốo][ ]?:/u.test(after)) return ' ';
    }
    // a header cell a web copy wrapped after its first word: "ỦY\nBAN NHÂN DÂN", "CỘNG\nHÒA XÃ
    // HỘI …", "Quảng\nTrị, ngày …" (no header line is one capitalised word alone but a title,
    // which stands over a blank line or a line in another case)
    if (m.index < HEADER_CHARS && m[0].indexOf('\n', 1) < 0 && LONE_WORD_BEFORE.test(before) && !NOT_AFTER_LONE.test(after)) {
      const line = src.slice(src.lastIndexOf('\n', m.index - 1) + 1, m.index).trim();
      // (a word: "TTPT", a stamp's letters over the header, is no start of a name)
      if (LONE_WORD.test(line) && isSyllable(line) && !DOC_TITLE_WORDS.has(line.toLowerCase()) && sameCase(line, after)) return ' ';
    }
    return m[0];
  });
  // A wrapped line whose continuation starts in lower case (and is not an "a)" label); not
  // after a laid-out line with column gaps, whose next line belongs to a column, nor after an
  // all-capitals title line ("QUY ĐỊNH" over its lower-case subject).
  // Decided line by line (a regex with these look-behinds rescans each line: a fifth of the time).
  // (a text whose lines were put back by their anchors has no wrapped lines to join)
  if (relined) return mt;
  const join = continuationBreaks(mt.text);
  if (join.size) mt = mt.replace(/\n[ ]*/g, (m) => (join.has(m.index) ? ' ' : m[0]));
  return mt;
}

const HEADER_CHARS = 3000;
const LONE_WORD_BEFORE = /(?:^|[ \n])\p{Lu}\p{L}{0,7}$/u;
const LONE_WORD = /^\p{Lu}\p{L}{0,7}$/u;
const NOT_AFTER_LONE = /^(?:S[ốỐo](?!\p{L})|V\/v|Kính|Nơi|[^\p{L}])/u;
/** One-word type titles ("LUẬT", "LỆNH"), which do stand alone on their line. */
const DOC_TITLE_WORDS = new Set(['luật', 'lệnh', 'luat', 'lenh']);
/** The next line goes on in the lone word's case: capitals after capitals, else a capital or lower case. */
function sameCase(word: string, after: string): boolean {
  const upper = word === word.toUpperCase() && word.length > 1;
  const next = /^\p{L}+/u.exec(after)?.[0] ?? '';
  return upper ? next.length > 1 && next === next.toUpperCase() : next.length > 0 && next !== next.toUpperCase();
}
// (a type code may hold a lower-case letter, "TTr", "CTr"; a space may stand before the dash)
const SYMBOL_HEAD = /\/[\p{Lu}\d][\p{L}\d]{0,11}[ ]?$/u;
const TWO_CAPITALS = /^\p{Lu}{2}/u;
const DIGIT_BEFORE = /\d[ ]?$/;
const SYMBOL_TAIL = /^\p{Lu}[\p{L}]{0,8}\//u;
const SO_BEFORE = /(?<![A-Za-z0-9_])[Ss]ố:?$/;
/** A table row's number cell: a short number, then a column gap. */
const ROW_NUMBER_CELL = /^\d{1,3}\.?[ ]{3}/;
const LETTER_BEFORE = /\p{L}$/u;
const BLANK_GAP = /^\n[ ]*\n[ ]*$/;
const WORD_BEFORE = /[\p{L},]$/u;
// a lower-case word, not a label ("a) …", "b. …")
const LOWER_AFTER = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ](?![).])/;
const SO_NUMBER_AFTER = /^số[ ]+\d/;
const THANG_AFTER = /^(?:\d{1,2}[ ]+)?tháng/;
// the words before a hand-filled blank (ASCII word boundaries, as the pattern these replace had)
const SO_BLANK = /(?<![A-Za-z0-9_])[Ss][ốỐ]:?$/u;
const SERIAL_AFTER_BLANK = /^(?:[/\d]|-[ ]?\p{Lu}[\p{L}]{0,4}[ ]?\/)/u;
const NGAY_BLANK = /(?<![A-Za-z0-9_])ngày$/u;
const THANG_BLANK = /(?<![A-Za-z0-9_])tháng$/u;
const NAM_AFTER = /^(?:\d{1,2}[ ]+)?năm/u;
const FIGURES_BLANK = /(?<![A-Za-z0-9_])\d{1,2}$/;
const AFTER_DATE_WORD = /(?:ngày|tháng)[ ]+\d{1,2}$/u;
const AFTER_DAY = /ngày[ ]+\d{1,2}$/u;
// "Số: 03" before, "/CT-BNNMT" or "-CV/TU" after: one number
const SERIAL_BEFORE = /(?<![\p{L}\d])[Ss][ốỐ][ ]?:?[ ]?\d{1,6}$/u;
const SYMBOL_AFTER_SERIAL = /^[/-][ ]?\p{Lu}{1,6}[/-]\p{Lu}/u;
const DATE_WORD_BEFORE = /(?:^|[^\p{L}])(?:ngày|tháng|năm)$/u;
/** The date's next word and its figures: "tháng 7 năm 2026", "năm 2026". */
const DATE_WORD_PART_AFTER = /^(?:tháng[ ]+\d{1,2}(?!\d)|năm[ ]+(?:19|20)\d{2}(?!\d))/u;
// the year after "năm"; a day or month only with the next date word ("3 năm"), not a list label
// (also a date in figures after "ngày": "Công văn số 4170/SCT-CN ngày\n14/7/2026")
const DATE_PART_AFTER = /^(?:(?:19|20)\d{2}(?!\d)|\d{1,2}[ ]+(?:tháng|năm)(?![\p{L}])|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}(?!\d))/u;

// Sticky: tried at the start of the next line without slicing it.
const LOWER_START = /[ ]{0,39}[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/y;
const NUMBER_LABEL = /[ ]{0,39}s[ốo][ ]?:/y;
const MOTTO_END = /Hạnh[ ]+phúc[ .-]*$/u;
const NOT_LABEL = /[ ]{0,37}(?:[a-zđ]\)|[a-zđ]\.\s)/y;
// A capitals line, commas allowed ("CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ"): the character test fails at
// the first lower-case letter, so an ordinary line costs a character or two.
// (a label's colon too: "QUYẾT ĐỊNH:" opens the articles)
const CAPS_CHARS = /^[\p{Lu}\d ,.:&()–-]+$/u;
const TWO_CAPS = /\p{Lu}{2}/u;
/** Three words in capitals in a row: heading or stamp text (also ends a subject, extract/subject.ts). */
export const CAPS_WORDS = /(?:^|\s)\p{Lu}{2,}(?:\s\p{Lu}{2,}){2}(?=\s|$)/u;
const isCapsLine = (s: string) => CAPS_CHARS.test(s) && TWO_CAPS.test(s);

/**
 * The width a hard-wrapped text was wrapped at (a PDF or scan read line by line, a text file
 * exported at a fixed width), or 0 when its paragraphs are not wrapped. Wrapped text has many
 * lines just under one width; unwrapped paragraphs run to hundreds of characters.
 */
export function wrapWidth(text: string): number {
  const lens: number[] = [];
  let from = 0;
  for (let nl = text.indexOf('\n'); ; nl = text.indexOf('\n', nl + 1)) {
    const end = nl < 0 ? text.length : nl;
    if (end - from >= 30) lens.push(end - from);
    if (nl < 0) break;
    from = nl + 1;
  }
  if (lens.length < 8) return 0;
  // (a typed array sorts numbers natively, without a comparator call per pair)
  const sorted = Int32Array.from(lens).sort();
  // the width whose band (80–110% of it) holds the most lines, the widest of equals: a
  // percentile would move with the few long lines a page has besides (a header's, a footnote's)
  let w = 0;
  let near = 0;
  for (let i = 0, lo = 0, hi = 0; i < sorted.length; i++) {
    const x = sorted[i]!;
    while (sorted[lo]! < x * 0.8) lo++;
    while (hi < sorted.length && sorted[hi]! <= x * 1.1) hi++;
    if (hi - lo >= near) {
      near = hi - lo;
      w = x;
    }
  }
  if (w > 110) return 0;
  // (and few lines run past it: an unwrapped text's short list items may fill one band, while its
  // paragraphs run to hundreds of characters)
  let over = 0;
  for (const l of lens) if (l > w * 1.1) over++;
  return near >= lens.length * 0.4 && over <= lens.length * 0.12 ? w : 0;
}

/** A line that opens a clause of a decision's preamble, which runs to its ";" or ",". */
const CLAUSE_OPENER = /^[ ]*(?:Căn cứ|Xét|Theo đề nghị)[ ]/u;
const LETTER_OR_DIGIT_AT = (code: number): boolean => /[\p{L}\d]/u.test(String.fromCharCode(code));

// Sticky, at the start of the next line: what opens a new paragraph or item rather than
// continuing a wrapped one (list marks, labels, articles, the letter's fixed openings, an annex's
// "(Kèm theo Quyết định số …)" under its title).
const PLACE_DATE_LINE = /[ ]{0,39}\p{Lu}[^\n,]{0,40},[ ]*ng[àa]y[ ]+(?:\d|th[áa]ng)/uy;
const NEW_BLOCK = /[ ]{0,39}(?:[-+•*~]|\d{1,3}(?:\.\d{1,3})*[.)/]|[IVXLC]{1,6}[.)/-]|[a-zđ][).]|Điều[ ]+\d{1,3}[a-zđ]?(?:[.:]|[ ]+\p{Lu})|(?:Chương|Mục|Phần|Bước|Kính gửi|Nơi nhận|Căn cứ|Thực hiện|Xét|Theo đề nghị|Số|V\/v|TM|KT|TL|Q|\((?:Kèm|Ban hành kèm) theo)(?![\p{L}]))/uy;
// An article's title line ("Điều 3. Nhiệm vụ và quyền hạn của Đoàn kiểm tra"): its body opens the
// next line, unless the line stops on a word that cannot end it ("… của\nỦy ban nhân dân …").
const ARTICLE_LINE = /^[ ]*Điều[ ]+\d+[a-zđ]?[.:]/u;
const SALUTATION_LINE = /^[ ]*[-+•]?[ ]*(?:Đồng[ ]+)?[Kk]ính[ ]+gửi[ ]*:/u;
const DANGLING = new RegExp(`(?:^|\\s)(?:${[...functionWords.dangling, ...functionWords.titleHeads].join('|')})$`, 'u');

/** The phrase ends in a function word ("… của", "… để", "… không được") or a title's head ("… Trưởng"): it goes on, or was cut mid-clause. */
export function endsDangling(s: string): boolean {
  const t = s.trimEnd();
  return DANGLING.test(t) && !ABOVE.test(t);
}
// "… các tỉnh, thành phố nêu trên" ends: "nêu trên", "kể trên", "nói trên" mean "aforementioned";
// so does "làm việc" (work, a noun: "… QUY CHẾ LÀM VIỆC"), which "việc" alone does not, and
// "kèm theo" (attached), "như sau" (as follows), "trực thuộc" (directly under: "các đảng bộ trực
// thuộc"), which "thuộc" alone does not
// (nor does "số" as "digital" after its noun: "chuyển đổi số", "kinh tế số", "chữ ký số")
const ABOVE = /(?:^|\s)(?:(?:nêu|kể|nói)\s+trên|làm\s+việc|kèm\s+theo|như\s+sau|trực\s+thuộc|(?:chuyển đổi|kinh tế|xã hội|chính phủ|chính quyền|công nghệ|nền tảng|dữ liệu|chữ ký|kỹ thuật|hạ tầng|kỷ nguyên|thời đại|truyền hình|nội dung|công dân|thiết bị)\s+số)$/u;
const UPPER_START = /[ ]{0,39}["'(]?[\p{Lu}\d]/uy;
const DASH_START = /[ ]*-/y;

/** Loose-key heads of dash-joined names, each with the tails it takes (data/dash-compounds.json). */
const DASH_TAILS = new Map<string, string[]>();
for (const [head, tail] of dashCompounds.pairs as [string, string][]) DASH_TAILS.set(head, [...(DASH_TAILS.get(head) ?? []), tail]);
const TWO_WORDS_END = /(\p{L}+ \p{L}+)$/u;
const DASH_THEN_TWO = /^[ ]*-[ ]*(\p{L}+ \p{L}+)/u;

/** "… Sở Lao động" over "- Thương binh và Xã hội …": one name wrapped at its dash. */
function wrappedAtDash(prevLine: string, nextLine: string): boolean {
  const head = TWO_WORDS_END.exec(prevLine);
  const tail = head && DASH_THEN_TWO.exec(nextLine);
  return !!tail && (DASH_TAILS.get(looseKey(head[1]!))?.includes(looseKey(tail[1]!)) ?? false);
}

/** Offsets of the line breaks that only wrap a paragraph (see rejoin). */
export function continuationBreaks(text: string): Set<number> {
  const out = new Set<number>();
  const width = wrapWidth(text);
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const from = lineStart;
    lineStart = nl + 1;
    // Cheap tests on single characters first; the line is sliced only for the few that pass.
    if (nl === from) continue;
    const last = text.charCodeAt(nl - 1);
    if (last === 32 || last === 46 || last === 58 || last === 33 || last === 63) continue; // space . : ! ?
    // ";" ends a list item, but in hard-wrapped text a full line's ";" followed by a lower-case
    // line is a list inside one sentence ("… các xã, phường;\ncác cơ quan … chịu trách nhiệm thi
    // hành"): such a line, no list item itself, takes the lower-case tests below
    const semi = last === 59;
    if (semi && (width === 0 || nl - from < width * 0.75 || /^[ ]*[-+•]/.test(text.slice(from, nl)))) continue;
    LOWER_START.lastIndex = nl + 1;
    if (!LOWER_START.test(text)) {
      if (semi) continue;
      // In hard-wrapped text a full line also wraps before a capital ("Sở Thông tin và\nTruyền
      // thông"), when the next line opens no new block and neither line is a heading; so does a
      // short line that opens a clause of the preamble and stops on a word ("Căn cứ Luật Tổ
      // chức\nHội đồng nhân dân …": a web copy that broke each clause after its first words), or
      // that stops on a word no phrase ends with ("… UBND tỉnh, Trưởng\nBan Dân tộc, …").
      const onWord = LETTER_OR_DIGIT_AT(last);
      const dangling = onWord && endsDangling(text.slice(Math.max(from, nl - 40), nl));
      if (width === 0 && !dangling) continue;
      if ((width === 0 || nl - from < width * 0.75) && !(dangling || (onWord && CLAUSE_OPENER.test(text.slice(from, Math.min(nl, from + 60)))))) continue;
      const nextEnd = text.indexOf('\n', nl + 1);
      const lineAfter = () => text.slice(nl + 1, nextEnd < 0 ? text.length : nextEnd);
      UPPER_START.lastIndex = nl + 1;
      if (!UPPER_START.test(text)) {
        // or before the dash inside a name ("… Sở Lao động\n- Thương binh và Xã hội")
        DASH_START.lastIndex = nl + 1;
        if (DASH_START.test(text) && wrappedAtDash(text.slice(from, nl), lineAfter())) out.add(nl);
        continue;
      }
      NEW_BLOCK.lastIndex = nl + 1;
      if (NEW_BLOCK.test(text)) continue;
      // (nor the header's place and date under a long cell: "Hà Nội, ngày 19 tháng 01 năm 2026")
      PLACE_DATE_LINE.lastIndex = nl + 1;
      if (nl < HEADER_CHARS && PLACE_DATE_LINE.test(text)) continue;
      const prevLine = text.slice(from, nl);
      const nextLine = lineAfter();
      if (ARTICLE_LINE.test(prevLine) && !endsDangling(prevLine)) continue;
      // "Kính gửi: Ủy ban nhân dân các tỉnh, …" on a full line: the body's first sentence opens
      // the next ("Ngày 09 tháng 6 …"), unless the addressee was cut on a comma or a function word
      if (SALUTATION_LINE.test(prevLine) && !/,$/.test(prevLine) && !endsDangling(prevLine)) continue;
      if (isCapsLine(prevLine) || isCapsLine(nextLine) || /\S {3}/.test(prevLine) || /\S {3}/.test(nextLine)) continue;
      if (CAPS_WORDS.test(nextLine)) continue;
      out.add(nl);
      continue;
    }
    NOT_LABEL.lastIndex = nl + 1;
    if (NOT_LABEL.test(text)) continue;
    // the number line in lower case, as OCR reads "Số:" ("số: 34/BCT-KHCN"), stands alone
    NUMBER_LABEL.lastIndex = nl + 1;
    if (NUMBER_LABEL.test(text)) continue;
    const prev = text.slice(from, nl);
    // (nor does a line go on after the motto under the national heading)
    if (isCapsLine(prev) || /\S {3}/.test(prev) || MOTTO_END.test(prev)) continue;
    // a line with three words in capitals is stamp or heading text read in, not a continuation
    const nextEnd = text.indexOf('\n', nl + 1);
    if (CAPS_WORDS.test(text.slice(nl + 1, nextEnd < 0 ? text.length : nextEnd))) continue;
    out.add(nl);
  }
  return out;
}
