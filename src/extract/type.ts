// The document's own type (ô 5a): the title line; a công văn has none and says "V/v".
import docTypes from '../data/doc-types.json' with { type: 'json' };
import { editDistance } from '../normalize/edit-distance.js';
import { looseKey } from '../normalize/fold.js';
import type { DocType, DocumentNumber } from '../schema/record.js';
import type { Cell } from '../segment/index.js';
import { perDocument, type Ctx } from './context.js';
import { headerCells } from './header.js';

const NAMES = new Map(docTypes.types.map((t) => [t.code, t.name]));
const TITLES = new Map(Object.entries(docTypes.titles as Record<string, string>).map(([k, v]) => [looseKey(k), v]));
/** Type code by folded title ("ket luan" → "KL"). */
export const TITLE_CODES: ReadonlyMap<string, string> = TITLES;
/** The words that name a type where an instrument is cited ("nghị quyết", "văn bản"), longest first, with their codes. */
export const TYPE_WORDS = docTypes.types.flatMap((t) => t.words.map((w) => ({ w, code: t.code }))).sort((a, b) => b.w.length - a.w.length);
/** Type code by type word ("nghị quyết" → "NQ"). */
export const TYPE_WORD_CODE: ReadonlyMap<string, string> = new Map(TYPE_WORDS.map((x) => [x.w, x.code]));

export function typeOf(code: string): DocType {
  return { code, name: NAMES.get(code) ?? code };
}

/** The header cell that is a type title ("QUYẾT ĐỊNH", "KẾ HOẠCH"), if any; number, issuer, subject and type all ask. */
export const titleCell = perDocument(findTitleCell);

function findTitleCell(ctx: Ctx): Cell | null {
  for (const c of headerCells(ctx)) {
    // a title is a few words (with an issuer after it, a line): a longer cell is body text
    if (c.text.length > 600 || /:\s*$/.test(c.text)) continue;
    const key = looseKey(c.text);
    if (TITLES.has(key)) return c;
    // Old templates put the issuer on the title line: "QUYẾT ĐỊNH của ỦY BAN NHÂN DÂN …".
    const m = /^(.{4,40}?) (?:cua|ve viec) /.exec(key);
    if (m && TITLES.has(m[1]!) && /^\p{Lu}{2}/u.test(c.text.trim())) return { ...c, text: c.text.trim().slice(0, m[1]!.length) };
    // … and an export may join the subject in capitals to it: "GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ
    // CÔNG NGHIỆP", "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN …" (see titleRest)
    const t = capsTitleWithRest(c);
    if (t) return { ...c, text: c.text.trimStart().slice(0, t.length) };
  }
  return ocrTitleCell(ctx);
}

// titles longest first, so "THÔNG BÁO KẾT LUẬN" is read before "THÔNG BÁO"
const TITLES_LONGEST = [...TITLES.keys()].sort((a, b) => b.length - a.length);

/** The title that opens a cell in capitals with words after it (one, when a web copy broke the line: "QUY CHẾ LÀM\nVIỆC"), not a conference's name. */
function capsTitleWithRest(c: Cell): string | null {
  const text = c.text.trim();
  if (/\p{Ll}/u.test(text) || text.length > 300) return null;
  const key = looseKey(text);
  for (const title of TITLES_LONGEST) {
    if (!key.startsWith(`${title} `)) continue;
    const rest = key.slice(title.length + 1);
    if (!/\S/.test(rest) || /^(?:hoi nghi|so\b|ngay\b)/.test(rest)) return null;
    return text.slice(0, title.length);
  }
  return null;
}

const ISSUER_THEN_SUBJECT = /^\s*(?:của|CỦA)\s+\p{Lu}[^\n]{1,100}?\s(?=(?:VỀ|THỰC HIỆN|TRIỂN KHAI|về|thực hiện|triển khai)\s)/u;

/**
 * What follows the title in its own cell when it is the subject ("VỀ VIỆC THÀNH LẬP …",
 * "SỬ DỤNG VẬT LIỆU NỔ …"), as an offset into the clean text, or null.
 */
