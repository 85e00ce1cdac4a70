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
const one = texts.join('\n\n');
const ten = Array(10).fill(one).join('\n\n');
const t1 = time(() => extract(one), 800);
const t10 = time(() => extract(ten), 800);
console.log(`time(10x text) / time(text): ${(t10 / t1).toFixed(2)} (target <= 11)`);
