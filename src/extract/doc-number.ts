// The document's own number (ô 3): the "Số" line of the header.
import type { DocumentNumber } from '../schema/record.js';
import type { Ctx } from './context.js';
import type { Cell } from '../segment/index.js';
import { numberCell } from './header.js';
import { looseKey } from '../normalize/fold.js';
import { HISTORIC_NUMBER, historicNumber, numberRegex, numberFromMatch, placeCut } from './number.js';
import { titleSentence } from './title-sentence.js';
import { titleCell, TITLE_CODES } from './type.js';

// A Party number read by OCR with its "-" and "/" turned into letters: "Số17IKUITW" is
// 171-KL/TW. "I", "l", "|" after the digits are a 1 (as in "5I-NQ"); the type code may have
// one letter misread, so it must match the title line's type ("KẾT LUẬN" → KL).
const PARTY_OCR = /^\s*[:.]?\s*(\d{1,5})([Il1|]?)\s*[-~]?\s*(\p{Lu}{2,3})\s*[Il1|/]\s*(\p{Lu}{2,8})(?![\p{L}\d])/u;

function partyOcr(ctx: Ctx, rest: string): { value: string; raw: string; index: number } | null {
  const m = PARTY_OCR.exec(rest);
  if (!m) return null;
  const title = titleCell(ctx);
  const code = title ? TITLE_CODES.get(looseKey(title.text)) : undefined;
  if (!code || code.length !== m[3]!.length) return null;
  let diff = 0;
  for (let i = 0; i < code.length; i++) if (code[i] !== m[3]![i]) diff++;
  if (diff > 1) return null;
  const serial = `${m[1]}${m[2] ? '1' : ''}`;
  return { value: `${serial}-${code}/${m[4]}`, raw: m[0].trim(), index: m.index + (m[0].length - m[0].trimStart().length) };
}

// The serial typed into the blank left before the symbol, the gap kept: "Số:   4390     /UBND-NLN"
// splits the line into cells "Số: 4390" and "/UBND-NLN". The two are read as one number when the
// next cell on the line opens with the symbol's "/" (or a Party number's "-").
function splitSerial(ctx: Ctx, cell: Cell, rest: string): DocumentNumber | null {
  const serial = /^\s*(\d{1,6})\s*$/.exec(rest);
  if (!serial) return null;
  const cells = ctx.zones.lines[cell.line]!.cells;
  const next = cells[cells.indexOf(cell) + 1];
  if (!next || !/^[-/]/.test(next.text)) return null;
  const m = numberRegex().exec(`${serial[1]} ${next.text}`);
  if (!m || m.index !== 0) return null;
  const start = cell.end - (rest.length - rest.trimEnd().length) - serial[1]!.length;
  const end = next.start + m[0].length - serial[1]!.length - 1;
  return numberFromMatch(m, ctx.span(start, end));
}

// A joint document's symbol names its issuers one by one and may not fit its cell: "Số: 24
// /HDLN-BCA-BQP-BYT-" goes on at the next line's start, "BCT-BTC-VKSNDTC-TANDTC". The place and
// date may stand after the dash on the same line ("…/TTLT-BCA-BQP- Hà Nội, ngày …"), and a scan
// may leave a blank line before the rest.
const SYMBOL_REST = /^[\p{Lu}\d]{1,12}(?:-[\p{Lu}\d]{1,12})*$/u;
const DASH_THEN_PLACE = /^\s*-\s*(?:$|\p{Lu}\p{L}*(?:\s+\p{L}+){0,3}\s*,\s*ng)/u;

function symbolGoesOn(ctx: Ctx, cell: Cell, after: string, read: string): ((start: number) => DocumentNumber | null) | null {
  if (!DASH_THEN_PLACE.test(after)) return null;
  let line = cell.line + 1;
  while (line < cell.line + 3 && ctx.zones.lines[line]?.cells.length === 0) line++;
  const next = ctx.zones.lines[line]?.cells[0];
  if (!next || !SYMBOL_REST.test(next.text.trim())) return null;
  const joined = `${read}-${next.text.trim()}`;
  const m = numberRegex().exec(joined);
  if (!m || m.index !== 0 || m[0].length !== joined.length) return null;
  return (start) => numberFromMatch(m, ctx.span(start, next.end));
}

