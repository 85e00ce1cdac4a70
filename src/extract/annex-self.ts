// A text whose header was lost (a dataset's chunks that start at "NGHỊ ĐỊNH") may still name
// itself where its annexes say whose they are: "(Kèm theo Nghị định số 75/2021/NĐ-CP ngày 24
// tháng 7 năm 2021 của Chính phủ)". Of that line's instrument, only one of the document's own
// type (the title's) is the document: its number and date stand for the header's.
import type { DateValue, DocumentNumber } from '../schema/record.js';
import { escapeRegex, type Ctx } from './context.js';
import { parseDate } from './date.js';
import { numberFromMatch, numberRegex } from './number.js';
import { TYPE_WORDS, TYPE_WORD_CODE } from './type.js';

/** "(Ban hành) kèm theo <type word> số", in a bracket that opens the line or follows a title. */
const ATTRIBUTION = new RegExp(`\\(\\s*(?:[Bb]an hành\\s+)?[Kk]èm theo\\s+(${TYPE_WORDS.map((x) => escapeRegex(x.w)).join('|')})\\s+số\\s*:?\\s*`, 'giu');

export interface AnnexSelf {
  number: DocumentNumber;
  date: DateValue | null;
}

/**
 * The document's number and date from an annex's attribution line, when the line's type is the
 * document's own (`typeCode`, from its title) and its number reads whole. The first such line counts.
 */
export function numberFromAnnex(ctx: Ctx, typeCode: string): AnnexSelf | null {
  const text = ctx.norm.text;
  ATTRIBUTION.lastIndex = 0;
  for (let m = ATTRIBUTION.exec(text); m; m = ATTRIBUTION.exec(text)) {
    if (TYPE_WORD_CODE.get(m[1]!.toLowerCase()) !== typeCode) continue;
    const at = m.index + m[0].length;
    const re = numberRegex();
    const n = re.exec(text.slice(at, at + 80));
    if (!n || n.index !== 0) continue;
    const number = numberFromMatch(n, ctx.span(at, at + n[0].length));
    if (!number || number.serial === null) continue;
    // its date right after it ("… ngày 24 tháng 7 năm 2021 của Chính phủ)"), inside the bracket
    const after = text.slice(at + n[0].length, at + n[0].length + 60);
    const close = after.indexOf(')');
    const d = /^\s*,?\s*ngày\s/u.test(after) ? parseDate(close < 0 ? after : after.slice(0, close), at + n[0].length) : null;
    const date = d && { ...d, span: ctx.span(d.span.start, d.span.end) };
    ctx.warn('NUMBER_FROM_ANNEX', `the header has no number; an annex's "kèm theo" line names the document ${number.value}`, at, at + n[0].length);
    return { number, date };
  }
  return null;
}
