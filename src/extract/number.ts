// Số, ký hiệu: one grammar for the header number and for numbers inside citations.
// State: N/TYPE-ISSUER, N/ISSUER-UNIT (công văn), N/YYYY/TYPE-ISSUER, N/YYYY/QH13.
// Party: N-TYPE/ISSUER. Spaces around "/" and "-" are tolerated ("67 - HD/BTGTU").
import docTypes from '../data/doc-types.json' with { type: 'json' };
import issuerCodesData from '../data/issuer-codes.json' with { type: 'json' };
import type { DocumentNumber, Span } from '../schema/record.js';

const SYMBOL_CODES = docTypes.symbolCodes as Record<string, string>;

// A symbol segment starts with a capital; a dot inside it must be followed by a letter/digit
// so that the full stop after "09/KH-UBND." stays out.
// (Letters are upper or lower case: a modifier letter OCR puts after a symbol, "NĐ-CPˆ", is none.)
// (an "&" with a space beside it joins two codes, "KH &ĐT", "KH& ĐT": written "KH&ĐT"; "& " is
// tried before the bare "&", which would end the symbol there)
const SEG = String.raw`\p{Lu}(?:&[ ](?=\p{Lu})|[\p{Lu}\p{Ll}\d&]|\.(?=[\p{L}\d])|[ ]&[ ]?(?=\p{Lu}))*`;
// After a separator with a space ("QĐ - UBND"), a segment has no Vietnamese lower-case letter
// and ends at a word's end: "Số 171-KL/TW - Hà Nội, ngày …" ends the number at "TW".
const SEG_SPACED = String.raw`\p{Lu}(?:[\p{Lu}a-z\d&]|\.(?=[\p{L}\d]))*(?![\p{L}])`;
const NEXT_SEG = String.raw`(?:[-/]${SEG}|(?:[ ][-/][ ]?|[-/][ ])${SEG_SPACED})`;
const NEXT_DASH_SEG = String.raw`(?:-${SEG}|(?:[ ]-[ ]?|-[ ])${SEG_SPACED})`;

/**
 * Matches a number with its symbol. Groups: 1 serial (state), 2 year, 3 state symbol;
 * 4 serial (party), 5 party type, 6 party issuer.
 */
// OCR drops the hyphen of a Party number ("176KL/TW"), a web copy may write a space for it
// ("Quyết định số 84 QĐ/TWĐTN"), OCR a space before the "/" ("176KL /TW"): accepted only with
// a known type code.
const TYPE_CODES = Object.keys(SYMBOL_CODES).sort((a, b) => b.length - a.length).join('|');

export const NUMBER_SOURCE =
  // (a type slot left blank, "866/-TTg", reads as the issuer alone; a citation's type word fills it)
  // (a serial may carry a letter, "5762a/QĐ-SLĐTBXH", a number given between two others, or a
  // second serial after a dot, "66.13/2026/NQ-CP", one of a series the Government numbers so)
  String.raw`(?<![\p{L}\d/])(\d{1,6}(?:\.\d{1,3}(?=[ ]?\/))?(?:[a-z](?=\/))?)?[ ]?\/[ ]?(?:((?:19|20)\d{2})[ ]?\/[ ]?)?(?:-(?=\p{Lu}))?(${SEG}${NEXT_SEG}{0,7})` +
  String.raw`|(?<![\p{L}\d/-])(\d{1,6})[ ]?-[ ]?(${SEG})[ ]?\/[ ]?(${SEG}${NEXT_DASH_SEG}{0,7})` +
  String.raw`|(?<![\p{L}\d/-])(\d{1,6})[ ]?(${TYPE_CODES})[ ]?\/(${SEG}(?:-${SEG}){0,7})`;

export function numberRegex(): RegExp {
  return new RegExp(NUMBER_SOURCE, 'gu');
}

const NUMBER_AT = new RegExp(NUMBER_SOURCE, 'uy');
/** Serial, dot, second serial, letter and a space (12), or serial, space, type code, space (13). */
const BEFORE_SLASH = 13;

/**
 * Every match of `numberRegex()` from `from` on, as its global scan gives them, found from the
 * slashes every match holds: the pattern opens with look-behinds and optional parts, so a scan
 * tried it at every offset of the text. For each "/", the starts a match through it could have
 * are tried in order (the pattern anchored there): up to 13 characters before it, or, for a Party
 * number, back over its type code to the dash and the serial before that ("12-KH/TU").
 */
