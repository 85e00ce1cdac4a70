// A document whose line breaks were lost (a dataset's text field with its whitespace collapsed
// or each break made a space, a web page's preview that runs the whole letter into one line): the lines the layout rules
// fix are put back where their anchors stand (the national heading and motto, "Số", the place
// and date, "V/v", the title, "Kính gửi", "Căn cứ", numbered points and dashed items after a
// sentence's end, "Nơi nhận", the signature's authority and its signer's name). Only when the
// header itself stands inside a line of FLAT_LINE characters or more, or most of the text does
// (a laid-out text keeps its own lines, long Word paragraphs included); then every line of
// LONG_LINE characters or more is read. A space (or a cell's tab) becomes a line break, so every
// offset stays where it was.
import titles from '../data/titles.json' with { type: 'json' };
import { foldSameLength, looseKey } from './fold.js';
import { countAtMost } from './sorted.js';
import type { MappedText } from './mapped-text.js';

/** A line at least this long holds a whole document run together (a paragraph rarely passes 1,200). */
const FLAT_LINE = 1200;
/** What a flattened document's first characters hold: its national or Party heading, its number, its salutation. */
const FLAT_ANCHOR = /(?:CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA|ĐẢNG CỘNG SẢN VIỆT NAM|Số\s*:?\s*\d|Kính gửi/u;
/** Or this share of the text stands in lines of FLAT_LINE characters or more. */
const FLAT_SHARE = 0.6;
/** In a flattened document, a line this long is read for its anchors too. */
const LONG_LINE = 300;
/** The header's anchors are looked for in a flat line's first characters only. */
const HEAD_CHARS = 1000;

const TITLES = 'QUYẾT ĐỊNH|KẾ HOẠCH|CHỈ THỊ|THÔNG BÁO|HƯỚNG DẪN|NGHỊ QUYẾT|BÁO CÁO|CÔNG ĐIỆN|TỜ TRÌNH|KẾT LUẬN|THÔNG TƯ|NGHỊ ĐỊNH|CHƯƠNG TRÌNH|QUY ĐỊNH|ĐỀ ÁN|PHƯƠNG ÁN|QUY CHẾ|CÔNG VĂN';

// Breaks before these, in the header only (the space before the match becomes a line break).
const HEAD_BEFORE = new RegExp(
  [
    '(?:CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Độc [Ll]ập\\s*[-–]',
    'Số\\s*:?\\s*\\d',
    'Số\\s*:',
    // (the place with its unit written out: "Thành phố Hồ Chí Minh, ngày …")
    '(?<![\\p{L}\\d/-])(?:(?:Thành phố|Thị xã|Thị trấn|Huyện|Quận|Phường|Xã) )?(?:\\p{Lu}\\p{Ll}*[ -]){0,3}\\p{Lu}\\p{Ll}*,\\s*ngày\\s+\\d',
    '[Vv]\\/[Vv]\\s',
  ].join('|'),
  'gu',
);
// The number's end before a subject in mixed case ("Số 1008 - CV/BTGTU Tuyên truyền thực hiện …").
const NUMBER_THEN_SUBJECT = /Số\s*:?\s*\d{1,6}\s*-?\s*[\p{Lu}\d&.-]*\/[\p{Lu}\p{Ll}\d&./-]*[\p{Lu}\d](?=[ \t]\p{Lu}\p{Ll})/u;
// The motto's end, and a Party header's "*": what follows starts a line.
const HEAD_AFTER = /Hạnh [Pp]húc[-* ]*|CHỦ NGHĨA VIỆT NAM[-* ]*|ĐẢNG CỘNG SẢN VIỆT NAM[-* ]*|(?<= )\*+(?= )/gu;
/** A signature block's authority ("KT.", "TM.", …). */
const AUTHORITY = String.raw`(?:KT|TM|TL|TUQ|Q)\.`;
const AUTHORITY_AFTER_SPACE = new RegExp(`^[ \\t]${AUTHORITY}`);
/** A point's label where it stands alone (not "Điều 3.1." nor a date's "12.3."). */
const POINT = String.raw`(?<![\p{L}\d.])(?:\d{1,2}(?:\.\d{1,2}){0,3}\.|[a-zđ]\))`;
const DUTY_VERBS = 'Chủ trì|Phối hợp|Tham mưu|Thực hiện|Tổ chức|Xây dựng|Hướng dẫn|Theo dõi|Kiểm tra|Đôn đốc|Triển khai|Tuyên truyền|Chỉ đạo|Bố trí|Cung cấp|Thẩm định';
/**
 * Duties (and a request) after a body's name at a point's head, in capitals only where a line
 * opens: not those that also name a body ("Ban Tổ chức", "Ủy ban Kiểm tra", "Ban Chỉ đạo", "Sở
 * Xây dựng", "Ban Tuyên truyền").
 */
const NAMES_A_BODY = new Set(['Tổ chức', 'Xây dựng', 'Kiểm tra', 'Chỉ đạo', 'Tuyên truyền']);
const HEAD_DUTIES = [...DUTY_VERBS.split('|').filter((v) => !NAMES_A_BODY.has(v)), 'Đề nghị'].join('|');
// Breaks before these anywhere: the salutation, the preamble's and the body's openings after a
// sentence's end, numbered points and items, "Nơi nhận", the signature's authority.
const BODY_BEFORE = new RegExp(
  // (every branch opens at a space or a tab, or at "Kính gửi" / "Nơi nhận": tested first, so the
  // look-behinds are tried at those places only, not at every character of a long line)
  `(?=[ \\tKN])(?:${[
    'Kính gửi',
    'Nơi nhận\\s*:',
    // (after a quotation's close too: "… và hội nhập quốc tế” Thực hiện Kế hoạch số …")
    '(?<=[.;:,*\\p{L}\\d”"]) (?=(?:Căn cứ|Xét đề nghị|Theo đề nghị|Thực hiện|Để (?:triển khai|thực hiện)|QUYẾT ĐỊNH\\s*:|Điều \\d+\\s*[.:]))',
    // (a point's lettered sub-point too: "2.1. Bước 1: 2.1.a. Thành lập …")
    // (an ellipsis ends a sentence too: "… tan học phù hợp,… 7. Sở Tài chính")
    '(?<=[.;:*…]) (?=(?:[IVX]{1,5}|\\d{1,2}(?:\\.\\d{1,2}){0,3}(?:\\.[a-zđ])?)[.)] \\p{Lu})',
    // (a heading in capitals, then its first point: "II. NỘI DUNG CÔNG TÁC 1. Các sở …")
    '(?<=\\p{Lu}{2}) (?=(?:\\d{1,2}(?:\\.\\d{1,2}){0,3})[.)] \\p{Lu})',
    // (a page number run in before a point: "… khác. 3 3. Thường trực …", "… văn bản 4 1.6. Cục …")
    '(?<=[.;:] \\d{1,2}) (?=(?:[IVX]{1,5}|\\d{1,2}(?:\\.\\d{1,2}){0,3})[.)] \\p{Lu})',
    '(?<=\\p{L}) (?=\\d{1,2} \\d{1,2}(?:\\.\\d{1,2}){1,3}\\. \\p{Lu})',
    // (and after it, so the page's number stands alone: "… Triển lãm 3 1.2. Cục Mỹ thuật …")
    '(?<=[\\p{L}.;:][ \\t]{1,3}\\d{1,2}) (?=\\d{1,2}(?:\\.\\d{1,2}){1,3}\\. \\p{Lu})',
    // (a point numbered in full, "1.1.", after a heading without a stop: "… chủ trì thực hiện 1.1. Cục …")
    '(?<=[\\p{L})]) (?=\\d{1,2}(?:\\.\\d{1,2}){1,3}\\. \\p{Lu})',
    // (a body's duty after its name: "1.3. Cục Báo chí - Chủ trì, phối hợp …")
    `(?<=\\p{L}) (?=- (?:${DUTY_VERBS})(?![\\p{L}]))`,
    '(?<=[.;:]) (?=[a-zđ]\\) )',
    // (a part's letter heading after a sentence's end: "… như sau: A. MỤC ĐÍCH, YÊU CẦU")
    '(?<=[.;:]) (?=[A-H]\\. \\p{Lu}{2})',
    // (a Roman heading after a heading in capitals, a year or an annex's "(Kèm theo …)": "… NĂM 2020 I. CÔNG TÁC …")
    '(?<=[\\p{Lu}\\d)]) (?=[IVX]{1,5}\\. \\p{Lu}{2})',
    // (an annex's "(Kèm theo …)" under its title in capitals)
    '(?<=\\p{Lu}{2}|\\d{4}) (?=\\((?:[Bb]an hành )?[Kk]èm theo )',
    // (the bodies charged after an executing article's heading: "Điều 31. Hướng dẫn thi hành Các
    // Bộ trưởng, …", "Điều 3. Tổ chức thực hiện Chánh Văn phòng …")
    '(?=[ ]\\p{Lu})(?<=(?<![\\p{L}])Điều \\d{1,3}\\. [^.\\n]{0,40}(?:thi hành|thực hiện)) ',
    // (a point's or an article's first item after its heading: "1. Nội dung, biện pháp a) Tổ
    // chức …", "Điều 30. Hiệu lực thi hành 1. Nghị định này …"; not the article's own number:
    // "QUYẾT ĐỊNH: Điều 1. Ban hành …")
    '(?<=\\p{Ll})(?<!(?<![\\p{L}])(?:Điều|Khoản|khoản|Mục|mục|Chương|Phần|Điểm|điểm)) (?=(?:a\\)|1\\.) \\p{Lu})',
    // (a dashed item after a point's short heading in lower case: "a) Cơ quan chủ trì - Ban Chỉ
    // đạo …", "1. Mục đích - Nhà nước …"; a name's own dash stands between capitals)
    `(?=[ ]- \\p{Lu})(?<=${POINT} \\p{Lu}\\p{Ll}*(?: \\p{Ll}+,?){0,5}) `,
    // (a Roman heading in capitals over a paragraph in mixed case: "III. TỔ CHỨC THỰC HIỆN Ủy ban
    // nhân dân cấp xã có trách nhiệm …")
    '(?=[ ]\\p{Lu}\\p{Ll})(?<=(?<![\\p{L}\\d])[IVX]{1,5}\\. \\p{Lu}[\\p{Lu} ,]{2,80}\\p{Lu}) ',
    // (a body's duty after its name at a point's head: "1. Công an tỉnh Tham mưu giúp …")
    `(?=[ ](?:${HEAD_DUTIES})[ ,])(?<=${POINT} [^\\n.;:]{2,60}\\p{L}) `,
    '(?<=[.;:,*…]) (?=[-+•] \\p{Lu})',
    // (its lookahead first and its look-behind bounded: a run of spaces is not read back at every space)
    `(?=[ \\t]${AUTHORITY} ?\\p{Lu}{2})(?<=[.;:][ \\t]{0,20})[ \\t]`,
  ].join('|')})`,
  'gu',
);
// A decision's enacting authority in capitals before its preamble ("… NĂM 2023 CHỦ TỊCH ỦY BAN
// NHÂN DÂN TỈNH Căn cứ …", "… kinh doanh CHÍNH PHỦ Căn cứ …"): a title or a collective body of
// data/titles.json, and more capitals.
const CAPS_AUTHORITY = [...titles.titles, ...titles.collectives]
  .map((t) => t.toUpperCase().replace(/ỦY|UỶ/g, '(?:ỦY|UỶ)'))
  .sort((a, b) => b.length - a.length)
  .join('|');
// The filing line's end ("- Lưu: VT, NC.") and a signature's title in capitals after it, without an
// authority ("… Lưu: VT, NC, ĐH30b.\tCHỦ TỊCH Hoàng Quốc Khánh"): the signature block opens there.
// (not the space after an authority's own stop: "KT. CHỦ TỊCH"; without a stop, a title of
// data/titles.json: "- Lưu: VT,XL CHỦ TỊCH Trương Cảnh Tuyên")
const FILED_THEN_TITLE = new RegExp(
  `(?=[ \\t])(?:(?<=\\.)(?=[ \\t]{1,20}\\p{Lu}{2})|(?=[ \\t](?:${CAPS_AUTHORITY})(?![\\p{L}])))(?<!(?<![\\p{L}])${AUTHORITY})(?<=Lưu[ \\t]{0,3}:?[^\\n]{0,80})[ \\t]`,
  'u',
);
const ENACTING = new RegExp(`(?<=[\\p{L}\\d]) (?=(?:${CAPS_AUTHORITY})(?: [\\p{Lu}\\d,-]+){0,10} (?:Căn cứ|Xét|Theo đề nghị)(?![\\p{L}]))`, 'u');
const TITLE = new RegExp(`(?:^|[ \\t*])(${TITLES})(?= \\p{Lu}| *$)`, 'u');
// The title in mixed case right after the header's date, as a legacy font's capitals decode
// ("… ngày 20 tháng 02 năm 2006 Thông tư Hướng dẫn một số nội dung …"): a line of its own.
const TITLE_AFTER_DATE = new RegExp(
  `ngày \\d{1,2} tháng \\d{1,2} năm \\d{4}[ \\t]+(${TITLES.split('|').map((t) => t.charAt(0) + t.slice(1).toLowerCase()).join('|')})(?=[ \\t]+\\p{Lu})`,
  'u',
);
// After the authority: the signer's name after the title in capitals ("PHÓ CHỦ TỊCH Trần Thành Lập").
// (the name ends the line, or an annex's title in capitals follows it: "… Nguyễn Hữu Tín KẾ HOẠCH …")
// (a table's empty cells may stand between: "… Khánh\t| | | KẾ HOẠCH …")
// (or "(đã ký)" before it, on a line of its own: "THỦ TƯỚNG (đã ký) Phan Văn Khải", "TRƯỞNG BAN Đã ký
// Phùng Quang Hội")
const NAME_AFTER_TITLE = new RegExp(
  `(?<=\\p{Lu}{2}|[Đđ]ã ký\\)?)[ \\t](?=\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}*){1,4}(?:[\\t ]+\\|)*(?:\\s*$|[\\t ]+(?:\\|[\\t ]+)*(?:${TITLES}) \\p{Lu}{2}))`,
  'u',
);
const SIGNED_MARK = /(?<=\p{Lu}{2}) (?=\(?[Đđ]ã ký(?:\)|(?![\p{L}])))/u;
// An annex's title after the signature: a type word in capitals over more capitals.
const ANNEX_TITLE = new RegExp(`(?=[\\t ](${TITLES}) \\p{Lu}{2,}(?: \\p{Lu}{2,}| \\d))(?<=[\\p{Ll}|][\\t ]{0,20})[\\t ]`, 'u');

const PAGE_RUN_IN = /^[ \t]*\d{1,3}(?=[ \t](?:[-+•] |\p{Ll}|\d{1,2}(?:\.\d{1,2})*\. \p{Lu}))/u;

/** The text with line breaks put back in its flattened lines (none: the same object). */
export function relineFlattened(mt: MappedText): MappedText {
  const text = mt.text;
  // (a Word file's long paragraphs under a laid-out header are no flattened document: see
  // flattened). Then every long line is read for its anchors.
  if (!flattened(text)) return mt;
  const breaks = new Set<number>();
  let from = 0;
  for (let nl = text.indexOf('\n'); ; nl = text.indexOf('\n', nl + 1)) {
    const end = nl < 0 ? text.length : nl;
    if (end - from >= LONG_LINE) lineBreaks(text, from, end, breaks);
    if (nl < 0) break;
    from = nl + 1;
  }
  if (breaks.size === 0) return mt;
  return mt.setUnits([...breaks].sort((a, b) => a - b), '\n');
}

// What opens a letter's body after its salutation, in capitals after a word (no stop between:
// "Kính gửi: Sở … trực thuộc trung ương Ngày 15 tháng 11 năm 2010 Liên Bộ …").
const BODY_OPENER = /(?<=[\p{L}\d|)] )(?:Ngày \d|Căn cứ|Thực hiện|Theo|Để|Nhằm|Trả lời|Phúc đáp|Vừa qua|Sau khi|Nhận được|Tiếp nhận|Qua|Hiện nay|Trên cơ sở|Thời gian qua|Triển khai)(?![\p{L}])/u;

