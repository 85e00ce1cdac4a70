// Every mention of a numbered instrument: "Nghị quyết số 63-NQ/TU, ngày 29/12/2021 của Ban
// Thường vụ Tỉnh uỷ về …" (vn-document-format.md §5.2). This finds mentions one by one; merging
// mentions of one instrument and binding aliases is the resolve stage's job.
import assignees from '../data/assignees.json' with { type: 'json' };
import docTypes from '../data/doc-types.json' with { type: 'json' };
import issuerCodesData from '../data/issuer-codes.json' with { type: 'json' };
import titles from '../data/titles.json' with { type: 'json' };
import { foldSameLength, looseKey } from '../normalize/fold.js';
import type { DateValue, DocumentNumber, Relation } from '../schema/record.js';
import type { Section } from '../segment/index.js';
import { countAtMost, docStartOffset, escapeWords as esc, wordAlternation, type Ctx } from './context.js';
import { NGAY, parseDate } from './date.js';
import { fillTypeSlot, HISTORIC_NUMBER, historicNumber, issuerCodes, KNOWN_ISSUER_CODES, looseNumber, numberFromMatch, numberMatches, numberRegex, parseNumber } from './number.js';
import { isUpper } from '../segment/index.js';
import { sentenceCase } from './sentence-case.js';
import { TYPE_WORDS as WORDS, TYPE_WORD_CODE as WORD_CODE } from './type.js';

export interface Mention {
  number: DocumentNumber;
  typeCode: string | null;
  /** The type word as written before the number ("Nghị quyết"), if any. */
  typeWord: string | null;
  date: DateValue | null;
  issuer: string | null;
  title: string | null;
  relation: Relation;
  /** Clean-text range of the whole mention (type word to the end of number/date/issuer). */
  start: number;
  end: number;
}

const SHARED_SYMBOLS = docTypes.sharedSymbols as Record<string, string>;
const ISSUER_TYPE_CODES = new Set(docTypes.issuerCodes as string[]);
const TYPE_ALT = WORDS.map((x) => esc(x.w)).join('|');
/** The type words as they open a name ("Kết luận", "Kế hoạch"), for the case-sensitive patterns. */
const TYPE_CAP_ALT = WORDS.map((x) => esc(x.w.charAt(0).toUpperCase() + x.w.slice(1))).join('|');
// A local body's code and the words its name holds ("TU": "tinh uy", "thanh uy"), in looseKey form.
const LOCAL_KINDS = issuerCodesData.localKinds as Record<string, string[]>;

/**
 * The body that "ban hành" the list a mention stands in, when the mention's own code fits it:
 * "Tỉnh uỷ đã ban hành Đề án 13 …; Chỉ thị số 26-CT/TU …; Kế hoạch số 91-KH/TU …" (each item
 * after the first is the same body's). Only the last "ban hành" of the sentence before the
 * mention counts; a number of another kind's code ("… Nghị quyết số 247/2025/QH15") gets nothing.
 */
function listAgent(sentence: string, code: string | null): string | null {
  const kinds = code ? LOCAL_KINDS[code] : undefined;
  if (!kinds) return null;
  // (the last "ban hành" a body opens its clause with: not "Quyết định số 20/… về việc ban hành …";
  // three tried at most, so a text of many such words costs the same per mention)
  let tries = 0;
  for (let verb = sentence.lastIndexOf(' ban hành '); verb > 0 && tries++ < 3; verb = sentence.lastIndexOf(' ban hành ', verb - 1)) {
    const before = sentence.slice(Math.max(0, verb - 160), verb);
    const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('\n'), before.lastIndexOf('.'));
    const who = before.slice(cut + 1).replace(/^[\s\d]+/u, '').replace(/\s+(?:đã|vừa|cũng)$/u, '').replace(/\s+/g, ' ').trim();
    if (!who || who.length > 80 || /\d/.test(who) || !HEAD_OPENS.test(who)) continue;
    const key = looseKey(who);
    return kinds.some((k) => key.includes(k)) ? who : null;
  }
  return null;
}

// "các Kết luận (, Nghị quyết) của X" right before the colon that opens a list of them
const LIST_OF = new RegExp(String.raw`(?:^|\s)(?:các|những)\s+(?:${TYPE_ALT}|${TYPE_CAP_ALT})(?:\s*,\s*(?:${TYPE_ALT}|${TYPE_CAP_ALT}))*\s+của\s+(\p{Lu}[^:;.\n]{1,80}?)\s*$`, 'u');
// "số" as a scan may read it ("sé 22/CĐ-TTg", "s6 66/NQ-CP", "sô")
const SO = String.raw`[Ss](?:ố|ô|ồ|ổ|ộ|ó|ỏ|é|6)(?![\p{L}\d])`;
// The words between a type word and its number: "số", "số:", "của Bộ Chính trị số", "liên tịch số",
// "thẩm định số" (a report that appraises: "Báo cáo thẩm định số"), "(dự thảo) số", and a list's
// colon ("các Công văn: số …").
const BEFORE_NUMBER = new RegExp(
  `(?:^|[^\\p{L}])(${TYPE_ALT}|QCVN)(?:\\s+(?:liên\\s+tịch|hành\\s+động|phối\\s+hợp|thẩm\\s+định|thẩm\\s+tra))?(?:\\s*\\((?:dự\\s+thảo|sửa\\s+đổi)\\))?(?:\\s+(?:của|do)\\s+([^,;.\\n()]{2,80}?))?\\s*(?:\\(\\s*)?(?::\\s*(?=[Ss]ố))?(?:${SO})?\\s*:?\\s*$`,
  'iu',
);
/** BEFORE_NUMBER tried at one position (sticky). */
const BEFORE_NUMBER_AT = new RegExp(BEFORE_NUMBER.source, 'iuy');
/** Where BEFORE_NUMBER can start after a text's first character: a non-letter before a type word. */
const TYPE_WORD_AT = new RegExp(`[^\\p{L}](?=${TYPE_ALT}|QCVN)`, 'giu');

/**
 * Where BEFORE_NUMBER can start inside the windows before the numbers, found as the windows come
 * (in text order): each part of the text is scanned once, and only where a window lies, so a
 * long text of few numbers is not scanned whole.
 */
function typeWordStarts(text: string): (from: number, to: number) => number[] {
  const out: number[] = [];
  let scanned = 0;
  const seen = new Set<number>();
  return (from, to) => {
    const a = Math.max(from, scanned);
    if (a < to) {
      // (a slice, so that no search runs past the window; a type word that did not fit in it,
      // spread over a run of spaces, is found when the next window scans the last 80 again)
      const piece = text.slice(a, to + 40);
      TYPE_WORD_AT.lastIndex = 0;
      let unordered = false;
      for (let m = TYPE_WORD_AT.exec(piece); m && m.index < to - a; m = TYPE_WORD_AT.exec(piece)) {
        const at = a + m.index;
        if (seen.has(at)) continue;
        seen.add(at);
        if (out.length && out[out.length - 1]! > at) unordered = true;
        out.push(at);
      }
      if (unordered) out.sort((x, y) => x - y);
      // (a type word is at most 40 characters long, unless a run of spaces spreads it: then the
      // last 80 are scanned again with the next window; a word spread wider than that, past a
      // window's end, is not found — no text writes one)
      scanned = /\s{3}/u.test(text.slice(Math.max(0, to - 80), to + 40)) ? Math.max(scanned, to - 80) : to;
    }
    return out;
  };
}

/**
 * BEFORE_NUMBER's leftmost match in `window` (text[from, from + window.length)), tried only where
 * it can start: the window's first character and the places `starts` (text offsets, ascending)
 * names. The same match as BEFORE_NUMBER.exec(window); a pattern of some fifty alternatives tried
 * at every character of every window cost most of the citations stage on texts of many numbers.
 */
