// Archive: ingest → store → link → chains, on a synthetic archive with known chains; resume after
// kill -9; graph exports. The CLI tests use dist/ (built before `npm test` in CI) and skip without it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGraph, ingest, inShard, openArchive } from '../src/corpus/index.js';
// @ts-expect-error: plain .mjs script
import { generate } from '../scripts/gen-archive.mjs';

type Edge = { from: string; to: string; relation: string };

function archive(n: number, seed = 7) {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-arch-'));
  const truth = generate(dir, n, seed) as { files: string[]; edges: Edge[] };
  return { dir, truth };
}

describe('ingest and link a synthetic archive', () => {
  it('finds every known chain edge, links repeated Party numbers to the right province', async () => {
    const { dir, truth } = archive(120);
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.4 truncated');
    const db = join(dir, 'a.sqlite');
    const store = openArchive(db);
    const r = await ingest(store, [dir], { jobs: 0 });
    expect(r.stored).toBe(120);
    expect(r.errors).toBe(1);
    const idOf = new Map((store.db.prepare('SELECT id, path FROM documents').all() as { id: number; path: string }[]).map((d) => [basename(d.path), d.id]));
    const linked = new Set((store.db.prepare('SELECT from_doc, to_doc FROM links WHERE to_doc IS NOT NULL').all() as { from_doc: number; to_doc: number }[]).map((l) => `${l.from_doc}>${l.to_doc}`));
    const missing = truth.edges.filter((e) => !linked.has(`${idOf.get(e.from)}>${idOf.get(e.to)}`));
    expect(missing).toEqual([]);
    // no link may land on another province's plan with the same "N-KH/TU"
    const wrong = store.db
      .prepare(`SELECT count(*) AS n FROM links l JOIN documents a ON a.id = l.from_doc JOIN documents b ON b.id = l.to_doc WHERE b.number LIKE '%-KH/TU' AND a.place <> b.place`)
      .get() as { n: number };
    expect(wrong.n).toBe(0);
    // a chain from a department letter reaches the Politburo conclusion through two plans
    const letter = truth.files.find((f) => f.startsWith('cv-so-'))!;
    const chain = store.chain(idOf.get(letter)!, 'up');
    expect(chain.map((n) => n.typeCode)).toEqual(expect.arrayContaining(['CV', 'KH', 'KL']));
    expect(Math.max(...chain.map((n) => n.depth))).toBeGreaterThanOrEqual(3);
    expect(chain.find((n) => n.depth === 1)?.relation).toBe('implements');
    // and down from the conclusion reaches the letter
    const top = chain.find((n) => n.typeCode === 'KL')!;
    const down = store.chain(Number(top.node.slice(2)), 'down');
    expect(down.some((n) => n.node === `d:${idOf.get(letter)}`)).toBe(true);
    // a second run stores nothing new
    const again = await ingest(store, [dir], { jobs: 0 });
    expect(again.stored).toBe(0);
    expect(again.skipped).toBe(121);
    const c = store.counts();
    expect(c.files).toBe(121);
    expect(c.documents).toBe(120);
    expect(c.errors).toBe(1);
    // exports carry every node and edge
    const g = store.graph();
    expect(exportGraph(g, 'graphml').match(/<edge /g)?.length).toBe(g.edges.length);
    expect(exportGraph(g, 'dot')).toContain('-> ');
    expect(exportGraph(g, 'csv').trim().split('\n')).toHaveLength(g.edges.length + 1);
    // linking page by page (3 citations a page) gives the same links as one big page
    const links = () => store.db.prepare('SELECT citation_id, to_doc, relation, confidence FROM links ORDER BY citation_id').all();
    const whole = links();
    expect(store.link(3)).toEqual(store.link(1_000_000));
    store.link(3);
    expect(links()).toEqual(whole);
    store.close();
  });

  it('an archive keeps its store version: reopened it opens, written by another version it is refused', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'vanban-meta-')), 'v.sqlite');
    openArchive(db).close();
    const again = openArchive(db); // the version row is there: kept, not inserted twice
    const rows = again.db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'store_version'").get() as { n: number };
    expect(rows.n).toBe(1);
    again.db.prepare("UPDATE meta SET value = '999' WHERE key = 'store_version'").run();
    again.close();
    expect(() => openArchive(db)).toThrow(/store version 999/);
  });
  it('shards split inputs into disjoint slices that cover them all', () => {
    const paths = Array.from({ length: 200 }, (_, i) => `/x/doc-${i}.txt`);
    const a = paths.filter((p) => inShard(p, '1/2'));
    const b = paths.filter((p) => inShard(p, '2/2'));
    expect(a.length + b.length).toBe(200);
    expect(a.some((p) => b.includes(p))).toBe(false);
    expect(a.length).toBeGreaterThan(60);
  });
});

