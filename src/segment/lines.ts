// Lines and cells of the clean text. A "cell" is a run of text inside a line separated from the
// next by a wide gap (3+ spaces): that is how a two-column header or signature block looks once
// a PDF was exported as laid-out text ("UBND TỈNH LÀO CAI        CỘNG HOÀ XÃ HỘI …").

export interface Cell {
  /** Offsets in the clean text. */
  start: number;
  end: number;
  text: string;
  /** Loose key of the text (lower case, no diacritics), same length as `text`. */
  key: string;
  /** Character column inside its line (indentation included). */
  col: number;
  line: number;
}

export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  key: string;
  cells: Cell[];
  /** Indentation in characters. */
  indent: number;
}

// A cell: words apart by one or two spaces (three or more part cells).
const CELL = /\S+(?:[ ]{1,2}\S+)*/g;

export function splitLines(text: string, folded: string): Line[] {
  const lines: Line[] = [];
  // (a line per "\n", and one after the last: an empty one when the text ends with a break)
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const i = nl < 0 ? text.length : nl;
    const raw = text.slice(start, i);
    const key = folded.slice(start, i);
    const cells: Cell[] = [];
    CELL.lastIndex = 0;
    for (let m = CELL.exec(raw); m; m = CELL.exec(raw)) {
      cells.push({
        start: start + m.index,
        end: start + m.index + m[0].length,
        text: m[0],
        key: key.slice(m.index, m.index + m[0].length),
        col: m.index,
        line: lines.length,
      });
    }
    // a line's bullet set off by a tab's spaces ("-   Bộ Công an;") is its item's, not a cell
    const [first, second] = cells;
    if (first && second && /^[-+•]$/.test(first.text) && second.col - first.col <= 9) {
      cells.splice(0, 2, { ...first, end: second.end, text: raw.slice(first.col, second.col + second.text.length), key: key.slice(first.col, second.col + second.text.length) });
    }
    const indent = raw.length - raw.trimStart().length;
    lines.push({ index: lines.length, start, end: i, text: raw, key, cells, indent });
    start = i + 1;
  }
  return lines;
}

/** The column of a cell's middle: blocks side by side are told apart by it (a body's name centred under its authority starts left of it). */
export const cellCentre = (c: Cell): number => c.col + c.text.trim().length / 2;

/** The part [from, to) of a cell's text as a cell of its own, offsets and column kept. */
export function subCell(c: Cell, from: number, to = c.text.length): Cell {
  return { ...c, text: c.text.slice(from, to), key: c.key.slice(from, to), start: c.start + from, end: c.start + to, col: c.col + from };
}

/**
 * The first line at or after `from` that is not blank, looking at most `max` lines on (an export
 * may double line breaks); `from + max` (or the end) when all of those are blank.
 */
export function nextFilled(lines: Line[], from: number, max: number): number {
  let k = from;
  while (k < lines.length && k - from < max && lines[k]!.cells.length === 0) k++;
  return k;
}

/** The text of a line range joined with single spaces (hard wraps undone), with its clean range. */
export function joinCells(cells: Cell[]): { text: string; start: number; end: number } | null {
  if (cells.length === 0) return null;
  return {
    text: cells.map((c) => c.text).join(' ').replace(/\s+/g, ' ').trim(),
    start: cells[0]!.start,
    end: cells[cells.length - 1]!.end,
  };
}
