// A document whose line breaks were lost (a dataset's text field with its whitespace collapsed,
// a web page's preview that runs the whole letter into one line): the lines the layout rules
// fix are put back where their anchors stand (the national heading and motto, "Số", the place
// and date, "V/v", the title, "Kính gửi", "Căn cứ", numbered points and dashed items after a
// sentence's end, "Nơi nhận", the signature's authority and its signer's name). Only when the
// header itself stands inside a line of FLAT_LINE characters or more (a laid-out text keeps its
// own lines, long Word paragraphs included); then every line of LONG_LINE characters or more is
// read. A space (or a cell's tab) becomes a line break, so every offset stays where it was.
import type { MappedText } from './mapped-text.js';

/** A line at least this long holds a whole document run together (a paragraph rarely passes 1,200). */
const FLAT_LINE = 1200;
/** What a flattened document's first characters hold: its national or Party heading, its number, its salutation. */
const FLAT_ANCHOR = /(?:CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA|ĐẢNG CỘNG SẢN VIỆT NAM|Số\s*:?\s*\d|Kính gửi/u;
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
    '(?<![\\p{L}\\d/-])(?:\\p{Lu}\\p{Ll}*[ -]){0,3}\\p{Lu}\\p{Ll}*,\\s*ngày\\s+\\d',
    '[Vv]\\/[Vv]\\s',
  ].join('|'),
  'gu',
);
// The motto's end, and a Party header's "*": what follows starts a line.
const HEAD_AFTER = /Hạnh [Pp]húc[-* ]*|CHỦ NGHĨA VIỆT NAM[-* ]*|ĐẢNG CỘNG SẢN VIỆT NAM[-* ]*|(?<= )\*+(?= )/gu;
/** A signature block's authority ("KT.", "TM.", …). */
const AUTHORITY = String.raw`(?:KT|TM|TL|TUQ|Q)\.`;
const AUTHORITY_AFTER_SPACE = new RegExp(`^[ \\t]${AUTHORITY}`);
const DUTY_VERBS = 'Chủ trì|Phối hợp|Tham mưu|Thực hiện|Tổ chức|Xây dựng|Hướng dẫn|Theo dõi|Kiểm tra|Đôn đốc|Triển khai|Tuyên truyền|Chỉ đạo|Bố trí|Cung cấp|Thẩm định';
// Breaks before these anywhere: the salutation, the preamble's and the body's openings after a
// sentence's end, numbered points and items, "Nơi nhận", the signature's authority.
const BODY_BEFORE = new RegExp(
  [
    'Kính gửi',
    'Nơi nhận\\s*:',
    '(?<=[.;:,*\\p{L}]) (?=(?:Căn cứ|Xét đề nghị|Theo đề nghị|Thực hiện|QUYẾT ĐỊNH\\s*:|Điều \\d+\\s*[.:]))',
    '(?<=[.;:*]) (?=(?:[IVX]{1,5}|\\d{1,2}(?:\\.\\d{1,2}){0,3})[.)] \\p{Lu})',
    // (a heading in capitals, then its first point: "II. NỘI DUNG CÔNG TÁC 1. Các sở …")
    '(?<=\\p{Lu}{2}) (?=(?:\\d{1,2}(?:\\.\\d{1,2}){0,3})[.)] \\p{Lu})',
    // (a page number run in before a point: "… khác. 3 3. Thường trực …", "… văn bản 4 1.6. Cục …")
    '(?<=[.;:] \\d{1,2}) (?=(?:[IVX]{1,5}|\\d{1,2}(?:\\.\\d{1,2}){0,3})[.)] \\p{Lu})',
    '(?<=\\p{L}) (?=\\d{1,2} \\d{1,2}(?:\\.\\d{1,2}){1,3}\\. \\p{Lu})',
    // (a point numbered in full, "1.1.", after a heading without a stop: "… chủ trì thực hiện 1.1. Cục …")
    '(?<=[\\p{L})]) (?=\\d{1,2}(?:\\.\\d{1,2}){1,3}\\. \\p{Lu})',
    // (a body's duty after its name: "1.3. Cục Báo chí - Chủ trì, phối hợp …")
    `(?<=\\p{L}) (?=- (?:${DUTY_VERBS})(?![\\p{L}]))`,
    '(?<=[.;:]) (?=[a-zđ]\\) )',
    '(?<=[.;:,*]) (?=[-+•] \\p{Lu})',
    `(?<=[.;:][ \\t]*)[ \\t](?=${AUTHORITY} ?\\p{Lu}{2})`,
  ].join('|'),
  'gu',
);
const TITLE = new RegExp(`(?:^|[ *])(${TITLES})(?= \\p{Lu}| *$)`, 'u');
// After the authority: the signer's name after the title in capitals ("PHÓ CHỦ TỊCH Trần Thành Lập").
// (the name ends the line, or an annex's title in capitals follows it: "… Nguyễn Hữu Tín KẾ HOẠCH …")
const NAME_AFTER_TITLE = new RegExp(`(?<=\\p{Lu}{2})[ \\t](?=\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}*){1,4}(?:\\s*$|[\\t ]+(?:${TITLES}) \\p{Lu}{2}))`, 'u');
// An annex's title after the signature: a type word in capitals over more capitals.
const ANNEX_TITLE = new RegExp(`(?<=\\p{Ll}[\\t ]*)[\\t ](?=(?:${TITLES}) \\p{Lu}{2,}(?: \\p{Lu}{2,}| \\d))`, 'u');

