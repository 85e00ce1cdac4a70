// Sentence case for lines in capitals (a signature's titles and bodies, a heading or a cited
// issuer in capitals): known titles and collective bodies in their written form, a body's name
// with its head, its first word and its place capitalised. The known titles' table is read here
// for the signers too.
import issuerCodes from '../data/issuer-codes.json' with { type: 'json' };
import titles from '../data/titles.json' with { type: 'json' };
import { looseKey } from '../normalize/fold.js';
import { cutSyllables } from '../normalize/letter-spaced.js';
import { TITLES, isUpper } from '../segment/index.js';

/** Sentence case for an upper-case title or body line, with known titles in their usual form. */
export function sentenceCase(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  if (!isUpper(t)) return t;
  const key = looseKey(t);
  const known = TITLE_BY_KEY.get(key);
  if (known) return known.text;
  // an acronym ("UBND", "HĐND", "TP") is no syllable: it keeps its capitals
  const lower = t.replace(/\p{L}+/gu, (w) => (cutSyllables(w.toLowerCase())?.length === 1 ? w.toLowerCase() : w));
  const out = lower.charAt(0).toUpperCase() + lower.slice(1);
  // a known title ending a body line keeps its form: "BAN THƯỜNG TRỰC" → "Ban Thường trực"
  const { before, known: tail } = splitTitle(t);
  const cased = tail && before ? `${out.slice(0, before.length)} ${tail.text}` : out;
  // so does a collective body it opens with: "BAN CHẤP HÀNH TRUNG ƯƠNG" → "Ban Chấp hành Trung ương"
  const body = COLLECTIVES.find((c) => looseKey(cased.slice(0, c.text.length)) === c.key && !/\p{L}/u.test(cased.charAt(c.text.length)));
  return properNames(body ? body.text + cased.slice(body.text.length) : titleThenBody(t, cased));
}

// the country's name keeps its capitals wherever it stands, and so do the bodies named after it
// ("Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Quân đội nhân dân Việt Nam")
const COUNTRY = /(?<![\p{L}])(?:(cộng hòa xã hội chủ nghĩa|cộng hoà xã hội chủ nghĩa|quân đội nhân dân|công an nhân dân|mặt trận tổ quốc) )?việt nam(?![\p{L}])/giu;
const COUNTRY_BODY: Record<string, string> = { 'quân đội nhân dân': 'Quân đội nhân dân', 'công an nhân dân': 'Công an nhân dân', 'mặt trận tổ quốc': 'Mặt trận Tổ quốc' };
function properNames(s: string): string {
  if (!s.includes('iệt') && !s.includes('IỆT')) return s;
  return s.replace(COUNTRY, (_m, pre?: string) => {
    const p = pre?.toLowerCase();
    return `${p ? `${COUNTRY_BODY[p] ?? p.charAt(0).toUpperCase() + p.slice(1)} ` : ''}Việt Nam`;
  });
}

const WRITTEN_BODIES = new Map(Object.values(issuerCodes.codes as Record<string, string>).map((n) => [looseKey(n), n]));

// a body's head and the words of a place, which its name capitalises
const BODY_HEAD = /^(?:sở|ban|cục|chi cục|tổng cục|vụ|bộ|phòng|trung tâm|văn phòng|ủy ban|uỷ ban|viện|học viện|thanh tra|công an|hội|đài|báo)$/u;
const LEVEL = /^(?:tỉnh|huyện|xã|phường|quận|thành phố|thị xã|thị trấn)$/u;
const PEOPLES_BODY = /^(?:ủy ban|uỷ ban|hội đồng) nhân dân$/u;
const COMMITTEE = /^(?:tỉnh|thành|huyện|quận|thị|đảng|xã|phường) (?:ủy|uỷ)$/u;

/**
 * "GIÁM ĐỐC SỞ Y TẾ TỈNH LÀO CAI" → "Giám đốc Sở Y tế tỉnh Lào Cai": after a known title, a
 * body's head and the first word of its name (and of each part after "và") take capitals, and
 * so does each word of a place after its level ("tỉnh", "huyện" …). `cased` is `upper` in
 * sentence case, word for word.
 */
