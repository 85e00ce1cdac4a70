import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo.js';

describe('boundedMemo', () => {
  it('computes a key once, and again only after the store was emptied past its bound', () => {
    const calls: string[] = [];
    const len = boundedMemo((k) => {
      calls.push(k);
      return k.length;
    }, 2);
    expect([len('ab'), len('ab'), len('abc')]).toEqual([2, 2, 3]);
    expect(calls).toEqual(['ab', 'abc']);
    len('x');
    len('y'); // the store held 3 > 2 keys: emptied before this one
    expect(len('ab')).toBe(2);
    expect(calls).toEqual(['ab', 'abc', 'x', 'y', 'ab']);
  });
});
