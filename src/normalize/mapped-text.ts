// A text plus, for every UTF-16 unit of it, the offset of the original unit it came from.
// Each clean-up step returns a new MappedText, so any number of steps compose and a span
// found in the clean text maps back into the original input (eyecite's segment map idea).
// The map is kept as runs, not one entry per unit: a step copies the runs it keeps and adds
// the runs of its replacements, so its cost follows the edits, not the length of the text
// (a new per-unit array for each of ~20 steps was a third of normalize on long PDF texts).
// Runs live in typed arrays sized once per step: growing plain arrays by push cost 130 ms per
// 500k runs here (each regrowth a fresh large allocation), a step that deletes every other unit
// of a 1 MB text makes that many.

/**
 * Runs of the clean→original map: clean offsets [cs[k], cs[k+1]) (the last run to the text's
 * end) map to os[k] + (i - cs[k]) when st[k] is 1 (a copied run), to os[k] when it is 0 (the
 * tail of a replacement longer than what it replaced). `end` is the original length.
 */
interface Runs {
  cs: Int32Array;
  os: Int32Array;
  st: Uint8Array;
  /** Runs in use (the arrays may be longer). */
  n: number;
  end: number;
}

function allocRuns(capacity: number, end: number): Runs {
  return { cs: new Int32Array(capacity), os: new Int32Array(capacity), st: new Uint8Array(capacity), n: 0, end };
}

/** Edits above this many build the new text unit by unit into a buffer, not from slices. */
const MANY_EDITS = 1024;

/**
 * The text after sorted, disjoint edits. Few edits: slices joined. Many (a step that deletes
 * every other unit of a letter-spaced megabyte): the units are copied into one buffer and turned
 * into a string in chunks, which keeps lone surrogates as they are (a TextDecoder would not).
 */
function buildText(src: string, starts: number[], ends: number[], reps: string[], total: number): string {
  if (reps.length <= MANY_EDITS) {
    const parts: string[] = [];
    let last = 0;
    for (let k = 0; k < reps.length; k++) {
      parts.push(src.slice(last, starts[k]!), reps[k]!);
      last = ends[k]!;
    }
    parts.push(src.slice(last));
    return parts.join('');
  }
  const buf = new Uint16Array(total);
  let w = 0;
  let last = 0;
  for (let k = 0; k <= reps.length; k++) {
    const a = k < reps.length ? starts[k]! : src.length;
    for (let i = last; i < a; i++) buf[w++] = src.charCodeAt(i);
    if (k === reps.length) break;
    const r = reps[k]!;
    for (let i = 0; i < r.length; i++) buf[w++] = r.charCodeAt(i);
    last = ends[k]!;
  }
  const chunks: string[] = [];
  for (let i = 0; i < w; i += 8192) chunks.push(String.fromCharCode.apply(null, buf.subarray(i, Math.min(w, i + 8192)) as unknown as number[]));
  return chunks.join('');
}

export class MappedText {
  private constructor(
    readonly text: string,
    private readonly runs: Runs,
  ) {}

  static identity(text: string): MappedText {
    const runs = allocRuns(1, text.length);
    runs.st[0] = 1;
    runs.n = 1;
    return new MappedText(text, runs);
  }

