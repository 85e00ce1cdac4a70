// Người ký (ô 7): authority prefix lines (TM./KT./TL./TUQ./Q., Party T/M, K/T, T/L), the
// signer's title, a signature mark, and the name. Stacked blocks keep the innermost authority.
import titles from '../data/titles.json' with { type: 'json' };
import { looseKey } from '../normalize/fold.js';
import type { Signer } from '../schema/record.js';
import { cellCentre as centre, type Cell } from '../segment/index.js';
import { AUTHORITY, AUTHORITY_CODE, AUTHORITY_PREFIX, NAME_RANK, RANK_HEAD, RANK_TAIL, SIGNED_MARK, damagedName, isPersonName, isSurname, isUpper, nameAfterMark, signerNameStart } from '../segment/index.js';
import { countAtMost, type Ctx } from './context.js';
import { sentenceCase, splitTitle, TITLE_AT_START, TITLE_BY_KEY } from './sentence-case.js';

interface Part {
  kind: 'authority' | 'title' | 'name' | 'mark' | 'other' | 'post';
  text: string;
  start: number;
  end: number;
  code?: Signer['authority'];
}

const ONLY_AUTHORITY = new RegExp(String.raw`^\s*(?:${AUTHORITY_PREFIX})\s*[.:]?\s*$`);

function explode(c: Cell): Part[] {
  // A squeezed cell ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Bùi Hồng Lĩnh") is split into its lines again.
  const parts: Part[] = [];
  let text = c.text.trim();
  let start = c.start + (c.text.length - c.text.trimStart().length);
  let name: Part | null = null;
  // the mark before the name on its line, as some web copies set it: "(Đã ký) Trần Văn Cường",
  // "Đã ký: Trần Văn Cường"
  const at = nameAfterMark(text);
  if (at >= 0) {
    return [
      { kind: 'mark', text: text.slice(0, at).trim(), start, end: start + at },
      { kind: 'name', text: text.slice(at), start: start + at, end: start + text.length },
    ];
  }
  // a name in title case after capitals, or the whole line in capitals ("THỨ TRƯỞNG BÙI HỒNG LĨNH")
  const tail = signerNameStart(text);
  // (a title whose marks a scan lost, "PHO CHU TICH", is no title and a name "CHU TICH")
  // (nor is the body after an authority, "TM. ĐOÀN KIỂM TRA", a name in capitals: Đoàn is a surname)
  const afterAuthority = !!tail && ONLY_AUTHORITY.test(text.slice(0, tail.at).toLowerCase());
  if (tail && (tail.caps || isUpper(text.slice(0, tail.at))) && !TITLE_BY_KEY.has(looseKey(text)) && !afterAuthority) {
    name = { kind: 'name', text: text.slice(tail.at), start: start + tail.at, end: start + text.length };
    text = text.slice(0, tail.at).trimEnd();
  } else if (!tail && !isPersonName(text)) {
    // a scan's name under a stamp, "rân Câm Tú." (the segmenter took the cell for it)
    const damaged = damagedName(text);
    if (damaged) {
      name = { kind: 'name', text: damaged.name, start: start + damaged.at, end: start + text.length };
      text = text.slice(0, damaged.at).trimEnd();
    }
  }
  const markRe = /\s*[([]?\s*(?:Đã ký|đã ký|ĐÃ KÝ|Signed)\s*[)\]]?\s*/u;
  const mk = markRe.exec(text);
  if (mk && mk.index > 0) {
    for (const p of explodeUpper(text.slice(0, mk.index), start)) parts.push(p);
    parts.push({ kind: 'mark', text: mk[0].trim(), start: start + mk.index, end: start + mk.index + mk[0].length });
  } else for (const p of explodeUpper(text, start)) parts.push(p);
  if (name) parts.push(name);
  return parts;
}

// What a scan reads of a seal over the signature ("4 ˆ SẲN", "\\©\\ TRUNG ƯƠNG/>/", "AI", "CS"):
// figures or marks no title has, or no word of three letters. No title but a known one is kept then.
// ("BỘ Y TẾ" is a body whose words are all short)
const STAMP_NOISE = /[^\p{L}\s.,()&-]|^(?!.*\p{L}{3})(?!BỘ\s\p{Lu})/su;

