// Issuing body (ô 2): the left header block above the number, split into parent and issuer.
// When the header is missing, the body's "…, Sở X đề nghị …" names the issuer (inferred).
import assignees from '../data/assignees.json' with { type: 'json' };
import titles from '../data/titles.json' with { type: 'json' };
import { looseKey } from '../normalize/fold.js';
import { NOI_NHAN, salutationLabel, type Cell } from '../segment/index.js';
import type { Ctx } from './context.js';
import { headerCells, headingCut, numberCell } from './header.js';
import { titleSentence } from './title-sentence.js';
import { titleCell } from './type.js';

const HEADS = titles.bodyHeads.map(looseKey).sort((a, b) => b.length - a.length);
const PLACES = titles.placeWords.map(looseKey).sort((a, b) => b.length - a.length);

const MAX_LINE = 160;

function firstOf(key: string, list: string[]): string | null {
  return list.find((w) => key === w || key.startsWith(`${w} `)) ?? null;
}

export interface IssuerValue {
  name: string;
  parent: string | null;
  raw: string;
  provenance: 'read' | 'inferred';
  start: number;
  end: number;
}

function isHeaderNoise(c: Cell): boolean {
  const t = c.text.trim();
  return (
    /^[*.\s]+$/.test(t) || /\bngay\b.{0,40}\b(thang|nam)\b/.test(c.key) ||
    /^so\s*[:.;]|^so\s+[\d/]|^v\s*\/\s*v\b/.test(c.key.trim()) || // "Số:" lines, not "SỞ CÔNG THƯƠNG"
    salutationLabel(c) !== null || NOI_NHAN.test(c.key) // labels, also in capitals ("KÍNH GỬI:")
  );
}

export function extractIssuer(ctx: Ctx): IssuerValue | null {
  // "Quyết định của Thủ tướng Chính phủ số …": the heading names its issuer
  const ts = titleSentence(ctx);
  if (ts) return { name: ts.issuer.text, parent: null, raw: ts.issuer.text, provenance: 'read', start: ts.issuer.start, end: ts.issuer.end };
  const cells = headerCells(ctx);
  const num = numberCell(ctx);
  // the block ends at the number line, or at the type title ("CHỈ THỊ") when a text starts there
  const title = titleCell(ctx);
  const stop = Math.min(num ? num.cell.start : Number.POSITIVE_INFINITY, title ? title.start : Number.POSITIVE_INFINITY);
  const right = ctx.zones.rightCol;
  const legacyLower = ctx.norm.encoding === 'tcvn3';
  const block: { text: string; start: number; end: number }[] = [];
  for (const c of cells) {
    if (c.start >= stop) break;
    if (right !== null && c.col >= right - 12) continue;
    if (isHeaderNoise(c)) continue;
    const cut = headingCut(c.key);
    const text = c.text.slice(0, cut).replace(/[\s*]+$/, '').trim();
    if (!text) {
      if (cut < c.key.length && block.length) continue;
      continue;
    }
    const upper = /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}{2}/u.test(text.replace(/(?<![\p{L}])(?:và|của)(?![\p{L}])/gu, ''));
    if (!upper && !legacyLower) {
      if (block.length) break;
      continue;
    }
    if (/^[IVX]+\s*[.\-/)]|^\d+[.)]/.test(text)) break; // a section heading ("I.", "I-", "I/", "1)") opens the body
    // A header line names one body in a few words (the corpus's longest is under 60 characters);
    // a longer run is body text or garbage, never an issuer.
    if (text.length > MAX_LINE) break;
    block.push({ text, start: c.start, end: c.start + text.length });
    if (block.length >= 5) break;
  }
  if (block.length === 0) return inferIssuer(ctx);

  // Group lines into bodies: a line that opens with a body word starts a new body.
  const bodies: { text: string; start: number; end: number }[] = [];
  for (const b of block) {
    const key = looseKey(b.text);
    const last = bodies[bodies.length - 1];
    // "TỈNH LÀO CAI" under "ỦY BAN NHÂN DÂN" continues it; "SỞ CÔNG THƯƠNG" under "UBND TỈNH" does not.
    const head = firstOf(key, HEADS);
    const place = firstOf(key, PLACES);
    const newBody = !last || (head !== null && (place === null || head.length > place.length));
    if (newBody) bodies.push({ ...b });
    else {
      last.text = `${last.text} ${b.text}`;
      last.end = b.end;
    }
  }
  const issuer = bodies[bodies.length - 1]!;
  const parent = bodies.length > 1 ? bodies.slice(0, -1).map((b) => b.text).join(' ') : null;
  return {
    name: issuer.text.replace(/\s+/g, ' '),
    parent,
    raw: block.map((b) => b.text).join('\n'),
    provenance: 'read',
    start: (bodies[0] ?? issuer).start,
    end: issuer.end,
  };
}

const HEAD_ALT = assignees.heads
  .concat(['Thủ tướng Chính phủ', 'Chính phủ', 'Tổng cục'])
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const INFER_RE = new RegExp(
  String.raw`(?:^|[,.;:]\s+|\n\s*)((?:${HEAD_ALT})(?:[ ]+[\p{L}&-]+){0,10}?)[ ]+(?:đề nghị|yêu cầu|hướng dẫn|xây dựng|ban hành|thông báo|có ý kiến|trả lời|kết luận|chỉ thị|giao)(?![\p{L}\d])`,
  'u',
);

function inferIssuer(ctx: Ctx): IssuerValue | null {
  const { lines, bodyStart } = ctx.zones;
  const from = lines[bodyStart]?.start ?? 0;
  const text = ctx.norm.text.slice(from, from + 6000);
  const m = INFER_RE.exec(text);
  if (!m) return null;
  const name = m[1]!.trim();
  const start = from + m.index + m[0].indexOf(name);
  return { name, parent: null, raw: name, provenance: 'inferred', start, end: start + name.length };
}
