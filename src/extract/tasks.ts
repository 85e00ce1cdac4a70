// Tasks: body sections that assign work. A section whose heading names an addressee
// ("1. Sở Xây dựng:", "Giao Phòng Khoáng sản …", "Đề nghị Sở Văn hóa …: …") is a task for it;
// items are its "-" / "a)" lines and the points numbered under it. Sections that only describe
// (mục đích, yêu cầu, căn cứ, kinh phí) are not tasks.
import assignees from '../data/assignees.json' with { type: 'json' };
import docTypes from '../data/doc-types.json' with { type: 'json' };
import type { DateValue, Task } from '../schema/record.js';
import type { Section } from '../segment/index.js';
import { foldSameLength, matchKey } from '../normalize/fold.js';
import { endsDangling, escapeWords as esc, wordAlternation, type Ctx } from './context.js';
import { parseDate } from './date.js';
import { parseDue } from './due-date.js';
import { isUpper } from '../segment/index.js';
import { sentenceCase } from './sentence-case.js';
import { tableRows } from './task-table.js';

const HEADS = wordAlternation(assignees.heads);
const COLLECTIVES = wordAlternation(assignees.collectives);
// A head that is also a verb is a head only before the nouns listed for it ("Tổ chức, cá nhân"
// vs "Tổ chức triển lãm"); otherwise the heading starts with a verb and names nobody.
const VERB_HEADS = Object.entries(assignees.verbHeads as Record<string, string[]>)
  .map(([h, after]) => `${esc(h)}(?!\\s*(?:${after.map(esc).join('|')})(?![\\p{L}]))`)
  .join('|');
const NOT_HEADS = new RegExp(`^(?:(?:${assignees.notHeads.map(esc).join('|')})(?![\\p{L}])|(?:${VERB_HEADS})(?![\\p{L}]))`, 'iu');
// "Các hội nghị", "các hoạt động": a topic after "các", not a collective of bodies
const NOT_COLLECTIVE = new RegExp(`^[Cc]ác\\s+(?:${assignees.notHeads.map(esc).join('|')})(?![\\p{L}])`, 'iu');
// global: firstVerb walks its matches
const VERB_ALT = wordAlternation(assignees.verbs);
const VERBS = new RegExp(`\\s+(?:${VERB_ALT})(?![\\p{L}])`, 'gu');
const VERB_START = new RegExp(`^(?:${VERB_ALT})(?![\\p{L}])`, 'u');
/** An addressee phrase opens with a capitalised head word or "các/Các" + a collective noun. */
const NAMED_HEADS = wordAlternation(assignees.namedHeads as string[]);
const LOWER_HEADS = (assignees.lowerHeads as string[]).map(esc).join('|');
const HEAD_START = new RegExp(`^(?:(?:${HEADS})(?![\\p{L}])|(?:${NAMED_HEADS})\\s+(?=\\p{Lu})|(?:${LOWER_HEADS})(?![\\p{L}]))`, 'u');
const COLLECTIVE_START = new RegExp(`^các\\s+(?:${COLLECTIVES})(?![\\p{L}])`, 'iu');
const BARE_COLLECTIVE_START = new RegExp(`^(?:${COLLECTIVES})(?![\\p{L}])`, 'u');
const ASSIGNEE_START = { test: (s: string) => HEAD_START.test(s) || COLLECTIVE_START.test(s) };
const DELEGATES = /^(\p{Lu}[^,;:.\n]{1,80}?)\s+(?:giao(?:\s+cho)?|yêu cầu|đề nghị)\s+(?=\p{Lu}|các\s|đơn vị\s)/u;
// What names the addressees again, not a body: "(các) đơn vị nêu trên", "đơn vị được kiểm tra"
// after "Sở X yêu cầu …"
const NAMED_BEFORE = new RegExp(`^(?:các\\s+)?(?:đơn vị|cơ quan|doanh nghiệp|công ty|tổ chức, cá nhân|tổ chức|cá nhân)(?:\\s+(?:nêu trên|trên|này|được kiểm tra|có liên quan|liên quan))?\\s+(?:${VERB_ALT})(?![\\p{L}])`, 'u');
// A head alone before its verb names the addressee by its kind ("Đề nghị Công ty tiếp tục …"; see
// assignees.json bareHeads); not before a verb that may go on with a unit's name
const NAME_PART_VERBS = wordAlternation(assignees.namePartVerbs as string[]);
const HEAD_ALONE_ACTS = new RegExp(`^(?:${wordAlternation(assignees.bareHeads as string[])})(?=\\s*(?::|$)|\\s+(?!(?:${NAME_PART_VERBS})(?![\\p{L}]))(?:${VERB_ALT})(?![\\p{L}]))`, 'u');
// the words that give work to whom they name ("Giao Sở X", "Phân cấp cho Sở Y tế thực hiện …",
// "Giao nhiệm vụ cho Phó Trưởng phòng …")
const ASSIGNS = 'Đề nghị|Yêu cầu|Giao nhiệm vụ cho|Giao(?: cho)?|Phân công|Phân cấp cho|Ủy quyền cho|Uỷ quyền cho';
const LEAD = new RegExp(`^(?:(?:${ASSIGNS}|Đối với|Trách nhiệm(?: chung)? của|Nhiệm vụ(?: và quyền hạn)? của)\\s+(?:đối với\\s+)?)`, 'u');
// (a plan's part "NHIỆM VỤ CHỦ YẾU CỦA …" is that body's list of tasks; read as "Nhiệm vụ của …")
const CAPS_BODY = /^(?:SỞ|BỘ|BAN|CỤC|CHI CỤC|TỔNG CỤC|VỤ|PHÒNG|TRUNG TÂM|VĂN PHÒNG|ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|CÔNG AN|THANH TRA|VIỆN|ĐẢNG ỦY|ĐẢNG UỶ|CÁC)\s/u;
const CAPS_LEAD = /^(?:(?:NHIỆM VỤ|TRÁCH NHIỆM)(?:\s+(?:VÀ QUYỀN HẠN|CHỦ YẾU|TRỌNG TÂM|CHUNG))?\s+CỦA|(ĐỐI VỚI))\s+/u;
const ASSIGNS_START = new RegExp(`^(?:${ASSIGNS})\\s`, 'u');
const TIME_OPENER = /^(?:(?:Kể\s+)?[Tt]ừ\s+(?:ngày|nay|năm|tháng)|Định kỳ|H[àằ]ng\s+(?:năm|quý|tháng)|Trong\s+(?:năm|thời gian|quý|tháng)|Đến\s+(?:hết\s+)?(?:ngày|năm)|Trước\s+ngày|Sau\s+(?:khi|ngày))[^,\n]{0,60},\s*/u;
// ("Các ông (bà)", "Các ông, bà:" before the titles)
const HONORIFIC = /^(?:Các\s+)?(?:ông|Ông)\s*(?:\(\s*bà\s*\)|,?\s*bà)(?:\s*:\s*|\s+)(?=\p{Lu})/u;
// A member given duties by name: "4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; …",
// "Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh, Trưởng ban: …" (the label up to its colon, one
// addressee; the name right after the honorific: "1. Ông: Hoàng Văn Thuân - …, Trưởng đoàn;" lists
// a member, with no duties)
const PERSON_DUTIES = /^(Ông|Bà|Đồng chí|Đ\/c)\.?\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4}(?:\s*[-–,]\s*[^:\n]{2,100}?)?)\s*:\s*(\p{L}[^\n]{4,})/u;
// "Giám đốc: Sở A, Sở B, …": a title shared by the bodies listed after its colon.
// (no leading lookbehind, which is tried at every position of every heading: the letter before
// the title is checked on the match)
const SHARED_TITLE = /(Giám đốc|Thủ trưởng|Chủ tịch|Chánh Văn phòng|Trưởng ban|Trưởng phòng)\s*:\s*/u;
const BODY_START = /^(?:Sở|Ban|Phòng|Cục|Chi cục|Bộ|UBND|Ủy ban|Uỷ ban|Trung tâm|Công an|Văn phòng|Kho bạc|Thanh tra|Đài|Báo)(?![\p{L}])/u;

/** "Giám đốc: Sở A, Sở B, Chủ tịch …" → "Giám đốc Sở A, Giám đốc Sở B, Chủ tịch …". */
function distributeTitles(h: string): string {
  const m = SHARED_TITLE.exec(h);
  if (!m || /\p{L}/u.test(h.charAt(m.index - 1))) return h;
  const head = h.slice(0, m.index);
  const parts = h.slice(m.index + m[0].length).split(/(\s*[,;]\s*)/);
  let shared = true;
  const out = parts.map((p, i) => {
    if (i % 2 === 1) return p; // the separators
    if (shared && BODY_START.test(p)) return `${m[1]} ${p}`;
    shared = false;
    return p;
  });
  return `${head}${out.join('')}`;
}

const OWED_PAPER = /^(?:Báo cáo|Kế hoạch|Dự toán|Đề xuất|Văn bản|Hồ sơ|Danh sách|Dự thảo|Phương án|Đề án|Chương trình)(?![\p{L}])[^:;.\n]{0,80}?\scủa\s+(các\s[^:;.\n]{2,160}?)\s+(?:gửi|nộp)(?:\s+(?:về|đến|tới))?\s+\p{Lu}/u;
/** A plan's purpose heading alone ("MỤC ĐÍCH, YÊU CẦU", "Yêu cầu", "Mục tiêu"). */
const COMPOSITION = /^(?:thành phần|gồm|bao gồm|cơ cấu)(?![\p{L}])/iu;
const PURPOSE_TITLE = /^(?:mục đích|yêu cầu|mục tiêu)(?:\s*(?:,|và)\s*(?:mục đích|yêu cầu|mục tiêu))*\s*[.:]?$/iu;
// A part that reports or argues rather than assigns ("Phần II. THỰC TRẠNG TỔ CHỨC BỘ MÁY …", "I.
// ĐÁNH GIÁ KẾT QUẢ …", "II. SỰ CẦN THIẾT"): a body named by a heading under it is what the part is
// about ("1. Hội đồng nhân dân cấp huyện" and its members), not who is given work. A part whose
// title also announces work ("KẾT QUẢ … VÀ NHIỆM VỤ …") is none.
// A part that sets out principles ("Điều 2. Nguyên tắc phối hợp": "1. Thường trực HĐND tỉnh, Ủy ban
// nhân dân tỉnh phối hợp công tác …") states how all work, not who is given work.
// An agency's charter states its place the same way ("Điều 1. Vị trí và chức năng": "1. Sở Kế
// hoạch và Đầu tư … là cơ quan chuyên môn …").
// ("Đánh giá, sơ kết …" under the plan's implementation is a duty; "Căn cứ Kế hoạch này, các sở …"
// a sentence: only a short title of a basis counts)
const STATUS_TITLE = /^(?:thực trạng|tình hình|kết quả|vị trí\s*(?:,|và)\s*chức năng|đánh giá (?:chung|kết quả|tình hình|thực trạng)|sự cần thiết|cơ sở chính trị|cơ sở pháp lý|căn cứ(?:\s+[\p{L}]+){0,3}$|nguyên tắc(?:\s+[\p{L}]+){0,3}$)(?![\p{L}])/iu;
// A statute's scope ("Phạm vi điều chỉnh", "Đối tượng áp dụng", "Giải thích từ ngữ"): the bodies
// its points name are whom it applies to, not who is given work. Matched without marks (a scan's
// "Đồi tượng áp dụng").
const SCOPE_TITLE = /^(?:pham vi dieu chinh|doi tuong ap dung|giai thich tu ngu)(?![a-z])/;
/** SCOPE_TITLE on a heading's first words, folded only when they can open one (a section's every ancestor is asked). */
function scopeTitle(h: string): boolean {
  const c = h.charCodeAt(0) | 0x20;
  return (c === 0x70 || c === 0x67 || h.charAt(0) === 'Đ' || h.charAt(0) === 'đ' || c === 0x64) && SCOPE_TITLE.test(foldSameLength(h.slice(0, 24)));
}
const ANNOUNCES_WORK = /(?:nhiệm vụ|giải pháp|phương hướng|kiến nghị|đề xuất|tổ chức thực hiện|phân công)(?![\p{L}])/iu;
const DESCRIPTIVE = /^(?:mục đích|yêu cầu|mục tiêu|căn cứ|kinh phí|quan điểm|đối tượng|điều kiện|nguyên tắc|phạm vi|thời gian|nội dung|tình hình|kết quả|đánh giá|chức năng|nhiệm vụ và quyền hạn|hiệu lực|điều khoản thi hành|phụ lục)(?![\p{L}\d])/iu;

