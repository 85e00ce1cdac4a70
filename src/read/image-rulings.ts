// Ruled tables in a scan: the long dark runs of a page image are its table borders. Found before
// OCR, they are painted white (tesseract reads a border as "|" or "[" and loses the digits of a
// narrow "STT" column beside it) and give the grid that the OCR'd words are gathered by.
import type { Rulings } from './rulings.js';

/** Pixels darker than this (0–255 luma) are ink. */
const INK = 160;
/** A gap of up to this many pixels inside a line (a scan's broken stroke) does not end it. */
const GAP = 2;
/** Shortest borders, in points (1/72 in): longer than any stroke of a letter at body size. */
const MIN_H_PT = 30;
const MIN_V_PT = 14;
/** Pixels beside a border also painted white when it is erased. */
const FRINGE = 2;

/**
 * The horizontal and vertical lines of an RGBA page image rendered at `scale` pixels per point,
 * in points; with `erase`, their pixels are made white in place. Two passes over the pixels.
 */
export function imageRulings(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, scale: number, erase = false): Rulings {
  const ink = new Uint8Array(width * height);
  for (let p = 0, q = 0; p < ink.length; p++, q += 4) ink[p] = 0.299 * rgba[q]! + 0.587 * rgba[q + 1]! + 0.114 * rgba[q + 2]! < INK ? 1 : 0;
  const out: Rulings = { h: [], v: [] };
  const runs: [number, number, number, boolean][] = []; // fixed coordinate, from, to, horizontal
  const scan = (n: number, len: number, at: (i: number, k: number) => number, min: number, horizontal: boolean) => {
    for (let i = 0; i < n; i++) {
      let start = -1;
      let last = -1;
      for (let k = 0; k <= len; k++) {
        const dark = k < len && ink[at(i, k)] === 1;
        if (dark) {
          if (start < 0 || k - last > GAP + 1) {
            if (start >= 0 && last - start + 1 >= min) runs.push([i, start, last, horizontal]);
            start = k;
          }
          last = k;
        }
      }
      if (start >= 0 && last - start + 1 >= min) runs.push([i, start, last, horizontal]);
    }
  };
  scan(height, width, (y, x) => y * width + x, MIN_H_PT * scale, true);
  scan(width, height, (x, y) => y * width + x, MIN_V_PT * scale, false);
  for (const [i, from, to, horizontal] of runs) {
    (horizontal ? out.h : out.v).push({ at: (i + 0.5) / scale, from: from / scale, to: (to + 1) / scale });
    if (!erase) continue;
    // with the grey fringe a scan or an enlarged image gives a border (lighter than ink), which
    // tesseract would still read as "|" or "_"
    const n = horizontal ? height : width;
    for (let j = Math.max(0, i - FRINGE); j <= Math.min(n - 1, i + FRINGE); j++) {
      for (let k = from; k <= to; k++) {
        const q = 4 * (horizontal ? j * width + k : k * width + j);
        rgba[q] = rgba[q + 1] = rgba[q + 2] = 255;
      }
    }
  }
  return out;
}
