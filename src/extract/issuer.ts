// Issuing body (ô 2): the left header block above the number, split into parent and issuer.
// When the header is missing, the body's "…, Sở X đề nghị …" names the issuer (inferred).
import assignees from '../data/assignees.json' with { type: 'json' };
import titles from '../data/titles.json' with { type: 'json' };
import issuerCodesData from '../data/issuer-codes.json' with { type: 'json' };
import { editDistance } from '../normalize/edit-distance.js';
import { looseKey } from '../normalize/fold.js';
import { isSyllable } from '../normalize/syllable.js';
import { NOI_NHAN, salutationLabel, type Cell } from '../segment/index.js';
import type { DocumentNumber } from '../schema/record.js';
import { escapeRegex, type Ctx } from './context.js';
import { headerCells, headingCut, numberCell } from './header.js';
import { issuerCodes, KNOWN_ISSUER_CODES } from './number.js';
import { titleSentence } from './title-sentence.js';
import { titleCell } from './type.js';

const HEADS = titles.bodyHeads.map(looseKey).sort((a, b) => b.length - a.length);
/** Heads that name a body alone on their line (data/titles.json bodyHeadsAlone). */
const HEADS_ALONE = new Set(titles.bodyHeadsAlone.map(looseKey));
const PLACES = titles.placeWords.map(looseKey).sort((a, b) => b.length - a.length);

const MAX_LINE = 160;

function firstOf(key: string, list: string[]): string | null {
  return list.find((w) => key === w || key.startsWith(`${w} `)) ?? null;
}

export interface IssuerPart {
  name: string;
  parent: string | null;
  start: number;
  end: number;
}

export interface IssuerValue {
  name: string;
  parent: string | null;
  raw: string;
  provenance: 'read' | 'inferred';
  start: number;
  end: number;
  /** Every issuing body of a joint document (liên tịch), in the order the header gives them. */
  joint?: IssuerPart[];
}

type Line = { text: string; start: number; end: number };
/** A body of the header: its name over one or more lines, and those lines. */
type Body = Line & { lines: Line[] };

const STANDING = /^thuong truc$/;

/**
 * Header lines grouped into bodies: a line that opens with a body word starts a new body. In a
 * joint document a line that opens with a dash goes on with the list of bodies above it ("BỘ CÔNG
 * AN - BỘ QUỐC PHÒNG" over "- VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO" over "- TÒA ÁN …").
 */
function group(lines: Line[], joint = false): Body[] {
  const bodies: Body[] = [];
  for (const b of lines) {
    const key = looseKey(b.text);
    const last = bodies[bodies.length - 1];
    // "TỈNH LÀO CAI" under "ỦY BAN NHÂN DÂN" continues it; "SỞ CÔNG THƯƠNG" under "UBND TỈNH" does not.
    const head = firstOf(key, HEADS);
    const place = firstOf(key, PLACES);
    const listed = joint && /^[-–]\s/u.test(b.text);
    // "THƯỜNG TRỰC" over "HĐND - UBND TỈNH HÒA BÌNH": the standing body of what the next line names
    const qualifier = last !== undefined && STANDING.test(looseKey(last.text));
    // ("SỞ NÔNG NGHIỆP VÀ MÔI" over "TRƯỜNG": a head alone that names no body ends the name above)
    const wrapped = head !== null && key === head && !HEADS_ALONE.has(head);
    const newBody = !last || (!listed && !qualifier && !wrapped && head !== null && (place === null || head.length > place.length));
    if (newBody) bodies.push({ ...b, lines: [b] });
    else {
      last.text = `${last.text} ${b.text}`;
      last.end = b.end;
      last.lines.push(b);
    }
  }
  return bodies;
}

/** A header cell's text without the heading a flattened header runs into ("… CỘNG HÒA …"). */
function beforeHeading(c: Cell): string {
  // (a full stop OCR put after the last word, "TRUNG ƯƠNG.", is no part of the name; "TP." is;
  // nor are the marks a scan left after it, "BAN CHỈ ĐẠO TRUNG ƯƠNG — - :", "… ĐÀO TẠO _", or a
  // lone stroke between its words, "SÁNG TẠO \ VÀ")
  const read = c.text.slice(0, headingCut(c.key));
  return junkEnd(read)
    .replace(/(?<=\s)[|\\]\s+/gu, '')
    .replace(/(?<=\p{L}{3})\.$/u, '')
    .trim();
}