// A fact sheet's heading or line: "THÔNG TIN CHUNG", "Thông tin về dự án", "HỒ SƠ …", "Tên công
// trình: …" (a short label and its value); "Đối với …:", "Về …:", "Trách nhiệm …:" label what is asked
const FACTS = /^(?:thông tin\s+(?:chung|cơ bản|(?:về\s+)?(?:dự án|công trình|doanh nghiệp|khu vực|mỏ|cơ sở))|hồ sơ)(?![\p{L}])|^(?!(?:Đối với|Về|Trách nhiệm|Nhiệm vụ|Yêu cầu|Đề nghị|Giao)(?![\p{L}]))[^:\n]{2,40}:\s*\S/iu;

// "… theo chức năng, nhiệm vụ (được giao)" between a subject and its verb says how, not who
// "theo chức năng, nhiệm vụ" after a body: its role, set aside from its name (ROLE_ASIDE at the
// end of what stands before the verb; ROLE_IN anywhere in a heading)
const ROLE_WORDS = String.raw`(?:theo|trong phạm vi)\s+(?:chức năng|thẩm quyền|nhiệm vụ)`;
const ROLE_IN = new RegExp(String.raw`\s${ROLE_WORDS}(?![\p{L}])`, 'u');
const ROLE_ASIDE = new RegExp(String.raw`\s+${ROLE_WORDS}(?:,?\s*nhiệm vụ)?(?:,\s*(?:quyền hạn|lĩnh vực))?(?:\s+(?:được giao|của mình))?\s*,?$`, 'u');
// Titles held over a collective ("Bộ trưởng các Bộ", "Các Bộ trưởng", "Chủ tịch Ủy ban nhân dân
// các tỉnh"), whose colon may open the list of the bodies they head
const TITLES_OVER_ALL = 'Bộ trưởng|Thủ trưởng|Chủ tịch|Giám đốc|Bí thư|Trưởng ban';
const TITLE_OF_ALL = new RegExp(`^(?:[Cc]ác\\s+(?:${TITLES_OVER_ALL})|(?:${TITLES_OVER_ALL})(?=.*\\scác\\s))(?![\\p{L}])`, 'u');
// A collective of bodies whose colon opens the list of their names ("Các Bộ: Công Thương, Xây dựng")
const BODIES_OF_ALL = /^[Cc]ác\s+(?:Bộ|Sở|Ban|Cục|Vụ|Tổng cục|Chi cục|Viện|Tỉnh ủy|Tỉnh uỷ|Đảng ủy|Đảng uỷ)$/u;
// A title's own list inside a list of addressees ("…; Giám đốc các Sở: A, B; …", "…, Giám đốc các
// sở: A, B; …"): its colon is set aside as KEPT_COLON while the list is split (see headingAssignees)
const KEPT_COLON = '\u2236';
// (the list ends at a ";", or at a comma before the next title: "…, Giám đốc các Sở: Tài chính,
// Xây dựng, Chủ tịch Ủy ban nhân dân các huyện …")
const NEXT_TITLE = `(?:[Cc]ác\\s+)?(?:${TITLES_OVER_ALL}|Chánh|Tổng [Gg]iám đốc|Trưởng|Người đứng đầu)(?![\\p{L}])`;
const NEXT_TITLE_START = new RegExp(`^${NEXT_TITLE}`, 'u');
const TITLE_COLON_IN_LIST = new RegExp(`((?:^|[;,]\\s*)(?:[Cc]ác\\s+)?(?:${TITLES_OVER_ALL})(?![\\p{L}])[^:;\\n]{0,60}):([^:;\\n]{2,200}?(?=;|,\\s*${NEXT_TITLE}))`, 'gu');
// a collective open to any body ("các Sở, ngành:", "các cơ quan, đơn vị:"): a body's head in its
// list is a member ("Thủ trưởng các Sở, ngành: Tài chính, Kho bạc Nhà nước tỉnh, Cục Thuế tỉnh")
const OPEN_COLLECTIVE = /(?:ngành|cơ quan|đơn vị)\u2236/u;
// Short capitalised names in a list: "Quốc phòng, Công an", "Công Thương, Y tế, Giáo dục và Đào tạo".
// A name's words never take "và", which only separates: one way to read a list, no backtracking.
const NAME_LIST = /^\p{Lu}\p{L}*(?:\s(?!và\s)\p{L}+){0,5}(?:(?:\s*,\s*|\s+và\s+)\p{Lu}\p{L}*(?:\s(?!và\s)\p{L}+){0,5}){0,30}$/u;
const ACKNOWLEDGES = /^\s+(?:đánh giá cao|ghi nhận|biểu dương|hoan nghênh|khen ngợi)(?![\p{L}])/u;
// "Hội đồng tư vấn đặc xá hướng dẫn cụ thể như sau:": the speaker introducing what it says, no charge
const SPEAKS = /^\s+(?:hướng dẫn|quy định|thông báo|có ý kiến|trả lời|lưu ý|giải thích)(?:\s+(?:cụ thể|thêm|rõ))?\s+(?:như sau|sau đây)\s*:?\s*$/u;
const MODAL = /\s(?:cần|phải|nên)\s+\p{Ll}/u;
const COMPANY_TRADE = /^(?:xây dựng|khai thác|đầu tư|phát triển|sản xuất|kinh doanh|tư vấn|vận tải|chế biến|thi công|lắp đặt|quản lý|thương mại|dịch vụ|xuất nhập khẩu|cung ứng|chuyển giao|phân phối|giám sát|thiết kế)$/iu;
const COMPANY_START = /^\s*(?:[-+•]\s*)?(?:[Cc]ác\s+)?(?:Công ty|Tổng công ty|Tập đoàn|Hợp tác xã|Liên hiệp)(?![\p{L}])/u;
const COMPOUND_END = new RegExp(`(?:^|\\s)(?:${(assignees.verbCompounds as string[]).map((c) => esc(c)).join('|')})$`, 'iu');

/**
 * Offset of the first verb that is not the tail of a compound noun ("các công trình"), or -1.
 * "Các cơ quan được giao chủ trì … có trách nhiệm": "được giao" opens a relative clause when a
 * charge follows, so the subject runs to the charge.
 */
function firstVerb(phrase: string): number {
  const marked = listedVerb(phrase);
  const bare = bareVerb(phrase, marked < 0 ? phrase.length : marked);
  const listed = bare >= 0 ? bare : marked;
  const organises = organisesAt(phrase, listed < 0 ? phrase.length : listed);
  return organises >= 0 ? organises : listed;
}

function listedVerb(phrase: string): number {
  VERBS.lastIndex = 0;
  for (let m = VERBS.exec(phrase); m; m = VERBS.exec(phrase)) {
    if (COMPOUND_END.test(phrase.slice(0, m.index + m[0].length).replace(/\s+/g, ' '))) continue;
    // a company's name holds verbs, its proper name after them: "Công ty Cổ phần Khai thác vật
    // liệu xây dựng Miền Bắc phải thực hiện …"
    // (only the trades a company is named for: "Công ty X phối hợp Sở Công Thương …" ends at its verb)
    if (COMPANY_START.test(phrase) && COMPANY_TRADE.test(m[0].trim()) && /^\s+\p{Lu}/u.test(phrase.slice(m.index + m[0].length))) continue;
    if (/^\s+được giao$/u.test(m[0])) {
      // (in the same clause: "…; có trách nhiệm …" after a ";" is the next duty of the same body)
      const charge = /\s(?:có|chịu) trách nhiệm(?![\p{L}])/u.exec(phrase.slice(m.index + m[0].length).split(/[;.]/u, 1)[0]!);
      if (charge) return m.index + m[0].length + charge.index;
    }
    return m.index;
  }
  return -1;
}

// OCR may drop a line's marks ("b) Bộ Khoa học và Công nghệ khan truong ra soat, danh gia …"): a
// listed verb of two words or more written with none is still the verb. Only where the text has
// no marks: two bare words that fold to a verb are seldom anything else.
const BARE_VERB_LIST = [...new Set(assignees.verbs.filter((v) => v.includes(' ') && foldSameLength(v) !== v).map(foldSameLength))];
const BARE_VERBS = new RegExp(`\\s+(?:${wordAlternation(BARE_VERB_LIST)})(?![\\p{L}])`, 'gu');
// (their first words as written without marks: a phrase without one of them has no such verb)
const BARE_FIRST = new RegExp(`\\s(?:${wordAlternation([...new Set(BARE_VERB_LIST.map((v) => v.split(' ')[0]!))])})\\s`, 'u');
/** Offset of the first mark-less listed verb before `limit`, or -1. */
function bareVerb(phrase: string, limit: number): number {
  if (!BARE_FIRST.test(phrase)) return -1;
  const folded = foldSameLength(phrase);
  BARE_VERBS.lastIndex = 0;
  for (let m = BARE_VERBS.exec(folded); m && m.index < limit; m = BARE_VERBS.exec(folded)) {
    if (phrase.slice(m.index, m.index + m[0].length) === m[0]) return m.index;
  }
  return -1;
}

// "tổ chức" is a verb after a name ("Chủ tịch UBND các huyện tổ chức kêu gọi …"); a noun after
// "các", "những", "và", a passive "được", "công tác" or "việc" (the organising of …); after "để" a
// purpose, not the subject's verb ("MTTQ phối hợp với UBND xã … để tổ chức hội nghị"); and before
// what makes it a kind of body ("tổ chức chính trị - xã hội", "tổ chức đảng", "tổ chức, cá nhân";
// "tổ chức hội" is associations, "tổ chức hội nghị" the verb and its object)
const ORG_BEFORE = /(?:^|\s)(?:các|những|và|mọi|cho|với|của|được|bị|việc|tác|khâu|để)$/u;
const ORG_NOUN_AFTER = /^\s+(?:chính trị|đảng|cơ sở|đoàn thể|thành viên|tín dụng|hội(?!\s+(?:nghị|thảo|thi|diễn)(?![\p{L}]))|xã hội|kinh tế|cá nhân|quốc tế|phi chính phủ|công đoàn|sự nghiệp|bộ máy|và|có|được|liên quan|trực thuộc|khác|này|đó|tư vấn|kiểm định)(?![\p{L}])/u;

