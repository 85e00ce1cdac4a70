// Stage 3: zones of a directive. Anchors are found by pattern, not by line order, because
// exported text interleaves the two header columns or squeezes them into one line.
import { NOTES_MARK } from '../read/marks.js';
import type { NormalizedText } from '../normalize/index.js';
import { cellCentre, nextFilled, splitLines, subCell, type Cell, type Line } from './lines.js';
import {
  AUTHORITY,
  END_MARK,
  endsListItem,
  salutationLabel,
  DONG_KINH_GUI,
  NOI_NHAN,
  PARTY_HEADING,
  YOUTH_HEADING,
  QUOC_HIEU,
  nameAfterMark,
  SIGNED_MARK,
  TIEU_NGU,
  signerNameStart,
  isAuthorityLine,
  isPersonName,
  damagedName,
  isDocTypeTitle,
  isTitleLine,
  isUpper,
  restoreCapitals,
  repairAuthority,
  RECEIVED_STAMP,
  MARKS_BEFORE_BULLET,
} from './patterns.js';
import { sectionTree, type Section } from './sections.js';

const NAME_SIGNED = /[([]\s*(?:Đã ký|đã ký|ĐÃ KÝ)\s*[)\]]$/u;
/** What opens the text under a decision's authority line ("THỦ TƯỚNG CHÍNH PHỦ" over "Căn cứ …"). */
const AUTHORITY_BEFORE = /^\s*(?:[-+•]\s*)?(?:Căn cứ|Xét|Theo đề nghị|QUYẾT ĐỊNH\s*:?\s*$)/u;

export * from './lines.js';
export * from './patterns.js';
export * from './sections.js';

export interface Zones {
  lines: Line[];
  /**
   * First line of the document proper: 0, or the first line of the header block when a web page
   * or converter put running text above it (its metadata, a summary, "đã được thay thế bởi …").
   * Lines before it are a preface that no extractor reads.
   */
  docStart: number;
  /** Lines [docStart, headerEnd) hold the header; the body starts at bodyStart. */
  headerEnd: number;
  /** Line of "Kính gửi" (salutation) and the line after its block, or null. */
  salutation: { start: number; end: number } | null;
  bodyStart: number;
  bodyEnd: number;
  /** Closing: Nơi nhận and signature blocks, lines [closingStart, closingEnd). */
  closingStart: number;
  closingEnd: number;
  noiNhanLine: number;
  /** Cells of the closing that belong to signature blocks, in reading order. */
  signatureCells: Cell[];
  /** Cells of the closing that belong to the Nơi nhận list (after the "Nơi nhận:" label). */
  noiNhanCells: Cell[];
  quocHieu: Cell | null;
  partyHeading: Cell | null;
  /** The Youth Union's own heading ("ĐOÀN TNCS HỒ CHÍ MINH"), in the header lines, when no other is found. */
  youthHeading: Cell | null;
  /** Column where the right half of a laid-out header starts, if the text is laid out. */
  rightCol: number | null;
  sections: Section[];
}

const HEADER_SCAN = 60;

function findCell(lines: Line[], from: number, to: number, re: RegExp): Cell | null {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    for (const c of lines[i]!.cells) if (re.test(c.key)) return c;
  }
  return null;
}

function isSignatureCell(c: Cell): boolean {
  if (isAuthorityLine(c.text, c.key) || isTitleLine(c.text, c.key) || SIGNED_MARK.test(c.key.trim())) return true;
  // A squeezed block on one line: "KT. BỘ TRƯỞNG THỨ TRƯỞNG Bùi Hồng Lĩnh".
  // (or all in capitals, the name too: "KT. BỘ TRƯỞNG THỨ TRƯỞNG BÙI HỒNG LĨNH")
  const trimmed = c.text.trim();
  // a name alone with its mark, as the Gazette prints an old text: "Nguyễn Mạnh Kiểm (Đã ký)"
  const mark = NAME_SIGNED.exec(trimmed);
  if (mark && isPersonName(trimmed.slice(0, mark.index))) return true;
  // … or the mark before it, as some web copies set it: "(Đã ký) Trần Văn Cường", "Đã ký: …"
  if (nameAfterMark(trimmed) >= 0) return true;
  const name = signerNameStart(trimmed);
  if (!name) return false;
  const head = trimmed.slice(0, name.at).trimEnd();
  const hk = c.key.trim().slice(0, head.length);
  return isUpper(head) && (isAuthorityLine(head, hk) || isTitleLine(head, hk));
}