function explodeUpper(text: string, start: number): Part[] {
  const key = looseKey(text);
  const t = text.trim();
  if (!t) return [];
  if (SIGNED_MARK.test(key)) return [{ kind: 'mark', text: t, start, end: start + text.length }];
  if (isPersonName(t)) return [{ kind: 'name', text: t, start, end: start + text.length }];
  const folded = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
  const out: Part[] = [];
  // Authority prefixes may be stacked on one squeezed line: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH".
  // The dot may touch the next word ("KT.TRƯỞNG BAN"), as the segmenter's AUTHORITY allows.
  const re = new RegExp(String.raw`(?:^|\s)(${AUTHORITY_PREFIX})(?:\s*[.:]\s*|\s+)(?=\S)`, 'g');
  const hits: { at: number; len: number; code: string }[] = [];
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const code = m[1]!.replace(/\s+/g, '');
    if (code === 'q' && !/q\s*\./.test(m[0])) continue;
    // an authority must be followed by upper case
    const after = text.slice(m.index + m[0].length);
    if (!/^\p{Lu}/u.test(after)) continue;
    hits.push({ at: m.index + (m[0].startsWith(' ') ? 1 : 0), len: m[0].length - (m[0].startsWith(' ') ? 1 : 0), code });
  }
  if (hits.length === 0 || hits[0]!.at > 0) {
    const head = text.slice(0, hits[0]?.at ?? text.length);
    const { before, title } = splitTitle(head);
    const first = title && before ? splitTitle(before) : null;
    if (title && first?.title && !first.before && otherPost(first.title, title)) {
      // two offices squeezed on one line, no authority ("TRƯỞNG BAN PHÓ THỦ TƯỚNG"): see otherPost
      out.push({ kind: 'title', text: first.title, start, end: start + before.length });
      out.push({ kind: 'post', text: title, start: start + head.lastIndexOf(title), end: start + head.length });
    } else if (title) {
      if (before) out.push({ kind: 'other', text: before, start, end: start + before.length });
      out.push({ kind: 'title', text: title, start: start + head.lastIndexOf(title), end: start + head.length });
    } else if (head.trim()) out.push({ kind: isUpper(head) && !STAMP_NOISE.test(head) ? 'title' : 'other', text: head.trim(), start, end: start + head.length });
  }
  hits.forEach((h, i) => {
    const segEnd = hits[i + 1]?.at ?? text.length;
    const body = text.slice(h.at + h.len, segEnd).trim();
    const { before, title } = splitTitle(body);
    const code = AUTHORITY_CODE[h.code] ?? null;
    // "KT. BỘ TRƯỞNG THỨ TRƯỞNG": the trailing title belongs to the signer, unless it is all there
    // is, or what is left is a bare head word ("TM. BAN THƯỜNG TRỰC" is the Ban Thường trực).
    // (a title after a comma is the head's second office: "KT. BỘ TRƯỞNG, CHỦ NHIỆM")
    if (title && before && /\s/.test(before.trim()) && !before.trimEnd().endsWith(',')) {
      out.push({ kind: 'authority', text: before, start: start + h.at, end: start + h.at + h.len + before.length, code });
      out.push({ kind: 'title', text: title, start: start + segEnd - title.length, end: start + segEnd });
    } else out.push({ kind: 'authority', text: body, start: start + h.at, end: start + segEnd, code });
  });
  return out;
}

/**
 * Signature blocks side by side, as a joint plan or a joint circular is signed ("TM. ỦY BAN NHÂN
 * DÂN      TM. BAN THƯỜNG TRỰC" over "Mai Sơn      Nguyễn Văn Lộc"; three "KT." blocks of a
 * Thông tư liên tịch): the cells of each column, left block first. The columns are those of the
 * line that holds the most signature lines apart; one block when no line holds two.
 */
