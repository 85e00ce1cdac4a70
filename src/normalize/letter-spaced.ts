// Letter-spaced lines: old PDF titles set every character apart ("c ủ a T h ủ t ư ớ n g C h í n h
// p h ủ s ố 1 1 5 / 2 0 0 4 / Q Đ - T T g"), so the spaces no longer mark words. Vietnamese
// writes each syllable as a word, so the letters are cut back into syllables by their shape
// (onset, vowels, coda; src/data/syllables.json): "của Thủ tướng Chính phủ số 115/2004/QĐ-TTg".
import syllables from '../data/syllables.json' with { type: 'json' };
import { boundedMemo } from './bounded-memo.js';
import { foldSameLength } from './fold.js';
import { isSyllable, MAX_SYLLABLE, syllableShape } from './syllable.js';
import type { MappedText } from './mapped-text.js';

/** Longer runs of letters are no title: they are kept whole rather than cut (bounded cost). */
const MAX_LETTERS = 160;
const COMMON = new Set(syllables.common.map((w) => w.normalize('NFC')));

/** How a cut into syllables ranks (its frequent syllables, those without an onset, its onsets' letters). */
interface Rank {
  known: number;
  bare: number;
  onset: number;
}
/** The more frequent syllables first, then the fewer without an onset, then the longer onsets. */
const ranksAbove = (x: Rank, y: Rank): boolean => x.known > y.known || (x.known === y.known && (x.bare < y.bare || (x.bare === y.bare && x.onset > y.onset)));

/**
 * Cuts a run of letters into syllables: the fewest syllables; then the most that are frequent in
 * administrative text ("ban hành", not "ba nhành"); then the fewest without an onset ("con gái",
 * not "cong ái"); then the longer onsets ("chế thành", not "chết hành"). A capital opens a syllable. Null when no cut fits (an acronym such as "TTg"): the letters then
 * stay together.
 */
export function cutSyllables(letters: string): string[] | null {
  const n = letters.length;
  if (n > MAX_LETTERS) return null;
  const f = foldSameLength(letters);
  // capitals before each position, so "a capital inside (j, i)" is one subtraction
  const caps = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) caps[k + 1] = caps[k]! + (letters[k] !== letters[k]!.toLowerCase() ? 1 : 0);
  const lower = letters.toLowerCase();
  type Best = Rank & { count: number; from: number };
  const better = (x: Best, y: Best | null) => !y || x.count < y.count || (x.count === y.count && ranksAbove(x, y));
  const best: (Best | null)[] = [{ count: 0, known: 0, bare: 0, onset: 0, from: -1 }];
  for (let i = 1; i <= n; i++) {
    let b: Best | null = null;
    for (let j = Math.max(0, i - MAX_SYLLABLE); j < i; j++) {
      const prev = best[j];
      if (!prev) continue;
      // a capital inside a syllable only as its first letter
      if (caps[i]! - caps[j + 1]! > 0) continue;
      const shape = syllableShape(f.slice(j, i));
      if (!shape) continue;
      const cand = {
        count: prev.count + 1,
        known: prev.known + (COMMON.has(lower.slice(j, i)) ? 1 : 0),
        bare: prev.bare + (shape.bare ? 1 : 0),
        onset: prev.onset + shape.onset,
        from: j,
      };
      if (better(cand, b)) b = cand;
    }
    best[i] = b;
  }
  if (!best[n]) return null;
  const out: string[] = [];
  for (let i = n; i > 0; i = best[i]!.from) out.unshift(letters.slice(best[i]!.from, i));
  return out;
}

/**
 * cutSyllables, and where the letters cannot all be syllables, cut where a lower-case letter meets
 * a capital, which inside one word never happens ("cácPCT" → "các PCT", "đoànTNCS" → "đoàn
 * TNCS"); each part is then cut alone, and an acronym stays whole.
 */
