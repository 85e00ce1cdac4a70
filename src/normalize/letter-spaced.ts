// Letter-spaced lines: old PDF titles set every character apart ("c ủ a T h ủ t ư ớ n g C h í n h
// p h ủ s ố 1 1 5 / 2 0 0 4 / Q Đ - T T g"), so the spaces no longer mark words. Vietnamese
// writes each syllable as a word, so the letters are cut back into syllables by their shape
// (onset, vowels, coda; src/data/syllables.json): "của Thủ tướng Chính phủ số 115/2004/QĐ-TTg".
import syllables from '../data/syllables.json' with { type: 'json' };
import { foldSameLength } from './fold.js';
import type { MappedText } from './mapped-text.js';

// onsets by first letter (longest first), so a candidate syllable tries two or three, not all
const ONSETS_BY_FIRST = new Map<string, string[]>();
for (const on of syllables.onsets) ONSETS_BY_FIRST.set(on[0]!, [...(ONSETS_BY_FIRST.get(on[0]!) ?? []), on]);
/** Longer runs of letters are no title: they are kept whole rather than cut (bounded cost). */
const MAX_LETTERS = 160;
const CODAS = [...syllables.codas, ''];
const VOWEL = new Set(syllables.vowels);
const MAX_SYLLABLE = 7; // "nghiêng"
const COMMON = new Set(syllables.common.map((w) => w.normalize('NFC')));

interface Shape {
  /** No onset ("ấy", "ở"). */
  bare: boolean;
  onset: number;
}

/** The shape of a folded syllable, or null when these letters cannot be one. */
function syllableShape(f: string): Shape | null {
  for (const on of [...(ONSETS_BY_FIRST.get(f[0]!) ?? []), '']) {
    if (!f.startsWith(on)) continue;
    let i = on.length;
    let v = 0;
    while (i < f.length && VOWEL.has(f[i]!) && v < syllables.maxVowels) {
      i++;
      v++;
    }
    // "gi" carries its vowel ("gì" folds to "gi")
    if (v === 0 && !(on === 'gi' && f.length === 2)) continue;
    const coda = f.slice(i);
    if (!CODAS.includes(coda)) continue;
    const last = f[i - 1]!;
    // rhymes: "-nh"/"-ch" follow a, ê, i, y ("anh", "uynh"); "-c"/"-ng" never follow a lone i or y
    if ((coda === 'nh' || coda === 'ch') && !'aeiy'.includes(last)) continue;
    if ((coda === 'c' || coda === 'ng') && (last === 'i' || last === 'y') && v === 1) continue;
    return { bare: on === '', onset: on.length };
  }
  return null;
}

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
  type Best = { count: number; known: number; bare: number; onset: number; from: number };
  const better = (x: Best, y: Best | null) =>
    !y || x.count < y.count || (x.count === y.count && (x.known > y.known || (x.known === y.known && (x.bare < y.bare || (x.bare === y.bare && x.onset > y.onset)))));
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

const LETTER = /^\p{L}$/u;
const JOINERS = new Set(['/', '-', '.', '&']);
const CLOSERS = new Set([',', ';', ':', ')']);

// Six or more single characters, each apart from the next by one space.
const RUN = /(?<![^\s])(?:[^\s] ){5,}[^\s](?![^\s])/gu;

/**
 * Rewrites letter-spaced runs: syllables apart, numbers and symbols together. Only spaces are
 * removed, each by itself, so every kept character keeps its offset into the original.
 */
export function joinLetterSpaced(mt: MappedText): MappedText {
  if (!/(?:[^\s] ){5}/u.test(mt.text)) return mt;
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
        const cut = cutSyllables(chars.slice(k, e).join(''));
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
