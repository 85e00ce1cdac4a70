// `vanban view` and `vanban export --format akn`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { toVanbanError } from '../errors.js';
import { extractFile } from '../extract-file.js';
import { closeOcr } from '../read/ocr.js';
import type { DirectiveRecord } from '../schema/record.js';
import { toAkomaNtoso } from '../views/akn.js';
import { renderRecordPage } from '../views/record-html.js';

export async function runView(file: string, opts: { output?: string; ocr: boolean }): Promise<number> {
  try {
    const r = await extractFile(file, { includeText: true, ocr: opts.ocr });
    const out = opts.output ?? `${file}.html`;
    writeFileSync(out, renderRecordPage(r, r.text ?? '', basename(file)));
    process.stderr.write(`vanban view: wrote ${out}\n`);
    return 0;
  } catch (e) {
    const err = toVanbanError(e);
    process.stderr.write(`vanban view: ${file}: ${err.code}: ${err.message}\n`);
    return 1;
  } finally {
    await closeOcr();
  }
}

export async function runExport(files: string[], opts: { format: string; db?: string; output?: string; ocr: boolean }): Promise<number> {
  if (opts.format !== 'akn') {
    process.stderr.write(`vanban export: --format akn (the only export format)\n`);
    return 2;
  }
  const jobs: { name: string; get: () => Promise<{ rec: DirectiveRecord; text: string }> }[] = files.map((f) => ({
    name: basename(f).replace(/\.[^.]+$/, ''),
    get: async () => {
      const rec = await extractFile(f, { includeText: true, ocr: opts.ocr });
      return { rec, text: rec.text ?? '' };
    },
  }));
  if (opts.db) {
    const { openStore } = await import('./ingest-command.js');
    const store = await openStore(opts.db);
    const rows = await store.listRecords();
    await store.close();
    for (const row of rows) {
      jobs.push({
        name: `doc-${row.id}`,
        get: async () => {
          if (row.path && existsSync(row.path)) {
            const rec = await extractFile(row.path, { includeText: true, ocr: opts.ocr });
            return { rec, text: rec.text ?? '' };
          }
          const rec = JSON.parse(row.record) as DirectiveRecord; // the file is gone: no body text
          return { rec, text: rec.subject ?? '' };
        },
      });
    }
  }
  const many = jobs.length > 1 || !!opts.db;
  if (many && opts.output) mkdirSync(opts.output, { recursive: true });
  let failed = 0;
  try {
    for (const j of jobs) {
      try {
        const { rec, text } = await j.get();
        const xml = toAkomaNtoso(rec, text);
        if (!opts.output) process.stdout.write(xml);
        else writeFileSync(many ? join(opts.output, `${j.name}.akn.xml`) : opts.output, xml);
      } catch (e) {
        const err = toVanbanError(e);
        failed++;
        process.stderr.write(`vanban export: ${j.name}: ${err.code}: ${err.message}\n`);
      }
    }
  } finally {
    await closeOcr();
  }
  return failed ? 1 : 0;
}