/** The text with line breaks put back in its flattened lines (none: the same object). */
export function relineFlattened(mt: MappedText): MappedText {
  const text = mt.text;
  // Flattened: the header itself stands inside a long line (a Word file's long paragraphs under a
  // laid-out header are no flattened document). Then every long line is read for its anchors.
  const anchor = FLAT_ANCHOR.exec(text.slice(0, 2000));
  if (!anchor) return mt;
  const lineStart = text.lastIndexOf('\n', anchor.index) + 1;
  const lineEnd = text.indexOf('\n', anchor.index);
  if ((lineEnd < 0 ? text.length : lineEnd) - lineStart < FLAT_LINE) return mt;
  const breaks = new Set<number>();
  let from = 0;
  for (let nl = text.indexOf('\n'); ; nl = text.indexOf('\n', nl + 1)) {
    const end = nl < 0 ? text.length : nl;
    if (end - from >= LONG_LINE) lineBreaks(text, from, end, breaks);
    if (nl < 0) break;
    from = nl + 1;
  }
  if (breaks.size === 0) return mt;
  return mt.replace(/[ \t]/g, (m) => (breaks.has(m.index) ? '\n' : m[0]));
}

function lineBreaks(text: string, from: number, end: number, out: Set<number>): void {
  const line = text.slice(from, end);
  const add = (i: number) => {
    // (a space only; never the line's first or last character)
    if (i > 0 && i < line.length - 1 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) out.add(from + i);
  };
  const head = line.slice(0, HEAD_CHARS);
  for (const m of head.matchAll(HEAD_BEFORE)) add(m.index - 1);
  for (const m of head.matchAll(HEAD_AFTER)) {
    const after = m.index + m[0].length;
    add(line.charCodeAt(after - 1) === 32 ? after - 1 : after);
  }
  // the title's own line, the first type word in capitals (later ones are the subject's: "KẾ
  // HOẠCH TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ …"); its subject follows on the next
  const title = TITLE.exec(head);
  if (title) {
    add(title.index + title[0].length - title[1]!.length - 1);
    add(title.index + title[0].length);
  }
  // the salutation's list ends at its full stop: the body opens after it ("Kính gửi: Các tổ chức
  // … tỉnh Lào Cai. Để tăng cường …")
  const kg = line.indexOf('Kính gửi');
  if (kg >= 0) {
    const stop = /\.(?= \p{Lu})/u.exec(line.slice(kg, kg + 1500));
    if (stop) add(kg + stop.index + 1);
  }
  let sign = -1;
  for (const m of line.matchAll(BODY_BEFORE)) {
    const at = m[0].startsWith(' ') || m[0].startsWith('\t') ? m.index : m.index - 1;
    add(at);
    if (AUTHORITY_AFTER_SPACE.test(line.slice(m.index, m.index + 5))) sign = at;
  }
  if (sign >= 0) {
    const tail = line.slice(sign);
    const n = NAME_AFTER_TITLE.exec(tail);
    if (n) add(sign + n.index);
    const annex = ANNEX_TITLE.exec(tail);
    if (annex) add(sign + annex.index);
  }
}
