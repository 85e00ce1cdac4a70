// Dates: "ngày 05 tháng 01 năm 2020" (blanks allowed for hand filling), "05/3/2020",
// "06 / 7 /2005", Party "01-10-1997". Day first, always; the calendar is checked with Date.UTC.
import type { DateValue, Span } from '../schema/record.js';

// OCR reads "1" as l/I/L/] and "0" as O inside a day or month ("ngày l6", "L7", "tháng 0]"):
// tolerated next to a real digit only, then read as digits (ocrDigits). It misreads the words'
// vowels too ("ngây", "thắng", "thing", "nấm"), and a scan's line may break after "ngày".
const GAP = '[ ]*(?:\\n[ ]*)?(?:,[ ]*)?';
const DAY_OR_MONTH_TOKEN_SRC = '(\\d[\\dlIL|Oo\\]]?|[lIL|Oo]\\d)';
const DAY_OR_MONTH = `${DAY_OR_MONTH_TOKEN_SRC}?`;
/** "ngày" (or "Ngày") as written or as OCR misreads its vowel, for the look-aheads that expect a date. */
export const NGAY = '(?:[Nn]g[àaâầ]y|NG[ÀAÂẦ]Y)';
/** Groups: 1 day, 2 month, 3 year (each may be missing: blanks filled by hand at issue). */
export const WRITTEN_DATE = new RegExp(`${NGAY}${GAP}${DAY_OR_MONTH}${GAP}th[áaắấií]ng${GAP}${DAY_OR_MONTH}${GAP}n[ăấẵắặằâa]m[ ]*(?:(?:\\n[ ]*(?=(?:19|20)\\d{2}))?(\\d{4}))?`, 'giu');

const ocrDigits = (s: string | undefined) => (s === undefined ? undefined : s.replace(/[lIL|\]]/g, '1').replace(/[Oo]/g, '0'));
const DAY_OR_MONTH_TOKEN = new RegExp(`^${DAY_OR_MONTH_TOKEN_SRC}$`, 'i');
/** A day or month token as written or OCR'd ("05", "0l", "l6", "0]") as a number; null for a blank or other damage ("2#"). */
export function dayOrMonth(s: string): number | null {
  // (a folded key has "i" for an OCR'd "I")
  return DAY_OR_MONTH_TOKEN.test(s) ? Number(ocrDigits(s.replace(/i/g, 'I'))) : null;
}
/** Groups: 1 day, 2 month, 3 year. */
// (a stray space may split the year: "16/7/20 21")
export const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})[ ]?([/.-])[ ]?(\d{1,2})[ ]?\2[ ]?((?:19|20)[ ]?\d{2})(?![\d])/g;

export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Whether a year is one a directive can bear (the Party's first texts are of 1930): not a scan's "năm 4034". */
export function yearInRange(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

export function makeDate(
  year: number | null,
  month: number | null,
  day: number | null,
  raw: string,
  span: Span,
): DateValue | null {
  // (a year no directive can bear is a scan's misreading: "năm 4034")
  if (year !== null && !yearInRange(year)) year = null;
  if (month !== null && (month < 1 || month > 12)) month = null;
  if (day !== null && (day < 1 || day > 31)) day = null;
  if (year !== null && day !== null && month !== null && !validDate(year, month, day)) return null;
  if (year === null && month === null && day === null) return null;
  const iso =
    year !== null && month !== null && day !== null
      ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
      : null;
  return { year, month, day, iso, raw, span };
}

const num = (s: string | undefined) => (s === undefined ? null : Number(s));

/** The first date in `text` (written or numeric), offsets relative to `base`. */
export function parseDate(text: string, base = 0): DateValue | null {
  WRITTEN_DATE.lastIndex = 0;
  NUMERIC_DATE.lastIndex = 0;
  const w = WRITTEN_DATE.exec(text);
  const n = NUMERIC_DATE.exec(text);
  const pick = w && (!n || w.index <= n.index) ? 'w' : n ? 'n' : null;
  if (pick === 'w' && w) {
    return makeDate(num(w[3]), num(ocrDigits(w[2])), num(ocrDigits(w[1])), w[0], { start: base + w.index, end: base + w.index + w[0].length });
  }
  if (pick === 'n' && n) {
    return makeDate(Number(n[4]!.replace(' ', '')), Number(n[3]), Number(n[1]), n[0], { start: base + n.index, end: base + n.index + n[0].length });
  }
  return null;
}
