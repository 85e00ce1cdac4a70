// OCR of page images. Two engines give the same output (words with boxes): the system
// `tesseract` when it has Vietnamese data (faster; OMP_THREAD_LIMIT=1 because OpenMP contention
// doubles its time on small machines), else tesseract.js with the `vie` model shipped by
// @tesseract.js-data/vie, which works offline right after `npm ci`.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VanbanError } from '../errors.js';
import type { Positioned } from './layout.js';

export type OcrEngineName = 'tesseract' | 'tesseract.js';

export interface OcrEngine {
  name: OcrEngineName;
  /** Words of a PNG image with their boxes in pixels. */
  words(png: Buffer): Promise<Positioned[]>;
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

/** Parses tesseract's TSV output (level 5 rows are words). */
export function parseTsv(tsv: string): Positioned[] {
  const words: Positioned[] = [];
  for (const line of tsv.split('\n')) {
    const f = line.split('\t');
    if (f[0] !== '5' || f.length < 12) continue;
    const text = f.slice(11).join('\t').trim();
    const conf = Number(f[10]);
    if (!text || conf < 0) continue;
    const [x, y, w, h] = [Number(f[6]), Number(f[7]), Number(f[8]), Number(f[9])];
    words.push({ str: text, x, w, cy: y + h / 2, h: Math.max(1, h) });
  }
  return words;
}

const systemEngine: OcrEngine = {
  name: 'tesseract',
  async words(png) {
    const dir = await mkdtemp(join(tmpdir(), 'vanban-ocr-'));
    try {
      const img = join(dir, 'page.png');
      await writeFile(img, png);
      const tsv = await run('tesseract', [img, 'stdout', '-l', 'vie', '--psm', '3', 'tsv'], { ...process.env, OMP_THREAD_LIMIT: '1' }, 120_000);
      return parseTsv(tsv);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

// One tesseract.js worker per process, created on first use and reused (init costs ~0.4 s).
let jsWorker: Promise<{ recognize: (img: Buffer, o: object, out: object) => Promise<{ data: JsPage }>; terminate: () => Promise<unknown> }> | null = null;
interface JsWord { text: string; bbox: { x0: number; y0: number; x1: number; y1: number } }
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
  async words(png) {
    const w = await tesseractJsWorker();
    const r = await w.recognize(png, {}, { blocks: true, text: false });
    const words: Positioned[] = [];
    for (const b of r.data.blocks ?? []) {
      for (const p of b.paragraphs) {
        for (const l of p.lines) {
          for (const wd of l.words) {
            const t = wd.text.trim();
            if (!t) continue;
            const h = Math.max(1, wd.bbox.y1 - wd.bbox.y0);
            words.push({ str: t, x: wd.bbox.x0, w: wd.bbox.x1 - wd.bbox.x0, cy: (wd.bbox.y0 + wd.bbox.y1) / 2, h });
          }
        }
      }
    }
    return words;
  },
};

/** Frees the tesseract.js worker, so a short-lived process can exit. */
export async function closeOcr(): Promise<void> {
  const w = jsWorker;
  jsWorker = null;
  if (w) await (await w.catch(() => null))?.terminate();
}

export async function getOcrEngine(choice: true | OcrEngineName): Promise<OcrEngine> {
  if (choice === 'tesseract') {
    if (!(await systemTesseractAvailable())) throw new VanbanError('OCR_UNAVAILABLE', 'system tesseract with Vietnamese data (tesseract-ocr-vie) is not installed');
    return systemEngine;
  }
  if (choice === 'tesseract.js') return jsEngine;
  return (await systemTesseractAvailable()) ? systemEngine : jsEngine;
}