function columns(cells: Cell[], partsOf: Map<Cell, Part[]>): Cell[][] {
  const byLine = new Map<number, Cell[]>();
  for (const c of cells) {
    const row = byLine.get(c.line);
    if (row) row.push(c);
    else byLine.set(c.line, [c]);
  }
  // where each column after the first begins, from the rows with the most blocks
  let edges: number[] = [];
  for (const row of byLine.values()) {
    if (row.length < 2) continue;
    const sorted = [...row].sort((x, y) => x.col - y.col);
    // every side a signature line (an authority, a title, a name), far apart
    const kinds = sorted.map((c) => partsOf.get(c)!.map((p) => p.kind));
    if (!kinds.every((k) => k.length > 0 && k.every((x) => x === 'authority' || x === 'title' || x === 'name'))) continue;
    if (sorted.some((c, i) => i > 0 && c.col - sorted[i - 1]!.col < 20)) continue;
    // (a block squeezed onto one line with its name set apart, "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ
    // NHIỆM     Nguyễn Cao Lục", is one signer: side by side, every side names someone or none)
    if (kinds.some((k) => k.includes('name') !== kinds[0]!.includes('name'))) continue;
    // (blocks side by side run line for line: an authority beside an authority, a title beside
    // a title; "KT. TRƯỞNG BAN    CHÍNH SÁCH, THUẾ QUỐC TẾ" is one line a scan split at a gap)
    if (kinds.some((k) => k[0] !== kinds[0]![0])) continue;
    // (a column's edge halfway between the centres of the blocks beside it: a body's name centred
    // under its authority, "TÒA ÁN NHÂN DÂN TỐI CAO" under "KT. CHÁNH ÁN", starts left of it)
    const at = sorted.slice(1).map((c, i) => Math.max(sorted[i]!.col + 1, Math.min(c.col - 4, (centre(sorted[i]!) + centre(c)) / 2)));
    if (at.length > edges.length) edges = at;
    else if (at.length === edges.length) edges = edges.map((e, i) => Math.min(e, at[i]!));
  }
  if (edges.length === 0) return [cells];
  const out: Cell[][] = edges.map(() => []);
  out.push([]);
  // (the column a cell falls in: how many edges lie at or left of its centre, by bisection; a
  // cell wider than its column is placed by its start)
  for (const c of cells) out[countAtMost(edges, Math.min(centre(c), c.col + 20))]!.push(c);
  const blocks = out.filter((b) => b.length > 0);
  return blocks.length > 1 ? blocks : [cells];
}

/**
 * A joint document's blocks stand in rows of two or three ("KT. BỘ TRƯỞNG / BỘ QUỐC PHÒNG" beside
 * "KT. BỘ TRƯỞNG / BỘ CÔNG AN", their names, then three more blocks under them): each row has
 * columns of its own. A row ends where a line of authorities follows names.
 */
function rows(cells: Cell[], partsOf: Map<Cell, Part[]>): Cell[][] {
  const out: Cell[][] = [];
  let row: Cell[] = [];
  let named = false;
  let line = -1;
  for (const c of cells) {
    const kinds = partsOf.get(c)!.map((p) => p.kind);
    if (c.line !== line && named && kinds.includes('authority')) {
      out.push(row);
      row = [];
      named = false;
    }
    line = c.line;
    row.push(c);
    if (kinds.includes('name')) named = true;
  }
  if (row.length) out.push(row);
  return out;
}

export function extractSigners(ctx: Ctx): Signer[] {
  // each cell's parts, read once for the columns and the blocks
  const partsOf = new Map(ctx.zones.signatureCells.map((c) => [c, explode(c)] as const));
  return rows(ctx.zones.signatureCells, partsOf).flatMap((row) =>
    columns(row, partsOf).flatMap((cells) => {
      const parts = cells.flatMap((c) => partsOf.get(c)!);
      return (sideBySide(ctx.norm.text, parts) ?? [parts]).flatMap((ps) => signersOf(ctx, ps));
    }),
  );
}

/**
 * Blocks side by side that a scan read onto one line each: "KT. BỘ TRƯỞNG BỘ CÔNG AN KT. VIỆN
 * TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO" over "THỨ TRƯỞNG PHÓ VIỆN TRƯỞNG" over "Thượng tướng Lê
 * Quốc Hùng Nguyễn Huy Tiến". Two or more authorities of one kind on one line (a stacked block's
 * differ: "TM. … KT. …"); under it, a line that splits into as many known titles (or none), and
 * one that splits at family names (a rank before one) into as many names: one block each, in
 * order. Null when the lines are not so.
 */