export function numberMatches(text: string, from = 0): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = from;
  for (let p = text.indexOf('/', pos); p >= 0; ) {
    let lo = p - BEFORE_SLASH;
    // a Party number's type code runs back to its dash ("12 - KH/", "12-CTr /")
    let q = p;
    if (text.charCodeAt(q - 1) === 32) q--;
    let r = q;
    while (r > 0 && codeChar(text.charCodeAt(r - 1))) r--;
    if (r < q) {
      let d = r;
      if (text.charCodeAt(d - 1) === 32) d--;
      if (text.charCodeAt(d - 1) === 45) {
        d--;
        if (text.charCodeAt(d - 1) === 32) d--;
        lo = Math.min(lo, d - 6);
      }
    }
    let found: RegExpExecArray | null = null;
    for (let s = Math.max(lo, pos); s <= p && !found; s++) {
      NUMBER_AT.lastIndex = s;
      found = NUMBER_AT.exec(text);
    }
    if (found) {
      out.push(found);
      pos = found.index + found[0].length;
      p = text.indexOf('/', pos);
    } else p = text.indexOf('/', p + 1);
  }
  return out;
}

/** A character a symbol's segment may hold: a letter (any beyond ASCII, to be safe), digit, "&" or ".". */
function codeChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38 || c === 46 || c >= 0xc0;
}

/**
 * Spaces out, every dash "-". "Ư" is no letter of a symbol (codes are Latin capitals and Đ): a
 * PDF font or OCR that draws U with a horn gives "KL/TƯ", "QĐ-ƯBND" for KL/TU, QĐ-UBND.
 */
function canonical(s: string): string {
  return s.replace(/\s+/g, '').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/Ư/g, 'U');
}

// A type code glued to its issuer's, the hyphen lost in a copy ("06/2022/NĐCP", "12/QĐUBND"):
// split only into a known type and a known issuer, and never a code that is an issuer's own
// ("TTCP" is Thanh tra Chính phủ, not TT-CP).
const LOCAL_KINDS = issuerCodesData.localKinds as Record<string, string[]>;
/** The issuer codes the code table names (national bodies, central Party boards; data/issuer-codes.json). */
export const KNOWN_ISSUER_CODES: ReadonlySet<string> = new Set(Object.keys(issuerCodesData.codes));
const ISSUER_CODES = new Set([...KNOWN_ISSUER_CODES, 'UBND', 'HĐND']);
const GLUED_TYPES = Object.keys(SYMBOL_CODES).filter((c) => c.length >= 2).sort((a, b) => b.length - a.length);
function unglue(seg: string): string {
  if (ISSUER_CODES.has(seg) || seg.toUpperCase() in SYMBOL_CODES) return seg;
  for (const t of GLUED_TYPES) {
    if (seg.length > t.length && seg.startsWith(t) && ISSUER_CODES.has(seg.slice(t.length))) return `${t}-${seg.slice(t.length)}`;
  }
  return seg;
}

/** Interprets one regex match (from numberRegex) as a DocumentNumber. */
export function numberFromMatch(m: RegExpExecArray, span: Span): DocumentNumber | null {
  const raw = m[0];
  if (m[5] !== undefined || m[8] !== undefined) {
    const serial = (m[4] ?? m[7])!;
    const type = canonical((m[5] ?? m[8])!);
    // ("104-CTr/Tu", a typist's case: a Party body's code is in capitals, "TU")
    const issuer = canonical((m[6] ?? m[9])!)
      .split('-')
      .map((seg) => (seg !== seg.toUpperCase() && (ISSUER_CODES.has(seg.toUpperCase()) || seg.toUpperCase() in LOCAL_KINDS) ? seg.toUpperCase() : seg))
      .join('-');
    return {
      value: `${serial}-${type}/${issuer}`,
      serial,
      symbol: `${type}/${issuer}`,
      typeCode: SYMBOL_CODES[type.toUpperCase()] ?? null,
      issuerCode: issuer.split('-')[0] ?? null,
      year: null,
      system: 'party',
      raw,
      span,
    };
  }
  const serial = m[1] ?? null;
  const year = m[2] ? Number(m[2]) : null;
  let sym = canonical(m[3]!);
  const cut = sym.search(/[-/]/);
  const head = cut < 0 ? sym : sym.slice(0, cut);
  const unglued = unglue(head);
  if (unglued !== head) sym = unglued + sym.slice(head.length);
  const segs = sym.split(/[-/]/);
  const first = segs[0]!.toUpperCase();
  const isType = first in SYMBOL_CODES && !(segs.length === 1 && !year);
  // A lone segment without a type ("38/CP", "118/TTg") names the issuer of an old-style number.
  const typeCode = isType ? SYMBOL_CODES[first]! : null;
  const issuerCode = isType ? (segs[1] ?? null) : segs[0]!;
  const symbol = year ? `${year}/${sym}` : sym;
  return {
    value: `${serial ?? ''}/${symbol}`,
    serial,
    symbol,
    typeCode,
    issuerCode,
    year,
    system: 'state',
    raw,
    span,
  };
}