function cutCased(letters: string): string[] | null {
  const whole = cutSyllables(letters);
  if (whole || letters.length > MAX_LETTERS) return whole;
  const parts = letters.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (parts.length < 2) return null;
  return parts.flatMap((p) => cutSyllables(p) ?? [p]);
}

const LETTER = /^\p{L}$/u;
const JOINERS = new Set(['/', '-', '.', '&']);
const CLOSERS = new Set([',', ';', ':', ')']);

// Six or more single characters, each apart from the next by one space.
const RUN = /(?<![^\s])(?:[^\s] ){5,}[^\s](?![^\s])/gu;

const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Five non-space characters in a row, each followed by one space: `/(?:[^\s] ){5}/u`, found by
 * walking the spaces (indexOf), a sixth of a text's characters, rather than every character.
 */
export function hasSpacedRun(s: string): boolean {
  let run = 0;
  let last = -1;
  for (let p = s.indexOf(' '); p >= 0; p = s.indexOf(' ', p + 1)) {
    if (p === 0) continue;
    // the character before this space, one code point (two units for a surrogate pair)
    const lo = s.charCodeAt(p - 1);
    const w = lo >= 0xdc00 && lo <= 0xdfff && p >= 2 && s.charCodeAt(p - 2) >= 0xd800 && s.charCodeAt(p - 2) <= 0xdbff ? 2 : 1;
    if (isSpace(s.charCodeAt(p - w))) {
      run = 0;
      continue;
    }
    // the pair goes on the run when it starts right after the run's last space
    run = run > 0 && p - w - 1 === last ? run + 1 : 1;
    last = p;
    if (run >= 5) return true;
  }
  return false;
}

/**
 * Rewrites letter-spaced runs: syllables apart, numbers and symbols together. Only spaces are
 * removed, each by itself, so every kept character keeps its offset into the original.
 */
export function joinLetterSpaced(mt: MappedText): MappedText {
  if (!hasSpacedRun(mt.text)) return mt;
  const drop: number[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(mt.text); m; m = RUN.exec(mt.text)) {
    const chars = m[0].split(' ');
    // each character's class once: letter, digit, or other
    const kinds = chars.map((ch) => (LETTER.test(ch) ? 'L' : ch >= '0' && ch <= '9' ? 'D' : 'P'));
    // "/", "-", "." between letters or digits join them ("115/2004/QĐ-TTg")
    const joiner = (i: number) => JOINERS.has(chars[i]!) && i > 0 && kinds[i - 1] !== 'P' && i + 1 < chars.length && kinds[i + 1] !== 'P';
    // keep[k]: keep the space between chars k and k+1
    const keep: boolean[] = [];
    let k = 0;
    while (k < chars.length) {
      const kind = kinds[k];
      let e = k + 1;
      if (kind !== 'P') while (e < chars.length && kinds[e] === kind) e++;
      if (kind === 'L' && e - k > 1) {
        const cut = cutCased(chars.slice(k, e).join(''));
        // inside the group: a space only where a syllable ends
        let at = 0;
        const ends = new Set<number>();
        for (const syl of cut ?? []) ends.add((at += syl.length));
        for (let i = k; i < e - 1; i++) keep[i] = ends.has(i - k + 1);
      } else for (let i = k; i < e - 1; i++) keep[i] = false;
      if (e < chars.length) {
        // between groups: joiners join; ",", ";", ":", ")" close the word before; a list dash
        // after ";" stays apart
        const a = chars[e - 1]!;
        const b = chars[e]!;
        keep[e - 1] = !(joiner(e - 1) || joiner(e) || CLOSERS.has(b) || a === '(');
      }
      k = e;
    }
    for (let i = 0; i < chars.length - 1; i++) if (!keep[i]) drop.push(m.index + 2 * i + 1);
  }
  return drop.length ? mt.deleteUnits(drop) : mt;
}

