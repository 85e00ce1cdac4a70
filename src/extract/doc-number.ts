// The document's own number (ô 3): the "Số" line of the header.
import type { DocumentNumber } from '../schema/record.js';
import type { Ctx } from './context.js';
import { numberCell } from './header.js';
import { numberRegex, numberFromMatch } from './number.js';

export function extractNumber(ctx: Ctx): DocumentNumber | null {
  const found = numberCell(ctx);
  if (!found) return null;
  const { cell, at } = found;
  const rest = cell.text.slice(at);
  const re = numberRegex();
  const m = re.exec(rest);
  if (m && m.index <= 3) {
    const start = cell.start + at + m.index;
    const num = numberFromMatch(m, ctx.span(start, start + m[0].length));
    if (num) return num;
  }
  // OCR damage ("Số: ¿22#/C T-CS"): keep the symbol when it can be read, drop the serial.
  // A space inside the symbol is OCR's ("C T-CS"), unless it starts a word ("CS Hà Nội").
  const repaired = /[^/\s]*\s*\/\s*((?:\p{Lu}(?:\s(?=\p{Lu}(?!\p{Ll})))?){1,12}(?:-\s?(?:\p{Lu}(?:\s(?=\p{Lu}(?!\p{Ll})))?){1,12}){1,4})/u.exec(rest);
  if (repaired) {
    const symbol = repaired[1]!.replace(/\s+/g, '');
    const start = cell.start + at + repaired.index;
    ctx.warn('NUMBER_DAMAGED', `the serial of the number could not be read: "${rest.trim().slice(0, 40)}"`, start, start + repaired[0].length);
    const again = numberRegex().exec(`/${symbol}`);
    if (again) return numberFromMatch(again, ctx.span(start, start + repaired[0].length));
  }
  ctx.warn('NUMBER_UNREADABLE', `a number line was found but not read: "${rest.trim().slice(0, 40)}"`, cell.start, cell.end);
  return null;
}
