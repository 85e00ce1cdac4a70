// HTML → text in reading order: a tolerant tag tokenizer builds a light tree, blocks become
// lines, and a table row lays its cells side by side (line i of each cell, joined by a tab), so
// a two-column header comes out as the wide-gap cells the segmenter reads. Linear in the input.

interface El {
  tag: string;
  children: (El | string)[];
  attrs: string;
}

const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source', 'param', 'embed', 'track']);
const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'iframe', 'object', 'button', 'select', 'nav', 'footer', 'form']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'aside', 'blockquote', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'address', 'figure', 'figcaption', 'center', 'body', 'html', 'caption',
]);
// Closing one of these closes what is still open inside it (unclosed <p>, <li>, <td>).
const SCOPES = new Set(['table', 'tr', 'td', 'th', 'ul', 'ol', 'div', 'body', 'html', 'li', 'section', 'article', 'main', 'blockquote']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', bull: '•', middot: '·', shy: '', zwnj: '', zwj: '' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

export function parseHtml(html: string): El {
  const root: El = { tag: '#root', children: [], attrs: '' };
  const stack: El[] = [root];
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>/g;
  let last = 0;
  let skipUntil: string | null = null;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (skipUntil) {
      if (m[0][1] === '/' && m[1]?.toLowerCase() === skipUntil) skipUntil = null;
      last = re.lastIndex;
      continue;
    }
    if (m.index > last) stack[stack.length - 1]!.children.push(html.slice(last, m.index));
    last = re.lastIndex;
    const name = m[1]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction
    const closing = m[0][1] === '/';
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(name);
      if (at > 0) {
        // Do not let a stray </p> close a table cell it was not opened in.
        const crossesScope = stack.slice(at + 1).some((e) => SCOPES.has(e.tag)) && !SCOPES.has(name);
        if (!crossesScope) stack.length = at;
      }
      continue;
    }
    if (SKIP.has(name)) {
      if (!m[0].endsWith('/>')) skipUntil = name;
      continue;
    }
    // Implied ends: a new <p>, <li>, <tr> or cell closes the previous one.
    const top = stack[stack.length - 1]!;
    if ((name === 'p' || name === 'li' || name === 'tr' || name === 'td' || name === 'th') && top.tag === name) stack.pop();
    if ((name === 'td' || name === 'th') && (stack[stack.length - 1]!.tag === 'td' || stack[stack.length - 1]!.tag === 'th')) stack.pop();
    if (name === 'tr') {
      while (stack.length > 1 && ['td', 'th', 'tr', 'p'].includes(stack[stack.length - 1]!.tag)) stack.pop();
    }
    const el: El = { tag: name, children: [], attrs: m[2] ?? '' };
    stack[stack.length - 1]!.children.push(el);
    if (!VOID.has(name) && !m[0].endsWith('/>')) stack.push(el);
    if (stack.length > 64) stack.length = 64; // pathological nesting: flatten, stay linear
  }
  if (!skipUntil && last < html.length) stack[stack.length - 1]!.children.push(html.slice(last));
  return root;
}

/** Text of a subtree: blocks on their own lines, table rows side by side. */
function render(node: El | string, out: string[], depth = 0): void {
  if (typeof node === 'string') {
    out.push(decodeEntities(node.replace(/[ \t\r\n\f]+/g, ' ')));
    return;
  }
  const t = node.tag;
  if (t === 'br') {
    out.push('\n');
    return;
  }
  if (t === 'hr') {
    out.push('\n');
    return;
  }
  if (t === 'table') {
    out.push('\n');
    const rows = tableRows(node);
    // A data table (a row of 3+ filled cells: "STT | Nội dung | Cơ quan chủ trì | …") keeps every
    // column, empty or spanned ones as empty cells, so a row's cells stay under their headings; a
    // layout table (a header beside a logo or a spacer) is read as before. Told by its shape
    // before any cell is rendered: each cell's text is rendered once (nested tables).
    const isGrid = rows.some((r) => r.children.filter(isCell).filter(hasText).length >= 3) && cellGrid(rows, NO_LINES) !== null;
    if (isGrid) out.push(cellGrid(rows, (cell) => cellLines(cell, depth + 1))!.map(rowText).filter(Boolean).join('\n'));
    else for (const c of node.children) render(c, out, depth + 1);
    out.push('\n');
    return;
  }
  if (t === 'tbody' || t === 'thead' || t === 'tfoot') {
    out.push('\n');
    for (const c of node.children) render(c, out, depth + 1);
    out.push('\n');
    return;
  }
  if (t === 'tr') {
    // a layout row: its empty cells are dropped, so the filled ones stand side by side
    out.push('\n');
    out.push(rowText(node.children.filter(isCell).map((c) => cellLines(c, depth + 1)).filter((x) => x.length > 0)));
    out.push('\n');
    return;
  }
  const block = BLOCK.has(t) || t === 'td' || t === 'th';
  if (block) out.push('\n');
  for (const c of node.children) render(c, out, depth);
  if (block) out.push('\n');
}

const isCell = (c: El | string): c is El => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th');

/** Whether a cell holds any text (looked for among its first 2 000 nodes: a bounded walk). */
function hasText(cell: El): boolean {
  const stack: (El | string)[] = [cell];
  for (let seen = 0; stack.length && seen < 2000; seen++) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      if (/[^\s\u00a0]/.test(n) && decodeEntities(n).trim()) return true;
    } else if (!SKIP.has(n.tag)) for (const c of n.children) stack.push(c);
  }
  return false;
}

