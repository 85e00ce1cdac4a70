// What every extractor receives: the normalised text, its zones, and a span helper that maps
// clean offsets back into the original input.
import type { NormalizedText } from '../normalize/index.js';
import type { Span, Warning } from '../schema/record.js';
import type { Cell, Line, Zones } from '../segment/index.js';
import functionWords from '../data/function-words.json' with { type: 'json' };

export interface Ctx {
  norm: NormalizedText;
  zones: Zones;
  /** Clean range → original span. */
  span(start: number, end: number): Span;
  warn(code: string, message: string, start?: number, end?: number): void;
  warnings: Warning[];
}

export function makeCtx(norm: NormalizedText, zones: Zones): Ctx {
  const warnings: Warning[] = [];
  return {
    norm,
    zones,
    span: (s, e) => norm.map.span(s, e),
    warn(code, message, start, end) {
      warnings.push(start === undefined ? { code, message } : { code, message, span: norm.map.span(start, end ?? start) });
    },
    warnings,
  };
}

/**
 * A lookup several extractors ask for (the title cell, the title sentence), computed once per
 * document.
 */
export function perDocument<T>(compute: (ctx: Ctx) => T): (ctx: Ctx) => T {
  const found = new WeakMap<Ctx, { value: T }>();
  return (ctx) => {
    let hit = found.get(ctx);
    if (!hit) {
      hit = { value: compute(ctx) };
      found.set(ctx, hit);
    }
    return hit.value;
  };
}

/** Cells of lines [from, to), in reading order. */
export function cellsOf(lines: Line[], from: number, to: number): Cell[] {
  const out: Cell[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) for (const c of lines[i]!.cells) out.push(c);
  return out;
}

/** Collapses whitespace and trims list punctuation from both ends. */
export function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-+•*:;,.]+/, '')
    .replace(/[\s;,:]+$/, '')
    .replace(/\.$/, '')
    .trim();
}

const DANGLING = new RegExp(`(?:^|\\s)(?:${functionWords.dangling.join('|')})$`, 'u');

/** The phrase ends in a function word ("… của", "… để", "… không được"): it goes on, or was cut mid-clause. */
export function endsDangling(s: string): boolean {
  return DANGLING.test(s.trimEnd());
}
