// The section tree of the body: Phần/Chương, A./B., I./II., Điều N, 1./1.1./1.1.1., a)/b).
// A section's path is its labels joined with "." ("III.6.1", "Điều 5.2", "2.a").
import type { Line } from './lines.js';

export type LabelKind = 'part' | 'upper' | 'roman' | 'article' | 'arabic' | 'letter';

export interface Section {
  label: string;
  kind: LabelKind;
  path: string;
  /** Heading: the text after the label on its line(s), up to the end of its first paragraph. */
  heading: string;
  /** First line of the section body when the heading is only a title, else null. */
  lead: string | null;
  headingStart: number;
  headingEnd: number;
  /** Clean-text range of the whole section (label to the next sibling or ancestor). */
  start: number;
  end: number;
  lineStart: number;
  lineEnd: number;
  depth: number;
  parent: number | null;
}

const RANK: Record<LabelKind, number> = { part: 0, upper: 1, roman: 2, article: 3, arabic: 4, letter: 8 };

interface Parsed {
  label: string;
  kind: LabelKind;
  rest: number;
  /** An upper-case letter label followed by a lower-case word. */
  lower?: boolean;
}

const STEP_WORDS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const ROMAN = /^(X{0,3}(?:IX|IV|V?I{0,3}))$/;