function titleThenBody(upper: string, cased: string): string {
  const words = cased.split(' ');
  // the longest known title the words open with
  let n = 0;
  let known: (typeof TITLES)[number] | undefined;
  for (let k = Math.min(words.length - 1, TITLE_WORDS); k >= 1 && !known; k--) {
    known = TITLE_BY_KEY.get(looseKey(words.slice(0, k).join(' ')));
    if (known) n = k;
  }
  if (upper.split(' ').length !== words.length) return cased;
  // (a body named alone, "SỞ Y TẾ" → "Sở Y tế", is cased as after a title)
  if (!known && !BODY_HEAD.test(words[0]!.toLowerCase()) && !BODY_HEAD.test(words.slice(0, 2).join(' ').toLowerCase())) return cased;
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const out = words.slice(n);
  // 'name' once a body's name has begun (a head there is a word of it: "Sở Nội vụ"), 'place'
  // after a level; a title that ends in a head ("Giám đốc Sở", "Trưởng ban") begins the name
  let state: 'free' | 'name' | 'place' = 'free';
  let k = 0;
  // (the loop below capitalises the head and its name's first word)
  if (!known) out[0] = out[0]!.toLowerCase();
  else if (PEOPLES_BODY.test(`${known.text.split(' ').slice(-2).join(' ').toLowerCase()} ${out.slice(0, 2).join(' ')}`)) {
    // "Chủ tịch Ủy ban" + "nhân dân …"
    state = 'name';
    k = 2;
  } else if (BODY_HEAD.test(known.text.split(' ').pop()!.toLowerCase())) {
    out[0] = cap(out[0]!);
    state = 'name';
    k = 1;
  }
  for (; k < out.length; k++) {
    const w = out[k]!;
    const two = k + 1 < out.length ? `${w} ${out[k + 1]}` : '';
    if (state === 'place') out[k] = cap(w);
    else if (COMMITTEE.test(two)) {
      // "Tỉnh ủy", "Đảng ủy": a Party committee, not a level and a place
      out[k++] = cap(w);
      state = 'name';
    } else if (LEVEL.test(w) || LEVEL.test(two)) {
      if (LEVEL.test(two)) k++;
      state = 'place';
    } else if (state === 'free' && PEOPLES_BODY.test(out.slice(k, k + 4).join(' '))) {
      // "Ủy ban nhân dân", "Hội đồng nhân dân": one capital
      out[k] = cap(w);
      k += 3;
      state = 'name';
    } else if (state === 'free' && (BODY_HEAD.test(w) || BODY_HEAD.test(two))) {
      out[k] = cap(w);
      if (BODY_HEAD.test(two)) k++;
      if (k + 1 < out.length && !LEVEL.test(out[k + 1]!)) out[k + 1] = cap(out[++k]!);
      state = 'name';
    } else if (state === 'name' && out[k - 1] === 'và') out[k] = cap(w);
  }
  // (a body whose name the code table holds keeps its written form: "Bộ Công Thương")
  const named = out.join(' ');
  const written = WRITTEN_BODIES.get(looseKey(named)) ?? named;
  if (!known) return written;
  // (what follows the title's last word stays: "BỘ TRƯỞNG, CHỦ NHIỆM" → "Bộ trưởng, Chủ nhiệm")
  const stop = /[^\p{L}]*$/u.exec(words[n - 1]!)![0];
  return `${known.text}${stop} ${written}`;
}

// longest first, so "Ban Chấp hành Trung ương" is tried before "Ban Chấp hành"
const COLLECTIVES = titles.collectives.map((text) => ({ text, key: looseKey(text) })).sort((a, b) => b.text.length - a.text.length);

export const TITLE_BY_KEY = new Map(TITLES.map((t) => [t.key, t]));
// a line that opens with a known title ("PHÓ CHÁNH ÁN", "VỤ TRƯỞNG VỤ PHÁP CHẾ"), on the loose key
export const TITLE_AT_START = new RegExp(`^(?:${TITLES.map((t) => t.key).join('|')})(?![a-z0-9])`);
const TITLE_WORDS = TITLES.reduce((m, t) => Math.max(m, t.key.split(' ').length), 0);

/**
 * Splits an upper-case run into the body part and the trailing known title ("BỘ TRƯỞNG THỨ
 * TRƯỞNG"), with the title's table entry.
 */
export function splitTitle(upper: string): { before: string; title: string | null; known: (typeof TITLES)[number] | null } {
  const words = upper.trim().split(/\s+/);
  // Only the last few words can be a title; starting further left would make this quadratic.
  for (let i = Math.max(0, words.length - TITLE_WORDS); i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    const key = looseKey(tail);
    const known = TITLE_BY_KEY.get(key);
    if (known) return { before: words.slice(0, i).join(' '), title: tail, known };
  }
  // "BỘ TRƯỞNG CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG" (a squeezed "TL." block): the head's title, then the
  // signer's, which goes on with its body's name
  for (let i = 1; i < Math.min(words.length, TITLE_WORDS); i++) {
    if (!TITLE_BY_KEY.has(looseKey(words.slice(0, i).join(' ')))) continue;
    for (let j = Math.min(words.length, i + TITLE_WORDS); j > i + 1; j--) {
      const known = TITLE_BY_KEY.get(looseKey(words.slice(i, j).join(' ')));
      if (known) return { before: words.slice(0, i).join(' '), title: words.slice(i).join(' '), known };
    }
  }
  return { before: upper.trim(), title: null, known: null };
}