/** `s` without the spaces, stars and marks it ends with (a mark only after a space: "TRUNG ƯƠNG - :"). */
function junkEnd(s: string): string {
  // (a loop from the end: a pattern anchored at "$" would be tried from each offset of a long run)
  let end = s.length;
  for (;;) {
    while (end > 0 && /[\s*]/u.test(s[end - 1]!)) end--;
    let k = end;
    while (k > 0 && /[-:;,|\\_~]/u.test(s[k - 1]!)) k--;
    if (k === end || k === 0 || !/\s/u.test(s[k - 1]!)) return s.slice(0, end);
    end = k;
  }
}

/** Whether a header line is set in capitals ("và", "của" may stay lower case). */
function isUpper(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}{2}/u.test(text.replace(/(?<![\p{L}])(?:và|của)(?![\p{L}])/gu, ''));
}

// (on the loose key of the title cell)
const JOINT_TITLE = /\blien tich\b/;
const JOINT_DASH = /\s+[-–]\s+/gu;

/**
 * A joint document's issuers (two issuer codes in its number, "15/KHLT-MTTQ-UBND", or "LIÊN TỊCH"
 * in its title): the left block's issuer, bodies written beside it in the right column ("ỦY BAN
 * MTTQ … ỦY BAN NHÂN DÂN"), or bodies joined on one line by a dash ("BAN TỔ CHỨC TỈNH ỦY - SỞ NỘI
 * VỤ"). Null when the document is not joint or only one body is found.
 */
function jointIssuers(issuer: Body, parent: string | null, right: Line[]): IssuerPart[] | null {
  const parts: IssuerPart[] = [];
  // bodies joined by a dash: each side opens with a body word ("Bộ Lao động - Thương binh và Xã
  // hội" is one body). Each line is split on its own text, so each piece keeps its offsets and no
  // words of the right column between two lines get in; a piece that opens with no body word goes
  // on with the one before it, over a line's break ("VIỆN KIỂM SÁT NHÂN DÂN" / "TỐI CAO - …").
  const pieces: Line[] = [];
  for (const line of issuer.lines) {
    const lead = /^[-–]\s+/u.exec(line.text)?.[0].length ?? 0;
    const own = line.text.slice(lead);
    let at = 0;
    const add = (from: number, to: number): void => {
      const piece = { text: own.slice(from, to), start: line.start + lead + from, end: line.start + lead + to };
      const prev = pieces[pieces.length - 1];
      if (prev && firstOf(looseKey(piece.text), HEADS) === null) {
        prev.text = `${prev.text} ${piece.text}`;
        prev.end = piece.end;
      } else pieces.push(piece);
    };
    for (const m of own.matchAll(JOINT_DASH)) {
      add(at, m.index);
      at = m.index + m[0].length;
    }
    add(at, own.length);
  }
  if (pieces.length > 1 && pieces.every((p) => firstOf(looseKey(p.text), HEADS) !== null)) {
    for (const p of pieces) parts.push({ name: p.text.replace(/\s+/g, ' ').trim(), parent: null, start: p.start, end: p.end });
  } else parts.push({ name: issuer.text.replace(/\s+/g, ' '), parent, start: issuer.start, end: issuer.end });
  for (const r of group(right)) {
    if (firstOf(looseKey(r.text), HEADS) !== null) parts.push({ name: r.text.replace(/\s+/g, ' '), parent: null, start: r.start, end: r.end });
  }
  return parts.length > 1 ? parts : null;
}

/**
 * A line of one token in capitals that is no word, no body's head ("UBND") and no known code:
 * letters a stamp or a mark left above a scan's header ("TTPT").
 */
function strayLetters(t: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(t) && !isSyllable(t) && !KNOWN_ISSUER_CODES.has(t) && firstOf(looseKey(t), HEADS) === null;
}

/** A place-date cell, by its key ("ngay 19 thang 12 nam 2019"). */
const DATE_LINE = /\bngay\b.{0,40}\b(thang|nam)\b/;

// a name's line that ends with the decision it was set up by, its number on the next line
const DECISION_END = /(?:^|\s)(?:THEO|TẠI)\s+(?:QUYẾT ĐỊNH|QĐ)\s*$/u;

