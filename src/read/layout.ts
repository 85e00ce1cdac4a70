// Positioned text (PDF text items, OCR words) → lines in reading order. Items whose vertical
// centres agree form one line, sorted by x; a horizontal gap wider than two line heights is a
// column gap and becomes a tab, so a two-column header comes out as two cells on shared lines
// whatever order the PDF stored it in (left block first, right block first, or interleaved).

import { mergedCells, type TableGrid } from './rulings.js';

export interface Positioned {
  str: string;
  /** Left edge and width, any unit shared by the page. */
  x: number;
  w: number;
  /** Vertical centre, growing downwards, and glyph height. */
  cy: number;
  h: number;
  /** Text filled into a blank (a stamped serial or day): joined to its line with single spaces. */
  glue?: boolean;
}

export interface LaidOutPage {
  text: string;
}

/** A horizontal gap wider than this many line heights separates two columns. */
export const COLUMN_GAP = 2.0;
const WORD_GAP = 0.12;

interface TextLine {
  cy: number;
  h: number;
  text: string;
  /** The table a row belongs to: no blank line between the rows of one table. */
  table?: number;
}

/**
 * The page's lines in reading order. Items inside a ruled table (`tables`, from the page's
 * drawn lines) are gathered by cell first: each row of the table is one line, its cells
 * separated by tabs (an empty cell as an empty column), as the HTML and DOCX readers give them.
 */
export function layoutLines(items: Positioned[], tables: readonly TableGrid[] = []): LaidOutPage {
  const usable = items.filter((it) => it.h > 0 && Number.isFinite(it.x) && Number.isFinite(it.cy) && it.str.length > 0);
  if (usable.length === 0) return { text: '' };
  const cells = tables.map((t) => t.ys.slice(0, -1).map(() => t.xs.slice(0, -1).map((): Positioned[] => [])));
  const flow: Positioned[] = [];
  for (const it of usable) {
    let placed = false;
    for (let t = 0; t < tables.length && !placed; t++) {
      const at = cellOf(tables[t]!, it);
      if (at) cells[t]![at[0]]![at[1]]!.push(it);
      placed = at !== null;
    }
    if (!placed) flow.push(it);
  }
  const lines = textLines(flow);
  tables.forEach((g, t) => lines.push(...tableLines(g, cells[t]!, t)));
  lines.sort((a, b) => a.cy - b.cy);

  const out: string[] = [];
  let prev: TextLine | null = null;
  for (const line of lines) {
    const sameTable = prev?.table !== undefined && prev.table === line.table;
    if (prev && !sameTable && line.cy - prev.cy > 2.2 * Math.max(line.h, prev.h)) out.push('');
    out.push(line.text);
    prev = line.table !== undefined ? { ...line, cy: line.cy + line.h } : line;
  }
  return { text: out.join('\n') };
}

/**
 * The elementary cell [row, column] of a grid that an item belongs to, or null when it lies
 * outside the grid: a word belongs to the cell its start lies in.
 */
export function cellOf(g: TableGrid, it: Positioned): [number, number] | null {
  const px = it.x + Math.min(1, it.w / 2);
  if (px < g.xs[0]! || px > g.xs[g.xs.length - 1]! || it.cy < g.ys[0]! || it.cy > g.ys[g.ys.length - 1]!) return null;
  return [slot(g.ys, it.cy), slot(g.xs, px)];
}

