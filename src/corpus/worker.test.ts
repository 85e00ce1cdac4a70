// The ingest worker's per-file step: errors come back as data, keyed by content hash.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractOne, hashFile } from './worker.js';

describe('ingest worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-worker-'));
  it('hashes a file in chunks to the same SHA-256 as the whole bytes', () => {
    const bytes = Buffer.alloc(3 * (1 << 20) + 12345, 'ab');
    const p = join(dir, 'big.txt');
    writeFileSync(p, bytes);
    expect(hashFile(p)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
  it('a file over maxBytes is a TOO_LARGE error keyed by its content hash', async () => {
    const p = join(dir, 'over.txt');
    writeFileSync(p, 'Số: 12/UBND-VP\n'.repeat(100));
    const out = await extractOne(p, { maxBytes: 100 });
    expect(out).toEqual({
      error: expect.objectContaining({ code: 'TOO_LARGE' }),
      sha256: createHash('sha256').update('Số: 12/UBND-VP\n'.repeat(100)).digest('hex'),
    });
  });
  it('a missing file is NOT_FOUND without a hash', async () => {
    const out = await extractOne(join(dir, 'none.txt'), {});
    expect(out).toEqual({ error: expect.objectContaining({ code: 'NOT_FOUND' }), sha256: null });
  });
});

describe('ingest file walk', () => {
  it('takes the readers\' formats from a directory by default, RTF included, and leaves other files', async () => {
    const { collectFiles } = await import('./ingest.js');
    const dir = mkdtempSync(join(tmpdir(), 'vanban-walk-'));
    for (const f of ['a.pdf', 'b.docx', 'c.doc', 'd.rtf', 'e.html', 'f.txt', 'g.png', 'h.xlsx']) writeFileSync(join(dir, f), 'x');
    const names = (await collectFiles([dir])).map((p) => p.slice(dir.length + 1)).sort();
    expect(names).toEqual(['a.pdf', 'b.docx', 'c.doc', 'd.rtf', 'e.html', 'f.txt']);
  });
});