// A word broken by stray spaces ("T hủ tướ ng C h í nh ph ủ", "Nh ư tr ê n", "hộ i"): exported
// PDF text where the glyphs of one syllable came out as separate runs. Only a token that cannot
// stand alone sets off a repair: consonants without a vowel ("nh", "T", "CH"), or a lone plain
// vowel ("i", "u"). A lone "ý", "ở", "ô" or "y" is a word ("chú ý", "nhà ở", "xe ô tô", "thú y").
const FRAGMENT_SRC = '(?:[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX](?:[bcdđghklmnpqrstvx]{0,2}|[BCDĐGHKLMNPQRSTVX]{1,2})|[aeiou])';
// a point or item label ("điểm c ở trên", "khoản a"), not a broken syllable
const LABEL_BEFORE = /(?:điểm|khoản|mục|tiết|phần|ý|Điểm|Khoản|Mục|Tiết|Phần)[ ]$/u;
const TRIGGER = new RegExp(`(?:^|[ \\n-])${FRAGMENT_SRC}(?=[ \\n,;:.)]|$)`, 'gu');
const FRAGMENT = new RegExp(`^${FRAGMENT_SRC}$`, 'u');
// a token's letters: after a hyphen on the left ("động-Th"), before punctuation on the right ("n;")
const LEFT_PART = /\p{L}+$/u;
const RIGHT_PART = /^\p{L}+/u;
/** Tokens looked at on each side of a trigger, and the most tokens and letters one syllable takes. */
const REACH = 3;
const MAX_PARTS = 4;

// Vowel groups of Vietnamese rhymes, folded ("ươ" → "uo"): a merge must give one of these
// ("cao ý" is no "caoý").
const NUCLEI = new Set('a e i o u y ai ao au ay eo eu ia ie iu oa oe oi ua ue ui uo uy ya ye oai oay oao oeo uay uoi uya uye uyu uou ieu yeu'.split(' '));

function nucleusOk(folded: string): boolean {
  const m = /[aeiouy]+/.exec(folded.startsWith('gi') && /[aeiouy]/.test(folded[2] ?? '') ? folded.slice(2) : folded.startsWith('qu') ? folded.slice(2) : folded);
  return m !== null && NUCLEI.has(m[0]);
}

/** Tone marks in a syllable: at most one ("nhà ở" is no "nhàở"). */
function tones(s: string): number {
  let n = 0;
  for (const ch of s.normalize('NFD')) if (TONE_MARKS.has(ch)) n++;
  return n;
}
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

// Scores by unit (merged or not): a page of broken words repeats the same few.
const SCORES = new Map<string, number>();
const ACRONYM = /^[BCDĐGHKLMNPQRSTVX]+$/u;

/** @internal exported for its test: the score of a unit, kept by all that scoreOf reads of it. */
export function unitScore(unit: string, parts: number): number {
  // (a merge of one letter per part, "Đ B Q H", may be an acronym; the same letters merged from
  // longer parts, "ĐB QH", may not: the key tells them apart)
  const key = parts > 1 ? `${parts === unit.length ? '=' : '+'}${unit}` : unit;
  let s = SCORES.get(key);
  if (s === undefined) {
    if (SCORES.size > 5000) SCORES.clear();
    s = scoreOf(unit, parts);
    SCORES.set(key, s);
  }
  return s;
}

function scoreOf(unit: string, parts: number): number {
  const lower = unit.toLowerCase();
  // a lone letter is rarely the word meant, even one that can be ("y" in "Ngu y ễn")
  if (unit.length > 1 && COMMON.has(lower)) return 2;
  // lone capital consonants merge into an acronym ("T P" → "TP", "C V" → "CV")
  if (parts > 1 && parts === unit.length && ACRONYM.test(unit)) return 0;
  const f = foldSameLength(lower);
  const ok = unit.length <= MAX_SYLLABLE && syllableShape(f) !== null && (parts === 1 || (nucleusOk(f) && tones(unit) <= 1));
  // a merge must give a syllable; a token left alone may be anything ("TTg", "Tp")
  if (!ok) return parts > 1 ? -Infinity : -10;
  // a lone letter or a syllable without an onset ("ệp", "ại") is rarely a word by itself
  return unit.length === 1 || syllableShape(f)!.bare ? -1 : 0;
}

