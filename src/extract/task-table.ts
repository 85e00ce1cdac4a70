// Tasks set out in a table: "STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian",
// one numbered row per task (a plan's assignments, often its appendix). Each row is a task of the
// section that holds the table, labelled by its number ("II.2"); the lead column names the
// assignees, the coordinating column the partners.
import type { Line } from '../segment/index.js';
import type { Ctx } from './context.js';

// header cells, on their loose key (OCR may drop the space inside a word pair: "Cơquan")
const NUMBER_HEAD = /^(?:stt|tt|so tt|so thu tu)$/;
const LEAD_HEAD = /^(?:(?:co ?quan|don ?vi|bo ?phan|cap)\s+)?(?:chu ?tri|thuc ?hien|chiu trach nhiem|phu ?trach)(?:\s+thuc ?hien)?$/;
const PARTNER_HEAD = /^(?:(?:co ?quan|don ?vi|bo ?phan)\s+)?phoi ?hop(?:\s+thuc ?hien)?$/;
const CONTENT_HEAD = /^(?:noi ?dung|nhiem ?vu|ten nhiem vu|noi dung cong viec|cong ?viec|nhiem vu, giai phap)/;
/** The due column: "Thời gian hoàn thành", "Thời hạn", "Tiến độ"; under a split "Thời gian", its "Hoàn thành" half. */
const DUE_HEAD = /^(?:(?:thoi gian|thoi han|han)\s+)?(?:hoan thanh|ket thuc)$|^(?:thoi gian|thoi han|tien do|han)(?:\s+(?:thuc hien|hoan thanh|trinh|bao cao))?$/;
const ROW_NUMBER = /^(\d{1,3})\.?$/;
/** A time, not a body: "Quý II/2025", "Tháng 12/2025", "Năm 2026", "Thường xuyên", "Hằng năm", "31/12/2025". */
const TIME_CELL = /^(?:quý|tháng|năm|thường xuyên|hằng|hàng|trước|trong|từ|đến|định kỳ|\d)/iu;
/** The label of a group row ("A. Nhóm nhiệm vụ …", "II. Nhiệm vụ cụ thể"). */
const GROUP_LABEL = /^([IVX]{1,5}|[A-Z])[.)]\s/;
/** Lines a table's rows may run over (wrapped cells) before the table is taken as ended. */
const MAX_GAP = 6;

interface Header {
  /** Cells in the header line: a row lays out as many. */
  cells: number;
  content: number;
  lead: number;
  partner: number;
  due: number;
}

/** The due column among the header's keys: a "Hoàn thành" half before a whole "Thời gian". */
const dueColumn = (keys: readonly string[]): number => {
  const end = keys.findIndex((k) => /(?:^|\s)(?:hoan thanh|ket thuc)$/.test(k) && DUE_HEAD.test(k));
  return end >= 0 ? end : keys.findIndex((k) => DUE_HEAD.test(k));
};

const headKey = (k: string) => k.trim().replace(/[:.]+$/, '');

/**
 * The header of a table at line `i`: its cells' keys and spans, and its last line. A header cell
 * may wrap onto the next line ("Cơ quan" over "chủ trì"): that line's cells join the cells they
 * sit under (on a tab grid, by column). In a page's layout a header whose short cells ("STT",
 * "Nội dung") are centred has the first lines of its tall cells on the line above: those join too.
 */
