// Legacy 8-bit Vietnamese encodings that reach us as mojibake: TCVN3 (ABC, .VnTime),
// VNI-Windows, VISCII and Windows-1258 bytes shown as Latin-1 / cp1252 characters ("Hµ Néi",
// "Xin chaøo"). Decoding runs before any other clean-up: TCVN3 "ư" is 0xAD, the soft hyphen that a
// generic cleaner would delete, and VISCII puts capitals on C0 controls and NBSP
// (vn-document-format.md §6.6).
import cp1252 from '../data/cp1252.json' with { type: 'json' };
import cp1258 from '../data/cp1258.json' with { type: 'json' };
import tcvn3 from '../data/tcvn3.json' with { type: 'json' };
import viscii from '../data/viscii.json' with { type: 'json' };
import vni from '../data/vni.json' with { type: 'json' };
import type { MappedText } from './mapped-text.js';
import { isSyllable } from './syllable.js';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viscii' | 'cp1258';

const TCVN3_MAP = new Map<string, string>();
for (const [hex, ch] of Object.entries(tcvn3.bytes)) TCVN3_MAP.set(String.fromCharCode(parseInt(hex, 16)), ch);
for (const [from, ch] of Object.entries(tcvn3.aliases)) TCVN3_MAP.set(from, ch);
const TCVN3_RE = /[\u00a0-\u00ff\u2212\u2219\u03bc]/g;

// VNI writes a letter as a base and a modifier byte: decoded longest match first.
const VNI_SEQS = Object.entries(vni.sequences as Record<string, string>)
  .filter(([k, v]) => k !== v)
  .sort((a, b) => b[0].length - a[0].length);
const VNI_MAP = new Map(VNI_SEQS);
const VNI_RE = new RegExp(VNI_SEQS.map(([k]) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

// Bytes 0x80–0x9F show as C1 controls when read as Latin-1 and as cp1252 punctuation ("“", "…")
// when a converter used the Windows code page: both spellings decode.
const CP1252_HIGH = new Map(Object.entries(cp1252.bytes).map(([hex, ch]) => [parseInt(hex, 16), ch]));

/** A one-byte-per-character table (VISCII, CP1258) as a character map and the class that finds them. */
function byteTable(bytes: Record<string, string>): { map: Map<string, string>; re: RegExp } {
  const map = new Map<string, string>();
  for (const [hex, ch] of Object.entries(bytes)) {
    const b = parseInt(hex, 16);
    map.set(String.fromCharCode(b), ch);
    const shown = CP1252_HIGH.get(b);
    if (shown && shown !== ch && !map.has(shown)) map.set(shown, ch);
  }
  const cls = [...map.keys()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  return { map, re: new RegExp(`[${cls}]`, 'g') };
}
const VISCII = byteTable(viscii.bytes);
const CP1258 = byteTable(cp1258.bytes);

// Characters that never occur in Unicode Vietnamese but are frequent in each mojibake.
const TCVN3_SIGNAL = '¸µ¶·¹©ª«¬®¨§−∙μ';
// VNI modifier bytes also spell real "â ê à á …" after a vowel: only the VNI-only ones count as strong.
const VNI_STRONG = 'øûïëåäñöØÛÏËÅÄÑÖ';
// VISCII and CP1258: đ (0xF0 "ð" in both), VISCII ư/ơ/ợ/ỡ ("ß ½ þ Þ"), CP1258's tilde byte
// ("Þ"), and VISCII capitals on C1 and C0 controls.
const OTHER_SIGNAL = 'ðÐßþÞ½¾¢£¤¥¦\u0002\u0005\u0006\u0014\u0019\u001e';
const SIGNALS = new Uint8Array(65536);
for (const c of TCVN3_SIGNAL) SIGNALS[c.charCodeAt(0)] = 1;
for (const c of VNI_STRONG) SIGNALS[c.charCodeAt(0)] = 1;
for (const c of OTHER_SIGNAL) SIGNALS[c.charCodeAt(0)] = 1;
for (let c = 0x80; c < 0xa0; c++) SIGNALS[c] = 1;

// Letters by code unit below U+0250 (Latin and the legacy bytes), from \p{L}; Vietnamese
// letters above (U+1E00–U+1EFF) are letters too; other units are tested one by one (rare).
const LETTER_BELOW = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) LETTER_BELOW[c] = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 0;
const ONE_LETTER = /\p{L}/u;
function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x250) n += LETTER_BELOW[c]!;
    else if (c >= 0x1e00 && c <= 0x1eff) n++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // a letter outside the BMP is one letter over two units, as the /u regex counted it
      if (ONE_LETTER.test(s.slice(i, i + 2))) n++;
      i++;
    } else if (ONE_LETTER.test(s[i]!)) n++;
  }
  return n;
}

/** Characters of the signal set, in one loop (a regex scan with a character class is several times slower). */
function countSignals(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += SIGNALS[s.charCodeAt(i)]!;
  return n;
}

/** What each encoding decodes: the characters to find, and what each stands for. */
const TABLES: Record<LegacyEncoding, { re: RegExp; map: Map<string, string> }> = {
  tcvn3: { re: TCVN3_RE, map: TCVN3_MAP },
  vni: { re: VNI_RE, map: VNI_MAP },
  viscii: VISCII,
  cp1258: CP1258,
};

