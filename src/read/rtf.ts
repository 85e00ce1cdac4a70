// Rich Text Format (.rtf, and the .doc files that are RTF inside, as Word saved them for older
// readers). rtf-stream-parser tokenizes; the document is read here into HTML (paragraphs, table
// rows and cells) and flattened by the HTML reader, so an RTF table comes out as a DOCX one does
// (a header's two columns side by side, a task table's columns kept). Destinations that hold no
// text (font and colour tables, document info, pictures, headers, field instructions) are
// skipped; "\uN" is taken with its fallback skipped. A run in a TCVN3 font (".VnTime",
// ".VnTimeH", …) holds TCVN3 bytes: decoded here, where the font is known, and put in capitals for
// the capitals fonts (".VnTimeH": its lower-case codes draw capitals, which no byte says). Other
// 8-bit runs are decoded by the document's code page; a VNI font's bytes so reach the normalizer
// as the mojibake it recognises.
import tcvn3 from '../data/tcvn3.json' with { type: 'json' };
import { VanbanError } from '../errors.js';
import { htmlToText } from './html-text.js';
import type { ReaderWarning } from './types.js';

export interface RtfText {
  text: string;
  warnings: ReaderWarning[];
}

interface Token {
  type: number; // 0 group start, 1 group end, 2 control, 3 text
  word?: string;
  param?: number;
  data?: Buffer;
}

const TCVN3_BYTES = new Map(Object.entries(tcvn3.bytes).map(([hex, ch]) => [parseInt(hex, 16), ch]));

// Destinations whose content is no text of the document.
const SKIP = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl',
  'latentstyles', 'datastore', 'themedata', 'colorschememapping', 'fldinst', 'bkmkstart', 'bkmkend', 'pgdsctbl',
  'revtbl', 'filetbl', 'mmathPr', 'docvar', 'shpinst', 'nonshppict', 'blipuid', 'wgrffmtfilter', 'background', 'userprops',
]);
// Control words that stand for a character.
const CHAR_OF: Record<string, string> = {
  emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', '~': '\u00a0', _: '-',
};
// A font's character set (\fcharsetN) → the code page its bytes are in (0: the document's own,
// \ansicpg). 163 is Vietnamese (Windows-1258: "\'d0" Đ, "\'f0" đ); 2 is a symbol font, whose
// bytes are glyphs (bullets, ticks) and no text.
const CHARSET_CODEPAGE: Record<number, string> = {
  77: 'macintosh', 128: 'shift_jis', 129: 'euc-kr', 134: 'gbk', 136: 'big5', 161: 'windows-1253', 162: 'windows-1254',
  163: 'windows-1258', 177: 'windows-1255', 178: 'windows-1256', 186: 'windows-1257', 204: 'windows-1251',
  222: 'windows-874', 238: 'windows-1250', 254: 'ibm866', 255: 'ibm866',
};
const SYMBOL_CHARSET = 2;
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeHtml = (s: string): string => s.replace(/[&<>]/g, (c) => ESC[c]!);

interface State {
  skip: boolean;
  font: number | null;
  uc: number;
  fontTable: boolean;
  // inside a "{\*\…}" group: an optional destination (in the font table, a font's alternate name)
  star: boolean;
}

export async function readRtf(buf: Buffer): Promise<RtfText> {
  const { Tokenize } = await import('rtf-stream-parser');
  const tokens: Token[] = [];
  await new Promise<void>((resolve, reject) => {
    const t = new Tokenize();
    t.on('data', (x: Token) => tokens.push(x));
    t.on('end', resolve);
    t.on('error', (e: unknown) => reject(new VanbanError('CORRUPT_FILE', `not a readable RTF file: ${e instanceof Error ? e.message : String(e)}`, { cause: e })));
    t.end(buf);
  });
  return { text: htmlToText(rtfTokensToHtml(tokens)), warnings: [] };
}