function headerAt(lines: readonly Line[], i: number, end: number): (Header & { spans: { start: number; end: number }[]; last: number; onGrid: boolean }) | null {
  const l = lines[i]!;
  if (l.cells.length < 3 || !NUMBER_HEAD.test(headKey(l.cells[0]!.key))) return null;
  const keys = l.cells.map((c) => headKey(c.key));
  const spans = l.cells.map((c) => ({ start: c.col, end: c.col + c.text.length }));
  // columns one tab apart: the table came from HTML or DOCX (or a PDF)
  const onGrid = gridColumns(l)?.every((c, k) => c === k) ?? false;
  /** The header cell each cell of `line` sits under, or null when one sits under none. */
  const under = (line: Line): number[] | null => {
    const grid = onGrid ? gridColumns(line) : null;
    const out: number[] = [];
    // (cells come left to right: the span they may sit under only moves on)
    let at = 0;
    for (const [n, c] of line.cells.entries()) {
      while (at < spans.length && spans[at]!.end + 2 <= c.col) at++;
      const k = grid ? grid[n]! : at < spans.length && c.col + c.text.length > spans[at]!.start - 2 ? at : -1;
      if (k < 0 || k >= keys.length) return null;
      out.push(k);
    }
    return out;
  };
  const join = (line: Line, cols: number[], above: boolean) =>
    line.cells.forEach((c, n) => {
      const k = cols[n]!;
      keys[k] = (above ? `${headKey(c.key)} ${keys[k]}` : `${keys[k]} ${headKey(c.key)}`).trim();
      spans[k] = { start: Math.min(spans[k]!.start, c.col), end: Math.max(spans[k]!.end, c.col + c.text.length) };
    });
  const prev = i > 0 ? lines[i - 1]! : null;
  if (!onGrid && prev && prev.cells.length > 0 && prev.cells.length < keys.length) {
    // not a heading or a paragraph over the table: nothing over the number column
    const cols = under(prev);
    if (cols && !cols.includes(0) && new Set(cols).size === cols.length) join(prev, cols, true);
  }
  let last = i;
  if (!keys.some((k) => LEAD_HEAD.test(k)) && i + 1 < end) {
    const next = lines[i + 1]!;
    if (next.cells.length === 0 || next.cells.length > keys.length || ROW_NUMBER.test(next.cells[0]!.text.trim())) return null;
    const cols = under(next);
    if (!cols) return null;
    join(next, cols, false);
    last = i + 1;
  }
  const lead = keys.findIndex((k) => LEAD_HEAD.test(k));
  if (lead < 0) return null;
  return { cells: l.cells.length, content: keys.findIndex((k) => CONTENT_HEAD.test(k)), lead, partner: keys.findIndex((k) => PARTNER_HEAD.test(k)), due: dueColumn(keys), spans, last, onGrid };
}

/**
 * The column of each cell of a line on a tab grid, or null when the line is not on one. HTML and
 * DOCX tables come out with one tab between columns and an empty cell as an empty column (a tab
 * is 4 spaces in the clean text), so "        Công nghệ    thành phố" holds columns 2 and 3.
 */
function gridColumns(line: Line): number[] | null {
  const out: number[] = [];
  let end = 0;
  for (const c of line.cells) {
    const gap = c.col - end;
    if (gap % 4 !== 0) return null;
    out.push((out.length ? out[out.length - 1]! : 0) + gap / 4);
    end = c.col + c.text.length;
  }
  return out;
}

/**
 * The column of each cell of a laid-out line (columns kept by spaces, as a PDF's text layer or
 * pdftotext gives them) under a header line's cells, or null when they do not line up. A cell
 * belongs to the first header cell that does not end before it starts: headers are centred over
 * their columns, cells start at their column's left edge, past the end of the header before.
 */
function layoutColumns(line: Line, header: readonly { start: number; end: number }[]): number[] | null {
  const out: number[] = [];
  // cells come left to right, so the header index only moves on (linear in both)
  let k = 0;
  for (const c of line.cells) {
    while (k < header.length && header[k]!.end <= c.col) k++;
    // two cells under one header cell, or a cell past the last one: no layout this reads
    if (k >= header.length || (out.length && k <= out[out.length - 1]!)) return null;
    out.push(k);
  }
  return out;
}

/** The path of the deepest section that holds clean-text offset `at`, or null. */
function ownerAt(ctx: Ctx, at: number): string | null {
  let owner: string | null = null;
  let depth = -1;
  for (const s of ctx.zones.sections) {
    if (s.start <= at && at < s.end && s.depth > depth) {
      owner = s.path;
      depth = s.depth;
    }
  }
  return owner;
}

/**
 * A markdown table comes out of normalize one cell per line, its header row closed by a blank
 * line, an empty cell inside a row as an empty line ("STT\nNội dung\nCơ quan chủ trì\n…\n\n1\n
 * Rà soát …\nVăn phòng UBND tỉnh\n…"). The header: its lines from `i`, or null.
 */
