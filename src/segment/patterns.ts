// Named pieces of the layout, matched on loose keys (lower case, no diacritics) so that OCR
// damage to diacritics ("CỌNG HOÀ XÃ HỌI", "KET LUẬN") does not hide them.
import docTypes from '../data/doc-types.json' with { type: 'json' };
import titles from '../data/titles.json' with { type: 'json' };
import surnames from '../data/surnames.json' with { type: 'json' };
import { looseKey } from '../normalize/fold.js';

export const QUOC_HIEU = /c[o0]ng\s*h[o0]a\s*x[a-z]?\s*h[o0]i\s*chu\s*ngh[il]a\s*vi[e3]t\s*nam/;
export const TIEU_NGU = /d[o0]c\s*l[a4]p\s*[-–,.]?\s*t[uư]\s*do\s*[-–,.]?\s*h[a4]nh\s*ph[uú]c/;
export const PARTY_HEADING = /d[a-z]ng\s*c[o0]ng\s*s[a-z]n\s*vi[e3]t\s*nam/;
/** The Youth Union's own heading (vn-document-format.md §3.2), in place of the Party's. */
export const YOUTH_HEADING = /^\s*do[a-z]n\s*(?:tncs|thanh\s*nien\s*cong\s*san)\s*ho\s*chi\s*minh\s*$/;
export const KINH_GUI = /^\s*[-*+•]?\s*kinh\s*gui\b\s*:?/;
/** "Đồng kính gửi:", the co-addressees' label under the Kính gửi list (on the loose key). */
export const DONG_KINH_GUI = /^\s*[-+•]?\s*dong\s*kinh\s*gui\b\s*:?/;
// (OCR's damage, "-.. WVơinhận:", "Nơi nhân:", "Not nhận:", only with its colon: "Mọi nhân viên" opens a line too)
export const NOI_NHAN = /^\s*[-*+•]?\s*noi\s*nhan\b\s*:?|^\s*[-*+•.]{0,3}\s*[a-z]{0,2}[o0][ilt]\s*nh[a-z]n\s*:/;
/**
 * The salutation of a Công điện (Nghị định 30, Phụ lục III, mẫu 1.6): the sender, in capitals or
 * by title, then "điện:" ("THỦ TƯỚNG CHÍNH PHỦ điện:"), over the list of addressees. Read on the
 * text, not the folded key, which cannot tell it from a heading that ends in "điện:".
 */
// (a scan may add a full stop, "THỦ TƯỚNG. CHÍNH PHỦ", and lose the dot below: "điên:")
export const DIEN_LABEL = /^\s*(?:\p{Lu}[\p{Lu}\s,.-]{3,80}?|(?:Thủ tướng|Phó Thủ tướng|Bộ trưởng|Chủ tịch)(?![\p{L}])[^:\n]{0,80}?)\s+đi[ệê]n\s*:/u;

/**
 * A Giấy mời's invitation over its list of invitees, at the end of its line ("Phòng Giáo dục và
 * Đào tạo trân trọng kính mời:"): the invitees are its addressees.
 */
export const KINH_MOI = /(?:^|\s)(?:tran trong\s+)?kinh moi\s*:\s*$/;

/** The salutation label of a cell ("Kính gửi:", "… điện:", "… kính mời:"), as [start, end) within the cell, or null. */
export function salutationLabel(c: { key: string; text: string }): [number, number] | null {
  const m = KINH_GUI.exec(c.key) ?? DIEN_LABEL.exec(c.text) ?? KINH_MOI.exec(c.key);
  if (m) return [m.index, m.index + m[0].length];
  // a flattened header row, the subject and the salutation on one line with one space between
  // ("V/v triển khai thực hiện Nghị định Kính gửi: Sở Tài chính"): the label after the subject
  const inline = c.key.length > 12 ? SUBJECT_THEN_LABEL.exec(c.key) : null;
  if (inline) return [inline.index + inline[0].length - inline[1]!.length, inline.index + inline[0].length];
  // a scan's label behind marks of the stamp or margin, a letter lost ("š lÿ đi MyKnh gửi:"):
  // its colon vouches for it
  const o = KINH_GUI_OCR.exec(c.key);
  return o ? [o.index + o[0].length - o[1]!.length, o.index + o[0].length] : null;
}
/**
 * A "received" stamp a scan read into the addressees ("ĐẾN Ngày. 30/6 …|", "CÔNG VĂN ĐẾN Số: …"):
 * printed in capitals, unlike a sentence that opens "Đến ngày …".
 */
