// The shape of a Vietnamese syllable (src/data/syllables.json): onset? vowels{1,3} coda?, with at
// most one tone mark. Vietnamese writes each syllable as a word, so the shape tells real words
// from mojibake (legacy.ts) and cuts letter-spaced titles back into words (letter-spaced.ts).
import syllables from '../data/syllables.json' with { type: 'json' };
import { foldSameLength } from './fold.js';

// onsets by first letter (longest first), so a candidate syllable tries two or three, not all
// (each list ends with the empty onset, so a syllable without one is tried last)
const ONSETS_BY_FIRST = new Map<string, string[]>();
for (const on of syllables.onsets) ONSETS_BY_FIRST.set(on[0]!, [...(ONSETS_BY_FIRST.get(on[0]!) ?? []), on]);
for (const list of ONSETS_BY_FIRST.values()) list.push('');
const NO_ONSET = [''];
const CODAS = [...syllables.codas, ''];
const VOWEL = new Set(syllables.vowels);
export const MAX_SYLLABLE = 7; // "nghiêng"

export interface Shape {
  /** No onset ("ấy", "ở"). */
  bare: boolean;
  onset: number;
}

/** The shape of a folded syllable (no diacritics, đ → d), or null when these letters cannot be one. */
export function syllableShape(f: string): Shape | null {
  for (const on of ONSETS_BY_FIRST.get(f[0]!) ?? NO_ONSET) {
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

// Vietnamese letters outside ASCII, lower case (NFC). Tones: grave, acute, hook, tilde, dot below.
const QUALITY = 'ăâđêôơư';
const TONED = 'àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
const VN_EXTRA = new Set([...QUALITY, ...TONED]);
const TONE = new Set(TONED);

/**
 * True when a word (NFC) is one Vietnamese syllable: Vietnamese letters only, at most one tone
 * mark, and a syllable's shape ("người", "ĐẢNG"; not "ngµy", "nh©n", "gìà").
 */
export function isSyllable(word: string): boolean {
  if (word.length === 0 || word.length > MAX_SYLLABLE) return false;
  const w = word.toLowerCase();
  let tones = 0;
  for (const ch of w) {
    if (ch >= 'a' && ch <= 'z') continue;
    if (!VN_EXTRA.has(ch)) return false;
    if (TONE.has(ch) && ++tones > 1) return false;
  }
  return syllableShape(foldSameLength(w)) !== null;
}
