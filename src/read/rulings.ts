// Ruled tables on a PDF page: the lines a page draws (from pdf.js's operator list) → the grids
// of the tables they form. A plan's task table ("STT | Nội dung | Cơ quan chủ trì | …") has
// wrapped, vertically centred cells whose lines interleave when the page is read line by line;
// with the grid, each cell's text is gathered first and a row becomes one line of cells.
// pdf-parse 2.4.5's getTable() looks only at stroked paths; Chrome (and, reportedly, Word) draws
// borders as thin filled rectangles, so it found no table in a Chrome PDF. This reads both kinds.

/** A horizontal (y fixed) or vertical (x fixed) line, in page units, y growing downwards. */
export interface Ruling {
  /** The fixed coordinate: y of a horizontal line, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

export interface Rulings {
  h: Ruling[];
  v: Ruling[];
}

/**
 * A table's grid: column edges `xs` and row edges `ys` (sorted), with which edges are drawn. An
 * elementary cell (r, c) spans xs[c]..xs[c+1] × ys[r]..ys[r+1]; cells whose shared edge is not
 * drawn are one merged cell.
 */
export interface TableGrid {
  xs: number[];
  ys: number[];
  /** hEdge[r][c]: the edge at ys[r] is drawn over column c (r = 0 … ys.length-1). */
  hEdge: boolean[][];
  /** vEdge[r][c]: the edge at xs[c] is drawn over row r (c = 0 … xs.length-1). */
  vEdge: boolean[][];
}

/** Lines closer than this (page units, 1/72 in) are one line; ends closer than this meet. */
const SNAP = 2;
/** A filled rectangle thinner than this is a line (a border drawn as a fill). */
const THIN = 3;
/** Shorter lines are not borders (underlines of a letter, tick marks). */
const MIN_LENGTH = 4;
/** Pages drawing more lines than this are drawings, not tables: left alone (bounds the work). */
const MAX_RULINGS = 4000;
/** No table on a page has more column or row edges (a finer grid is a drawing). */
const MAX_EDGES = 200;

/** pdf.js operator codes this reads (`pdfjs.OPS`). */
export interface OpCodes {
  constructPath: number;
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];

const mul = (m: Matrix, n: readonly number[]): Matrix => [
  m[0] * n[0]! + m[2] * n[1]!,
  m[1] * n[0]! + m[3] * n[1]!,
  m[0] * n[2]! + m[2] * n[3]!,
  m[1] * n[2]! + m[3] * n[3]!,
  m[0] * n[4]! + m[2] * n[5]! + m[4],
  m[1] * n[4]! + m[3] * n[5]! + m[5],
];

/**
 * The horizontal and vertical lines a page draws: stroked segments, and thin filled rectangles.
 * `viewport` maps PDF space to page space (pdf.js `viewport.transform`). Path data are pdf.js 5's
 * (DrawOPS: 0 moveTo x y, 1 lineTo x y, 2 curveTo 6 numbers, 3 closePath), in user space under
 * the current transform, which is tracked through save/restore/cm and form XObjects.
 */
export function pageRulings(fnArray: ArrayLike<number>, argsArray: readonly unknown[], ops: OpCodes, viewport: readonly number[]): Rulings {
  const out: Rulings = { h: [], v: [] };
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  let ctm: Matrix = [...(viewport as Matrix)];
  const stack: Matrix[] = [];
  const add = (x1: number, y1: number, x2: number, y2: number) => {
    if (out.h.length + out.v.length > MAX_RULINGS) return;
    if (Math.abs(y1 - y2) <= 0.5 && Math.abs(x2 - x1) >= MIN_LENGTH) out.h.push({ at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
    else if (Math.abs(x1 - x2) <= 0.5 && Math.abs(y2 - y1) >= MIN_LENGTH) out.v.push({ at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = mul(ctm, argsArray[i] as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = (argsArray[i] as unknown[] | undefined)?.[0] as number[] | undefined;
      if (m && m.length === 6) ctm = mul(ctm, m);
    } else if (fn === ops.constructPath) {
      const [op, data] = argsArray[i] as [number, ArrayLike<number>[] | undefined];
      const path = data?.[0];
      const stroked = strokes.has(op);
      if (!path || typeof path.length !== 'number' || (!stroked && !fills.has(op))) continue;
      const pt = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
      // each subpath: its points, then (stroke) its segments or (fill) its bounding box
      let pts: [number, number][] = [];
      const flush = (closed: boolean) => {
        if (pts.length >= 2) {
          if (stroked) {
            for (let k = 1; k < pts.length; k++) add(pts[k - 1]![0], pts[k - 1]![1], pts[k]![0], pts[k]![1]);
            if (closed) add(pts[pts.length - 1]![0], pts[pts.length - 1]![1], pts[0]![0], pts[0]![1]);
          } else {
            let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
            for (const [x, y] of pts) {
              x1 = Math.min(x1, x); x2 = Math.max(x2, x); y1 = Math.min(y1, y); y2 = Math.max(y2, y);
            }
            if (y2 - y1 <= THIN && x2 - x1 > THIN) add(x1, (y1 + y2) / 2, x2, (y1 + y2) / 2);
            else if (x2 - x1 <= THIN && y2 - y1 > THIN) add((x1 + x2) / 2, y1, (x1 + x2) / 2, y2);
          }
        }
        pts = [];
      };
      for (let k = 0; k < path.length; ) {
        const code = path[k++];
        if (code === 0) {
          flush(false);
          pts.push(pt(path[k]!, path[k + 1]!));
          k += 2;
        } else if (code === 1) {
          pts.push(pt(path[k]!, path[k + 1]!));
          k += 2;
        } else if (code === 2) {
          // a curve: not a ruling; its end point starts what follows
          flush(false);
          pts.push(pt(path[k + 4]!, path[k + 5]!));
          k += 6;
        } else if (code === 3) {
          const first = pts[0];
          flush(true);
          if (first) pts.push(first);
        } else break; // unknown drawing code: the rest cannot be read
      }
      flush(false);
    }
  }
  return out;
}

/** Lines on one coordinate (within SNAP) that touch or overlap joined into one. */
function mergeRulings(rs: Ruling[]): Ruling[] {
  const sorted = [...rs].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Ruling[] = [];
  // group by coordinate (a chain of near values), then join overlapping spans in each group
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.at - sorted[j - 1]!.at <= SNAP) j++;
    const group = sorted.slice(i, j).sort((a, b) => a.from - b.from);
    const at = group.reduce((s, r) => s + r.at, 0) / group.length;
    let cur: Ruling | null = null;
    for (const r of group) {
      if (cur && r.from <= cur.to + SNAP) cur.to = Math.max(cur.to, r.to);
      else {
        if (cur) out.push(cur);
        cur = { at, from: r.from, to: r.to };
      }
    }
    if (cur) out.push(cur);
    i = j;
  }
  return out;
}

/** Coordinates within SNAP of each other as one (their mean), sorted. */
function clusters(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]! - sorted[j - 1]! <= SNAP) j++;
    out.push(sorted.slice(i, j).reduce((s, v) => s + v, 0) / (j - i));
    i = j;
  }
  return out;
}