function beforeNumber(window: string, from: number, starts: number[]): RegExpExecArray | null {
  BEFORE_NUMBER_AT.lastIndex = 0;
  const first = BEFORE_NUMBER_AT.exec(window);
  if (first) return first;
  for (let i = countAtMost(starts, from); i < starts.length && starts[i]! < from + window.length; i++) {
    BEFORE_NUMBER_AT.lastIndex = starts[i]! - from;
    const m = BEFORE_NUMBER_AT.exec(window);
    if (m) return m;
  }
  return null;
}
// A law's name between its type word and its number: "Luật Tổ chức chính quyền địa phương số
// 72/2025/QH15", "Luật Địa chất và Khoáng sản 54/2024/QH15", "Luật Quản lý, sử dụng vũ khí, vật
// liệu nổ … số …" (a comma goes on before a lower-case word). Only the National Assembly (QH)
// passes laws, so only its numbers are read this way.
// (in lower case too, as writers set it: "Luật khoáng sản số 60/2010/QH12")
const LAW_NAMED = /(?:^|[^\p{L}])((?:Bộ\s+)?[Ll]uật)\s+(?!số[\s:])(\p{L}(?:[^,;.:\n()"“”\d]|,(?=\s*\p{Ll}))*?)\s+(?:số\s*:?\s*)?$/u;
// another instrument's type word inside what LAW_NAMED read is not a name ("Luật X và Nghị quyết số …")
const NOT_LAW_NAME = /(?<![\p{L}])(?:nghị quyết|nghị định|quyết định|thông tư|chỉ thị|pháp lệnh|hiến pháp|văn bản)(?![\p{L}])/iu;
// the law an amending law's name goes on to ("… một số điều của Luật Mặt trận Tổ quốc Việt Nam")
const INNER_LAW = /(?<![\p{L}])của\s+((?:Bộ\s+)?[Ll]uật)(?=\s)/gu;
/** A type word inside the words BEFORE_NUMBER read as an issuer. */
const TYPE_INSIDE = new RegExp(`(?<![\\p{L}])(?:${TYPE_ALT})(?![\\p{L}])`, 'iu');
// "tại Văn bản số 21.4/GĐN ngày 21/4/2026": a letter's number vouched for by its label and the
// date after it, whatever its shape (companies number their letters as they like)
// (no letter may stand before the label: tested on each match, since a pattern that opened with
// that look-behind was tried at every offset of the text)
const LABELLED = /(?:[Vv]ăn bản|[Cc]ông văn|VĂN BẢN|CÔNG VĂN)\s+số\s*:?\s*([^\s,;()"'“”]{1,40})(?=\s*,?\s*ngày\s+\d)/gu;
const LETTER_ENDS = /\p{L}$/u;
// A type word a scan wrote with a wrong mark ("Nghị quyét số 190/2025/QH15", "Kê hoạch số"):
// the two to four words before "số", marks ignored, name a type of two words or more. Tried only
// where no type word as written stands there. A key two types share names neither.
const FOLDED_TYPE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string | null>();
  for (const { w, code } of WORDS) {
    if (!w.includes(' ')) continue;
    const k = looseKey(w);
    m.set(k, m.has(k) && m.get(k) !== code ? null : code);
  }
  return new Map([...m].filter((e): e is [string, string] => e[1] !== null));
})();
const WORDS_THEN_SO = new RegExp(String.raw`(?:^|[^\p{L}])((?:\p{L}+[ ]+){1,3}\p{L}+)[ ]+${SO}\s*:?\s*$`, 'u');
function foldedTypeWord(window: string): { word: string; code: string; at: number } | null {
  const cut = Math.max(0, window.length - 60);
  const m = WORDS_THEN_SO.exec(window.slice(cut));
  if (!m) return null;
  const base = cut + m.index + m[0].indexOf(m[1]!);
  const starts: number[] = [];
  for (const w of m[1]!.matchAll(/\p{L}+/gu)) starts.push(w.index);
  for (let k = Math.min(4, starts.length); k >= 2; k--) {
    const at = starts[starts.length - k]!;
    const word = m[1]!.slice(at);
    const code = FOLDED_TYPE.get(looseKey(word));
    if (code) return { word, code, at: base + at };
  }
  return null;
}

// (a lone "I", "l", "Ì" or "|" there is a scan's "1": "Nghị định số Ì 01/2020/NĐ-CP")
const SPLIT_SERIAL = new RegExp(String.raw`(?:^|[^\p{L}])${SO}\s*:?\s*(\d{1,3}|[IlÌ|])[ ]$`, 'u');
const SO_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${SO}|và|,|;)\s*:?\s*$`, 'u');
const HISTORIC_ANY = new RegExp(HISTORIC_NUMBER.source, 'gu');
const TYPE_THEN_SO = new RegExp(`(?:^|[^\\p{L}])(?:${TYPE_ALT}|${TYPE_CAP_ALT})\\s+(?:số\\s*:?\\s*)?$`, 'u');
// Type words, in lower case, that a writer leaves between an issuer and what follows ("của Chính
// phủ nghị định về …"): the issuer stops before one, the date and the title are read after it.
const STRAY_TYPE = 'nghị định|quyết định|thông tư|nghị quyết|chỉ thị|công văn|kết luận';

/** Head words that open a body's name (data/assignees.json): the agent before a verb, the subject a title runs into. */
const HEAD_ALT = wordAlternation(assignees.heads);
// A comma ends an issuer, save inside a name that lists its fields and ends "… và X" ("Bộ Văn hóa,
// Thể thao và Du lịch", "Vụ Kế hoạch, Tài chính", "Bộ Lao động, Thương binh và Xã hội" as some
// write it): a word in capitals that opens no body's name follows it ("…, Bộ Kế hoạch và Đầu tư",
// "…, Chính phủ và Đoàn Chủ tịch …" are other bodies: data/assignees.json's heads, data/titles.json's
// collectives).
const NAME_COMMA_STOP = String.raw`,(?!\s*(?!(?:${HEAD_ALT}|${wordAlternation(titles.collectives)})(?![\p{L}]))\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?(?:\s+và\s+\p{Lu}|\s*[;.)\n]|\s*$))`;
// Where the issuer after "của" ends: a verb or preposition that opens the title or the
// sentence, punctuation, the next number or date, a document-type word that opens the title
// ("… của Chính phủ Quy định chi tiết …", "… Chính phủ nghị định …"), or "và" before a
// lower-case word ("… của UBND tỉnh và các nguồn kinh phí"), a part of a text ("… và Chương II"),
// a clause's link ("… khoá VIII thì các cấp ủy", "… như sau"), the next instrument by its type
// word and number ("… Bộ Chính trị khóa XII và Kết luận số 01-KL/TW", where a name's "Kế hoạch"
// in "Sở Kế hoạch và Đầu tư" has no number); a company's name goes on past "và" ("Công ty cổ
// phần Xây dựng và thương mại 299"). A tab (a table's cell break) or the line of a header's place
// and date ("… của Chính phủ\nHà Nội, ngày …", under a subject that cites) ends it too, as does the
// next clause's opening when a ";" was lost ("… của Bộ Tài chính Xét đề nghị của …"). A name
// that is whole at "Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Bí thư" or a ministry's name
// that ends in its own word ("Bộ Công Thương", "Bộ Tài chính") ends before a lower-case word ("…
// của Thủ tướng Chính phủ đủ điều kiện …", a page's first line run into a footnote above it),
// save "nước" and a term ("khóa XII").
const ISSUER_STOP = new RegExp(
  String.raw`(?<=Chính phủ|Quốc hội|Bộ Chính trị|Ban Bí thư|Bộ (?:Công Thương|Tài chính|Xây dựng|Nội vụ|Ngoại giao|Tư pháp|Y tế|Công an|Quốc phòng))\s+(?!(?:nước|khóa|khoá)(?![\p{L}]))(?=\p{Ll})|\s+(?:về|vê|ban hành|qu[yi] định|hướng dẫn|thực hiện|thi hành|triển khai|phê duyệt|sắp xếp|chủ trương|sửa đổi|bổ sung|bãi bỏ|thay thế|công bố|chấp thuận|thành lập|kiện toàn|phân bổ|tiếp nhận|điều chỉnh|thu hồi|cho phép|công nhận|bổ nhiệm|phân cấp|ủy quyền|uỷ quyền|cấp(?=\s+(?:cho|ngày|lần)(?![\p{L}]))|tại|trên|để|đã|nêu|gửi|trả lời|tuyên truyền|đẩy mạnh|thông báo|cho|với|trong|theo|nhằm|được|đến|qua|là|có|không|cũng|vẫn|sẽ|đang|như sau|thì|mà|khi|trước khi|sau khi|và\s+(?:các\s+)?(?:văn bản|công văn|kế hoạch|quyết định|nghị quyết|chỉ thị|thông tư|nghị định|hướng dẫn))(?![\p{L}\d])|${NAME_COMMA_STOP}|[;.:()"“”\t]|\n[ ]*\n|\n(?=[ ]*\p{Lu}[\p{L} ]{1,30},[ ]*ngày[ ])|\s+(?:số|Số)\s+\d|\s+[Nn]gày\s+\d|\s+[Vv]\/[Vv](?![\p{L}])|\s+(?:${STRAY_TYPE})(?![\p{L}\d])|(?:\s+và)?\s+(?:Quy định|Hướng dẫn|Ban hành|Sửa đổi|Bổ sung|Bãi bỏ|Phê duyệt|Thành lập|Công bố|Kiện toàn|Quy chế|Về|Xét|Căn cứ|Thông tư|Nghị định|Quyết định|Nghị quyết|Chỉ thị|Công văn|Thông báo|Báo cáo|Tờ trình|Chương|Điều|Mục|Khoản)(?![\p{L}\d])|\s+và(?<!(?:Công ty|công ty|Hợp tác xã)[^,;.\n]{0,80}và)\s+(?!các\s+\p{Lu})(?=\p{Ll})|(?:\s+và)?\s+(?:${TYPE_CAP_ALT})\s+(?:số\s*:?\s*)?\d`,
  'u',
);

// A steering committee or working group is named by its remit, a verb phrase the issuer stop
// would cut at its first verb or comma: "của Ban Chỉ đạo sắp xếp ĐVHC các cấp và xây dựng mô hình
// …", "Ban Chỉ đạo phòng, chống tham nhũng tỉnh". After such a bare head, the name runs on from a
// lower-case word to a clause's mark, "về"/"tại"/"đã"…, a number, a date or a next instrument.
const REMIT_HEAD = /^(?:Ban\s+Chỉ\s+đạo|Tổ\s+công\s+tác|Tổ\s+giúp\s+việc|Tiểu\s+ban)(?:\s+(?:Trung\s+ương|quốc\s+gia|tỉnh|thành\s+phố|huyện|xã)(?![\p{L}]))?(?=\s+\p{Ll})/u;
// "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
// "… quốc gia về dân số và phát triển": a committee's "về" opens its remit unless what follows opens
// a title ("về việc …", "về phê duyệt Đề án …", "về kế hoạch …", "về một số …").
const REMIT_ABOUT = /^\s+về(?=\s)(?!\s+(?:việc|v\/v|vv|một số|những|các|kết quả|tình hình|công tác|tăng cường|đẩy mạnh|tiếp tục|tổ chức|triển khai|thực hiện|thi hành|phân công|giao|chỉ đạo|hướng dẫn|đôn đốc|kiện toàn|thành lập|ban hành|phê duyệt|quy định|sửa đổi|bổ sung|điều chỉnh|xây dựng|chấp thuận|cho phép|đồng ý|báo cáo|kế hoạch|chương trình|đề án|dự án|quy chế|nhiệm vụ|danh sách|danh mục)(?![\p{L}]))/u;
const REMIT = new RegExp(
  String.raw`^\s+(?!(?:về|vê|của|tại|trên|để|đã|nêu|gửi|cho|với|trong|theo|nhằm|được|đến|qua|là|có|không|và|thì|mà|khi|ngày|số)(?![\p{L}]))\p{Ll}[^;.:()"“”\t]{1,140}?(?=\s+(?:về|vê|tại|đã|nhằm|để|theo|trên|được|gửi|số\s*\d|[Nn]gày\s+\d|[Vv]\/[Vv])(?![\p{L}])|\s+và\s+(?:${TYPE_CAP_ALT})\s+(?:số\s*:?\s*)?\d|\s+(?:${TYPE_CAP_ALT})\s+số\s*:?\s*\d|\s*,\s*(?:ngày|\p{Lu})|\s*[;.:()"“”\t]|\s*\n[ ]*\n|\n(?=[ ]*\p{Lu}[\p{L} ]{1,30},[ ]*ngày[ ])|\s*$)`,
  'u',
);

const TYPE_OPENS = new RegExp(`^(?:${TYPE_CAP_ALT}|Luật|Bộ luật|Hiến pháp)(?![\\p{L}])`, 'u');
const TITLE_ALONE = /^(?:Bộ trưởng|Thủ trưởng|Chủ tịch|Giám đốc)$/u;
/**
 * An issuer that ends at a bare head word ("Bộ trưởng Bộ", "của Sở", "của Ban Chấp hành" before
 * "Trung ương Đảng"): no whole name.
 */
const DANGLING_HEAD = /(?:^|\s)(?:Bộ|Sở|Cục|Tổng cục|Vụ|Ủy ban|Uỷ ban|Ban Chấp hành)$/u;
const SECOND_TITLE = /^\s*,\s*((?:Chủ nhiệm|Trưởng ban|Chủ tịch)\s+\p{Lu}[^,;.()\n]{2,120})/u;

/** "… tại Tờ trình số 1818/TTr-VP ngày 21/8/2025 và Giám đốc Sở Nội vụ tại": the second sender, after a dated paper. */
const SECOND_SENDER = /\d\s*(?:,\s*|\s+)và\s+(\p{Lu}[^,;.()\d]{2,100}?)\s+tại\s*$/u;
/** "(nay là …)" after a body's name: its present name. */
const NOW_NAMED_SRC = String.raw`\(\s*nay\s+là\s+[^()\n]{2,80}\)`;
// "Sở Tài chính đã có Công văn số …", "Tổng cục Thuế (nay là Cục Thuế) đã có …": a body (its
// head word from data/assignees.json) right before "(đã) có / ban hành / ký / gửi" and the type word
// a sentence's subject, a body, before "đã" and its verb (not a passive: "… đã được cấp phép tại …")
const SUBJECT_DID = /^(\p{Lu}[^,;.()\n]{2,80}?)\s+(?:đã|vừa)\s+(?!được|bị)\p{Ll}/u;
const HEAD_OPENS = new RegExp(`^(?:${HEAD_ALT})(?![\\p{L}])`, 'u');
const AGENT_HEAD = new RegExp(`(?<![\\p{L}])(?:${HEAD_ALT})(?![\\p{L}])`, 'gu');
// ("… tỉnh Yên Bái cũng đã có văn bản số …": an adverb between the body and its verb)
const ADVERBS = String.raw`(?:(?:cũng|vừa|mới|đã)\s+){0,2}`;
// (a verb may be paired before it: "HĐND thành phố đã thông qua và ban hành Nghị quyết số …")
const AGENT_VERB_END = /(?:có|ban hành|ký|gửi)\s*$/u;
const AGENT_BEFORE = new RegExp(String.raw`^([^,;.()\n]{2,100}?)(\s*${NOW_NAMED_SRC})?\s+${ADVERBS}(?:\p{Ll}+(?:\s+\p{Ll}+)?\s+và\s+)?(?:có|ban hành|ký|gửi)\s*$`, 'u');
/** "Ngày 26/4/2013, Thủ tướng Chính phủ (đã) ban hành …" right before the instrument: its date and issuer. */
const DATED_AGENT = new RegExp(String.raw`(?:^|\s)[Nn]gày\s+(\d[\d\s/.-]*\d|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,?\s+(\p{Lu}[^,;.]{2,160}?)\s+${ADVERBS}(?:ban hành|có|ký)\s*$`, 'u');
const JOINT_HEAD = /^(?:[Ll]iên|[Cc]ác)\s+(?:[Bb]ộ|[Ss]ở|[Nn]gành)$/u;
const COLON_LIST = /^\s*:\s*([^;.:()"“”\n]{2,200})/u;
const LIST_STOP = /\s(?:về|hướng dẫn|quy định|ban hành|ngày|tại|số)(?![\p{L}])/u;
/**
 * The bodies listed after a joint head's colon ("Liên Bộ: Lao động Thương binh và Xã hội, Tài
 * chính, Y tế về việc …"), each capitalised, up to the title; and how many characters they took.
 */
function colonList(after: string): { text: string; used: number } | null {
  const m = COLON_LIST.exec(after);
  if (!m) return null;
  const stop = LIST_STOP.exec(m[1]!);
  const raw = (stop ? m[1]!.slice(0, stop.index) : m[1]!).replace(/[\s,]+$/u, '');
  const pieces = raw.split(/\s*,\s*|\s+-\s+|\s+và\s+/u);
  if (pieces.length < 2 || !pieces.every((p) => /^\p{Lu}/u.test(p))) return null;
  return { text: raw.replace(/\s+/g, ' '), used: m[0].length - m[1]!.length + raw.length };
}
// The title's opening verbs as a scan may misread their marks ("hướng dan", "sửa đôi"), matched
// without marks: where the marks are right ISSUER_STOP has already ended the name there.
const FOLDED_TITLE_VERB = /\s(?:huong dan|sua doi|bo sung|ban hanh|quy dinh|phe duyet|thuc hien|trien khai|thi hanh|bai bo|thay the)(?![a-z])/;
/** `s` up to where an issuer's name ends (ISSUER_STOP), or its first `whenNone` characters. */
function untilIssuerStop(s: string, whenNone = s.length): string {
  const stop = ISSUER_STOP.exec(s);
  const end = stop ? stop.index : Math.min(whenNone, s.length);
  const verb = FOLDED_TITLE_VERB.exec(foldSameLength(s.slice(0, end)));
  return s.slice(0, verb ? verb.index : end);
}
const AGENT_VERB = new RegExp(`\\s(?:${assignees.verbs.map(esc).join('|')})(?![\\p{L}])`, 'u');

/** The body that "has" or "issued" the instrument named right after `near`, or null. */
function agentBefore(near: string): string | null {
  // (only words that end with the verb can hold an agent: tested once, not at every head)
  if (!AGENT_VERB_END.test(near)) return null;
  // the first head whose words run, verb-free, to the verb: "Trước đây Tổng cục Thuế …" gives
  // "Tổng cục Thuế …", "Sở X phối hợp Ủy ban nhân dân tỉnh đã ban hành" the Ủy ban
  AGENT_HEAD.lastIndex = 0;
  for (let h = AGENT_HEAD.exec(near); h; h = AGENT_HEAD.exec(near)) {
    const m = AGENT_BEFORE.exec(near.slice(h.index));
    if (m && !AGENT_VERB.test(m[1]!)) return `${m[1]!}${m[2] ?? ''}`.replace(/\s+/g, ' ').trim();
  }
  return null;
}

/** "(nay là …)" right after an issuer. */
const NOW_NAMED = new RegExp(String.raw`^\s*(${NOW_NAMED_SRC})`, 'u');
/** "được X thông qua / phê duyệt … tại": X, up to the first of these verbs, issued what follows. */
const PASSIVE_AGENT = /(?:^|[\s(])được\s+(\p{Lu}[^,;.()]{1,60}?)\s+(?:thông qua|phê duyệt|nghiệm thu|chấp thuận|thẩm định|xác nhận|ban hành|công bố|cấp|ký|giao)(?![\p{L}])[^;.()]{0,80}?\s+tại(?:\s+các(?:\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s*:)?)?\s*$/u;
/** "Công ty X được Ủy ban nhân dân tỉnh Yên Bái cấp Giấy phép … số …": the agent right before its verb and the instrument. */
const PASSIVE_AGENT_DIRECT = /(?:^|[\s(])được\s+(\p{Lu}[^,;.()]{1,60}?)\s+(?:cấp|ban hành|phê duyệt|chấp thuận)\s*$/u;
/** After the issuer: its date, past a stray type word ("của Chính phủ nghị định ngày …"). */
const DATE_AFTER_ISSUER = new RegExp(String.raw`^\s*,?\s*(?:(?:${STRAY_TYPE})\s+)?(?=${NGAY}\s)`, 'u');
/** After the number: its date (a footnote mark a PDF left after the number is passed over: "2362/BNNMT-KHTC 2 ngày …"). */
const DATE_AFTER_NUMBER = new RegExp(String.raw`^(?:[ ]\d{1,2}(?=[ ,]))?\s*\)?\s*(?:,\s*)?(?:(?:được\s+)?ban hành\s+)?(?=${NGAY}\s)`, 'u');
/** "ngày _", "ngày … tháng … năm 2026", "ngày   /   /2024": a date not filled in, which no digit of a day or month holds. */
const BLANK_DATE_AFTER = new RegExp(String.raw`^\s*,?\s*${NGAY}[ _.…/\-]*(?:tháng[ _.…]*(?:năm[ _.…]*(?:\d{4})?)?|\/?(?:\d{4}))?(?=\s*(?:,|của|do)\s)`, 'u');
/** Where a title ends: the sentence's end, an alias, a note on the instrument's amendment ("(đã được sửa đổi, bổ sung bởi …)"), a date, a body ("…, Cục Hóa chất có ý kiến như sau") or a purpose clause after a comma, the next instrument. */
const TITLE_END_AHEAD = String.raw`(?=\s*(?:[;]|\.\s|\.$|\(sau đây|\((?:đã\s+)?được\s+(?:sửa đổi|thay thế|bãi bỏ|hợp nhất)|,\s*(?:ngày|Sở|Ban|UBND|Bộ|Ủy ban|Cục|Tổng cục|Vụ|Văn phòng|Thanh tra|Trung tâm|Công ty|để|nhằm)\s|\n\n|$|(?:\s*,|\s+và)\s+(?:${TYPE_ALT})\s+(?:số\s*:?\s*)?\d))`;
/** The title: after its opening word in either case, past a stray type word; it ends before the next instrument ("và Hướng dẫn số …") or a purpose clause (", để chủ động …"). */
const TITLE_AFTER = new RegExp(String.raw`^\s*(?:,\s*)?(?:(?:${STRAY_TYPE})\s+)?(?:(?:qu[yi] định|hướng dẫn|ban hành)(?:\s+(?:về việc|về)(?![\p{L}]))?|về việc|về)\s+(.{3,240}?)${TITLE_END_AHEAD}`, 'isu');
/** A title in quotes right after the issuer ("… của Ban Tuyên giáo Trung ương “Tuyên truyền kỷ niệm …”"). */
const TITLE_QUOTED = /^\s*,?\s*[“"]([^”"\n]{3,240})[”"]/u;
/** A title that opens with what the instrument does ("… của Thủ tướng Chính phủ phê duyệt Đề án …"): the verb is kept. */
const TITLE_ACT = new RegExp(String.raw`^\s*(?:,\s*)?((?:phê duyệt|sửa đổi,?\s*bổ sung|sửa đổi|thành lập|kiện toàn|công bố|phân bổ|giao chỉ tiêu)\s+.{3,240}?)${TITLE_END_AHEAD}`, 'isu');

/**
 * Where a title read by TITLE_AFTER ends inside: at a colon that opens a list, or at ", " before a
 * capitalised body or office-holder, the subject of the sentence the citation opens ("… về việc
 * tập trung phòng, chống bệnh dại, Chủ tịch UBND tỉnh yêu cầu:"), or at a line that opens the
 * body's first sentence (a plan's subject "Thực hiện Chỉ thị số … về …" over "Thực hiện Chỉ thị
 * số …, Ủy ban nhân dân tỉnh …") or the salutation under a subject. Case-sensitive, unlike TITLE_AFTER: ", phòng chống …" goes on.
 */
const TITLE_END = new RegExp(`:\\s|,\\s*(?:${HEAD_ALT})(?![\\p{L}])|,?\\s+(?:đã\\s+)?được\\s+(?:sửa đổi,?\\s*bổ sung|sửa đổi|bổ sung|thay thế|hướng dẫn)\\s+(?:bởi|tại|theo)(?![\\p{L}])|\\n[ ]*(?:Thực hiện|Triển khai|Căn cứ|Xét|Theo đề nghị|Trên cơ sở)\\s|\\n[ ]*Kính (?:gửi|trình)(?![\\p{L}])`, 'u');

// What this document does to the instrument named right after: "sửa đổi, bổ sung (một số điều
// của | Điều 5 của) Nghị định số …", "bãi bỏ Quyết định số …", "thay thế Quyết định số …".
// Tested on the words just before the mention, so "… Nghị định số 10 sửa đổi Nghị định số 5"
// gives amends to the second only.
// (the kind of the instruments listed may stand between the act and the first of them: "thay thế
// các Quyết định: Quyết định số 110/2005/QĐ-UBND …; Quyết định số 42/2007/QĐ-UBND …")
const LISTED_KIND = String.raw`(?:\s+(?:${TYPE_ALT}|văn bản)(?:\s+sau(?:\s+đây)?)?\s*:)?`;
const ACTS: [Relation, RegExp][] = [
  ['amends', /(?:sửa đổi,?\s*bổ sung|sửa đổi|bổ sung)(?:\s+(?:một số|các)\s+điều|\s+(?:khoản\s+\d+\s+)?điều\s+\d+[\p{L}]?)?(?:\s+của)?(?:\s+các)?\s*$/u],
  // a correction amends the text it corrects ("Đính chính lỗi kỹ thuật tại Thông tư số …")
  ['amends', /đính chính(?:\s+(?:lỗi kỹ thuật|sai sót|một số nội dung|nội dung))?(?:\s+(?:tại|của|trong))?\s*$/u],
  ['repeals', new RegExp(String.raw`(?:bãi bỏ|hủy bỏ|huỷ bỏ|thu hồi)(?:\s+(?:toàn bộ|một số điều|các điều|(?:một phần\s+)?(?:điểm\s+[a-zđ]\s+)?(?:khoản\s+\d+\s+)?điều\s+\d+[\p{L}]?)(?:\s+của)?)?(?:\s+các)?${LISTED_KIND}\s*$`, 'u')],
  ['replaces', new RegExp(String.raw`(?:thay thế(?:\s+cho)?)(?:\s+các)?${LISTED_KIND}\s*$`, 'u')],
];
const ACT_RELATIONS = new Set<Relation>(ACTS.map(([r]) => r));
// The act over a list of instruments: "2. Bãi bỏ các Quyết định sau đây:\n a) Quyết định số …;\n b)
// Quyết định số …", "… thay thế các văn bản sau:" (each item, after the earlier ones' ";")
const listAct = (verbs: string): RegExp =>
  new RegExp(String.raw`(?:${verbs})[^:;.]{0,80}?\s(?:sau(?:\s+đây)?|như sau)\s*:(?:[^:;]*;)*\s*(?:[a-zđ]\)|[-+•]|\d{1,2}[.)])\s*(?:(?:${TYPE_ALT})\s+)?(?:số\s*:?\s*)?$`, 'u');
/** The acts right before a mention, then the acts over a list the mention is an item of. */
const ACT_PATTERNS: [Relation, RegExp][] = [...ACTS, ['repeals', listAct('bãi bỏ|hủy bỏ|huỷ bỏ')], ['replaces', listAct('thay thế')]];
// The same acts without tone marks, for a scan's misread ones ("thay thé", "bãi bổ", "sửa đồi"):
// tried on the folded sentence (same length, so offsets hold) when the marks as written match none.
const FOLDED_ACTS: [Relation, RegExp][] = ACT_PATTERNS.map(([r, re]) => [r, new RegExp(re.source.replace(/[^\x00-\x7f]/gu, (ch) => foldSameLength(ch)), re.flags)]);

const ACT_OPENS = /(?:^|[.:;(]|(?<![\p{L}])(?:này|và|đồng thời|nay)|^\s*[-+•]|\d\.)\s*$/u;
/**
 * Whether the words before an act open a clause (ACT_OPENS), read from their end: the pattern,
 * unanchored before its "\s*$", was tried at every offset of a sentence of up to 1500 characters
 * for each mention.
 */
function actOpens(before: string): boolean {
  const t = before.trimEnd();
  return t.length <= 16 ? ACT_OPENS.test(t) : ACT_OPENS.test(t.slice(-16)) && !/^\s*[-+•]\s*$/u.test(t.slice(-16));
}

// Between "nhận được" and a mention: the letter received already named, and what it asks about
const ASKED_ABOUT = /(?:^|\s)(?:về|hướng dẫn|thực hiện|theo|liên quan|áp dụng)\s/u;

// A clause of the sentence that opens with "Căn cứ" (a scan may misread its tone: "Căn cử", "Căn cú") …
// ("Căn cứ theo chức năng, nhiệm vụ …", "Căn cứ dự toán …", "Căn cứ quy định nêu trên, …": what
// the clause rests on is not an instrument named later in it; "… có trách nhiệm … tại Quyết định
// số …" there is cited)
const NOT_AN_INSTRUMENT = String.raw`(?!\s+(?:vào\s+|theo\s+)?(?:chức năng|nhiệm vụ|tình hình|dự toán|yêu cầu|thực tế|điều kiện|khả năng|nhu cầu|chỉ đạo|ý kiến chỉ đạo|nội dung chỉ đạo|các quy định (?:nêu )?trên|quy định (?:nêu )?trên|các nội dung (?:nêu )?trên)(?![\p{L}]))`;
// (a label over a list of bases opens such a clause too: "- Các căn cứ khác có liên quan: (1) …")
export const CAN_CU_OPENS = new RegExp(
  String.raw`(?:^|[\n;:]\s*[-+•]?\s*|^\s*[-+•]\s*)căn c[ứửừữựú](?![\p{L}\d])${NOT_AN_INSTRUMENT}|^\s*[-+•]?\s*căn c[ứửừữựú](?![\p{L}\d])${NOT_AN_INSTRUMENT}|(?:^|[\n;.]\s*[-+•]?\s*)các\s+căn\s+cứ(?:\s+\p{L}+){0,5}\s*:`,
  'u',
);
// … or with "Thực hiện" (also a letter's subject, "V/v triển khai thực hiện Quyết định số …"; and
// "…, quán triệt thực hiện Kết luận số …" after a comma)
// ("- Thực hiện rà soát … đã được phê duyệt tại Quyết định số …" carries
// out a review: the instrument is cited, not implemented)
export const IMPLEMENTS_OPENS =
  /(?:(?:^|[\n.;]\s*)[-+•]?\s*(?:v\s?\/\s?v\s*|về việc\s+)?|(?:^|[\n.;,]\s*)[-+•]?\s*quán triệt(?:\s*,|\s+và)?\s+)(?:thực hiện|triển khai|thi hành|để triển khai|để thực hiện|tiếp tục thực hiện)(?![\p{L}\d])(?!\s+(?:việc\s+)?(?:rà soát|kiểm tra|thanh tra|khảo sát|điều tra|đánh giá|tuyên truyền|quán triệt|thống kê|tổng hợp)(?![\p{L}]))/u;

interface ClauseFacts {
  basedOn: boolean;
  implementsIt: boolean;
}

/**
 * Whether a clause of the sentence opens with "Căn cứ" / "Thực hiện", asked for each mention
 * with its sentence so far (`c`, lower case, starting at text offset `start`). The mentions of
 * one sentence come in order and share its start, so what an earlier call found stays found and
 * only the new end is scanned (with an overlap, the patterns looking a little ahead): a sentence
 * of many numbers was scanned whole for each of them. The answers are those of the patterns on
 * the whole of `c`.
 */
export function clauseFacts(): (c: string, start: number) => ClauseFacts {
  let at = -1;
  let seen = 0;
  let basedOn = false;
  let implementsIt = false;
  // (a match is kept for later calls only when the look-ahead it passed cannot change: 60
  // characters from the end; a new scan starts 120 before the end of the last one)
  const scan = (re: RegExp, c: string, from: number): { found: boolean; keep: boolean } => {
    // a letter before a later piece stops "^" from matching where the sentence does not start
    const piece = from === 0 ? c : `x${c.slice(from)}`;
    const m = re.exec(piece);
    if (!m) return { found: false, keep: false };
    const end = from === 0 ? m.index + m[0].length : from - 1 + m.index + m[0].length;
    return { found: true, keep: end <= c.length - 60 };
  };
  return (c, start) => {
    if (start !== at || c.length < seen) {
      at = start;
      seen = 0;
      basedOn = false;
      implementsIt = false;
    }
    let from = Math.max(0, seen - 120);
    // (back over the spaces and marks a clause opening may start with)
    while (from > 0 && /[\s;:.,\n+•-]/u.test(c[from - 1]!)) from--;
    let b = basedOn;
    if (!b && c.includes('căn c')) {
      const r = scan(CAN_CU_OPENS, c, from);
      b = r.found;
      if (r.keep) basedOn = true;
    }
    let i = implementsIt;
    if (!i && /thực hiện|triển khai|thi hành/u.test(from === 0 ? c : c.slice(from))) {
      const r = scan(IMPLEMENTS_OPENS, c, from);
      i = r.found;
      if (r.keep) implementsIt = true;
    }
    seen = c.length;
    return { basedOn: b, implementsIt: i };
  };
}

// A part that lists the document's bases ("I. CƠ SỞ CHÍNH TRỊ, PHÁP LÝ", "2. Căn cứ pháp lý", "CĂN
// CỨ XÂY DỰNG KẾ HOẠCH"): the instruments it names are what the document rests on.
const BASIS_TITLE = /^(?:căn cứ|cơ sở)(?:\s+(?:chính trị|pháp lý|thực tiễn|xây dựng[\p{L}\s]{0,40}|ban hành[\p{L}\s]{0,40}))?(?:\s*(?:,|và)\s*(?:chính trị|pháp lý|thực tiễn|sự cần thiết))*\s*[.:]?$/iu;

/**
 * Whether a mention stands under a part that lists bases. Sections are in text order: the last one
 * opening at or before the offset, then its ancestors while they have ended (a few steps: the
 * tree is shallow).
 */
function basisPlace(sections: readonly Section[]): (at: number) => boolean {
  const starts = sections.map((s) => s.start);
  return (at) => {
    let k: number | null = countAtMost(starts, at) - 1;
    while (k !== null && k >= 0 && sections[k]!.end <= at) k = sections[k]!.parent;
    for (let j: number | null = k !== null && k >= 0 ? k : null; j !== null; j = sections[j]!.parent) if (BASIS_TITLE.test(sections[j]!.heading.trim())) return true;
    return false;
  };
}

/**
 * The words that name this document's own act: its type word as its title opens ("THÔNG TƯ\nBãi
 * bỏ Thông tư số …") or in its enacting formula ("Quốc hội ban hành Luật sửa đổi, bổ sung một số
 * điều của Luật … số …", "Bộ trưởng … ban hành Thông tư bãi bỏ …"): the act after them is this
 * document's, as after "Nghị định này". Tested on the end of the words before the act (lower case).
 */
function ownActOpens(typeCode: string | null): RegExp | null {
  const words = WORDS.filter((x) => x.code === typeCode).map((x) => esc(x.w.toLowerCase()));
  return words.length ? new RegExp(`(?:^|\\n|(?<![\\p{L}])ban hành)\\s*(?:${words.join('|')})\\s*$`, 'u') : null;
}

/** The relation a sentence gives the instrument named at its end; `c` is the sentence in lower case. */
function relationOf(c: string, facts: ClauseFacts, underBasis: boolean, own: RegExp | null = null): Relation {
  if (facts.basedOn || underBasis) return 'based_on';
  // the act words stand right before the mention: only the sentence's end is searched for them
  const end = tailAtSpace(c, 200);
  // the act must open a clause ("Điều 2. Bãi bỏ …", "Nghị định này thay thế …", "… và thay thế …");
  // "Quyết định số 117 … của Thủ tướng sửa đổi … Quyết định số 118" is another instrument's act
  const opens = (before: string): boolean => actOpens(before) || (own !== null && own.test(before.slice(-60)));
  for (const [rel, re] of ACT_PATTERNS) {
    const m = re.exec(end);
    if (m && opens(c.slice(0, c.length - end.length + m.index))) return rel;
  }
  const folded = foldSameLength(end);
  for (const [rel, re] of FOLDED_ACTS) {
    const m = re.exec(folded);
    if (m && opens(c.slice(0, c.length - end.length + m.index))) return rel;
  }
  if (facts.implementsIt) return byRuleOf(c) ? 'cites' : 'implements';
  // a preamble's clause ends with ";" at its line's end: "Theo đề nghị của Bộ trưởng …;\nChính
  // phủ ban hành Nghị quyết tạm ngưng … Nghị định số …" answers nobody in its last clause
  const cut = c.lastIndexOf(';\n');
  const clause = cut >= 0 ? c.slice(cut + 2) : c;
  const tail = clause.slice(-220);
  if (/(?:trả lời|phúc đáp|theo đề nghị (?:của|tại)|xét đề nghị|(?:đề nghị|đề xuất) của .{0,80} tại)/u.test(tail)) return aboutTheLetter(clause) ? 'cites' : 'replies_to';
  // "Về các vướng mắc … nêu tại Công văn số …": the letter that raised the questions answered
  if (/(?:vướng mắc|kiến nghị|khó khăn|đề nghị|đề xuất|câu hỏi)(?![\p{L}])[^.;:]{0,200}?\s(?:được\s+)?nêu\s+tại\s*$/u.test(tail)) return 'replies_to';
  // "nhận được Công văn số …" answers it; "nhận được văn bản của một số địa phương đề nghị hướng
  // dẫn thực hiện Nghị định số …" answers the letter, and the decree is what it asks about
  const got = tail.lastIndexOf('nhận được');
  if (got >= 0 && !ASKED_ABOUT.test(tail.slice(got + 9))) return 'replies_to';
  // "Xét đề nghị của 28 đơn vị gồm: A tại Văn bản số …; B tại Văn bản số …": every letter listed;
  // "Xét Tờ trình số … của UBND tỉnh; Báo cáo thẩm tra số …" (a council's resolution answers them)
  // (past such a clause's end, only an item that names a sender: "…;\nB tại Văn bản số …")
  if (/^\s*[-+•]?\s*(?:(?:xét|theo) đề nghị|xét(?![\p{L}]))/u.test(c) && (cut < 0 || /^\s*[-+•]|\stại\s*$/u.test(clause))) return aboutTheLetter(clause) ? 'cites' : 'replies_to';
  return 'cites';
}

// "- Thực hiện phân loại … theo đúng quy định tại Thông tư số …": what is carried out is an
// activity, done as the instrument rules; "Thực hiện Thông tư số …" carries out the instrument.
const BY_RULE = /(?:^|\s)theo\s+(?:đúng\s+)?(?:các\s+)?quy\s+định\s/u;
const IMPLEMENT_VERBS = ['thực hiện', 'triển khai', 'thi hành'];
/** Whether the words after the sentence's last "thực hiện" put the instrument under "theo quy định". */
function byRuleOf(c: string): boolean {
  const at = Math.max(...IMPLEMENT_VERBS.map((v) => c.lastIndexOf(v)));
  return at >= 0 && BY_RULE.test(c.slice(at));
}

// Instruments nobody answers: a reply answers a letter, a submission, a report, a request; the
// decree or circular named in what it asks about ("Trả lời đề nghị của UBND tỉnh … về việc hướng
// dẫn … tại Nghị định số 17/2020/NĐ-CP") is cited.
const NEVER_ANSWERED = new Set(['Luật', 'PL', 'NĐ', 'TT', 'TTLT', 'QĐ', 'QyĐ', 'CT', 'NQ', 'KL', 'QC', 'HD', 'KH', 'CTr', 'CĐ', 'L', 'QCVN', 'VBHN']);
function answered(relation: Relation, typeCode: string | null): Relation {
  return relation === 'replies_to' && typeCode !== null && NEVER_ANSWERED.has(typeCode) ? 'cites' : relation;
}

// a number's end in lower-case text ("5865/bqp", "142/2008/qđ"; a date's "30/10" is none)
const NUMBER_END = /\d\s*[/-]\s*\p{L}/gu;
// what a letter is about, after its number: "… tại công văn số 5865/BQP-TC ngày … về việc …"
const ABOUT = /(?:^|\s)(?:về|v\/v)\s/u;
// … unless the sentence goes on to another letter answered ("…; đề nghị của Sở Y tại văn bản số")
const ANOTHER_LETTER = /(?:đề nghị|đề xuất|ý kiến|kiến nghị|báo cáo)(?:\s+của\s[^;]{0,80}?)?\s+tại\s|(?:^|\s)(?:và|,)\s*(?:các\s+)?(?:tờ trình|công văn|văn bản|báo cáo)(?:\s+số)?\s*$|;\s*$/u;

/**
 * Whether the instrument at the end of a sentence that answers a letter is what that letter is
 * about, not a letter answered: "Xét đề nghị của Bộ Quốc phòng tại công văn số 5865/BQP-TC ngày …
 * về việc điều chỉnh … theo quy định tại Quyết định số 142/2008/QĐ-TTg" answers 5865 and cites 142.
 */
function aboutTheLetter(clause: string): boolean {
  const from = Math.max(0, clause.length - 400);
  let end = -1;
  NUMBER_END.lastIndex = from;
  for (let m = NUMBER_END.exec(clause); m; m = NUMBER_END.exec(clause)) end = m.index + m[0].length;
  if (end < 0) return false;
  const gap = clause.slice(end);
  const about = ABOUT.exec(gap);
  return about !== null && !ANOTHER_LETTER.test(gap.slice(about.index));
}

/** The end of `s` from the first space among its last `n` characters (all of it when shorter). */
function tailAtSpace(s: string, n: number): string {
  if (s.length <= n) return s;
  const i = s.indexOf(' ', s.length - n);
  return i < 0 ? '' : s.slice(i);
}

/** Whether a sentence (or a căn cứ line) starts after position `i`. */
function breaksAt(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === '.' || ch === '!' || ch === '?') return /\s/.test(text[i + 1] ?? ' ') && !/\d/.test(text[i - 1] ?? '');
  // (and a numbered point after a line that ends without "," ";" ":": a point's heading is no
  // part of the sentence above it, while the items of "Căn cứ các văn bản sau:\n1. …;\n2. …" are)
  if (ch === '\n') return text[i - 1] === '\n' || /^\s*(?:[-+•]\s*)?(?:căn cứ|thực hiện|triển khai|theo|xét|để|kính gửi)(?![\p{L}\d])/iu.test(text.slice(i + 1, i + 30)) || (!/[,;:]/.test(text[i - 1] ?? ',') && /^[ ]*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.|[IVX]{1,4}\.|[a-zđ]\))[ ]/u.test(text.slice(i + 1, i + 14)));
  // (a preamble run into one line: "…; Căn cứ Nghị định …; Xét Tờ trình số …" has its clauses still)
  if (ch === ';') return /^\s*\n\s*(?:[-+•]\s*)?căn cứ/iu.test(text.slice(i + 1, i + 30)) || /^[ \t]*(?:Căn cứ|Xét|Theo đề nghị)(?![\p{L}])/u.test(text.slice(i + 1, i + 20));
  return false;
}

/**
 * The sentence (or căn cứ line) that contains position `at`, up to it, at most 1500 characters
 * back. Asked for each mention in text order, so each call scans only what is new since the
 * last one: a long text without a full stop stays linear, however many mentions it has.
 */
function sentenceFinder(text: string): (at: number) => string {
  let lastAt = -1;
  let lastBreak = -1;
  return (at) => {
    // positions (lim, at - 1] are asked (from the text's first character when it is near);
    // those below lastAt were scanned by the last call
    const lim = at > 1500 ? at - 1500 : -1;
    const low = at >= lastAt && lastAt >= 0 ? Math.max(lim, lastAt - 1) : lim;
    let b = -1;
    for (let i = at - 1; i > low; i--) {
      if (breaksAt(text, i)) {
        b = i;
        break;
      }
    }
    if (b < 0) b = low > lim && lastBreak > lim ? lastBreak : lim;
    lastAt = at;
    lastBreak = b;
    return text.slice(b + 1, at);
  };
}

export function extractMentions(ctx: Ctx, self: DocumentNumber | null, docType: string | null = null): Mention[] {
  const own = ownActOpens(docType);
  const text = ctx.norm.text;
  const selfKey = self ? self.value.toUpperCase() : null;
  // (a historical number, "16-NT", is written "16/NT" in its own old Công báo heading)
  const selfAlt = selfKey && /^\d+-[^/]+$/.test(selfKey) ? selfKey.replace('-', '/') : null;
  const out: Mention[] = [];
  const sentenceAt = sentenceFinder(text);
  const underBasis = basisPlace(ctx.zones.sections);
  // the text in lower case once, when a mention first needs it: each mention's sentence (up to 1500
  // characters) is a slice of it, not a copy lowered again (many mentions in one long sentence)
  let lower: string | null = null;
  const lowerSentence = (sentence: string, end: number): string => {
    lower ??= text.toLowerCase();
    return lower.length === text.length ? lower.slice(end - sentence.length, end) : sentence.toLowerCase();
  };
  // where a type word may open the words before a number (found window by window)
  const typeStarts = typeWordStarts(text);
  const factsOf = clauseFacts();
  const qcvn = /QCVN\s*(\d{1,3}\s*:\s*\d{4}\s*\/\s*\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}\d]*)*)/gu;
  type Hit = { m: RegExpExecArray; qc: boolean; loose?: DocumentNumber; dropped?: boolean };
  const matches: Hit[] = [];
  // a web page's preface above the header cites what replaced the document, not what it cites
  const from = docStartOffset(ctx);
  qcvn.lastIndex = from;
  LABELLED.lastIndex = from;
  for (const m of numberMatches(text, from)) matches.push({ m, qc: false });
  // a labelled letter number in no standard shape replaces what the number pattern read of it
  // ("13.4/2026/ĐN-VL" read as "4/2026/ĐN-VL"); a standard one is left to the pattern. Both
  // lists are in text order, so one pointer walks the pattern's matches.
  const std = matches.length;
  let k = 0;
  for (let m = LABELLED.exec(text); m; m = LABELLED.exec(text)) {
    if (m.index > 0 && LETTER_ENDS.test(text.slice(Math.max(0, m.index - 2), m.index))) {
      LABELLED.lastIndex = m.index + 1;
      continue;
    }
    const raw = m[1]!.replace(/[.:]+$/, '');
    const at = m.index + m[0].length - m[1]!.length;
    const end = at + raw.length;
    while (k < std && matches[k]!.m.index + matches[k]!.m[0].length <= at) k++;
    if (!/\d/.test(raw) || (k < std && matches[k]!.m.index === at && matches[k]!.m[0].length === raw.length)) continue;
    for (let j = k; j < std && matches[j]!.m.index < end; j++) matches[j]!.dropped = true;
    const fake = Object.assign([raw], { index: at, input: text }) as unknown as RegExpExecArray;
    matches.push({ m: fake, qc: false, loose: looseNumber(raw, ctx.span(at, end)) });
  }
  // the historical shape after a type word ("Nghị định số 54-CP", "Quyết định 217-HĐBT"), which the
  // number pattern does not read (no slash)
  // (found by its digits, then the words before it are looked at: a pattern that opened with the
  // type words would be tried at every offset)
  HISTORIC_ANY.lastIndex = from;
  for (let m = HISTORIC_ANY.exec(text); m; m = HISTORIC_ANY.exec(text)) {
    if (m.index > 0 && /[\p{L}\d/-]/u.test(text.charAt(m.index - 1))) continue;
    if (!TYPE_THEN_SO.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const fake = Object.assign([m[0]], { index: m.index, input: text }) as unknown as RegExpExecArray;
    matches.push({ m: fake, qc: false, loose: historicNumber(m, ctx.span(m.index, m.index + m[0].length)) });
  }
  for (let m = qcvn.exec(text); m; m = qcvn.exec(text)) matches.push({ m, qc: true });
  const hits = matches.filter((x) => !x.dropped).sort((a, b) => a.m.index - b.m.index);
  const spacedTails = new Map<number, { at: number; end: number; caps: string }>();

  for (const { m, qc, loose } of hits) {
    let numStart = m.index;
    let number: DocumentNumber | null;
    if (loose) number = loose;
    else if (qc) {
      numStart = m.index + m[0].indexOf(m[1]!);
      const raw = m[1]!;
      const value = raw.replace(/\s+/g, '');
      number = {
        value, serial: value.split('/')[0]!, symbol: value.split('/').slice(1).join('/'), typeCode: 'QCVN',
        issuerCode: value.split('/')[1] ?? null, year: null, system: 'state', raw, span: ctx.span(numStart, numStart + raw.length),
      };
    } else {
      number = numberFromMatch(m, ctx.span(m.index, m.index + m[0].length));
      // a serial a scan split with a space right after "số" ("Nghị quyết số 21 1/2025/QH15"): its
      // digits are one serial (without them the number read, "1/2025/QH15", is none that was cited)
      const split = number && /^\d{1,3}$/.test(number.serial ?? '') ? SPLIT_SERIAL.exec(text.slice(Math.max(0, m.index - 16), m.index)) : null;
      if (split) {
        const joined = numberRegex().exec((/^\d/.test(split[1]!) ? split[1]! : '1') + m[0]);
        const from = m.index - split[0].length + split[0].indexOf(split[1]!);
        const n = joined && joined.index === 0 && joined[0].length === split[1]!.length + m[0].length ? numberFromMatch(joined, ctx.span(from, m.index + m[0].length)) : null;
        if (n) {
          ctx.warn('NUMBER_REPAIRED', `read the split serial "${text.slice(from, m.index + m[0].length)}" as ${n.value}`, from, m.index + m[0].length);
          number = { ...n, raw: text.slice(from, m.index + m[0].length) };
          numStart = from;
        }
      }
    }
    if (!number || number.serial === null) continue;
    if (selfKey && (number.value.toUpperCase() === selfKey || number.value.toUpperCase() === selfAlt)) continue;
    // (the header's own number, whatever part of it the pattern read: "?2 /2025/TT-BTC" is no "2/2025/TT-BTC")
    if (self && number.span.start < self.span.end && number.span.end > self.span.start) continue;
    const numEnd = qc ? numStart + m[1]!.length : m.index + m[0].length;

    const windowFrom = Math.max(0, numStart - 140);
    const window = text.slice(windowFrom, numStart);
    let law = !qc && /^QH\d*$/u.test(number.issuerCode ?? '') ? LAW_NAMED.exec(window) : null;
    // "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật X số N, …": this document
    // amends X, and N is X's number
    if (law && own) {
      const typeAt = law.index + law[0].indexOf(law[1]!);
      const nameAt = law.index + law[0].indexOf(law[2]!, typeAt - law.index + law[1]!.length);
      let inner: RegExpExecArray | null = null;
      for (const m of law[2]!.matchAll(INNER_LAW)) inner = m;
      if (inner && own.test(window.slice(Math.max(0, typeAt - 60), typeAt + law[1]!.length).toLowerCase())) {
        const innerAt = nameAt + inner.index + inner[0].length - inner[1]!.length;
        const again = LAW_NAMED.exec(window.slice(innerAt));
        if (again) law = Object.assign(again, { index: again.index + innerAt });
      }
    }
    const lawName = law && !NOT_LAW_NAME.test(law[2]!) ? law[2]!.replace(/\s+/g, ' ') : null;
    let tw = qc || lawName ? null : beforeNumber(window, windowFrom, typeStarts(windowFrom, numStart));
    // the nearest type word names it: in "văn bản của một số địa phương đề nghị hướng dẫn thực
    // hiện Nghị định số …" the "của" clause runs over "Nghị định", which is the number's
    for (let inner = tw?.[2] ? TYPE_INSIDE.exec(tw[2]) : null; tw && inner; ) {
      const from = tw.index + tw[0].indexOf(tw[2]!) + inner.index;
      const again = BEFORE_NUMBER.exec(window.slice(from));
      if (!again) break;
      again.index += from;
      tw = again;
      inner = tw[2] ? TYPE_INSIDE.exec(tw[2]) : null;
    }
    let typeWord: string | null = null;
    let issuerBefore: string | null = null;
    let start = numStart;
    const folded = !tw && !lawName && !qc ? foldedTypeWord(window) : null;
    if (folded) {
      typeWord = folded.word;
      start = windowFrom + folded.at;
    } else if (lawName) {
      typeWord = law![1]!;
      start = numStart - window.length + law!.index + law![0].indexOf(law![1]!);
    } else if (tw) {
      typeWord = tw[1]!;
      issuerBefore = tw[2]?.trim() ?? null;
      start = numStart - window.length + tw.index + tw[0].indexOf(tw[1]!);
    } else if (!qc) {
      const so = SO_BEFORE.test(window);
      const distinctive = number.system === 'party' || number.year !== null || number.typeCode !== null;
      // "văn bản số 138/SNNMT-KS ngày … và số 164/SNNMT-KS": one type word for a list of numbers
      // (a footnote mark may follow a number read from a PDF: "số 2363/BNNMT-KHTC 1; số …")
      const prev = out[out.length - 1];
      const listed = prev !== undefined && numStart - prev.end < 40 && /^(?:[ ]\d{1,2})?\s*(?:,|;|,?\s*và)\s*số\s*:?\s*$/u.test(text.slice(prev.end, numStart));
      // (a number alone in a table's cell, "3380/QĐ-BNNMT ngày 25/8/2025", is an instrument when
      // its symbol names a type and a date follows it)
      const dated = number.typeCode !== null && DATE_AFTER_NUMBER.test(text.slice(numEnd, numEnd + 40));
      if (!(so && distinctive) && !(distinctive && number.system === 'party') && !listed && !dated) {
        if (!(number.year !== null && /\d{4}\/[A-ZĐ]/u.test(number.value))) continue;
      }
    }
    const wordCode = folded ? folded.code : typeWord ? (WORD_CODE.get(typeWord.toLowerCase().replace(/\s+/g, ' ')) ?? null) : null;
    // "Quyết định số 866/-TTg": the type slot was left blank; the type word before it fills it
    number = fillTypeSlot(number, wordCode);
    let typeCode: string | null;
    if (qc) typeCode = 'QCVN';
    // the symbol's type code outweighs the word before it ("Thông tư liên tịch số …/TTLT-…", "Nghị
    // định hướng dẫn số 70/2024/NĐ-CP", the typo "Kết luật số 150-KL/TW"), but for a decision
    // whose symbol's "QĐ" may stand for a Party regulation (QyĐ), and a symbol's code that another
    // type shares (data/doc-types.json sharedSymbols: "Thông tri số 04/TT-…")
    else if (wordCode && wordCode !== 'CV') typeCode = wordCode === 'QĐ' && number.typeCode === 'QyĐ' ? 'QyĐ' : wordCode === 'QĐ' || wordCode === 'QyĐ' || SHARED_SYMBOLS[wordCode] === number.typeCode ? wordCode : (number.typeCode ?? wordCode);
    // ("Văn bản số 4773/TC-CSTC": the code is the Ministry of Finance's, the paper a letter)
    else if (number.typeCode && !(wordCode === 'CV' && ISSUER_TYPE_CODES.has(number.typeCode))) typeCode = number.typeCode;
    else typeCode = wordCode ?? (number.system === 'state' && number.year === null ? 'CV' : null);

    // After the number: ", ngày DATE", then "của ISSUER", then a title.
    let pos = numEnd;
    let date: DateValue | null = null;
    /** Reads "ngày DATE" right after `lead` at `pos` into `date`, and moves `pos` past it. */
    const takeDate = (lead: RegExp): void => {
      const lm = lead.exec(text.slice(pos, pos + 400));
      const d = lm ? parseDate(text.slice(pos + lm[0].length, pos + lm[0].length + 60)) : null;
      if (!lm || !d || d.span.start > 6) return;
      const abs = pos + lm[0].length;
      date = { ...d, span: ctx.span(abs + d.span.start, abs + d.span.end) };
      pos = abs + d.span.end;
    };
    takeDate(DATE_AFTER_NUMBER);
    // a date left blank ("Kết luận số 75-KL/TW, ngày _ của Ban Chấp hành …", "ngày …/…/2026"):
    // no date, but the issuer after it is still read
    if (!date) {
      const blank = BLANK_DATE_AFTER.exec(text.slice(pos, pos + 60));
      if (blank) pos += blank[0].length;
    }
    let issuer: string | null = issuerBefore;
    const rest = text.slice(pos, pos + 300);
    // ("cua": "của" as OCR reads it without its marks, before a capital only)
    const im = /^(?:[ ]\d{1,2}(?=[ ,]))?\s*(?:,\s*)?(?:của|do|cua(?=\s+\p{Lu}))\s+/u.exec(rest);
    // a title in capitals ("… THÔNG TƯ SỐ 79/2024/TT-BCA NGÀY 15 THÁNG 11 NĂM 2024 CỦA BỘ TRƯỞNG BỘ
    // CÔNG AN QUY ĐỊNH VỀ …"): the name ends where it would in lower case, and is written in sentence case
    const caps = im ? null : /^\s*(?:,\s*)?(?:CỦA|DO)\s+(?=\p{Lu}{2})/u.exec(rest);
    if (caps) {
      const tail = rest.slice(caps[0].length);
      const cut = untilIssuerStop(tail.toLowerCase(), 100).trimEnd();
      if (cut.length >= 2 && isUpper(tail.slice(0, cut.length))) {
        issuer = sentenceCase(tail.slice(0, cut.length));
        pos += caps[0].length + cut.length;
      }
    }
    if (im) {
      const tail = rest.slice(im[0].length);
      let iss = untilIssuerStop(tail, 100).replace(/\s+/g, ' ').trim();
      let used = iss.length;
      // "của Liên Bộ: Lao động Thương binh và Xã hội, Tài chính, Y tế": the ministries after the colon
      const list = JOINT_HEAD.test(iss) ? colonList(tail.slice(used)) : null;
      if (list) {
        iss = `${iss}: ${list.text}`;
        used += list.used;
      }
      // a page's or a footnote's break inside the name ("… của Bộ trưởng Bộ\n\nCông Thương quy
      // định …"): a name cut at its bare head word goes on past the blank line
      const gap = DANGLING_HEAD.test(iss) ? /^[ ]*\n[ ]*\n\s*(?=\p{Lu})/u.exec(tail.slice(iss.length)) : null;
      if (gap) {
        const more = untilIssuerStop(tail.slice(iss.length + gap[0].length), 100).replace(/\s+$/u, '');
        if (/^[^\n]+$/u.test(more)) {
          iss = `${iss} ${more.replace(/\s+/g, ' ')}`;
          used += gap[0].length + more.length;
        }
      }
      // (the stop may have cut the remit at its first verb or comma: read again from the head)
      const head = REMIT_HEAD.exec(tail);
      const about = head && /^Ban\s+Chỉ\s+đạo\s+\S/u.test(head[0]) ? REMIT_ABOUT.exec(tail.slice(head[0].length)) : null;
      const from = head ? head[0].length + (about ? about[0].length : 0) : 0;
      const remit = head ? REMIT.exec(tail.slice(from)) : null;
      if (remit && from + remit[0].length > used) {
        iss = `${head![0].replace(/\s+/g, ' ')}${about ? ' về' : ''} ${remit[0].trim().replace(/\s+/g, ' ')}`;
        used = from + remit[0].length;
      }
      if (iss.length >= 2 && /^\p{Lu}/u.test(iss)) {
        issuer = iss;
        pos += im[0].length + used;
        // "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": a title held with a second one, over its body
        const pair = TITLE_ALONE.test(iss) ? SECOND_TITLE.exec(text.slice(pos, pos + 200)) : null;
        if (pair) {
          const more = untilIssuerStop(pair[1]!).replace(/\s+/g, ' ').trim();
          issuer = `${iss}, ${more}`;
          pos += pair[0].length - pair[1]!.length + more.length;
        }
        const more = jointIssuers(number, tail.slice(used));
        if (more) {
          issuer += more.text;
          pos += more.length;
        }
      } else if (iss.length >= 2 && /^(công ty|liên|ủy ban|uỷ ban|các)/iu.test(iss)) {
        issuer = iss;
        pos += im[0].length + iss.length;
      }
      // a body renamed since: "của Tổng cục Thuế (nay là Cục Thuế)" names it in full
      const now = issuer && issuer !== issuerBefore ? NOW_NAMED.exec(text.slice(pos, pos + 120)) : null;
      if (now) {
        issuer += ` ${now[1]!.replace(/\s+/g, ' ')}`;
        pos += now[0].length;
      }
    }
    // the date after the issuer: "Công văn số 123/UBND-VP của UBND tỉnh ngày 05/6/2025", also
    // past a stray type word the issuer stopped at ("của Chính phủ nghị định ngày …")
    if (!date && issuer && issuer !== issuerBefore) takeDate(DATE_AFTER_ISSUER);
    // "Ngày 26/4/2013, Thủ tướng Chính phủ đã ban hành Quyết định số 22/2013/QĐ-TTg"
    const sentence = sentenceAt(start);
    // what the end-anchored patterns below can match lies in the sentence's last words: a long
    // sentence (up to 1500 characters) would be scanned from every position, for every mention
    const near = tailAtSpace(sentence, 300);
    if (!date || !issuer) {
      const bm = DATED_AGENT.exec(near);
      if (bm) {
        if (!date) {
          const d = parseDate(bm[1]!.includes('tháng') ? `ngày ${bm[1]} ` : bm[1]!);
          if (d) {
            const abs = start - near.length + bm.index + bm[0].indexOf(bm[1]!);
            date = { ...d, span: ctx.span(abs, abs + bm[1]!.length) };
          }
        }
        if (!issuer) issuer = bm[2]!.trim();
      }
    }
    // "được Tập đoàn TKV thông qua tại Văn bản số …", "được Chủ đầu tư nghiệm thu, phê duyệt tại
    // Quyết định số …": the agent of the instrument
    if (!issuer) {
      const am = PASSIVE_AGENT.exec(near) ?? PASSIVE_AGENT_DIRECT.exec(near);
      if (am) issuer = am[1]!.replace(/\s+/g, ' ').trim();
    }
    // "ý kiến của Cục Thuế tỉnh Hà Tĩnh tại Công văn số 1752/…", "Xét đề nghị của Sở Xây dựng tại Tờ trình số …"
    if (!issuer) {
      // (the last "của" before "tại": "… của Bộ Tài chính Xét đề nghị của Cục Thuế tỉnh tại …")
      // (tried only where the words end with "tại": the pattern is tried at every "của" otherwise)
      // (nor past an earlier "tại": "Theo đề nghị của A tại Tờ trình số …, ngày … và B tại Văn bản
      // số …" names B, the second sender, after "và")
      const pm = /\stại\s*$/u.test(near) ? /(?:^|\s)(?:của|do)\s+(\p{Lu}(?:(?!\s(?:của|do|tại)\s)[^,;.()]){2,120}?)\s+tại\s*$/u.exec(near) ?? SECOND_SENDER.exec(near) : null;
      // (the body only, not what follows it: "… của Công ty TNHH Đại Đồng Tiến theo nội dung đề
      // nghị tại Văn bản số …")
      // (an instrument is nobody's issuer: "… của Pháp lệnh ưu đãi … tại Tờ trình số …")
      if (pm && !TYPE_OPENS.test(pm[1]!)) issuer = untilIssuerStop(pm[1]!).replace(/\s+/g, ' ').trim() || null;
    }
    if (!issuer && typeWord) issuer = agentBefore(near);
    // "Bộ Lao động - Thương binh và Xã hội đã xây dựng và trình Chính phủ dự thảo … tại Tờ trình số
    // …": what the sentence's subject did, it did "tại" that paper, its own
    if (!issuer && typeWord && /\stại\s*$/u.test(near)) {
      const sm = SUBJECT_DID.exec(sentence.trimStart());
      if (sm && HEAD_OPENS.test(sm[1]!)) issuer = sm[1]!.trim();
    }
    // "… các Kết luận của Bộ Chính trị, Ban Bí thư: Kết luận số 126-KL/TW …, Kết luận số 127-KL/TW
    // …": a list of instruments after "các <type> của X:" are X's, up to the list's ";" or "."
    if (!issuer && typeWord) {
      const tail = sentence.slice(-1200);
      // (the list goes on to the mention: no ";" or "." since its colon; the last of the three,
      // each found by a native search: a loop back over a long sentence of commas was a quarter
      // of the stage on thousands of mentions in one)
      const colon = Math.max(tail.lastIndexOf(':'), tail.lastIndexOf(';'), tail.lastIndexOf('.'));
      const lm = colon > 0 && tail[colon] === ':' ? LIST_OF.exec(tail.slice(Math.max(0, colon - 200), colon)) : null;
      if (lm) issuer = lm[1]!.replace(/\s+/g, ' ').trim();
    }
    // "Tỉnh uỷ đã ban hành Đề án 13 …; Chỉ thị số 26-CT/TU …": a list's later items are the same body's
    if (!issuer && typeWord) issuer = listAgent(sentence.slice(-1200), number.issuerCode);
    // "… gồm: Công ty TNHH A tại Văn bản số …; Công ty B tại Văn bản số …": each item names its sender
    if (!issuer) {
      // only the item itself: the text after the last ";" or ":" (or a bulleted line)
      const cut = Math.max(near.lastIndexOf(';'), near.lastIndexOf(':'), near.search(/\n\s*[-+•][^\n]*$/));
      const item = cut >= 0 ? near.slice(cut + 1) : '';
      const lm = item.length <= 160 ? /^\s*[-+•]?\s*(\p{Lu}[^,.()\n]{2,120}?)\s+tại\s*$/u.exec(item) : null;
      if (lm && !/^(?:Căn cứ|Thực hiện|Theo|Xét|Tại)(?![\p{L}])/u.test(lm[1]!)) {
        // "Sở Xây dựng đã hướng dẫn tại Công văn số …": the body, not its verb
        issuer = untilIssuerStop(lm[1]!).trim() || null;
      }
    }
    // "sau khi nghe báo cáo của Ban Tổ chức Trung ương về … (Báo cáo số 413-BC/BTCTW, …)"
    if (!issuer && typeWord && /\(\s*$/.test(text.slice(Math.max(0, start - 3), start))) {
      // the same word, either case first ("báo cáo của …" then "(Báo cáo số …")
      const w = typeWord.trim();
      const word = `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1).toLowerCase().replace(/\s+/g, '\\s+')}`;
      const om = new RegExp(`(?:^|[^\\p{L}])${word}\\s+của\\s+(\\p{Lu}.*)$`, 'su').exec(sentence.slice(-600));
      if (om) {
        const iss = untilIssuerStop(om[1]!, 0).replace(/\s+/g, ' ').trim();
        if (iss.length >= 2 && iss.length <= 100) issuer = iss;
      } else if (w.toLowerCase() === 'báo cáo') {
        // "… họp nghe Ban cán sự đảng UBND tỉnh báo cáo … (Báo cáo số …)": the body that reported
        const vm = /(?:^|[^\p{L}])nghe\s+(\p{Lu}[^,;.()\n]{1,100}?)\s+báo\s+cáo(?![\p{L}])/u.exec(sentence.slice(-600));
        if (vm) issuer = vm[1]!.replace(/\s+/g, ' ').trim();
      } else if (/^(?:công văn|văn bản)$/iu.test(w)) {
        // "… báo cáo của Tổng công ty Bưu điện Việt Nam về … (Công văn số 4736/BĐVN-TCBC …)": a letter
        // in brackets carries the report, proposal or opinion of the body named last before it
        // (a list of them: "ý kiến của các Bộ: Lao động - Thương binh và Xã hội (Công văn số …),
        // Tài chính (Công văn số …), Ban Thi đua - Khen thưởng Trung ương (Công văn số …)": each
        // bracket is the item's before it, "Bộ" their common head)
        const tail = sentence.slice(-600);
        let at = -1;
        let head = '';
        // ("thống nhất ý kiến với A (Văn bản số …), B (…) và được sự đồng ý của C (Văn bản số …)")
        for (const m of tail.matchAll(/(?:(?:báo cáo|đề xuất|đề nghị|ý kiến|đồng ý)\s+của|ý kiến\s+với)\s+(?:các\s+(Bộ|Sở|Ban|Cục|Tổng cục)\s*:?\s*)?(?=\p{Lu})/gu)) {
          at = m.index + m[0].length;
          head = m[1] ?? '';
        }
        // (what lies between that and the bracket: the item after the last bracket closed)
        const rest = at >= 0 ? tail.slice(at).replace(/\(\s*$/, '') : '';
        const close = rest.lastIndexOf(')');
        const item = close < 0 ? rest : /^\s*[,;]\s*(?:và\s+)?(\p{Lu}[^()]*)$/u.exec(rest.slice(close + 1))?.[1] ?? '';
        let iss = untilIssuerStop(item).replace(/\s+/g, ' ').trim();
        if (head && iss && !BODY_HEAD.test(iss)) iss = `${head} ${iss}`;
        if (iss.length >= 2 && iss.length <= 100) issuer = iss;
      }
    }
    let title: string | null = null;
    // the opening word in either case ("… của Chính phủ Quy định chi tiết …"), after a stray
    // type word ("… của Chính phủ nghị định về …")
    const after = text.slice(pos, pos + 400);
    const tm = TITLE_AFTER.exec(after) ?? TITLE_ACT.exec(after) ?? TITLE_QUOTED.exec(after);
    if (tm) {
      const cut = TITLE_END.exec(tm[1]!);
      title = (cut ? tm[1]!.slice(0, cut.index) : tm[1]!).replace(/\s+/g, ' ').replace(/^["“]|["”]$/g, '').trim() || null;
    }
    // a law's name is its title
    if (!title && lawName) title = lawName;

    const lowered = lowerSentence(sentence, start);
    out.push({
      number,
      typeCode,
      typeWord,
      date,
      // (read across a line break: "Giám đốc Sở Công\nThương")
      issuer: issuer === null ? null : issuer.replace(/\s+/g, ' '),
      title,
      relation: answered(relationOf(lowered, factsOf(lowered, start - sentence.length), underBasis(start), own), typeCode),
      start,
      end: Math.max(numEnd, pos),
    });
    // (capitals after a space, which may be the symbol's last letters: see below)
    const spaced = !qc && !loose ? SPACED_TAIL.exec(text.slice(numEnd, numEnd + 8)) : null;
    if (spaced) spacedTails.set(out.length - 1, { at: numStart, end: numEnd + spaced[0].length, caps: spaced[1]! });
  }
  // "Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016" beside "Thông tư số 01/2016/TT-BGDĐT": a copy's
  // space inside the symbol, the number read up to it; the capitals after the space are its
  // last letters when the whole is a number cited elsewhere in the text
  if (spacedTails.size) {
    const byValue = new Map(out.map((o) => [o.number.value, o.number]));
    for (const [i, t] of spacedTails) {
      const o = out[i]!;
      // (or the letters complete a known issuer's code the number's last segment is not: a scan's
      // "02/CT-T Tg" is "02/CT-TTg")
      const last = /[^/-]+$/.exec(o.number.value)?.[0] ?? '';
      const whole = byValue.get(o.number.value + t.caps) ?? (KNOWN_ISSUER_CODES.has(last + t.caps) && !KNOWN_ISSUER_CODES.has(last) ? parseNumber(o.number.value + t.caps) : null);
      if (!whole) continue;
      o.number = { ...whole, raw: text.slice(t.at, t.end), span: ctx.span(t.at, t.end) };
      o.end = Math.max(o.end, t.end);
    }
  }
  // "Công văn số 4216/UBND-NC ngày … và Công văn số 4478/UBND-NC ngày … của Chủ tịch UBND tỉnh":
  // two instruments joined by "và" share the issuer named after the second.
  // A comma list ("văn bản số 1085/SNNMT-KS ngày …, văn bản số 4611/SNNMT-KS ngày … của Sở …")
  // shares it too when the two symbols name the same issuer; "và" joins share it always.
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.issuer || !b.issuer) continue;
    const gap = text.slice(a.end, b.start);
    if (gap.length > 80 || !LIST_GAP.test(gap)) continue;
    if (/(?:^|\s)và(?:\s|$)/u.test(gap) || sameIssuerCode(a.number, b.number)) a.issuer = b.issuer;
  }
  // "… của Cục Thuế tỉnh Hà Tĩnh tại Công văn số 1752/CT-THNVDT ngày … về việc … và Công văn
  // số 262/CT-KTNB ngày …": the second, of the same office's series, is the same body's
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1]!;
    const b = out[i]!;
    if (b.issuer || !a.issuer || b.typeCode !== a.typeCode) continue;
    const gap = text.slice(a.end, b.start);
    if (gap.length > 200 || !SIBLING_GAP.test(gap)) continue;
    if (sameSeries(a, b)) b.issuer = a.issuer;
  }
  // "thay thế các Quyết định số 25/2005/QĐ-UB ngày …; Quyết định số 32/2005/QĐ-UB ngày …": what
  // the document does to the first it does to the rest of the list
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1]!;
    const b = out[i]!;
    if (!ACT_RELATIONS.has(a.relation) || b.relation !== 'cites') continue;
    const gap = text.slice(a.end, b.start);
    // (an item may give its title before the ";": "Quyết định số 110/2005/QĐ-UBND ngày … của … về
    // việc ban hành Quy định …; Quyết định số 42/2007/QĐ-UBND …")
    const titled = gap.length <= 400 ? ITEM_TITLE.exec(gap) : null;
    const rest = titled ? gap.slice(titled[0].length - 1) : gap;
    if (rest.length <= 80 && LIST_GAP.test(rest)) b.relation = a.relation;
  }
  // "Về đề nghị của A tại văn bản số …, B tại văn bản số …, ý kiến của C tại văn bản số …": the
  // letters listed after the first one answered are answered too
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1]!;
    const b = out[i]!;
    if (a.relation !== 'replies_to' || b.relation !== 'cites') continue;
    const gap = text.slice(a.end, b.start);
    // (and "… nêu tại Công văn số A … và Công văn số B": a list of the letters answered)
    if ((gap.length <= 160 && ANSWERED_NEXT.test(gap)) || (gap.length <= 80 && LIST_GAP.test(gap))) b.relation = 'replies_to';
  }
  // "các Nghị quyết của Chính phủ: số 01/NQ-CP ngày …, số 25/NQ-CP ngày …": the head's issuer
  // goes on down the list.
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1]!;
    const b = out[i]!;
    if (b.issuer || !a.issuer) continue;
    // ("…: Số 1025/QĐ-LĐTBXH ngày … về việc …; số 547/QĐ-LĐTBXH ngày …": an item past its title, the
    // next one by a bare "số", goes on with the list)
    const gap = text.slice(a.end, b.start);
    // ("… của UBND Thành phố tại Tờ trình số 83/TTr-UBND …, các văn bản số 1407/UBND-NNMT … và số
    // 1446/UBND-NNMT …; và Báo cáo số 139/BC-UBND": the sender's papers listed after its first)
    const next = (b.start - a.end < 40 && /^\s*(?:[,;]\s*(?:và\s+)?|và\s+)(?:các\s+)?(?:số\s*:?\s*)?$/iu.test(gap)) || (gap.length < 300 && /[;,]\s*(?:và\s+)?số\s*:?\s*$/u.test(gap) && !/\d[/-]\p{Lu}/u.test(gap));
    if (next && sameIssuerCode(a.number, b.number)) b.issuer = a.issuer;
  }
  return out;
}

