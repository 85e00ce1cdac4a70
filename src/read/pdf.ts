// PDF: text from pdf.js positioned items (pdfjs-dist 5.4.296, the copy pdf-parse 2.4.5 pins),
// laid out into lines by position; pages without a usable text layer go to OCR. pdf.js font
// eval stays off (isEvalSupported: false; CVE-2024-4367 defence in depth). Signed state PDFs
// often carry the number and day in a signature stamp drawn over the blank "Số:    /UBND-KT":
// those stamps are rendered and read too, so the record gets the number a reader sees.
import { VanbanError } from '../errors.js';
import { cellOf, layoutLines, poorTextLayer, type Positioned } from './layout.js';
import { getOcrEngine, type OcrEngine } from './ocr.js';
import { imageRulings } from './image-rulings.js';
import { mergedCells, pageRulings, scaleGrid, tableGrids, type MergedCell, type TableGrid } from './rulings.js';
import type { PageRange, ReaderWarning, ReadOptions } from './types.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDoc = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDoc['getPage']>>;

export interface PdfText {
  text: string;
  pages: PageRange[];
  ocr: boolean;
  warnings: ReaderWarning[];
}

let pdfjsPromise: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

/** Glyph maps some Vietnamese fonts get wrong, where the fix is unambiguous. */
export function repairGlyphs(s: string): string {
  // "ƣ" (U+01A3, latin oi) never occurs in Vietnamese: it is "ư" from a broken ToUnicode map.
  return s.replace(/ƣ/g, 'ư').replace(/Ƣ/g, 'Ư');
}

async function openPdf(buf: Buffer, password: string | undefined): Promise<{ pdfjs: PdfJs; doc: PdfDoc }> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(buf), // a copy: pdf.js detaches what it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(password !== undefined ? { password } : {}),
  });
  try {
    return { pdfjs, doc: await task.promise };
  } catch (e) {
    await task.destroy().catch(() => {});
    const name = (e as { name?: string })?.name ?? '';
    const msg = e instanceof Error ? e.message : String(e);
    if (name === 'PasswordException') throw new VanbanError('ENCRYPTED', `the PDF is password-protected (${msg})`, { cause: e });
    throw new VanbanError('CORRUPT_FILE', `not a readable PDF: ${msg}`, { cause: e });
  }
}

async function pageItems(page: PdfPage): Promise<Positioned[]> {
  const vp = page.getViewport({ scale: 1 });
  const tc = await page.getTextContent();
  const items: Positioned[] = [];
  const [va, vb, vc, vd, ve, vf] = vp.transform as number[];
  for (const it of tc.items) {
    if (!('str' in it)) continue;
    // the item's matrix on the page as shown (viewport: PDF space, y up → page space, y down, and
    // the page's /Rotate), so a landscape page drawn rotated reads as upright text
    const [a, b, c, d, e, f] = it.transform as number[];
    const ma = va! * a! + vc! * b!;
    const mb = vb! * a! + vd! * b!;
    const md = vb! * c! + vd! * d!;
    if (Math.abs(mb) > Math.abs(ma)) continue; // vertical text: margins, stamps
    const h = Math.abs(md) || it.height;
    const x = va! * e! + vc! * f! + ve!;
    const baseline = vb! * e! + vd! * f! + vf!;
    items.push({ str: it.str, x, w: it.width, cy: baseline - h / 2, h });
  }
  return items;
}

/**
 * A page worth looking for ruled tables on: it has a numbered table's "STT" header cell. The
 * drawn lines cost a second pass over the page's content (about as long as reading its text), so
 * plain pages are not searched; a page after one with a table is (the table may run on).
 */
const TABLE_HINT = /(?:^|\t)(?:STT|Stt|TT|Số TT|SỐ TT)\b/m;

async function pageTables(pdfjs: PdfJs, page: PdfPage): Promise<TableGrid[]> {
  const ol = await page.getOperatorList();
  return tableGrids(pageRulings(ol.fnArray, ol.argsArray, pdfjs.OPS, page.getViewport({ scale: 1 }).transform));
}

type Canvas = import('@napi-rs/canvas').Canvas;