// Label patterns, tried in this order; each opens with the line's indentation.
const PART = /^(\s*)(Phần|PHẦN|Chương|CHƯƠNG)\s+([IVXLC]+|\d+|thứ\s+\p{L}+|THỨ\s+\p{Lu}+)(?![\p{L}\d])[.:]?\s*/u;
// Steps of a procedure ("BƯỚC HAI", "Bước 2:"), numbered in words or digits.
const STEP = /^(\s*)(Bước|BƯỚC)\s+(\d{1,2}|\p{L}+)(?![\p{L}\d])[.:]?\s*/u;
const ARTICLE = /^(\s*)(Điều|ĐIỀU)\s+(\d+)\s*[.:]\s*/u;
// "iV." too: TCVN3 headings set in a capitals-only font keep some letters' lower-case bytes
const ROMAN_LABEL = /^(\s*)([IVX][IVXivx]{0,4}|[ivx]{1,4}[IVX][IVXivx]{0,3})\s*[.\-/)]\s*(?=\S)/u;
// A scan's roman numeral that lost its dot, over a heading in capitals: "I QUAN ĐIỂM CHỈ ĐẠO"
// (the whole line in capitals, two words at least; not "VI", a syllable: "VI PHẠM HÀNH CHÍNH")
const ROMAN_BARE = /^(\s*)(?!VI[ ])([IVX]{1,4})[ ]+(?=\p{Lu}{2,}[ ]+\p{Lu}[^\p{Ll}\n]*$)/u;
const UPPER_LABEL = /^(\s*)([A-H])\s*[.\-)]\s+(?=\p{L})/u;
// "2.1.a. Thành lập …": a letter item written with its parent's number; it sits under "2.1."
const NUMBERED_LETTER = /^(\s*)\d{1,2}(?:\.\d{1,2}){1,3}\.([a-zđ])[.)]\s*(?=\p{L})/u;
const ARABIC_LABEL = /^(\s*)(\d{1,2}(?:\.\d{1,2}){0,3})\s*(?:\.\s*|\)\s*|-\s+|\/\s*|\s+)(?=[\p{L}"(])/u;
// "a)" as Nghị định 30 writes it, or "a." as many offices do (a letter, a dot, a space, a word)
const LETTER_LABEL = /^(\s*)([a-zđ])\s*(?:\)\s*(?=\S)|\.\s+(?=\p{L}))/u;
/** What a label can open with (the first letters of all the patterns above). */
const LABEL_FIRST = /^\s*[A-IPVXĐa-zđ\d]/u;

export function parseLabel(text: string): Parsed | null {
  const t = text;
  // Most body lines open with a bullet or a word no label starts with: one test, not eight.
  if (!LABEL_FIRST.test(t)) return null;
  let m = PART.exec(t);
  if (m) return { label: `${m[2]![0]!.toUpperCase()}${m[2]!.slice(1).toLowerCase()} ${m[3]}`, kind: 'part', rest: m[0].length };
  m = STEP.exec(t);
  if (m) {
    const n = /^\d+$/.test(m[3]!) ? Number(m[3]) : STEP_WORDS.indexOf(m[3]!.toLowerCase()) + 1;
    if (n > 0) return { label: `Bước ${n}`, kind: 'part', rest: m[0].length };
  }
  m = ARTICLE.exec(t);
  if (m) return { label: `Điều ${m[3]}`, kind: 'article', rest: m[0].length };
  m = ROMAN_LABEL.exec(t) ?? ROMAN_BARE.exec(t);
  if (m && ROMAN.test(m[2]!.toUpperCase())) return { label: m[2]!.toUpperCase(), kind: 'roman', rest: m[0].length };
  m = UPPER_LABEL.exec(t);
  // a lower-case heading only as the next letter of a run ("B. nội dung …" after "A."): see sectionTree
  if (m) return { label: m[2]!, kind: 'upper', rest: m[0].length, lower: /^\p{Ll}/u.test(t.slice(m[0].length)) };
  m = NUMBERED_LETTER.exec(t);
  if (m) return { label: m[2]!, kind: 'letter', rest: m[0].length };
  m = ARABIC_LABEL.exec(t);
  if (m) return { label: m[2]!, kind: 'arabic', rest: m[0].length };
  m = LETTER_LABEL.exec(t);
  if (m) return { label: m[2]!, kind: 'letter', rest: m[0].length };
  return null;
}

/**
 * Rank of a label (lower is higher up). "A." and "I." come in either order ("A. / I. / 1." or
 * "III. / A. / 1."): whichever the text uses first is the higher.
 */
function rankOf(p: Parsed, romanFirst: boolean): number {
  if (p.kind === 'arabic') return RANK.arabic + p.label.split('.').length - 1;
  if (romanFirst && (p.kind === 'upper' || p.kind === 'roman')) return p.kind === 'roman' ? RANK.upper : RANK.roman;
  return RANK[p.kind];
}

/**
 * Footnote marks of a PDF's text: a number glued to the word it annotates ("khoáng sản3.",
 * "quy định2;", "năm 20244."), each with where it first appears.
 */
function footnoteMarks(lines: Line[], from: number, to: number): Map<string, number> {
  const marks = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const { text, start } = lines[i]!;
    if (!/\p{Ll}\d|năm \d{5}/u.test(text)) continue;
    // (or glued to a year, which has four digits: "Luật … năm 20244." is the year 2024, mark 4)
    for (const m of text.matchAll(/(?:\p{Ll}|năm (?:19|20)\d\d)(\d{1,2})(?=[\s.,;:)]|$)/gu)) {
      if (!marks.has(m[1]!)) marks.set(m[1]!, start + m.index + m[0].length - m[1]!.length);
    }
  }
  return marks;
}

const CITING_NOTE = /^\s*\d{1,2}[ ]+(?:Nghị định|Quyết định|Nghị quyết|Thông tư|Chỉ thị|Công văn|Kế hoạch|Văn bản|Kết luận|Thông báo|Quy định|Hướng dẫn|Luật)[ ]+(?:số[ ]*)?\d/u;
/** A label that could open a footnote: a number without a dot, then spaces ("3 Khi …"). */
const footnoteLike = (line: Line, p: Parsed): boolean => p.kind === 'arabic' && !p.label.includes('.') && /^\s*\d{1,2}[ ]+\S/u.test(line.text);

/**
 * "3 Khi khai thác khoáng sản …", its number written without a dot and glued as a mark to a
 * word above: a footnote printed at the foot of a page, not point 3.
 */
function isFootnote(line: Line, p: Parsed, marks: Map<string, number>): boolean {
  // a footnote that cites its source ("1 Nghị định số 47/2024/NĐ-CP ngày …"), its mark OCR'd
  // away from the word above ("Chính phủ!,"): no point opens with an instrument's number
  if (CITING_NOTE.test(line.text)) return true;
  const at = footnoteLike(line, p) ? marks.get(p.label) : undefined;
  return at !== undefined && at < line.start;
}