export function titleRest(ctx: Ctx, title: Cell): number | null {
  const cell = ctx.zones.lines[title.line]?.cells.find((c) => c.start === title.start);
  if (!cell || cell.text.trim().length <= title.text.length) return null;
  const after = cell.text.trimStart().slice(title.text.length);
  // (where `after` opens in the clean text)
  const afterAt = cell.start + (cell.text.length - cell.text.trimStart().length) + title.text.length;
  // ("QUYẾT ĐỊNH của ỦY BAN NHÂN DÂN …": the issuer, not the subject, which may follow on the same
  // line: "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN THƯỜNG VỤ TỈNH ỦY THỰC HIỆN KẾT LUẬN SỐ …", "QUYẾT ĐỊNH
  // CỦA ỦY BAN NHÂN DÂN TỈNH VỀ VIỆC …")
  if (/^\s*(?:của|CỦA)\s/u.test(after)) {
    const subject = ISSUER_THEN_SUBJECT.exec(after);
    return subject ? afterAt + subject[0].length : null;
  }
  if (!capsTitleWithRest(cell) && !/^\s*(?:về việc|VỀ VIỆC|Về việc)\s/u.test(after)) return null;
  return afterAt + (after.length - after.trimStart().length);
}

// A title OCR damaged, a mark doubled and the space lost: "KẾÉTLUẬN" for KẾT LUẬN. Read only in
// a cell of capitals alone, one letter from a title of seven letters or more (spaces aside),
// so that no short word ("LUẬT", "LỆNH") is taken for another.
const SPACELESS_TITLES = [...TITLES.keys()].map((k) => [k.replace(/ /g, ''), k] as const).filter(([k]) => k.length >= 7);
const CAPS_CELL = /^[\p{Lu} ]{7,24}$/u;

function ocrTitleCell(ctx: Ctx): Cell | null {
  for (const c of headerCells(ctx)) {
    const text = c.text.trim();
    if (!CAPS_CELL.test(text)) continue;
    const key = looseKey(text).replace(/ /g, '');
    for (const [spaceless, title] of SPACELESS_TITLES) {
      if (editDistance(key, spaceless, 1) <= 1) {
        ctx.warn('TITLE_REPAIRED', `read a damaged title "${text}" as ${title.toUpperCase()}`, c.start, c.end);
        return { ...c, text: title };
      }
    }
  }
  return null;
}

/**
 * Headerless text opening with its type on the subject's line ("Kế hoạch hỗ trợ hộ nghèo …"):
 * the first cell, the type code, and where the subject starts in it (clean-text offset).
 */
export function leadingTitle(ctx: Ctx): { cell: Cell; code: string; subjectAt: number } | null {
  const first = ctx.zones.lines.find((l) => l.index >= ctx.zones.docStart && l.cells.length > 0);
  if (!first || ctx.zones.headerEnd > first.index + 1) return null;
  const cell = first.cells[0]!;
  for (const [title, code] of TITLES) {
    // cell keys keep punctuation; titles are single-spaced words, so a prefix test is enough
    if (cell.key.startsWith(`${title} `)) return { cell, code, subjectAt: cell.start + title.length + 1 };
  }
  return null;
}

export function extractType(ctx: Ctx, number: DocumentNumber | null, hasVv: boolean): DocType | null {
  const t = titleCell(ctx);
  if (t) return typeOf(TITLES.get(looseKey(t.text))!);
  // A number with a year ("256/2004/QĐ-UB") belongs to a legal document, never a công văn: its
  // type code outranks a "V/v" line (old decisions also wrote "V/v ban hành …"). Without a year
  // "CT" may be an issuer (Cục Thuế: "2309/CT-CS"), so "V/v" wins there.
  if (number?.typeCode && number.system === 'state' && number.year !== null) return typeOf(number.typeCode);
  if (hasVv) return typeOf('CV');
  if (number?.typeCode) return typeOf(number.typeCode);
  if (number && number.system === 'state' && number.typeCode === null && number.issuerCode) return typeOf('CV');
  const lead = leadingTitle(ctx);
  if (lead) return typeOf(lead.code);
  if (ctx.zones.salutation) return typeOf('CV');
  return null;
}
