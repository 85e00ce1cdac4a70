// Tasks set out in a table: "STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian",
// one numbered row per task (a plan's assignments, often its appendix). Each row is a task of the
// section that holds the table, labelled by its number ("II.2"); the lead column names the
// assignees, the coordinating column the partners.
import type { Line } from '../segment/index.js';
import type { Ctx } from './context.js';

// header cells, on their loose key
const NUMBER_HEAD = /^(?:stt|tt|so tt|so thu tu)$/;
const LEAD_HEAD = /^(?:(?:co quan|don vi|bo phan|cap)\s+)?(?:chu tri|thuc hien|chiu trach nhiem|phu trach)(?:\s+thuc hien)?$/;
const PARTNER_HEAD = /^(?:(?:co quan|don vi|bo phan)\s+)?phoi hop(?:\s+thuc hien)?$/;
const CONTENT_HEAD = /^(?:noi dung|nhiem vu|ten nhiem vu|noi dung cong viec|cong viec|nhiem vu, giai phap)/;
const ROW_NUMBER = /^(\d{1,3})\.?$/;
/** Lines a table's rows may run over (wrapped cells) before the table is taken as ended. */
const MAX_GAP = 6;

interface Header {
  /** Cells in the header line: a row lays out as many. */
  cells: number;
  content: number;
  lead: number;
  partner: number;
}

function headerOf(l: Line): Header | null {
  if (l.cells.length < 3) return null;
  const keys = l.cells.map((c) => c.key.trim().replace(/[:.]+$/, ''));
  const lead = keys.findIndex((k) => LEAD_HEAD.test(k));
  if (lead < 0 || !NUMBER_HEAD.test(keys[0]!)) return null;
  return { cells: l.cells.length, content: keys.findIndex((k) => CONTENT_HEAD.test(k)), lead, partner: keys.findIndex((k) => PARTNER_HEAD.test(k)) };
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
  start: number;
  end: number;
}

/** The numbered rows of the body's task tables. */
export function tableRows(ctx: Ctx): TableRow[] {
  const { lines, bodyStart, bodyEnd, sections } = ctx.zones;
  const out: TableRow[] = [];
  for (let i = bodyStart; i < bodyEnd; i++) {
    const h = headerOf(lines[i]!);
    if (!h) continue;
    // the deepest section that holds the header line
    const at = lines[i]!.start;
    let owner: string | null = null;
    let depth = -1;
    for (const s of sections) {
      if (s.start <= at && at < s.end && s.depth > depth) {
        owner = s.path;
        depth = s.depth;
      }
    }
    // the row being read: its cells' texts and columns, grown by the lines of wrapped cells
    let row: { num: string; texts: string[]; cols: number[]; start: number; end: number } | null = null;
    const flush = () => {
      if (!row) return;
      const cell = (k: number) => row!.texts[k]!.replace(/\s+/g, ' ').trim();
      out.push({
        section: owner ? `${owner}.${row.num}` : row.num,
        content: cell(h.content >= 0 ? h.content : 1),
        lead: cell(h.lead),
        partner: h.partner >= 0 ? cell(h.partner) : null,
        start: row.start,
        end: row.end,
      });
      row = null;
    };
    let gap = 0;
    let j = i + 1;
    for (; j < bodyEnd && gap <= MAX_GAP; j++) {
      const line = lines[j]!;
      const cells = line.cells;
      // a row lays out every column; the lines of its wrapped cells lay out fewer
      const num = cells.length === h.cells ? ROW_NUMBER.exec(cells[0]!.text.trim()) : null;
      if (num) {
        flush();
        gap = 0;
        row = { num: num[1]!, texts: cells.map((c) => c.text), cols: cells.map((c) => c.col), start: line.start, end: line.end };
        continue;
      }
      if (cells.length === 0) continue;
      gap++;
      // a wrapped cell goes on in its column (a PDF's layout keeps columns aligned): "Văn phòng
      // UBND" over "tỉnh"; a line with a cell in no column of the row ends the row, and text in
      // the number column (a heading, a paragraph) ends the table
      const at = row ? cells.map((c) => row!.cols.findIndex((col) => Math.abs(col - c.col) <= 2)) : [];
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