/**
 * Whether an "I." read at a line is OCR's "1.": the next top-level label is "2.", not "II." nor a
 * "1." under it.
 */
function ocrOne(lines: Line[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + 400); j++) {
    const q = parseLabel(lines[j]!.text);
    if (!q) continue;
    if (q.kind === 'roman' || (q.kind === 'arabic' && !q.label.includes('.'))) return q.kind === 'arabic' && q.label === '2';
  }
  return false;
}

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
// I, V, X with "1", "l", "L", "|" or "H" read for an I; a heading in capitals after it
const OCR_ROMAN = /^(\s*)([IVX1lLH|]{1,4})\s*[.\-)]\s*(?=\p{Lu}{2})/u;

/**
 * A heading's Roman numeral OCR damaged, read as the numeral that comes next ("HI-" after
 * "II-" is III): only over a heading in capitals, and only that numeral.
 */
function ocrRoman(text: string, last: string | null): Parsed | null {
  const m = OCR_ROMAN.exec(text);
  if (!m) return null;
  const heading = text.slice(m[0].length);
  if (/\p{Ll}{2}/u.test(heading.split(/[,;:]/)[0]!)) return null;
  const label = ocrRomanLabel(m[2]!);
  const expected = ROMANS[last === null ? 0 : ROMANS.indexOf(last) + 1];
  return label === expected ? { label, kind: 'roman', rest: m[0].length } : null;
}

/** A Roman label as OCR reads it, read back: "H" is two I's run together, "1", "l", "L", "|" an I ("IL" → II). */
function ocrRomanLabel(s: string): string {
  return s.replace(/H/g, 'II').replace(/[1lL|]/g, 'I');
}

/**
 * For each line in [from, to), the next Roman label below it (one backward pass), or null. An
 * OCR'd label other than I counts ("1I- NHIỆM VỤ" below "1- CHỨC NĂNG").
 */
function nextRomans(lines: Line[], from: number, to: number): (string | null)[] {
  const out = new Array<string | null>(to - from).fill(null);
  let next: string | null = null;
  for (let j = to - 1; j >= from; j--) {
    out[j - from] = next;
    const q = parseLabel(lines[j]!.text);
    if (q?.kind === 'roman') next = q.label;
    else if (!q) {
      const m = OCR_ROMAN.exec(lines[j]!.text);
      const label = m ? ocrRomanLabel(m[2]!) : null;
      if (label && label !== 'I' && ROMANS.includes(label)) next = label;
    }
  }
  return out;
}

/** Whether the next letter label below (before any other kind but a bullet) is `letter`. */
function nextLetterIs(lines: Line[], from: number, to: number, letter: string): boolean {
  for (let j = from; j < Math.min(to, from + 60); j++) {
    const q = parseLabel(lines[j]!.text);
    if (q) return q.kind === 'letter' && q.label === letter;
  }
  return false;
}

