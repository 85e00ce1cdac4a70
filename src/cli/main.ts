// vanban CLI. One record per input, in input order; a bad input becomes an error record and the
// run goes on; the exit status is 1 when any input failed.
import { Command } from 'commander';
import { toVanbanError } from '../errors.js';
import { extractFile } from '../extract-file.js';
import { closeOcr } from '../read/ocr.js';
import type { ReadOptions } from '../read/types.js';

const program = new Command();
program.name('vanban').description('Vietnamese state and Party directives → typed JSON records').version('0.1.0');

program
  .command('extract')
  .description('extract one record per input file')
  .argument('<paths...>', 'files to read: PDF (text layer or scan), DOCX, DOC, HTML, text')
  .option('-f, --format <format>', 'json (an array, pretty) or jsonl (one record per line)', 'json')
  .option('--max-bytes <n>', 'largest input file in bytes', (v) => Number(v), 50 * 1024 * 1024)
  .option('--max-pages <n>', 'most PDF pages read per file', (v) => Number(v), 500)
  .option('--timeout <ms>', 'time budget per file in ms', (v) => Number(v), 300_000)
  .option('--no-ocr', 'never OCR: a scanned PDF gives a NO_TEXT_LAYER warning')
  .option('--ocr-engine <name>', 'tesseract (system, needs tesseract-ocr-vie) or tesseract.js; default: system if present')
  .option('--password <pw>', 'password for encrypted PDFs')
  .option('--include-text', 'add the text that was read to each record (spans index into it)')
  .action(async (paths: string[], opts: { format: string; includeText?: boolean; maxBytes: number; maxPages: number; timeout: number; ocr: boolean; ocrEngine?: string; password?: string }) => {
    if (opts.format !== 'json' && opts.format !== 'jsonl') {
      process.stderr.write(`vanban: unknown --format ${opts.format} (json or jsonl)\n`);
      process.exitCode = 2;
      return;
    }
    if (opts.ocrEngine && opts.ocrEngine !== 'tesseract' && opts.ocrEngine !== 'tesseract.js') {
      process.stderr.write(`vanban: unknown --ocr-engine ${opts.ocrEngine} (tesseract or tesseract.js)\n`);
      process.exitCode = 2;
      return;
    }
    const readOptions: ReadOptions = {
      maxBytes: opts.maxBytes,
      maxPages: opts.maxPages,
      timeoutMs: opts.timeout,
      includeText: opts.includeText === true,
      ocr: opts.ocr === false ? false : ((opts.ocrEngine as 'tesseract' | 'tesseract.js' | undefined) ?? true),
      ...(opts.password !== undefined ? { password: opts.password } : {}),
    };
    let failed = 0;
    const records: unknown[] = [];
    for (const p of paths) {
      let rec: unknown;
      try {
        rec = await extractFile(p, readOptions);
      } catch (e) {
        const err = toVanbanError(e);
        failed++;
        rec = { source: { path: p }, error: { code: err.code, message: err.message } };
        process.stderr.write(`vanban: ${p}: ${err.code}: ${err.message}\n`);
      }
      if (opts.format === 'jsonl') process.stdout.write(`${JSON.stringify(rec)}\n`);
      else records.push(rec);
    }
    if (opts.format === 'json') process.stdout.write(`${JSON.stringify(paths.length === 1 ? records[0] : records, null, 2)}\n`);
    if (failed) process.exitCode = 1;
    await closeOcr();
  });

program.parseAsync(process.argv).catch((e) => {
  process.stderr.write(`vanban: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
