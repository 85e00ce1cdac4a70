// Trích yếu: after "V/v" (công văn, ô 5b) or under the type title (ô 5a); Party công văn may
// write "về việc …" or put the summary in italics under the number with neither.
import titles from '../data/titles.json' with { type: 'json' };
import { CAPS_WORDS, looseKey } from '../normalize/index.js';
import type { Cell, Line } from '../segment/index.js';
import { QUOC_HIEU, TIEU_NGU, PARTY_HEADING, isDocTypeTitle, isTitleLine, nextFilled, salutationLabel } from '../segment/index.js';
import { endsDangling, perDocument, type Ctx } from './context.js';
import { titleSentence } from './title-sentence.js';
import { headerCells, numberCell } from './header.js';
import { leadingTitle, TITLE_CODES, titleCell, titleRest } from './type.js';

export interface SubjectValue {
  text: string;
  start: number;
  end: number;
  /** "V/v" or "về việc" introduced it: the document is laid out as a công văn. */
  viaVv: boolean;
}

// What opens a body: a label, a salutation, the basis (in capitals too), or a word that opens a
// body's first sentence, which in capitals opens a subject instead ("KẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN …")
const BODY_LABEL = String.raw`can cu|xet|ngay \d|kinh gui|noi nhan|quyet dinh:|[ivx]+\.|\d+\.`;
const BODY_WORD = 'thuc hien|thi hanh |theo|de |nham|trong|tai |qua |sau ';
// (a preamble's clauses may stand as dashed items: "- Căn cứ Điều lệ Đảng;")
const BODY_START = new RegExp(`^(?:[-+•]\\s*(?:can cu|xet)\\b|${BODY_LABEL}|${BODY_WORD})`);
const OPENS_WITH_BODY_WORD = new RegExp(`^(?:${BODY_WORD})`);

// A line that stops on a body's bare head after "của"/"và" ("… CỦA BAN", "… VÀ BỘ"): the name goes
// on below (one-word heads of data/titles.json's bodyHeads).
const BARE_BODY_HEAD = new RegExp(
  `(?:^|\\s)(?:của|và|với|cho)\\s+(?:${titles.bodyHeads.filter((h) => !h.includes(' ')).join('|')})$`,
  'u',
);
// (or in figures: "Đồng Nai, ngày 31/12/2024")
const DATE_LINE_START = /^(?:[a-z .]{2,40},\s*)?ngay\b.{0,8}\bth[ai]ng\b|[a-z],\s*ngay\b.{0,8}\bth[ai]ng\b|^(?:[a-z .]{2,40},\s*)?ngay\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b/;
// "…, ngày 28 tháng 9 năm 2021 của Ban …": a cited instrument's date, which a subject may carry
const CITED_DATE = /ngay\s*\S{0,4}\s*thang\s*\S{0,4}\s*nam\s*\d{4}\s*(?:cua|ve|do)\b/;

/**
 * `wrapped`: the cell goes on a line cut mid-sentence (in lower case, or in capitals under a
 * subject in capitals), so a body opener or a date at its start is not one ("… THÔNG TƯ SỐ
 * 09/2013/TT-BXD\nNGÀY 01 THÁNG 7 NĂM 2013 CỦA BỘ XÂY DỰNG …"); a label still is.
 */