/** The document of a token stream as HTML: paragraphs, and tables of rows and cells. */
export function rtfTokensToHtml(tokens: Token[]): string {
  const fonts = new Map<number, string>();
  const charsets = new Map<number, number>();
  const decoders = new Map<string, TextDecoder>();
  const decoderFor = (label: string): TextDecoder | null => {
    let d = decoders.get(label);
    if (!d) {
      try {
        d = new TextDecoder(label);
      } catch {
        return null; // a code page the runtime lacks
      }
      decoders.set(label, d);
    }
    return d;
  };
  let decoder = decoderFor('windows-1252')!;
  let defaultFont: number | null = null;
  const stack: State[] = [];
  let st: State = { skip: false, font: null, uc: 1, fontTable: false, star: false };
  let first = false; // the token opens a group
  let fontDef: number | null = null;
  let fontName = '';
  let pendingSkip = 0; // fallback bytes still to drop after a "\uN"
  const out: string[] = [];
  let bytes: number[] = [];
  let bytesFont: number | null = null;
  // where the output stands: a paragraph's "\intbl" puts it in a table cell
  let intbl = false;
  let table = false;
  let row = false;
  let cell = false;
  let para = false;
  let paraAt = -1; // where the open paragraph's "<p>" stands in `out`

  /** Opens what the text about to be written lies in: a table's row and cell, or a paragraph. */
  const open = (): void => {
    if (intbl) {
      if (para && !table) {
        out.push('</p>');
        para = false;
      }
      if (!table) {
        out.push('<table>');
        table = true;
      }
      if (!row) {
        out.push('<tr>');
        row = true;
      }
      if (!cell) {
        out.push('<td><p>');
        cell = true;
      }
    } else {
      if (table) {
        if (cell) out.push('</p></td>');
        if (row) out.push('</tr>');
        out.push('</table>');
        table = row = cell = false;
      }
      if (!para) {
        paraAt = out.length;
        out.push('<p>');
        para = true;
      }
    }
  };
  const flush = (): void => {
    if (bytes.length === 0) return;
    const name = (bytesFont !== null ? fonts.get(bytesFont) : undefined)?.toLowerCase() ?? '';
    let s: string;
    const charset = bytesFont !== null ? charsets.get(bytesFont) : undefined;
    if (name.startsWith('.vn')) {
      s = '';
      for (const b of bytes) s += b < 0x80 ? String.fromCharCode(b) : (TCVN3_BYTES.get(b) ?? String.fromCharCode(b));
      if (name.endsWith('h')) s = s.toUpperCase();
    } else if (charset === SYMBOL_CHARSET) s = '';
    else {
      const cp = charset !== undefined ? CHARSET_CODEPAGE[charset] : undefined;
      s = ((cp ? decoderFor(cp) : null) ?? decoder).decode(Uint8Array.from(bytes));
    }
    bytes = [];
    if (!s) return;
    open();
    out.push(escapeHtml(s));
  };
  const emit = (s: string, raw = false): void => {
    flush();
    open();
    out.push(raw ? s : escapeHtml(s));
  };
  /** A paragraph's end: a new paragraph in the same cell, or after the last one outside a table. */
  const endParagraph = (): void => {
    flush();
    if (intbl) {
      open();
      out.push('</p><p>');
    } else {
      open();
      out.push('</p>\n');
      para = false;
    }
  };
  const endCell = (): void => {
    flush();
    // a cell whose paragraph lacked its "\intbl" (not as Word writes it): the paragraph was the cell
    if (!intbl && para && !table) {
      out[paraAt] = '<table><tr><td><p>';
      para = false;
      table = row = cell = true;
    }
    intbl = true;
    open();
    out.push('</p></td>');
    cell = false;
  };
  const endRow = (): void => {
    flush();
    if (cell) {
      out.push('</p></td>');
      cell = false;
    }
    if (row) out.push('</tr>');
    row = false;
  };
  const addBytes = (data: Buffer): void => {
    if (bytesFont !== st.font) flush();
    bytesFont = st.font;
    for (const b of data) {
      if (pendingSkip > 0) {
        pendingSkip--;
        continue;
      }
      // literal line breaks in RTF source are no text
      if (b !== 0x0d && b !== 0x0a) bytes.push(b);
    }
  };

  for (const tok of tokens) {
    if (tok.type === 0) {
      stack.push(st);
      st = { ...st };
      first = true;
      continue;
    }
    if (tok.type === 1) {
      st = stack.pop() ?? st;
      first = false;
      continue;
    }
    const wasFirst = first;
    first = false;
    if (tok.type === 2) {
      const w = tok.word ?? '';
      if (w === '*' && wasFirst) {
        st.skip = true;
        st.star = true;
        continue;
      }
      if (w === 'fonttbl') {
        st.fontTable = true;
        st.skip = true;
        continue;
      }
      if (st.fontTable) {
        if (w === 'f' && tok.param !== undefined) {
          fontDef = tok.param;
          fontName = '';
        } else if (w === 'fcharset' && fontDef !== null && tok.param !== undefined) charsets.set(fontDef, tok.param);
        continue;
      }
      if (w === 'ansicpg' && tok.param !== undefined) {
        decoder = decoderFor(`windows-${tok.param}`) ?? decoder;
        continue;
      }
      // the default font: the text's until a "\fN" says otherwise, and again after "\plain"
      if (w === 'deff' && tok.param !== undefined) {
        defaultFont = tok.param;
        st.font = tok.param;
        continue;
      }
      if (SKIP.has(w)) {
        st.skip = true;
        continue;
      }
      if (st.skip) continue;
      if (w === 'f') {
        st.font = tok.param ?? null;
        continue;
      }
      if (w === 'plain') {
        st.font = defaultFont;
        continue;
      }
      if (w === 'uc') {
        st.uc = tok.param ?? 1;
        continue;
      }
      if (w === 'u' && tok.param !== undefined) {
        emit(String.fromCharCode(tok.param < 0 ? tok.param + 65536 : tok.param));
        pendingSkip = st.uc;
        continue;
      }
      if (w === "'" && tok.data) {
        addBytes(tok.data);
        continue;
      }
      if (w === 'pard') {
        flush();
        intbl = false;
        continue;
      }
      if (w === 'intbl') {
        flush();
        intbl = true;
        continue;
      }
      pendingSkip = 0;
      if (w === 'par' || w === 'sect' || w === 'page') endParagraph();
      // (a tab as a character reference: the HTML reader collapses a literal one into a space,
      // and a tab is a column gap, as the .doc reader gives it)
      else if (w === 'line') emit('<br>', true);
      else if (w === 'tab') emit('&#9;', true);
      else if (w === 'cell' || w === 'nestcell') endCell();
      else if (w === 'row' || w === 'nestrow') endRow();
      else if (CHAR_OF[w] !== undefined) emit(CHAR_OF[w]!);
      continue;
    }
    // text
    if (!tok.data) continue;
    if (st.fontTable) {
      if (fontDef !== null && !st.star) {
        fontName += tok.data.toString('latin1');
        const semi = fontName.indexOf(';');
        if (semi >= 0) {
          fonts.set(fontDef, fontName.slice(0, semi).trim());
          fontDef = null;
        }
      }
      continue;
    }
    if (st.skip) continue;
    addBytes(tok.data);
  }
  flush();
  if (cell) out.push('</p></td>');
  if (row) out.push('</tr>');
  if (table) out.push('</table>');
  if (para) out.push('</p>');
  return out.join('').normalize('NFC');
}