/** The header's first three words in capitals (the issuer's name), as a folded key; not the national heading's. */
function issuerKey(head: string): string | null {
  const m = /(?<![\p{L}\d])(\p{Lu}+ \p{Lu}+ \p{Lu}+)(?![\p{L}\d])/u.exec(head.slice(0, 300));
  if (!m || /^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG)/u.test(m[1]!)) return null;
  return foldSameLength(m[1]!);
}

/**
 * The salutation's list ends at its full stop ("Kính gửi: Các tổ chức … tỉnh Lào Cai. Để tăng
 * cường …"), at a body's opener, or where the body opens by naming its one addressee again
 * ("Kính gửi: Công ty cổ phần X Công ty cổ phần X được …"): whichever comes first.
 */
function salutationEnd(line: string, kg: number, issuer: string | null, add: (i: number) => void): void {
  const window = line.slice(kg, kg + 1500);
  const ends: number[] = [];
  const stop = /\.(?= \p{Lu})/u.exec(window);
  if (stop) ends.push(stop.index + 1);
  const opener = BODY_OPENER.exec(window.slice(0, 400));
  if (opener) ends.push(opener.index - 1);
  // (its first four words again, with no list mark between)
  const first = /^Kính gửi\s*:?\s*(?:-\s*)?((?:[\p{L}\d]+ ){3}[\p{L}\d]+)/u.exec(window);
  if (first) {
    const again = window.indexOf(` ${first[1]!}`, first[0].length);
    if (again > 0 && again < 400 && !/[;,]/.test(window.slice(first[0].length, again).replace(/\([^()]*\)/g, ''))) ends.push(again);
  }
  // (or by naming the issuer, as a letter's body often opens: "Kính gửi: Ủy ban nhân dân tỉnh Long
  // An Bộ Lao động - Thương binh và Xã hội nhận được …", the header's first words)
  if (issuer && first) {
    const folded = foldSameLength(window.slice(0, 400));
    const again = folded.indexOf(` ${issuer}`, first[0].length);
    if (again > 0) ends.push(again);
  }
  if (ends.length) add(kg + Math.min(...ends));
}