const covers = (r: Ruling, at: number, point: number) => Math.abs(r.at - at) <= SNAP && r.from - SNAP <= point && point <= r.to + SNAP;

/**
 * The tables the lines form: sets of crossing horizontal and vertical lines with at least two
 * columns and two rows. A lone box (one cell: a framed note) or an underline is not a table.
 */
export function tableGrids(rulings: Rulings): TableGrid[] {
  const h = mergeRulings(rulings.h);
  const v = mergeRulings(rulings.v);
  if (h.length < 2 || v.length < 2 || h.length * v.length > MAX_RULINGS * MAX_RULINGS / 4) return [];
  // lines that cross (or meet) are one table: union-find over h (0…) and v (h.length…)
  const parent = Array.from({ length: h.length + v.length }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
    return k;
  };
  for (let a = 0; a < h.length; a++) {
    const H = h[a]!;
    for (let b = 0; b < v.length; b++) {
      const V = v[b]!;
      if (V.at >= H.from - SNAP && V.at <= H.to + SNAP && H.at >= V.from - SNAP && H.at <= V.to + SNAP) parent[find(a)] = find(h.length + b);
    }
  }
  const groups = new Map<number, { h: Ruling[]; v: Ruling[] }>();
  for (let k = 0; k < parent.length; k++) {
    const g = groups.get(find(k)) ?? { h: [], v: [] };
    if (k < h.length) g.h.push(h[k]!);
    else g.v.push(v[k - h.length]!);
    groups.set(find(k), g);
  }
  const out: TableGrid[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    // edges: the lines' coordinates, and the table's outer edges where no border is drawn there
    // (lines reaching past the outermost crossing line; in a skewed scan the ends of the lines
    // scatter a little around the border, which is no edge)
    const outer = (at: number[], ends: number[]) => {
      const [lo, hi] = [Math.min(...ends), Math.max(...ends)];
      return [...at, ...(lo < Math.min(...at) - 2 * SNAP ? [lo] : []), ...(hi > Math.max(...at) + 2 * SNAP ? [hi] : [])];
    };
    const xs = clusters(outer(g.v.map((r) => r.at), g.h.flatMap((r) => [r.from, r.to])));
    const ys = clusters(outer(g.h.map((r) => r.at), g.v.flatMap((r) => [r.from, r.to])));
    if (xs.length < 3 || ys.length < 3 || xs.length > MAX_EDGES || ys.length > MAX_EDGES) continue;
    const hAt = ys.map((y) => g.h.filter((r) => Math.abs(r.at - y) <= SNAP));
    const vAt = xs.map((x) => g.v.filter((r) => Math.abs(r.at - x) <= SNAP));
    const hEdge = ys.map((y, r) => xs.slice(0, -1).map((x, c) => hAt[r]!.some((l) => covers(l, y, (x + xs[c + 1]!) / 2))));
    const vEdge = ys.slice(0, -1).map((y, r) => xs.map((x, c) => vAt[c]!.some((l) => covers(l, x, (y + ys[r + 1]!) / 2))));
    out.push({ xs, ys, hEdge, vEdge });
  }
  return out.sort((a, b) => a.ys[0]! - b.ys[0]!);
}