/**
 * Where the document starts when running text stands above its header block, else 0. The block
 * is the heading's line and the lines just above it that are blank, rules or in capitals (the
 * issuer: "ỦY BAN NHÂN DÂN / TỈNH BẮC NINH / -------"; a signing stamp's date). What is above the
 * block is a preface when it holds at least two filled lines and 150 characters (less is a
 * converter's first line, a stamp or a "MẬT" mark, which stay in the header), and the block names
 * the issuer: when it does not, the text above is the header's left column set before the heading
 * (a PDF read column by column), as is any text with the number line or "Kính gửi".
 */
function prefaceEnd(lines: Line[], heading: Cell | null): number {
  if (!heading || heading.line < 3) return 0;
  let k = heading.line;
  // (the issuer beside the heading in another cell, or in the heading's own cell when OCR set
  // them on one line with single spaces: "TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM")
  const at = Math.min(...[QUOC_HIEU, TIEU_NGU, PARTY_HEADING].map((re) => re.exec(heading.key)?.index ?? Infinity));
  let issuer = lines[heading.line]!.cells.some((c) => c.col < heading.col && /\p{Lu}{2}/u.test(c.text)) || (at > 0 && at < Infinity && /\p{Lu}{2}/u.test(heading.text.slice(0, at)));
  while (k > 0) {
    const t = lines[k - 1]!.text.trim();
    if (t.length > 120 || /\p{Ll}{2}/u.test(t)) break;
    if (/\p{Lu}{2}/u.test(t)) issuer = true;
    k--;
  }
  if (!issuer) return 0;
  while (lines[k]!.text.trim() === '') k++;
  let filled = 0;
  let chars = 0;
  for (let i = 0; i < k; i++) {
    const l = lines[i]!;
    if (l.cells.some((c) => /^s[o0]\s*:?\s*\d/.test(c.key) || salutationLabel(c) !== null)) return 0;
    const t = l.text.trim();
    if (t) filled++;
    chars += t.length;
  }
  return filled >= 2 && chars >= 150 ? k : 0;
}

/** Longest cell the closing walk treats as part of a signature block (squeezed blocks reach ~150). */
const MAX_SIGNATURE_CELL = 400;

