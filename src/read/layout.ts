// Positioned text (PDF text items, OCR words) → lines in reading order. Items whose vertical
// centres agree form one line, sorted by x; a horizontal gap wider than two line heights is a
// column gap and becomes a tab, so a two-column header comes out as two cells on shared lines
// whatever order the PDF stored it in (left block first, right block first, or interleaved).

export interface Positioned {
  str: string;
  /** Left edge and width, any unit shared by the page. */
  x: number;
  w: number;
  /** Vertical centre, growing downwards, and glyph height. */
  cy: number;
  h: number;
  /** Text filled into a blank (a stamped serial or day): joined to its line with single spaces. */
  glue?: boolean;
}

export interface LaidOutPage {
  text: string;
}

/** A horizontal gap wider than this many line heights separates two columns. */
export const COLUMN_GAP = 2.0;
const WORD_GAP = 0.12;

export function layoutLines(items: Positioned[]): LaidOutPage {
  const usable = items.filter((it) => it.h > 0 && Number.isFinite(it.x) && Number.isFinite(it.cy) && it.str.length > 0);
  if (usable.length === 0) return { text: '' };
  usable.sort((a, b) => a.cy - b.cy || a.x - b.x);
  const lines: Positioned[][] = [];
  let cur: Positioned[] = [];
  let curCy = 0;
  let curH = 0;
  let weight = 0;
  for (const it of usable) {
    const blank = it.str.trim() === '';
    if (cur.length > 0 && Math.abs(it.cy - curCy) <= 0.5 * Math.max(curH, it.h)) {
      cur.push(it);
      if (!blank) {
        // running centre: the mean of all the line's glyphs, weighted towards the taller ones
        // (body text over superscripts). A mean over the last item only let a right-column line
        // set a little lower pull the centre down item by item until the next left line joined.
        curCy = (curCy * weight + it.cy * it.h) / (weight + it.h);
        weight += it.h;
        curH = Math.max(curH, it.h);
      }
    } else {
      if (cur.length) lines.push(cur);
      cur = [it];
      curCy = it.cy;
      curH = it.h;
      weight = blank ? 0 : it.h;
    }
  }
  if (cur.length) lines.push(cur);

  const out: string[] = [];
  let prevCy: number | null = null;
  let prevH = 0;
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    const h = line.reduce((m, i) => Math.max(m, i.h), 0);
    const cy = line.reduce((s, i) => s + i.cy, 0) / line.length;
    if (prevCy !== null && cy - prevCy > 2.2 * Math.max(h, prevH)) out.push('');
    let s = '';
    let end = -Infinity;
    let glued = false;
    for (const it of line) {
      const gap = it.x - end;
      if (it.str.trim() === '') {
        // A blank item that bridges a wide gap (tab stops) marks a column break.
        if (it.w > COLUMN_GAP * h && s && !s.endsWith('\t')) s += '\t';
        else if (s && !/\s$/.test(s)) s += ' ';
        end = Math.max(end, it.x + it.w);
        continue;
      }
      // A footnote mark (a small raised number) is not part of the word it follows ("KHTC¹").
      const superscript = /^[\d*]{1,3}$/.test(it.str) && it.h < 0.75 * h && it.cy < cy - 0.1 * h;
      if (s && superscript) {
        s = `${s.replace(/\s+$/, '')} `;
      } else if (s && it.glue) {
        s = `${s.replace(/\s+$/, '')} `;
      } else if (s && glued) {
        // after a filled blank: "193" + "/UBND-KT" stays one number, "10" + "tháng" two words
        s = s.replace(/\s+$/, '') + (/^[/\-–]/.test(it.str) ? '' : ' ');
      } else if (s) {
        if (gap > COLUMN_GAP * h) s = `${s.replace(/ +$/, '')}\t`;
        else if (gap > WORD_GAP * h && !/\s$/.test(s)) s += ' ';
      }
      s += it.str;
      glued = it.glue === true;
      end = Math.max(end, it.x + it.w);
    }
    out.push(s.replace(/\s+$/, ''));
    prevCy = cy;
    prevH = h;
  }
  return { text: out.join('\n') };
}

/**
 * True when a page's text layer is missing or unusable: almost no letters, or mostly characters
 * that are neither Vietnamese letters, digits nor punctuation (a broken font map).
 */
export function poorTextLayer(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 40) return true;
  const good = compact.match(/[\p{Script=Latin}\d.,;:()/\-–"'“”%§µ¸¹²³ºª«¬®°±´·¼½¾¿×÷−∙μ]/gu)?.length ?? 0;
  return good / compact.length < 0.6;
}
