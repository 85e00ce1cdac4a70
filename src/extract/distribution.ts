// Nơi nhận (ô 9b): "- X;" lines, notes in parentheses ("(để b/c)"), and the last "Lưu: VT, …" line.
import type { Span } from '../schema/record.js';
import type { Cell } from '../segment/index.js';
import { NOI_NHAN, endsListItem, isAuthorityLine, isUpper } from '../segment/index.js';
import { looseKey } from '../normalize/fold.js';
import type { Ctx } from './context.js';

/** Two signs no list writes, together after a space, with the word they open and the words in capitals after it. */
// (a run of spaces is tried from its first only; a word in capitals is whole)
const SCAN_JUNK = /(?<!\s)\s+[=<>„`^_|\\~]{2,}\S*(?:\s+\p{Lu}+(?![\p{L}\d]))*/gu;

export interface DistributionValue {
  entries: { name: string; note: string | null; span: Span }[];
  archive: { units: string[]; drafter: string | null; copies: number | null; raw: string; span: Span } | null;
}

// ("~": a dash as OCR reads it, "~ Lưu: VT, CS.")
const LUU = /^[-+•~]?\s*luu\b\s*:?\s*/;
// The signature column's words beside a list line, after its ";" ("- PCTr …; PHO TR", "- Như trên;
// os KT. TRƯỞNG BAN …"): a title, or an authority's abbreviation, in capitals
const SIGNATURE_BESIDE = /^(?:(?:kt|tm|tl|tuq)\.?|(?:pho|truong|giam doc|chu tich|bi thu|cuc truong|chanh van phong|tong giam doc)\b.*)$/;

// a title in capitals that ends an item after its comma: no recipient's name ends so
const TITLE_AFTER_COMMA = /,\s*(?:\p{Lu}{1,4}\.?\s+)?(?:\p{Lu}+\s+){0,3}(?:TRƯỞNG|TRƯỜNG|ĐỐC|TỊCH|NHIỆM)$/u;
/** `s` split at its commas and semicolons that stand outside brackets, each part trimmed (one pass). */
function splitOutsideBrackets(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 40) depth++; // (
    else if (ch === 41) depth = Math.max(0, depth - 1); // )
    else if ((ch === 44 || ch === 59) && depth === 0) {
      out.push(s.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(s.slice(from).trim());
  return out;
}

export function extractDistribution(ctx: Ctx): DistributionValue {
  const cells = ctx.zones.noiNhanCells;
  // Re-assemble items: a cell starting with "-" opens an item; others continue it.
  const items: { text: string; start: number; end: number; luu: boolean }[] = [];
  for (const c of cells as Cell[]) {
    // a seal or the signature column a scan read into the line after a run of signs ("- Các ban
    // đảng, đảng uỷ ==ss„LONG BÌ THỨ trực thuộc Trung ương;"): those words are not the item's
    let text = c.text.replace(SCAN_JUNK, '');
    let start = c.start;
    const nn = NOI_NHAN.exec(c.key);
    if (nn) {
      text = text.slice(nn[0].length);
      start += nn[0].length;
      if (!text.trim()) continue;
      // "Nơi nhận: BAN BÍ THƯ": the signature column's first line beside the label (its "T/M"
      // lost to the scan) is no recipient; a recipient opens with a dash or is no line of capitals
      if (!/^\s*[-+•]/.test(text) && isUpper(text.trim())) continue;
    }
    const t = text.trim();
    const opens = /^[-+•~]/.test(t) || items.length === 0 || endsListItem(items[items.length - 1]!.text.trim());
    if (opens || LUU.test(c.key.slice(c.key.length - t.length))) {
      items.push({ text: t, start: start + (text.length - text.trimStart().length), end: c.end, luu: false });
    } else {
      const last = items[items.length - 1]!;
      last.text = `${last.text.replace(/,\s+\.\s*$/, ',')} ${t}`;
      last.end = c.end;
    }
  }
  const entries: DistributionValue['entries'] = [];
  let archive: DistributionValue['archive'] = null;
  // Two recipients on one line ("TT.TU; TT. HĐND TP") are two items.
  // (not the archive line: "Lưu: VT; Kt7." is one line of units and a drafter)
  const split = items.flatMap((it) => {
    const parts = LUU.test(looseKey(it.text)) ? [it.text] : it.text.split(/;\s+(?=\S)/);
    if (parts.length === 1) return [{ ...it, after: false }];
    let at = it.start;
    return parts.map((p, i) => {
      const r = { ...it, text: p, start: at, end: at + p.length, after: i > 0 };
      at += p.length + 2;
      return r;
    });
  });
  // A note set beside several items, as by a brace, comes out cut over their lines after each
  // item's ";": "- Ban TT UBTW; (Để" / "- Ban Thường vụ Tỉnh ủy; báo cáo)". Its pieces join into one
  // note for the items beside it, and none of them is a recipient.
  let beside: { parts: string[]; from: number } | null = null;
  const noteBeside = ({ parts, from }: { parts: string[]; from: number }): void => {
    const note = parts.join(' ').replace(/\s+/g, ' ').trim();
    for (const e of entries.slice(from)) e.note = e.note ? `${e.note}; ${note}` : note;
  };
  for (const it of split) {
    const { after } = it; // not the first part of its line
    if (after && beside === null && /^\([^)]*$/.test(it.text.trim())) {
      beside = { parts: [it.text.trim().slice(1)], from: Math.max(0, entries.length - 1) };
      continue;
    }
    if (after && beside !== null) {
      const t = it.text.trim().replace(/[;,.]$/, '');
      const closes = /^[^(]*\)$/.test(t);
      beside.parts.push(closes ? t.slice(0, -1) : t);
      if (closes) {
        noteBeside(beside);
        beside = null;
      }
      continue;
    }
    // "- Văn phòng Chính phủ; (để báo cáo) - Bộ Y tế; …": a note after the ";" is the item's before
    // it, and the dash after the note opens the next item
    const noteFirst = after ? /^\s*\(([^()]*)\)\s*(?=[-+•]\s*\S)/u.exec(it.text) : null;
    if (noteFirst && entries.length) {
      const last = entries[entries.length - 1]!;
      last.note = last.note ? `${last.note}; ${noteFirst[1]!.trim()}` : noteFirst[1]!.trim();
    }
    const own = noteFirst ? it.text.slice(noteFirst[0].length) : it.text;
    const dashed = /^\s*[-+•~>*]/.test(own);
    const body = own.replace(/^\s*[-+•~>*]\s*/, '');
    if (/^lưu\b|^luu\b/iu.test(body)) {
      archive = parseArchive(body, ctx.span(it.start, it.end));
      continue;
    }
    // a signature line squeezed onto a list line ("- Như trên; KT. TRƯỞNG BAN …") is no recipient
    // (in capitals: "Q. Tân Bình" is a district); after an item's ";" a title alone is the
    // column's too ("PHO TR"), a scan's speck may stand before it ("os KT")
    const sig = after ? body.trim().replace(/^\p{Ll}{1,2}\s+(?=\p{Lu})/u, '') : body;
    const sigKey = looseKey(sig);
    if (isUpper(sig) && (isAuthorityLine(sig, sigKey) || (after && SIGNATURE_BESIDE.test(sigKey)))) continue;
    const notes: string[] = [];
    const name = body
      .replace(/\(([^)]*)\)/g, (_m, n: string) => {
        notes.push(n.trim());
        return ' ';
      })
      // an unbracketed note ending the item: "Phó TCTr Cao Anh Tuấn để b/c;", "… để biết"
      .replace(/\s+(?:(?:để\s+)?(?:b\/c|p\/h|t\/h|th\/h|ph\/h|biết)|để\s+(?:báo cáo|thực hiện|phối hợp|chỉ đạo|theo dõi))\s*[;,.]?\s*$/iu, (m) => {
        notes.push(m.trim().replace(/[;,.]$/, ''));
        return '';
      })
      .replace(/\s+/g, ' ')
      .replace(/[\s;,.:>~`]+$/, '')
      // the signature's title a scan read onto the line after a comma ("Như trên, LÓ CỤC TRƯỞNG")
      .replace(TITLE_AFTER_COMMA, '')
      .trim();
    // (nor a mark a scan left at a line's end, "…; f/", or specks after an item's ";": "Mu ẹ Ì -_",
    // no word of three letters, and a letter alone or a stray sign; "Vụ PC" is a recipient)
    if (after && !dashed && !/\p{L}{3}/u.test(name) && (/(?:^|\s)\p{L}(?=\s|$)/u.test(name) || /[^\p{L}\d\s.&-]/u.test(name))) continue;
    // (nor two capitals alone after it, a seal's speck: "- Cục trưởng (để báo cáo); NN")
    if (after && !dashed && /^\p{Lu}{1,2}$/u.test(name)) continue;
    if (name.length < 2 || /^\d[\d\s]*$/.test(name) || (name.match(/\p{L}/gu)?.length ?? 0) < 2) continue;
    entries.push({ name, note: notes.length ? notes.join('; ') : null, span: ctx.span(it.start, it.end) });
  }
  // never closed: the pieces read so far are still the note of the items beside them
  if (beside) noteBeside(beside);
  return { entries, archive };
}