/** The interval of sorted `edges` that holds v (clamped to the first and last). */
function slot(edges: readonly number[], v: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Items on shared vertical centres as lines, each sorted by x, with tabs at column gaps. */
function textLines(usable: Positioned[]): TextLine[] {
  if (usable.length === 0) return [];
  usable.sort((a, b) => a.cy - b.cy || a.x - b.x);
  const lines: Positioned[][] = [];
  let cur: Positioned[] = [];
  let curCy = 0;
  let curH = 0;
  let weight = 0;
  for (const it of usable) {
    const blank = it.str.trim() === '';
    if (cur.length > 0 && Math.abs(it.cy - curCy) <= 0.5 * Math.max(curH, it.h)) {
      cur.push(it);
      if (!blank) {
        // running centre: the mean of all the line's glyphs, weighted towards the taller ones
        // (body text over superscripts). A mean over the last item only let a right-column line
        // set a little lower pull the centre down item by item until the next left line joined.
        curCy = (curCy * weight + it.cy * it.h) / (weight + it.h);
        weight += it.h;
        curH = Math.max(curH, it.h);
      }
    } else {
      if (cur.length) lines.push(cur);
      cur = [it];
      curCy = it.cy;
      curH = it.h;
      weight = blank ? 0 : it.h;
    }
  }
  if (cur.length) lines.push(cur);

  const out: TextLine[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    const h = line.reduce((m, i) => Math.max(m, i.h), 0);
    const cy = line.reduce((s, i) => s + i.cy, 0) / line.length;
    let s = '';
    let end = -Infinity;
    let glued = false;
    for (const it of line) {
      const gap = it.x - end;
      if (it.str.trim() === '') {
        // A blank item that bridges a wide gap (tab stops) marks a column break.
        if (it.w > COLUMN_GAP * h && s && !s.endsWith('\t')) s += '\t';
        else if (s && !/\s$/.test(s)) s += ' ';
        end = Math.max(end, it.x + it.w);
        continue;
      }
      // A footnote mark (a small raised number) is not part of the word it follows ("KHTC¹").
      const superscript = /^[\d*]{1,3}$/.test(it.str) && it.h < 0.75 * h && it.cy < cy - 0.1 * h;
      if (s && superscript) {
        s = `${s.replace(/\s+$/, '')} `;
      } else if (s && it.glue) {
        s = `${s.replace(/\s+$/, '')} `;
      } else if (s && glued) {
        // after a filled blank: "193" + "/UBND-KT" stays one number, "10" + "tháng" two words
        s = s.replace(/\s+$/, '') + (/^[/\-–]/.test(it.str) ? '' : ' ');
      } else if (s) {
        if (gap > COLUMN_GAP * h) s = `${s.replace(/ +$/, '')}\t`;
        else if (gap > WORD_GAP * h && !/\s$/.test(s)) s += ' ';
      }
      s += it.str;
      glued = it.glue === true;
      end = Math.max(end, it.x + it.w);
    }
    out.push({ cy, h, text: s.replace(/\s+$/, '') });
  }
  return out;
}

/**
 * A table's rows as lines. Elementary cells whose shared edge is not drawn are one merged cell;
 * its lines are joined into one. A row ends at an edge drawn across most of the table's width,
 * so a header whose "Thời gian" cell is split into "Bắt đầu | Kết thúc" stays one row, while a
 * lead cell merged over three task rows is repeated in each (as the HTML reader repeats a
 * rowspan): each of those tasks has that lead.
 */
function tableLines(g: TableGrid, cells: Positioned[][][], table: number): TextLine[] {
  const R = g.ys.length - 1;
  const C = g.xs.length - 1;
  // merged cells: their extent and their words
  const merged = mergedCells(g).map((m) => ({ ...m, items: m.parts.flatMap(([r, c]) => cells[r]![c]!) }));
  // row breaks: edges drawn over more than half the table's width
  const width = g.xs[C]! - g.xs[0]!;
  const starts = [0];
  for (let r = 1; r < R; r++) {
    let drawn = 0;
    for (let c = 0; c < C; c++) if (g.hEdge[r]![c]) drawn += g.xs[c + 1]! - g.xs[c]!;
    if (drawn > width / 2) starts.push(r);
  }
  const heights = cells.flat(2).map((it) => it.h).sort((a, b) => a - b);
  const h = heights[heights.length >> 1] ?? 10;
  const texts = new Map<number, string>();
  const out: TextLine[] = [];
  starts.forEach((a, L) => {
    const b = (starts[L + 1] ?? R) - 1;
    const row: string[][] = Array.from({ length: C }, () => []);
    for (const [k, m] of merged.entries()) {
      if (m.r1 < a || m.r0 > b || m.items.length === 0) continue;
      let text = texts.get(k);
      if (text === undefined) {
        text = textLines(m.items).map((l) => l.text.replace(/\t/g, ' ')).join(' ').trim();
        texts.set(k, text);
      }
      if (text) row[m.c0]!.push(text);
    }
    const line = row.map((parts) => parts.join(' ')).join('\t').replace(/\t+$/, '');
    if (line.trim()) out.push({ cy: g.ys[a]! + h, h, text: line, table });
  });
  return out;
}

// A digital signature's lines, the only text a signed scan carries ("Ký bởi: Bộ …", "Ngày ký:
// 25-12-2023 10:02:06 +07:00", "Người ký", "Cơ quan", "Email", "Thời gian ký")
const SIGNATURE_TEXT = /^[ \t]*(?:(?:Ký bởi|Người ký|Cơ quan|Email|Thời gian ký|Ngày ký)[ \t]*:|Signed by|Signature Not Verified)[^\n]*$/gimu;

/**
 * True when a page's text layer is missing or unusable: almost no letters, or mostly characters
 * that are neither Vietnamese letters, digits nor punctuation (a broken font map). A signed scan's
 * signature lines are no text layer: the page under them is an image.
 */
export function poorTextLayer(text: string): boolean {
  const compact = text.replace(SIGNATURE_TEXT, '').replace(/\s+/g, '');
  if (compact.length < 40) return true;
  const good = compact.match(/[\p{Script=Latin}\d.,;:()/\-–"'“”%§µ¸¹²³ºª«¬®°±´·¼½¾¿×÷−∙μ]/gu)?.length ?? 0;
  return good / compact.length < 0.6;
}
