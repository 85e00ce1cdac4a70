// The run-based map against a per-unit reference: every step, any order, any text.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { MappedText, OffsetMap } from './mapped-text.js';

/** The reference: one original offset per unit, rebuilt at every edit. */
class Ref {
  constructor(
    readonly text: string,
    readonly orig: number[],
  ) {}
  static identity(t: string): Ref {
    return new Ref(t, Array.from({ length: t.length + 1 }, (_, i) => i));
  }
  edit(starts: number[], ends: number[], reps: string[]): Ref {
    let text = '';
    const orig: number[] = [];
    let last = 0;
    for (let k = 0; k < reps.length; k++) {
      const [a, b, r] = [starts[k]!, ends[k]!, reps[k]!];
      text += this.text.slice(last, a) + r;
      for (let i = last; i < a; i++) orig.push(this.orig[i]!);
      for (let i = 0; i < r.length; i++) orig.push(a + Math.min(i, b - a - 1) >= 0 ? this.orig[a + Math.min(i, b - a - 1)]! : 0);
      last = b;
    }
    text += this.text.slice(last);
    for (let i = last; i <= this.text.length; i++) orig.push(this.orig[i]!);
    return new Ref(text, orig);
  }
  moveBefore(a: number, b: number, to: number): Ref {
    const o = this.orig;
    const orig = [...o.slice(0, to), ...o.slice(a, b), ...o.slice(to, a), ...o.slice(b)];
    const t = this.text;
    return new Ref(t.slice(0, to) + t.slice(a, b) + t.slice(to, a) + t.slice(b), orig);
  }
  truncate(at: number, tail: string): Ref {
    const orig = this.orig.slice(0, at);
    for (let i = 0; i < tail.length; i++) orig.push(this.orig[at]!);
    orig.push(this.orig[this.text.length]!);
    return new Ref(this.text.slice(0, at) + tail, orig);
  }
}

type Step =
  | { kind: 'replace'; pat: string; rep: string }
  | { kind: 'delete'; every: number }
  | { kind: 'truncate'; at: number; tail: string }
  | { kind: 'move'; to: number; a: number; len: number };

