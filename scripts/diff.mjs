// Debug helper: prints predicted vs gold for one field over the dev set.  node scripts/diff.mjs tasks [filter]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile, closeReaders } from '../dist/index.js';
const [field, filter] = process.argv.slice(2);
const sets = [['fixtures/seeds', 'fixtures/seeds/gold'], ['../shared/corpus', '../shared/corpus/gold']];
for (const [docs, gold] of sets) {
  if (!existsSync(gold)) continue;
  for (const g of readdirSync(gold).sort()) {
    const base = g.replace(/\.json$/, '');
    if (filter && !base.includes(filter)) continue;
    const file = readdirSync(docs).find((f) => f.startsWith(base) && (process.env.ALL || f.endsWith('.txt')));
    if (!file) continue;
    const G = JSON.parse(readFileSync(join(gold, g), 'utf8'));
    const R = await extractFile(join(docs, file));
    const show = {
      tasks: () => [G.tasks.map((t) => `${t.section}: ${t.assignees.join(' | ')}`), R.tasks.map((t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`)],
      signers: () => [G.signers, R.signers.map(({ authority, onBehalfOf, title, name }) => ({ authority, onBehalfOf, title, name }))],
      distribution: () => [G.distribution, R.distribution.map((d) => d.name)],
      citations: () => [G.citations.map((c) => `${c.number} ${c.date} ${c.issuer}`), R.citations.map((c) => `${c.number?.value} ${c.date?.iso ?? c.date?.year} ${c.issuer} [${c.relation}]`)],
      recipients: () => [G.recipients, R.recipients.map((x) => x.name)],
      header: () => [[G.number, G.issuer, G.issuerParent, G.place, G.date, G.subject], [R.number?.value, R.issuer?.name, R.issuer?.parent, R.place, R.date && [R.date.year, R.date.month, R.date.day], R.subject]],
    }[field]();
    console.log(`=== ${base}\n  gold: ${JSON.stringify(show[0], null, 0)}\n  pred: ${JSON.stringify(show[1], null, 0)}`);
  }
}
await closeReaders();