function stopCell(c: Cell, wrapped = false): boolean {
  const k = c.key.trim();
  const goesOn = wrapped && !/^(?:[ivx]+|\d+)\./.test(k);
  return (
    salutationLabel(c) !== null || heading(c) ||
    // a date line ("Hà Nội, ngày …"), not a date inside the subject ("… số 193/2001/QĐ-TTg ngày 20 tháng 12 …")
    (!goesOn && DATE_LINE_START.test(k) && !CITED_DATE.test(k)) || /^so\s*:?\s*\d/.test(k) ||
    (BODY_START.test(k) && !goesOn) ||
    // an annex's own line under its title: "(Kèm theo Quyết định số 1422/QĐ-TTg …)"
    /^\((?:ban hanh )?kem theo\s/.test(k)
  );
}

/**
 * A national or Party heading in the cell: at its start, or written in capitals as a flattened
 * header puts it ("… CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); a subject may name the country in
 * running text ("Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam").
 */
function heading(c: Cell): boolean {
  for (const re of [QUOC_HIEU, TIEU_NGU, PARTY_HEADING]) {
    const m = re.exec(c.key);
    if (!m) continue;
    const lead = c.key.slice(0, m.index).trim();
    // ("… GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ …": the country named in a
    // subject set in capitals, after "nước")
    if (lead !== '' && /(?:^|\s)nuoc$/.test(lead)) continue;
    if (lead === '' || !/\p{Ll}{2}/u.test(c.text.slice(m.index, m.index + m[0].length))) return true;
  }
  return false;
}

/**
 * "Thực hiện công tác bầu cử …" under the title is the subject; "Thực hiện Kế hoạch số …" opens
 * the body (it names the instrument being carried out).
 */
function doingSubject(c: Cell): boolean {
  const m = /^thuc hien\s+(\S+\s+\S+)/.exec(c.key.trim());
  if (!m) return false;
  const head = m[1]!;
  return !TITLE_CODES.has(head) && !TITLE_CODES.has(head.split(' ')[0]!) && !/^(?:luat|van ban|y kien|chi dao|so\b)/.test(head);
}

/**
 * "Thực hiện Chỉ thị số 05/CT-TTg ngày … của Thủ tướng Chính phủ về …" under a plan's title is its
 * subject when it reads as a title: no main clause after a comma ("…, Ủy ban nhân dân tỉnh ban
 * hành Kế hoạch như sau:" opens the body), no colon at its end.
 */
function implementsTitle(text: string): boolean {
  const t = text.trim();
  return /^(?:Thực hiện|Triển khai)\s+\p{Lu}/u.test(t) && t.length <= 300 && !/:$/.test(t) && !/như sau/u.test(t) && !/,\s*\p{Lu}/u.test(t);
}

/**
 * "Đề nghị phê duyệt dự toán …" under a tờ trình's title is its subject: a request for an act
 * (a verb follows); "Đề nghị các đơn vị …" / "Đề nghị Sở …" opens the body (an addressee follows).
 */
function requestSubject(c: Cell): boolean {
  const m = /^[Đđ]ề nghị\s+(\S+)/u.exec(c.text.trim());
  return !!m && /^\p{Ll}/u.test(m[1]!) && !/^(?:các|quý|ông|bà|đồng|anh|chị|toàn|mọi|những|cơ|đơn|ủy|uỷ)$/u.test(m[1]!) && !/:$/.test(c.text.trim());
}

/**
 * Whether a subject (its lines so far: `parts`) goes on at `next`, the line after blank ones:
 * in lower case, with a number that is no label ("2021 - 2025", "30/8/2026 của"), after a word
 * that cannot end a subject ("… của", "… theo"), or, when the blanks are no wider than those
 * between the title and the subject (`capsGapFits`), in capitals under a subject in capitals.
 */
function goesOnAfterBlank(ctx: Ctx, parts: string[], nextCell: Cell | undefined, capsGapFits: boolean): boolean {
  const next = nextCell?.text.trim() ?? '';
  const prev = parts[parts.length - 1]!.trim();
  const open = !/[.:;]$/.test(prev);
  if (/^\p{Ll}/u.test(next) && !/[.:]$/.test(prev) && !/^[a-zđ][).]/.test(next)) return true;
  if (open && /^\d/.test(next) && !/^\d{1,3}(?:\.\d{1,3})*[.)]\s/.test(next)) return true;
  if (open && endsDangling(prev.toLowerCase()) && /^\p{Lu}/u.test(next)) return true;
  return (
    capsGapFits &&
    !/\p{Ll}/u.test(parts[0]!) &&
    !/\p{Ll}/u.test(next) &&
    /\p{Lu}{2}/u.test(next) &&
    !/^(?:[IVXLC]+|\d+|[A-Z])[.)/-]/.test(next) &&
    // not the decision's authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") nor a title ("QUYẾT ĐỊNH:")
    !!nextCell &&
    !isTitleLine(nextCell.text, nextCell.key) &&
    !repeatsIssuer(ctx, nextCell) &&
    !isDocTypeTitle(next.replace(/:$/, ''))
  );
}

// the date of a Gazette title: "NGÀY 20 THÁNG 8 NĂM 2001", "NGÀY 16-3-1991"
const GAZETTE_DATE = String.raw`(?:NGÀY|ngày)\s+(?:\d{1,2}\s+(?:THÁNG|tháng)\s+\d{1,2}\s+(?:NĂM|năm)\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})`;
/** "CỦA <issuer> SỐ <number> NGÀY <date> " opening a title line (the Official Gazette's old form). */
const GAZETTE_TITLE = new RegExp(String.raw`^(?:CỦA|Của)\s[^\n]{2,120}?\s(?:SỐ|số)\s*:?\s*\S+\s+${GAZETTE_DATE}\s*,?\s+(?=\p{Lu})`, 'u');
/**
 * The same in the other order, "SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH …": the
 * issuer ends where the subject's verb (or "VỀ") opens.
 */