async function renderPage(pdfjs: PdfJs, page: PdfPage, dpi: number): Promise<{ canvas: Canvas; scale: number }> {
  let canvasMod: typeof import('@napi-rs/canvas');
  try {
    canvasMod = await import('@napi-rs/canvas');
  } catch (e) {
    throw new VanbanError('OCR_UNAVAILABLE', `cannot render PDF pages: @napi-rs/canvas is not installed (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  const scale = dpi / 72;
  const vp = page.getViewport({ scale });
  const canvas = canvasMod.createCanvas(Math.ceil(vp.width), Math.ceil(vp.height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({
    canvasContext: ctx as never,
    canvas: canvas as never,
    viewport: vp,
    annotationMode: pdfjs.AnnotationMode.ENABLE, // draw signature stamps too
  }).promise;
  return { canvas, scale };
}

/** A region of a rendered page as PNG (the stamps are cut from the page already drawn), enlarged `zoom` times. */
async function cropPng(page: Canvas, x: number, y: number, w: number, h: number, zoom = 1): Promise<Buffer> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const c = createCanvas(Math.max(1, Math.round(w * zoom)), Math.max(1, Math.round(h * zoom)));
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.drawImage(page, x, y, w, h, 0, 0, w * zoom, h * zoom);
  return c.encodeSync('png');
}

// The number line of a scan's header: "Số" (OCR may drop its marks) and what follows it in its cell.
const SERIAL_LINE = /^(S[ốỐoô])(?![\p{L}])[^\t]*/u;
// What a re-read must give: "Số", then a serial and a symbol ("Số 336-QĐ/TW", "Số: 12/KH-UBND").
const SERIAL_READ = /^S[ốỐoô]\s*:?\s*(\d{1,6}\s*[-/]\s*[^\s]{2,40})/u;
/** The share of the page's width a header's number cell takes at most, from the "Số" on. */
const SERIAL_CELL = 0.3;

/**
 * A scan's number line with no digit in its cell ("Số .-": the serial OCR'd as specks, when a
 * mark above it, the Party heading's "*", ran into its box) is read again alone: the line cut
 * from the page and enlarged twice, as one line. The page's OCR is kept unless the re-read gives
 * a serial and a symbol. Page 1, the header band only.
 */
export async function rereadSerial(engine: OcrEngine, canvas: Canvas, items: Positioned[]): Promise<Positioned[] | null> {
  const at = items.findIndex((it) => it.cy < canvas.height * 0.35 && SERIAL_LINE.test(it.str));
  if (at < 0) return null;
  const line = items[at]!;
  const cell = SERIAL_LINE.exec(line.str)![0];
  if (/\d/.test(cell)) return null;
  const x = Math.max(0, line.x - line.h);
  const w = Math.min(canvas.width - x, canvas.width * SERIAL_CELL + line.h);
  const y = Math.max(0, line.cy - 1.6 * line.h);
  const h = Math.min(canvas.height - y, 3.2 * line.h);
  const words = await engine.words(await cropPng(canvas, x, y, w, h, 2), { singleLine: true });
  const read = SERIAL_READ.exec(words.map((wd) => wd.str).join(' ').normalize('NFC'));
  if (!read) return null;
  const out = items.slice();
  out[at] = { ...line, str: `Số ${read[1]!.replace(/\s+/g, '')}${line.str.slice(cell.length)}` };
  return out;
}

/** A table's first column narrower than this (points) holds row numbers ("STT"). */
const NUMBER_COLUMN_PT = 60;

/**
 * A number cell's OCR text, with the misreadings of a lone "1" ("Ị", "l", "|", "]") and the marks
 * stuck to a number ("2_", "3.", "1 |") mended. A plain "I" stays: it may be a roman group label.
 */
export function rowNumberText(ocr: string): string {
  // (a border's remains beside it: "1 |", "_ 3")
  const t = ocr.replace(/^[\s|_'"`\[\]]+|[\s|_.,'"`\[\]]+$/g, '');
  return /^[\dỊÍÌỈlǀ|!\]]{1,3}$/u.test(t) && /[\dỊÍÌỈlǀ|!\]]/u.test(t) ? t.replace(/[ỊÍÌỈlǀ|!\]]/gu, '1') : t;
}

/**
 * A scanned table's number column and header, OCR'd cell by cell. On the whole page tesseract
 * drops most of a narrow "STT" column (a lone "1" beside a border) and garbles the bold, wrapped
 * header cells, while the table's rows are told by those numbers and its columns by that header.
 * A cell's own reading replaces the page's words in it when it has text. Only for a table whose
 * first column is narrow (a number column): other tables keep the page's reading.
 */