/**
 * A number in no standard shape, as a company or a private writer numbers its letters ("02",
 * "21.4/GĐN", "13.4/2026/ĐN-VL", "YBB-SA032/26-LR"), read only where a label vouches for it
 * ("tại Văn bản số … ngày …"). The serial is what comes before the first "/", the symbol the
 * rest; no type, issuer or system is read from it.
 */
export function looseNumber(raw: string, span: Span): DocumentNumber {
  const value = canonical(raw);
  const cut = value.indexOf('/');
  const serial = cut < 0 ? value : value.slice(0, cut);
  const symbol = cut < 0 ? '' : value.slice(cut + 1);
  const y = /^((?:19|20)\d{2})\//.exec(symbol);
  return { value, serial, symbol, typeCode: null, issuerCode: null, year: y ? Number(y[1]) : null, system: null, raw, span };
}

/**
 * The historical shape, a serial and its issuer's code after a dash, no slash ("54-CP", "217-HĐBT",
 * "16-NT": the 1980s–1990s), read only where a label vouches for it (the header's "Số:", a type
 * word before it): in running text "2-TCN" or "19-CP" could be anything.
 */
export const HISTORIC_NUMBER = /(\d{1,6})[ ]?-[ ]?(\p{Lu}[\p{Lu}Đ]{1,6})(?![\p{L}\d/-])/u;
export function historicNumber(m: RegExpExecArray, span: Span): DocumentNumber {
  const code = canonical(m[2]!);
  return { value: `${m[1]}-${code}`, serial: m[1]!, symbol: code, typeCode: null, issuerCode: code, year: null, system: 'state', raw: m[0], span };
}

// A number's last segment read from the place after a dash ("…/TTLT-BCA-BQP- Ha Nội, ngày"):
// the segment is the place's first word
const PLACE_SEGMENT = /(?:[ ][-/][ ]?|[-/][ ])\p{Lu}\p{Ll}+$/u;
const PLACE_GOES_ON = /^[ ]+\p{L}+(?:[ ]+\p{L}+){0,2}[ ]*,[ ]*ng/u;
/** Where a matched number ends when its last segment is the first word of the place after it, or -1. */
export function placeCut(matched: string, after: string): number {
  const seg = PLACE_SEGMENT.exec(matched);
  return seg && PLACE_GOES_ON.test(after) ? seg.index : -1;
}

/** Parses the first number in a string (offsets relative to `base`). */
export function parseNumber(text: string, base = 0): DocumentNumber | null {
  const re = numberRegex();
  const m = re.exec(text);
  if (!m) return null;
  return numberFromMatch(m, { start: base + m.index, end: base + m.index + m[0].length });
}

/**
 * A number whose type slot was left blank ("866/-TTg", read as the issuer alone) with the type
 * code known from elsewhere (the type word before a citation, the title of the document) put in
 * the slot: "866/QĐ-TTg". The raw text and span stay as written. Other numbers are returned as
 * they are.
 */
export function fillTypeSlot(n: DocumentNumber, code: string | null | undefined): DocumentNumber {
  if (!code || code === 'CV' || n.typeCode !== null || n.system === 'party' || !/\/[ ]?-/.test(n.raw)) return n;
  const filled = parseNumber(`${n.serial ?? ''}/${n.year !== null ? `${n.year}/` : ''}${code}-${n.symbol.replace(/^\d{4}\//, '')}`);
  return filled ? { ...filled, raw: n.raw, span: n.span } : n;
}

/**
 * The issuer codes of a symbol: "TT-BCT" → [BCT], "UBND-KT" → [UBND] (KT is a unit), a joint
 * instrument "TTLT-BGDĐT-BTC-BLĐTBXH" or "NQLT-UBTVQH15-CP-…" → every issuer, "63-NQ/TU" → [TU].
 */
export function issuerCodes(n: DocumentNumber): string[] {
  if (n.system === 'party') return n.issuerCode ? [n.issuerCode] : [];
  const sym = n.year !== null ? n.symbol.slice(n.symbol.indexOf('/') + 1) : n.symbol;
  const segs = sym.split(/[-/]/).filter(Boolean);
  if (segs.length === 0) return [];
  const first = segs[0]!.toUpperCase();
  if (!(first in SYMBOL_CODES)) return [segs[0]!];
  // joint types end in LT (liên tịch), LB (liên bộ) or PH (a programme of coordination, phối hợp)
  return /(?:L[TB]|PH)$/.test(first) ? segs.slice(1) : segs.slice(1, 2);
}