const GAZETTE_NUMBER_FIRST = new RegExp(
  String.raw`^(?:SỐ|Số)\s*:?\s*\S+\s+${GAZETTE_DATE}\s*,?\s+(?:CỦA|của)\s+\p{Lu}[^\n]{1,120}?\s(?=(?:QUY ĐỊNH|HƯỚNG DẪN|VỀ|BAN HÀNH|SỬA ĐỔI|BỔ SUNG|BÃI BỎ|PHÊ DUYỆT|THÀNH LẬP|CÔNG BỐ|GIAO)\s)`,
  'u',
);

// a body's name written out or abbreviated: "UBND TỈNH X" in the header, "ỦY BAN NHÂN DÂN TỈNH X" over the basis
const ABBREVIATED: Record<string, string> = { ubnd: 'uy ban nhan dan', hdnd: 'hoi dong nhan dan', tp: 'thanh pho' };
const nameKey = (text: string): string => looseKey(text).replace(/\b(?:ubnd|hdnd|tp)\b/g, (w) => ABBREVIATED[w]!);

/**
 * The header's lines in capitals above the type title, alone and with the next one
 * ("ỦY BAN NHÂN DÂN" + "TỈNH BẮC GIANG"): the issuer as the header names it.
 */
const headerNames = perDocument((ctx: Ctx): Set<string> => {
  const title = titleCell(ctx);
  const caps = headerCells(ctx).filter((c) => (title === null || c.line < title.line) && !/\p{Ll}/u.test(c.text) && /\p{Lu}{2}/u.test(c.text));
  const keys = caps.map((c) => nameKey(c.text));
  const out = new Set<string>();
  caps.forEach((c, i) => {
    out.add(keys[i]!);
    // (with the line under it in its own column: a two-column header lists the right column's
    // cell between, "ỦY BAN THƯỜNG VỤ | CỘNG HÒA …" over "QUỐC HỘI | Độc lập …")
    const j = caps.findIndex((n, k) => k > i && n.line === c.line + 1 && Math.abs(n.col - c.col) <= 12);
    if (j > 0) out.add(`${keys[i]} ${keys[j]}`);
  });
  out.delete('');
  return out;
});

/**
 * A line that repeats the issuer's name from the header: a decision's authority line under its
 * subject, also cut short ("UỶ BAN NHÂN DÂN TỈNH" under a header's "UỶ BAN NHÂN DÂN TỈNH GIA LAI").
 */
function repeatsIssuer(ctx: Ctx, c: Cell): boolean {
  if (/\p{Ll}/u.test(c.text)) return false;
  const key = nameKey(c.text);
  // (a place alone, the header's second line "TỈNH THANH HÓA", may end a subject wrapped before it:
  // "… TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" / "TỈNH THANH HÓA"; the authority line names its body)
  if (/^(?:tinh|huyen|thanh pho|thi xa|quan|xa|phuong)\s/.test(key)) return false;
  if (headerNames(ctx).has(key)) return true;
  if (key.split(' ').length < 3) return false;
  for (const name of headerNames(ctx)) if (name.startsWith(`${key} `)) return true;
  return false;
}

/**
 * Collects a block of cells in one column, starting at `first`, until a blank line or an anchor.
 * Blank lines are bridged only where an export put them between the lines of one subject: before
 * a line that goes on in lower case, or, when the subject itself stood `capsGap` blank lines
 * under its title, before a line in capitals (not a label) under a subject in capitals.
 */