/** The first "tổ chức" used as a verb before `limit`, or -1. */
function organisesAt(phrase: string, limit: number): number {
  for (let at = phrase.indexOf(' tổ chức', 1); at >= 0 && at < limit; at = phrase.indexOf(' tổ chức', at + 1)) {
    const after = phrase.slice(at + 8, at + 40);
    if (/^\p{L}/u.test(after) || !/^\s+\p{Ll}/u.test(after) || ORG_NOUN_AFTER.test(after)) continue;
    if (ORG_BEFORE.test(phrase.slice(Math.max(0, at - 8), at))) continue;
    // "Ban tổ chức", "… cấp tổ chức hội nghị": a compound noun
    if (/(?:^|\s)(?:ban|cấp)$/iu.test(phrase.slice(Math.max(0, at - 5), at))) continue;
    return at;
  }
  return -1;
}

// "Giao X …" opens a sentence, an item, or a parenthesis ("(Giao Công an tỉnh chủ trì …)").
// … or after a comma, in lower case before a capital ("Trường hợp …, đề nghị Cục Hải quan liên hệ …")
// ("…, đề nghị chủ đầu tư thực hiện …": the investor, a role, is written in lower case too)
const ASSIGNING = /(?:^|[.;:]\s+|\(\s*|\n[ ]*[-+•]?[ ]*)((?:Giao(?: cho)?|Đề nghị|Yêu cầu)\s+[^\n]{3,400})|,\s+((?:đề nghị|yêu cầu)\s+(?=\p{Lu}|chủ đầu tư(?![\p{L}]))[^\n]{3,400})/gu;
// An item whose subject is a named body: "- Bộ Nông nghiệp chủ trì, phối hợp với …".
// Only verbs that put a body in charge ("chủ trì", "thực hiện", "tổ chức" …); "- Tổ chức, cá
// nhân … phải" states a duty of the public, "- Chủ tịch … ký" a procedure: neither is an assignment.
// A capital "Đề nghị X" after a word in lower case opens a sentence a wrapped heading ran into
// ("b) Về chi phí …, tái định cư Đề nghị Chủ đầu tư tổ chức …"); tried only where the words occur
// (the request is found first and the lower-case word before its spaces tested after: a pattern
// that opened with that look-behind was tried at every offset of the section)
const ASSIGNING_RUN_IN = /(?:Đề nghị|Yêu cầu)\s+\p{Lu}[^\n]{3,400}/gu;
const LOWER_ENDS = /\p{Ll}$/u;
const CHARGE_VERB = /^\s+(?:chủ trì|chịu trách nhiệm|có trách nhiệm|chỉ đạo|khẩn trương|tham mưu|thực hiện|triển khai|tổ chức|hướng dẫn|tổng hợp)(?![\p{L}])/u;
// How a body is to act ("Ủy ban Kiểm tra Tỉnh ủy thường xuyên kiểm tra …"): never inside a
// body's name, so a heading with one is a sentence, not a name alone
const MANNER = /^\s+(?:thường xuyên|kịp thời|chủ động|tích cực|tiếp tục)(?![\p{L}])/u;
const EXECUTING = /^\s+(?:chịu trách nhiệm|có trách nhiệm)\s+thi hành(?![\p{L}])/u;
const VERB_HEAD_START = new RegExp(`^(?:${Object.keys(assignees.verbHeads).map(esc).join('|')})(?![\\p{L}])`, 'u');
const BARE_HEAD = new RegExp(`^(?:${HEADS}|${NAMED_HEADS})$`, 'iu');
// a title alone ("Thường trực") or a collective alone ("các ban") before a comma
const SHARED_HEAD = new RegExp(`^(?:${wordAlternation(assignees.sharedHeads as string[])}|các\\s+(?:${COLLECTIVES}))$`, 'iu');
// An opening clause before an item's subject: "Trên cơ sở đề nghị của UBND quận, huyện, Sở X …"
// (up to the first comma before a capital).
// (a basis may be long: "Căn cứ các nội dung … theo Thông tri số 05/TT-MTTW-BTT, ngày … và Hướng dẫn này, Ban X …")
// what a body does at a step of a procedure, after the condition that opens it (CONDITION_OPENER)
const STEP_VERB = /^\s+(?:thẩm định|lập|rà soát|kiểm tra|bố trí|phê duyệt|cấp|tiếp nhận|giải ngân|trình|xem xét)(?![\p{L}])/u;
const CONDITION_OPENER = /^(?:Trên cơ sở|Sau khi|Theo đề nghị của|Căn cứ|Kết thúc)(?![\p{L}])[^\n]{0,400}?,\s+(?=\p{Lu})/u;
// … or before a Party body in lower case ("Căn cứ Quy định này …, đảng uỷ ban chỉ huy … xây dựng quy chế")
const PARTY_LOWER = (assignees.partyLowerHeads as string[]).map(esc).join('|');
const OPENER_BEFORE_PARTY = new RegExp(`^(?:Trên cơ sở|Sau khi|Căn cứ|Kết thúc)(?![\\p{L}])[^\\n]{0,200}?,\\s+(?=(?:${PARTY_LOWER})\\s)`, 'u');
// after such an opener the body's own rules and plans are its charge
const DRAWS_UP = /^\s+(?:xây dựng|ban hành)(?![\p{L}])/u;
// An item, or a paragraph that starts after a sentence ends (a wrapped PDF line that happens
// to start with a capital is neither).
const SUBJECT_ITEM = /(?:\n[ ]*[-+•][ ]*|(?:^\n?|[.;:!?][ ]*\n|\n[ ]*\n)[ ]*)(\p{Lu}[^\n]{3,400})/gu;

/**
 * Whether the words before a body's verb say it is not put in charge: "Sở Công Thương không/chỉ
 * chịu trách nhiệm …" limits a duty, "Giám đốc là người đại diện …, chịu trách nhiệm trước …"
 * defines a role.
 */
function noCharge(subject: string): boolean {
  // ("Bộ sẽ có văn bản hướng dẫn …": what the issuer itself will do, no charge either)
  return /\s(?:không|chỉ|chưa|đã|cũng|vẫn)$/u.test(subject) || /\slà(?:\s|$)/u.test(subject) || /\ssẽ\s/u.test(subject);
}

/** The bodies that open the heading's clauses after its first ("…; Văn phòng Huyện ủy theo dõi …"). */
function laterClauseAssignees(heading: string): string[] {
  const out = new Set<string>();
  const clauses = heading.split(/;[ ]+(?=\p{Lu})/u);
  for (const c of clauses.slice(1)) {
    if (!HEAD_START.test(c) || NOT_HEADS.test(c) || VERB_HEAD_START.test(c)) continue;
    const v = firstVerb(c);
    // (a body that only "phối hợp" is a partner, not in charge)
    if (v < 2 || v > 160 || noCharge(c.slice(0, v)) || /^\s+phối hợp(?![\p{L}])/u.test(c.slice(v))) continue;
    for (const w of headingAssignees(c, true) ?? []) out.add(w);
  }
  return [...out];
}

/**
 * Addressees of "Giao/Đề nghị/Yêu cầu X …" sentences or items inside a section, and of items
 * whose subject is a named body with its verb ("- Bộ Công Thương chủ trì …"), or null.
 */
function assignedInside(body: string, bodyAt = -1): string[] | null {
  const who: string[] = [];
  const text = body.slice(0, 4000);
  // (ASSIGNING opens with a choice tried at every offset: a body with none of its words skips it)
  const asks = text.includes('Giao') || text.includes('Đề nghị') || text.includes('Yêu cầu') || text.includes('đề nghị') || text.includes('yêu cầu');
  if (asks) for (const m of text.matchAll(ASSIGNING)) {
    // (a role in lower case after the request opens the name in capitals: "đề nghị chủ đầu tư" → "Chủ đầu tư")
    const ask = m[1] ?? `${m[2]!.charAt(0).toUpperCase()}${m[2]!.slice(1).replace(/^(\S*\s+\S+\s+)chủ(?= đầu tư)/u, '$1Chủ')}`;
    addNew(who, headingAssignees(ask, true) ?? []);
  }
  if (text.includes(' Đề nghị ') || text.includes(' Yêu cầu ')) {
    ASSIGNING_RUN_IN.lastIndex = 0;
    for (let m = ASSIGNING_RUN_IN.exec(text); m; m = ASSIGNING_RUN_IN.exec(text)) {
      // a request run into the sentence before: a lower-case word, spaces, the request
      let b = m.index;
      while (b > 0 && /\s/u.test(text.charAt(b - 1))) b--;
      if (b === m.index || !LOWER_ENDS.test(text.slice(Math.max(0, b - 2), b))) {
        ASSIGNING_RUN_IN.lastIndex = m.index + 1;
        continue;
      }
      addNew(who, headingAssignees(m[0], true) ?? []);
    }
  }
  const items = [...text.matchAll(SUBJECT_ITEM)].map((m) => m[1]!);
  // the line under a heading opens a paragraph even when the heading has no closing mark
  // ("1. Tuyên truyền …\nCông chức Văn hóa - Xã hội chủ trì …")
  const under = bodyAt >= 0 ? /^[ ]*\n[ ]*(\p{Lu}[^\n]{3,400})/u.exec(text.slice(bodyAt)) : null;
  if (under && !items.includes(under[1]!)) items.unshift(under[1]!);
  for (const raw of items) {
    // "Trên cơ sở đề nghị của UBND quận, huyện, Sở Xây dựng chủ trì …": the body after the opener
    const item = raw.replace(CONDITION_OPENER, '');
    // "- Ủy ban nhân dân cấp xã: đầu tư, hoàn thiện …": a body as the item's label, its duties in
    // lower case after the colon (not a role's label: "Cơ quan phối hợp: các sở …" has a verb)
    // (the cheap tests first: most items have no colon near their start, or open with no head)
    const colon = item.indexOf(':');
    const labelled = colon >= 3 && colon <= 80 && HEAD_START.test(item) ? /^([^:\n]{3,80}):\s*\p{Ll}/u.exec(item) : null;
    if (labelled && !NOT_HEADS.test(labelled[0]) && firstVerb(` ${labelled[1]!}`) < 0) {
      addNew(who, splitAssignees(labelled[1]!, false));
      continue;
    }
    // capitalised head only ("Bộ …", "Ủy ban …"), its verb close by: a subject, not a topic
    if (!(HEAD_START.test(item) || COLLECTIVE_START.test(item)) || NOT_HEADS.test(item) || VERB_HEAD_START.test(item)) continue;
    const v = firstVerb(item);
    // (the executing formula of a decision names many bodies before its verb: "Chánh Văn phòng
    // …; Giám đốc các Sở …; Chủ tịch UBND … chịu trách nhiệm thi hành Quyết định này")
    // (after a condition a step of a procedure: "Trên cơ sở đề nghị của …, Sở Tài chính thẩm định
    // …", "Sau khi … phê duyệt …, Sở Tài chính lập thủ tục …")
    if (v < 2 || v > (EXECUTING.test(item.slice(v)) ? 400 : 160) || !(CHARGE_VERB.test(item.slice(v)) || (item !== raw && STEP_VERB.test(item.slice(v))))) continue;
    // a bare head ("- Cơ quan chủ trì, thành phần …") names a role, not a body; nor does a head
    // that is also a verb before another ("- Lãnh đạo, chỉ đạo tập trung thực hiện …")
    if (BARE_HEAD.test(item.slice(0, v).trim().replace(/[,;:]+$/, ''))) continue;
    if (noCharge(item.slice(0, v))) continue;
    addNew(who, headingAssignees(item, true) ?? []);
  }
  return who.length ? who : null;
}

// "…, Phó Thủ tướng … yêu cầu Bộ Tài chính:", "… đề nghị các cấp ủy:" closing the text over a list
const ASKED_BEFORE_LIST = /(?:^|[\s,])(?:yêu cầu|giao(?: cho)?|đề nghị)\s+((?:các\s+)?\p{Lu}[^:;.!?]{1,150}|các\s+[^:;.!?]{2,150}):\s*$/u;

/** The addressee a section's opening text asks right before the colon that opens its sub-points, or null. */
function askedBeforeList(intro: string): string[] | null {
  const tail = intro.slice(-300).replace(/\s+/g, ' ').trimEnd();
  if (!tail.endsWith(':')) return null;
  const m = ASKED_BEFORE_LIST.exec(tail);
  if (!m || !ASSIGNEE_START.test(m[1]!) || NOT_HEADS.test(m[1]!)) return null;
  return headingAssignees(m[1]!, true);
}

/** A heading that states a rate or an amount of money ("Mức chi …", "… 2.220.000 đồng/người/lần"). */
const RATE = /^Mức\s+(?:chi|hỗ trợ|thu|phụ cấp|trợ cấp|bồi dưỡng)(?![\p{L}])|(?<![\d.,])\d{1,3}(?:[.,]\d{3})+[ ]*(?:đồng|đ)(?![\p{L}])/u;

/** Whether every line of a body states an amount of money ("…: 200.000 đồng/người/tháng"). */
function ratesOnly(body: string): boolean {
  const lines = body.split('\n').filter((l) => l.trim());
  // (an amount starts where a run of digits does, so a long run is scanned once, not per digit)
  return lines.length > 0 && lines.every((l) => /(?<![\d.,])\d[\d.,]*[ ]*(?:đồng|đ)(?![\p{L}])/u.test(l));
}

// "các sở, ban, ngành", "các cơ quan, đơn vị", "các xã, phường, thị trấn": one collective, its
// kinds (data/assignees.json's collectives, and the kinds of local units) listed by commas
const KIND = wordAlternation([...assignees.collectives, 'thị trấn', 'thị xã', 'thành phố', 'đặc khu']);
const COLLECTIVE_LIST = new RegExp(`(?<![\\p{L}])các\\s+(?:${KIND})(?:,\\s*(?:${KIND}))+(?![\\p{L}])`, 'gu');
/** The bodies of "- Đối với Công an thành phố … xây dựng kế hoạch …" items: a head, then its verb. */
function doiVoiItems(body: string): string[] {
  const out = new Set<string>();
  for (const m of body.matchAll(/^[ ]*(?:[-+•][ ]*)?Đối với\s+(\p{Lu}[^\n]{3,400})/gmu)) {
    const item = m[1]!;
    if (!HEAD_START.test(item) || NOT_HEADS.test(item)) continue;
    const v = firstVerb(item);
    if (v < 2 || v > 160 || item.slice(0, v).includes(':')) continue;
    for (const w of splitAssignees(item.slice(0, v), false)) out.add(w);
  }
  return [...out];
}

// "và" before a capitalised head ("… và Sở Tài chính") or "các" + a collective or a head ("và các
// Sở NN&MT") joins two addressees; before a lower-case noun it joins words of one ("tổ chức chính
// trị - xã hội và tổ chức, đoàn thể").
const AND_HEAD = new RegExp(`\\s+(?:và|với)\\s+(?=(?:${HEADS}|${LOWER_HEADS})\\s|[Cc]ác\\s+(?:(?:${COLLECTIVES})(?![\\p{L}])|(?:${HEADS})\\s))`, 'u');
// "Văn phòng HĐND và UBND huyện" is one office (it serves both), not an office and a UBND
const JOINT_OFFICE = /(?:^|\s)Văn phòng\s+(?:HĐND|Hội đồng nhân dân)$/u;
function splitAnd(a: string): string[] {
  const out: string[] = [];
  const parts = a.split(AND_HEAD);
  parts.forEach((p, i) => {
    // after "phụ trách lĩnh vực" the words list fields ("Dân tộc, Tôn giáo và các Hội quần chúng")
    if (i > 0 && (JOINT_OFFICE.test(parts[i - 1]!) || /(?:^|\s)lĩnh vực\s/u.test(parts[i - 1]!))) out[out.length - 1] += ` và ${p}`;
    else out.push(p);
  });
  return out;
}
const LOWER_HEAD_START = new RegExp(`^(?:${LOWER_HEADS})(?![\\p{L}])`, 'u');
// "…, thành viên Ban Chỉ đạo …": a title in lower case before a body's name opens an addressee
// (and "thủ trưởng" / "người đứng đầu" before a collective: "…, Giám đốc Sở Tài chính, thủ trưởng
// các cơ quan liên quan, …")
const LOWER_TITLE_START = /^(?:thành viên|thủ trưởng|giám đốc|chủ tịch|trưởng ban|trưởng phòng)\s+(?=\p{Lu})|^(?:thủ trưởng|người đứng đầu)\s+(?:các\s+)?(?:cơ quan|đơn vị|sở|ban|ngành|tổ chức|địa phương)(?![\p{L}])/u;
// "…, phòng Lao động - Thương binh và Xã hội cấp huyện": so does a body's head in lower case
const LOWER_BODY_START = /^(?:phòng|sở|chi cục|trung tâm)\s+(?=\p{Lu})/u;

/** Appends the names not in `into` yet (a set keeps a list of thousands of addressees linear). */
function addNew(into: string[], names: Iterable<string>): void {
  const seen = new Set(into);
  for (const n of names) {
    if (seen.has(n)) continue;
    seen.add(n);
    into.push(n);
  }
}
/** The same for a task's `{ name }` entries. */
function addNamed(into: { name: string }[], names: Iterable<string>): void {
  const seen = new Set(into.map((a) => a.name));
  for (const n of names) {
    if (seen.has(n)) continue;
    seen.add(n);
    into.push({ name: n });
  }
}

/**
 * The bodies a collective is spelled out into right under its heading: "… gồm:" over "- Sở X
 * (đối với …);" items (their notes in brackets dropped), or null when fewer than two are found.
 */
function membersListed(body: string): string[] | null {
  const intro = /^\s*[^\n]{0,300}?\sgồm\s*:[ ]*\n/u.exec(body);
  if (!intro) return null;
  const out: string[] = [];
  let item = '';
  const flush = (): void => {
    const name = item.replace(/\s+/g, ' ').split(/\s*[(:]/u, 1)[0]!.replace(/[;,.\s]+$/u, '').trim();
    if (name && HEAD_START.test(name)) addNew(out, splitAssignees(name, false));
    item = '';
  };
  for (const line of body.slice(intro[0].length).split('\n', 40)) {
    const t = line.trim();
    const bullet = /^[-+•]\s*(.*)$/u.exec(t);
    if (bullet) {
      flush();
      item = bullet[1]!;
    } else if (item && t && !/[;.]$/.test(item.trim())) item += ` ${t}`;
    else break;
  }
  flush();
  return out.length >= 2 ? out : null;
}

function splitAssignees(phrase: string, stopAtVerb = true): string[] {
  const out: string[] = [];
  for (const part of phrase.split(/\s*;\s*|\s*\/\s*(?=\p{Lu})/u)) {
    // ", Báo Hải Phòng" starts a new addressee; ", cá nhân" continues the current one.
    const pieces = part.split(/\s*,\s*/);
    let cur = '';
    for (const [k, p] of pieces.entries()) {
      if (!cur) cur = p;
      // the names after a title's kept colon are its list, up to the next title (see
      // TITLE_COLON_IN_LIST); a body's head ends it unless the collective takes any body
      else if (cur.includes(KEPT_COLON) && !NEXT_TITLE_START.test(p) && !COLLECTIVE_START.test(p) && (OPEN_COLLECTIVE.test(cur) || !HEAD_START.test(p))) cur = `${cur}, ${p}`;
      // "phụ trách lĩnh vực Hành chính, Văn phòng": after "lĩnh vực" the commas list fields
      else if (/(?:^|\s)lĩnh vực\s[^,]*$/u.test(cur) && !COLLECTIVE_START.test(p)) cur = `${cur}, ${p}`;
      // "các Sở, Ban ngành", "các Sở, Ban, Ngành tỉnh": one collective (sở, ban, ngành), not a Sở
      // and a Ban (a bare "Ban" only before "ngành")
      else if ((/^Ban\s+[Nn]gành(?![\p{L}])|^[Nn]gành(?![\p{L}])/u.test(p) || (p === 'Ban' && /^[Nn]gành(?![\p{L}])/u.test(pieces[k + 1] ?? ''))) && /(?:^|\s)(?:[Cc]ác\s+)?Sở(?:,\s*Ban)?$/u.test(cur)) cur = `${cur}, ${p}`;
      else if ((ASSIGNEE_START.test(p) && (/^\p{Lu}/u.test(p) || LOWER_HEAD_START.test(p)) && !NOT_HEADS.test(p)) || COLLECTIVE_START.test(p) || LOWER_TITLE_START.test(p) || LOWER_BODY_START.test(p)) {
        // "Thường trực, các ban, các tổ đại biểu HĐND tỉnh": bare heads share the name that
        // ends the list, so they stay one addressee with it
        if (SHARED_HEAD.test(pieces[k - 1]!)) cur = `${cur}, ${p}`;
        else {
          out.push(cur);
          cur = p;
        }
      } else if (stopAtVerb && VERB_START.test(p)) {
        break;
      } else cur = `${cur}, ${p}`;
    }
    if (cur) out.push(cur);
  }
  // "Sở Kế hoạch và Đầu tư và Sở Tài chính": "và" before a capitalised head joins two addressees.
  // A name cannot end in a function word: "Đoàn kiểm tra được sử dụng con dấu … để" (cut at
  // "ban hành") or "… không được" is a clause about the body, not the body.
  return out
    .flatMap(splitAnd)
    .map((a) => a.replace(/^(?:các|Các)\s+(?=các)/u, '').replace(/[\s:.,;]+$/, '').trim())
    .filter((a) => a.length >= 3 && a.length <= 200 && !endsDangling(a));
}

/** The names a role line or a table cell lists ("Sở A; Sở B."), without its end mark. */
function listNames(cell: string): string[] {
  return splitAssignees(cell.replace(/[.;]+$/, ''), false);
}

/**
 * The addressees named by a section heading, or null when it names nobody. A short heading
 * without a colon is a name on its own ("3. Phòng Văn hoá và Thông tin các quận, huyện"); a
 * sentence ends its addressee phrase at a colon or at the first verb ("Giao Phòng X chịu …").
 */
export function headingAssignees(heading: string, sentence = false): string[] | null {
  let h = heading.trim().replace(/^[-–:\s]+/, '');
  // a heading in capitals ("II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "3. SỞ Y TẾ")
  // is read in sentence case, its lead and the body it names each cased on their own
  // (only one that opens with a lead or a body's head: sentence case is costly, and most headings
  // in capitals name a part, "I. MỤC ĐÍCH, YÊU CẦU")
  const capsLead = CAPS_LEAD.exec(h);
  if ((capsLead || CAPS_BODY.test(h)) && isUpper(h)) {
    h = capsLead ? `${capsLead[1] ? 'Đối với' : 'Nhiệm vụ của'} ${sentenceCase(h.slice(capsLead[0].length))}` : sentenceCase(h);
  }
  // a schedule's line: "Kế hoạch năm 2026 của các cơ quan, đơn vị thuộc Bộ và các Sở gửi về Bộ
  // trước ngày …": who owes the paper is charged with it. Only a collective ("các …"): a body
  // named alone there is often the issuer itself ("… của Bộ gửi Bộ Tài chính").
  const owed = OWED_PAPER.exec(h);
  if (owed) return splitAssignees(owed[1]!, false);
  // a member given duties by name (PERSON_DUTIES), the label as one addressee
  const person = PERSON_DUTIES.exec(h);
  if (person) {
    const duty = person[3]!;
    const lower = duty.charAt(0).toLowerCase() + duty.slice(1);
    // ("Phụ trách chung": in charge, a verb the names' list keeps out, "Phó Chủ tịch phụ trách …")
    if (VERB_START.test(lower) || /^phụ trách(?![\p{L}])/u.test(lower) || firstVerb(` ${duty.slice(0, 80)}`) >= 0) return [`${person[1]} ${person[2]!.trim()}`];
  }
  // "Kể từ ngày 01/7/2025, các tỉnh uỷ …": a time phrase before the addressee; "Các ông (bà)
  // Chánh Văn phòng …": the honorific before the titles.
  h = h.replace(TIME_OPENER, '').replace(HONORIFIC, '');
  // "Kết thúc cuộc bầu cử, Ban X chịu trách nhiệm …": after an opening clause only a body put in
  // charge is an addressee ("Sau khi …, Phòng X yêu cầu …" states a procedure)
  const opener = CONDITION_OPENER.exec(h);
  let partyLower = false;
  if (opener) {
    const rest = h.slice(opener[0].length);
    const v = firstVerb(rest);
    // ("Căn cứ … Hướng dẫn này, Ban X xây dựng kế hoạch …": on a basis, drawing up its own plan is a charge)
    if (v > 2 && (CHARGE_VERB.test(rest.slice(v)) || (/^(?:Căn cứ|Trên cơ sở)/u.test(h) && DRAWS_UP.test(rest.slice(v))))) h = rest;
  } else {
    const party = OPENER_BEFORE_PARTY.exec(h);
    const rest = party ? h.slice(party[0].length) : '';
    const v = party ? firstVerb(rest) : -1;
    if (v > 2 && (CHARGE_VERB.test(rest.slice(v)) || DRAWS_UP.test(rest.slice(v)))) {
      h = rest;
      partyLower = true;
    }
  }
  h = distributeTitles(h);
  // "Ban Chấp hành Trung ương Đảng giao Bộ Chính trị, Ban Bí thư lãnh đạo …": the body that
  // delegates is not the one in charge; who it gives the work to is
  // ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở …" likewise)
  const delegates = h.includes(' giao ') || h.includes(' yêu cầu ') || h.includes(' đề nghị ') ? DELEGATES.exec(h) : null;
  if (delegates && ASSIGNEE_START.test(delegates[1]!) && !/\sđược$/u.test(delegates[1]!)) {
    h = h.slice(delegates[0].length);
    // "Sở Công Thương yêu cầu đơn vị nêu trên thực hiện …": the addressees, named before
    if (NAMED_BEFORE.test(h)) return null;
    // (a lower-case collective goes on as one: "… yêu cầu các đơn vị thực hiện …")
    if (/^các\s/u.test(h)) h = `C${h.slice(1)}`;
  }
  const lead = LEAD.exec(h);
  if (lead) h = h.slice(lead[0].length);
  if (HEAD_ALONE_ACTS.test(h)) return null;
  // ("Chủ đầu tư: Ban Quản lý …" is a fact sheet's line; "Đề nghị Chủ đầu tư:" over a list asks it)
  if (DESCRIPTIVE.test(h) || (NOT_HEADS.test(h) && !(lead && /^chủ đầu tư\s*:/iu.test(h))) || NOT_COLLECTIVE.test(h)) return null;
  // "Hội đồng thẩm định bao gồm: Chủ tịch …; Tổ kỹ thuật giúp việc …" sets out who a body is made
  // of, not what it is to do
  // ("Các Sở … nghiên cứu, đề xuất các nhiệm vụ, gồm:" has its verb first: a charge over its list;
  // a verb that only ends the body's name, "Hội đồng thẩm định", is none)
  const madeOf = lead || !h.includes('gồm') ? null : /^([^:\n]{2,120}?)\s(?:bao\s+)?gồm\s*:/u.exec(h);
  if (madeOf) {
    const body = ` ${madeOf[1]!}`;
    const v = firstVerb(body);
    if (v < 0 || body.slice(v).trim().split(/\s+/).length <= 2) return null;
  }
  // "Giao phòng Quản lý Công nghiệp …": after a lead verb a head may be written in lower case
  // before the capitalised name; the name keeps its own spelling
  const lowerHead = !!lead && /^\p{Ll}\S*(?:\s\p{Ll}\S*)?\s\p{Lu}/u.test(h) && HEAD_START.test(h.charAt(0).toUpperCase() + h.slice(1));
  // "Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo …": a collective without "các", its colon
  // opening what it is asked to do
  const bareCollective = !!lead && lead[0].startsWith('Đối với') && BARE_COLLECTIVE_START.test(h) && /^[^:\n]{2,60}:/u.test(h);
  if (!ASSIGNEE_START.test(h) && !lowerHead && !bareCollective && !partyLower) return null;
  let byDoiVoi = !!lead && /^(?:Yêu cầu\s+)?Đối với|đối với/u.test(lead[0]);
  // "Đối với X, thành phần dự hội nghị gồm …" describes; "Đối với X: …" or "Đối với X, chủ trì …" assigns
  if (byDoiVoi && /(?<![\p{L}])gồm(?![\p{L}])/u.test(h.split(':')[0]!)) return null;
  // "Yêu cầu đối với các tổ chức, cá nhân được cấp phép …" without a verb is a title naming them
  // all, commas included; after a bare "Đối với X," a verb must follow for X to be charged
  // (the commas of a collective's own list, "các sở, ban, ngành", "các xã, phường", are none)
  let requestTitle = false;
  if (byDoiVoi && !h.includes(':') && h.replace(COLLECTIVE_LIST, '').includes(',')) {
    if (firstVerb(h) >= 0) byDoiVoi = false;
    else if (/^(?:Yêu cầu|Đề nghị)/u.test(lead![0])) requestTitle = true;
    else return null;
  }
  // "…; Giám đốc các Sở: Văn hóa, Tài chính; Chủ tịch …": a title's own list inside a list of
  // addressees keeps its colon (set aside here, so the colon rules below do not cut at it)
  let phrase = h.replace(TITLE_COLON_IN_LIST, (_m, a: string, b: string) => `${a}${KEPT_COLON}${b}`);
  const colon = phrase.indexOf(':');
  if (colon > 0) {
    // "Đề nghị UB MTTQ, các tổ chức hội: Hội Nông dân, …, Liên minh các HTX phối hợp …": the
    // bodies after the colon spell out the collective before it, and replace it.
    const after = phrase.slice(colon + 1).trim();
    const before = phrase.slice(0, colon);
    const coll = /(?:^|,\s*)[Cc]ác\s+[^,]{2,40}$/u.exec(before);
    const v = firstVerb(after);
    if (coll && HEAD_START.test(after) && v > 2 && !after.slice(0, v).includes(':')) phrase = `${before.slice(0, coll.index)}${coll.index > 0 ? ', ' : ''}${after}`;
    else {
      // "Bộ trưởng các Bộ: Công Thương, Xây dựng, Y tế chủ động …", "Các Bộ trưởng: Quốc phòng,
      // Công an chỉ đạo …": the names after the colon complete the title's collective; kept as
      // written, as one addressee (as the Kính gửi list keeps it)
      // "4.1. Tổ chức chính trị: Thành phần dự hội nghị gồm …": what a body is made of, no work
      if (COMPOSITION.test(after)) return null;
      const names = after.slice(0, v).replace(ROLE_ASIDE, '').trim();
      if (v > 2 && TITLE_OF_ALL.test(before.trim()) && firstVerb(` ${before}`) < 0 && NAME_LIST.test(names) && !VERB_START.test(names.toLowerCase())) {
        return [`${before.trim()}: ${names}`];
      }
      // so do the names after a collective of bodies ("Các Bộ: Công Thương, Xây dựng, Tài nguyên
      // và Môi trường:", a heading with no verb, or one before its verb)
      const listed = (v > 2 ? after.slice(0, v) : after).replace(/:\s*$/, '').replace(ROLE_ASIDE, '').trim();
      // (the list ends where "và" opens another body: "Các Bộ: Y tế, Tài chính và Ủy ban nhân dân
      // tỉnh, thành phố có trách nhiệm …" names the Ministries, then the provinces)
      const collective = BODIES_OF_ALL.test(before.trim());
      const and = collective ? AND_HEAD.exec(listed) : null;
      const bodies = and ? listed.slice(0, and.index) : listed;
      if (collective && NAME_LIST.test(bodies) && !VERB_START.test(bodies.toLowerCase())) {
        const rest = and ? listed.slice(and.index + and[0].length) : '';
        return [`${before.trim()}: ${bodies}`, ...(rest ? (headingAssignees(rest, true) ?? []) : [])];
      }
      phrase = before;
    }
  }
  // a name alone, unless a verb that puts it in charge follows ("Ban Chỉ đạo … có trách nhiệm;")
  const fv = firstVerb(phrase);
  // "Ban Thường vụ Tỉnh ủy đánh giá cao …", "… ghi nhận …": a conclusion's appraisal, no charge
  if (fv > 2 && (ACKNOWLEDGES.test(phrase.slice(fv)) || SPEAKS.test(phrase.slice(fv)))) return null;
  // (a verb may sit inside a body's name, "Ban Chỉ đạo thực hiện Đề án …"; a modal never does:
  // "Các cấp uỷ … cần nhận thức …" is a name and its duty)
  // (nor after "theo chức năng, nhiệm vụ,": "Các sở … theo chức năng nhiệm vụ, phối hợp với Sở" is
  // a body and its verb, its heading line cut at a wrap)
  // (nor is a clause of a list of provisions, ending in ";": "5. Hội đồng thẩm định sử dụng con
  // dấu, bộ máy tổ chức … của Ban Quản lý …;")
  const isName = colon < 0 && !sentence && phrase.length <= 150 && !/[.!?;]$/.test(phrase) && !(fv > 2 && (CHARGE_VERB.test(phrase.slice(fv)) || MANNER.test(phrase.slice(fv)) || ROLE_IN.test(phrase))) && !MODAL.test(phrase);
  if (!isName && !byDoiVoi) {
    const v = firstVerb(phrase);
    // a verb after "được"/"bị" is passive: the words before it are acted on, no body in charge
    // ("Phòng … (đối với những quận, huyện được thành lập Phòng …) có tài khoản …")
    if (v > 2 && /\s(?:được|bị)$/u.test(phrase.slice(0, v))) return null;
    if (v > 2) {
      // "Đoàn kiểm tra trong quá trình kiểm tra …": a time phrase ends the subject
      phrase = phrase.slice(0, v).replace(/\s+(?:trong quá trình|trong thời gian|khi|nếu)(?:\s.*)?$/u, '').replace(ROLE_ASIDE, '');
      // "X triệu tập và chủ trì …": an unlisted verb came first, so the subject is not clean
      if (/\s(?:và|hoặc)$/u.test(phrase)) return null;
    } else if (colon < 0 && (phrase.length > 160 || (/[.!?;]$/.test(phrase) && phrase.split(/\s+/).length > 12))) {
      // a long sentence without a known verb: where its subject ends is not known
      return null;
    } else if (colon > 60 && /\s(?:sau đây|như sau)$/u.test(phrase)) {
      // "Phòng X cấp Giấy chứng nhận … trong thời hạn …, nếu có đủ các điều kiện sau đây:": a
      // sentence that introduces a list, its verb unknown
      return null;
    }
  }
  // "các cơ quan Trung ương đóng trên địa bàn (Cục Thuế, Cục Hải quan và Kho bạc …)": the
  // bracket spells the collective out, and stands for it
  const spelled = /(?:^|\s)[Cc]ác\s[^()]{2,80}\(([^()]{4,300})\)\s*$/u.exec(phrase);
  if (spelled) {
    const inner = splitAssignees(spelled[1]!, false);
    if (inner.length > 1 && inner.every((a) => HEAD_START.test(a))) phrase = `${phrase.slice(0, spelled.index)}${spelled.index > 0 ? ', ' : ''}${inner.join(', ')}`;
  }
  // "Cơ quan đăng ký kinh doanh được tổ chức ở …, bao gồm:", "Tổ chức đảng … được xét khen thưởng
  // gồm:": what a body consists of, no charge
  if (/(?:^|\s)gồm$/u.test(phrase.replace(/[\s:.,;]+$/u, ''))) return null;
  // asides in brackets go ("(sau đây gọi là …)"); "các ông (bà)" keeps its "(bà)"
  phrase = phrase.replace(/\s*\((?!\s*bà\s*\))[^)]*\)\s*/gu, ' ').replace(/[.;]+$/, '').trim();
  // ("Đối với X" keeps its commas, "các tổ chức, cá nhân …"; a "và" before another body's head
  // joins two: "Đối với Công ty TNHH A và Doanh nghiệp tư nhân B")
  const list = (byDoiVoi && !requestTitle ? splitAnd(phrase) : splitAssignees(phrase, !isName && !byDoiVoi)).map((a) => a.replaceAll(KEPT_COLON, ':'));
  return list.length ? list : null;
}

