// PostgreSQL store: two ingests running at once into one store give no duplicates. Needs a real
// server: .ci/run installs and starts one and sets VANBAN_PG_URL; skipped (with a message) without.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, openArchive, PgStore } from '../src/corpus/index.js';
// @ts-expect-error: plain .mjs script
import { generate } from '../scripts/gen-archive.mjs';

const url = process.env.VANBAN_PG_URL;
const cli = join('dist', 'cli.js');
if (!url) console.warn('PostgreSQL tests skipped: VANBAN_PG_URL is not set (.ci/run sets it after starting a server)');

const run = (args: string[]) =>
  new Promise<number>((resolve) => {
    const c = spawn('node', [cli, ...args], { stdio: 'ignore' });
    c.on('exit', (code) => resolve(code ?? -1));
  });

describe.skipIf(!url || !existsSync(cli))('PostgreSQL store', () => {
  it('two concurrent ingests into one store: every file once, no duplicate document, same links as SQLite', async () => {
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await admin.end();
    const dir = mkdtempSync(join(tmpdir(), 'vanban-pg-'));
    generate(dir, 300, 5);
    writeFileSync(join(dir, 'bad.pdf'), '%PDF-1.4 broken');
    const codes = await Promise.all([run(['ingest', dir, '--db', url!, '-j', '1']), run(['ingest', dir, '--db', url!, '-j', '1'])]);
    expect(codes).toEqual([0, 0]);
    const store = await PgStore.open(url!);
    const c = await store.counts();
    expect(c.files).toBe(301);
    expect(c.documents).toBe(300);
    expect(c.errors).toBe(1);
    await store.close();
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const dup = await check.query('SELECT count(*) AS n FROM (SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1) x');
    expect(Number(dup.rows[0].n)).toBe(0);
    const pgLinks = Number((await check.query('SELECT count(*) AS n FROM links WHERE to_doc IS NOT NULL')).rows[0].n);
    await check.end();
    // the same archive in SQLite links the same number of citations
    const lite = openArchive(join(dir, 'same.sqlite'));
    const r = await ingest(lite, [dir], { jobs: 0 });
    expect(pgLinks).toBe(r.links.linked);
    // and the queries agree: chains both ways and the graph, node for node (ids differ by store)
    const pgStore = await PgStore.open(url!);
    const shape = (nodes: { number: string | null; depth: number; relation: string | null; external: boolean }[]) => nodes.map((n) => `${n.depth}:${n.number}:${n.relation}:${n.external}`);
    const chains = JSON.parse(readFileSync(join(dir, 'chains.json'), 'utf8')) as { edges: { from: string }[] };
    let compared = 0;
    for (const e of chains.edges.slice(0, 10)) {
      const num = (JSON.parse(lite.db.prepare('SELECT record FROM documents WHERE path LIKE ?').pluck().get(`%/${e.from}`) as string) as { number: { value: string } }).number.value;
      const [liteId] = lite.find(num);
      const [pgId] = await pgStore.find(num);
      for (const dir of ['up', 'down'] as const) {
        expect(shape(await pgStore.chain(pgId!, dir))).toEqual(shape(lite.chain(liteId!, dir)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
    const [pgGraph, sqGraph] = [await pgStore.graph(), lite.graph()];
    expect([pgGraph.nodes.length, pgGraph.edges.length]).toEqual([sqGraph.nodes.length, sqGraph.edges.length]);
    // linking page by page (5 citations a page) gives the same counts
    expect(await pgStore.link(5)).toEqual(lite.link());
    await pgStore.close();
    lite.close();
  }, 180_000);
});