function verticalHeader(lines: readonly Line[], i: number, end: number): (Header & { from: number }) | null {
  const first = lines[i]!;
  if (first.cells.length !== 1 || !NUMBER_HEAD.test(first.cells[0]!.key.trim())) return null;
  const keys: string[] = [];
  let j = i;
  for (; j < end && j < i + 12 && lines[j]!.cells.length === 1; j++) keys.push(lines[j]!.cells[0]!.key.trim().replace(/[:.]+$/, ''));
  const lead = keys.findIndex((k) => LEAD_HEAD.test(k));
  if (lead < 0 || keys.length < 3 || j >= end || lines[j]!.cells.length !== 0) return null;
  return { from: j + 1, cells: keys.length, content: keys.findIndex((k) => CONTENT_HEAD.test(k)), lead, partner: keys.findIndex((k) => PARTNER_HEAD.test(k)), due: dueColumn(keys) };
}

/**
 * The rows under a vertical header: each opens with the next number (1, 2, 3 …) on a line of its
 * own and holds up to as many lines as the header has cells (cells at a row's end may be gone
 * with their pipes). Returns the line after the table.
 */
function verticalRows(lines: readonly Line[], h: Header & { from: number }, end: number, owner: string | null, out: TableRow[]): number {
  const cellAt = (k: number) => (k < end && lines[k]!.cells.length === 1 ? lines[k]!.cells[0]!.text.trim() : '');
  let i = h.from;
  // the label of the group row above ("| A. Nhóm nhiệm vụ … | | |"), whose rows count from 1
  let group = '';
  for (let n = 1; i < end; n++) {
    const g = GROUP_LABEL.exec(cellAt(i));
    if (g && ROW_NUMBER.exec(cellAt(i + 1))?.[1] === '1') {
      group = g[1]!;
      n = 1;
      i++;
    }
    if (ROW_NUMBER.exec(cellAt(i))?.[1] !== String(n)) break;
    // the row runs to the next number or to its last cell, whichever comes first
    let last = i;
    while (last + 1 < end && last + 1 < i + h.cells && ROW_NUMBER.exec(cellAt(last + 1))?.[1] !== String(n + 1) && !/^[IVX]+\.|^\d+\.\s/u.test(cellAt(last + 1)) && !(GROUP_LABEL.test(cellAt(last + 1)) && ROW_NUMBER.exec(cellAt(last + 2))?.[1] === '1')) last++;
    // a column past the row's last line was one of the empty cells dropped at its end
    const cell = (k: number) => (k >= 0 && k <= last - i ? cellAt(i + k) : '');
    out.push({
      section: [owner, group, String(n)].filter(Boolean).join('.'),
      content: cell(h.content >= 0 ? h.content : 1),
      lead: cell(h.lead),
      partner: h.partner >= 0 ? cell(h.partner) : null,
      due: h.due >= 0 ? cell(h.due) || null : null,
      start: lines[i]!.start,
      end: lines[last]!.end,
    });
    i = last + 1;
  }
  return i;
}

/** One numbered row of a task table. Offsets are in the clean text. */
export interface TableRow {
  /** Label path: the holding section's path and the row's number ("II.2"). */
  section: string;
  /** The row's content cell. */
  content: string;
  /** The lead column's cell ("Cơ quan chủ trì"). */
  lead: string;
  /** The coordinating column's cell ("Cơ quan phối hợp"), if the table has one. */
  partner: string | null;
  /** The due column's cell ("Quý II/2025"), if the table has one and it is filled. */
  due: string | null;
  start: number;
  end: number;
}

/** A row's cells (by header column) as a TableRow. */
function rowOf(h: Header, section: string, texts: readonly string[], start: number, end: number): TableRow {
  const cell = (k: number) => (texts[k] ?? '').replace(/\s+/g, ' ').trim();
  // a PDF row with an empty partner cell lays out its time in that column ("Quý II/2025")
  const timeInPartner = h.partner >= 0 && TIME_CELL.test(cell(h.partner));
  return {
    section,
    content: cell(h.content >= 0 ? h.content : 1),
    lead: cell(h.lead),
    partner: h.partner >= 0 && !timeInPartner ? cell(h.partner) : null,
    due: cell(h.due) || (timeInPartner ? cell(h.partner) : '') || null,
    start,
    end,
  };
}

/** A page number alone on its line between two parts of a table ("2", "- 2 -"). */
const PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$/;

/**
 * The rows of a laid-out table whose rows are set apart by blank lines and whose numbers sit in
 * the middle of their rows: a tall row's cells are centred, so "1" is beside the second line of
 * its content, with the content's first line above it (pdftotext -layout of a table of centred
 * cells). Each block of lines is one row, its cells gathered by column. Used only when every
 * block has one number, the numbers run on, and some number is not on its block's first line (the
 * reading by numbered lines handles the rest); null otherwise.
 */