// Role lines under a task: "Cơ quan chủ trì: X", "b) Cơ quan phối hợp" over a list, or a bare
// "Chủ trì thực hiện" heading. The body in charge (chủ trì) is the assignee; bodies that
// coordinate (phối hợp) are kept apart as partners.
const ROLE_HEAD = /^(?:(?:cơ quan|đơn vị)\s+(?:chủ trì|phối hợp|thực hiện|chịu trách nhiệm)|(?:chủ trì|phối hợp)(?:\s*,\s*(?:phối hợp|thực hiện))?(?:\s+thực hiện)?\s*(?::|$))/iu;
const ROLE = /^(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|phối hợp|thực hiện|chịu trách nhiệm)[^:]{0,40}:\s*(.+)$/iu;
const PARTNER_ROLE = /^(?:(?:cơ quan|đơn vị)\s+)?phối hợp/iu;

// A role line inside a section: "- Đơn vị chủ trì: Đồng chí Phó chủ tịch …", "Cơ quan phối hợp: …".
const ROLE_LIST = /^[ ]*(?:[-•][ ]*)?(?:(?:cơ quan|đơn vị)\s+)?(chủ trì|phối hợp)[ ]*:[ ]*\n/gimu;
// A Party programme closes each point with "Trách nhiệm chỉ đạo thực hiện: X; Y."
const ROLE_LINE = /^[ ]*(?:[-+•][ ]*)?(?:(?:cơ quan|đơn vị)\s+|trách nhiệm\s+(?:chỉ đạo\s+|lãnh đạo\s+)?)?(chủ trì|phối hợp|thực hiện)(?:\s+thực hiện)?[ ]*:[ ]*(\S[^\n]{2,300})$/gimu;