async function rereadCells(engine: OcrEngine, canvas: Canvas, scale: number, g: TableGrid, items: Positioned[]): Promise<Positioned[]> {
  if (g.xs[1]! - g.xs[0]! > NUMBER_COLUMN_PT * scale) return items;
  const pad = 3;
  let out = items;
  /** Reads one merged cell; `fix` mends its text (a number), else its words are kept as read. */
  const reread = async (m: MergedCell, fix?: (s: string) => string): Promise<string> => {
    const [x0, x1, y0, y1] = [g.xs[m.c0]!, g.xs[m.c1 + 1]!, g.ys[m.r0]!, g.ys[m.r1 + 1]!];
    // (as one block: as a single line tesseract reads a lone "1" as "Ộ")
    const words = await engine.words(await cropPng(canvas, x0 + pad, y0 + pad, x1 - x0 - 2 * pad, y1 - y0 - 2 * pad), { block: true, words: !fix });
    const text = words.map((w) => w.str).join(' ').trim();
    const str = fix ? fix(text) : text;
    if (!str) return '';
    // (the words layoutLines would gather into this cell)
    const inCell = (it: Positioned) => {
      const at = cellOf(g, it);
      return at !== null && at[0] >= m.r0 && at[0] <= m.r1 && at[1] >= m.c0 && at[1] <= m.c1;
    };
    const h = words.reduce((mx, w) => Math.max(mx, w.h), 0) || (y1 - y0) / 2;
    const mine = fix
      ? [{ str, x: x0 + pad, w: Math.min(x1 - x0 - 2 * pad, str.length * h * 0.6), cy: (y0 + y1) / 2, h }]
      : words.map((w) => ({ ...w, x: w.x + x0 + pad, cy: w.cy + y0 + pad }));
    out = [...out.filter((it) => !inCell(it)), ...mine];
    return str;
  };
  const cells = mergedCells(g);
  // the number column first: the header is what lies above the first numbered row
  let firstRow = g.ys.length;
  for (const m of cells.filter((c) => c.c0 === 0 && c.c1 === 0)) {
    const str = await reread(m, rowNumberText);
    if (firstRow === g.ys.length && /^\d{1,3}$/.test(str)) firstRow = m.r0;
  }
  for (const m of cells) if (m.c0 > 0 && m.r1 < firstRow) await reread(m);
  return out;
}

/**
 * The serial or day a stamp holds: its first run of digits, with the letters OCR confuses with
 * digits next to a digit read as digits ("0l" → "01"). Anything else is refused (null), so OCR
 * noise never enters the header.
 */
export function stampDigits(ocrText: string): string | null {
  const fixed = ocrText
    .replace(/(\d)[ ]?[lI|!]/g, '$11') // "0 Inăm" → "01năm"
    .replace(/[lI|!](?=\d)/g, '1')
    .replace(/(?<=\d)[Oo]|[Oo](?=\d)/g, '0');
  return /\d{1,6}/.exec(fixed)?.[0] ?? null;
}

/**
 * Text of signature stamps in the header band of page 1 (number, day), as positioned items.
 * Stamps are signature widgets whose appearance is drawn over the blanks of "Số:" and "ngày".
 */
async function stampItems(pdfjs: PdfJs, page: PdfPage, engine: OcrEngine, dpi: number): Promise<Positioned[]> {
  const vp = page.getViewport({ scale: 1 });
  const annots = (await page.getAnnotations()) as { subtype?: string; fieldType?: string; hasAppearance?: boolean; rect?: number[] }[];
  const stamps = annots.filter((a) => a.subtype === 'Widget' && a.fieldType === 'Sig' && a.hasAppearance && a.rect)
    .map((a) => {
      const [x1, y1, x2, y2] = vp.convertToViewportRectangle(a.rect!) as number[];
      return { x: Math.min(x1!, x2!), y: Math.min(y1!, y2!), w: Math.abs(x2! - x1!), h: Math.abs(y2! - y1!) };
    })
    // small stamps in the top 35% of the page: the number and date blanks, not the signature
    .filter((r) => r.y < vp.height * 0.35 && r.h < 60 && r.w < 120);
  if (stamps.length === 0) return [];
  const { canvas, scale } = await renderPage(pdfjs, page, dpi);
  const out: Positioned[] = [];
  for (const r of stamps) {
    const pad = 4 * scale;
    const crop = await cropPng(canvas, r.x * scale - pad, r.y * scale - pad, r.w * scale + 2 * pad, r.h * scale + 2 * pad);
    const words = await engine.words(crop, { singleLine: true });
    const m = stampDigits(words.map((w) => w.str).join(' '));
    if (m) out.push({ str: m, x: r.x + 2, w: r.w / 2, cy: r.y + r.h / 2, h: Math.min(r.h, 12), glue: true });
  }
  return out;
}