function sideBySide(text: string, parts: Part[]): Part[][] | null {
  const first = parts.findIndex((p) => p.kind === 'authority');
  if (first < 0) return null;
  let n = 0;
  while (parts[first + n]?.kind === 'authority') n++;
  const auth = parts.slice(first, first + n);
  // (a joint document has a handful of signers: more authorities on a line are no row of blocks,
  // and the splits below, tried for each way to cut, stay few)
  if (n < 2 || n > 6 || auth.some((a) => a.code !== auth[0]!.code) || text.slice(auth[0]!.start, auth[n - 1]!.end).includes('\n')) return null;
  const rest = parts.slice(first + n);
  if (rest.length === 0 || rest.some((p) => p.kind === 'authority')) return null;
  // the lines under the authorities, as the block's parts cover them
  const lines: { at: number; words: Word[] }[] = [];
  for (const p of rest) {
    const words = wordsOf(text.slice(p.start, p.end), p.start);
    const last = lines[lines.length - 1];
    if (last && !text.slice(last.at, p.start).includes('\n')) last.words.push(...words);
    else lines.push({ at: p.start, words });
  }
  // (the names' line may lie past the block: the segmenter knows no line of several names as one;
  // the few lines under the last one are read too)
  let after = rest[rest.length - 1]!.end;
  for (let k = 0; k < 4; k++) {
    const nl = text.indexOf('\n', after);
    if (nl < 0) break;
    const end = text.indexOf('\n', nl + 1);
    const line = text.slice(nl + 1, end < 0 ? text.length : end);
    after = end < 0 ? text.length : end;
    if (!line.trim()) continue;
    lines.push({ at: nl + 1, words: wordsOf(line, nl + 1) });
    if (end < 0) break;
  }
  let titles: Word[][] | null = null;
  let names: Word[][] | null = null;
  for (const l of lines) {
    if (!titles) {
      titles = splitTitles(l.words, n);
      if (titles) continue;
    }
    names = splitNames(l.words, n);
    if (names) break;
  }
  if (!names) return null;
  const part = (kind: Part['kind'], ws: Word[]): Part => ({ kind, text: ws.map((x) => x.w).join(' '), start: ws[0]!.at, end: ws[ws.length - 1]!.at + ws[ws.length - 1]!.w.length });
  return auth.map((a, k) => [a, ...(titles ? [part('title', titles[k]!)] : []), part('name', names![k]!)]);
}

type Word = { w: string; at: number };
/** The words of `s`, which opens at `at` in the clean text. */
const wordsOf = (s: string, at: number): Word[] => [...s.matchAll(/\S+/gu)].map((m) => ({ w: m[0], at: at + m.index }));

// a rank before a name ("Thượng tướng", "Đại tá"), two words: NAME_RANK's, word by word
const RANK_WORDS = new RegExp(`^(?:${RANK_HEAD})$`, 'u');
const RANK_TAILS = new RegExp(`^(?:${RANK_TAIL})$`, 'u');

/** Words split into `n` known titles in a row ("THỨ TRƯỞNG THỨ TRƯỞNG PHÓ CHÁNH ÁN"), or null. */
function splitTitles(words: Word[], n: number): Word[][] | null {
  const out: Word[][] = [];
  let i = 0;
  while (i < words.length && out.length < n) {
    let k = Math.min(words.length - i, 6);
    while (k > 0 && !TITLE_BY_KEY.has(looseKey(words.slice(i, i + k).map((x) => x.w).join(' ')))) k--;
    if (k === 0) return null;
    out.push(words.slice(i, i + k));
    i += k;
  }
  return out.length === n && i === words.length ? out : null;
}