/** A line that opens with a quotation mark ('"', or "''" for a doubled single quote). */
const OPENS_QUOTE = /^\s*(?:"|'')/;
// (a quotation left open by a slip closes itself after this many lines)
const MAX_QUOTE_LINES = 60;
/**
 * A mark that can close a quotation: at the line's end, or after the sentence's stop ('…định."
 * Như vậy'). A mark glued to a figure inside a line ('tại Điều 1" Nghị định này', OCR's 8) is none.
 */
const CLOSES_QUOTE = /(?:"|'')[.,;:)*\s]*$|[.;:!?…)](?:"|'')/;
/** Quotation marks on a line: each '"' and each "''". */
function quoteMarks(text: string): number {
  if (!text.includes('"') && !text.includes("''")) return 0;
  return (text.match(/"|''/g) ?? []).length;
}

export function sectionTree(lines: Line[], from: number, to: number): Section[] {
  // footnote marks are looked for only once a label could be a footnote (most texts have none)
  let marks: Map<string, number> | null = null;
  const footnote = (line: Line, p: Parsed) => footnoteLike(line, p) && isFootnote(line, p, (marks ??= footnoteMarks(lines, from, to)));
  const out: Section[] = [];
  const stack: number[] = [];
  let romanFirst: boolean | null = null;
  let lastUpper: string | null = null;
  let lastRoman: string | null = null;
  // the Roman label next below each line, found in one pass when first asked
  let romanAfter: (string | null)[] | null = null;
  let prevBlank = true;
  let prevEnded = true;
  let quoteLines = 0;
  // (a quotation opens under a line that announces it: "… quy định như sau:")
  let prevText = '';
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const trimmed = line.text.trim();
    if (trimmed === '') {
      prevBlank = true;
      continue;
    }
    let p = parseLabel(line.text);
    // a passage quoted from another instrument ("Tại Điều 9 Thông tư … như sau:\n"Điều 9. Thuế
    // suất 0%\n1. Thuế suất 0%: …\n2. …"") is its text, not this document's points
    const marks = quoteMarks(line.text);
    if (quoteLines > 0) {
      p = null;
      quoteLines = marks % 2 === 1 && CLOSES_QUOTE.test(line.text) ? 0 : quoteLines - 1;
    } else if (marks % 2 === 1 && OPENS_QUOTE.test(line.text) && /:\s*$/.test(prevText)) quoteLines = MAX_QUOTE_LINES;
    prevText = line.text;
    if (p?.lower && (lastUpper === null || p.label.charCodeAt(0) !== lastUpper.charCodeAt(0) + 1)) p = null;
    if (p && footnote(line, p)) p = null;
    if (p?.kind === 'roman' && p.label === 'I' && ocrOne(lines, i + 1, to)) p = { ...p, label: '1', kind: 'arabic' };
    // a heading's Roman numeral as OCR reads it: "HI- TỔ CHỨC …" after "II-", "1- MỤC ĐÍCH …" before "II-"
    if (quoteLines === 0 && (!p || (p.kind === 'arabic' && p.label === '1'))) {
      const r = ocrRoman(line.text, lastRoman);
      if (r && (r.label !== 'I' || (romanAfter ??= nextRomans(lines, from, to))[i - from] === 'II')) p = r;
    }
    // "9, Ban …" after point 8: OCR's comma for the point's dot
    if (!p) {
      const c = /^(\s*)(\d{1,2}),[ ]+(?=\p{Lu})/u.exec(line.text);
      const prev = c ? stack.map((k) => out[k]!).find((x) => x.kind === 'arabic' && x.label === String(Number(c[2]) - 1)) : undefined;
      if (c && prev) p = { label: c[2]!, kind: 'arabic', rest: c[0].length };
    }
    // "8)" over "b)": OCR's "a)"
    if (p?.kind === 'arabic' && p.label === '8' && /^\s*8\)/.test(line.text) && nextLetterIs(lines, i + 1, to, 'b')) p = { ...p, label: 'a', kind: 'letter' };
    if (p?.kind === 'roman') lastRoman = p.label;
    // A label opens a section only at the start of a paragraph: after a blank line, after a
    // line that ended a sentence, or when the line is not a lower-case continuation.
    // "7.1 Tổng kết" without its last dot still opens a section under an open "7."; "2.Bộ Y tế", the
    // space lost by OCR, does as "2. Bộ Y tế" would.
    const atParagraph: boolean =
      prevBlank || prevEnded || !p || p.kind !== 'arabic' || /^\s*\d+(?:\.\d+)*[.)](?:\s|\p{Lu})/u.test(line.text) ||
      (p.label.includes('.') && stack.some((k) => out[k]!.kind === 'arabic' && p!.label.startsWith(`${out[k]!.label}.`)));
    const opened: boolean = !!p && atParagraph && !/^\d{1,4}$/.test(trimmed);
    if (p && opened) {
      if (romanFirst === null && (p.kind === 'roman' || p.kind === 'upper')) romanFirst = p.kind === 'roman';
      if (p.kind === 'upper') lastUpper = p.label;
      const rank = rankOf(p, romanFirst === true);
      while (stack.length && rankOf({ label: out[stack[stack.length - 1]!]!.label, kind: out[stack[stack.length - 1]!]!.kind, rest: 0 }, romanFirst === true) >= rank) {
        const s = out[stack.pop()!]!;
        s.end = line.start;
        s.lineEnd = i;
      }
      // The path extends the parent's path; "6.1" under "6" skips "6", whose number the dotted
      // label already carries ("III" → "6." → "6.1." gives "III.6.1", and "a)" under it "III.6.1.a").
      let up = stack.length - 1;
      while (p.kind === 'arabic' && up >= 0 && p.label.startsWith(`${out[stack[up]!]!.label}.`)) up--;
      // Articles are numbered through the whole text, so "Điều 11" needs no Chương/Phần prefix.
      const path = up >= 0 && p.kind !== 'article' ? `${out[stack[up]!]!.path}.${p.label}` : p.label;
      // heading: the rest of the label line (lower-case continuations were rejoined upstream)
      let heading = line.text.slice(p.rest).trim();
      let hEnd = line.end;
      // a heading cut after a comma goes on to the next line ("…, Bộ Chỉ huy Quân sự tỉnh,\nỦy ban …"),
      // and so does a list of bodies cut after a ";" ("Chánh Văn phòng …; Giám đốc Sở Công Thương;\n
      // Giám đốc Trung tâm …; … chịu trách nhiệm thi hành Quyết định này./.")
      const cutAfter = /,$/.test(heading) || (/;$/.test(heading) && /^\s*\p{Lu}/u.test(lines[i + 1]?.text ?? ''));
      if (cutAfter && i + 1 < to && lines[i + 1]!.text.trim() && !parseLabel(lines[i + 1]!.text)) {
        heading = `${heading} ${lines[i + 1]!.text.trim()}`;
        hEnd = lines[i + 1]!.end;
      }
      // a label alone on its line ("BƯỚC HAI") takes its title from the next line (over a blank
      // line or two, as an export that made each line a paragraph puts them)
      if (heading === '') {
        let k = i + 1;
        while (k < to && k <= i + 3 && !lines[k]!.text.trim()) k++;
        if (k < to && k <= i + 3 && !parseLabel(lines[k]!.text)) {
          heading = lines[k]!.text.trim();
          hEnd = lines[k]!.end;
        }
      }
      // lead: the first line under a heading that is only a title ("III. TỔ CHỨC THỰC HIỆN")
      // (its first sentence: a line wrapped before a capital was not rejoined upstream)
      let lead: string | null = null;
      for (let j = i + 1; j < Math.min(to, i + 3); j++) {
        const nt = lines[j]!.text.trim();
        if (nt === '') continue;
        if (!parseLabel(lines[j]!.text) && !/^[-+•]/.test(nt)) {
          lead = nt;
          for (let k = j + 1; k < Math.min(to, j + 4) && !/[.:;!?]$/.test(lead); k++) {
            const more = lines[k]!.text.trim();
            if (more === '' || parseLabel(lines[k]!.text) || /^[-+•]/.test(more)) break;
            lead = `${lead} ${more}`;
          }
        }
        break;
      }
      out.push({
        label: p.label,
        kind: p.kind,
        path,
        heading,
        lead,
        headingStart: line.start + p.rest,
        headingEnd: hEnd,
        start: line.start,
        end: lines[to - 1]?.end ?? line.end,
        lineStart: i,
        lineEnd: to,
        depth: stack.length,
        parent: stack.length ? stack[stack.length - 1]! : null,
      });
      stack.push(out.length - 1);
    }
    prevBlank = false;
    // a heading line in capitals ("I- YÊU CẦU", "II. NỘI DUNG") ends like a sentence: "1- …" under
    // it opens a section, as it would after "…:" (a "1-" label is otherwise read as a wrap)
    prevEnded = /[.:;!?]["')]?$/.test(trimmed) || (opened && !/\p{Ll}/u.test(trimmed));
  }
  return out;
}
