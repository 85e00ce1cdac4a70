// Bisection over ascending offsets, shared by the stages (normalize's relining, extract's cells
// and citations).

/** How many of the ascending `sorted` are at most `x` (the index of the first one above it), by bisection. */
export function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
