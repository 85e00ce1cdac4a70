// Legacy 8-bit Vietnamese encodings that reach us as mojibake: TCVN3 (ABC, .VnTime) and
// VNI-Windows bytes shown as Latin-1 / cp1252 characters ("Hµ Néi", "Xin chaøo").
// Decoding runs before any other clean-up: TCVN3 "ư" is 0xAD, the soft hyphen that a generic
// cleaner would delete (vn-document-format.md §6.6).
import tcvn3 from '../data/tcvn3.json' with { type: 'json' };
import vni from '../data/vni.json' with { type: 'json' };
import type { MappedText } from './mapped-text.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

const TCVN3_MAP = new Map<string, string>();
for (const [hex, ch] of Object.entries(tcvn3.bytes)) TCVN3_MAP.set(String.fromCharCode(parseInt(hex, 16)), ch);
for (const [from, ch] of Object.entries(tcvn3.aliases)) TCVN3_MAP.set(from, ch);

// Characters that never occur in Unicode Vietnamese but are frequent in each mojibake.
const TCVN3_SIGNAL = '¸µ¶·¹©ª«¬®¨§−∙μ';
// VNI modifier bytes also spell real "â ê à á …" after a vowel: only the VNI-only ones count as strong.
const VNI_STRONG = 'øûïëåäñöØÛÏËÅÄÑÖ';
const SIGNALS = new Uint8Array(65536);
for (const c of TCVN3_SIGNAL) SIGNALS[c.charCodeAt(0)] = 1;
for (const c of VNI_STRONG) SIGNALS[c.charCodeAt(0)] = 2;
const VNI_SIGNAL = /[aeiouyAEIOUY][øûõïëåäâêùàáèéØÛÕÏËÅÄÂÊÙÀÁÈÉ]|[ñöÑÖ]/g;

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

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/** Which legacy encoding, if any, the text looks like. Counts signals per letter. */
export function detectLegacy(text: string): LegacyEncoding | null {
  const sample = text.length > 400_000 ? text.slice(0, 400_000) : text;
  // One loop counts both signals (a regex scan with a character class is several times slower).
  let t = 0;
  let strong = 0;
  for (let i = 0; i < sample.length; i++) {
    const f = SIGNALS[sample.charCodeAt(i)];
    if (f === 1) t++;
    else if (f === 2) strong++;
  }
  if (t < 8 && strong < 8) return null; // the common case: counting letters is the slow part
  const letters = countLetters(sample) || 1;
  if (t >= 8 && t / letters > 0.01) return 'tcvn3';
  const v = count(VNI_SIGNAL, sample);
  if (strong >= 8 && strong / letters > 0.01 && v / letters > 0.02) return 'vni';
  return null;
}

const VNI_SEQS = Object.entries(vni.sequences as Record<string, string>)
  .filter(([k, v]) => k !== v)
  .sort((a, b) => b[0].length - a[0].length);
const VNI_MAP = new Map(VNI_SEQS);
const VNI_RE = new RegExp(VNI_SEQS.map(([k]) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

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

export function decodeLegacy(mt: MappedText, enc: LegacyEncoding): MappedText {
  if (enc === 'tcvn3') {
    const decoded = mt.replace(/[\u00a0-\u00ff\u2212\u2219\u03bc]/g, (m) => TCVN3_MAP.get(m[0]) ?? m[0]);
    // Capitals typed in a ".VnTimeH" font decode to lower-case toned letters inside upper-case
    // words ("THủ TƯớNG"): such a word is upper case throughout.
    return decoded.replace(/\p{L}+/gu, (m) => (mixedCapitals(m[0]) ? m[0].toUpperCase() : m[0]));
  }
  return mt.replace(VNI_RE, (m) => VNI_MAP.get(m[0]) ?? m[0]);
}
