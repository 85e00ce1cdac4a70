// `npm run eval` must agree with the judge's scorer (../shared/tools/score.mjs) on the dev set:
// both score the same records, field by field. Skipped, with a message, when ../shared is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/index.js';
// @ts-expect-error: a plain .mjs script without types
import { score } from '../scripts/score-core.mjs';

const shared = resolve('../shared');
const scorer = join(shared, 'tools/score.mjs');
const corpus = join(shared, 'corpus');
const present = existsSync(scorer) && existsSync(join(corpus, 'gold'));
if (!present) console.warn(`eval agreement skipped: ${scorer} or ${corpus}/gold not found (../shared is not beside the clone)`);

describe.skipIf(!present)('eval agrees with ../shared/tools/score.mjs', () => {
  it('same per-field figures on the corpus text documents', async () => {
    const golds = readdirSync(join(corpus, 'gold')).filter((f) => f.endsWith('.json')).sort();
    const files = readdirSync(corpus);
    const records = new Map<string, unknown>();
    const lines: string[] = [];
    for (const g of golds) {
      const base = g.replace(/\.json$/, '');
      const file = files.find((f) => f === `${base}.txt`);
      if (!file) continue; // other formats: the readers' tests cover them
      const r = await extractFile(join(corpus, file));
      records.set(base, r);
      lines.push(JSON.stringify(r));
    }
    expect(records.size).toBeGreaterThan(10);
    const dir = mkdtempSync(join(tmpdir(), 'vanban-agree-'));
    writeFileSync(join(dir, 'records.jsonl'), lines.join('\n'));
    const out = join(dir, 'report.json');
    const run = spawnSync('node', [scorer, '--records', join(dir, 'records.jsonl'), '--docs', corpus, '--gold', join(corpus, 'gold'), '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const theirs = JSON.parse(readFileSync(out, 'utf8')) as { rows: [string, string, number, string][]; macro: number };

    const goldDocs = golds.map((g) => ({ base: g.replace(/\.json$/, ''), gold: JSON.parse(readFileSync(join(corpus, 'gold', g), 'utf8')) }));
    const ours = score(records, goldDocs) as { rows: { field: string; value: number }[]; macro: number };
    const mine = Object.fromEntries(ours.rows.map((r) => [r.field, r.value]));
    expect(theirs.rows.length).toBeGreaterThan(10);
    for (const [field, , value] of theirs.rows) expect(mine[field], field).toBeCloseTo(value, 9);
    expect(ours.macro).toBeCloseTo(theirs.macro, 9);
  });
});
