import { describe, expect, it } from 'vitest';
import { imageRulings } from './image-rulings.js';
import { tableGrids } from './rulings.js';

/** A white RGBA image with black pixels where `ink(x, y)` is true. */
function image(w: number, h: number, ink: (x: number, y: number) => boolean): Uint8ClampedArray {
  const px = new Uint8ClampedArray(w * h * 4).fill(255);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (ink(x, y)) px.fill(0, 4 * (y * w + x), 4 * (y * w + x) + 3);
  return px;
}
const SCALE = 300 / 72; // pixels per point, as pages are rendered for OCR
const pt = (v: number) => Math.round(v * SCALE);

describe('imageRulings: the borders of a scanned table', () => {
  // a table 400 × 120 pt at (20, 20): columns at 20, 60, 300, 420; rows at 20, 50, 90, 140; lines 3 px
  const xs = [20, 60, 300, 420].map(pt);
  const ys = [20, 50, 90, 140].map(pt);
  const W = pt(450);
  const H = pt(170);
  const onLine = (v: number, at: number[]) => at.some((a) => v >= a && v < a + 3);
  const inside = (x: number, y: number) => x >= xs[0]! && x < xs[3]! + 3 && y >= ys[0]! && y < ys[3]! + 3;
  // a "letter": a 10 pt stroke, shorter than any border
  const letter = (x: number, y: number) => x >= pt(100) && x < pt(100) + 4 && y >= pt(60) && y < pt(70);

  it('finds the grid; letters are no lines', () => {
    const px = image(W, H, (x, y) => (inside(x, y) && (onLine(x, xs) || onLine(y, ys))) || letter(x, y));
    const [g, ...rest] = tableGrids(imageRulings(px, W, H, SCALE));
    expect(rest).toEqual([]);
    expect(g!.xs.map(Math.round)).toEqual([20, 60, 300, 420]);
    expect(g!.ys.map(Math.round)).toEqual([20, 50, 90, 140]);
  });
  it('erases the borders (and their fringe), leaving the letters', () => {
    const px = image(W, H, (x, y) => (inside(x, y) && (onLine(x, xs) || onLine(y, ys))) || letter(x, y));
    imageRulings(px, W, H, SCALE, true);
    const dark = (x: number, y: number) => px[4 * (y * W + x)]! < 128;
    expect(dark(xs[1]! + 1, pt(70))).toBe(false);
    expect(dark(pt(200), ys[2]! + 1)).toBe(false);
    expect(dark(pt(100) + 1, pt(65))).toBe(true);
  });
  it('a skewed scan (0.4°) still gives one grid of 3 columns and 3 rows', () => {
    const t = Math.tan((0.4 * Math.PI) / 180);
    // rotate the drawing: a point (x, y) of the page is inked if (x + y·t, y − x·t) is on the table
    const px = image(W, H, (x, y) => {
      const [u, v] = [x + y * t, y - x * t];
      return u >= xs[0]! && u < xs[3]! + 3 && v >= ys[0]! && v < ys[3]! + 3 && (onLine(Math.round(u), xs) || onLine(Math.round(v), ys));
    });
    const gs = tableGrids(imageRulings(px, W, H, SCALE));
    expect(gs).toHaveLength(1);
    expect(gs[0]!.xs).toHaveLength(4);
    expect(gs[0]!.ys).toHaveLength(4);
  });
  it('stays linear on a page of noise (a photo)', () => {
    const w = 2480;
    const h = 1000;
    let seed = 7;
    const px = image(w, h, () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 3) === 0);
    const t0 = performance.now();
    tableGrids(imageRulings(px, w, h, SCALE, true));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
