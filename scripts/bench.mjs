// npm run bench: MB/s of the text pipeline over the fixtures, side by side in the same run with
// chrono-node's vi locale parsing only the dates of the same text; and time(10× text) / time(text).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { extract } from '../dist/index.js';

const dirs = ['fixtures/seeds', '../shared/corpus'].filter(existsSync);
const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
const vi = chrono.vi ?? chrono;

function time(fn, minMs = 1500) {
  fn();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) { fn(); n++; }
  return (performance.now() - t0) / n;
}
const ours = time(() => { for (const t of texts) extract(t); });
const peer = time(() => { for (const t of texts) vi.parse(t); });
const mbs = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
console.log(`documents: ${texts.length} (${(bytes / 1e6).toFixed(2)} MB) from ${dirs.join(', ')}`);
console.log(`vanban extract (all fields): ${mbs(ours)} MB/s`);
console.log(`chrono-node vi (dates only):  ${mbs(peer)} MB/s`);
console.log(`ratio vanban / chrono: ${(peer / ours).toFixed(2)}x (target >= 5x)`);
// Where the time goes: the pipeline's own per-stage timings (ExtractOptions.timings).
const stages = {};
for (let i = 0; i < 10; i++) for (const t of texts) extract(t, { timings: stages });
const stageTotal = Object.values(stages).reduce((a, b) => a + b, 0);
console.log(`  stages: ${Object.entries(stages).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${((100 * v) / stageTotal).toFixed(0)}%`).join(', ')}`);
const one = texts.join('\n\n');
const ten = Array(10).fill(one).join('\n\n');
const t1 = time(() => extract(one), 800);
const t10 = time(() => extract(ten), 800);
console.log(`time(10x text) / time(text): ${(t10 / t1).toFixed(2)} (target <= 11)`);

// Readers (issue #3): pages/s for PDFs with a text layer and through OCR, and the share of a
// text-layer PDF's total time spent in extraction (target <= 5%). Corpus PDFs are read in place.
// Extraction is timed as extractFile runs it once the file is read (extractRead: the reader's
// hash and pages go into the record's source).
const { readInput, closeReaders, extractRead } = await import('../dist/index.js');
const corpusDir = '../shared/corpus';
if (existsSync(corpusDir)) {
  const pdfs = readdirSync(corpusDir).filter((f) => f.endsWith('.pdf')).map((f) => join(corpusDir, f));
  let textPages = 0, textRead = 0, textExtract = 0, ocrPages = 0, ocrRead = 0;
  // Warm-up of both sides (pdf.js import and JIT; the extractors' JIT): an ingest run over an
  // archive is in this steady state after its first few files.
  for (const p of pdfs) {
    const r = await readInput(p, { ocr: false });
    extractRead(r);
  }
  // Each side's time per document is the median of several runs, so a garbage collection that
  // lands in one run (pdf.js leaves a lot) is not charged to whichever side it fell in.
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  for (const p of pdfs) {
    const reads = [];
    let r;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      r = await readInput(p, { ocr: false });
      reads.push(performance.now() - t0);
    }
    if (r.warnings.some((w) => w.code === 'NO_TEXT_LAYER')) continue;
    const extracts = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      extractRead(r);
      extracts.push(performance.now() - t0);
    }
    textPages += r.pages.length; textRead += median(reads); textExtract += median(extracts);
  }
  // OCR: only the scans (no text layer), one pass (seconds per page).
  for (const p of pdfs) {
    const probe = await readInput(p, { ocr: false });
    if (!probe.warnings.some((w) => w.code === 'NO_TEXT_LAYER')) continue;
    const t0 = performance.now();
    const r = await readInput(p);
    ocrRead += performance.now() - t0;
    ocrPages += r.pages.filter((x) => x.ocr).length;
  }
  await closeReaders();
  console.log(`PDF text layer: ${(textPages / (textRead / 1000)).toFixed(1)} pages/s over ${textPages} pages (stamp OCR off)`);
  console.log(`  extraction share of total: ${((100 * textExtract) / (textRead + textExtract)).toFixed(1)}% (target <= 5%)`);
  if (ocrPages) console.log(`PDF through OCR: ${(ocrPages / (ocrRead / 1000)).toFixed(2)} pages/s over ${ocrPages} pages (${(ocrRead / ocrPages / 1000).toFixed(1)} s/page)`);
} else {
  console.log('PDF figures skipped: ../shared/corpus not found');
}

// Ruled tables: pages with an "STT" table have their drawn lines read too (a second pass over the
// page's content). Pages/s over the table fixtures with that reading and without it (tables:
// false), in the same run, alternating, best of 5 each.
{
  const dir = new URL('../fixtures/pdf/', import.meta.url).pathname;
  // (the text-layer ones: the scan would only measure OCR, or nothing with OCR off)
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf') && !f.includes('scan')).map((f) => join(dir, f));
  const pass = async (tables) => {
    let pages = 0;
    const t0 = performance.now();
    for (const p of files) pages += (await readInput(p, { ocr: false, tables })).pages.length;
    return pages / ((performance.now() - t0) / 1000);
  };
  await pass(true);
  let on = 0, off = 0;
  for (let i = 0; i < 5; i++) {
    on = Math.max(on, await pass(true));
    off = Math.max(off, await pass(false));
  }
  await closeReaders();
  console.log(`PDF table pages (fixtures/pdf): ${on.toFixed(1)} pages/s reading ruled tables by cell, ${off.toFixed(1)} line by line (tables: false): ${(on / off).toFixed(2)}x`);
}