/** The spaces to drop inside one window of tokens (offsets in `text`), by the best-scoring merge. */
function repairWindow(text: string, toks: { start: number; end: number }[], drop: number[]): void {
  const n = toks.length;
  const words = toks.map((t) => text.slice(t.start, t.end));
  const lower = words.map((w) => w === w.toLowerCase());
  const upper = words.map((w) => w === w.toUpperCase());
  const score = new Float64Array(n + 1);
  const units = new Int32Array(n + 1);
  const from = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    score[i] = -Infinity;
    from[i] = i - 1;
    let unit = '';
    let restLower = true; // the tokens after the unit's first are all lower case
    let allUpper = true;
    for (let j = i - 1; j >= Math.max(0, i - MAX_PARTS); j--) {
      if (j < i - 1) restLower &&= lower[j + 1]!;
      allUpper &&= upper[j]!;
      unit = words[j]! + unit;
      if (i - j > 1 && unit.length > MAX_SYLLABLE) break;
      if (score[j] === -Infinity) continue;
      // a capital only at the start of a merged syllable, or all in capitals ("TỊ CH")
      if (i - j > 1 && !restLower && !allUpper) continue;
      const s = score[j]! + unitScore(unit, i - j);
      // ties keep the spaces (more units)
      if (s > score[i]! || (s === score[i]! && units[j]! + 1 > units[i]!)) {
        score[i] = s;
        units[i] = units[j]! + 1;
        from[i] = j;
      }
    }
  }
  for (let i = n; i > 0; i = from[i]!) {
    for (let k = from[i]! + 1; k < i; k++) drop.push(toks[k]!.start - 1);
  }
}

/** Joins syllables broken by stray spaces (see TRIGGER); only spaces are removed. */
export function joinBrokenSyllables(mt: MappedText): MappedText {
  const text = mt.text;
  const drop: number[] = [];
  let lastEnd = -1; // end of the last window, so windows do not overlap
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const start = m.index + (/^[ \n-]/.test(m[0]) ? 1 : 0);
    if (start < lastEnd || LABEL_BEFORE.test(text.slice(Math.max(0, start - 7), start))) continue;
    // the letter tokens around it, one space apart, on its line
    const toks = [{ start, end: m.index + m[0].length }];
    for (let k = 0, s = start; k < REACH && text[start - 1] !== '-'; k++) {
      if (text[s - 1] !== ' ') break;
      let b = s - 1;
      while (b > 0 && text[b - 1] !== ' ' && text[b - 1] !== '\n') b--;
      if (b < lastEnd) break;
      const raw = text.slice(b, s - 1);
      const part = LEFT_PART.exec(raw);
      if (!part) break;
      toks.unshift({ start: s - 1 - part[0].length, end: s - 1 });
      if (part[0].length < raw.length) break; // "động-Th": only the letters after the hyphen
      s = b;
    }
    // to the right: on until REACH tokens past the last fragment, so "b i nh" is not cut in two
    for (let since = 0, e = toks[toks.length - 1]!.end; text[e] === ' '; ) {
      let f = e + 1;
      while (f < text.length && text[f] !== ' ' && text[f] !== '\n') f++;
      const raw = text.slice(e + 1, f);
      const part = RIGHT_PART.exec(raw);
      if (!part || (since >= REACH && !FRAGMENT.test(part[0]))) break;
      toks.push({ start: e + 1, end: e + 1 + part[0].length });
      since = FRAGMENT.test(part[0]) ? 0 : since + 1;
      if (part[0].length < raw.length) break; // "n;": the phrase ends here
      e = f;
    }
    if (toks.length < 2) continue;
    repairWindow(text, toks, drop);
    lastEnd = toks[toks.length - 1]!.end;
    TRIGGER.lastIndex = lastEnd;
  }
  return drop.length ? mt.deleteUnits(drop.sort((a, b) => a - b)) : mt;
}

