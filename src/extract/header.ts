// Shared look-ups over the header zone used by several field extractors.
import type { Cell } from '../segment/index.js';
import { PARTY_HEADING, QUOC_HIEU, TIEU_NGU } from '../segment/index.js';
import type { Ctx } from './context.js';

/** Header lines: from the document's start to the end of the header zone, or its first 12 lines if that is more. */
export function headerCells(ctx: Ctx): Cell[] {
  const { lines, docStart, headerEnd, bodyEnd } = ctx.zones;
  const to = Math.min(Math.max(headerEnd, docStart + 12), bodyEnd, lines.length);
  const out: Cell[] = [];
  for (let i = docStart; i < to; i++) for (const c of lines[i]!.cells) out.push(c);
  return out;
}

const TYPE_WORD_END = /(?:^|\s)(nghi dinh|quyet dinh|nghi quyet|thong tu(?: lien tich)?|chi thi|ket luan|cong van|ke hoach|luat)\s*$/;

/** The line above the cell ends with a type word (its number follows on the cell's line). */
function citedAbove(ctx: Ctx, c: Cell): boolean {
  const above = ctx.zones.lines[c.line - 1]?.cells;
  return !!above && above.length > 0 && TYPE_WORD_END.test(above[above.length - 1]!.key);
}

/** The "Số …" cell of the header, if any. */
export function numberCell(ctx: Ctx): { cell: Cell; at: number } | null {
  // "SỐ 1050/QĐ-SCT" in capitals under "ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH" names the body that
  // issues; the document's own "Số: 1105/KH-ĐKT" follows: a label in capitals yields to a later one
  let caps: { cell: Cell; at: number } | null = null;
  for (const c of headerCells(ctx)) {
    // (a Party number's serial may be left blank: "Số         -CTr/TU")
    const m = /(?:^|\s)s[o0]\s*[:.;]?\s*(?=[\d/¿#]|\s*\/|-\s?[a-z]{1,5}\s?\/)/.exec(c.key);
    // inside a cell, "Số:" follows a header word in capitals ("ỦY BAN NHÂN DÂN Số: 12/UBND"), not
    // a citation's lower-case type ("Quyết định số: 22/2013/QĐ-TTg")
    const lastWord = m && m.index > 0 ? /(\S+)\s*$/u.exec(c.text.slice(0, m.index + 1))?.[1] ?? '' : '';
    // (the National Assembly's and its Standing Committee's own heading: "Nghị quyết số: 215/2025/QH15",
    // "Pháp lệnh số: 08/2025/UBTVQH15", as "Luật số: …" is)
    // (its colon required: a subject's line may open with a cited "Nghị quyết số 68/2023/QH15")
    const assembly = m !== null && m.index > 0 && m[0].includes(':') && /^\s*(?:nghi quyet|phap lenh|bo luat)\s*$/.test(c.key.slice(0, m.index + 1)) && /^[^\n]{0,6}?\d+\s*\/\s*\d{4}\s*\/\s*(?:ubtv)?qh\d/.test(c.key.slice(m.index + m[0].length));
    if (m && (m.index === 0 || assembly || (/\bs[o0]\s*:/.test(c.key.slice(m.index)) && !/^\p{Ll}/u.test(lastWord)))) {
      const found = { cell: c, at: m.index + m[0].length };
      if (!/^\s*SỐ\s+\d/u.test(c.text.slice(m.index))) return found;
      // (nor one that goes on from a type word ending the line above: "… CỦA NGHỊ ĐỊNH\nSỐ
      // 68/2017/NĐ-CP NGÀY …" is a subject in capitals citing it)
      if (m.index > 0 || !citedAbove(ctx, c)) caps ??= found;
      continue;
    }
    // OCR reads "Số:" as "$6:", "5ố:", "86:" at the start of a header cell
    const o = /^[$58][o06]\s*:\s*(?=\d)/.exec(c.key);
    if (o) return { cell: c, at: o[0].length };
  }
  if (caps) return caps;
  // A serial OCR could not read ("Số: Êđã /HC-CNHC", "Số: ?2 /2025/TT-BTC"): a few characters,
  // then "/", the year maybe, and a symbol in capitals. Tried last, so a readable number anywhere in the header wins.
  for (const c of headerCells(ctx)) {
    const m = /^s[o0]\s*:\s*/.exec(c.key);
    if (m && /^\S{1,4}\s*\/\s*(?:(?:19|20)\d{2}\s*\/\s*)?\p{Lu}{2}/u.test(c.text.slice(m[0].length))) return { cell: c, at: m[0].length };
  }
  return null;
}

// the national heading cut short by a scan ("BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI É"): no body's name has these words
const QUOC_HIEU_CUT = /c[o0]ng\s*h[o0]a\s*x[a-z]?\s*h[o0]i(?![a-z])/;

/** Where the Quốc hiệu, tiêu ngữ or Party heading starts inside a cell (they share lines in OCR text). */
export function headingCut(key: string): number {
  let cut = key.length;
  for (const re of [QUOC_HIEU, TIEU_NGU, PARTY_HEADING, QUOC_HIEU_CUT]) {
    const m = re.exec(key);
    if (m && m.index < cut) cut = m.index;
  }
  return cut;
}
