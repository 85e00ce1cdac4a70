// Mentions → citations: one citation per distinct instrument (number key), carrying every
// mention span; aliases declared by "(sau đây gọi tắt là …)" and short references
// ("Quyết định nêu trên") add mentions to the instrument they name.
import docTypes from '../data/doc-types.json' with { type: 'json' };
import type { Ctx } from '../extract/context.js';
import type { Mention } from '../extract/citations.js';
import type { Citation, DateValue, DocumentNumber, Relation, Span } from '../schema/record.js';
import { parseNumber } from '../extract/number.js';
import { looseKey } from '../normalize/fold.js';
import { issuerFromSymbol } from './issuer-from-symbol.js';

const NAMES = new Map(docTypes.types.map((t) => [t.code, t.name]));
const typeOf = (code: string | null): Citation['type'] => (code ? { code, name: NAMES.get(code) ?? code } : null);
const PRIORITY: Relation[] = ['based_on', 'amends', 'repeals', 'replaces', 'implements', 'replies_to', 'attached', 'cites'];

/** One key per instrument within a document: "5/2000/TT-BXD" and "05/2000/TT-BXD" are one. */
export function numberKey(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, '').toUpperCase().replace(/Đ/g, 'D').replace(/^0+(?=\d)/, '');
}

const ALIAS = /\((?:sau\s+đây\s+)?(?:được\s+)?(?:gọi\s+tắt\s+là|viết\s+tắt\s+là|gọi\s+chung\s+là|gọi\s+là)\s*:?\s*["']?([^)"'\n]{1,80}?)["']?\s*\)/giu;
const ATTACHED = /gửi\s+kèm|kèm\s+theo|đính\s+kèm|\(có\s+gửi\s+kèm/iu;
const SENT_WITH = /gửi\s+kèm|đính\s+kèm/iu;
const AFTER_END = /[;.]|(?:Nghị định|Quyết định|Thông tư|Công văn|Nghị quyết|Kế hoạch|Chỉ thị|Văn bản)\s+số/u;
const CARRIES = /ban\s+hành\s+kèm|Phụ\s+lục|Mẫu\s+số/iu;

/**
 * Two mentions of one number that are two instruments. A state body's serials restart every
 * year (Nghị định 30/2020, Điều 15), so "số 02/CT-TTg ngày 15/11/2019" and "số 02/CT-TTg ngày
 * 04/7/2018" are two Chỉ thị. Within one year, when the number carries its year
 * ("80/2021/TT-BTC"), or for a Party number (one series per committee term, HD 36 point
 * 1.3.1), a different date is a typing or OCR slip, not another instrument.
 */
function otherInstrument(c: Citation, date: DateValue | null): boolean {
  const a = c.date;
  return c.number?.system !== 'party' && c.number?.year == null && !!a?.year && !!date?.year && a.year !== date.year;
}

/** Whether two strings are at most one edit apart (one letter changed, added or dropped). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ra = a.slice(i + 1), rb = b.slice(i + 1);
  return ra === rb || a.slice(i) === rb || a.slice(i + 1) === b.slice(i);
}

/**
 * A mention whose number is an existing citation's written with a slip: the same serial, type
 * and year, and its symbol's parts in another order ("16/KH-BTT-MTTQ" for "16/KH-MTTQ-BTT"), or
 * one letter off on the same day ("36/2025/TT-BNMT ngày 02/7/2025" for "36/2025/TT-BNNMT ngày
 * 02/7/2025").
 */
function slipOf(c: Citation, number: DocumentNumber, date: DateValue | null): boolean {
  const x = c.number;
  if (!x || !x.serial || x.serial !== number.serial || x.typeCode !== number.typeCode || x.year !== number.year) return false;
  const a = numberKey(x.symbol);
  const b = numberKey(number.symbol);
  const parts = (s: string) => s.split(/[-/]/).sort().join('-');
  if (parts(a) === parts(b)) return true;
  return !!date?.iso && c.date?.iso === date.iso && withinOneEdit(a, b);
}

/**
 * Two citations of one instrument, one spelling without its year: "41/NQ-HĐND ngày 09/12/2022"
 * and "41/2022/NQ-HĐND ngày 09/12/2022" (the same serial, type and symbol, dated the same day of
 * that year). Asked once all mentions are read, as the dated mention may come last.
 */
function yearDropped(bare: Citation, full: Citation): boolean {
  const x = bare.number;
  const y = full.number;
  if (!x?.serial || !y || x.year !== null || y.year === null || x.serial !== y.serial || x.typeCode !== y.typeCode) return false;
  if (!bare.date?.iso || bare.date.iso !== full.date?.iso || bare.date.year !== y.year) return false;
  return numberKey(x.symbol) === numberKey(y.symbol.replace(/^\d{4}\//, ''));
}

/**
 * "Thông tư số 98/2013/TT-BXD … của Bộ Tài chính" beside "98/2013/TT-BTC": a slip in the issuer's
 * code, told by the body the text names: the same serial, type and year (and day, when both give
 * one), `a`'s code naming another body than the issuer stated for it, `b`'s code naming that one.
 */
function issuerCodeSlip(a: Citation, b: Citation): boolean {
  const x = a.number;
  const y = b.number;
  if (!a.issuer || !x?.serial || !y || x.serial !== y.serial || x.typeCode !== y.typeCode || x.year !== y.year) return false;
  if (numberKey(x.value) === numberKey(y.value) || (a.date?.iso && b.date?.iso && a.date.iso !== b.date.iso)) return false;
  const own = issuerFromSymbol(x);
  const other = issuerFromSymbol(y);
  if (!own || !other) return false;
  const stated = ` ${looseKey(a.issuer)} `;
  return stated.includes(` ${looseKey(other)} `) && !stated.includes(` ${looseKey(own)} `);
}

/**
 * "74/2004/TTỊ LT-BTC-BVHTT" (a scan's glyph inside the symbol, the rest cut off) beside "74/2004/
 * TTLT-BTC-BVHTT": a number with its year whose symbol is one segment holding a letter no symbol
 * has, the same serial and year, the other's symbol going on from the segment's plain letters
 * (two at least), on the same day when both give one.
 */
function glyphCut(a: Citation, b: Citation): boolean {
  const x = a.number;
  const y = b.number;
  if (!x?.serial || !y || x.year === null || x.serial !== y.serial || x.year !== y.year) return false;
  const seg = x.symbol.replace(/^\d{4}\//, '');
  if (seg.includes('-') || !/[^A-Za-zĐđ0-9&.]/u.test(seg)) return false;
  const plain = seg.replace(/[^A-Za-zĐđ0-9&.]/gu, '');
  if (a.date?.iso && b.date?.iso && a.date.iso !== b.date.iso) return false;
  return plain.length >= 2 && y.symbol.replace(/^\d{4}\//, '').startsWith(plain) && y.symbol.includes('-');
}

/**
 * "154222-CV/VPTW ngày 16 tháng 6 năm 2025" beside "15422-CV/VPTW ngày 16/6/2025": a scan's
 * stutter, one digit of the serial read twice. The same symbol, dated the same day (both dates
 * given), and serials one doubled digit apart. (A body's two letters of one day have serials
 * apart by a changed digit, 1542 and 1543, never by a digit read twice.)
 */
function stutter(a: Citation, b: Citation): boolean {
  const x = a.number?.serial;
  const y = b.number?.serial;
  if (!x || !y || Math.abs(x.length - y.length) !== 1 || !a.date?.iso || a.date.iso !== b.date?.iso) return false;
  if (numberKey(a.number!.symbol) !== numberKey(b.number!.symbol)) return false;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  for (let i = 1; i < long.length; i++) if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** The type segment joined to the issuer by "-", as Nghị định 30 writes a state symbol. */
function standardJoin(n: DocumentNumber): boolean {
  return /^(?:\d{4}\/)?[^/-]+-/u.test(n.symbol);
}

/** An entry whose every mention stops at a "-" before a space or a line break ("15/2018/NĐ-" over an OCR'd "1 AVỨCP"). */
type Entry = { c: Citation; rank: number; cut?: boolean };

/**
 * Fills what an instrument's citation lacks from another reading of it (a mention, or a citation
 * found to name the same instrument), and takes the stronger relation. The issuer is the one as
 * written at its fullest: a title before the same body ("Bộ trưởng Bộ Tài chính" over "Bộ Tài
 * chính"); a longer one that goes on after it is a run-on, not a fuller name.
 */
function absorb(into: Entry, from: Pick<Citation, 'date' | 'issuer' | 'title' | 'type'>, rel: Relation): void {
  const c = into.c;
  if (!c.date && from.date) c.date = from.date;
  if (from.issuer && (!c.issuer || (from.issuer.length > c.issuer.length && looseKey(from.issuer).endsWith(` ${looseKey(c.issuer)}`)))) c.issuer = from.issuer;
  if (!c.title && from.title) c.title = from.title;
  if (!c.type && from.type) c.type = from.type;
  const r = PRIORITY.indexOf(rel);
  if (r < into.rank) {
    into.rank = r;
    c.relation = rel;
  }
}

export function resolveCitations(ctx: Ctx, mentions: Mention[]): Citation[] {
  const text = ctx.norm.text;
  // instruments by number key; several when one number comes with different dates
  const byNumber = new Map<string, Entry[]>();
  const list: Entry[] = [];
  // the entries by serial: a slip, a number without its year or cut at a line's end names an
  // instrument of the same serial, and only those are compared (all pairs would be quadratic in
  // a text that cites thousands of numbers)
  const bySerial = new Map<string, Entry[]>();
  const serialOf = (e: Entry): string => e.c.number?.serial ?? '';
  // the instrument each mention was resolved to, by its index: aliases and "… nêu trên" ask it
  const owner: Entry[] = [];
  /** The instrument a mention of this number names: the latest one not of another year. */
  const lookup = (key: string, date: DateValue | null = null): Entry | null => {
    const all = byNumber.get(key) ?? [];
    for (let i = all.length - 1; i >= 0; i--) if (!otherInstrument(all[i]!.c, date)) return all[i]!;
    return null;
  };
  for (const m of mentions) {
    const i = owner.length;
    let key = numberKey(m.number.value);
    if (!byNumber.has(key)) {
      const slip = (bySerial.get(m.number.serial ?? '') ?? []).find((e) => slipOf(e.c, m.number, m.date));
      if (slip) key = numberKey(slip.c.number!.value);
    }
    const span = ctx.span(m.start, m.end);
    let rel = m.relation;
    // "… gửi kèm theo …" right after a mention marks an attachment, "gửi kèm" right before it
    // too; "(Phụ lục I) ban hành kèm theo Nghị định số …" names what that instrument carries
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    // (after it, only up to the clause's end or the next instrument, and not what another one
    // carries: "…; Phụ lục I ban hành kèm theo Nghị định số …")
    const after = text.slice(m.end, Math.min(text.length, m.end + 60)).split(AFTER_END, 1)[0]!;
    if (rel === 'cites' && ((ATTACHED.test(after) && !CARRIES.test(after)) || SENT_WITH.test(before))) rel = 'attached';
    const existing = lookup(key, m.date);
    const cut = /^-\s/.test(text.slice(m.end, m.end + 2));
    if (existing && !cut) existing.cut = false;
    if (!existing) {
      const entry: Entry = {
        c: {
          type: typeOf(m.typeCode),
          number: m.number,
          title: m.title,
          date: m.date,
          issuer: m.issuer,
          issuerSource: null,
          relation: rel,
          alias: null,
          mentions: [span],
        },
        rank: PRIORITY.indexOf(rel),
        cut,
      };
      byNumber.set(key, [...(byNumber.get(key) ?? []), entry]);
      list.push(entry);
      const same = bySerial.get(serialOf(entry));
      if (same) same.push(entry);
      else bySerial.set(serialOf(entry), [entry]);
      owner[i] = entry;
      continue;
    }
    owner[i] = existing;
    const c = existing.c;
    // of two spellings, the one in the standard shape names the instrument: a state symbol joins
    // type and issuer with "-" ("102/2025/NQLT-UBTVQH15-…", not "NQLT/UBTVQH15-…")
    if (c.number && m.number.system === 'state' && c.number.typeCode && !standardJoin(c.number) && standardJoin(m.number)) c.number = m.number;
    // a symbol in a title set in capitals ("CHỈ THỊ SỐ 21/CT-TTG") lost its case: the running
    // text's spelling ("21/CT-TTg") names it
    else if (c.number && !/\p{Ll}/u.test(c.number.symbol) && /\p{Ll}/u.test(m.number.symbol) && numberKey(c.number.value) === numberKey(m.number.value)) c.number = m.number;
    // a serial under 10 is written with its 0 ("05/2000/TT-BXD", Nghị định 30/2020): that spelling names it
    else if (c.number && /^[1-9]\D/u.test(c.number.value) && /^0[1-9]\D/u.test(m.number.value) && c.number.value === m.number.value.slice(1)) c.number = m.number;
    c.mentions.push(span);
    absorb(existing, { date: m.date, issuer: m.issuer, title: m.title, type: typeOf(m.typeCode) }, rel);
  }

  /**
   * Folds each citation that `names(a, b)` says names another one's instrument into it. What was
   * folded is noted and the lists are rewritten once at the end (rewriting them at each fold made
   * a text of thousands of such pairs quadratic).
   */
  const mergeInto = (names: (a: Entry, b: Entry) => boolean, groups = bySerial, groupOf = serialOf): void => {
    const into = new Map<Entry, Entry>();
    for (let i = list.length - 1; i >= 0; i--) {
      const a = list[i]!;
      const group = groups.get(groupOf(a)) ?? [];
      const b = group.find((e) => e !== a && names(a, e));
      if (!b) continue;
      b.c.mentions.push(...a.c.mentions);
      absorb(b, a.c, a.c.relation);
      into.set(a, b);
      group.splice(group.indexOf(a), 1);
    }
    if (into.size === 0) return;
    // (b may have been folded further on: follow the chain to the one that stays)
    const final = (e: Entry): Entry => {
      let x = e;
      for (let y = into.get(x); y; y = into.get(x)) x = y;
      return x;
    };
    let w = 0;
    for (const e of list) if (!into.has(e)) list[w++] = e;
    list.length = w;
    for (let k = 0; k < owner.length; k++) owner[k] = final(owner[k]!);
    for (const [key, es] of byNumber) byNumber.set(key, es.map(final));
  };
  // One instrument cited with and without its year: the spelling with the year names it.
  mergeInto((a, b) => yearDropped(a.c, b.c));
  // A number cut at its line's end where the rest of the symbol was lost on the next line (OCR
  // noise there kept the lines apart): the instrument cited whole elsewhere whose symbol goes on
  // from that "-" ("15/2018/NĐ-" and "15/2018/NĐ-CP").
  mergeInto((a, b) => !!a.cut && !!a.c.number && !!b.c.number?.value.startsWith(`${a.c.number.value}-`));
  // A slip in the issuer's code, the body the text names for it being another number's.
  mergeInto((a, b) => issuerCodeSlip(a.c, b.c));
  // A symbol a scan's glyph cut short, the instrument cited whole elsewhere.
  mergeInto((a, b) => glyphCut(a.c, b.c));
  // A serial a scan read with a digit twice, the instrument cited more often (or first) without
  // it: compared within the entries whose serials are alike with each run of a digit read once
  const runKey = (e: Entry): string => `${serialOf(e).replace(/(\d)\1+/g, '$1')}|${e.c.number ? numberKey(e.c.number.symbol) : ''}`;
  const byRun = new Map<string, Entry[]>();
  for (const e of list) {
    const k = runKey(e);
    const g = byRun.get(k);
    if (g) g.push(e);
    else byRun.set(k, [e]);
  }
  mergeInto(
    (a, b) => stutter(a.c, b.c) && (a.c.mentions.length < b.c.mentions.length || (a.c.mentions.length === b.c.mentions.length && a.c.mentions[0]!.start > b.c.mentions[0]!.start)),
    byRun,
    runKey,
  );

  // Aliases: bind to the nearest citation mention that ends before the alias. Aliases and
  // mentions are both in text order, so one pointer walks the mentions (a text of thousands of
  // aliases would otherwise compare each with every mention).
  const uses = new Map<string, { from: number; entry: Entry }[]>();
  let mi = 0;
  let near = -1; // the mention with the latest end among those before the alias
  ALIAS.lastIndex = 0;
  for (let a = ALIAS.exec(text); a; a = ALIAS.exec(text)) {
    const alias = a[1]!.trim();
    for (; mi < mentions.length && mentions[mi]!.end <= a.index; mi++) if (near < 0 || mentions[mi]!.end > mentions[near]!.end) near = mi;
    if (!/^(?:\p{Lu}{1,8}\s?\d+|(?:Nghị|Quyết|Chỉ|Kế|Thông|Hướng|Công|Kết|Chương|Quy|Luật|Nghị định))/u.test(alias)) continue;
    let best: Entry | null = null;
    // An alias that spells a number ("… (sau đây viết tắt là Quyết định số 628/QĐ-TTg)") names it.
    const named = parseNumber(alias);
    if (named) best = byNumber.get(numberKey(named.value))?.[0] ?? null;
    if (!best && near >= 0 && a.index - mentions[near]!.end < 600) best = owner[near]!;
    if (!best || best.c.alias) continue;
    best.c.alias = alias;
    // Later uses of a short alias ("QĐ22") are mentions too: found below in one pass for all.
    if (!/\d+[-/]/.test(alias)) {
      const defs = uses.get(alias);
      const def = { from: a.index + a[0].length, entry: best };
      if (defs) defs.push(def);
      else uses.set(alias, [def]);
    }
  }
  if (uses.size > 0) {
    // each word's start, tried against the aliases' lengths; an alias names the instrument it
    // was last defined for before the use
    const lengths = [...new Set([...uses.keys()].map((k) => k.length))];
    const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\d]/u.test(ch);
    for (const w of text.matchAll(/[\p{L}\d]+/gu)) {
      for (const l of lengths) {
        const defs = uses.get(text.slice(w.index, w.index + l));
        if (!defs || isWord(text[w.index + l])) continue;
        let def: (typeof defs)[number] | null = null;
        for (const d of defs) if (d.from <= w.index) def = d;
        if (def) def.entry.c.mentions.push(ctx.span(w.index, w.index + l));
      }
    }
  }

  // "Quyết định nêu trên": the latest cited instrument of that type before it (mentions and
  // references both in text order: one pointer, the latest instrument per type word)
  const shortRef = /(Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Thông tư|Nghị định|Công văn|Hướng dẫn|Kết luận|Chương trình)\s+(?:nêu trên|đã nêu|dẫn trên|trên)(?![\p{L}])/gu;
  const latestOf = new Map<string, { start: number; entry: Entry }>();
  let ri = 0;
  for (let s = shortRef.exec(text); s; s = shortRef.exec(text)) {
    for (; ri < mentions.length && mentions[ri]!.start < s.index; ri++) {
      const m = mentions[ri]!;
      const word = (m.typeWord ?? '').toLowerCase();
      const seen = latestOf.get(word);
      if (!seen || m.start > seen.start) latestOf.set(word, { start: m.start, entry: owner[ri]! });
    }
    const best = latestOf.get(s[1]!.toLowerCase());
    if (best) best.entry.c.mentions.push(ctx.span(s.index, s.index + s[0].length));
  }
  for (const x of list) {
    x.c.mentions.sort((p: Span, q: Span) => p.start - q.start);
    const c = x.c;
    if (!c.issuer && c.number) {
      c.issuer = issuerFromSymbol(c.number);
      if (c.issuer) c.issuerSource = 'symbol';
    } else if (c.issuer) c.issuerSource = 'text';
  }
  return list.map((x) => x.c);
}
