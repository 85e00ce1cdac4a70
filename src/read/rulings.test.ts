import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { pageRulings, tableGrids, type Rulings } from './rulings.js';

// Path data as pdf.js 5 gives it: 0 moveTo x y, 1 lineTo x y, 2 curveTo (6), 3 closePath.
const rect = (x: number, y: number, w: number, h: number) => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 3];
const path = (op: number, data: number[]) => ({ fn: OPS.constructPath, args: [op, [Float32Array.from(data)], null] });
const list = (...ops: { fn: number; args: unknown }[]) => ({ fnArray: ops.map((o) => o.fn), argsArray: ops.map((o) => o.args) });
const IDENTITY = [1, 0, 0, 1, 0, 0];
/** A 3 × 2 grid drawn as Chrome and Word draw borders: thin filled rectangles. */
function filledGrid(xs: number[], ys: number[]) {
  const ops = [];
  for (const y of ys) ops.push(path(OPS.fill, rect(xs[0]!, y, xs[xs.length - 1]! - xs[0]!, 0.75)));
  for (const x of xs) ops.push(path(OPS.fill, rect(x, ys[0]!, 0.75, ys[ys.length - 1]! - ys[0]!)));
  return ops;
}

describe('pageRulings: the lines a page draws', () => {
  it('reads thin filled rectangles as lines, under the current transform', () => {
    // Chrome: a flip to y-down and a scale, then borders 1 unit thick at scale 0.75
    const { fnArray, argsArray } = list(
      { fn: OPS.save, args: null },
      { fn: OPS.transform, args: [0.75, 0, 0, 0.75, 10, 20] },
      path(OPS.fill, rect(0, 0, 400, 1)),
      path(OPS.fill, rect(0, 0, 1, 100)),
      { fn: OPS.restore, args: null },
      path(OPS.fill, rect(0, 0, 50, 1)), // after restore: identity again
    );
    const r = pageRulings(fnArray, argsArray, OPS, IDENTITY);
    expect(r.h).toEqual([
      { at: 20.375, from: 10, to: 310 },
      { at: 0.5, from: 0, to: 50 },
    ]);
    expect(r.v).toEqual([{ at: 10.375, from: 20, to: 95 }]);
  });
  it('reads stroked segments and the sides of stroked rectangles; curves, big fills and clips are no lines', () => {
    const { fnArray, argsArray } = list(
      path(OPS.stroke, [0, 10, 10, 1, 210, 10, 1, 210, 60]),
      path(OPS.stroke, rect(300, 300, 80, 40)),
      path(OPS.stroke, [0, 0, 0, 2, 10, 10, 20, 10, 30, 0]), // a curve
      path(OPS.fill, rect(0, 400, 300, 200)), // a shaded area
      path(OPS.endPath, rect(0, 0, 500, 1)), // a clip, never painted
    );
    const r = pageRulings(fnArray, argsArray, OPS, IDENTITY);
    expect(r.h.map((l) => [l.at, l.from, l.to])).toEqual([[10, 10, 210], [300, 300, 380], [340, 300, 380]]);
    expect(r.v.map((l) => [l.at, l.from, l.to])).toEqual([[210, 10, 60], [380, 300, 340], [300, 300, 340]]);
  });
  it('maps through the viewport (PDF space, y up → page space, y down) and form XObject matrices', () => {
    const { fnArray, argsArray } = list(
      { fn: OPS.paintFormXObjectBegin, args: [[2, 0, 0, 2, 0, 0], [0, 0, 100, 100]] },
      path(OPS.stroke, [0, 10, 100, 1, 60, 100]),
      { fn: OPS.paintFormXObjectEnd, args: null },
      path(OPS.stroke, [0, 10, 100, 1, 60, 100]),
    );
    const r = pageRulings(fnArray, argsArray, OPS, [1, 0, 0, -1, 0, 842]);
    expect(r.h.map((l) => [l.at, l.from, l.to])).toEqual([[642, 20, 120], [742, 10, 60]]);
  });
  it('stops at a path code it does not know', () => {
    const { fnArray, argsArray } = list(path(OPS.stroke, [0, 0, 0, 1, 100, 0, 9, 5, 5, 1, 100, 100]));
    expect(pageRulings(fnArray, argsArray, OPS, IDENTITY).h).toHaveLength(1);
  });
});

