// Địa danh, ngày tháng năm (ô 4): "Lào Cai, ngày 29 tháng 12 năm 2025"; blanks left for hand
// filling give null parts ("ngày   tháng 02 năm 2022").
import type { DateValue } from '../schema/record.js';
import type { Ctx } from './context.js';
import { makeDate } from './date.js';
import { headerCells } from './header.js';
import { NUMBER_SOURCE } from './number.js';
import { titleSentence } from './title-sentence.js';

const DATE_LINE = /ngay\s*(\S{0,4}?)\s*,?\s*thang\s*(\S{0,4}?)\s*,?\s*nam\s*(\d{4})?/;
const NUM_RE = new RegExp(NUMBER_SOURCE, 'u');
/** A day or month as written in a date line; null for a blank or OCR damage ("2#"). */
const digits = (s: string) => (/^\d{1,2}$/.test(s) ? Number(s) : null);

export function extractPlaceDate(ctx: Ctx): { place: string | null; date: DateValue | null } {
  // "… số 115/2004/QĐ-TTg ngày 25 tháng 6 năm 2004 về việc …": the date follows the number
  const ts = titleSentence(ctx);
  if (ts) {
    const key = ctx.norm.folded.slice(ts.numberAt, ts.cell.end);
    const m = DATE_LINE.exec(key);
    if (m && m.index <= 40 && m[3]) {
      const start = ts.numberAt + m.index;
      return { place: null, date: makeDate(Number(m[3]), digits(m[2]!), digits(m[1]!), ctx.norm.text.slice(start, start + m[0].length), ctx.span(start, start + m[0].length)) };
    }
  }
  for (const c of headerCells(ctx)) {
    const m = DATE_LINE.exec(c.key);
    if (!m) continue;
    const before = c.text.slice(0, m.index);
    // a cited instrument's date, not the document's: "Nghị quyết số 49-NQ/TU, ngày 28 tháng 9
    // năm 2021 của Ban Thường vụ …" (a date line never goes on with "của", "về", "do")
    if (/^\s*(?:cua|ve|do|ban hanh)\b/.test(c.key.slice(m.index + m[0].length))) continue;
    if (!/,\s*$/.test(before) && before.trim() !== '') {
      // not a date line ("Kèm theo Quyết định … ngày …")
      if (!/^[\p{L} .]{2,40}$/u.test(before.trim())) continue;
    }
    let place = before.replace(/,\s*$/, '').trim();
    // Strip what shares the cell before the place: a number ("Số: 2324/CT-CS Hà Nội").
    const num = NUM_RE.exec(place);
    if (num) place = place.slice(num.index + num[0].length);
    place = place.replace(/^.*\bS[ốố]\s*:?\s*\S*\s+/u, '').replace(/^[^\p{L}]+/u, '').trim();
    // leftovers of an OCR-damaged symbol ("T-CS Hà Nội"): a place word has no "-" or "/"
    place = place.replace(/^(?:\S*[-/#¿]\S*\s+)+/u, '');
    // an abbreviated unit prefix is not part of the name ("TP.Cần Thơ"); a written-out one stays
    place = place.replace(/^(?:TP|Tp|T\.P)\.\s*(?=\p{Lu})/u, '');
    const day = digits(m[1]!);
    const month = digits(m[2]!);
    const year = m[3] ? Number(m[3]) : null;
    if (m[1] && day === null) ctx.warn('DATE_DAY_UNREADABLE', `day "${c.text.slice(m.index, m.index + 12)}" could not be read`, c.start + m.index, c.start + m.index + m[0].length);
    const start = c.start + m.index;
    const date = makeDate(year, month, day, c.text.slice(m.index, m.index + m[0].length), ctx.span(start, start + m[0].length));
    return { place: place.length >= 2 && place.length <= 50 ? place : null, date };
  }
  return { place: null, date: null };
}