export async function readPdf(buf: Buffer, opts: ReadOptions & { maxPages: number; deadline?: number }): Promise<PdfText> {
  const { pdfjs, doc } = await openPdf(buf, opts.password);
  const warnings: ReaderWarning[] = [];
  const pages: PageRange[] = [];
  let text = '';
  let usedOcr = false;
  const ocrChoice = opts.ocr ?? true;
  const dpi = opts.ocrDpi ?? 300;
  let engine: OcrEngine | null = null;
  const ocrEngine = async () => (engine ??= await getOcrEngine(ocrChoice === false ? true : ocrChoice));
  try {
    const total = doc.numPages;
    const count = Math.min(total, opts.maxPages);
    if (count < total) warnings.push({ code: 'PAGES_SKIPPED', message: `read ${count} of ${total} pages (maxPages)` });
    const noText: number[] = [];
    let tableBefore = false;
    for (let n = 1; n <= count; n++) {
      // Cooperative stop at page boundaries, so a timed-out read frees the thread soon.
      if (opts.deadline !== undefined && Date.now() > opts.deadline) throw new VanbanError('TIMEOUT', `reading stopped at page ${n} of ${count}: over the time budget (timeoutMs)`);
      const page = await doc.getPage(n);
      let items = await pageItems(page);
      let pageText = layoutLines(items).text;
      // (the same words laid out by table cells are as poor or good: judged once)
      const poor = poorTextLayer(pageText);
      let tables: TableGrid[] = [];
      if (opts.tables !== false && !poor && (tableBefore || TABLE_HINT.test(pageText))) {
        try {
          tables = await pageTables(pdfjs, page);
        } catch (e) {
          warnings.push({ code: 'TABLE_RULINGS_FAILED', message: `page ${n}: could not read the lines of its tables (${e instanceof Error ? e.message : String(e)}); read line by line` });
        }
        if (tables.length) pageText = layoutLines(items, tables).text;
      }
      tableBefore = tables.length > 0;
      let ocr = false;
      if (poor) {
        if (ocrChoice === false) noText.push(n);
        else {
          const { canvas, scale } = await renderPage(pdfjs, page, dpi);
          // a scan's ruled tables: their borders are found in the image and painted out before
          // OCR; the words are then gathered by the grid's cells
          const ctx = canvas.getContext('2d');
          const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
          const grids = opts.tables === false ? [] : tableGrids(imageRulings(img.data, canvas.width, canvas.height, scale, true)).map((g) => scaleGrid(g, scale));
          if (grids.length) ctx.putImageData(img, 0, 0);
          const engine = await ocrEngine();
          // (encodeSync: @napi-rs/canvas before 1.0.6 can free a canvas the GC collects while its
          // async encode still runs on the thread pool, a SIGSEGV (Brooooooklyn/canvas #1314);
          // pdf-parse 2.4.5 pins 0.1.80, so the fixed release cannot be taken)
          items = await engine.words(canvas.encodeSync('png'), { words: grids.length > 0 });
          for (const g of grids) items = await rereadCells(engine, canvas, scale, g, items);
          if (n === 1 && !grids.length) {
            const reread = await rereadSerial(engine, canvas, items);
            if (reread) {
              items = reread;
              warnings.push({ code: 'OCR_SERIAL_REREAD', message: 'page 1: the number line had no digit in its cell; read again alone, enlarged' });
            }
          }
          pageText = layoutLines(items, grids).text;
          if (grids.length) warnings.push({ code: 'OCR_TABLES', message: `page ${n}: ${grids.length} ruled table(s) found in the scan, read cell by cell` });
          ocr = usedOcr = true;
        }
      } else if (n === 1 && ocrChoice !== false && /S[ốo]\s*:?\s*[/\\]/.test(pageText.slice(0, 3000))) {
        // A blank serial in the text layer: the stamp may hold it.
        try {
          const stamped = await stampItems(pdfjs, page, await ocrEngine(), dpi);
          if (stamped.length) {
            pageText = layoutLines([...items, ...stamped], tables).text;
            warnings.push({ code: 'STAMP_OCR', message: `read ${stamped.length} signature stamp(s) on page 1 by OCR (number/day filled in after signing)` });
          }
        } catch (e) {
          warnings.push({ code: 'STAMP_OCR_FAILED', message: `could not read the signature stamps: ${e instanceof Error ? e.message : String(e)}` });
        }
      }
      page.cleanup();
      pageText = repairGlyphs(pageText.normalize('NFC'));
      if (text) text += '\n\n';
      const start = text.length;
      text += pageText;
      pages.push({ number: n, start, end: text.length, ...(ocr ? { ocr: true } : {}) });
      opts.onPage?.(n, count);
    }
    if (noText.length) {
      warnings.push({
        code: 'NO_TEXT_LAYER',
        message: `page(s) ${noText.join(', ')} have no usable text layer and OCR is off (ocr: false): their text is missing`,
      });
    }
  } finally {
    await doc.destroy().catch(() => {});
  }
  return { text, pages, ocr: usedOcr, warnings };
}