/** Words split into `n` names, each a family name and one to four words, a rank before it maybe, or null. */
function splitNames(words: Word[], n: number): Word[][] | null {
  const ranked = (i: number): boolean => RANK_WORDS.test(words[i]!.w) && RANK_TAILS.test(words[i + 1]?.w ?? '');
  // where a name may open: its family name, or the rank before one
  const opens = (i: number): boolean => isSurname(words[i]!.w) || (ranked(i) && isSurname(words[i + 2]?.w ?? ''));
  const person = (from: number, to: number): boolean => {
    const at = ranked(from) ? from + 2 : from;
    const k = to - at;
    return k >= 2 && k <= 5 && isSurname(words[at]!.w) && words.slice(at, to).every((x) => /^\p{Lu}/u.test(x.w));
  };
  if (words.length === 0 || words.length > 7 * n) return null;
  const cut = (from: number, to: number, m: number): Word[][] | null => {
    if (m === 1) return person(from, to) ? [words.slice(from, to)] : null;
    // (a name with its rank is seven words at most)
    for (let i = to - 2; i > from + 1 && to - i <= 7; i--) {
      if (!opens(i) || !person(i, to)) continue;
      const left = cut(from, i, m - 1);
      if (left) return [...left, words.slice(i, to)];
    }
    return null;
  };
  return opens(0) ? cut(0, words.length, n) : null;
}

function signersOf(ctx: Ctx, parts: Part[]): Signer[] {
  const signers: Signer[] = [];
  let cur: Signer | null = null;
  let curStart = 0;
  const flush = (end: number) => {
    if (cur && (cur.name || cur.title || cur.authority)) {
      cur.span = ctx.span(curStart, end);
      deputyTitle(ctx, cur, curStart, end, noisy);
      signers.push(cur);
    }
    cur = null;
  };
  let lastEnd = 0;
  let titleEnd = 0;
  // the authority line as read so far, and where it ends
  let authText = '';
  let authEnd = -1;
  // whether the block held lines that are no part of it (a seal's text): see deputyTitle
  let noisy = false;
  for (const p of parts) {
    if (!cur || (p.kind === 'authority' && (cur.name || cur.title))) {
      flush(lastEnd);
      cur = { authority: null, onBehalfOf: null, outer: [], title: null, name: null, signed: false, span: { start: 0, end: 0 } };
      curStart = p.start;
      noisy = false;
    }
    const s: Signer = cur;
    if (p.kind === 'authority') {
      if (s.authority && s.onBehalfOf) s.outer.push({ authority: s.authority, onBehalfOf: s.onBehalfOf });
      s.authority = p.code ?? null;
      s.onBehalfOf = sentenceCase(p.text);
      authText = p.text;
      authEnd = p.end;
    } else if (
      p.kind === 'title' && s.authority && !s.title && !s.name && authEnd >= 0 && !TITLE_BY_KEY.has(looseKey(p.text)) &&
      (gapOnLine(ctx.norm.text, authEnd, p.start) || (linesBetween(ctx.norm.text, authEnd, p.start) === 1 && !TITLE_AT_START.test(looseKey(p.text))))
    ) {
      // the rest of the authority's line beyond a gap a scan read in it ("KT. TRƯỞNG BAN    CHÍNH
      // SÁCH, THUẾ QUỐC TẾ"), no known title: the body it names goes on; so does the line right
      // under it that opens with no title ("KT. CHÁNH ÁN" over "TÒA ÁN NHÂN DÂN TỐI CAO")
      authText = `${authText} ${p.text}`;
      s.onBehalfOf = sentenceCase(authText);
      authEnd = p.end;
    } else if (p.kind === 'other') {
      noisy = true;
    } else if (p.kind === 'post') {
      // the signer's other office: not what the document is signed as
    } else if (p.kind === 'title') {
      if (s.title && !s.name && linesBetween(ctx.norm.text, titleEnd, p.start) <= 1 && otherPost(s.title, p.text)) {
        continue;
      } else if (s.title && !s.name) {
        // a title goes on on the next line ("PHÓ CHỦ TỊCH / THƯỜNG TRỰC"); a word in capitals lines
        // further down is what a scan read of the seal ("NGHỆ")
        if (linesBetween(ctx.norm.text, titleEnd, p.start) > 1) continue;
        s.title = `${s.title} ${sentenceCase(p.text)}`;
      } else s.title = sentenceCase(p.text);
      titleEnd = p.end;
    } else if (p.kind === 'mark') {
      s.signed = true;
    } else if (p.kind === 'name') {
      if (s.name) {
        flush(lastEnd);
        continue;
      }
      s.name = p.text.trim().replace(NAME_RANK, '');
      s.signed = true;
    }
    lastEnd = p.end;
    if (s.name) flush(p.end);
  }
  flush(lastEnd);
  // A block with a title and no authority that repeats a previous block's authority is the same signer.
  // A title alone right under a signer's name is that signer's other post ("Hoàng Văn Thuân /
  // PHÓ GIÁM ĐỐC / SỞ CÔNG THƯƠNG LÀO CAI" under "T/M. ĐOÀN KIỂM TRA / TRƯỞNG ĐOÀN"), no signer.
  return signers.filter(
    (s, i) => (s.name || s.title) && !(i > 0 && !s.name && !s.authority && signers[i - 1]!.name && linesBetween(ctx.norm.text, signers[i - 1]!.span.end, s.span.start) <= 1),
  );
}