function roleLines(body: string): { lead: string[]; partners: string[] } | null {
  if (!/chủ trì|phối hợp|thực hiện/iu.test(body)) return null;
  const lead: string[] = [];
  const partners: string[] = [];
  const text = body.slice(0, 6000);
  for (const m of text.matchAll(ROLE_LINE)) {
    const list = /^phối hợp$/iu.test(m[1]!) ? partners : lead;
    addNew(list, listNames(m[2]!));
  }
  // "- Cơ quan chủ trì:" over "+ Sở Nội vụ thực hiện …" items: each item's subject
  // (the label ends its line: a body with no colon at a line's end has none)
  if (/:[ ]*\n/.test(text)) for (const m of text.matchAll(ROLE_LIST)) {
    const list = /^phối hợp$/iu.test(m[1]!) ? partners : lead;
    for (const line of text.slice(m.index + m[0].length).split('\n', 12)) {
      const item = /^[ ]*\+[ ]*(\S.*)$/u.exec(line);
      if (!item) break;
      addNew(list, headingAssignees(item[1]!, true) ?? []);
    }
  }
  return lead.length || partners.length ? { lead, partners } : null;
}

/**
 * The body without the document's closing formula: "Trên đây là …" or a request on this document's
 * ground ("Căn cứ hướng dẫn này, đề nghị …"); after the last item of a list (`lastItem`), a
 * paragraph that asks for this document to be carried out ("Yêu cầu Giám đốc sở, Thủ trưởng …
 * triển khai thực hiện Chỉ thị này"); in the last section (`last`, wherever it stands: a text may
 * start at a point), a notice's "… thông báo để … biết". It is addressed to all, not the item's.
 */