// what a scan's text puts for a character it could not read
const DAMAGE_MARK = /[?¿#*]/;

export function extractNumber(ctx: Ctx): DocumentNumber | null {
  const found = numberCell(ctx);
  if (!found) {
    // "Quyết định của Thủ tướng Chính phủ số 115/2004/QĐ-TTg ngày …" (old Công báo heading)
    const ts = titleSentence(ctx);
    if (!ts) return null;
    const re = numberRegex();
    const m = re.exec(ctx.norm.text.slice(ts.numberAt, ts.cell.end));
    return m && m.index === 0 ? numberFromMatch(m, ctx.span(ts.numberAt, ts.numberAt + m[0].length)) : null;
  }
  const { cell, at } = found;
  const rest = cell.text.slice(at);
  const re = numberRegex();
  let m = re.exec(rest);
  const keep = m ? placeCut(m[0], rest.slice(m.index + m[0].length)) : -1;
  if (m && keep >= 0) {
    const again = numberRegex().exec(rest.slice(0, m.index + keep));
    if (again && again.index === m.index) m = again;
  }
  // ("?2 /2025/TT-BTC": a serial a scan marked as unreadable is no serial "2")
  if (m && m.index <= 3 && !DAMAGE_MARK.test(rest.charAt(m.index - 1))) {
    const start = cell.start + at + m.index;
    const more = symbolGoesOn(ctx, cell, rest.slice(m.index + m[0].length), m[0]);
    if (more) return more(start);
    const num = numberFromMatch(m, ctx.span(start, start + m[0].length));
    if (num) return num;
  }
  const split = splitSerial(ctx, cell, rest);
  if (split) return split;
  // the historical shape: "Số: 16-NT"
  const old = HISTORIC_NUMBER.exec(rest);
  if (old && old.index <= 3) {
    const start = cell.start + at + old.index;
    return historicNumber(old, ctx.span(start, start + old[0].length));
  }
  // a serial a scan read letter-spaced ("Số:8 5 2 0/BCT-KHCN")
  const spaced = /^\s*(\d(?: \d){1,5})(?=\s?\/\s?\p{Lu})/u.exec(rest);
  if (spaced) {
    const digits = spaced[1]!.replace(/ /g, '');
    const j = numberRegex().exec(digits + rest.slice(spaced[0].length));
    if (j && j.index === 0) {
      const start = cell.start + at + spaced[0].length - spaced[1]!.length;
      const n = numberFromMatch(j, ctx.span(start, start + j[0].length + spaced[1]!.length - digits.length));
      if (n) {
        ctx.warn('NUMBER_REPAIRED', `read the letter-spaced serial "${spaced[1]}" as ${digits}`, start, start + spaced[1]!.length);
        return n;
      }
    }
  }
  // A Party number whose serial was left blank ("Số         -CTr/TU"): the symbol is kept, as a
  // state number's is ("Số: /STTTT-TTBCXB")
  if (/^\s*-\s?\p{Lu}/u.test(rest)) {
    const b = numberRegex().exec(`0${rest.trimStart()}`);
    if (b && b.index === 0 && b[5] !== undefined) {
      const start = cell.start + at + (rest.length - rest.trimStart().length);
      const n = numberFromMatch(b, ctx.span(start, start + b[0].length - 1));
      if (n) return { ...n, value: n.value.slice(1), serial: null, raw: n.raw.slice(1) };
    }
  }
  const party = partyOcr(ctx, rest);
  if (party) {
    const start = cell.start + at + party.index;
    ctx.warn('NUMBER_REPAIRED', `read a damaged Party number "${party.raw}" as ${party.value}`, start, start + party.raw.length);
    const again = numberRegex().exec(party.value);
    if (again) return numberFromMatch(again, ctx.span(start, start + party.raw.length));
  }
  // OCR damage ("Số: ¿22#/C T-CS"): keep the symbol when it can be read, drop the serial.
  // A space inside the symbol is OCR's ("C T-CS"), unless it starts a word ("CS Hà Nội").
  const repaired = /[^/\s]*\s*\/\s*(?:((?:19|20)\d{2})\s*\/\s*)?((?:\p{Lu}(?:\s(?=\p{Lu}(?!\p{Ll})))?){1,12}(?:-\s?(?:\p{Lu}(?:\s(?=\p{Lu}(?!\p{Ll})))?){1,12}){1,4})/u.exec(rest);
  if (repaired) {
    const symbol = (repaired[1] ? `${repaired[1]}/` : '') + repaired[2]!.replace(/\s+/g, '');
    const start = cell.start + at + repaired.index;
    ctx.warn('NUMBER_DAMAGED', `the serial of the number could not be read: "${rest.trim().slice(0, 40)}"`, start, start + repaired[0].length);
    const again = numberRegex().exec(`/${symbol}`);
    if (again) return numberFromMatch(again, ctx.span(start, start + repaired[0].length));
  }
  ctx.warn('NUMBER_UNREADABLE', `a number line was found but not read: "${rest.trim().slice(0, 40)}"`, cell.start, cell.end);
  return null;
}