function run(text: string, steps: Step[]): { mt: MappedText; ref: Ref } {
  let mt = MappedText.identity(text);
  let ref = Ref.identity(text);
  for (const s of steps) {
    if (s.kind === 'replace') {
      const re = new RegExp(s.pat, 'g');
      const starts: number[] = [];
      const ends: number[] = [];
      const reps: string[] = [];
      for (let m = re.exec(ref.text); m; m = re.exec(ref.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const r = m[0] === s.rep ? m[0] : s.rep;
        if (r === m[0]) continue;
        starts.push(m.index);
        ends.push(m.index + m[0].length);
        reps.push(r);
      }
      mt = mt.replace(new RegExp(s.pat, 'g'), () => s.rep);
      ref = ref.edit(starts, ends, reps);
    } else if (s.kind === 'delete') {
      const offs: number[] = [];
      for (let i = 0; i < ref.text.length; i += s.every) offs.push(i);
      mt = mt.deleteUnits(offs);
      ref = ref.edit(offs, offs.map((o) => o + 1), offs.map(() => ''));
    } else if (s.kind === 'move') {
      const n = ref.text.length;
      const to = Math.min(s.to, n);
      const a = Math.min(to + s.a, n);
      const b = Math.min(a + s.len, n);
      if (a < b) {
        mt = mt.moveBefore(a, b, to);
        ref = ref.moveBefore(a, b, to);
      }
    } else {
      const at = Math.min(s.at, ref.text.length);
      mt = mt.truncate(at, s.tail);
      ref = ref.truncate(at, s.tail);
    }
  }
  return { mt, ref };
}

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), pat: fc.constantFrom('a', 'ab', 'b+', ' +', '\\n', 'x?y', '[ac]{2}', 'c'), rep: fc.constantFrom('', 'Z', 'ZZ', 'ZZZZ', ' ') }),
  fc.record({ kind: fc.constant('delete' as const), every: fc.integer({ min: 2, max: 9 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.integer({ min: 0, max: 60 }), tail: fc.constantFrom('', '…', 'TAIL') }),
  fc.record({ kind: fc.constant('move' as const), to: fc.integer({ min: 0, max: 40 }), a: fc.integer({ min: 0, max: 30 }), len: fc.integer({ min: 1, max: 30 }) }),
);

describe('MappedText runs', () => {
  test.prop([fc.stringMatching(/^[abcxy \n]{0,60}$/), fc.array(step, { maxLength: 8 })], { numRuns: 2000 })('map as the per-unit reference does', (text, steps) => {
    const { mt, ref } = run(text, steps);
    expect(mt.text).toBe(ref.text);
    expect(Array.from(mt.orig)).toEqual(ref.orig);
    expect(Array.from(MappedText.fromOrig(mt.text, mt.orig).orig)).toEqual(ref.orig);
    // and the compact map built from the runs is the one built from the array
    const a = mt.offsetMap();
    const b = new OffsetMap(Int32Array.from(ref.orig));
    for (let i = 0; i <= mt.text.length; i++) for (const j of [i, i + 1, i + 3]) expect(a.span(i, j)).toEqual(b.span(i, j));
  });

  // Over 1024 edits the text is built in a buffer: the same text and map, lone surrogates kept.
  // Seeded texts rather than fast-check: a failure on thousands of units is reported at once.
  it('many edits in one step map as the reference does', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 8) % n;
    const units = ['a', 'b', ' ', '\n', 'ủ', '\ud83d', '\ude00', 'x'];
    const firstDiff = (a: ArrayLike<unknown>, b: ArrayLike<unknown>) => {
      for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
      return -1;
    };
    for (let t = 0; t < 20; t++) {
      const text = Array.from({ length: 3000 + rand(3000) }, () => units[rand(units.length)]).join('');
      const steps: Step[] = [
        { kind: 'delete', every: 2 + rand(2) },
        { kind: 'replace', pat: ['a', ' +', 'x?y', '\\n'][rand(4)]!, rep: ['', 'ZZ', ' '][rand(3)]! },
        { kind: 'truncate', at: 500 + rand(1000), tail: '…' },
      ];
      const { mt, ref } = run(text, steps);
      expect([t, firstDiff(mt.text, ref.text)]).toEqual([t, -1]);
      expect([t, firstDiff(mt.orig, ref.orig)]).toEqual([t, -1]);
    }
  });

  it('keeps a run per edit, whatever the length of the text', () => {
    const long = `${'abc '.repeat(50_000)}END\tEND`;
    const mt = MappedText.identity(long).replace(/\t/g, () => '    ').replace(/END/g, () => 'E');
    // before, between, after the edits: a handful of constant-shift segments, not 200 000
    expect(mt.offsetMap().segments).toBeLessThan(12);
    expect(mt.text.endsWith('E    E')).toBe(true);
    const at = mt.text.length - 1; // the last "E" stands for the last "END"
    expect(mt.offsetMap().span(at, at + 1)).toEqual({ start: long.length - 3, end: long.length - 2 });
    expect(MappedText.identity(long).truncate(10, '…').offsetMap().segments).toBe(2);
  });
});

describe('MappedText.setUnits', () => {
  it('replaces single units in place: the text keeps its length and every offset its place', () => {
    const mt = MappedText.identity('ab  cd ef').replace(/ {2}/g, () => ' ');
    const set = mt.setUnits([2, 5], '\n');
    expect(set.text).toBe('ab\ncd\nef');
    // (the map is the step's before: "c" is still at 4 of the original, "e" at 7)
    expect([...set.orig]).toEqual([...mt.orig]);
    expect(set.offsetMap().span(3, 5)).toEqual({ start: 4, end: 6 });
  });
});