function untilClosing(body: string, lastItem = false, last = lastItem): string {
  const m = /\n[ ]*Trên đây là(?![\p{L}])/u.exec(body) ?? CLOSING_ON_THIS.exec(body) ?? (lastItem ? CLOSING_REQUEST.exec(body) : null) ?? (last ? CLOSING_NOTICE.exec(body) : null);
  return m ? body.slice(0, m.index) : body;
}
/** The body up to a paragraph that asks the document's own recipients ("Đề nghị Ủy ban nhân dân các tỉnh …"). */
function untilRequestToAll(body: string, recipients: readonly { name: string }[]): string {
  if (recipients.length === 0) return body;
  // (its speaker may come first: "Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh … chỉ đạo …")
  for (const m of body.matchAll(/\n[ ]*(?:\p{Lu}[^\n,.;:]{0,60}?\s)?(?:[Đđ]ề nghị|[Yy]êu cầu)\s+([^\n]{3,300})/gu)) {
    const who = headingAssignees(m[1]!, true);
    if (who?.length && who.every((w) => restates(w, recipients))) return body.slice(0, m.index);
  }
  return body;
}
const DOC_NAMES = Object.keys(docTypes.titles as Record<string, string>).map((t) => t.toLowerCase().replace(/ /g, '\\s+'));
// (its speaker may come first: "Bộ trưởng yêu cầu Thủ trưởng …, Giám đốc Sở … thực hiện Chỉ thị này")
// (or that closes the text with its end mark: "Yêu cầu Thủ trưởng các sở …; Chủ tịch … nghiêm túc
// tổ chức triển khai thực hiện./.")
const CLOSING_REQUEST = new RegExp(`\\n[ ]*(?:[^\\n]{0,60}?\\s)?(?:Yêu cầu|Đề nghị)\\s[^\\n]{0,300}?(?:(?:${DOC_NAMES.join('|')})\\s+này(?![\\p{L}])|\\sthực hiện\\s*\\.\\/\\.)`, 'iu');
// … or that names this document before it asks: "Căn cứ hướng dẫn này, đề nghị Thủ trưởng các cơ
// quan, đơn vị … nghiêm túc triển khai thực hiện, bảo đảm … tiến độ thời gian./."
const CLOSING_ON_THIS = new RegExp(`\\n[ ]*(?:Căn cứ|Thực hiện|Để thực hiện)\\s+(?:${DOC_NAMES.join('|')})\\s+này\\s*,\\s*(?:[^\\n]{0,60}?\\s)?(?:yêu cầu|đề nghị)\\s`, 'iu');

// a notice's closing: "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện"
// (its addressees may run over a line break: "… xin thông báo để Bộ Tài chính và các cơ quan liên\nquan biết")
const CLOSING_NOTICE = /\n[ ]*[^\n]{0,100}?\sthông báo\s+(?:để|đến|cho)\s(?:[^\n]|\n(?![ ]*\n)){0,200}?\sbiết(?![\p{L}])/u;

const wordsOf = (s: string): string[] => matchKey(s).split(/[^\p{L}\d&]+/u).filter(Boolean);
/** Whether every word of `name` is a word of one of `names` (the same addressee, said again). */
function restates(name: string, names: readonly { name: string }[]): boolean {
  const words = wordsOf(name);
  return names.some((n) => {
    const has = new Set(wordsOf(n.name));
    return words.every((w) => has.has(w));
  });
}

