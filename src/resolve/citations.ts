// Mentions → citations: one citation per distinct instrument (number key), carrying every
// mention span; aliases declared by "(sau đây gọi tắt là …)" and short references
// ("Quyết định nêu trên") add mentions to the instrument they name.
import docTypes from '../data/doc-types.json' with { type: 'json' };
import type { Ctx } from '../extract/context.js';
import type { Mention } from '../extract/citations.js';
import type { Citation, Relation, Span } from '../schema/record.js';
import { parseNumber } from '../extract/number.js';
import { issuerFromSymbol } from './issuer-from-symbol.js';

const NAMES = new Map(docTypes.types.map((t) => [t.code, t.name]));
const PRIORITY: Relation[] = ['based_on', 'amends', 'repeals', 'replaces', 'implements', 'replies_to', 'attached', 'cites'];

export function numberKey(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, '').toUpperCase().replace(/Đ/g, 'D');
}

const ALIAS = /\((?:sau\s+đây\s+)?(?:được\s+)?(?:gọi\s+tắt\s+là|viết\s+tắt\s+là|gọi\s+chung\s+là|gọi\s+là)\s*:?\s*["']?([^)"'\n]{1,80}?)["']?\s*\)/giu;
const ATTACHED = /gửi\s+kèm|kèm\s+theo|đính\s+kèm|\(có\s+gửi\s+kèm/iu;

export function resolveCitations(ctx: Ctx, mentions: Mention[]): Citation[] {
  const text = ctx.norm.text;
  const byKey = new Map<string, { c: Citation; firstEnd: number; rank: number }>();
  const order: string[] = [];
  for (const m of mentions) {
    const key = numberKey(m.number.value);
    const span = ctx.span(m.start, m.end);
    let rel = m.relation;
    // "… gửi kèm theo …" right after a mention marks an attachment.
    const near = text.slice(Math.max(0, m.start - 40), Math.min(text.length, m.end + 60));
    if (rel === 'cites' && ATTACHED.test(near)) rel = 'attached';
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, {
        c: {
          type: m.typeCode ? { code: m.typeCode, name: NAMES.get(m.typeCode) ?? m.typeCode } : null,
          number: m.number,
          title: m.title,
          date: m.date,
          issuer: m.issuer,
          issuerSource: null,
          relation: rel,
          alias: null,
          mentions: [span],
        },
        firstEnd: m.end,
        rank: PRIORITY.indexOf(rel),
      });
      order.push(key);
      continue;
    }
    const c = existing.c;
    c.mentions.push(span);
    if (!c.date && m.date) c.date = m.date;
    if (!c.issuer && m.issuer) c.issuer = m.issuer;
    if (!c.title && m.title) c.title = m.title;
    if (!c.type && m.typeCode) c.type = { code: m.typeCode, name: NAMES.get(m.typeCode) ?? m.typeCode };
    const r = PRIORITY.indexOf(rel);
    if (r < existing.rank) {
      existing.rank = r;
      c.relation = rel;
    }
  }
  const list = order.map((k) => byKey.get(k)!);

  // Aliases: bind to the nearest citation mention that ends before the alias.
  ALIAS.lastIndex = 0;
  for (let a = ALIAS.exec(text); a; a = ALIAS.exec(text)) {
    const alias = a[1]!.trim();
    if (!/^(?:\p{Lu}{1,8}\s?\d+|(?:Nghị|Quyết|Chỉ|Kế|Thông|Hướng|Công|Kết|Chương|Quy|Luật|Nghị định))/u.test(alias)) continue;
    let best: (typeof list)[number] | null = null;
    let bestEnd = -1;
    // An alias that spells a number ("… (sau đây viết tắt là Quyết định số 628/QĐ-TTg)") names it.
    const named = parseNumber(alias);
    if (named) best = byKey.get(numberKey(named.value)) ?? null;
    if (!best) for (const x of list) {
      for (const m of mentions) {
        if (numberKey(m.number.value) !== numberKey(x.c.number!.value)) continue;
        if (m.end <= a.index && m.end > bestEnd && a.index - m.end < 600) {
          best = x;
          bestEnd = m.end;
        }
      }
    }
    if (!best || best.c.alias) continue;
    best.c.alias = alias;
    // Later uses of a short alias ("QĐ22") are mentions too.
    if (!/\d+[-/]/.test(alias)) {
      const esc = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const use = new RegExp(`(?<![\\p{L}\\d])${esc}(?![\\p{L}\\d])`, 'gu');
      use.lastIndex = a.index + a[0].length;
      for (let u = use.exec(text); u; u = use.exec(text)) best.c.mentions.push(ctx.span(u.index, u.index + u[0].length));
    }
  }

  // "Quyết định nêu trên": the latest cited instrument of that type before it.
  const shortRef = /(Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Thông tư|Nghị định|Công văn|Hướng dẫn|Kết luận|Chương trình)\s+(?:nêu trên|đã nêu|dẫn trên|trên)(?![\p{L}])/gu;
  for (let s = shortRef.exec(text); s; s = shortRef.exec(text)) {
    const word = s[1]!.toLowerCase();
    let best: (typeof list)[number] | null = null;
    let bestStart = -1;
    for (const m of mentions) {
      if (m.start >= s.index || (m.typeWord ?? '').toLowerCase() !== word) continue;
      if (m.start > bestStart) {
        bestStart = m.start;
        best = byKey.get(numberKey(m.number.value)) ?? null;
      }
    }
    if (best) best.c.mentions.push(ctx.span(s.index, s.index + s[0].length));
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
