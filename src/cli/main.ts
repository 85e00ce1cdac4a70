// vanban CLI. One record per input, in input order; a bad input becomes an error record and the
// run goes on; the exit status is 1 when any input failed.
import { Command } from 'commander';
import { toVanbanError } from '../errors.js';
import { extractFile } from '../extract-file.js';

const program = new Command();
program.name('vanban').description('Vietnamese state and Party directives → typed JSON records').version('0.1.0');

program
  .command('extract')
  .description('extract one record per input file')
  .argument('<paths...>', 'files to read (.txt now; other formats: see README)')
  .option('-f, --format <format>', 'json (an array, pretty) or jsonl (one record per line)', 'json')
  .option('--max-bytes <n>', 'largest input file in bytes', (v) => Number(v), 50 * 1024 * 1024)
  .action(async (paths: string[], opts: { format: string; maxBytes: number }) => {
    if (opts.format !== 'json' && opts.format !== 'jsonl') {
      process.stderr.write(`vanban: unknown --format ${opts.format} (json or jsonl)\n`);
      process.exitCode = 2;
      return;
    }
    let failed = 0;
    const records: unknown[] = [];
    for (const p of paths) {
      let rec: unknown;
      try {
        rec = await extractFile(p, { maxBytes: opts.maxBytes });
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
  });

program.parseAsync(process.argv).catch((e) => {
  process.stderr.write(`vanban: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
