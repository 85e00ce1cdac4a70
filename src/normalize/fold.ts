// Matching keys. The record keeps text as written; keys ignore what varies between writers:
// case, tone-mark placement (hoà/hòa, uỷ/ủy), and, for the loose key, all diacritics.

let table: Uint16Array | null = null;
// Decodes a unit array in one native call; a lone surrogate becomes U+FFFD, still one unit.
const UTF16 = new TextDecoder('utf-16le');

/** One unit → one unit: lower case, diacritics stripped, đ → d. Same length as the input. */
function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    let ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = c;
      continue;
    }
    let base = ch.normalize('NFD')[0] ?? ch;
    if (base === 'đ' || base === 'Đ' || base === 'Ð' || base === 'ð' || base === 'Ɖ') base = 'd';
    const lower = base.toLowerCase();
    ch = lower.length === 1 ? lower : base;
    t[c] = ch.charCodeAt(0);
  }
  table = t;
  return t;
}

/**
 * Loose key with the same length as the input, so offsets found in it are offsets in the input:
 * "Cộng Hòa" → "cong hoa". Used to find keywords in OCR-damaged text ("CỌNG HOÀ XÃ HỌI").
 */
export function foldSameLength(s: string): string {
  const t = foldTable();
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = t[s.charCodeAt(i)]!;
  return UTF16.decode(out);
}

/** Loose key for comparing names: folded, punctuation collapsed to single spaces. */
export function looseKey(s: string): string {
  return foldSameLength(s.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Modern placement (tone on the second vowel of oa, oe, uy in an open syllable) → traditional.
const TONES: Record<string, string> = {
  à: 'ò', á: 'ó', ả: 'ỏ', ã: 'õ', ạ: 'ọ', è: 'ò', é: 'ó', ẻ: 'ỏ', ẽ: 'õ', ẹ: 'ọ',
};
const Y_TONES: Record<string, string> = { ỳ: 'ù', ý: 'ú', ỷ: 'ủ', ỹ: 'ũ', ỵ: 'ụ' };

/**
 * Strict key: NFC, lower case, tone placement made traditional (òa, úy). Keeps every other
 * diacritic, so "ngày" and "ngay" stay different.
 */
export function matchKey(s: string): string {
  const lower = s.normalize('NFC').toLowerCase();
  return lower
    .replace(/(^|[^q])o([àáảãạ])(?![\p{L}])/gu, (_m, pre: string, v: string) => `${pre}${TONES[v]}a`)
    .replace(/(^|[^q])o([èéẻẽẹ])(?![\p{L}])/gu, (_m, pre: string, v: string) => `${pre}${TONES[v]}e`)
    .replace(/(^|[^q])u([ỳýỷỹỵ])(?![\p{L}])/gu, (_m, pre: string, v: string) => `${pre}${Y_TONES[v]}y`);
}