function isHeaderNoise(c: Cell): boolean {
  const t = c.text.trim();
  return (
    /^[*.\s]+$/.test(t) || strayLetters(t) || DATE_LINE.test(c.key) ||
    /^so\s*[:.;]|^so\s+[\d/]|^v\s*\/\s*v\b/.test(c.key.trim()) || // "Số:" lines, not "SỞ CÔNG THƯƠNG"
    salutationLabel(c) !== null || NOI_NHAN.test(c.key) // labels, also in capitals ("KÍNH GỬI:")
  );
}

export function extractIssuer(ctx: Ctx, number: DocumentNumber | null = null): IssuerValue | null {
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
  const joint = (number !== null && issuerCodes(number).length > 1) || (title !== null && JOINT_TITLE.test(title.key));
  const block: Line[] = [];
  // a joint document's other issuers, in the right column beside the first
  const rightBlock: Line[] = [];
  for (const c of cells) {
    if (c.start >= stop) break;
    // With no number line, the place and date under the name end its column: what follows in
    // capitals is a title the types table does not hold ("THƯ NGỎ", "THƯ CÔNG"), not the name.
    if (block.length && !num && DATE_LINE.test(c.key) && (right === null || c.col < right - 12)) break;
    // "ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT": a body set up by a decision names it
    // in its name, the "số" line no number line of this document
    const namesDecision = block.length > 0 && /^so\s+\d/.test(c.key.trim()) && DECISION_END.test(block[block.length - 1]!.text);
    if (!namesDecision && isHeaderNoise(c)) continue;
    if (right !== null && c.col >= right - 12) {
      const t = joint && rightBlock.length < 4 ? beforeHeading(c) : '';
      if (t && (isUpper(t) || legacyLower) && t.length <= MAX_LINE) rightBlock.push({ text: t, start: c.start, end: c.start + t.length });
      continue;
    }
    // (a stray mark before the first line, "/ỦY BAN MTTQ VIỆT NAM", is no part of the name; nor
    // is a speck a scan read as a quote, "“BO CÔNG AN - …")
    const read = beforeHeading(c);
    const lead = /^[/\\|.,;:"'`]+\s*(?=\p{Lu})/u.exec(read)?.[0].length ?? 0;
    let text = read.slice(lead);
    const length = text.length;
    if (!text) continue;
    if (!isUpper(text) && !legacyLower) {
      // a known body whose capitals a scan lost in part ("Quoc HỘI"): its name, in capitals
      const known = block.length === 0 ? mixedCaseBody(text) : null;
      if (!known) {
        if (block.length) break;
        continue;
      }
      ctx.warn('ISSUER_REPAIRED', `read the header line "${text}" as ${known}`, c.start + lead, c.start + lead + length);
      text = known;
    }
    if (/^[IVX]+\s*[.\-/)]|^\d+[.)]/.test(text)) break; // a section heading ("I.", "I-", "I/", "1)") opens the body
    // A header line names one body in a few words (the corpus's longest is under 60 characters);
    // a longer run is body text or garbage, never an issuer.
    if (text.length > MAX_LINE) break;
    if (namesDecision) {
      // (one line with the one above: "SỐ" would read as a head, "SỞ", and open a body)
      const prev = block[block.length - 1]!;
      block[block.length - 1] = { text: `${prev.text} ${text}`, start: prev.start, end: c.start + lead + length };
      continue;
    }
    block.push({ text, start: c.start + lead, end: c.start + lead + length });
    if (block.length >= 5) break;
  }
  // a lone word that names no body ("BEN", what a scan read of a mark): no issuer of the header
  if (block.length === 1 && /^\p{Lu}+$/u.test(block[0]!.text) && !KNOWN_ISSUER_CODES.has(block[0]!.text) && firstOf(looseKey(block[0]!.text), HEADS) === null) block.length = 0;
  if (block.length === 0) return inferIssuer(ctx);

  const bodies = group(block, joint);
  const issuer = bodies[bodies.length - 1]!;
  const parent = bodies.length > 1 ? bodies.slice(0, -1).map((b) => b.text).join(' ') : null;
  const parts = joint ? jointIssuers(issuer, parent, rightBlock) : null;
  const asRead = issuer.text.replace(/\s+/g, ' ');
  const name = repaired(asRead);
  if (name !== asRead) ctx.warn('ISSUER_REPAIRED', `read the damaged issuer "${asRead}" as ${name}`, issuer.start, issuer.end);
  return {
    name,
    parent,
    raw: block.map((b) => b.text).join('\n'),
    provenance: 'read',
    start: (bodies[0] ?? issuer).start,
    end: issuer.end,
    ...(parts ? { joint: parts } : {}),
  };
}