/** Signer titles (data/titles.json), as loose keys. */
const TITLE_KEYS = new Set(titles.titles.map(looseKey));
/** A signature block's cell run into the list: an authority and title, "(đã ký)", or a name. */
function isSignatureCell(cell: string): boolean {
  const t = cell.trim();
  if (/^\([Đđ]ã ký\)$/u.test(t)) return true;
  if (/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,3}$/u.test(t)) return true;
  const title = looseKey(t.replace(/^(?:KT|TM|TL|TUQ|Q)\.\s*/iu, ''));
  return TITLE_KEYS.has(title) || (/^[\p{Lu}\d ,.-]+$/u.test(t) && /\p{Lu}{2}/u.test(t) && t.length <= 60);
}

/**
 * Nơi nhận beside the signature block, its two columns run together row by row ("Nơi nhận: KT.
 * GIÁM ĐỐC - Như trên; - UBND tỉnh (b/c); PHÓ GIÁM ĐỐC - Các Sở, ngành …; (đã ký) - UBND …;
 * Nguyễn Đồng Tiến - NHNN …"): a cell after an item's ";" (or the label's ":") that opens with
 * no dash is the block's, and the list goes on at the next dash. Each gets a line of its own.
 */
function interleavedCells(line: string, nn: number, add: (i: number) => void): void {
  const region = line.slice(nn, nn + 3000);
  const bounds = /(?:^Nơi nhận\s*:|;)[ \t]+(?![-+•])/gu;
  for (let m = bounds.exec(region); m; m = bounds.exec(region)) {
    const at = m.index + m[0].length;
    const dash = /[ \t]-[ \t]\p{L}/u.exec(region.slice(at, at + 80));
    if (!dash || !isSignatureCell(region.slice(at, at + dash.index))) continue;
    add(nn + at - 1);
    add(nn + at + dash.index);
  }
}