// (no "u" flag and plain ranges: a \p{…} scan of a whole text costs twenty times as much; the
// ranges let in some capitals, which LEFT_WORD and RIGHT_WORD then turn away)
const GLUED_CAPITAL = /[A-ZĐ](?=[a-zà-ỹ])/g;
const lowerOrToned = (c: number) => (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0x1ef9);
const LEFT_WORD = /(?:^|[^\p{L}\d])(\p{Lu}?\p{Ll}{1,6})$/u;
const RIGHT_WORD = /^\p{Lu}\p{Ll}{1,6}(?![\p{L}\d])/u;

// Letters by kind, for a plain loop over the text (a regex with the vowels' class cost twice as
// much): 1 a vowel, 2 any other letter, 0 no letter. A run of letters with two groups of vowels,
// other letters between them ("kếhoạch", "antoàn", "CHÍNHPHỦ", "ĐỊNHVề"), is no one syllable.
const VOWELS_LOWER = 'aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const LETTER_KIND = new Uint8Array(65536);
for (let c = 0; c < 0x1f00; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c >= 0x1e00) LETTER_KIND[c] = 2;
}
for (const ch of VOWELS_LOWER + VOWELS_LOWER.toUpperCase()) LETTER_KIND[ch.charCodeAt(0)] = 1;
// The scan's states, next one by the kind of the next unit: 0 no letter, 1 letters before any
// vowel, 2 in the first vowels, 3 letters after them, 4 a second group of vowels seen (the run is
// a candidate when it ends).
const TWO_GROUPS = 4;
/** The units read for glued syllables before the rest of the text is (see splitGluedWords). */
const GLUE_SAMPLE = 8000;
const NEXT_STATE = new Uint8Array([0, 2, 1, 0, 2, 1, 0, 2, 3, 0, 4, 3, 0, 4, 4]);
/** Beside a run of letters, these make it part of an address, a file name or a symbol, not a word. */
const NOT_WORD_BEFORE = /[\d/@_.\\:]/;
const NOT_WORD_AFTER = /[\d/@_\\]/;
const NON_ASCII = /[^\x00-\x7f]/;
// A word in one case, or in capitals then a capitalised word ("ĐỊNHVề": the capital that opens it).
const ONE_CASE = /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)$/u;
const CAPS_THEN_WORD = /^(\p{Lu}{2,7})\p{Lu}\p{Ll}{1,6}$/u;

/**
 * Where a run of letters is two syllables that lost the space between them: the offset of the
 * first one's last letter, or -1. Only a run of four letters or more (a scan's "Êđã" in a serial
 * stays) with a Vietnamese letter outside ASCII (so "online", "Hanoi" stay) that is no syllable
 * itself and cuts into exactly two, one of them frequent in administrative text ("kế hoạch";
 * the cut prefers frequent syllables: "Môi trường", not "Môit rường"); or a word in capitals
 * before a capitalised one, each a syllable ("ĐỊNHVề": the capital inside says it). Remembered:
 * a copy that lost its spaces glues the same words again and again.
 */
const gluedPair = boundedMemo(pairAt, 5000);