/** A table's rows, also those inside its thead/tbody/tfoot (not those of tables nested in cells). */
function tableRows(table: El): El[] {
  const rows: El[] = [];
  for (const c of table.children) {
    if (typeof c === 'string') continue;
    if (c.tag === 'tr') rows.push(c);
    else if (c.tag === 'tbody' || c.tag === 'thead' || c.tag === 'tfoot') for (const r of c.children) if (typeof r !== 'string' && r.tag === 'tr') rows.push(r);
  }
  return rows;
}

const COLSPAN = /\bcolspan\s*=\s*["']?(\d{1,4})/i;
const ROWSPAN = /\browspan\s*=\s*["']?(\d{1,4})/i;
/** A cell's colspan or rowspan, 1 when absent, at most `max` (a bogus "9999" stays bounded). */
function span(attrs: string, re: RegExp, max: number): number {
  return Math.min(Math.max(1, Number(re.exec(attrs)?.[1] ?? 1)), max);
}

/**
 * The table as a grid: row → column → the cell's lines (`linesOf`). A cell spanning columns
 * leaves empty cells in the columns it covers, so the next cells keep their columns; a cell
 * spanning rows is repeated in each (a lead body merged over three tasks leads each of them).
 * Null when wider than any data table (a page laid out in cells; it also bounds the walk).
 */
function cellGrid(rows: El[], linesOf: (cell: El) => string[]): string[][][] | null {
  // per column: the cell above that still covers it, and for how many more rows
  const covered: { rows: number; lines: string[] }[] = [];
  const grid: string[][][] = [];
  for (const row of rows) {
    const cells: string[][] = [];
    let col = 0;
    const fillCovered = () => {
      for (let c = covered[col]; c && c.rows > 0; c = covered[col]) {
        c.rows--;
        cells[col++] = c.lines;
      }
    };
    for (const cell of row.children.filter(isCell)) {
      fillCovered();
      const cols = span(cell.attrs, COLSPAN, MAX_COLUMNS);
      if (col + cols > MAX_COLUMNS) return null;
      const lines = linesOf(cell);
      const down = span(cell.attrs, ROWSPAN, 1000) - 1;
      for (let k = 0; k < cols; k++) {
        cells[col + k] = k === 0 ? lines : [];
        covered[col + k] = { rows: down, lines: k === 0 ? lines : [] };
      }
      col += cols;
    }
    for (; col < covered.length; col++) {
      const c = covered[col]!;
      cells[col] = c.rows > 0 ? c.lines : [];
      if (c.rows > 0) c.rows--;
    }
    grid.push(cells);
  }
  return grid;
}
/** No data table is wider. */
const MAX_COLUMNS = 40;
const NO_LINES = (): string[] => [];

/** A cell's lines, trimmed, blank ones dropped. */
function cellLines(cell: El, depth: number): string[] {
  return blockText(cell, depth).split('\n').map((l) => l.trim()).filter(Boolean);
}

/** A row as text: line i of each cell, joined by tabs (a row with one filled cell: its lines). */
function rowText(cells: string[][]): string {
  const filled = cells.filter((c) => c.length > 0);
  if (filled.length <= 1) return (filled[0] ?? []).join('\n');
  const n = filled.reduce((m, c) => Math.max(m, c.length), 0);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(cells.map((c) => c[i] ?? '').join('\t').replace(/\t+$/, ''));
  return lines.join('\n');
}

function blockText(node: El, depth: number): string {
  const out: string[] = [];
  for (const c of node.children) render(c, out, depth);
  return tidy(out.join(''));
}

function tidy(s: string): string {
  return s
    .replace(/[ ]*\n[ ]*/g, '\n')
    // One paragraph per line, as in a PDF's text: Word puts an empty paragraph between most
    // lines of a header, and blank lines there would cut the header's blocks apart.
    .replace(/\n{2,}/g, '\n')
    .replace(/^\n+|\n+$/g, '');
}

/** The readable text of an HTML document (or fragment), NFC. */
export function htmlToText(html: string): string {
  const root = parseHtml(html);
  // A saved web page: prefer its <main>/<article> or the largest content block when one exists.
  const main = findFirst(root, (e) => e.tag === 'main' || e.tag === 'article' || /\b(?:id|class)\s*=\s*["'][^"']*(?:content|noidung|toanvan|fulltext)/i.test(e.attrs));
  const out: string[] = [];
  render(main ?? root, out);
  return tidy(out.join('')).normalize('NFC');
}

function findFirst(node: El, pred: (e: El) => boolean): El | null {
  let lengths: Map<El, number> | null = null; // counted once, on the first candidate
  const queue: El[] = [node];
  for (let i = 0; i < queue.length; i++) {
    const e = queue[i]!;
    if (e !== node && pred(e) && (lengths ??= textLengths(node)).get(e)! > 200) return e;
    for (const c of e.children) if (typeof c !== 'string') queue.push(c);
  }
  return null;
}

/**
 * The text length (trimmed strings) under every element of the tree, in one pass: asking each
 * candidate for its own subtree was quadratic in nested candidates (50 000 nested
 * '<div class="content">' in 1 MB).
 */
function textLengths(root: El): Map<El, number> {
  const len = new Map<El, number>();
  // elements in pre-order; summed in reverse, every child is counted before its parent
  const order: El[] = [];
  const stack: El[] = [root];
  while (stack.length) {
    const e = stack.pop()!;
    order.push(e);
    for (const c of e.children) if (typeof c !== 'string') stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const e = order[i]!;
    let n = 0;
    for (const c of e.children) n += typeof c === 'string' ? c.trim().length : len.get(c)!;
    len.set(e, n);
  }
  return len;
}

