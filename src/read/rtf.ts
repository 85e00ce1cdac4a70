// Rich Text Format (.rtf, and the .doc files that are RTF inside, as Word saved them for older
// readers). rtf-stream-parser tokenizes; the text is read here: destinations that hold no text
// (font and colour tables, document info, pictures, field instructions) are skipped, table cells
// end in "\t" and rows in "\n" as the .doc reader gives them, "\uN" is taken with its fallback
// skipped. A run in a TCVN3 font (".VnTime", ".VnTimeH", …) holds TCVN3 bytes: decoded here, where
// the font is known, and put in capitals for the capitals fonts (".VnTimeH": its lower-case codes
// draw capitals, which no byte says). Other 8-bit runs are decoded by the document's code page;
// a VNI font's bytes so reach the normalizer as the mojibake it recognises.
import tcvn3 from '../data/tcvn3.json' with { type: 'json' };
import { VanbanError } from '../errors.js';
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
// Control words that stand for text.
const TEXT_OF: Record<string, string> = {
  par: '\n', line: '\n', sect: '\n', page: '\n', row: '\n', nestrow: '\n', cell: '\t', nestcell: '\t', tab: '\t',
  emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', '~': '\u00a0', _: '-',
};

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
  return { text: rtfTokensToText(tokens), warnings: [] };
}

/** The text of a token stream (exported for tests). */
export function rtfTokensToText(tokens: Token[]): string {
  const fonts = new Map<number, string>();
  let decoder = new TextDecoder('windows-1252');
  const stack: State[] = [];
  let st: State = { skip: false, font: null, uc: 1, fontTable: false, star: false };
  let first = false; // the token opens a group
  let fontDef: number | null = null;
  let fontName = '';
  let pendingSkip = 0; // fallback bytes still to drop after a "\uN"
  const out: string[] = [];
  let bytes: number[] = [];
  let bytesFont: number | null = null;

  const flush = (): void => {
    if (bytes.length === 0) return;
    const name = (bytesFont !== null ? fonts.get(bytesFont) : undefined)?.toLowerCase() ?? '';
    if (name.startsWith('.vn')) {
      let s = '';
      for (const b of bytes) s += b < 0x80 ? String.fromCharCode(b) : (TCVN3_BYTES.get(b) ?? String.fromCharCode(b));
      out.push(name.endsWith('h') ? s.toUpperCase() : s);
    } else out.push(decoder.decode(Uint8Array.from(bytes)));
    bytes = [];
  };
  const emit = (s: string): void => {
    flush();
    out.push(s);
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
        }
        continue;
      }
      if (w === 'ansicpg' && tok.param !== undefined) {
        try {
          decoder = new TextDecoder(`windows-${tok.param}`);
        } catch {
          /* a code page the runtime lacks: keep the last */
        }
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
      const text = TEXT_OF[w];
      if (text !== undefined) {
        pendingSkip = 0;
        emit(text);
      }
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
  return out.join('').replace(/\r\n?/g, '\n').normalize('NFC');
}
