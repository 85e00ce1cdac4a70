// A text plus, for every UTF-16 unit of it, the offset of the original unit it came from.
// Each clean-up step returns a new MappedText, so any number of steps compose and a span
// found in the clean text maps back into the original input (eyecite's segment map idea;
// the per-unit array is compressed into constant-shift segments by OffsetMap).

export class MappedText {
  /** orig[i] = original offset of text[i]; orig[text.length] = original length (end sentinel). */
  constructor(
    readonly text: string,
    readonly orig: Int32Array,
  ) {}

  static identity(text: string): MappedText {
    const orig = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) orig[i] = i;
    return new MappedText(text, orig);
  }

  /**
   * Replaces every match of a global regex. Unchanged text keeps its mapping; the units of a
   * replacement map to the units of the match they stand in for (the i-th replacement unit to
   * the i-th matched unit, clamped), and a deletion maps nowhere.
   */
  replace(re: RegExp, fn: (m: RegExpExecArray) => string): MappedText {
    if (!re.global) throw new Error('MappedText.replace needs a global regex');
    const src = this.text;
    // First collect the edits, then build text and map in one pass with bulk copies: most
    // steps change nothing, and copying the map unit by unit was the pipeline's hot spot.
    const starts: number[] = [];
    const ends: number[] = [];
    const reps: string[] = [];
    let total = src.length;
    re.lastIndex = 0;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const r = fn(m);
      if (r === m[0]) continue;
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      reps.push(r);
      total += r.length - m[0].length;
    }
    return this.apply(starts, ends, reps, total);
  }

  /**
   * Replaces single UTF-16 units flagged in `flags` (indexed by code unit) with `fn(unit)`. A
   * plain loop: a regex scan with a large character class costs several times more.
   */
  replaceUnits(flags: Uint8Array, fn: (ch: string) => string): MappedText {
    const src = this.text;
    const starts: number[] = [];
    const ends: number[] = [];
    const reps: string[] = [];
    let total = src.length;
    for (let i = 0; i < src.length; i++) {
      if (flags[src.charCodeAt(i)] !== 1) continue;
      const ch = src[i]!;
      const r = fn(ch);
      if (r === ch) continue;
      starts.push(i);
      ends.push(i + 1);
      reps.push(r);
      total += r.length - 1;
    }
    return this.apply(starts, ends, reps, total);
  }

  /** Deletes the ranges [starts[k], ends[k]) (ascending, disjoint). */
  deleteRanges(starts: number[], ends: number[]): MappedText {
    let removed = 0;
    for (let k = 0; k < starts.length; k++) removed += ends[k]! - starts[k]!;
    return this.apply(starts, ends, starts.map(() => ''), this.text.length - removed);
  }

  /** Deletes the single units at these offsets (ascending). */
  deleteUnits(offsets: number[]): MappedText {
    return this.apply(
      offsets,
      offsets.map((o) => o + 1),
      offsets.map(() => ''),
      this.text.length - offsets.length,
    );
  }

  /** Builds the text and map after sorted, disjoint edits, with bulk copies of unchanged runs. */
  private apply(starts: number[], ends: number[], reps: string[], total: number): MappedText {
    const src = this.text;
    if (reps.length === 0) return this;
    if (total === src.length && reps.every((r, k) => r.length === ends[k]! - starts[k]!)) {
      // Unit-for-unit replacements (quotes, dashes, spaces) keep every offset: share the map.
      const parts: string[] = [];
      let last = 0;
      for (let k = 0; k < reps.length; k++) {
        parts.push(src.slice(last, starts[k]!), reps[k]!);
        last = ends[k]!;
      }
      parts.push(src.slice(last));
      return new MappedText(parts.join(''), this.orig);
    }
    const out = new Int32Array(total + 1);
    const parts: string[] = [];
    let n = 0;
    let last = 0;
    for (let k = 0; k < reps.length; k++) {
      const a = starts[k]!;
      const b = ends[k]!;
      const r = reps[k]!;
      out.set(this.orig.subarray(last, a), n);
      n += a - last;
      parts.push(src.slice(last, a), r);
      for (let i = 0; i < r.length; i++) out[n++] = this.orig[a + Math.min(i, b - a - 1)]!;
      last = b;
    }
    out.set(this.orig.subarray(last, src.length + 1), n);
    parts.push(src.slice(last));
    return new MappedText(parts.join(''), out);
  }

  /** Cuts the text at `at` and appends `tail` (mapped to the cut point). */
  truncate(at: number, tail = ''): MappedText {
    const orig = new Int32Array(at + tail.length + 1);
    orig.set(this.orig.subarray(0, at));
    for (let i = 0; i < tail.length; i++) orig[at + i] = this.orig[at]!;
    orig[at + tail.length] = this.orig[this.text.length]!;
    return new MappedText(this.text.slice(0, at) + tail, orig);
  }
}

/** A compact clean→original offset map: segments of constant shift, searched by bisection. */
export class OffsetMap {
  private readonly cleanStarts: Int32Array;
  private readonly shifts: Int32Array;
  readonly cleanLength: number;
  readonly originalLength: number;

  constructor(orig: Int32Array) {
    const starts: number[] = [];
    const shifts: number[] = [];
    for (let i = 0; i < orig.length; i++) {
      const shift = orig[i]! - i;
      if (i === 0 || shift !== shifts[shifts.length - 1]) {
        starts.push(i);
        shifts.push(shift);
      }
    }
    this.cleanStarts = Int32Array.from(starts);
    this.shifts = Int32Array.from(shifts);
    this.cleanLength = orig.length - 1;
    this.originalLength = orig[orig.length - 1] ?? 0;
  }

  /** Number of constant-shift segments (small when the clean-up changed little). */
  get segments(): number {
    return this.cleanStarts.length;
  }

  toOriginal(cleanOffset: number): number {
    const p = Math.max(0, Math.min(cleanOffset, this.cleanLength));
    let lo = 0;
    let hi = this.cleanStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.cleanStarts[mid]! <= p) lo = mid;
      else hi = mid - 1;
    }
    return p + this.shifts[lo]!;
  }

  /** Maps a clean half-open range to the smallest original range that covers it. */
  span(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const o = this.toOriginal(start);
      return { start: o, end: o };
    }
    const s = this.toOriginal(start);
    const e = this.toOriginal(end - 1) + 1;
    return { start: s, end: Math.max(s, e) };
  }
}