  /** A text with its per-unit map (`orig`, as the getter gives it): the form before runs. */
  static fromOrig(text: string, orig: Int32Array): MappedText {
    const runs = allocRuns(Math.max(1, text.length), orig[text.length] ?? 0);
    const { cs, os, st } = runs;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      if (n > 0 && os[n - 1]! + (i - cs[n - 1]!) === orig[i]) continue;
      cs[n] = i;
      os[n] = orig[i]!;
      st[n] = 1;
      n++;
    }
    if (n === 0) (os[0] = orig[text.length] ?? 0), (st[0] = 1), (n = 1);
    runs.n = n;
    return new MappedText(text, runs);
  }

  /** orig[i] = original offset of text[i]; orig[text.length] = original length (end sentinel). */
  get orig(): Int32Array {
    const { cs, os, st, n, end } = this.runs;
    const out = new Int32Array(this.text.length + 1);
    for (let k = 0; k < n; k++) {
      const to = k + 1 < n ? cs[k + 1]! : this.text.length;
      for (let i = cs[k]!; i < to; i++) out[i] = os[k]! + st[k]! * (i - cs[k]!);
    }
    out[this.text.length] = end;
    return out;
  }

  /** The compact map for spans (constant-shift segments). */
  offsetMap(): OffsetMap {
    return OffsetMap.fromRuns(this.runs, this.text.length);
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

  /** Replaces the single units at these offsets (ascending) with `unit`: every offset kept. */
  setUnits(offsets: number[], unit: string): MappedText {
    return this.apply(
      offsets,
      offsets.map((o) => o + 1),
      offsets.map(() => unit),
      this.text.length,
    );
  }

  /** Puts `unit` after the units at these offsets (ascending); it maps to the unit before it. */
  insertAfter(offsets: number[], unit: string): MappedText {
    const src = this.text;
    return this.apply(
      offsets,
      offsets.map((o) => o + 1),
      offsets.map((o) => src[o]! + unit),
      src.length + offsets.length * unit.length,
    );
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

  /** Builds the text and map after sorted, disjoint edits. */
  private apply(starts: number[], ends: number[], reps: string[], total: number): MappedText {
    const src = this.text;
    if (reps.length === 0) return this;
    // Unit-for-unit replacements (quotes, dashes, spaces) keep every offset: share the map.
    if (total === src.length && reps.every((r, k) => r.length === ends[k]! - starts[k]!)) return new MappedText(buildText(src, starts, ends, reps, total), this.runs);
    // each edit adds at most three runs (the copy before it, its own units, a longer tail)
    const w = new RunWriter(this.runs, src.length, 3 * reps.length + 2);
    let last = 0;
    for (let k = 0; k < reps.length; k++) {
      const a = starts[k]!;
      const b = ends[k]!;
      const r = reps[k]!;
      w.copy(last, a);
      // the i-th unit of the replacement stands for the i-th unit replaced, the rest for the last
      const m = Math.min(r.length, b - a);
      w.copy(a, a + m);
      if (r.length > m) w.constant(b > a ? w.at(b - 1) : a > 0 ? w.at(a - 1) : 0, r.length - m);
      last = b;
    }
    w.copy(last, src.length);
    return new MappedText(buildText(src, starts, ends, reps, total), w.done());
  }

  /** Moves units [a, b) to stand before unit `to` (`to` ≤ `a`), keeping their mapping. */
  moveBefore(a: number, b: number, to: number): MappedText {
    if (!(to <= a && a < b && b <= this.text.length)) return this;
    const w = new RunWriter(this.runs, this.text.length, 4);
    w.copy(0, to);
    w.copy(a, b);
    w.copy(to, a);
    w.copy(b, this.text.length);
    const t = this.text;
    return new MappedText(t.slice(0, to) + t.slice(a, b) + t.slice(to, a) + t.slice(b), w.done());
  }

  /** Cuts the text at `at` and appends `tail` (mapped to the cut point). */
  truncate(at: number, tail = ''): MappedText {
    const w = new RunWriter(this.runs, this.text.length, 2);
    w.copy(0, at);
    if (tail.length > 0) w.constant(w.at(at), tail.length);
    return new MappedText(this.text.slice(0, at) + tail, w.done());
  }
}

/**
 * Writes the runs of a new map from the runs of the one before (`from`, over a text of length
 * `len`), asked in ascending order of old offsets, so one pointer walks the old runs (a move
 * asks one block out of order, and the walk starts again there).
 */
class RunWriter {
  private readonly out: Runs;
  private k = 0;
  private n = 0;

  /** `added`: the most runs the edits add beyond the old runs they copy. */
  constructor(
    private readonly from: Runs,
    private readonly len: number,
    added: number,
  ) {
    this.out = allocRuns(from.n + added + 1, from.end);
  }

  /** Original offset of old unit `p` (the end sentinel at `len`). */
  at(p: number): number {
    if (p >= this.len) return this.from.end;
    const { cs, os, st, n } = this.from;
    // (a moved block is asked out of order: the walk starts again)
    if (cs[this.k]! > p) this.k = 0;
    while (this.k + 1 < n && cs[this.k + 1]! <= p) this.k++;
    return os[this.k]! + st[this.k]! * (p - cs[this.k]!);
  }

  /** Appends old units [a, b) as they map. */
  copy(a: number, b: number): void {
    const { cs, st, n } = this.from;
    for (let p = a; p < b; ) {
      const o = this.at(p);
      const runEnd = this.k + 1 < n ? cs[this.k + 1]! : this.len;
      const e = Math.min(runEnd, b);
      this.push(o, st[this.k]!, e - p);
      p = e;
    }
  }

  /** Appends `count` units that all map to `o`. */
  constant(o: number, count: number): void {
    this.push(o, 0, count);
  }

  private push(o: number, step: number, count: number): void {
    if (count <= 0) return;
    const out = this.out;
    const { cs, os, st } = out;
    const j = out.n - 1;
    // one unit is a run of either kind; a run that goes on where the last one ends joins it
    const s = count === 1 ? (j >= 0 && st[j] === 0 && os[j] === o ? 0 : 1) : step;
    if (j >= 0 && st[j] === s && (s === 1 ? os[j]! + (this.n - cs[j]!) === o : os[j] === o)) {
      this.n += count;
      return;
    }
    cs[out.n] = this.n;
    os[out.n] = o;
    st[out.n] = s;
    out.n++;
    this.n += count;
  }

  done(): Runs {
    const out = this.out;
    if (out.n === 0) (out.cs[0] = 0), (out.os[0] = this.from.end), (out.st[0] = 1), (out.n = 1);
    return out;
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

  /** The same map from MappedText's runs, without a per-unit array. */
  static fromRuns(runs: Runs, length: number): OffsetMap {
    const { cs, os, st, n } = runs;
    // a copied run gives one segment, each unit of a replacement's tail one
    let cap = 1;
    for (let k = 0; k < n; k++) cap += st[k] === 1 ? 1 : Math.max(0, (k + 1 < n ? cs[k + 1]! : length) - cs[k]!);
    const starts = new Int32Array(cap);
    const shifts = new Int32Array(cap);
    let m = 0;
    const add = (i: number, shift: number) => {
      if (m === 0 || shift !== shifts[m - 1]) {
        starts[m] = i;
        shifts[m] = shift;
        m++;
      }
    };
    for (let k = 0; k < n; k++) {
      const to = k + 1 < n ? cs[k + 1]! : length;
      if (cs[k]! >= to) continue;
      if (st[k] === 1) add(cs[k]!, os[k]! - cs[k]!);
      else for (let i = cs[k]!; i < to; i++) add(i, os[k]! - i);
    }
    add(length, runs.end - length);
    const map = Object.create(OffsetMap.prototype) as OffsetMap;
    Object.assign(map, { cleanStarts: starts.slice(0, m), shifts: shifts.slice(0, m), cleanLength: length, originalLength: runs.end });
    return map;
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
