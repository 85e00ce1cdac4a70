// Địa danh, ngày tháng năm (ô 4): "Lào Cai, ngày 29 tháng 12 năm 2025"; blanks left for hand
// filling give null parts ("ngày   tháng 02 năm 2022").
import type { DateValue } from '../schema/record.js';
import type { Ctx } from './context.js';
import type { Cell } from '../segment/index.js';
import { dayOrMonth, makeDate, yearInRange } from './date.js';
import { headerCells } from './header.js';
import { NUMBER_SOURCE, placeCut } from './number.js';
import { titleSentence } from './title-sentence.js';

// (OCR may read the vowel of "tháng" as i: "thing")
const DATE_LINE = /ngay\s*(\S{0,4}?)\s*,?\s*th[ai]ng[\s.]*(\S{0,4}?)\s*,?\s*nam\s*(\d{4})?/;
// the date in figures, as some offices and web copies write it: "Lào Cai, ngày 05/6/2025"
const DATE_FIGURES = /ngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)/;
// a month without a day, as a report or a plan may be dated: "Hà Nội, tháng 7 năm 2025" (its
// empty first group the day's)
const DATE_MONTH = /(?<=\p{L},\s{0,3})()th[ai]ng\s*(\d{1,2})\s*,?\s*nam\s*((?:19|20)\d{2})(?!\d)/u;
// a place in capitalised words right before "ngày", without its comma ("… - Hà Nội ngày 27 …")
const PLACE_TAIL = /(?:^|\s)((?:\p{Lu}[\p{Ll}]*\.?[ ]?){1,4})$/u;
const NUM_RE = new RegExp(NUMBER_SOURCE, 'u');
// (in the folded key)
const BODY_OPENS = /^\s*(?:can cu|xet de nghi|theo de nghi|thuc hien|trien khai)\b/;

/** A cell holding a year alone on one of the two lines under `c`, in its column. */
function yearBelow(ctx: Ctx, c: Cell): Cell | null {
  for (let i = c.line + 1; i <= c.line + 2 && i < ctx.zones.lines.length; i++) {
    const y = ctx.zones.lines[i]!.cells.find((x) => /^\s*(?:19|20)\d{2}\s*$/.test(x.text) && Math.abs(x.col - c.col) <= 15);
    if (y) return y;
  }
  return null;
}

