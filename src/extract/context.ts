// What every extractor receives: the normalised text, its zones, and a span helper that maps
// clean offsets back into the original input.
import type { NormalizedText } from '../normalize/index.js';
import type { Span, Warning } from '../schema/record.js';
import type { Cell, Line, Zones } from '../segment/index.js';

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
 * Clean offset where the document proper starts: text above it is a web page's or converter's
 * preface (Zones.docStart), whose numbers and dates are not this document's.
 */
export function docStartOffset(ctx: Ctx): number {
  const { docStart, lines } = ctx.zones;
  return docStart > 0 ? lines[docStart]!.start : 0;
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

/** Text as a regex source that matches it literally. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word or phrase as a regex source: metacharacters escaped, a space matching any whitespace run. */
export function escapeWords(s: string): string {
  return escapeRegex(s).replace(/ /g, '\\s+');
}

/** Words as one regex alternation, longest first ("Chi cục" is tried before "Cục"). */
export function wordAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeWords).join('|');
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

// one table of function words for the whole pipeline (normalize asks it when rejoining lines)
export { endsDangling } from '../normalize/index.js';
export { countAtMost } from '../normalize/sorted.js';