/**
 * A subject in capitals after the title ends where a sentence in mixed case opens ("… CON BỆNH
 * BINH NẶNG Trong suốt thời kỳ …"): two words in capitals at least, then a capitalised word with
 * lower case. A subject in mixed case ("KẾ HOẠCH Tổ chức …") opens at once and has no such end.
 */
function capsSubjectEnd(head: string, from: number, add: (i: number) => void): void {
  const words = /[ \t]+(\S+)/gy;
  words.lastIndex = from;
  let caps = 0;
  for (let m = words.exec(head); m; m = words.exec(head)) {
    const w = m[1]!;
    if (!/\p{Ll}/u.test(w)) {
      caps++;
      continue;
    }
    if (caps >= 2 && /^\p{Lu}\p{Ll}/u.test(w)) add(m.index + m[0].length - w.length - 1);
    return;
  }
}

/**
 * The header stands inside a long line, or most of the text stands in such lines (a header's
 * rules may have been made line breaks already: "… Hạnh phúc Số: 109/2004/NĐ-CP -------- Hà Nội,
 * ngày …"), in two such lines at least or in a text of five lines at most. A laid-out text seen
 * so far keeps at most a third of itself in lines that long; a letter of one long paragraph has
 * one, among its header's, salutation's and closing's lines.
 */