// Heads of a body's name, for the further issuers of a joint instrument.
const BODY_HEAD = /^(?:Bộ|Ban|Chính phủ|Ủy ban|Uỷ ban|Đoàn|Tổng cục|Cục|Văn phòng|Ngân hàng|Tòa án|Toà án|Viện|Kiểm toán|Thanh tra|Trung ương|Hội|Mặt trận|Quốc hội)(?![\p{L}])/u;
const TW_BODY = /^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương)(?![\p{L}])/u;

/**
 * The issuers after the first of a joint instrument: "TTLT-BGDĐT-BTC-BLĐTBXH … của Liên Bộ A, Bộ
 * B, Bộ C" (as many as the symbol has codes), or "159-KL/TW của Bộ Chính trị, Ban Bí thư" (the
 * central Party bodies that share the TW code). `rest` is the text right after the first issuer.
 */
function jointIssuers(number: DocumentNumber, rest: string): { text: string; length: number } | null {
  const party = number.system === 'party' && number.issuerCode === 'TW';
  const extra = party ? 2 : issuerCodes(number).length - 1;
  let text = '';
  let length = 0;
  for (let k = 0; k < extra; k++) {
    const tail = rest.slice(length);
    const j = /^(?:\s*,\s*(?:và\s+)?|\s+và\s+)/u.exec(tail);
    if (!j) break;
    const body = tail.slice(j[0].length);
    if (!(party ? TW_BODY : BODY_HEAD).test(body)) break;
    const cut = untilIssuerStop(body, 100);
    const name = cut.replace(/\s+/g, ' ').trim();
    if (name.length < 2) break;
    text += `${/và/u.test(j[0]) ? ' và' : ','} ${name}`;
    length += j[0].length + cut.length;
  }
  return text ? { text, length } : null;
}

