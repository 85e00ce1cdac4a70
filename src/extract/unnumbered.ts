// Instruments named without a number: "Luật Giáo dục 2019", "Luật Ngân sách nhà nước ngày 25
// tháng 6 năm 2015", "Nghị quyết Đại hội XIII của Đảng", "Hiến pháp năm 2013", "Điều lệ Đảng",
// "Chiến lược phát triển … đến năm 2030".
import { foldSameLength } from '../normalize/fold.js';
import { docStartOffset, type Ctx } from './context.js';

// Every name opens with one of these words: one scan finds them all, and the form each opens is
// then read at that place (sticky patterns). The letter before is checked on each match: a
// leading lookbehind would be tried at every position of the text.
// (Written as a class of first letters, each alternative then checking its own with a
// one-letter lookbehind: V8 scans for the class fast, where a plain alternation of the words ran
// 2.8 times slower over the PDF texts.)
const START = /[NHĐCVQBLP](?:(?<=N)ghị quyết|(?<=H)i(?:ến pháp|ệp định)|(?<=Đ)(?:iều lệ Đảng|ề án)|(?<=C)(?:ương lĩnh chính trị|hiến lược|hương trình hành động)|(?<=V)ăn kiện Đại hội|(?<=Q)uy (?:chế|hoạch)|(?<=B)ộ [Ll]uật|(?<=L)uật|(?<=P)háp lệnh)(?![\p{L}])/gu;
// A law is named anywhere; a strategy, plan or scheme inside a sentence (after a lower-case word:
// "thực hiện Chiến lược …"), where its capital marks a name, not a heading.
const LAW = /^(?:Bộ [Ll]uật|Luật|Pháp lệnh)$/u;
const PLAN = /^(?:Chiến lược|Quy hoạch|Đề án)$/u;
// a treaty is read as a law is, inside a sentence, when its first word opens a treaty's name:
// "Hiệp định về quy chế quản lý biên giới …", "Hiệp định tránh đánh thuế hai lần …", "Hiệp định
// VPA" ("theo Hiệp định thuế của …" in an OCR'd letter is no name)
const TREATY = /^Hiệp định$/u;
const TREATY_NAME = /^Hiệp định[ \n]+(?:về|tránh|thương mại|hợp tác|đối tác|khung|song phương|đa phương|\p{Lu})/u;
/** Fixed forms, matched whole where their first words stand. */
const FIXED: RegExp[] = [
  // (its session in figures, its term after it in brackets: "Nghị quyết Hội nghị Ban chấp hành
  // Trung ương Đảng lần thứ 8 (khoá VII)")
  /Nghị quyết\s+(?:Đại hội|Hội nghị|Trung ương)[^,;.()\n]{0,80}?(?:(?:khóa|khoá)\s+[IVXL]+|lần thứ\s+(?:[IVXL]+|\d{1,2})(?![\d/]))(?:\s*\((?:khóa|khoá)\s+[IVXL]+\))?(?:\s+của Đảng)?/uy,
  /Nghị quyết\s+Đại hội\s+(?:đại biểu\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+)?[IVXL]+(?:\s+của Đảng)?/uy,
  // a Party body's working or election rules: "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ
  // Chính trị và Ban Bí thư khoá XIII", "Quy chế bầu cử trong Đảng của Ban Chấp hành Trung ương"
  /Quy chế\s+(?:làm việc|bầu cử(?:\s+trong\s+Đảng)?(?![\p{L}]))(?:\s+của\s+(?:[^;.()\n]{2,100}?(?:khóa|khoá)\s+[IVXL]+|Ban Chấp hành Trung ương(?:\s+Đảng)?|Bộ Chính trị|Ban Bí thư))/uy,
  /Quy chế\s+bầu cử\s+trong\s+Đảng(?![\p{L}])/uy,
  // a committee's or the government's action programme named by whose it is: "Chương trình hành
  // động của Tỉnh ủy Cần Thơ", "… của Chính phủ" (one with its number is a numbered citation)
  /Chương trình hành động\s+của\s+(?:Chính phủ|(?:Ban Thường vụ\s+|Ban Chấp hành\s+(?:Đảng bộ\s+)?)?(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+(?:ủy|uỷ)(?:\s+\p{Lu}\p{L}*){0,3})(?![\p{L}])(?!\s+(?:\p{Lu}|số\s*\d))/uy,
  /(?:Hiến pháp(?:\s+năm)?\s+\d{4}|Hiến pháp nước (?:Cộng hòa|Cộng hoà|CHXHCN)[\p{L} ]{0,40}?Việt Nam|Điều lệ Đảng|Cương lĩnh chính trị|Văn kiện Đại hội\s+[IVXL]+)/uy,
];

const LETTER_BEFORE = /\p{L}$/u;
// what stands before a plan's name inside a sentence (checked on the match, not in a lookbehind)
const IN_SENTENCE = /[\p{Ll},:;][ ]{1,3}$/u;
// One word of the name, with the mark that ends it. Words are apart by spaces, or by a line
// break where a hard-wrapped line goes on in lower case. A pair of acronyms ("VPA/PLEGT") is one word.
const WORD = /(?:[ ]+|[ ]*\n[ ]*(?=[\p{Ll}\d]))(\p{Lu}+(?:\/\p{Lu}+)+(?![\p{L}\d/])|\p{L}[\p{L}-]*|\d+|-(?=[ ]+\p{L}))([,;:.()"“”]?)/uy;
// a date or year closing the name: "ngày 25 tháng 6 năm 2015", "ngày 26/11/2003", "năm 2024", "2019",
// a range wrapped at its dash ("thời kỳ 2021\n- 2030")
// (a scan may drop the marks of the date's words: "ngay 21 thang 6 năm 2024")
const DATE_TAIL = /(?:[ ]+|[ ]*\n[ ]*)(?:ng[àa]y[ \n]+\d{1,2}[ \n]+th[áa]ng[ \n]+\d{1,2}[ \n]+n[ăa]m[ \n]+(?:19|20)\d{2}|ngày[ \n]+\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:năm[ \n]+)?(?:19|20)\d{2}(?:[ \n]?-[ ]?(?:19|20)\d{2})?)(?![\d/])/uy;
const AMENDED_SINCE = /[ ]*\((?:được[ ]+)?sửa[ ]+đổi,?[ ]+bổ[ ]+sung[^()\n]{0,60}?(?:19|20)\d{2}\)/uy;
// words that end a name: what the sentence goes on to say about it, or the next clause
const STOP = new Set(
  ['của', 'được', 'đã', 'thì', 'để', 'có', 'không', 'là', 'tại', 'theo', 'cho', 'khi', 'nếu', 'với', 'do', 'trên', 'phải', 'cũng', 'đều', 'nhằm', 'như', 'gồm', 'mới', 'chậm', 'kể', 'và', 'khoản', 'điểm', 'điều', 'chương', 'mục', 'gửi', 'nộp', 'áp', 'yêu', 'cần', 'nêu', 'này', 'đó', 'sẽ', 'đang', 'vẫn', 'các', 'những', 'số', 'ngày', 'năm', 'từ', 'đến', 'thuộc', 'cùng', 'sau', 'trước', 'hoặc', 'mà', 'ở', 'trong', 'về', 'bị',
    // "về" as a scan misreads it ("vẻ": no law's name has the word)
    'vẻ'],
);
// "Luật sư" (lawyer), "luật pháp", "Luật định": the word is no law's name
const NOT_LAW = /^(?:sư|pháp|định|lệ|hóa|hoá|gia)$/u;
// "… và các văn bản", "… và Nghị định …": "và" ends the name before another instrument or a list
const AND_ENDS = /^(?:các|những|văn|Nghị|Thông|Quyết|Luật|Bộ|Pháp|Chỉ|Kế|Chương|Hướng|Đề|Chiến|Quy|Hiến|Điều)$/u;

const CLAUSE_AFTER_AND = /^[ ]*(?:thực hiện|triển khai|tổ chức|xây dựng|tăng cường|đẩy mạnh|bảo đảm|đảm bảo|hướng dẫn|quy định|ban hành|phê duyệt|sửa đổi|bổ sung)(?![\p{L}])/u;
const QUOTED = /[ ]+["“][^"“”\n]{4,200}["”]/uy;
const TWO_WORD_STOP = /^(?:hiện hành|quy định|hướng dẫn|ban hành|thay thế|khái niệm|bãi bỏ)(?![\p{L}])/u;
// and for a law, what the sentence asks of it ("… Luật Địa chất và khoáng sản bảo đảm có hiệu lực
// …"; a plan's name may hold the words: "Chiến lược quốc gia bảo đảm trật tự …")
const LAW_TWO_WORD_STOP = /^(?:bảo đảm|đảm bảo)(?![\p{L}])/u;
const NAME_PHRASE = /[ ]+(?:có công với cách mạng|tự do|của[ \n]+Quốc hội[ \n]+và[ \n]+(?:Hội đồng nhân dân|HĐND)|theo[ \n]+phương[ \n]+thức[ \n]+đối[ \n]+tác[ \n]+công[ \n]+tư)(?![\p{L}])/uy;
// (after "người" the phrase may stand short: "Pháp lệnh người có công")
const MERIT_SHORT = /[ ]+có công(?![\p{L}])/uy;
/** Where a name's phrase that opens at `pos` with "có" or "tự" ends, or -1. */
function namePhraseEnd(text: string, pos: number, w: string): number {
  NAME_PHRASE.lastIndex = pos;
  if (NAME_PHRASE.test(text)) return NAME_PHRASE.lastIndex;
  MERIT_SHORT.lastIndex = pos;
  return w === 'có' && /(?:^|[ ])người$/u.test(text.slice(Math.max(0, pos - 6), pos)) && MERIT_SHORT.test(text) ? MERIT_SHORT.lastIndex : -1;
}
const NAME_COMMA = /^[ \n]+(?:chống|sử dụng|khen thưởng)(?![\p{L}])/u;
// for a plan, words of its horizon ("đến năm 2030", "giai đoạn 2021 - 2030") and issuer ("Đề án 06 của Chính phủ")
const PLAN_GOES_ON = new Set(['đến', 'năm', 'giai', 'thời', 'của', 'về', 'trên']);
// "Luật sửa đổi, bổ sung một số điều của Luật Bầu cử …", "Pháp lệnh sửa đổi, bổ sung Pháp lệnh
// ưu đãi …", "… của Bộ luật Hình sự", "… của 15 Luật trong lĩnh vực …": the amended law's name follows
// (a scan may misread a mark: "sửa đối", "bỗ sung")
const AMENDS = /[ ]+[Ss]ửa đ[ổốồôo]i,?[ \n]+b[ổỗốồô] sung[ \n]+(?:(?:một[ \n]+số[ \n]+[đĐ]iều[ \n]+)?của[ \n]+)?(?:(?:các|\d{1,3})[ \n]+)?(?:Bộ[ \n]+luật|Luật|luật|Pháp lệnh)(?=[ ])/uy;

/**
 * After a comma at `pos`: up to ten lower-case words, none a stop word but "và" ("…, vật liệu nổ
 * và công cụ hỗ trợ ngày …"), then a date closing the name.
 */
function datedAfterComma(text: string, pos: number): boolean {
  for (let k = 0; k < 10; k++) {
    DATE_TAIL.lastIndex = pos;
    if (k > 0 && DATE_TAIL.test(text)) return true;
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m || m[2] || !/^\p{Ll}/u.test(m[1]!) || (STOP.has(m[1]!) && !(k > 0 && m[1] === 'và'))) return false;
    pos += m[0].length;
  }
  return false;
}

/** The end of the name that starts at `at` (after its head word), or -1 when it is no name. */
function nameEnd(text: string, at: number, plan: boolean, treaty = false): number {
  let pos = at;
  AMENDS.lastIndex = pos;
  const amends = !plan && AMENDS.exec(text) !== null;
  if (amends) pos = AMENDS.lastIndex;
  let end = pos;
  let words = 0;
  let seenAnd = false;
  // a plan named by its number ("Đề án 06") goes on only with whose it is ("… của Chính phủ"),
  // not into the sentence ("Đề án 06 trên địa bàn xã năm 2025")
  let byNumber = false;
  const max = plan ? 24 : 16;
  while (words < max) {
    DATE_TAIL.lastIndex = pos;
    const d = DATE_TAIL.exec(text);
    if (d && words > 0) {
      if (!plan) {
        // the amendments it has had, in brackets, are part of how it is named: "Bộ Luật hình sự
        // năm 2015 (sửa đổi, bổ sung một số điều năm 2017)"
        AMENDED_SINCE.lastIndex = pos + d[0].length;
        return AMENDED_SINCE.test(text) ? AMENDED_SINCE.lastIndex : pos + d[0].length;
      }
      // a plan's horizon is part of its name, and so is "…, tầm nhìn đến năm 2050" after it
      pos = end = pos + d[0].length;
      if (!/^,[ ]+(?:tầm nhìn|giai đoạn)/u.test(text.slice(pos, pos + 14))) return end;
      pos++;
      continue;
    }
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m) break;
    const w = m[1]!;
    // (a treaty's name may open with "về": "Hiệp định về quy chế quản lý biên giới …")
    const treatyAbout = treaty && words === 0 && w === 'về';
    // ("không gian" is space, no "not": "Quy hoạch không gian biển quốc gia …")
    const space = w === 'không' && /^[ \n]+gian(?![\p{L}])/u.test(text.slice(pos + m[0].length, pos + m[0].length + 6));
    if (words === 0 && (NOT_LAW.test(w) || (STOP.has(w) && !treatyAbout && !space))) return -1;
    // numbered ("Luật Đất đai số 31/2024/QH15"): a citation, not an unnumbered name
    if (w === 'số' && /^[ ]*\d/u.test(text.slice(pos + m[0].length, pos + m[0].length + 3))) return -1;
    // a law's number after its name ("Luật Xây dựng 62/2020/QH14"): a citation; a lone number ends the name
    if (/^\d/u.test(w)) {
      if (text.charAt(pos + m[0].length) === '/' && !plan) return -1;
      if (!plan) break;
      if (words === 0) byNumber = true;
    }
    if (byNumber && words > 0 && w !== 'của' && !/^\p{Lu}/u.test(w)) break;
    if (byNumber && w === 'của') byNumber = false;
    // "và" joins the words of one name once ("Luật Phòng cháy và chữa cháy"), not two instruments
    // ("… và Nghị định …"), a name and a clause ("… và khoản 2"), or a name and a list
    if (w === 'và') {
      WORD.lastIndex = pos + m[0].length;
      const n = WORD.exec(text);
      // an amending law may amend several: "… của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền …"
      if (amends && n?.[1] === 'Luật') {
        pos = WORD.lastIndex;
        words++;
        continue;
      }
      if (seenAnd || !n || AND_ENDS.test(n[1]!) || STOP.has(n[1]!.toLowerCase())) break;
      // "… Luật Lâm nghiệp và thực hiện Đề án …": a verb after "và" opens the next clause
      if (CLAUSE_AFTER_AND.test(text.slice(pos + m[0].length, pos + m[0].length + 24))) break;
      seenAnd = true;
      words++;
      pos += m[0].length;
      continue;
    }
    // "… hiện hành" (in force), "… quy định", "… hướng dẫn", "… ban hành": what the sentence says
    // of the law ("Luật Ban hành văn bản quy phạm pháp luật" keeps its own words)
    if (words > 0) {
      const at = text.slice(pos + m[0].length - m[1]!.length - m[2]!.length, pos + m[0].length + 8);
      if (TWO_WORD_STOP.test(at) || (!plan && LAW_TWO_WORD_STOP.test(at))) break;
    }
    // "người có công với cách mạng", "thương mại tự do": phrases of names whose words would end one
    // ("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân": a law's name that holds "của")
    // ("Luật Đầu tư theo phương thức đối tác công tư": a law's name that holds "theo")
    const phraseEnd = words > 0 && (w === 'có' || w === 'tự' || w === 'của' || w === 'theo') ? namePhraseEnd(text, pos, w) : -1;
    if (phraseEnd >= 0) {
      pos = end = phraseEnd;
      words += 2;
      continue;
    }
    // "Luật Nhà ở": housing, not "at"
    const housing = w === 'ở' && words > 0 && /nhà$/iu.test(text.slice(Math.max(0, pos - 3), pos));
    // "Luật Phòng không nhân dân" (air defence), "Luật Hàng không dân dụng": a noun, not "not"
    const air = w === 'không' && words > 0 && /(?:^|[ \n])(?:phòng|hàng)$/iu.test(text.slice(Math.max(0, pos - 6), pos));
    if (STOP.has(w) && !(plan && words > 0 && PLAN_GOES_ON.has(w)) && !treatyAbout && !housing && !air && !space) {
      if (words === 0) return -1;
      break;
    }
    words++;
    end = pos + m[0].length - m[2]!.length;
    pos += m[0].length;
    if (m[2]) {
      // a comma inside a name: "Phòng, chống …", "Quản lý, sử dụng …", "Thi đua, khen thưởng", or
      // any law's when a few lower-case words and its date follow ("Luật Phổ biến, giáo dục pháp
      // luật ngày 20 tháng 6 năm 2012"); a plan's horizon after its subject ("…, tầm nhìn đến năm 2050")
      if (m[2] === ',' && (NAME_COMMA.test(text.slice(pos, pos + 14)) || (!plan && datedAfterComma(text, pos)))) continue;
      if (plan && m[2] === ',' && /^[ ]+(?:tầm nhìn|giai đoạn)/u.test(text.slice(pos, pos + 14))) continue;
      break;
    }
  }
  return words > 0 ? end : -1;
}

export function extractUnnumbered(ctx: Ctx): { text: string; span: { start: number; end: number } }[] {
  const text = ctx.norm.text;
  const from = docStartOffset(ctx);
  const hits: { s: number; e: number; t: string }[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    if (m.index < from) continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    if (LETTER_BEFORE.test(before)) continue;
    const word = m[0];
    const law = LAW.test(word);
    // "pháp luật" (the law, in general; "Hệ Thống Pháp Luật", a site's name): no law's name
    if (law && /(?:^|[^\p{L}])[Pp]háp[ ]+$/u.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const treaty = TREATY.test(word);
    const plan = PLAN.test(word);
    if (!law && !plan && !treaty) {
      // the longest fixed form that stands here
      let e = -1;
      for (const re of FIXED) {
        re.lastIndex = m.index;
        const f = re.exec(text);
        if (f) e = Math.max(e, m.index + f[0].length);
      }
      if (e > 0) hits.push({ s: m.index, e, t: text.slice(m.index, e) });
      continue;
    }
    if ((plan || treaty) && !IN_SENTENCE.test(before)) continue;
    // "các Hiệp định thương mại tự do …": treaties in general, no one instrument
    if (treaty && /(?:^|\s)(?:các|những)[ ]+$/u.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const at = m.index + word.length;
    // a name in quotes: "Đề án “Phát triển bền vững một triệu héc-ta …”"
    QUOTED.lastIndex = at;
    const q = QUOTED.exec(text);
    const e = q ? at + q[0].length : nameEnd(text, at, plan, treaty);
    if (e < 0) continue;
    const t = text.slice(m.index, e);
    // a strategy, plan or scheme is a name when it has a horizon, a number or quotes; otherwise
    // "xây dựng Đề án hỗ trợ …" is as likely a common noun as a title
    if (plan && !q && !/\d/u.test(t)) continue;
    if (treaty && !q && !TREATY_NAME.test(t)) continue;
    hits.push({ s: m.index, e, t });
  }
  hits.sort((a, b) => a.s - b.s || b.e - a.e);
  // One entry per instrument: "Luật Xây dựng 2014" and "Luật Xây dựng năm 2014" are one law;
  // the fullest mention (with its date) stands for it.
  // A name given with two years is two instruments: "Luật sửa đổi, bổ sung một số điều của Luật
  // Xử lý vi phạm hành chính ngày 13/11/2020" and "… ngày 25/6/2025" (a mention without a year
  // goes with the first that has one).
  const byKey = new Map<string, { text: string; s: number; e: number }>();
  const yearsOf = new Map<string, string[]>();
  let lastEnd = -1;
  for (const h of hits) {
    if (h.s < lastEnd || h.s < from) continue;
    lastEnd = h.e;
    const t = h.t.replace(/\s+/g, ' ').trim();
    // (without its marks: a scan's "thuê" for "thuế" names the same instrument)
    const lower = t.toLowerCase();
    // (its amendments in brackets name the same law: "Luật Bầu cử năm 2015 (được sửa đổi, bổ sung
    // năm 2025)" is a short form of the name in full)
    const bare = lower.replace(AMENDED_KEY, '');
    const name = foldSameLength(bare.replace(DATE_KEY, ''));
    const year = DATE_KEY.exec(bare)?.[0].match(/(?:19|20)\d{2}$/u)?.[0] ?? '';
    const years = yearsOf.get(name) ?? [];
    if (!yearsOf.has(name)) yearsOf.set(name, years);
    // (the first year given keeps the bare name)
    const key = year && years.length && years[0] !== year ? `${name}\u0000${year}` : name;
    if (year && !years.includes(year)) years.push(year);
    const had = byKey.get(key);
    if (!had) byKey.set(key, { text: t, s: h.s, e: h.e });
    else if (t.length > had.text.length) byKey.set(key, { text: t, s: h.s, e: h.e });
  }
  // "Luật Bầu cử" after "Luật Bầu cử đại biểu Quốc hội và …" is its short form: one law
  // (sorted, a name's longer forms follow it at once: only a control character, which normalize
  // removes, sorts between "k" and "k …")
  const keys = [...byKey.keys()].sort();
  // (not one written with its day: "Luật Doanh nghiệp ngày 12 tháng 6 năm 1999" is a law cited in
  // full, whatever longer phrase a sentence later runs into; "Luật Bầu cử năm 2015" is a short form)
  const dated = (k: string) => /\sngày\s\S+(?:\s+tháng\s+\d{1,2}\s+năm)?\s+\d{4}$|\sngày\s\S+\d{4}$/u.test(byKey.get(k)!.text);
  // ("Luật Quản lý, sử dụng vũ khí" before ", vật liệu nổ …" too: a name cut at one of its commas)
  const shorter = new Set(keys.filter((k, i) => (keys[i + 1]?.startsWith(`${k} `) || keys[i + 1]?.startsWith(`${k},`)) && !dated(k)));
  const short = (k: string) => shorter.has(k);
  return [...byKey.entries()]
    .filter(([k]) => !short(k))
    .map(([, h]) => h)
    .sort((a, b) => a.s - b.s)
    .map((h) => ({ text: h.text, span: ctx.span(h.s, h.e) }));
}

// (the brackets AMENDED_SINCE took into the name, at its end)
const AMENDED_KEY = new RegExp(`${AMENDED_SINCE.source}$`, 'u');
const DATE_KEY = /\s+(?:ngày\s+\S+(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?|(?:năm\s+)?(?:19|20)\d{2})$/u;