/** A grid with its edges multiplied by `k` (page points → pixels of an image rendered at k px/pt). */
export function scaleGrid(g: TableGrid, k: number): TableGrid {
  return { ...g, xs: g.xs.map((x) => x * k), ys: g.ys.map((y) => y * k) };
}

/** A merged cell of a grid: elementary rows r0…r1 and columns c0…c1, and the cells it joins. */
export interface MergedCell {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  /** Its elementary cells as [row, column]. */
  parts: [number, number][];
}

/** The grid's cells: elementary cells whose shared edge is not drawn are one, in reading order. */
export function mergedCells(g: TableGrid): MergedCell[] {
  const R = g.ys.length - 1;
  const C = g.xs.length - 1;
  const id = (r: number, c: number) => r * C + c;
  const parent = Array.from({ length: R * C }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
    return k;
  };
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && !g.vEdge[r]![c + 1]) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < R && !g.hEdge[r + 1]![c]) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const merged = new Map<number, MergedCell>();
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const k = find(id(r, c));
      const m = merged.get(k) ?? { r0: r, r1: r, c0: c, c1: c, parts: [] };
      m.r1 = Math.max(m.r1, r);
      m.c0 = Math.min(m.c0, c);
      m.c1 = Math.max(m.c1, c);
      m.parts.push([r, c]);
      merged.set(k, m);
    }
  }
  return [...merged.values()];
}