function pairAt(word: string): number {
  if (word.length < 4 || word.length > 2 * MAX_SYLLABLE || !NON_ASCII.test(word) || isSyllable(word)) return -1;
  const caps = CAPS_THEN_WORD.exec(word);
  if (caps) {
    const left = caps[1]!;
    return isSyllable(left) && isSyllable(word.slice(left.length)) ? left.length - 1 : -1;
  }
  if (!ONE_CASE.test(word)) return -1;
  // the best of the cuts in two, ranked as cutSyllables ranks its cuts (ranksAbove); the first on
  // a tie (the shorter first half)
  const lower = word.toLowerCase();
  let best: (Rank & { at: number; secondBare: boolean }) | null = null;
  for (let i = Math.max(1, lower.length - MAX_SYLLABLE); i <= Math.min(MAX_SYLLABLE, lower.length - 1); i++) {
    const a = lower.slice(0, i);
    const b = lower.slice(i);
    if (!isSyllable(a) || !isSyllable(b)) continue;
    const fa = foldSameLength(a);
    const fb = foldSameLength(b);
    if (!nucleusOk(fa) || !nucleusOk(fb)) continue;
    const sa = syllableShape(fa)!;
    const sb = syllableShape(fb)!;
    const cut = { known: (COMMON.has(a) ? 1 : 0) + (COMMON.has(b) ? 1 : 0), bare: (sa.bare ? 1 : 0) + (sb.bare ? 1 : 0), onset: sa.onset + sb.onset, at: i, secondBare: sb.bare };
    if (!best || ranksAbove(cut, best)) best = cut;
  }
  // a second half without an onset only where both are frequent ("trung ương"): a loanword
  // written whole cuts that way too ("mêtan" is no "mêt an")
  // (and one half at least frequent: no cut of a scan's garbage or a made-up word, "Kusô")
  if (!best || best.known === 0 || (best.secondBare && best.known < 2)) return -1;
  return best.at - 1;
}

/** Adds where the run of letters [s, e) is two glued syllables (see gluedPair), unless it is part of an address. */
function glued(text: string, s: number, e: number, at: Set<number>): void {
  if ((s > 0 && NOT_WORD_BEFORE.test(text[s - 1]!)) || (e < text.length && NOT_WORD_AFTER.test(text[e]!))) return;
  const k = gluedPair(text.slice(s, e));
  if (k >= 0) at.add(s + k);
}

/**
 * Puts back the space a web copy lost between two syllables: the second capitalised ("Kính gửi:
 * BộCông Thương", "HàNội"): no Vietnamese word has a capital inside it, and both halves must be
 * syllables ("TTr", "VnExpress", "iPhone" stay); or two syllables in one run of letters
 * ("kếhoạch", "TRIỂNKHAI", a line's break dropped inside a paragraph), see gluedPair.
 */
export function splitGluedWords(mt: MappedText): MappedText {
  const text = mt.text;
  const at = new Set<number>();
  GLUED_CAPITAL.lastIndex = 0;
  for (let m = GLUED_CAPITAL.exec(text); m; m = GLUED_CAPITAL.exec(text)) {
    const i = m.index - 1; // the letter before the capital
    if (i < 0 || !lowerOrToned(text.charCodeAt(i))) continue;
    const left = LEFT_WORD.exec(text.slice(Math.max(0, i - 7), i + 1));
    const right = left ? RIGHT_WORD.exec(text.slice(i + 1, i + 9)) : null;
    if (left && right && isSyllable(left[1]!) && isSyllable(right[0])) at.add(i);
  }
  // each run of letters: where it starts, and whether it has two groups of vowels (a tight loop:
  // it reads every unit). A copy that lost the spaces at its line breaks loses them all through,
  // so past its first GLUE_SAMPLE units a text is read only if a glued pair was found (a
  // capitalised one anywhere, or one of these in those units).
  const n = text.length;
  for (let i = 0, s = 0, state = 0; i < n; i++) {
    const next = NEXT_STATE[state * 3 + LETTER_KIND[text.charCodeAt(i)]!]!;
    if (next === 0 && state === TWO_GROUPS) glued(text, s, i, at);
    else if (state === 0) s = i;
    state = next;
    if (i === GLUE_SAMPLE && at.size === 0) break;
    if (i === n - 1 && state === TWO_GROUPS) glued(text, s, n, at);
  }
  return at.size ? mt.insertAfter([...at].sort((a, b) => a - b), ' ') : mt;
}
