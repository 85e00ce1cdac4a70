// The old Công báo heading puts the whole identity in one sentence under the type word:
// "Quyết định của Thủ tướng Chính phủ số 115/2004/QĐ-TTg ngày 25 tháng 6 năm 2004 về việc …".
// Read only when the header has no "Số:" line; number, date, issuer and subject then come
// from it.
import { looseKey } from '../normalize/fold.js';
import type { Cell } from '../segment/index.js';
import { perDocument, type Ctx } from './context.js';
import { headerCells, numberCell } from './header.js';
import { numberRegex } from './number.js';
import { TITLE_CODES } from './type.js';

// type words, "của" + issuer, "số" + number (checked by the number grammar afterwards)
const SENTENCE = /^(\p{Lu}\p{L}*(?:\s+\p{L}+){0,2}?)\s+của\s+(\p{Lu}[\p{L} ,-]{2,80}?)\s+số\s+(?=\d)/u;

export interface TitleSentence {
  cell: Cell;
  /** Offsets in the clean text. */
  issuer: { text: string; start: number; end: number };
  numberAt: number;
}

// A web copy's heading gives the number first: "KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ
// …", "Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy về …": type words, the
// number, its date, then "của" + issuer up to "về". Only as the text's first line, where a
// copy names the document it holds.
const NUMBER_FIRST = /^(\p{Lu}\p{L}*(?:\s+\p{L}+){0,2}?)\s+(?:(?:số|SỐ|Số)\s*:?\s*)?(?=\d)/u;
const ISSUER_AFTER = /^\s*,?\s*(?:(?:ngày|NGÀY)\s+[\d/.-]{6,10}|(?:ngày|NGÀY)\s+\d{1,2}\s+(?:tháng|THÁNG)\s+\d{1,2}\s+(?:năm|NĂM)\s+\d{4})?\s*,?\s+(?:của|CỦA)\s+(\p{Lu}[\p{L} ,-]{2,80}?)\s+(?=(?:về|VỀ)\s)/u;

// Number, date, issuer and subject all ask: found once per document.
export const titleSentence = perDocument(find);

function find(ctx: Ctx): TitleSentence | null {
  if (numberCell(ctx)) return null;
  const cells = headerCells(ctx);
  for (const c of cells.slice(0, 30)) {
    const m = SENTENCE.exec(c.text);
    if (!m || !TITLE_CODES.has(looseKey(m[1]!))) continue;
    const at = c.start + m[0].length;
    const issuerStart = c.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
    return { cell: c, issuer: { text: m[2]!.trim(), start: issuerStart, end: issuerStart + m[2]!.trim().length }, numberAt: at };
  }
  const first = cells[0];
  const m = first ? NUMBER_FIRST.exec(first.text) : null;
  if (!first || !m || !TITLE_CODES.has(looseKey(m[1]!))) return null;
  const number = numberRegex().exec(first.text.slice(m[0].length));
  if (!number || number.index !== 0) return null;
  const afterAt = m[0].length + number[0].length;
  const issuer = ISSUER_AFTER.exec(first.text.slice(afterAt));
  if (!issuer) return null;
  const issuerStart = first.start + afterAt + issuer[0].indexOf(issuer[1]!);
  const name = issuer[1]!.trim();
  return { cell: first, issuer: { text: name, start: issuerStart, end: issuerStart + name.length }, numberAt: first.start + m[0].length };
}
