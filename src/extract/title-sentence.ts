// The old Công báo heading puts the whole identity in one sentence under the type word:
// "Quyết định của Thủ tướng Chính phủ số 115/2004/QĐ-TTg ngày 25 tháng 6 năm 2004 về việc …".
// Read only when the header has no "Số:" line; number, date, issuer and subject then come
// from it.
import { looseKey } from '../normalize/fold.js';
import type { Cell } from '../segment/index.js';
import { perDocument, type Ctx } from './context.js';
import { headerCells, numberCell } from './header.js';
import { TITLE_CODES } from './type.js';

// type words, "của" + issuer, "số" + number (checked by the number grammar afterwards)
const SENTENCE = /^(\p{Lu}\p{L}*(?:\s+\p{L}+){0,2}?)\s+của\s+(\p{Lu}[\p{L} ,-]{2,80}?)\s+số\s+(?=\d)/u;

export interface TitleSentence {
  cell: Cell;
  /** Offsets in the clean text. */
  issuer: { text: string; start: number; end: number };
  numberAt: number;
}

// Number, date, issuer and subject all ask: found once per document.
export const titleSentence = perDocument(find);

function find(ctx: Ctx): TitleSentence | null {
  if (numberCell(ctx)) return null;
  for (const c of headerCells(ctx).slice(0, 30)) {
    const m = SENTENCE.exec(c.text);
    if (!m || !TITLE_CODES.has(looseKey(m[1]!))) continue;
    const at = c.start + m[0].length;
    const issuerStart = c.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
    return { cell: c, issuer: { text: m[2]!.trim(), start: issuerStart, end: issuerStart + m[2]!.trim().length }, numberAt: at };
  }
  return null;
}
