import { describe, expect, it } from 'vitest';
import { isSyllable, syllableShape } from './syllable.js';

describe('syllableShape', () => {
  it('reads onset, vowels and coda of folded letters', () => {
    expect(syllableShape('nghieng')).toEqual({ bare: false, onset: 3 });
    expect(syllableShape('ay')).toEqual({ bare: true, onset: 0 });
    expect(syllableShape('gi')).toEqual({ bare: false, onset: 2 });
    expect(syllableShape('ttg')).toBeNull();
    // "-nh" only after a, ê, i, y
    expect(syllableShape('onh')).toBeNull();
  });
});

describe('isSyllable', () => {
  it('accepts Vietnamese words in either case and either tone placement', () => {
    for (const w of ['người', 'ĐẢNG', 'Uỷ', 'ủy', 'hoà', 'quyết', 'nghiêng', 'gì', 'ở']) expect(isSyllable(w), w).toBe(true);
  });
  it('rejects mojibake, two tone marks, letters Vietnamese lacks and impossible shapes', () => {
    for (const w of ['ngµy', 'th¸ng', 'nåm', 'gìà', 'façon', 'ð', 'Phß¾c', 'chaøo', 'abcdefgh', 'xyz']) expect(isSyllable(w), w).toBe(false);
  });
});
