// A converter that writes a Word document's paragraphs first and its tables after them leaves
// the header table below the body: "QUYẾT ĐỊNH / về việc … / Căn cứ … / Điều 4. … ./." and only
// then "BỘ X / Số: 12/QĐ-BX | CỘNG HÒA XÃ HỘI … / Hà Nội, ngày …". The header block goes back
// above the body, its offsets still pointing where it stood in the input.
import type { MappedText } from './mapped-text.js';

const HEADING = /CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM/u;
// the body's end mark, "./." or "/." closing a line
const END_MARK = /\/\.[ ]*(?:\n|$)/;
const NUMBER_LINE = /^[ ]*Số[ ]*:?[ ]*\d/mu;
const PLACE_DATE = /^[^\n]{0,60},[ ]*ngày[ ]+\d{1,2}[ ]+tháng[ ]+\d{1,2}[ ]+năm[ ]+\d{4}/u;
// a line of the issuer's block above the number: capitals only ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ
// XÃ HỘI"), a rule, or blank
const ISSUER_LINE = /^[ ]*(?:[^\p{Ll}\n]*\p{Lu}{2}[^\p{Ll}\n]*|[-_=*. ]*)$/u;

/**
 * Where the header block stands when it follows the body: [start, end) over whole lines, or
 * null when the text does not look so (the heading opens the text, no end mark precedes it, or
 * a number line already stands above it).
 */
export function displacedHeader(text: string): { start: number; end: number } | null {
  const h = HEADING.exec(text);
  if (!h) return null;
  const headingLine = text.lastIndexOf('\n', h.index) + 1;
  // (a page's preface or a cover above the header has no end mark; a header at the top is in place)
  if (headingLine < 200) return null;
  const before = text.slice(0, headingLine);
  if (!END_MARK.test(before)) return null;
  // (the tables come last together: a distribution list above the heading means the body was
  // complete, and the heading is an annex's or an attached form's, as a scan whose own heading
  // OCR damaged may show)
  if (/^[ ]*N[ơo]i nh[ậa]n\s*:/imu.test(before)) return null;
  // the block's lines: up to 4 above the heading's line, up to 6 below it
  const lines: { start: number; end: number; text: string }[] = [];
  let s = headingLine;
  for (let k = 0; k < 4 && s > 0; k++) {
    const ps = text.lastIndexOf('\n', s - 2) + 1;
    const t = text.slice(ps, s - 1);
    if (!ISSUER_LINE.test(t) && !NUMBER_LINE.test(t)) break;
    lines.unshift({ start: ps, end: s, text: t });
    s = ps;
  }
  let e = headingLine;
  let dateEnd = -1;
  for (let k = 0; k < 7 && e < text.length; k++) {
    const nl = text.indexOf('\n', e);
    const le = nl < 0 ? text.length : nl + 1;
    const t = text.slice(e, nl < 0 ? text.length : nl);
    lines.push({ start: e, end: le, text: t });
    e = le;
    if (PLACE_DATE.test(t.trim()) || t.split('\t').some((c) => PLACE_DATE.test(c.trim()))) {
      dateEnd = le;
      break;
    }
  }
  if (dateEnd < 0 || !lines.some((l) => NUMBER_LINE.test(l.text))) return null;
  // the issuer's first line, without the blank lines above it
  const first = lines.find((l) => l.text.trim() !== '');
  const start = first ? first.start : s;
  // the body above must carry no number line of its own
  if (NUMBER_LINE.test(text.slice(0, start))) return null;
  return { start, end: dateEnd };
}

/** Moves a header block that follows the body back to the top (see `displacedHeader`). */
export function restoreHeader(mt: MappedText, notes: { code: string; message: string }[]): MappedText {
  if (!mt.text.includes('/.')) return mt;
  const block = displacedHeader(mt.text);
  if (!block) return mt;
  notes.push({ code: 'HEADER_MOVED', message: 'the header block stood after the body (a converter wrote the tables last): read it at the top' });
  return mt.moveBefore(block.start, block.end, 0);
}