export const RECEIVED_STAMP = /^(?:CÔNG VĂN\s+)?ĐẾN(?![\p{L}])/u;
/** Marks a scan put before a list item's bullet ("_    - Bộ trưởng …"), as a pattern's source. */
export const BULLET_MARKS = String.raw`[_.,:;|'"“”]{1,3}[ ]+`;
export const MARKS_BEFORE_BULLET = new RegExp(`^${BULLET_MARKS}(?=[-+•])`);
const KINH_GUI_OCR = /^[^:\n]{0,16}?(k[i1l]?nh\s*gu[i1l]\s*:)/;
// (on the loose key: "v/v …" or "về việc …", then the label with its colon)
const SUBJECT_THEN_LABEL = /^\s*(?:v\s*\/\s*v\b|ve viec\b)[^:\n]{0,300}?\s(kinh\s*gui\s*:)/;
/** The end mark of the body text ("./." , "/.", ". /."). */
export const END_MARK = /\.\s*\/\s*\.|[^\s/]\s*\/\.(?=\s|$)/;

/**
 * The authority codes as a folded signature line writes them: state TM./KT./TL./TUQ./Q., Party
 * T/M, K/T, T/L, T/UQ, and "T.M", "K.T", "T.L" as older blocks write them. Each, its spaces
 * removed, is a key of AUTHORITY_CODE.
 */
export const AUTHORITY_PREFIX = String.raw`t\s*[/.]\s*m|k\s*[/.]\s*t|t\s*[/.]\s*l|t\s*\/\s*uq|tuq|tm|kt|tl|q`;
/** Authority prefix opening a signature line (on the folded key). */
export const AUTHORITY = new RegExp(String.raw`^\s*(${AUTHORITY_PREFIX})\s*(?:\.|:|\s)\s*(?=\S)`);

export const AUTHORITY_CODE: Record<string, 'TM' | 'KT' | 'TL' | 'TUQ' | 'Q'> = {
  tm: 'TM', 't/m': 'TM', 't.m': 'TM', kt: 'KT', 'k/t': 'KT', 'k.t': 'KT', tl: 'TL', 't/l': 'TL', 't.l': 'TL', tuq: 'TUQ', 't/uq': 'TUQ', q: 'Q',
};

export const TITLES: { key: string; text: string }[] = titles.titles
  .map((t) => ({ key: looseKey(t), text: t }))
  .sort((a, b) => b.key.length - a.key.length);

const TITLE_AT_START = new RegExp(`^(?:${TITLES.map((t) => t.key.replace(/ /g, '\\s+')).join('|')})\\b`);