/** A name's loose key without its spaces (OCR drops and adds spaces too). */
const bodyKey = (name: string): string => looseKey(name).replace(/\s+/g, '');
// Known central bodies by that key.
const KNOWN_BODIES = [...Object.values(issuerCodesData.codes), ...issuerCodesData.bodies].map((name) => ({ name, key: bodyKey(name) }));
// (the exact lookup, the first name per key, as a scan of the list would find it)
const KNOWN_BY_KEY = new Map<string, string>();
for (const b of KNOWN_BODIES) if (!KNOWN_BY_KEY.has(b.key)) KNOWN_BY_KEY.set(b.key, b.name);

/** A line in mixed case that is a known central body's name, its capitals partly lost ("Quoc HỘI"), in capitals. */
function mixedCaseBody(text: string): string | null {
  if (!/\p{Lu}{2}/u.test(text) || text.length > 60) return null;
  const key = bodyKey(text);
  return KNOWN_BY_KEY.get(key)?.toUpperCase() ?? null;
}

// A copy that lost the name's first letter (a web page's drop capital: "Y BAN NHÂN DÂN TỈNH KON
// TUM"): a body's head of data/titles.json without its first letter, the letter to put back. Only
// heads that keep four characters or more so ("Y BAN", "ỈNH ỦY", not "Ộ", "AN").
const LOST_LETTER = new Map<string, string>();
for (const h of titles.bodyHeads.map((x) => x.toUpperCase())) if (h.length >= 5 && !LOST_LETTER.has(h.slice(1))) LOST_LETTER.set(h.slice(1), h[0]!);
const LOST_FIRST = new RegExp(`^(${[...LOST_LETTER.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})(?= \\p{Lu})`, 'u');

/**
 * An OCR-damaged name one or two letters away from a known central body ("BAN CHẮÁP HÀNH
 * TRUNGƯƠNG"), or that lost all its marks ("QUOC HOI"), is that body, in the case it was written
 * in; any other name stays as read.
 */
function repaired(name: string): string {
  const head = LOST_FIRST.exec(name);
  if (head) return `${LOST_LETTER.get(head[1]!)}${name}`;
  const key = bodyKey(name);
  // (the name as written, but a scan's that lost every mark: "QUOC HOI", "BAN CHAP HANH TRUNG UONG")
  const marksLost = /^[\x00-\x7f]+$/.test(name);
  const inCase = (known: string): string => (/\p{Ll}/u.test(name) ? known : known.toUpperCase());
  const known = KNOWN_BY_KEY.get(key);
  if (known !== undefined) return marksLost ? inCase(known) : name;
  if (key.length < 8) return name;
  // (its head word as written: "Sở Tài chính" is two letters from "Bộ Tài chính", and another body)
  const max = key.length >= 15 ? 2 : 1;
  let best: { name: string; d: number } | null = null;
  for (const b of KNOWN_BODIES) {
    if (b.key.slice(0, 4) !== key.slice(0, 4)) continue;
    const d = editDistance(key, b.key, max);
    if (d <= max && (!best || d < best.d)) best = { name: b.name, d };
  }
  return best ? inCase(best.name) : name;
}

const HEAD_ALT = assignees.heads
  .concat(['Thủ tướng Chính phủ', 'Chính phủ', 'Tổng cục'])
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|');
// (the verb may come with a courtesy: "Văn phòng Chính phủ xin thông báo …", "Sở X kính đề nghị …",
// or a tense word a report on it puts there: "Ban Thường vụ Tỉnh ủy vừa ban hành …")
const INFER_RE = new RegExp(
  String.raw`(?:^|[,.;:]\s+|\n\s*)((?:${HEAD_ALT})(?:[ ]+[\p{L}&-]+){0,10}?)[ ]+(?:(?:đã|vừa|cũng|mới|sẽ)[ ]+){0,2}(?:(?:xin|kính|trân trọng)[ ]+)?(?:đề nghị|yêu cầu|hướng dẫn|xây dựng|ban hành|thông báo|có ý kiến|trả lời|kết luận|chỉ thị|giao)(?![\p{L}\d])`,
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