export function segment(norm: NormalizedText): Zones {
  const lines = splitLines(norm.text, norm.folded);
  // Notes a reader appended after the document (Word footnotes) are outside every zone.
  const notesAt = lines.findIndex((l) => l.text === NOTES_MARK);
  const n = notesAt >= 0 ? notesAt : lines.length;
  const scan = Math.min(n, HEADER_SCAN);

  const quocHieu = findCell(lines, 0, scan, QUOC_HIEU) ?? findCell(lines, 0, scan, TIEU_NGU);
  const partyHeading = findCell(lines, 0, scan, PARTY_HEADING);
  const rightCol = quocHieu && quocHieu.col >= 20 ? quocHieu.col : partyHeading && partyHeading.col >= 20 ? partyHeading.col : null;
  const docStart = prefaceEnd(lines, quocHieu && partyHeading ? (quocHieu.line < partyHeading.line ? quocHieu : partyHeading) : quocHieu ?? partyHeading);

  // Closing: the first "Nơi nhận" line after the start, and signature cells near it or after "./.".
  let noiNhanLine = -1;
  for (let i = 0; i < n; i++) {
    if (lines[i]!.cells.some((c) => NOI_NHAN.test(c.key))) {
      noiNhanLine = i;
      break;
    }
  }
  let endMarkLine = -1;
  const endSearchTo = noiNhanLine >= 0 ? noiNhanLine + 1 : n;
  const endMarks: number[] = [];
  for (let i = 0; i < endSearchTo; i++) if (lines[i]!.text.includes('/') && END_MARK.test(lines[i]!.text)) endMarks.push(i);
  endMarkLine = endMarks[endMarks.length - 1] ?? -1;
  // TCVN3 signature lines set in a capitals font come out in lower case.
  const capsLost = norm.encoding === 'tcvn3';
  // Without a Nơi nhận, a decision's text ends at the first end mark a signature follows: the
  // regulation it issues, printed after the signature, has an end mark of its own
  if (noiNhanLine < 0 && endMarks.length > 1) {
    const signedAfter = (m: number): boolean => {
      for (let i = m + 1, filled = 0; i < n && filled < 6; i++) {
        if (lines[i]!.cells.length === 0) continue;
        filled++;
        if (lines[i]!.cells.some((c) => isSignatureCell(capsLost ? restoreCapitals(c) : c))) return true;
      }
      return false;
    };
    endMarkLine = endMarks.slice(0, -1).find(signedAfter) ?? endMarkLine;
  }
  // A label a scan made unreadable ("Nei M2 h sii TM. UY BAN NHAN DAN"): the list is known by its
  // "- …;" items over the "Lưu:" line, after the body's end mark
  let labelLost: { label: number; first: number } | null = null;
  if (noiNhanLine < 0) {
    labelLost = unlabelledList(lines, endMarkLine);
    if (labelLost) noiNhanLine = labelLost.label >= 0 ? labelLost.label : labelLost.first;
  }

  // Header end: the last header anchor within the first lines.
  let headerEnd = 0;
  let salutation: Zones['salutation'] = null;
  const headerLimit = Math.min(docStart + HEADER_SCAN, n, noiNhanLine >= 0 ? noiNhanLine : n, endMarkLine >= 0 ? endMarkLine : n);
  for (let i = docStart; i < headerLimit; i++) {
    const l = lines[i]!;
    if (l.cells.some((c) => salutationLabel(c) !== null)) {
      let j = i + 1;
      // "Kính gửi:" alone on its line (the addressee's column put on the next line by an export):
      // the next filled line is the addressee, whatever its indent
      if (l.text.trim().length <= 12 && /^[-*+•]?\s*kinh gui\s*:?$/.test(l.key.trim())) {
        const k = nextFilled(lines, j, 3);
        const t = lines[k]?.text.trim() ?? '';
        if (k < n && t && !opensBody(t)) j = k + 1;
      }
      // The block goes on while lines are list items or indented continuations, and over a
      // second label of co-addressees ("Đồng kính gửi: …").
      while (j < n && j < i + 25) {
        const t = lines[j]!.text.trim().replace(MARKS_BEFORE_BULLET, '');
        if (DONG_KINH_GUI.test(lines[j]!.key) || RECEIVED_STAMP.test(t)) {
          j++;
          continue;
        }
        if (t === '') {
          // blank lines end the block unless a list item follows (exports may put several)
          const k = nextFilled(lines, j, 4);
          const next = lines[k]?.text.trim() ?? '';
          if (/^[-+•]/.test(next) && !/^[-+•]\s*(?:Căn cứ|Thực hiện)/.test(next)) {
            j = k;
            continue;
          }
          break;
        }
        if (/^[-+•]/.test(t) || (lines[j]!.indent >= Math.max(8, l.indent + 6) && !/^\d+\./.test(t))) {
          j++;
          continue;
        }
        const prev = lines[j - 1]!.text.trim();
        // an addressee wrapped onto a line that goes on in lower case, indented or not ("… khoáng
        // sản\ntrên địa bàn tỉnh Lào Cai."; the body after Kính gửi opens in capitals)
        if (/^\p{Ll}/u.test(t) && !/[;.:]$/.test(prev) && !/^[a-zđ][).]/.test(t)) {
          j++;
          continue;
        }
        // a list item wrapped onto a capitalised line ("…, Ban Chỉ huy\nBộ đội Biên phòng tỉnh;")
        const inList = lines.slice(i + 1, j).some((x) => /^[-+•]/.test(x.text.trim()));
        if (inList && prev !== '' && !/[;.:]$/.test(prev) && t.length < 120 && !opensBody(t)) {
          j++;
          continue;
        }
        break;
      }
      salutation = { start: i, end: j };
      headerEnd = Math.max(headerEnd, j);
      break;
    }
  }
  if (!salutation) {
    for (let i = docStart; i < Math.min(headerLimit, docStart + 30); i++) {
      const anchor = lines[i]!.cells.some(
        (c) =>
          /^S[ốỐo0]\s*:?\s*[\d/]/u.test(c.text) ||
          /^[a-z .]{2,40},\s*ngay\b|^v\s*\/\s*v\b|^ve viec\b/.test(c.key) ||
          // the headings are in capitals ("nước Cộng hòa xã hội chủ nghĩa Việt Nam" in the body is not one)
          (/d[a-z]ng cong san|cong hoa xa hoi/.test(c.key) && /\p{Lu}{2,}/u.test(c.text) && !/\p{Ll}{3,}/u.test(c.text.replace(/(?<![\p{L}])(?:và|của)(?![\p{L}])/gu, ''))) ||
          /^doc lap\s*-/.test(c.key),
      );
      if (anchor) headerEnd = Math.max(headerEnd, i + 1);
    }
    headerEnd = extendHeaderBlock(lines, headerEnd, headerLimit);
  }

  const youthHeading = quocHieu || partyHeading ? null : findCell(lines, docStart, headerEnd + 2, YOUTH_HEADING);

  // Signature cells: after the end mark or around Nơi nhận.
  const sigFrom = Math.max(headerEnd, endMarkLine >= 0 ? endMarkLine : noiNhanLine >= 0 ? Math.max(headerEnd, noiNhanLine - 12) : Math.max(headerEnd, n - 40));
  let firstSig = -1;
  for (let i = sigFrom; i < n; i++) {
    const l = lines[i]!;
    if (i === endMarkLine) {
      // a signature on the same line as the end mark, in a squeezed table
      continue;
    }
    if (l.cells.some((c) => isSignatureCell(capsLost ? restoreCapitals(c) : c))) {
      // a decision's authority line over its "Căn cứ" (a short text puts it within the window
      // above Nơi nhận) is no signature
      if (AUTHORITY_BEFORE.test(lines[nextFilled(lines, i + 1, 3)]?.text ?? '')) continue;
      firstSig = i;
      break;
    }
  }
  const closingStart = [noiNhanLine, firstSig].filter((x) => x >= headerEnd).reduce((a, b) => Math.min(a, b), n);
  const bodyStart = headerEnd;
  const bodyEnd = closingStart;

  // Walk the closing: Nơi nhận items (left) and signature lines (right, or after the list).
  const signatureCells: Cell[] = [];
  const noiNhanCells: Cell[] = [];
  let closingEnd = closingStart;
  let inList = labelLost !== null;
  let sawName = false;
  let blankRun = 0;
  let sigBeside = false;
  for (let i = closingStart; i < n && i < closingStart + 60; i++) {
    const l = lines[i]!;
    // another document's header (a permit or minutes sent with a letter, scanned after it): the
    // national motto in capitals is never part of a closing (the President's title, "CHỦ TỊCH /
    // NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", names the country after "nước")
    if (i > closingStart && l.cells.some((c) => (QUOC_HIEU.test(c.key) || TIEU_NGU.test(c.key)) && /\p{Lu}{3}/u.test(c.text) && !/(?:^|\s)nuoc\s+c[o0]ng\s*h[o0]a/.test(c.key))) break;
    if (l.cells.length === 0) {
      blankRun++;
      if (blankRun > 6 && (sawName || !inList)) break;
      continue;
    }
    blankRun = 0;
    // an annex opens after the closing ("Phụ lục 1", "PHỤ LỤC"): nothing below is the list's
    if (/^\s*phu luc\b/.test(l.key) && (inList || signatureCells.length > 0)) break;
    let consumed = false;
    // (the line's first cell with a word: a scan's stray ":" or "." may stand before it)
    const lead = l.cells.find((x) => /\p{L}{2}/u.test(x.text));
    for (const cell of l.cells) {
      const read = capsLost ? restoreCapitals(cell) : cell;
      const repaired = repairAuthority(read);
      const c = repaired && !isSignatureCell(read) ? repaired : read;
      const t = c.text.trim();
      // the lost label's line: what it carries of the signature ("… TM. UY BAN NHAN DAN")
      if (labelLost && i === labelLost.label) {
        const m = TRAILING_AUTHORITY.exec(c.text.trimEnd());
        if (m) signatureCells.push(subCell(c, c.text.trimEnd().length - m[1]!.length, c.text.trimEnd().length));
        consumed = true;
        continue;
      }
      if (NOI_NHAN.test(c.key)) {
        inList = true;
        // "Nơi nhận: TL. CỤC TRƯỞNG": a scan read without its column gap puts the signature's
        // first line after the label; it opens the signature block, not the list
        const after = labelRest(c);
        if (after && isSignatureCell(after)) {
          noiNhanCells.push(subCell(c, 0, after.start - c.start));
          signatureCells.push(after);
        } else noiNhanCells.push(c);
        consumed = true;
        continue;
      }
      // No signature line is this long; a huge cell is body text (and would cost every check below).
      if (t.length > MAX_SIGNATURE_CELL) continue;
      // (a scan's cells have no columns to go by: a cell beside the list once the block stood there)
      const beside = cell !== lead && cell.col > (lead?.col ?? 0);
      const rightSide = (rightCol !== null && c.col >= rightCol - 15 && (l.cells.length > 1 || !/^[-+•]/.test(t))) || (sigBeside && beside);
      if (isSignatureCell(c) || (rightSide && !/^[-+•]/.test(t) && (isUpper(t) || isPersonName(t) || /^[([]/.test(t)))) {
        signatureCells.push(c);
        if (beside) sigBeside = true;
        consumed = true;
        continue;
      }
      // a title in capitals wrapped onto the next line ("CHỦ TỊCH" over "NƯỚC CỘNG HÒA XÃ HỘI CHỦ
      // NGHĨA VIỆT NAM"), before the name
      const above = signatureCells[signatureCells.length - 1];
      // (in a row of blocks, under the authority over it: "KT. VIỆN TRƯỞNG" / "VIỆN KIỂM SÁT NHÂN
      // DÂN TỐI CAO", centred under it, names seen in the row above)
      const centre = cellCentre(c);
      const over = signatureCells.find((x) => x.line === i - 1 && Math.abs(cellCentre(x) - centre) <= 12 && isAuthorityLine(x.text.trim(), x.key.trim()));
      if (((!sawName && above && above.line === i - 1) || over) && !inList && t.length <= 60 && isUpper(t) && !/^[-+•]/.test(t) && isUpper((over ?? above)!.text.trim())) {
        signatureCells.push(c);
        consumed = true;
        continue;
      }
      if (isPersonName(t) && !inListItemContinuation(c, noiNhanCells)) {
        signatureCells.push(c);
        sawName = true;
        consumed = true;
        continue;
      }
      // the name line of a scan's signature under a stamp, "rân Câm Tú." (patterns.damagedName)
      if (rightSide && !sawName && signatureCells.length > 0 && damagedName(t)) {
        signatureCells.push(c);
        sawName = true;
        consumed = true;
        continue;
      }
      // what else stands in the signature's column beside the list is a scan's reading of the
      // seal ("^^ `", "Nm ^^ ÿ⁄"), no part of an item
      if (rightSide && cell !== lead && signatureCells.length > 0) {
        consumed = true;
        continue;
      }
      const last = noiNhanCells[noiNhanCells.length - 1];
      // after the signer's name only an item cut short goes on, in the list's column (a grid
      // table's rows set the name beside an item the list wraps after: "- Tỉnh ủy, HĐND, UBND,
      // Đoàn" / "ĐBQH, Ủy ban MTTQVN tỉnh Lào" / "Cai;")
      const continues =
        !!last &&
        !endsListItem(last.text.trim()) &&
        t.length < 120 &&
        !/^\d/.test(t) &&
        !isUpper(t) &&
        // (the archive line, the list's last, goes on only on the line right under it: a scan's
        // marks and an annex may follow after blank lines)
        !(/^[-+•]?\s*luu\b/.test(last.key.trim()) && c.line > last.line + 1) &&
        (!sawName || Math.abs(c.col - last.col) <= 4);
      // an item whose dash was lost ("- Bộ Công thương;" / "Bộ Tài chính;"): after an item's ";",
      // a line that is one item in its own right
      const undashed = !!last && /;$/.test(last.text.trim()) && /^\p{Lu}/u.test(t) && /[;.]$/.test(t) && t.length < 120 && !isUpper(t) && !isPersonName(t) && !AUTHORITY.test(c.key);
      if (inList && (/^[-+•~]/.test(t) || /^luu\b/.test(c.key.trim()) || continues || undashed)) {
        const name = trailingName(c);
        const sig = name ? null : trailingSignature(c);
        if (name) {
          noiNhanCells.push(name.item);
          signatureCells.push(name.name);
          sawName = true;
        } else if (sig) {
          noiNhanCells.push(sig.item);
          signatureCells.push(sig.sig);
        } else noiNhanCells.push(c);
        consumed = true;
        continue;
      }
    }
    if (!consumed) {
      // a seal's or a signature's specks read as short bits ("tieehs", "ING", "SA", "0") between a
      // title and its name, or above a list still to come: skipped, not the closing's end
      const lastSig = signatureCells[signatureCells.length - 1];
      const awaitsName = lastSig !== undefined && !isPersonName(lastSig.text.trim());
      if ((awaitsName || noiNhanLine > i) && signatureCells.length > 0 && l.cells.every((c) => c.text.trim().length <= 8)) continue;
      // a signature standing above its list (a scan's row of blocks, "KT. CHÁNH ÁN KT. VIỆN
      // TRƯỞNG KT. BỘ TRƯỞNG", read onto one line, then "Nơi nhận:" under it): what no rule took
      // between them (the bodies' names run together, the names as the scan read them) is
      // skipped, not the closing's end, so the list below is still read
      if (noiNhanLine > i && noiNhanLine - i <= 10 && signatureCells.length > 0 && !inList) continue;
      if (sawName || (signatureCells.length > 0 && !inList)) break;
      if (!inList && signatureCells.length === 0) break;
    }
    if (signatureCells.some((c) => c.line === i && isPersonName(c.text))) sawName = true;
    closingEnd = i + 1;
    if (sawName && inList && noiNhanDone(noiNhanCells)) {
      // both parts seen; stop at the first line that is neither (a second block's name, under its
      // title with no blank line between, is still its part)
      const next = lines[i + 1];
      const awaitsName = signatureCells.length > 0 && !isPersonName(signatureCells[signatureCells.length - 1]!.text.trim());
      if (next && next.cells.length && !next.cells.some((c) => /^[-+•]/.test(c.text) || isSignatureCell(c) || (awaitsName && isPersonName(c.text.trim())))) break;
    }
  }

  const sections = sectionTree(lines, bodyStart, bodyEnd);
  // A decision that issues a plan or regulation "kèm theo" carries it after its own signature:
  // the annex's sections are part of the document (its tasks live there).
  const annex = annexStart(lines, closingStart, n);
  if (annex !== null) {
    // the closing scan may have run into the annex: cut it at the annex title
    closingEnd = Math.min(closingEnd, annex.title);
    for (const list of [signatureCells, noiNhanCells]) {
      for (let k = list.length - 1; k >= 0; k--) if (list[k]!.line >= annex.title) list.splice(k, 1);
    }
    const annexEnd = lines.findIndex((l, i) => i > annex.body && l.cells.some((c) => NOI_NHAN.test(c.key)));
    const offset = sections.length;
    for (const sct of sectionTree(lines, annex.body, annexEnd > annex.body ? annexEnd : n)) {
      sections.push({ ...sct, parent: sct.parent === null ? null : sct.parent + offset });
    }
  }
  return {
    lines,
    docStart,
    headerEnd,
    salutation,
    bodyStart,
    bodyEnd,
    closingStart,
    closingEnd,
    noiNhanLine,
    signatureCells,
    noiNhanCells,
    quocHieu,
    partyHeading,
    youthHeading,
    rightCol,
    sections,
  };
}

/**
 * An annex after the closing: a title line, then "(Ban hành kèm theo …)" or "(Ban hành theo
 * Quyết định số …)"; its title and body lines. The title may be in lower case: TCVN3 headings
 * were set in a capitals-only font (.VnTimeH), whose bytes are the lower-case letters.
 */
function annexStart(lines: Line[], from: number, to: number): { title: number; body: number } | null {
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (!isDocTypeTitle(l.text.trim(), true)) continue;
    // "(Ban hành kèm theo …)" under the title and its subject: up to 8 filled lines down, as a
    // long subject wrapped at a PDF's width takes 4 or 5 lines
    for (let j = i + 1, filled = 0; j < to && filled < 8; j++) {
      if (lines[j]!.cells.length === 0) continue;
      filled++;
      if (/\(?\s*(?:ban hanh )?kem theo (?:quyet dinh|nghi quyet|chi thi|cong van|ke hoach)|\(\s*ban hanh theo (?:quyet dinh|nghi quyet)/.test(lines[j]!.key)) return { title: i, body: j + 1 };
    }
  }
  return null;
}

/** A line that opens the body after Kính gửi ("Căn cứ …", "Thực hiện …", "1.", "I."), not an addressee. */
function opensBody(t: string): boolean {
  return /^(?:Căn cứ|Thực hiện|Theo|Ngày|Để|Nhằm)(?![\p{L}\d])/u.test(t) || /^\d+\.|^[IVX]+\./.test(t);
}

function inListItemContinuation(c: Cell, list: Cell[]): boolean {
  const last = list[list.length - 1];
  if (!last) return false;
  // a capitalised continuation line of a list item ("Tài chính, Thuế tỉnh;") sits under it
  return last.line === c.line - 1 && !/[;.]$/.test(last.text.trim()) && Math.abs(last.col - c.col) <= 3;
}

/**
 * The archive item of Nơi nhận with the signer's name run onto it: a scan read without its
 * column gap puts the name printed at the bottom right on the list's last line ("- Lưu Văn
 * phòng Trung ương Đảng. Trần Cẩm Tú"). Split at the item's own end mark.
 */
function trailingName(c: Cell): { item: Cell; name: Cell } | null {
  if (!/^[-+•~]?\s*luu\b/.test(c.key.trim())) return null;
  const m = /[.;]\s+(\S+(?:\s\S+){1,5})\s*$/u.exec(c.text);
  if (!m || !isPersonName(m[1]!)) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  const cut = m.index + 1;
  return { item: subCell(c, 0, cut), name: subCell(c, at, at + m[1]!.length) };
}

/**
 * A list item with the signature column's line run onto it, once an export squeezed the column
 * gap to one space: "- Như trên (t/h); PHÓ BÍ THƯ", "- Như trên; KT. CHỦ TỊCH", a Party list's
 * "- Ban Bí thư (để b/c), BÍ THƯ". Split after the item's own end mark when what follows is a
 * signature line in capitals.
 */
function trailingSignature(c: Cell): { item: Cell; sig: Cell } | null {
  // (a scan's speck may stand before it: "- Như trên; os KT. TRƯỞNG BAN …")
  const m = /[;.,]\s+(?:\p{Ll}{1,2}\s+)?(\p{Lu}[^;]*)$/u.exec(c.text);
  if (!m || !isUpper(m[1]!)) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  const sig = subCell(c, at, at + m[1]!.trimEnd().length);
  return isSignatureCell(sig) ? { item: subCell(c, 0, m.index + 1), sig } : null;
}

/** What follows the "Nơi nhận:" label in its cell, as a cell of its own, or null. */
function labelRest(c: Cell): Cell | null {
  const m = NOI_NHAN.exec(c.key)!;
  const lead = c.text.slice(m[0].length);
  const at = m[0].length + (lead.length - lead.trimStart().length);
  if (at >= c.text.trimEnd().length) return null;
  return subCell(c, at);
}

// (not "Lưu ý:", a note in the body)
const LUU_LINE = /^[-+•~]?\s*luu\b(?!\s*y\b)\s*:?/;
const TRAILING_AUTHORITY = /(?:^|\s)((?:TM|KT|TL|TUQ|T\/M)\.\s*\p{Lu}[^;]*)$/u;

/**
 * The first item line of a Nơi nhận list whose label is lost (a "Lưu:" line under two or more "- …"
 * items, lower-case continuations between them, after the end mark), and the line of its lost
 * label right above it (-1 when there is none), or null.
 */
function unlabelledList(lines: Line[], endMark: number): { label: number; first: number } | null {
  const n = lines.length;
  let luu = -1;
  for (let i = n - 1; i >= Math.max(0, n - 60, endMark + 1); i--) {
    if (lines[i]!.text.length < 120 && LUU_LINE.test(lines[i]!.key.trim())) {
      luu = i;
      break;
    }
  }
  if (luu < 0) return null;
  let first = -1;
  let items = 0;
  for (let j = luu - 1; j > endMark && j >= luu - 40; j--) {
    const t = lines[j]!.text.trim();
    if (t === '') continue;
    if (/^[-+•~]/.test(t)) {
      items++;
      first = j;
    } else if (!/^\p{Ll}/u.test(t)) break;
  }
  if (items < 2) return null;
  let label = -1;
  for (let j = first - 1; j > endMark && j >= first - 3; j--) {
    const t = lines[j]!.text.trim();
    if (t === '') continue;
    if (t.length < 80 && !/[.;]$/.test(t)) label = j;
    break;
  }
  return { label, first };
}

function noiNhanDone(list: Cell[]): boolean {
  return list.some((c) => /^[-+•]?\s*luu\b/.test(c.key.trim()));
}

/** The header continues through the type title and its subject lines. */
function extendHeaderBlock(lines: Line[], from: number, limit: number): number {
  let end = from;
  // a type title ("QUYẾT ĐỊNH") within a few lines, then its subject lines up to a blank or a body line
  for (let i = from; i < Math.min(limit, from + 8); i++) {
    const t = lines[i]!.text.trim();
    if (t === '') continue;
    // a body sentence before any title: the header is over ("Quy trình gồm năm bước như sau."),
    // and so it is at a section's label ("I. MỤC ĐÍCH"; a table's "STT" under it is no title)
    if (t.length > 20 && /\p{Ll}/u.test(t) && /[.:;]$/.test(t)) break;
    if (/^(?:[IVX]+|\d+)[.)]\s/u.test(t)) break;
    if (/^(?:\p{Lu}[\p{Lu} ,]*)$/u.test(t) && t.length <= 40 && !/:$/.test(t)) {
      let j = i + 1;
      let seen = 0;
      while (j < lines.length && j < i + 10) {
        const u = lines[j]!.text.trim();
        if (u === '') {
          if (seen > 0) break;
          j++;
          continue;
        }
        if (/^(căn cứ|thực hiện|theo|xét|để|nhằm|trong|ngày|tại|qua|sau)(?![\p{L}])/iu.test(u) || /^[-+•]\s*căn cứ/iu.test(u)) break;
        if (/^(?:\d+|[IVX]+)\.\s/.test(u)) break;
        seen++;
        j++;
        if (/[.:;]$/.test(u) && !/^(về|v\/v)/iu.test(u)) break;
      }
      end = j;
      break;
    }
  }
  return end;
}