function blockRows(lines: readonly Line[], h: Header & { spans: { start: number; end: number }[] }, from: number, end: number): { rows: { num: string; group: string; texts: string[]; start: number; end: number }[]; next: number } | null {
  const rows: { num: string; group: string; texts: string[]; start: number; end: number }[] = [];
  const numberAt = (line: Line) => (line.cells[0] && line.cells[0].col <= 2 ? ROW_NUMBER.exec(line.cells[0].text.trim())?.[1] : undefined);
  let group = '';
  let mid = false;
  let k = from;
  let next = from;
  while (k < end) {
    while (k < end && lines[k]!.cells.length === 0) k++;
    // the block: lines up to a blank one, or up to text in the number column that is no row
    // number (a heading set right under the table ends it)
    let b = k;
    while (b < end && lines[b]!.cells.length > 0 && (b === k || numberAt(lines[b]!) !== undefined || lines[b]!.cells[0]!.col > 2)) b++;
    if (k >= end) break;
    const last = b < end && lines[b]!.cells.length > 0;
    const numbered: number[] = [];
    for (let n = k; n < b; n++) if (numberAt(lines[n]!) !== undefined) numbered.push(n);
    if (numbered.length === 0) {
      const only = b - k === 1 ? lines[k]!.cells : [];
      if (only.length === 1 && PAGE_NUMBER.test(only[0]!.text.trim()) && only[0]!.col > 2) {
        k = b;
        continue;
      }
      // a group row across the table labels the rows under it; other text ends the table
      // ("A. Nhóm …" across the table, or "A" in the number column and "Nhóm …" beside it)
      const g = only.length === 1 || (only.length === 2 && only[0]!.col <= 2) ? GROUP_LABEL.exec(only.map((c) => c.text.trim()).join(only.length === 2 && !/[.)]$/.test(only[0]!.text.trim()) ? '. ' : ' ')) : null;
      if (!g) break;
      group = g[1]!;
      k = b;
      continue;
    }
    if (numbered.length !== 1) return null;
    const num = numberAt(lines[numbered[0]!]!)!;
    const prev = rows[rows.length - 1];
    // numbers run on, or start again at 1 under a new group row
    if (prev && Number(num) !== Number(prev.num) + 1 && !(num === '1' && group !== prev.group)) return null;
    const texts = Array.from({ length: h.cells }, () => '');
    for (let n = k; n < b; n++) {
      const cols = layoutColumns(lines[n]!, h.spans);
      // a line of the row outside the columns, or text in the number column: not such a table
      if (!cols || (n !== numbered[0] && cols.includes(0))) return null;
      lines[n]!.cells.forEach((c, m) => (texts[cols[m]!] = `${texts[cols[m]!]} ${c.text}`));
    }
    if (numbered[0] !== k) mid = true;
    rows.push({ num, group, texts, start: lines[k]!.start, end: lines[b - 1]!.end });
    next = b;
    k = b;
    if (last) break;
  }
  return mid && rows.length >= 2 ? { rows, next } : null;
}