/** "Lưu: VT, TTBCXB (ĐT)." / "Lưu VT (NC). Thuận100b" / "Lưu Văn phòng Đảng ủy." */
export function parseArchive(text: string, span: Span): DistributionValue['archive'] {
  const raw = text.trim();
  // (the line ends at a full stop before lower case: "VT, CS. a : Cc" is a scan's specks after it)
  // (or before a scan's signs: "Văn phòng Trung ương Đảng. <Ỹ`.ưF_")
  let rest = raw.replace(/^l[ưu]u\s*:?\s*/iu, '').replace(/\.\s+(?:\p{Ll}|[^\p{L}\d\s(]).*$/su, '').replace(/[.;]\s*$/, '').trim();
  let drafter: string | null = null;
  let copies: number | null = null;
  const paren = /\(([^)]*)\)\s*$/.exec(rest);
  if (paren) {
    const inner = paren[1]!.trim();
    const c = /^(\d+)\s*b?$/.exec(inner);
    if (c) copies = Number(c[1]);
    // (the brackets alone after "Lưu", a list inside: "Lưu (VP ; KT&KĐCL)." files its units there)
    const listed = !c && paren.index === 0 && /[;,]/.test(inner);
    // ("QHQT ( )": the drafter's initials left to be filled in)
    if (!c && !listed && inner) drafter = inner;
    rest = listed ? inner : rest.slice(0, paren.index).trim();
  }
  const units: string[] = [];
  // (a comma inside brackets is the unit's own: "VT (BCA, BQP, BYT), C04-BCA" keeps each ministry's copy with "VT")
  for (let u of splitOutsideBrackets(rest)) {
    // "QHQT (2). GT": what follows the copies' full stop is the drafter, in any case; so is what
    // is glued to them ("NN (2)NXT")
    const after = /^(\S+)\s*\((\d+)\s*b?\)\s*\.?\s*(\p{Lu}[\p{L}.]{0,20})$/u.exec(u);
    if (after) {
      units.push(after[1]!);
      copies = Number(after[2]);
      drafter = drafter ?? after[3]!;
      continue;
    }
    u = u.replace(/\((\d+)\s*b?\)/, (_m, n: string) => {
      copies = Number(n);
      return '';
    }).trim();
    // "KTTH (2).H.Dương": the drafter's initial and name glued after the copies
    const glued = /^(\p{Lu}[\p{L}\d&]+)\s*\.\s*(\p{Lu}\.\s?\p{Lu}\p{Ll}+)$/u.exec(u);
    if (glued) {
      units.push(glued[1]!);
      drafter = drafter ?? glued[2]!;
      continue;
    }
    // "QHĐP (3) Cương": a drafter name after the unit, also past a full stop ("NN (2). Kh")
    const dm = /^(\S+?)(?:\s*\.)?\s+(\p{Lu}\p{Ll}+(?:\.\p{Lu}\p{Ll}+)?)$/u.exec(u);
    if (dm && /^\p{Lu}{2,}/u.test(dm[1]!)) {
      units.push(dm[1]!);
      drafter = drafter ?? dm[2]!;
      continue;
    }
    // "…, 100 bản": the number of copies printed, no unit
    const printed = /^(\d+)\s*b(?:ản)?\.?$/u.exec(u);
    if (printed) {
      copies = Number(printed[1]);
      continue;
    }
    if (u) units.push(u.replace(/\.$/, ''));
  }
  // A trailing drafter mark: "VT, CN, Cm" (initials in mixed case after the units).
  if (!drafter && units.length > 1) {
    const last = units[units.length - 1]!;
    if (/^\p{Lu}\p{Ll}{1,3}$|^\p{Lu}\.\p{Lu}\p{Ll}+$/u.test(last)) {
      drafter = last;
      units.pop();
    }
  }
  return { units, drafter, copies, raw, span };
}