function flattened(text: string): boolean {
  const anchor = FLAT_ANCHOR.exec(text.slice(0, 2000));
  if (anchor) {
    const lineStart = text.lastIndexOf('\n', anchor.index) + 1;
    const lineEnd = text.indexOf('\n', anchor.index);
    if ((lineEnd < 0 ? text.length : lineEnd) - lineStart >= FLAT_LINE) return true;
  }
  let inLong = 0;
  let longLines = 0;
  let filled = 0;
  let from = 0;
  for (let nl = text.indexOf('\n'); ; nl = text.indexOf('\n', nl + 1)) {
    const end = nl < 0 ? text.length : nl;
    if (end > from) filled++;
    if (end - from >= FLAT_LINE) {
      inLong += end - from;
      longLines++;
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  return (longLines >= 2 || filled <= 5) && inLong / text.length >= FLAT_SHARE;
}

/**
 * The line with each run of spaces and tabs made one character (a tab when the run holds one),
 * and where each of its characters stands in the line (a run's last one). A document whose
 * line breaks were made spaces keeps two where a blank line was ("… giao thông.  7. Sở …"); the
 * anchors are written with one.
 */
function squeeze(raw: string): { line: string; origin: Int32Array | null } {
  if (!/[ \t]{2}/.test(raw)) return { line: raw, origin: null };
  const origin = new Int32Array(raw.length);
  let line = '';
  let n = 0;
  let from = 0;
  const runs = /[ \t]{2,}/g;
  for (let m = runs.exec(raw); m; m = runs.exec(raw)) {
    for (let i = from; i < m.index; i++) origin[n++] = i;
    line += raw.slice(from, m.index) + (m[0].includes('\t') ? '\t' : ' ');
    origin[n++] = m.index + m[0].length - 1;
    from = m.index + m[0].length;
  }
  for (let i = from; i < raw.length; i++) origin[n++] = i;
  line += raw.slice(from);
  return { line, origin: origin.subarray(0, n) };
}

/** After a run of spaces: a dashed item, a sentence's first two words (a capital word, a lower-case one), a paragraph. */
const DASHED_ITEM = /[-+•] \p{Lu}/uy;
const SENTENCE_START = /\p{Lu}\p{Ll}*[ ]\p{Ll}/uy;
const PARAGRAPH_START = /\(?\p{Lu}/uy;
/** A point's label and the space after it, before a capital. */
const POINT_LABEL = new RegExp(`${POINT} (?=\\p{Lu})`, 'gu');
const startsAt = (re: RegExp, s: string, at: number): boolean => {
  re.lastIndex = at;
  return re.test(s);
};

/**
 * Line breaks that runs of spaces mark in a line whose breaks were made spaces (a blank line left
 * two, an indent more): each run's last space, where
 * - three spaces at least open a dashed item, the indent of its line ("2. Đề nghị UBND các xã,
 *   phường        - Tiếp tục …"; a blank line left two);
 * - a sentence's end comes before: a paragraph opens ("2.2. Bước 2: Kiểm tra hiện trạng nhà ở.  Ban
 *   Chỉ đạo … tổ chức kiểm tra …", "… các tỉnh.  (Văn phòng Ban Chỉ đạo, …)");
 * - a point's heading comes before, its words with no stop, and a sentence or a dashed item after
 *   ("1. Ban Chỉ đạo quốc gia 1237  Chỉ đạo chặt chẽ …", "2. …; các chi bộ, đảng bộ cơ sở
 *   Các cấp ủy …", "6. Văn phòng Ban Chỉ đạo quốc gia 1237  - Chủ trì …").
 * One pass over the runs; the labels are found once, and each run looks back to the last one
 * (200 characters at most) by bisection.
 */
function runBreaks(raw: string, from: number, out: Set<number>): void {
  if (!raw.includes('  ')) return;
  let labels: number[] | null = null;
  for (const m of raw.matchAll(/[ ]{2,}/g)) {
    const end = m.index + m[0].length;
    const dashed = startsAt(DASHED_ITEM, raw, end);
    if (dashed && m[0].length >= 3) {
      out.add(from + end - 1);
      continue;
    }
    if (/[.;!?]/.test(raw.charAt(m.index - 1))) {
      if (startsAt(PARAGRAPH_START, raw, end)) out.add(from + end - 1);
      continue;
    }
    if (!/[\p{L}\d]$/u.test(raw.slice(Math.max(0, m.index - 2), m.index)) || !(dashed || startsAt(SENTENCE_START, raw, end))) continue;
    labels ??= [...raw.matchAll(POINT_LABEL)].map((l) => l.index + l[0].length);
    const k = countAtMost(labels, m.index);
    const last = k > 0 ? labels[k - 1]! : -1;
    if (last < 0 || m.index - last > 200) continue;
    const heading = raw.slice(last, m.index);
    if (/^\S+[ ]+\S/u.test(heading) && !/[.:!?]/u.test(heading)) out.add(from + end - 1);
  }
}

function lineBreaks(text: string, from: number, end: number, out: Set<number>): void {
  const raw = text.slice(from, end);
  runBreaks(raw, from, out);
  const { line, origin } = squeeze(raw);
  const add = (i: number) => {
    // (a space only; never the line's first or last character; a run's last space)
    if (i > 0 && i < line.length - 1 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) out.add(from + (origin ? origin[i]! : i));
  };
  // a page's number that opens the line, run in before its text (a page break, "\f", was the line
  // break: "3 1.2. Cục Mỹ thuật …", "4 - Chủ trì …", "2 đảng bộ các cấp …")
  const page = PAGE_RUN_IN.exec(line);
  if (page) add(page[0].length);
  const head = line.slice(0, HEAD_CHARS);
  for (const m of head.matchAll(HEAD_BEFORE)) add(m.index - 1);
  const num = NUMBER_THEN_SUBJECT.exec(head);
  if (num) add(num.index + num[0].length);
  for (const m of head.matchAll(HEAD_AFTER)) {
    const after = m.index + m[0].length;
    add(line.charCodeAt(after - 1) === 32 ? after - 1 : after);
  }
  // the title's own line, the first type word in capitals (later ones are the subject's: "KẾ
  // HOẠCH TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ …"); its subject follows on the next
  const title = TITLE.exec(head);
  const mixed = title ? null : TITLE_AFTER_DATE.exec(head);
  if (mixed) {
    add(mixed.index + mixed[0].length - mixed[1]!.length - 1);
    add(mixed.index + mixed[0].length);
  }
  if (title) {
    add(title.index + title[0].length - title[1]!.length - 1);
    add(title.index + title[0].length);
    capsSubjectEnd(head, title.index + title[0].length, add);
  }
  // (the first: the words after it are the authority's own, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
  const enacting = ENACTING.exec(head);
  if (enacting) add(enacting.index);
  const kg = line.indexOf('Kính gửi');
  if (kg >= 0) salutationEnd(line, kg, issuerKey(head), add);
  let sign = -1;
  for (const m of line.matchAll(BODY_BEFORE)) {
    const at = m[0].startsWith(' ') || m[0].startsWith('\t') ? m.index : m.index - 1;
    add(at);
    if (AUTHORITY_AFTER_SPACE.test(line.slice(m.index, m.index + 5))) sign = at;
  }
  const nn = line.indexOf('Nơi nhận');
  if (nn >= 0) interleavedCells(line, nn, add);
  // (the first only: the words after it are the block's own, "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC")
  const filed = FILED_THEN_TITLE.exec(line);
  if (filed) {
    add(filed.index);
    if (sign < 0) sign = filed.index;
  }
  if (sign >= 0) {
    const tail = line.slice(sign);
    const signed = SIGNED_MARK.exec(tail);
    if (signed) add(sign + signed.index);
    const n = NAME_AFTER_TITLE.exec(tail);
    if (n) add(sign + n.index);
    const annex = ANNEX_TITLE.exec(tail);
    // (the type word on a line of its own, as an annex's title stands: its subject follows)
    if (annex) {
      add(sign + annex.index);
      add(sign + annex.index + 1 + annex[1]!.length);
    }
  }
}