function block(ctx: Ctx, first: Cell, firstStart: number, maxLines = 8, capsGap = 0): { text: string; start: number; end: number } {
  const { lines, rightCol } = ctx.zones;
  const col = first.col;
  const left = rightCol === null || col < rightCol - 12;
  // (a salutation label after the subject on its line ends it: "V/v … Nghị định Kính gửi: Sở …")
  const firstLabel = salutationLabel(first);
  const firstEnd = firstLabel && first.start + firstLabel[0] > firstStart ? first.start + firstLabel[0] : first.end;
  const parts: string[] = [ctx.norm.text.slice(firstStart, firstEnd)];
  const ends: number[] = [firstEnd];
  let end = firstEnd;
  if (firstEnd !== first.end) return { text: parts[0]!.replace(/\s+/g, ' ').trim(), start: firstStart, end };
  let semi = ctx.norm.text.slice(firstStart, first.end).trim().endsWith(';');
  let limit = Math.min(lines.length, first.line + maxLines);
  for (let i = first.line + 1; i < limit; i++) {
    let l: Line = lines[i]!;
    if (l.cells.length === 0) {
      const k = nextFilled(lines, i, 3);
      if (!goesOnAfterBlank(ctx, parts, lines[k]?.cells[0], capsGap > 0 && k - i <= capsGap)) break;
      limit = Math.min(lines.length, limit + (k - i));
      i = k;
      l = lines[i]!;
    }
    const cells = rightCol === null ? l.cells : l.cells.filter((c) => (left ? c.col < rightCol - 12 : c.col >= rightCol - 12));
    if (cells.length === 0) {
      if (rightCol !== null) continue;
      break;
    }
    const c = cells[0]!;
    // a list item under a line whose other column holds the salutation label ("… NĐ-CP    Kính
    // gửi:\n- Sở Tài chính;"): the addressees, not the subject
    if (/^[-+•]/.test(c.text.trim()) && lines[i - 1]!.cells.some((x) => x !== c && salutationLabel(x) !== null)) break;
    const last = parts[parts.length - 1]!.trim();
    const lowerOn = !/[.:]$/.test(last) && /^\p{Ll}/u.test(c.text.trim());
    const capsOn = !/[.:;]$/.test(last) && !/\p{Ll}/u.test(parts[0]!) && !/\p{Ll}/u.test(c.text);
    if (stopCell(c, lowerOn || capsOn) || /^[*]$/.test(c.text.trim())) break;
    // the decision's authority under a subject in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", or
    // the issuing body as the header names it), unless the subject was cut after "của"
    // (or after a body's bare head that the line below names: "… CỦA BAN\nBÍ THƯ VỀ …")
    if (capsOn && !endsDangling(last.toLowerCase()) && !BARE_BODY_HEAD.test(last.toLowerCase()) && (isTitleLine(c.text, c.key) || repeatsIssuer(ctx, c))) break;
    // a line in capitals under a sentence-case subject: the decision's authority ("BỘ TRƯỞNG BỘ …")
    if (!/\p{Ll}/u.test(c.text) && /\p{Lu}{2}/u.test(c.text) && /\p{Ll}/u.test(parts[0]!)) break;
    // three words in capitals inside a line under it: a heading or stamp text read into the line
    // ("ổn tạo mẹ ĐIỆN TỬ CHÍNH PHỦ"), not the subject's wording
    if (CAPS_WORDS.test(c.text) && /\p{Ll}{2}/u.test(parts[0]!)) break;
    // after ";" only a lower-case line goes on ("V/v tuyên truyền: phòng, chống dịch;\nthực hiện …")
    if (semi && !/^\p{Ll}/u.test(c.text.trim())) break;
    parts.push(c.text);
    ends.push(c.end);
    end = c.end;
    const t = c.text.trim();
    if (/\.$/.test(t) && !/^["“]/.test(t)) break;
    semi = t.endsWith(';');
  }
  // A subject ends in no colon: a block that does ran on, without a blank line, into the body's
  // opening sentence ("… đến năm 2030\nHội nghị lần thứ bảy … họp ngày 26/4/2022 … và kết
  // luận:"). It is cut before the last line that opens a sentence: a capital after a line that
  // does not dangle ("… của", "… và").
  if (parts.length >= 2 && /:$/.test(parts[parts.length - 1]!.trim())) {
    for (let j = parts.length - 1; j >= 1; j--) {
      if (/^\p{Lu}\p{Ll}/u.test(parts[j]!.trim()) && !endsDangling(parts[j - 1]!.toLowerCase()) && !/[,;:]$/.test(parts[j - 1]!.trim())) {
        parts.length = j;
        end = ends[j - 1]!;
        break;
      }
    }
  }
  return { text: parts.join(' ').replace(/\s+/g, ' ').trim(), start: firstStart, end };
}

export function extractSubject(ctx: Ctx): SubjectValue | null {
  const cells = headerCells(ctx);
  // V/v, possibly in the middle of a squeezed markdown cell.
  for (const c of cells) {
    // (also in quotes, as some Party letters set it: "\"V/v …\"")
    const m = /(?:^|[\s"“(])v\s*\/\s*v\s*[:.]?\s*/.exec(c.key);
    if (m) {
      const b = block(ctx, c, c.start + m.index + m[0].length);
      if (b.text) return { ...b, text: clean(b.text), viaVv: true };
    }
  }
  // "Quyết định của … số … ngày … về việc sửa đổi …": the subject ends the heading sentence
  const ts = titleSentence(ctx);
  if (ts) {
    const rest = ctx.norm.text.slice(ts.numberAt, ts.cell.end);
    const m = /\s((?:về|VỀ)(?:\s+(?:việc|VIỆC))?\s)/u.exec(rest);
    if (m) {
      const b = block(ctx, ts.cell, ts.numberAt + m.index + 1);
      if (b.text) return { ...b, text: clean(b.text), viaVv: false };
    }
  }
  const title = titleCell(ctx);
  if (title) {
    // the subject on the title's own line ("QUYẾT ĐỊNH VỀ VIỆC THÀNH LẬP …", "GIẤY PHÉP SỬ DỤNG …")
    const restAt = titleRest(ctx, title);
    if (restAt !== null) {
      const cell = ctx.zones.lines[title.line]!.cells.find((c) => c.start === title.start)!;
      // ("KẾ HOẠCH QUỐC GIA" over "Thích ứng với biến đổi khí hậu …": two words in capitals
      // qualify the title; the subject is the line under it)
      const own = ctx.norm.text.slice(restAt, cell.end).trim().split(/\s+/).length;
      const under = ctx.zones.lines[nextFilled(ctx.zones.lines, title.line + 1, ctx.zones.lines.length)]?.cells[0]?.text ?? '';
      if (!(own <= 2 && /^\s*\p{Lu}[^\n]*\p{Ll}/u.test(under))) {
        const b = block(ctx, cell, restAt);
        if (b.text) return { ...b, text: clean(b.text), viaVv: false };
      }
    }
    const { lines } = ctx.zones;
    // up to three lines under the title, not counting blank ones (an export may double them)
    let seen = 0;
    let blank = 0;
    // "KẾT LUẬN / HỘI NGHỊ LẦN THỨ BA / BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIV / về …": the
    // conference that issued it, in capitals, over the subject that opens at "về"
    let conference = false;
    // (a plenum's resolution with no "về" line under the conference, "NGHỊ QUYẾT / HỘI NGHỊ LẦN
    // THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII" over its opening sentence, has no subject:
    // the conference names who issued it, as above, and the sentence opens the body)
    for (let i = title.line + 1; i < Math.min(lines.length, title.line + 10) && seen < 3; i++) {
      const c = lines[i]!.cells[0];
      if (!c) {
        blank++;
        continue;
      }
      seen++;
      const caps = !/\p{Ll}/u.test(c.text) && /\p{Lu}{2}/u.test(c.text);
      if (caps && (conference || /^hoi nghi\s/.test(c.key))) {
        conference = true;
        seen--;
        blank = 0;
        continue;
      }
      if (conference && !/^ve\s/.test(c.key)) return null;
      conference = false;
      // "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ" under "KẾT LUẬN" names the issuer, not the subject; so does
      // "của Ban Thường vụ Tỉnh ủy" over a line that opens "về …" (a Party chỉ thị, nghị quyết)
      // the Gazette's old title, "CỦA BỘ XÂY DỰNG SỐ 04/2001/TT-BXD NGÀY 20 THÁNG 8 NĂM 2001 HƯỚNG
      // DẪN …": issuer, number and date, then the subject
      const gazette = GAZETTE_TITLE.exec(c.text) ?? GAZETTE_NUMBER_FIRST.exec(c.text);
      if (gazette) {
        const b = block(ctx, c, c.start + gazette[0].length, 10, blank);
        return b.text ? { ...b, text: clean(b.text), viaVv: false } : null;
      }
      const overVe = () => /^ve\s/.test(lines[nextFilled(lines, i + 1, 3)]?.cells[0]?.key ?? '');
      if (/^cua\s/.test(c.key) && (/^\p{Lu}{2}/u.test(c.text) || (c.text.length <= 90 && !/[.;:,]$/.test(c.text.trim()) && overVe()))) {
        blank = 0;
        continue;
      }
      // "của Ban Thường vụ Tỉnh ủy về tăng cường …" (the two lines joined): the subject opens at "về"
      const ve = /^của\s+\p{Lu}[^\n]{0,100}?\s(?=về\s)/u.exec(c.text);
      if (ve) {
        const b = block(ctx, c, c.start + ve[0].length, 10, blank);
        return b.text ? { ...b, text: clean(b.text), viaVv: false } : null;
      }
      // a line in lower case under the title goes on from it (a Party title: "KẾ HOẠCH\nthực hiện
      // Kết luận số 70-KL/TW …"); the body opens in capitals ("Thực hiện Kế hoạch số …, …")
      const lower = /^\p{Ll}/u.test(c.text.trim()) && !/^[a-zđ][).]\s/u.test(c.text.trim());
      const b = block(ctx, c, c.start, 10, blank);
      // (a line in capitals under the title is no body opener: "KẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN TRỒNG …")
      const capsTitle = caps && OPENS_WITH_BODY_WORD.test(c.key.trim());
      if (stopCell(c) && !lower && !capsTitle && !doingSubject(c) && !requestSubject(c) && !(b.text && implementsTitle(b.text))) return null;
      return b.text ? { ...b, text: clean(b.text), viaVv: false } : null;
    }
    return null;
  }
  // "về việc …" or an unlabelled summary right under the number (Party công văn).
  const num = numberCell(ctx);
  if (num) {
    // "Số 2449 -CV/ĐU\nvề việc …": a lower-case line is joined to the number line by normalize.
    const joined = /^\S+(?:\s?[-/]\s?\S+)*\s+ve viec\s+/.exec(num.cell.key.slice(num.at));
    if (joined) {
      const b = block(ctx, num.cell, num.cell.start + num.at + joined[0].length);
      if (b.text) return { ...b, text: clean(b.text), viaVv: true };
    }
    const { lines } = ctx.zones;
    const col = num.cell.col;
    // up to three lines under the number, not counting blank ones
    let seen = 0;
    for (let i = num.cell.line + 1; i < Math.min(lines.length, num.cell.line + 10) && seen < 3; i++) {
      if (lines[i]!.cells.length > 0) seen++;
      const c = lines[i]!.cells.find((x) => Math.abs(x.col - col) <= 14 || ctx.zones.rightCol === null);
      if (!c || /^[*.]+$/.test(c.text.trim())) continue;
      // (the place and date on their own line under the number, over "về việc": a copy that put
      // each header cell on a line, "Số: 3557/QĐ-BYT\nHà Nội, ngày …\nVỀ VIỆC …")
      if (seen === 1 && DATE_LINE_START.test(c.key.trim()) && !CITED_DATE.test(c.key.trim()) && /^ve viec\s/.test(lines[nextFilled(lines, i + 1, 3)]?.cells[0]?.key ?? '')) {
        seen--;
        continue;
      }
      if (stopCell(c)) break;
      if (/^\p{Lu}[\p{Lu}\s]+$/u.test(c.text.trim())) {
        // (a decision's subject in capitals right under the header, its title lost in a copy:
        // "VỀ VIỆC CHO PHÉP KÝ KẾT …", kept whole as under a title)
        if (!/^ve viec\s/.test(c.key)) break;
        const b = block(ctx, c, c.start);
        return b.text ? { ...b, text: clean(b.text), viaVv: false } : null;
      }
      const vv = /^ve viec\s+/.exec(c.key);
      const b = block(ctx, c, c.start + (vv ? vv[0].length : 0));
      return b.text ? { ...b, text: clean(b.text), viaVv: !!vv } : null;
    }
  }
  const lead = leadingTitle(ctx);
  if (lead) {
    const b = block(ctx, lead.cell, lead.subjectAt, 4);
    if (b.text) return { ...b, text: clean(b.text), viaVv: false };
  }
  return null;
}

// the header's place and date, read into the subject's line when a scan lost the column gap
// ("V/v lấn chiếm, sử dụng trái phép đất Đồng Khê, ngày 04 tháng 8 năm 2026")
const PLACE_DATE_INSIDE = /\s+(?:\p{Lu}\p{Ll}*\.?[ ]){0,3}\p{Lu}\p{Ll}*,[ ]*ngày[ ]+\S{0,4}[ ]*tháng[ ]+\S{0,4}[ ]*năm[ ]+\d{4}/u;

function clean(s: string): string {
  // ("Về: tham gia ý kiến …": "Về" as the label "V/v" stands for, its colon after it)
  const t = s.replace(/^[:\s-]+/, '').replace(/^V[ềỀ]\s*:\s*/u, '').replace(PLACE_DATE_INSIDE, '').replace(/\s*[.;]$/, '').trim();
  // the closing quote of a subject set in quotes, whose opening one stood before "V/v"
  return /^[^"“”]*["”]$/u.test(t) ? t.slice(0, -1).trim() : t;
}