/**
 * Whether `second`, a known title right under the known title `first` of a block with no
 * authority, is the signer's other office: a steering committee's head signs "TRƯỞNG BAN" over
 * "PHÓ THỦ TƯỚNG", and signs as the first. Not a title's second line ("PHÓ CHỦ TỊCH / THƯỜNG
 * TRỰC"), nor a deputy under the head a scan lost "KT." of ("BỘ TRƯỞNG / THỨ TRƯỞNG").
 */
function otherPost(first: string, second: string): boolean {
  const a = looseKey(first);
  const b = looseKey(second);
  if (!TITLE_BY_KEY.has(a) || !TITLE_BY_KEY.has(b) || a === b) return false;
  if (TITLE_BY_KEY.has(`${a} ${b}`) || b === 'thuong truc' || b === 'uy vien thuong truc') return false;
  return b !== `pho ${a}` && looseKey(DEPUTIES.get(a) ?? '') !== b;
}

/** Whether only a column gap (no line break) lies between two parts. */
function gapOnLine(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  return !between.includes('\n') && /\t|[ ]{3}/.test(between);
}

function linesBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

// Who signs for ("ký thay") a head holds the deputy's title: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, KT. BỘ
// TRƯỞNG / THỨ TRƯỞNG (titles.json "deputies"; else "Phó" and the head's title when it is known).
// the known titles a deputy's is made from, longest first ("tổng cục trưởng" before "cục trưởng")
const TITLE_HEADS = [...TITLE_BY_KEY.keys()].filter((k) => !k.startsWith('pho ')).sort((a, b) => b.length - a.length);
const DEPUTIES = new Map(Object.entries(titles.deputies).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [looseKey(k), v]));

/**
 * A KT. block is signed by the head's deputy. Its title is set to the deputy's when the scan
 * read it as the head's own ("KT. THỦ TƯỚNG / THỦ TƯỚNG", "PHÓ" lost under the seal), or lost it
 * among marks of the seal (`noisy`: "KT. TRƯỞNG BAN … / 1 Ở TRÀ"): the head's title opens what
 * is signed for.
 */
function deputyTitle(ctx: Ctx, s: Signer, start: number, end: number, noisy: boolean): void {
  if (s.authority !== 'KT' || !s.onBehalfOf) return;
  const key = looseKey(s.onBehalfOf);
  let head: string | null = null;
  if (s.title) head = looseKey(s.title) === key ? key : null;
  else if (noisy) head = TITLE_HEADS.find((h) => key === h || key.startsWith(`${h} `)) ?? null;
  if (!head) return;
  const deputy = DEPUTIES.get(head) ?? TITLE_BY_KEY.get(`pho ${head}`)?.text ?? null;
  if (!deputy) return;
  ctx.warn('SIGNER_TITLE_REPAIRED', `${s.title ? `"${s.title}"` : 'the title lost'} under KT. ${s.onBehalfOf}: read as ${deputy}`, start, end);
  s.title = deputy;
}

export { AUTHORITY };
