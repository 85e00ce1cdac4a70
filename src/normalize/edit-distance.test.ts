import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.js';

describe('editDistance', () => {
  it('counts letters changed, added and dropped, up to the cap', () => {
    expect(editDistance('banchaphanhtrunguong', 'banchaphanhtrunguong', 2)).toBe(0);
    expect(editDistance('banchaaphanhtrunguong', 'banchaphanhtrunguong', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3); // over the cap: cap + 1
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
    expect(editDistance('', 'ab', 2)).toBe(2);
  });
});
