// OCR of page images. Two engines give the same output (words with boxes): the system
// `tesseract` when it has Vietnamese data (faster; OMP_THREAD_LIMIT=1 because OpenMP contention
// doubles its time on small machines), else tesseract.js with the `vie` model shipped by
// @tesseract.js-data/vie, which works offline right after `npm ci`.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VanbanError } from '../errors.js';
import { COLUMN_GAP, type Positioned } from './layout.js';

export type OcrEngineName = 'tesseract' | 'tesseract.js';

export interface OcrEngine {
  name: OcrEngineName;
  /**
   * Text lines of a PNG image with their boxes in pixels (one item per OCR line); with `words`,
   * one item per word (a table's cells gather them: a line may run across cells); `block` reads
   * the image as one block of text (a table cell), `singleLine` as one line.
   */
  words(png: Buffer, opts?: { singleLine?: boolean; words?: boolean; block?: boolean }): Promise<Positioned[]>;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { env, timeout, maxBuffer: 64 << 20 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

let systemProbe: Promise<boolean> | null = null;
/** Whether `tesseract` is on PATH with the `vie` language. Probed once per process. */
export function systemTesseractAvailable(): Promise<boolean> {
  systemProbe ??= run('tesseract', ['--list-langs'], process.env, 10_000)
    .then((out) => /^vie$/m.test(out))
    .catch(() => false);
  return systemProbe;
}

/**
 * Parses tesseract's TSV output into its text lines (words grouped by block/paragraph/line).
 * Tesseract's own lines are kept: regrouping words by height would interleave two lines of a
 * slightly skewed scan.
 */
export function parseTsv(tsv: string, words = false): Positioned[] {
  const lines = new Map<string, OcrWord[]>();
  for (const line of tsv.split('\n')) {
    const f = line.split('\t');
    if (f[0] !== '5' || f.length < 12) continue;
    const text = f.slice(11).join('\t').trim();
    if (!text || Number(f[10]) < 0) continue;
    const [x, y, w, h] = [Number(f[6]), Number(f[7]), Number(f[8]), Number(f[9])];
    const key = `${f[2]}.${f[3]}.${f[4]}`;
    if (!lines.has(key)) lines.set(key, []);
    lines.get(key)!.push({ text, x0: x, y0: y, x1: x + w, y1: y + h, conf: Number(f[10]) });
  }
  return words ? wordItems([...lines.values()].flat()) : [...lines.values()].map(lineItem);
}

/**
 * One item per word, without tesseract's stray marks: a bold letter's tone mark read as "N" or
 * "T", a fraction of a line high and with little confidence, would stand as a word of its own.
 */
function wordItems(all: OcrWord[]): Positioned[] {
  const heights = all.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
  const median = heights[heights.length >> 1] ?? 0;
  return all.filter((w) => !((w.conf ?? 100) < 60 && w.y1 - w.y0 < 0.35 * median)).map((w) => lineItem([w]));
}

interface OcrWord {
  text: string;
  /** Tesseract's confidence, 0–100 (absent: not given). */
  conf?: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One OCR line as one positioned item; a wide gap inside it (two header columns) becomes a tab. */
export function lineItem(words: OcrWord[]): Positioned {
  words.sort((a, b) => a.x0 - b.x0);
  const heights = words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
  const h = Math.max(1, heights[Math.floor(heights.length / 2)]!);
  let str = '';
  let end = -Infinity;
  for (const w of words) {
    if (str) str += w.x0 - end > COLUMN_GAP * h ? '\t' : ' ';
    str += w.text;
    end = w.x1;
  }
  const x0 = words[0]!.x0;
  const x1 = words.reduce((m, w) => Math.max(m, w.x1), x0);
  const cy = words.reduce((s, w) => s + (w.y0 + w.y1) / 2, 0) / words.length;
  return { str, x: x0, w: x1 - x0, cy, h };
}

const systemEngine: OcrEngine = {
  name: 'tesseract',
  async words(png, opts) {
    const dir = await mkdtemp(join(tmpdir(), 'vanban-ocr-'));
    try {
      const img = join(dir, 'page.png');
      await writeFile(img, png);
      // psm 7: a stamp crop is one short line; page segmentation finds nothing in it
      const tsv = await run('tesseract', [img, 'stdout', '-l', 'vie', '--psm', opts?.singleLine ? '7' : opts?.block ? '6' : '3', 'tsv'], { ...process.env, OMP_THREAD_LIMIT: '1' }, 120_000);
      return parseTsv(tsv, opts?.words);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

// One tesseract.js worker per process, created on first use and reused (init costs ~0.4 s).
let jsWorker: Promise<{ recognize: (img: Buffer, o: object, out: object) => Promise<{ data: JsPage }>; terminate: () => Promise<unknown> }> | null = null;
interface JsWord { text: string; confidence?: number; bbox: { x0: number; y0: number; x1: number; y1: number } }
interface JsPage { blocks?: { paragraphs: { lines: { words: JsWord[] }[] }[] }[] | null }

async function tesseractJsWorker() {
  jsWorker ??= (async () => {
    let mod: typeof import('tesseract.js');
    let data: { langPath: string };
    try {
      mod = await import('tesseract.js');
      data = (await import('@tesseract.js-data/vie')).default as { langPath: string };
    } catch (e) {
      throw new VanbanError('OCR_UNAVAILABLE', `tesseract.js or @tesseract.js-data/vie is not installed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    // The best_int model reads diacritics better than the fast one (body CER 0.33%).
    const langPath = join(data.langPath, '..', '4.0.0_best_int');
    const createWorker = (mod as { createWorker: typeof import('tesseract.js').createWorker }).createWorker ?? (mod as unknown as { default: typeof import('tesseract.js') }).default.createWorker;
    const w = await createWorker('vie', 1, { langPath, gzip: true, cacheMethod: 'none' });
    return w as unknown as Awaited<NonNullable<typeof jsWorker>>;
  })();
  jsWorker.catch(() => {
    jsWorker = null;
  });
  return jsWorker;
}

const jsEngine: OcrEngine = {
  name: 'tesseract.js',
  async words(png, opts) {
    const w = await tesseractJsWorker();
    const r = await w.recognize(png, {}, { blocks: true, text: false });
    const words: Positioned[] = [];
    const all: OcrWord[] = [];
    for (const b of r.data.blocks ?? []) {
      for (const p of b.paragraphs) {
        for (const l of p.lines) {
          const ws = l.words.filter((wd) => wd.text.trim()).map((wd) => ({ text: wd.text.trim(), ...wd.bbox, ...(wd.confidence !== undefined ? { conf: wd.confidence } : {}) }));
          if (opts?.words) all.push(...ws);
          else if (ws.length) words.push(lineItem(ws));
        }
      }
    }
    return opts?.words ? wordItems(all) : words;
  },
};

/** Frees the tesseract.js worker, so a short-lived process can exit. */
export async function closeOcr(): Promise<void> {
  const w = jsWorker;
  jsWorker = null;
  if (w) await (await w.catch(() => null))?.terminate();
}

export async function getOcrEngine(choice: true | OcrEngineName): Promise<OcrEngine> {
  // VANBAN_OCR_ENGINE picks the engine when the caller did not (batch jobs, eval runs).
  const env = process.env.VANBAN_OCR_ENGINE;
  if (choice === true && (env === 'tesseract' || env === 'tesseract.js')) choice = env;
  if (choice === 'tesseract') {
    if (!(await systemTesseractAvailable())) throw new VanbanError('OCR_UNAVAILABLE', 'system tesseract with Vietnamese data (tesseract-ocr-vie) is not installed');
    return systemEngine;
  }
  if (choice === 'tesseract.js') return jsEngine;
  return (await systemTesseractAvailable()) ? systemEngine : jsEngine;
}