export function extractPlaceDate(ctx: Ctx): { place: string | null; date: DateValue | null } {
  // "… số 115/2004/QĐ-TTg ngày 25 tháng 6 năm 2004 về việc …": the date follows the number
  const ts = titleSentence(ctx);
  if (ts) {
    const key = ctx.norm.folded.slice(ts.numberAt, ts.cell.end);
    // (a web copy's heading may give it in figures: "Kế hoạch số 25-KH/TU ngày 30/11/2016 của …")
    const m = DATE_LINE.exec(key) ?? DATE_FIGURES.exec(key);
    if (m && m.index <= 40 && m[3]) {
      const start = ts.numberAt + m.index;
      return { place: null, date: makeDate(Number(m[3]), dayOrMonth(m[2]!), dayOrMonth(m[1]!), ctx.norm.text.slice(start, start + m[0].length), ctx.span(start, start + m[0].length)) };
    }
  }
  for (const c of headerCells(ctx)) {
    const words = DATE_LINE.exec(c.key);
    const m = words ?? DATE_FIGURES.exec(c.key) ?? DATE_MONTH.exec(c.key);
    if (!m) continue;
    // a Căn cứ line read into a header a text lost ("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015")
    if (BODY_OPENS.test(c.key)) continue;
    let before = c.text.slice(0, m.index);
    // in figures only after "Place," (a date in figures elsewhere in the header is a citation's)
    if (!words && !/\p{L},\s*$/u.test(before)) continue;
    // a cited instrument's date, not the document's: "Nghị quyết số 49-NQ/TU, ngày 28 tháng 9
    // năm 2021 của Ban Thường vụ …" (a date line never goes on with "của", "về", "do")
    if (/^\s*(?:cua|ve|do|ban hanh)\b/.test(c.key.slice(m.index + m[0].length))) continue;
    if (!/,\s*$/.test(before) && before.trim() !== '') {
      // not a date line ("Kèm theo Quyết định … ngày …"), unless the number line shares the cell
      // and a place stands right before "ngày" ("Số 171-KL/TW - Hà Nội ngày 27 tháng 6 …")
      const tail = PLACE_TAIL.exec(before.trimEnd());
      if (tail && /^\s*s[o0]\s*[:.]?\s*\S{0,3}\d/.test(c.key)) before = `${before.slice(0, tail.index)} ${tail[1]!.trim()}, `;
      else if (!/^[\p{L} .]{2,40}$/u.test(before.trim())) continue;
    }
    let place = before.replace(/,\s*$/, '').trim();
    // the subject's line read in before the place when a scan lost the column gap ("V/v lấn
    // chiếm, sử dụng trái phép đất Đồng Khê"): the place is the capitalised words that end it
    if (/^V\s*\/\s*v\b/u.test(place)) place = PLACE_TAIL.exec(place)?.[1]?.trim() ?? '';
    // Strip what shares the cell before the place: a number ("Số: 2324/CT-CS Hà Nội").
    const num = NUM_RE.exec(place);
    if (num) {
      // (not the place's first word read as the number's last segment: "…/TTLT-BCA-BQP- Ha Nội")
      const keep = placeCut(num[0], `${place.slice(num.index + num[0].length)}, ng`);
      place = place.slice(num.index + (keep >= 0 ? keep : num[0].length));
    }
    place = place.replace(/^.*\b[Ss][ốố]\s*:?\s*\S*\s+/u, '').replace(/^[^\p{L}]+/u, '').trim();
    // leftovers of an OCR-damaged symbol ("T-CS Hà Nội"): a place word has no "-" or "/"
    place = place.replace(/^(?:\S*[-/#¿]\S*\s+)+/u, '');
    // a place name has no comma: what comes before one is the left column's line a scan ran
    // into the date's ("PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, Hà Nội, ngày …")
    const comma = place.lastIndexOf(',');
    if (comma >= 0) place = PLACE_TAIL.exec(place.slice(comma + 1).trimEnd())?.[1]?.trim() ?? '';
    // an abbreviated unit prefix is not part of the name ("TP.Cần Thơ"); a written-out one stays
    place = place.replace(/^(?:TP|Tp|T\.P)\.\s*(?=\p{Lu})/u, '');
    const day = dayOrMonth(m[1]!);
    const month = dayOrMonth(m[2]!);
    // the year a narrow column wrapped onto the next line, beside the other column's text ("…
    // ngày tháng 11 năm" over "Số: /HD-MTTQ-BTT    2025"): a cell of the year alone, under it
    const wrappedYear = !m[3] && words && /\bnam\s*$/.test(c.key) ? yearBelow(ctx, c) : null;
    const year = m[3] ? Number(m[3]) : wrappedYear ? Number(wrappedYear.text.trim()) : null;
    if (year !== null && !yearInRange(year)) ctx.warn('DATE_YEAR_UNREADABLE', `year "${m[3]}" is no year a directive bears`, c.start + m.index, c.start + m.index + m[0].length);
    if (m[1] && day === null) ctx.warn('DATE_DAY_UNREADABLE', `day "${c.text.slice(m.index, m.index + 12)}" could not be read`, c.start + m.index, c.start + m.index + m[0].length);
    const start = c.start + m.index;
    const raw = c.text.slice(m.index, m.index + m[0].length);
    const end = wrappedYear ? wrappedYear.end : start + m[0].length;
    const dateRaw = wrappedYear ? `${raw.trimEnd()} ${wrappedYear.text.trim()}` : raw;
    let date = makeDate(year, month, day, dateRaw, ctx.span(start, end));
    // "ngày 31 tháng 02 năm 2025": a day the month has not (a typing slip) is unknown; the month
    // and year stand
    if (!date && year !== null && month !== null && day !== null) {
      date = makeDate(year, month, null, dateRaw, ctx.span(start, end));
      if (date) ctx.warn('DATE_DAY_INVALID', `day ${day} is not a day of month ${month} in ${year}`, start, end);
    }
    // "Hà Nội, ngày   tháng   năm": a date line left blank for hand filling (a draft, a copy
    // taken before issue) is a date line, all of its parts null
    if (!date && words && !m[1] && !m[2] && !m[3]) {
      date = { year: null, month: null, day: null, iso: null, raw, span: ctx.span(start, start + m[0].length) };
      ctx.warn('DATE_BLANK', 'the date line leaves its day, month and year blank', start, start + m[0].length);
    }
    return { place: place.length >= 2 && place.length <= 50 ? place : null, date };
  }
  return { place: null, date: null };
}