/** What may stand between two items of one list: a comma or "và", a type word, "số". */
/** Between two letters of one list of those answered: ", (ý kiến của) <body> tại ". */
const ITEM_TITLE = /^\s*,?\s*(?:về|v\/v)\s[^;:\n]{1,300};/u;
const ANSWERED_NEXT = /^\s*,\s*(?:và\s+)?(?:ý kiến của\s+)?\p{Lu}[^.;:()\n]{0,120}?\s+tại\s+$/u;
const LIST_GAP = new RegExp(`^\\s*[,;]?\\s*(?:và\\s+)?(?:(?:${TYPE_ALT})(?:\\s+\\p{Ll}+){0,2}\\s+)?(?:số\\s*:?\\s*)?$`, 'iu');

// (a scan's "T Tg" too: a capital and up to three letters)
const SPACED_TAIL = /^[ ](\p{Lu}[\p{Lu}\p{Ll}]{0,3})(?![\p{L}\d/-])/u;
// the words between two mentions joined by "và" in one clause
const SIBLING_GAP = /^[^.;:\n]*\svà\s+$/u;
/**
 * The same office's series: the symbols alike but for their last segment, and what they share is
 * more than the type's code ("CT-THNVDT" and "CT-KTNB" of letters, Cục Thuế's units; not
 * "QĐ-UBND" and "QĐ-UBND" of any two people's committees).
 */
function sameSeries(a: Mention, b: Mention): boolean {
  const head = (m: Mention) => m.number.symbol.replace(/^\d{4}\//u, '').replace(/[-/][^-/]*$/u, '');
  const h = head(a);
  return h !== '' && h === head(b) && h.toUpperCase() !== (a.typeCode ?? '').toUpperCase() && a.number.system === b.number.system;
}

function sameIssuerCode(a: DocumentNumber, b: DocumentNumber): boolean {
  return a.issuerCode !== null && b.issuerCode !== null && codeKey(a.issuerCode) === codeKey(b.issuerCode);
}
/** A symbol's issuer code compared: "UB" is the older writing of "UBND" (a people's committee). */
const codeKey = (code: string): string => code.toUpperCase().replace(/^UB$/u, 'UBND');

/** @internal For the property test of beforeNumber against the pattern on the whole window. */
export const beforeNumberParts = { typeWordStarts, beforeNumber, BEFORE_NUMBER };