/** The numbered rows of the body's task tables. */
export function tableRows(ctx: Ctx): TableRow[] {
  const { lines, bodyStart, bodyEnd, sections } = ctx.zones;
  const out: TableRow[] = [];
  // (from the first section when the header zone ran over it: a text with no blank line between
  // its title and its first sections)
  for (let i = Math.min(bodyStart, sections[0]?.lineStart ?? bodyStart); i < bodyEnd; i++) {
    const v = verticalHeader(lines, i, bodyEnd);
    if (v) {
      i = verticalRows(lines, v, bodyEnd, ownerAt(ctx, lines[i]!.start), out) - 1;
      continue;
    }
    const h = headerAt(lines, i, bodyEnd);
    if (!h) continue;
    const owner = ownerAt(ctx, lines[i]!.start);
    const { onGrid } = h;
    /** A numbered row of this table: its number, and where its cells go (null: in order). */
    const rowNumber = (line: Line): { num: string; grid: number[] | null } | null => {
      const cells = line.cells;
      if (cells.length === 0) return null;
      const num = ROW_NUMBER.exec(cells[0]!.text.trim())?.[1];
      if (!num) return null;
      // a row lays out every column; on a tab grid a row with empty cells lays out fewer, and in
      // a page's layout (spaces) its cells fall under the header cells they line up with
      if (cells.length === h.cells) return { num, grid: null };
      const grid = onGrid ? gridColumns(line) : layoutColumns(line, h.spans);
      return grid && grid[0] === 0 && cells.length >= 2 && grid[grid.length - 1]! < h.cells ? { num, grid } : null;
    };
    // the row being read: its cells' texts and columns, grown by the lines of wrapped cells
    let row: { num: string; texts: string[]; cols: number[]; start: number; end: number } | null = null;
    // the label of the group row above ("A. Nhóm nhiệm vụ …" across the table), if any
    let group = '';
    const flush = () => {
      if (!row) return;
      out.push(rowOf(h, [owner, group, row.num].filter(Boolean).join('.'), row.texts, row.start, row.end));
      row = null;
    };
    /** Whether the next line with text (of the next two) is a numbered row. */
    const groupRowAbove = (k: number): boolean => {
      for (let n = k + 1; n < bodyEnd && n <= k + 2; n++) if (lines[n]!.cells.length) return rowNumber(lines[n]!) !== null;
      return false;
    };
    const blocks = onGrid ? null : blockRows(lines, h, h.last + 1, bodyEnd);
    if (blocks) {
      for (const b of blocks.rows) out.push(rowOf(h, [owner, b.group, b.num].filter(Boolean).join('.'), b.texts, b.start, b.end));
      i = blocks.next - 1;
      continue;
    }
    let gap = 0;
    let j = h.last + 1;
    for (; j < bodyEnd && gap <= MAX_GAP; j++) {
      const line = lines[j]!;
      const cells = line.cells;
      const numbered = rowNumber(line);
      if (numbered) {
        flush();
        gap = 0;
        const { grid } = numbered;
        const texts = grid ? Array.from({ length: h.cells }, () => '') : cells.map((c) => c.text);
        const cols = grid ? Array.from({ length: h.cells }, () => -100) : cells.map((c) => c.col);
        if (grid)
          cells.forEach((c, k) => {
            texts[grid[k]!] = c.text;
            cols[grid[k]!] = c.col;
          });
        row = { num: numbered.num, texts, cols, start: line.start, end: line.end };
        continue;
      }
      if (cells.length === 0) continue;
      gap++;
      const grid = onGrid ? gridColumns(line) : null;
      if (row && grid && grid[0]! > 0 && grid[grid.length - 1]! < h.cells) {
        // a cell of several lines (paragraphs of an HTML cell) goes on in its grid column
        cells.forEach((c, k) => (row!.texts[grid[k]!] += ` ${c.text}`));
        row.end = line.end;
        continue;
      }
      // a group row across the table ("A. Nhóm nhiệm vụ về …", "II. NHIỆM VỤ CỤ THỂ") has a
      // numbered row right under it; text without one ends the table
      if (cells.length === 1 && cells[0]!.col <= 2 && groupRowAbove(j)) {
        flush();
        group = GROUP_LABEL.exec(cells[0]!.text)?.[1] ?? '';
        continue;
      }
      // a wrapped cell goes on in its column (a PDF's layout keeps columns aligned): "Văn phòng
      // UBND" over "tỉnh"; a line with a cell in no column of the row ends the row, and text in
      // the number column (a heading, a paragraph) ends the table
      let at = row ? cells.map((c) => row!.cols.findIndex((col) => Math.abs(col - c.col) <= 2)) : [];
      // a cell that was empty on the row's first line: in a PDF a short cell is set in the middle
      // of a tall row ("Sở Xây dựng" beside the second line of its content), so it goes under the
      // header cell it lines up with
      if (row && !onGrid && at.some((k) => k < 0)) {
        const lay = layoutColumns(line, h.spans);
        if (lay && !lay.includes(0) && lay.every((k, n) => at[n]! < 0 || at[n] === k)) {
          at = lay;
          lay.forEach((k, n) => (row!.cols[k] = row!.cols[k]! < 0 ? cells[n]!.col : row!.cols[k]!));
        }
      }
      if (at.includes(0) || (!row && cells[0]!.col <= 2)) break;
      if (!row || at.some((k) => k < 0)) {
        flush();
        continue;
      }
      cells.forEach((c, k) => (row!.texts[at[k]!] += ` ${c.text}`));
      row.end = line.end;
    }
    flush();
    i = j - 1;
  }
  return out;
}