/** A candidate decoding of a sample, as plain text (for scoring only; CP1258's marks composed). */
function candidate(s: string, enc: LegacyEncoding): string {
  const { re, map } = TABLES[enc];
  const out = s.replace(re, (m) => map.get(m) ?? m);
  return enc === 'cp1258' ? out.normalize('NFC') : out;
}
// A word: neither space nor ASCII punctuation or digit, so "ngµy" and "th¸ng" stay one word each.
const WORD = /[^\s\x21-\x40\x5b-\x60\x7b-\x7e]+/g;
const ASCII = /^[\x00-\x7f]*$/;
// about a thousand words: enough to tell the encodings apart, and the scoring stays cheap
const SCORE_SAMPLE = 6_000;
/** How many more syllables a decoding must read than the text as it is. */
const MARGIN = 8;

/**
 * How Vietnamese a text reads: its words with a letter beyond ASCII that are syllables, less those
 * that are not ("người" +1, "ng­êi" −1). ASCII words read the same in every decoding and are skipped.
 */
export function vietnameseScore(text: string): number {
  let score = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (!ASCII.test(m[0])) score += isSyllable(m[0]) ? 1 : -1;
  }
  return score;
}

/**
 * Which legacy encoding, if any, the text is in (vn-document-format.md §6.6 step 1). Characters
 * that Unicode Vietnamese never uses must be at least 1% of the letters; then each candidate
 * decoding of a sample is scored by its Vietnamese syllables, and the best wins when it reads
 * clearly better than the text as it is.
 */
export function detectLegacy(text: string): LegacyEncoding | null {
  let sample = text.length > 400_000 ? text.slice(0, 400_000) : text;
  let signals = countSignals(sample);
  if (signals < 8) return null; // the common case: counting letters is the slow part
  // Only the pieces a legacy font could have written are weighed (a mixed file: a TCVN3 header
  // over a Unicode body, a signer's name typed in Unicode under VNI text).
  const unicode = unicodePieces(sample);
  if (unicode.length) {
    sample = without(sample, unicode);
    signals = countSignals(sample);
    if (signals < 8) return null;
  }
  const letters = countLetters(sample) || 1;
  if (signals / letters <= 0.01) return null;
  const head = sample.length > SCORE_SAMPLE ? sample.slice(0, SCORE_SAMPLE) : sample;
  // The text as it is, with "ð" read as "đ" as the clean-up later does (OCR, some fonts).
  let best: LegacyEncoding | null = null;
  let bestScore = vietnameseScore(head.replace(/ð/g, 'đ').replace(/Ð/g, 'Đ')) + MARGIN;
  for (const enc of Object.keys(TABLES) as LegacyEncoding[]) {
    const score = vietnameseScore(candidate(head, enc));
    if (score > bestScore) {
      best = enc;
      bestScore = score;
    }
  }
  return best;
}

// Letters only Unicode writes: no legacy byte read as Latin-1 or cp1252 shows as ă, đ, ĩ, ũ, ơ,
// ư or a toned letter of U+1EA0–U+1EF9.
const UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
// A piece: a line, or a cell of a laid-out line (between tabs or 3+ spaces).
const PIECE = /[^\n\t]+?(?=\t|\n|[ ]{3}|$)/g;

/** [start, end) of each piece of the text already in Unicode, in order. */
function unicodePieces(text: string): [number, number][] {
  if (!UNICODE_ONLY.test(text)) return [];
  const out: [number, number][] = [];
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(text); m; m = PIECE.exec(text)) if (UNICODE_ONLY.test(m[0])) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The text without these pieces (each left as a line break), for weighing what remains. */
function without(text: string, pieces: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of pieces) {
    out += `${text.slice(at, a)}\n`;
    at = b;
  }
  return out + text.slice(at);
}

/** A replacer that leaves matches inside the given pieces (in order, as matches come) alone. */
function outside(pieces: [number, number][], fn: (m: string) => string): (m: RegExpExecArray) => string {
  let k = 0;
  return (m) => {
    while (k < pieces.length && pieces[k]![1] <= m.index) k++;
    return k < pieces.length && pieces[k]![0] <= m.index ? m[0] : fn(m[0]);
  };
}


/** Two or more ASCII capitals, no ASCII lower case, and some other lower-case letter ("THủ"). */
function mixedCapitals(w: string): boolean {
  let caps = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) caps++;
  }
  return caps >= 2 && w !== w.toUpperCase();
}

/**
 * Decodes the text, leaving the pieces already in Unicode as they are (a mixed file). CP1258's
 * tone bytes come out as combining marks, composed by the caller.
 */
export function decodeLegacy(mt: MappedText, enc: LegacyEncoding): MappedText {
  const { re, map } = TABLES[enc];
  const decoded = mt.replace(re, outside(unicodePieces(mt.text), (m) => map.get(m) ?? m));
  if (enc !== 'tcvn3') return decoded;
  // Capitals typed in a ".VnTimeH" font decode to lower-case toned letters inside upper-case
  // words ("THủ TƯớNG"): such a word is upper case throughout.
  return decoded.replace(/\p{L}+/gu, (m) => (mixedCapitals(m[0]) ? m[0].toUpperCase() : m[0]));
}