describe('tableGrids: crossing lines → table grids', () => {
  it('finds a grid, joining the pieces of a line drawn cell by cell', () => {
    const xs = [50, 90, 300, 400, 500];
    const ys = [100, 130, 200, 260];
    const r: Rulings = { h: [], v: [] };
    for (const y of ys) for (let c = 0; c + 1 < xs.length; c++) r.h.push({ at: y + (c % 2) * 0.5, from: xs[c]!, to: xs[c + 1]! });
    for (const x of xs) r.v.push({ at: x, from: ys[0]!, to: ys[ys.length - 1]! });
    const [g, ...rest] = tableGrids(r);
    expect(rest).toEqual([]);
    expect(g!.xs.map(Math.round)).toEqual(xs);
    expect(g!.ys.map(Math.round)).toEqual(ys);
    expect(g!.hEdge.every((row) => row.every(Boolean))).toBe(true);
    expect(g!.vEdge.every((row) => row.every(Boolean))).toBe(true);
  });
  it('records edges left out by merged cells', () => {
    const xs = [0, 40, 240, 340];
    const ys = [0, 20, 60, 100];
    const r: Rulings = {
      // the edge at y=60 is not drawn under column 2 (a lead cell merged over two rows)
      h: [...ys.filter((y) => y !== 60).map((at) => ({ at, from: 0, to: 340 })), { at: 60, from: 0, to: 240 }],
      // the edge at x=240 is not drawn in row 0 (a header cell spanning two columns)
      v: [{ at: 0, from: 0, to: 100 }, { at: 40, from: 0, to: 100 }, { at: 240, from: 20, to: 100 }, { at: 340, from: 0, to: 100 }],
    };
    const [g] = tableGrids(r);
    expect(g!.hEdge[2]).toEqual([true, true, false]);
    expect(g!.vEdge.map((row) => row[2])).toEqual([false, true, true]);
  });
  it('cells drawn one by one as stroked rectangles (shared edges drawn twice) make one grid', () => {
    const xs = [50, 80, 300, 420];
    const ys = [700, 720, 760];
    const ops = [];
    for (let r = 0; r + 1 < ys.length; r++) for (let c = 0; c + 1 < xs.length; c++) ops.push(path(OPS.stroke, rect(xs[c]!, ys[r]!, xs[c + 1]! - xs[c]!, ys[r + 1]! - ys[r]!)));
    const { fnArray, argsArray } = list(...ops);
    const [g, ...rest] = tableGrids(pageRulings(fnArray, argsArray, OPS, IDENTITY));
    expect(rest).toEqual([]);
    expect(g!.xs).toEqual(xs);
    expect(g!.ys).toEqual(ys);
    expect(g!.hEdge.flat().every(Boolean) && g!.vEdge.flat().every(Boolean)).toBe(true);
  });
  it('a lone box, an underline and two separate lines are no table', () => {
    expect(tableGrids({ h: [{ at: 0, from: 0, to: 100 }, { at: 50, from: 0, to: 100 }], v: [{ at: 0, from: 0, to: 50 }, { at: 100, from: 0, to: 50 }] })).toEqual([]);
    expect(tableGrids({ h: [{ at: 80, from: 200, to: 330 }], v: [] })).toEqual([]);
    expect(tableGrids({ h: [{ at: 0, from: 0, to: 100 }, { at: 50, from: 0, to: 100 }], v: [{ at: 500, from: 0, to: 50 }, { at: 600, from: 0, to: 50 }] })).toEqual([]);
  });
  it('two tables on a page are two grids, top first', () => {
    const ops = [...filledGrid([0, 50, 100, 150], [400, 420, 440]), ...filledGrid([0, 50, 100, 150], [100, 120, 140])];
    const { fnArray, argsArray } = list(...ops);
    const gs = tableGrids(pageRulings(fnArray, argsArray, OPS, IDENTITY));
    expect(gs.map((g) => Math.round(g.ys[0]!))).toEqual([100, 400]);
  });
  it('stays bounded on a page of 100 000 drawn lines (a drawing, not a table)', () => {
    const ops = [];
    for (let k = 0; k < 50_000; k++) ops.push(path(OPS.fill, rect(k % 500, (k * 7) % 800, 30, 0.5)), path(OPS.fill, rect((k * 3) % 500, k % 800, 0.5, 30)));
    const { fnArray, argsArray } = list(...ops);
    const t0 = performance.now();
    const r = pageRulings(fnArray, argsArray, OPS, IDENTITY);
    const gs = tableGrids(r);
    expect(r.h.length + r.v.length).toBeLessThanOrEqual(4001);
    expect(gs.every((g) => g.xs.length <= 200 && g.ys.length <= 200)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