const cli = join('dist', 'cli.js');
/** Every file stored once: these counts, and no content hash twice among the documents. */
function expectStored(db: string, want: { files: number; documents: number; errors: number }): void {
  const store = openArchive(db);
  const c = store.counts();
  expect({ files: c.files, documents: c.documents, errors: c.errors }).toEqual(want);
  const dup = store.db.prepare('SELECT count(*) AS n FROM (SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1)').get() as { n: number };
  expect(dup.n).toBe(0);
  store.close();
}

describe.skipIf(!existsSync(cli))('CLI ingest (dist/)', () => {
  it('kill -9 during ingest, then run again: every file stored exactly once, no error lost', async () => {
    const { dir } = archive(1000, 11);
    writeFileSync(join(dir, 'garbage.pdf'), '%PDF-1.4 not really');
    writeFileSync(join(dir, 'image.doc'), Buffer.from('89504e470d0a1a0a0000', 'hex'));
    const db = join(dir, 'k.sqlite');
    const child = spawn('node', [cli, 'ingest', dir, '--db', db, '-j', '2'], { stdio: 'ignore' });
    const exited = new Promise((r) => child.on('exit', r));
    // kill -9 once some files are stored (the store is read while it is written: WAL)
    let partial = 0;
    for (let t = 0; t < 200 && partial < 50; t++) {
      await new Promise((r) => setTimeout(r, 100));
      if (!existsSync(db)) continue;
      const peek = openArchive(db);
      partial = peek.counts().files;
      peek.close();
    }
    child.kill('SIGKILL');
    await exited;
    expect(partial).toBeGreaterThanOrEqual(50);
    expect(partial).toBeLessThan(1002); // killed mid-run
    const run = spawnSync('node', [cli, 'ingest', dir, '--db', db, '-j', '2'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expectStored(db, { files: 1002, documents: 1000, errors: 2 });
    const chain = spawnSync('node', [cli, 'chain', '100-KL/TW', '--db', db, '--down', '--depth', '1'], { encoding: 'utf8' });
    expect(chain.stdout).toMatch(/↓ implements \d+-KH\/TU/);
  }, 120_000);
  it('two ingests at once into one SQLite file: both finish, every file stored once', async () => {
    const { dir } = archive(400, 12);
    writeFileSync(join(dir, 'garbage.pdf'), '%PDF-1.4 not really');
    const db = join(dir, 'two.sqlite');
    const once = () =>
      new Promise<{ code: number | null; err: string }>((resolve) => {
        const c = spawn('node', [cli, 'ingest', dir, '--db', db, '-j', '1', '--batch', '4'], { stdio: ['ignore', 'ignore', 'pipe'] });
        let err = '';
        c.stderr.on('data', (d: Buffer) => (err += d.toString()));
        c.on('exit', (code) => resolve({ code, err }));
      });
    // Each writer reads (is this hash stored?) before it writes: a transaction that began deferred
    // could not take the write lock while the other wrote, and failed with SQLITE_BUSY.
    const [a, b] = await Promise.all([once(), once()]);
    expect(a.code, a.err).toBe(0);
    expect(b.code, b.err).toBe(0);
    expectStored(db, { files: 401, documents: 400, errors: 1 });
  }, 120_000);
});

describe.skipIf(!existsSync(join('dist', 'archive.js')) || !existsSync(join('dist', 'ingest-worker.js')))('ingest watchdog', () => {
  it('a worker over its time is stopped, its files stored as TIMEOUT errors one by one, and the run ends', async () => {
    const { dir } = archive(5, 11);
    const built = (await import(join(process.cwd(), 'dist', 'archive.js'))) as typeof import('../src/corpus/index.js');
    const store = built.openArchive(join(dir, 'w.sqlite'));
    // 1 ms is less than any file takes: every pool task is aborted, so this drives the stop path
    const r = await built.ingest(store, [dir], { jobs: 2, taskTimeoutMs: 1 });
    expect(r.errors).toBe(5);
    expect(r.stored).toBe(0);
    const codes = store.db.prepare('SELECT code, count(*) AS n FROM errors GROUP BY code').all();
    expect(codes).toEqual([{ code: 'TIMEOUT', n: 5 }]);
    // the pool came back: the same files ingest normally afterwards
    store.db.exec('DELETE FROM files; DELETE FROM errors;');
    const again = await built.ingest(store, [dir], { jobs: 2 });
    expect(again.stored).toBe(5);
    store.close();
  }, 60_000);
});