/** Upper case letters only (digits and punctuation allowed), at least two letters. */
export function isUpper(s: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** A signer's title line: upper case and opening with a known title ("PHÓ GIÁM ĐỐC"). */
export function isTitleLine(text: string, key: string): boolean {
  return isUpper(text) && TITLE_AT_START.test(key.trim());
}

/**
 * A TCVN3 text loses its capitals: a line set in a capitals font ("…H") decodes to lower case
 * (vn-document-format.md §6.6, step 4). A signature line that opens in lower case with an
 * authority or a known title ("tm . ubnd thành phố", "phó Thống đốc") was set in capitals: the
 * copy returned is upper-cased (same length, so its offsets hold).
 */
export function restoreCapitals<T extends { text: string; key: string }>(c: T): T {
  const t = c.text.trimStart();
  if (t.length > 80 || !/^\p{Ll}/u.test(t)) return c;
  if (!AUTHORITY.test(c.key) && !TITLE_AT_START.test(c.key.trim())) return c;
  const upper = c.text.toUpperCase();
  return upper.length === c.text.length ? { ...c, text: upper } : c;
}

export function isAuthorityLine(text: string, key: string): boolean {
  const m = AUTHORITY.exec(key);
  if (!m) return false;
  const rest = text.slice(m[0].length);
  // "Q." must carry its dot; the rest of the line must be upper case (a title or a body name).
  if (m[1] === 'q' && !/^\s*q\s*\./.test(key)) return false;
  return isUpper(rest) || /^\p{Lu}/u.test(rest.trim()) && rest.length < 60 && !/[;:]/.test(rest);
}

// A word of a name; names of the Central Highlands peoples may hold an apostrophe ("K'ré",
// "H'Hen") and a man's Ê Đê name may open with "Y" ("Y Hoăn Niê", "Y Biêr Niê").
const NAME_WORD = "\\p{Lu}(?:['’]\\p{Lu}?)?\\p{Ll}+";
const NAME_RE = new RegExp(`^(?:Y[ ]+)?(?:${NAME_WORD})(?:[ ]+${NAME_WORD}){1,5}$`, 'u');
const CAPS_NAME_RE = /^\p{Lu}+(?:[ ]+\p{Lu}+){1,4}$/u;
const SURNAMES = new Set(surnames.surnames.map((s) => s.toUpperCase()));
const NOT_IN_NAMES = new Set(surnames.notInNames);
/** Whether a word is a family name (data/surnames.json), in any case. */
export function isSurname(word: string): boolean {
  return SURNAMES.has(word.toUpperCase());
}
// a military rank's two words ("Thượng tướng", "Đại tá")
export const RANK_HEAD = 'Đại|Thượng|Trung|Thiếu';
export const RANK_TAIL = 'tướng|tá|úy|uý';
// A rank or degree before a signer's name ("Thượng tướng Nguyễn Văn Gấu", "PGS.TS. Trần Văn A"):
// the name is what follows it.
export const NAME_RANK = new RegExp(String.raw`^(?:(?:${RANK_HEAD})[ ]+(?:${RANK_TAIL})|(?:GS|PGS|TS|ThS|BS|KS|Ths)\.(?:[ ]?(?:TS|ThS|BS|Ths)\.)?)[ ]+(?=\p{Lu})`, 'u');
/**
 * A person's name as printed under a signature: 2–6 capitalised syllables, nothing else; or
 * 2–5 words in capitals that open with a family name and hold no title or body word
 * ("NGUYỄN VĂN AN"; not "PHÓ CHỦ TỊCH" nor "ỦY BAN NHÂN DÂN"). Only signature code asks.
 */
export function isPersonName(text: string): boolean {
  const t = text.trim().replace(NAME_RANK, '');
  if (t.length > 45) return false;
  if (NAME_RE.test(t)) return true;
  if (!CAPS_NAME_RE.test(t)) return false;
  const words = t.split(/[ ]+/);
  return SURNAMES.has(words[0]!) && !words.some((w) => NOT_IN_NAMES.has(w));
}

/**
 * Where a signer's name in capitals starts at the end of a squeezed signature line ("KT. BỘ
 * TRƯỞNG THỨ TRƯỞNG BÙI HỒNG LĨNH" → at "BÙI"), or -1: the longest tail of 2–5 words that is a
 * name in capitals (isPersonName), with something before it.
 */
export function capsNameStart(text: string): number {
  const words = [...text.trimEnd().matchAll(/\S+/g)];
  for (let k = Math.min(5, words.length - 1); k >= 2; k--) {
    const first = words[words.length - k]!;
    if (isPersonName(text.slice(first.index).trimEnd()) && !NAME_RE.test(text.slice(first.index).trim())) return first.index;
  }
  return -1;
}

/**
 * Where the signer's name starts at the end of a squeezed signature line, or null: a name in
 * title case ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Bùi Hồng Lĩnh" → at "Bùi"), else one in capitals
 * (capsNameStart; `caps` is then true). `text` is trimmed.
 */
export function signerNameStart(text: string): { at: number; caps: boolean } | null {
  const tail = /\s(?:\p{Lu}\p{Ll}+)(?:\s\p{Lu}\p{Ll}+){1,5}$/u.exec(text);
  if (tail) return { at: tail.index + 1, caps: false };
  const at = capsNameStart(text);
  return at > 0 ? { at, caps: true } : null;
}

// A family name by its letters after the first, as a stamp's edge cuts the first off ("rân" → Trần).
const SURNAME_TAILS = new Map<string, string | null>();
for (const s of surnames.surnames) {
  const tail = looseKey(s).slice(1);
  if (tail.length < 2) continue;
  // (a tail two names share, "oàn" of Đoàn and Toàn, names neither)
  SURNAME_TAILS.set(tail, SURNAME_TAILS.has(tail) ? null : s);
}
// (a long family name is known without its marks, "Nguyên" read for Nguyễn; a short one is not:
// "Cẩm" is no "Cầm")
const LONG_SURNAME_KEYS = new Set(surnames.surnames.map((s) => looseKey(s)).filter((k) => k.length >= 5));
const DAMAGED_NAME = /(?:^|\s)(\p{Ll}{2,5})?\s?((?:\p{Lu}\p{Ll}+)(?:\s\p{Lu}\p{Ll}+){1,3})\s?[.,]?$/u;

/**
 * A signer's name at the end of a line a stamp damaged in a scan: "rân Câm Tú." is Trần Câm Tú,
 * its first letter lost at the stamp's edge (the one family name those letters end), a full stop
 * read after it. Without that lower-case head the name must open with a family name
 * ("Nguyên Hòa Bình."). Returns the name and where it starts in `text`, or null.
 */
export function damagedName(text: string): { at: number; name: string } | null {
  const m = DAMAGED_NAME.exec(text.trimEnd());
  if (!m) return null;
  const at = m.index + (m[0].length - m[0].trimStart().length);
  if (m[1]) {
    const surname = SURNAME_TAILS.get(looseKey(m[1]));
    return surname ? { at, name: `${surname} ${m[2]}` } : null;
  }
  const first = m[2]!.split(' ')[0]!;
  return SURNAMES.has(first.toUpperCase()) || LONG_SURNAME_KEYS.has(looseKey(first)) ? { at, name: m[2]! } : null;
}

const COLLECTIVE_KEYS = titles.collectives.map((t) => looseKey(t)).sort((a, b) => b.length - a.length).join('|');
// "T/M" as a scan reads it under a seal's edge: ".ø=L4M BAN BÍ THƯ", "T1M BỘ CHÍNH TRỊ", "7/M …"
const DAMAGED_TM = new RegExp(String.raw`^(\s*[^a-z0-9\s]{0,4}[a-z0-9]{0,3}[/|]?[ ]?m)[.:]?[ ]+(?:${COLLECTIVE_KEYS})(?:[ ]+[a-z]+){0,4}[ ]*$`);

/**
 * A signature's first line whose "T/M" a scan damaged, before a body that signs as a collective
 * ("BAN BÍ THƯ", "BỘ CHÍNH TRỊ", titles.json): the cell with that prefix written "T/M" (or "TM"),
 * its length kept so that offsets hold; null for any other cell.
 */
export function repairAuthority<T extends { text: string; key: string }>(c: T): T | null {
  const m = DAMAGED_TM.exec(c.key);
  if (!m || !isUpper(c.text.slice(m[1]!.length))) return null;
  const lead = m[1]!.length - m[1]!.trimStart().length;
  const width = m[1]!.length - lead;
  if (width < 2) return null;
  const prefix = width >= 3 ? 'T/M' : 'TM';
  const put = (s: string, p: string) => s.slice(0, lead) + ' '.repeat(width - p.length) + p + s.slice(m[1]!.length);
  return { ...c, text: put(c.text, prefix), key: put(c.key, prefix.toLowerCase()) };
}

export const SIGNED_MARK = /^[([]?\s*(?:da\s*ky|signed|ky\s*ten|daky)(?:\s*(?:va|,)\s*dong\s*dau)?\s*[)\]]?\s*[.:]?\s*$/;
/** The signed mark before a name on its line, as some web copies set it: "(Đã ký) Trần Văn Cường", "Đã ký: …". */
const MARK_THEN_NAME = /^[([]?\s*(?:Đã ký|đã ký|ĐÃ KÝ)\s*[)\]]?\s*:?\s+(?=\p{Lu})/u;
/** Where the name starts on a line that opens with the signed mark before it (MARK_THEN_NAME), or -1. */
export function nameAfterMark(text: string): number {
  const m = MARK_THEN_NAME.exec(text);
  return m && isPersonName(text.slice(m[0].length)) ? m[0].length : -1;
}

// Document type titles ("KẾ HOẠCH", "QUY CHẾ"): an annex after a decision opens with one.
const DOC_TITLES = new Set(Object.keys(docTypes.titles as Record<string, string>).map((t) => looseKey(t)));

/** An upper-case line that is exactly a document type title. */
export function isDocTypeTitle(text: string, anyCase = false): boolean {
  return (anyCase || isUpper(text)) && DOC_TITLES.has(looseKey(text));
}

/**
 * Whether a Nơi nhận item's text ends the item: a ";" or "." at its end, but not a scan's speck
 * after its comma ("Phạm Mạnh Cường, ."), which leaves the item going on to the next line.
 */
export function endsListItem(text: string): boolean {
  return /[;.]$/.test(text) && !/,\s+\.$/.test(text);
}