function deadlineOf(ctx: Ctx, start: number, end: number): DateValue | null {
  // "trước ngày 10 tháng 7 năm 2025", "trước 30/9/2010": "trước" right before the date ("trước
  // hết … Quyết định ngày …" is none); "thời hạn hoàn thành: ngày …" may have words between
  // (no lookbehind before the keywords: it would be tried at every position of every task)
  const text = ctx.norm.text.slice(start, end);
  const m = /(?:(?:thời hạn|hoàn thành|chậm nhất)(?![\p{L}])[^.;\n]{0,40}?|trước\s+)(ngày\s*\d[^.;\n]{0,30}|(?<!\d)\d{1,2}\/\d{1,2}\/\d{4}(?!\d))/iu.exec(text);
  // (a period that ends at the date is no due time: "giai đoạn trước ngày 01/7/2025", "phát sinh
  // trước ngày …", "ban hành trước ngày …")
  if (m && /^trước/iu.test(m[0]) && PAST_PERIOD.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
  const d = m ? parseDate(m[1]!, start + m.index + m[0].length - m[1]!.length) : null;
  return d && { ...d, span: ctx.span(d.span.start, d.span.end) };
}
const PAST_PERIOD = /(?:giai đoạn|thời kỳ|phát sinh|ban hành|có hiệu lực|đã có)\s*$/iu;

/**
 * A table row's due time, from its due cell ("Quý II/2025"), spanned where the cell's words are
 * in the row (the last place: the due column comes after the content, which may name a month).
 */
function dueOf(ctx: Ctx, cell: string, start: number, end: number): DateValue | null {
  const d = parseDue(cell);
  if (!d) return null;
  const re = new RegExp(esc(d.raw.replace(/\s+/g, ' ')), 'giu');
  const text = ctx.norm.text.slice(start, end);
  let at: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m;
  return { ...d, span: at ? ctx.span(start + at.index, start + at.index + at[0].length) : ctx.span(start, end) };
}

/**
 * Regulations (Quy định, Quy chế, a Hướng dẫn thi hành) state norms section by section ("Chi bộ
 * xem xét …"): those are rules, not assignments. Their tasks sit in the closing part that puts
 * the text into force ("Tổ chức thực hiện", the last article). `normative` restricts tasks there.
 */
export interface TaskOptions {
  normative?: boolean;
  /**
   * The document instructs its recipients section by section (công văn, chỉ thị, công điện): a
   * numbered section that names nobody is for all of them, beside sections that name a body.
   */
  instructsRecipients?: boolean;
  /**
   * The document's numbered points describe (tờ trình, biên bản, giấy mời): a point that names
   * nobody is not a task for all recipients.
   */
  describes?: boolean;
  /**
   * The document's addressees (Kính gửi): a request to them after the last point ("Đề nghị Ủy ban
   * nhân dân các tỉnh chỉ đạo …") closes the letter, for all of them, and is not that point's.
   */
  recipients?: readonly { name: string }[];
  /** The document's date (ISO): a date before it in a point is a condition of the past, no deadline. */
  issued?: string | null;
  /**
   * The document answers a letter (a `replies_to` citation): its points give the issuer's view
   * ("1. Về điều kiện thành lập …"); one that names nobody is for all recipients only where it asks
   * something of them ("đề nghị địa phương căn cứ …").
   */
  answers?: boolean;
}

const IMPLEMENTATION = /t[oổ] ch[uứ]c th[uự]c hi[eệ]n|tr[aá]ch nhi[eệ]m thi h[aà]nh|[dđ]i[eề]u kho[aả]n thi h[aà]nh|hi[eệ]u l[uự]c thi h[aà]nh/iu;

export function extractTasks(ctx: Ctx, options: TaskOptions = {}): Task[] {
  const issued = options.issued ?? null;
  // ("đã mua nhà … trước ngày 5/7/1994" in a text of 2001 says who qualifies, not when work is due)
  const all = withTableTasks(ctx, extractTasksAll(ctx, !options.normative && !options.describes, !options.normative && !!options.instructsRecipients, options.recipients ?? [], !!options.answers)).map((t) =>
    issued && t.deadline?.iso && t.deadline.iso < issued ? { ...t, deadline: null } : t,
  );
  if (!options.normative) return all;
  const { sections } = ctx.zones;
  const tops = sections.map((s, i) => [s, i] as const).filter(([s]) => s.parent === null);
  const last = tops[tops.length - 1]?.[1] ?? -1;
  const inForce = (i: number): boolean => {
    for (let k: number | null = i; k !== null; k = sections[k]!.parent) {
      if (k === last || IMPLEMENTATION.test(sections[k]!.heading)) return true;
    }
    return false;
  };
  const bySection = new Map(sections.map((s, i) => [s.path, i]));
  return all.filter((t) => inForce(bySection.get(t.section) ?? -1));
}

/**
 * The rows of task tables ("STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | …") as tasks of
 * the section holding the table; a row's label that a section already has a task for is left to it.
 */
function withTableTasks(ctx: Ctx, tasks: Task[]): Task[] {
  const rows = tableRows(ctx);
  if (rows.length === 0) return tasks;
  const have = new Set(tasks.map((t) => t.section));
  const out = tasks.slice();
  for (const r of rows) {
    const who = listNames(r.lead);
    if (who.length === 0 || have.has(r.section)) continue;
    have.add(r.section);
    out.push({
      section: r.section,
      heading: r.content,
      assignees: who.map((name) => ({ name })),
      partners: r.partner ? listNames(r.partner).map((name) => ({ name })) : [],
      items: [],
      deadline: (r.due ? dueOf(ctx, r.due, r.start, r.end) : null) ?? deadlineOf(ctx, r.start, r.end),
      span: ctx.span(r.start, r.end),
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The top-level section that holds section `i`. */
function topOf(sections: readonly Section[], i: number): number {
  let k = i;
  while (sections[k]!.parent !== null) k = sections[k]!.parent!;
  return k;
}

// what a reply asks of its addressee (a quoted rule's "phải" is not asked; "giao dịch" gives no work)
const ASKS = /(?<![\p{L}])(?:[Đđ][eêềếểễệ] ngh[iịĩ]|[Yy]êu cầu|[Gg]iao(?:\s+cho)?(?=\s+(?:\p{Lu}|các\s))|[Ll]ưu ý|[Kk]hẩn trương)(?![\p{L}])/u;

function extractTasksAll(ctx: Ctx, fallbackToAll: boolean, allBesideNamed: boolean, recipients: readonly { name: string }[], answers: boolean): Task[] {
  const { sections } = ctx.zones;
  const text = ctx.norm.text;
  const byIndex = new Map<number, Task>();
  const childrenOf = new Map<number, number[]>();
  const indexOfSection = new Map(sections.map((c, j) => [c, j]));
  sections.forEach((c, j) => {
    if (c.parent === null) return;
    const list = childrenOf.get(c.parent);
    if (list) list.push(j);
    else childrenOf.set(c.parent, [j]);
  });
  // A procedure (a guide whose parts are steps: "BƯỚC MỘT", "Bước 2: …") gives its tasks step by
  // step (below). A step's heading states an action, so it is read as a sentence: "Các cơ quan,
  // tổ chức, đơn vị giới thiệu người ứng cử …" names its doers up to the verb.
  const isStep = (s: Section) => s.parent === null && s.label.startsWith('Bước ');
  const procedure = sections.filter(isStep).length >= 2;
  // Each section's heading addressees and role lines are asked for by several rules below:
  // found once per section.
  const namedMemo = new Map<number, string[] | null>();
  // An article's title is its topic ("Điều 3. Cơ quan đăng ký kinh doanh"): it names a body in
  // charge only with a verb ("Điều 3. Chánh Văn phòng … chịu trách nhiệm thi hành …").
  // ("Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo" over its points names whom it gives them to)
  const topicTitle = (s: Section) => s.kind === 'article' && !s.heading.includes(':') && firstVerb(` ${s.heading}`) < 0 && !ASSIGNS_START.test(s.heading);
  /** Whether section `i` or one of its ancestors has a heading that passes `test`. */
  const headedUp = (i: number, test: (heading: string) => boolean): boolean => {
    for (let k: number | null = i; k !== null; k = sections[k]!.parent) if (test(sections[k]!.heading.trim())) return true;
    return false;
  };
  // (each section's own title tested once, its ancestors' answers reused)
  const statusMemo = new Map<number, boolean>();
  const underStatus = (j: number): boolean => {
    let v = statusMemo.get(j);
    if (v === undefined) {
      const h = sections[j]!.heading.trim();
      const parent = sections[j]!.parent;
      v = (STATUS_TITLE.test(h) && !ANNOUNCES_WORK.test(h)) || scopeTitle(h) || (parent !== null && underStatus(parent));
      statusMemo.set(j, v);
    }
    return v;
  };
  const named = (j: number): string[] | null => {
    if (!namedMemo.has(j)) namedMemo.set(j, topicTitle(sections[j]!) || underStatus(j) ? null : headingAssignees(sections[j]!.heading, procedure && isStep(sections[j]!)));
    return namedMemo.get(j)!;
  };
  const rolesMemo = new Map<number, ReturnType<typeof roleLines>>();
  const rolesOf = (j: number): ReturnType<typeof roleLines> => {
    // (a section with sub-items: only its own text before the first of them, "3. Hội nghị …\n- Đơn
    // vị chủ trì: X\n3.3. Báo cáo …")
    if (!rolesMemo.has(j)) rolesMemo.set(j, roleLines(text.slice(sections[j]!.headingEnd, childrenOf.has(j) ? sections[childrenOf.get(j)![0]!]!.start : sections[j]!.end)));
    return rolesMemo.get(j)!;
  };
  const make = (s: Section, who: string[]): Task => {
    const body = text.slice(s.headingEnd, s.end);
    const items: Task['items'] = [];
    // the points right under it ("Điều 2. Giao Giám đốc Sở …\n1. Tổ chức …\n2. Chủ trì …", "a) …"),
    // each with its whole heading, and its "-" lines, in text order
    const kids = (childrenOf.get(indexOfSection.get(s) ?? -1) ?? []).slice(0, 50).map((j) => sections[j]!);
    for (const k of kids) if (k.heading) items.push({ text: k.heading, span: ctx.span(k.headingStart, k.headingEnd) });
    const itemRe = /^[ ]*(?:[-+•]|[a-zđ]\))[ ]*(.+)$/gmu;
    let kid = 0;
    for (let m = itemRe.exec(body); m && items.length < 50; m = itemRe.exec(body)) {
      const st = s.headingEnd + m.index + m[0].indexOf(m[1]!);
      // (a point's own line, "a) …", is the point's item above)
      while (kid < kids.length && kids[kid]!.headingEnd < st) kid++;
      if (kid < kids.length && kids[kid]!.start <= st) continue;
      items.push({ text: m[1]!.trim(), span: ctx.span(st, st + m[1]!.length) });
    }
    if (kids.length) items.sort((a, b) => a.span.start - b.span.start);
    return {
      section: s.path,
      heading: s.heading.length > 300 ? `${s.heading.slice(0, 300)}…` : s.heading,
      assignees: who.map((name) => ({ name })),
      partners: [],
      items,
      deadline: deadlineOf(ctx, s.start, s.end),
      span: ctx.span(s.start, s.end),
    };
  };
  /**
   * Role lines after the last of several items ("3.1. …\n3.2. …\n3.3. …\n- Đơn vị chủ trì: X")
   * close the whole list when no earlier item names anybody: they belong to the parent.
   */
  const underPurpose = (i: number): boolean => headedUp(i, (h) => PURPOSE_TITLE.test(h));
  const trailingRoles = (i: number): boolean => {
    const parent = sections[i]!.parent;
    const sibs = parent === null ? [] : childrenOf.get(parent)!;
    if (sibs.length < 2 || sibs[sibs.length - 1] !== i) return false;
    return sibs.slice(0, -1).every((j) => !named(j) && !rolesOf(j)?.lead.length);
  };
  sections.forEach((s: Section, i: number) => {
    // "Cơ quan chủ trì: X" under a section names the parent section's addressees.
    const roleHead = ROLE_HEAD.test(s.heading);
    if (roleHead && s.parent !== null) {
      let anc = s.parent;
      while (ROLE_HEAD.test(sections[anc]!.heading) && sections[anc]!.parent !== null) anc = sections[anc]!.parent!;
      const role = ROLE.exec(s.heading);
      let who: string[] = [];
      if (role) who = listNames(role[1]!);
      else if (!childrenOf.has(i)) {
        const body = text.slice(s.headingEnd, s.end);
        for (const m of body.matchAll(/^[ ]*[-+•][ ]*(.+?)[.;]?[ ]*$/gmu)) for (const a of splitAssignees(m[1]!, false)) who.push(a);
      }
      const t = byIndex.get(anc) ?? make(sections[anc]!, []);
      const list = PARTNER_ROLE.test(s.heading) ? t.partners : t.assignees;
      addNamed(list, who);
      byIndex.set(anc, t);
      return;
    }
    // a copy: later rules add to it
    let who = named(i)?.slice() ?? null;
    // "2. Các sở quản lý nhà nước chuyên ngành về hạ tầng" over "Giao các sở … gồm:\n- Sở Công
    // Thương (đối với …);\n- Sở Xây dựng (…)": the members listed stand for the collective
    if (who?.length === 1 && /^Các\s/u.test(who[0]!)) who = membersListed(text.slice(s.headingEnd, s.end)) ?? who;
    // "Giao Ban Tổ chức … hướng dẫn …; Văn phòng Huyện ủy theo dõi, đôn đốc …": a later clause of
    // the heading that opens with a body and its verb puts that body in charge too
    if (who) addNew(who, laterClauseAssignees(s.heading));
    // "3. Đối với các tổ chức khác" over "Đề nghị Ủy ban MTTQ, Hội … phát động …": the body names them
    // "Đối với các cơ quan Trung ương … có trách nhiệm …" over "- Đối với Công an thành phố Cần Thơ
    // xây dựng kế hoạch …": a parallel "Đối với" item puts one more body in charge
    if (who && /^Đối với(?![\p{L}])/u.test(s.heading) && !childrenOf.has(i)) {
      const body = text.slice(s.headingEnd, s.end);
      if (!s.heading.includes(':')) who = assignedInside(untilClosing(body)) ?? who;
      addNew(who, doiVoiItems(body));
    }
    // "Điều 3. Bộ trưởng Bộ Tài chính chịu trách nhiệm hướng dẫn …\nCác Bộ trưởng, … chịu trách
    // nhiệm thi hành Quyết định này.": an article's later paragraphs may name more bodies in charge.
    if (who && s.kind === 'article' && !childrenOf.has(i)) {
      addNew(who, assignedInside(text.slice(s.headingEnd, s.end)) ?? []);
    }
    // A title-only heading ("III. TỔ CHỨC THỰC HIỆN") may name its addressee in the first sentence;
    // so may a short title over sub-items whose intro ends in a colon ("3. Nhiệm vụ, giải pháp\nCác
    // cơ quan … đề xuất …, gồm:").
    if (!who && s.lead) {
      // in capitals, or the implementation title in sentence case ("III. Tổ chức thực hiện")
      const capsTitle = /^\p{Lu}[\p{Lu}\s,]+$/u.test(s.heading) || (s.heading.length <= 40 && IMPLEMENTATION.test(s.heading) && /^\p{Lu}[\p{L}\s,]+$/u.test(s.heading.trim()));
      const introTitle = childrenOf.has(i) && s.heading.length < 80 && firstVerb(` ${s.heading}`) < 0 && /:$/.test(s.lead.trim());
      // ("I. CHỨC NĂNG\nPhòng Văn hóa - Xã hội là cơ quan …, thực hiện chức năng tham mưu …"
      // describes; "Nhiệm vụ và quyền hạn của Đoàn kiểm tra" names whose they are)
      const topic = DESCRIPTIVE.test(s.heading) && !/\scủa\s/iu.test(s.heading);
      // (nor a table's header row under the title: "STT    Nội dung    Cơ quan chủ trì")
      const tableRow = /\S[ \t]{3,}\S/.test(s.lead);
      if ((capsTitle || introTitle) && !topic && !tableRow) who = headingAssignees(s.lead, true);
    }
    // "2. Đây là 02 dự án … Phó Thủ tướng … yêu cầu Bộ Tài chính:" over "a) …", "b) …": the body
    // asked at the end of the point's opening text is its sub-points' addressee
    if (!who && childrenOf.has(i)) who = askedBeforeList(text.slice(s.headingStart, sections[childrenOf.get(i)![0]!]!.start));
    // "Điều 2. Quyết định này có hiệu lực … Giao Giám đốc Sở Nội vụ chủ trì …", or a heading that
    // names nobody ("Tổ chức thực hiện:") over "- Giao Sở X, Sở Y … thực hiện" items.
    // (not from the closing formula after the last section: "Trên đây là …; đề nghị X …")
    // (not under "Mục đích, yêu cầu": "Các đơn vị chủ trì nhiệm vụ … có trách nhiệm …" states a
    // requirement of the plan, not a task)
    if (!who && !childrenOf.has(i) && !underPurpose(i) && !underStatus(i)) {
      const own = untilClosing(text.slice(s.headingStart, s.end), s.parent !== null && i === sections.length - 1, i === sections.length - 1);
      who = assignedInside(i === sections.length - 1 ? untilRequestToAll(own, recipients) : own, s.headingEnd - s.headingStart);
    }
    // "- Đơn vị chủ trì: X" / "- Đơn vị phối hợp: Y" lines in a section's own body
    const roles = rolesOf(i);
    if (roles?.lead.length) {
      who ??= [];
      addNew(who, roles.lead);
    }
    if (!who) return;
    // "c) Tổ bầu cử:" over "- Tổ trưởng, Tổ phó: 200.000 đồng/người/tháng": a scale of payments
    // names who is paid, not who is charged
    if (!childrenOf.has(i) && ratesOnly(text.slice(s.headingEnd, s.end))) return;
    const at = roles?.lead.length && !named(i) && trailingRoles(i) ? s.parent! : i;
    const t = byIndex.get(at) ?? make(sections[at]!, []);
    addNamed(t.assignees, who);
    addNamed(t.partners, roles?.partners ?? []);
    byIndex.set(at, t);
  });
  // In a procedure, who carries out a step is named in its heading; the points inside describe
  // how it is carried out ("Tổ kiểm phiếu tiến hành kiểm phiếu …") and assign nothing.
  // A step that names nobody is for all recipients: they carry the procedure out.
  if (procedure) {
    for (const i of [...byIndex.keys()]) if (sections[i]!.parent !== null && isStep(sections[topOf(sections, i)]!)) byIndex.delete(i);
    sections.forEach((s, i) => {
      if (isStep(s) && !byIndex.has(i)) byIndex.set(i, make(s, []));
    });
  }
  // The most specific label that names an addressee wins: a parent whose children name their own
  // addressees is not a task of its own (role lines merged into it excepted).
  for (const [i] of [...byIndex]) {
    const s = sections[i]!;
    if (ROLE_HEAD.test(s.heading)) continue;
    const children = childrenOf.get(i) ?? [];
    const childTask = children.some((j) => byIndex.has(j));
    // ... unless a child names nobody: the parent's addressee is then that child's too
    const orphan = children.some((j) => !byIndex.has(j));
    if (childTask && !orphan && named(i) && !children.some((j) => ROLE_HEAD.test(sections[j]!.heading))) byIndex.delete(i);
  }
  // "1. Yêu cầu đối với các tổ chức, cá nhân được cấp phép …" over "1.8. Yêu cầu các tổ chức, cá
  // nhân được cấp phép … báo cáo …": a point that names its parent's addressee again, in the
  // same or fewer words, is part of the parent's task, not one of its own
  for (const [i, t] of [...byIndex]) {
    const parent = sections[i]!.parent;
    const up = parent === null ? undefined : byIndex.get(parent);
    if (up && up.assignees.length && t.assignees.length && t.assignees.every((a) => restates(a.name, up.assignees))) byIndex.delete(i);
  }
  // "1. Giao Phòng X thực hiện các công việc sau:" followed by "2. …", "3. …" that name nobody:
  // a list flattened into siblings (Word numbering lost its levels). The item that ends in a
  // colon and has no body of its own introduces them, so they are its addressee's tasks.
  for (const [i, t] of [...byIndex]) {
    const s = sections[i]!;
    if (childrenOf.has(i) || !s.heading.trimEnd().endsWith(':') || text.slice(s.headingEnd, s.end).trim() !== '') continue;
    for (let j = i + 1; j < sections.length && sections[j]!.parent === s.parent && !byIndex.has(j); j++) {
      const sib = sections[j]!;
      if (DESCRIPTIVE.test(sib.heading) || childrenOf.has(j)) break;
      byIndex.set(j, make(sib, t.assignees.map((a) => a.name)));
      if (sib.heading.trimEnd().endsWith(':')) break;
    }
  }
  const out = [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
  // Numbered top-level sections of an instruction that name nobody apply to all recipients.
  // Beside sections that name their own bodies too ("1. … 2. … 3. …" for all, "4. Phòng X: …").
  if (fallbackToAll && (out.length === 0 || allBesideNamed)) {
    // sections with a named task, and their ancestors
    const covered = new Set<number>();
    for (const i of byIndex.keys()) for (let k: number | null = i; k !== null; k = sections[k]!.parent) covered.add(k);
    // (not a fact sheet: "I. THÔNG TIN CHUNG", "II. HỒ SƠ …", "Tên công trình: …", "Chủ đầu tư: …")
    // (nor a rate: "1.2. Mức chi điều dưỡng 2.220.000 đồng/người/lần, bao gồm: - Tiền ăn …: 1.600.000 đồng")
    const forAll = (s: Section): boolean =>
      !DESCRIPTIVE.test(s.heading) && !FACTS.test(s.heading) && !/^(?:Ông|Bà|Đồng chí)(?![\p{L}])/u.test(s.heading) && /^\p{Lu}/u.test(s.heading) && !RATE.test(s.heading) &&
      (!answers || ASKS.test(text.slice(s.headingStart, s.end)));
    sections.forEach((s, i) => {
      if (s.parent !== null || (s.kind !== 'arabic' && s.kind !== 'roman') || covered.has(i) || !forAll(s)) return;
      // the most specific label: a point's own numbered sub-points, when it has them
      const arabic = (childrenOf.get(i) ?? []).filter((j) => sections[j]!.kind === 'arabic' && !covered.has(j));
      const kids = arabic.filter((j) => forAll(sections[j]!));
      if (kids.length) for (const j of kids) out.push(make(sections[j]!, []));
      // (a point over rates sets out a regime: "1. Điều dưỡng tập trung:" over "1.2. Mức chi …")
      else if (s.kind === 'arabic' && !arabic.some((j) => RATE.test(sections[j]!.heading))) out.push(make(s, []));
      // a part with no points of its own is a task for all where it asks something ("III. Đối với
      // các mỏ hết thời hạn …" over "… đề nghị tổ chức, cá nhân thực hiện …"), the closing excepted
      else if (s.kind === 'roman' && arabic.length === 0 && ASKS.test(untilClosing(text.slice(s.headingEnd, s.end), true))) out.push(make(s, []));
    });
    out.sort((a, b) => a.span.start - b.span.start);
  }
  return out;
}
