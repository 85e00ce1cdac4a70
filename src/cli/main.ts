// vanban CLI. One record per input, in input order; a bad input becomes an error record and the
// run goes on; the exit status is 1 when any input failed.
import { Command } from 'commander';
import { toVanbanError } from '../errors.js';
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
  .option('--no-tables', 'read PDF pages line by line only (ruled tables are not read cell by cell)')
  .option('--ocr-engine <name>', 'tesseract (system, needs tesseract-ocr-vie) or tesseract.js; default: system if present')
  .option('--password <pw>', 'password for encrypted PDFs')
  .option('--include-text', 'add the text that was read to each record (spans index into it)')
  .action(async (paths: string[], opts: { format: string; includeText?: boolean; maxBytes: number; maxPages: number; timeout: number; ocr: boolean; tables: boolean; ocrEngine?: string; password?: string }) => {
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
      tables: opts.tables !== false,
      ...(opts.password !== undefined ? { password: opts.password } : {}),
    };
    let failed = 0;
    const records: unknown[] = [];
    // the extraction core loads here, not at start: `vanban ingest` and `chain` never need it in this thread
    const { extractFile } = await import('../extract-file.js');
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
    await (await import('../read/ocr.js')).closeOcr();
  });

program
  .command('ingest')
  .description('extract every document under the inputs into an archive (resumable; bad files become error rows)')
  .argument('<inputs...>', 'directories (walked recursively), globs or files')
  .requiredOption('--db <path|url>', 'SQLite archive to create or extend, or postgres://… (shared by several machines)')
  .option('--out <file>', 'also append each new record to this JSONL file')
  .option('-j, --jobs <n>', 'worker threads (default: one per core; 0 = no workers)', (v) => Number(v))
  .option('--shard <k/n>', 'take only the k-th of n disjoint slices of the inputs')
  .option('--no-ocr', 'never OCR scans')
  .option('--timeout <ms>', 'time budget per file in ms', (v) => Number(v), 300_000)
  .option('--batch <n>', 'records per commit (default 64; 1 = a transaction per record)', (v) => Number(v))
  .option('--task-timeout <ms>', 'stop a worker stuck on one file this long and store a TIMEOUT error (default 2 × --timeout + 10 s)', (v) => Number(v))
  .action(async (inputs: string[], opts: { db: string; out?: string; jobs?: number; shard?: string; ocr: boolean; timeout: number; batch?: number; taskTimeout?: number }) => {
    const { runIngest } = await import('./ingest-command.js');
    process.exitCode = await runIngest(inputs, opts);
  });

program
  .command('chain')
  .description('print the directive chain of a document as an indented tree')
  .argument('<ref>', 'document number (e.g. 49-NQ/TU) or archive id')
  .requiredOption('--db <path|url>', 'SQLite archive or postgres://…')
  .option('--up', 'what it rests on, up to the top (default)')
  .option('--down', 'what rests on it')
  .option('--depth <n>', 'levels to follow', (v) => Number(v), 10)
  .option('--json', 'print the nodes as JSON')
  .action(async (ref: string, opts: { db: string; up?: boolean; down?: boolean; depth: number; json?: boolean }) => {
    const { runChain } = await import('./ingest-command.js');
    process.exitCode = await runChain(ref, opts);
  });

program
  .command('graph')
  .description('export the citation graph of an archive')
  .requiredOption('--db <path|url>', 'SQLite archive or postgres://…')
  .option('--format <f>', 'json | graphml | dot | csv | html (interactive page)', 'json')
  .option('--root <ref>', 'only the part connected to this document (number or id)')
  .option('-o, --output <file>', 'write here instead of stdout')
  .action(async (opts: { db: string; format: string; root?: string; output?: string }) => {
    const { runGraph } = await import('./ingest-command.js');
    process.exitCode = await runGraph(opts);
  });

program
  .command('view')
  .description('write one self-contained HTML page: the text with every value highlighted, the record beside it')
  .argument('<file>', 'any input format')
  .option('-o, --output <file>', 'output HTML (default: <file>.html)')
  .option('--no-ocr', 'never OCR scans')
  .action(async (file: string, opts: { output?: string; ocr: boolean }) => {
    const { runView } = await import('./view-command.js');
    process.exitCode = await runView(file, opts);
  });

program
  .command('export')
  .description('export records, e.g. as Akoma Ntoso 3.0 XML')
  .argument('[files...]', 'input files')
  .requiredOption('--format <f>', 'akn')
  .option('--db <path|url>', 'export every document of an archive, SQLite or postgres://… (re-read from its path when it still exists)')
  .option('-o, --output <path>', 'output file (one input) or directory (several inputs or --db)')
  .option('--no-ocr', 'never OCR scans')
  .action(async (files: string[], opts: { format: string; db?: string; output?: string; ocr: boolean }) => {
    const { runExport } = await import('./view-command.js');
    process.exitCode = await runExport(files, opts);
  });

program.parseAsync(process.argv).catch((e) => {
  process.stderr.write(`vanban: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
