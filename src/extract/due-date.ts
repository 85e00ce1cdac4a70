// A task's due time as a plan's "Thời gian hoàn thành" cell gives it: a day ("30/6/2025",
// "Trước ngày 15 tháng 7 năm 2025"), a month ("Tháng 12/2025", "tháng 12 năm 2025", "T12/2025"),
// a quarter ("Quý II/2025", "Quý 3 năm 2025") or a year ("Năm 2026"). A quarter or a year keeps
// only what is written: the year, with month and day null (the raw text says which quarter).
// Ongoing work ("Thường xuyên", "Hằng năm") and ranges ("2025 - 2030") have no due time.
import type { DateValue } from '../schema/record.js';
import { makeDate, parseDate } from './date.js';

// (OCR misreads the vowel and drops the "g" or the space: "thắng 12/2025", "Thán12/2025")
const MONTH_YEAR = /(?<![\p{L}\d])(?:th[áaắấ]ng?|T)[ ]?(\d{1,2})[ ]*(?:\/|-|n[ăấẵắặằâ]m)[ ]*((?:19|20)\d{2})(?![\d/-])/iu;
const QUARTER_YEAR = /(?<![\p{L}\d])quý[ ]+(I{1,3}|IV|[1-4])[ ]*(?:\/|-|năm)[ ]*((?:19|20)\d{2})(?![\d/-])/iu;
const YEAR = /(?<![\p{L}\d/.-])(?:năm[ ]+)?((?:19|20)\d{2})(?![\d/.])(?![ ]*(?:-|–|đến)[ ]*\d)/iu;
/** What ends the text before a range's second year: "2025 - ", "từ 2021 đến ". */
const RANGE_BEFORE = /(?:-|–|đến)[ ]*$/u;

/** The due time written in `text` (offsets relative to `base`), or null. */
export function parseDue(text: string, base = 0): DateValue | null {
  const day = parseDate(text, base);
  if (day) return day;
  const at = (m: RegExpExecArray) => ({ start: base + m.index, end: base + m.index + m[0].length });
  const my = MONTH_YEAR.exec(text);
  if (my) return makeDate(Number(my[2]), Number(my[1]), null, my[0], at(my));
  const q = QUARTER_YEAR.exec(text);
  if (q) return makeDate(Number(q[2]), null, null, q[0], at(q));
  // a lone year: neither end of a range ("2025 - 2030") nor part of a number ("12/2025")
  const y = YEAR.exec(text);
  return y && !RANGE_BEFORE.test(text.slice(Math.max(0, y.index - 8), y.index)) ? makeDate(Number(y[1]), null, null, y[0], at(y)) : null;
}
