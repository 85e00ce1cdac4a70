// Bad input never throws and never gives a silent empty record; every extractor stays linear.
import { readFileSync, readdirSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DirectiveRecord, extract, extractFile, VanbanError } from '../src/index.js';

// CI runs a few thousand cases; `npm run fuzz` sets FUZZ_RUNS=100000.
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const seeds = readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`fixtures/seeds/${f}`, 'utf8'));

function valid(text: string) {
  const r = extract(text);
  const ok = DirectiveRecord.safeParse(r);
  if (!ok.success) throw new Error(ok.error.message);
  for (const w of r.warnings) if (w.code === 'SCHEMA_VIOLATION') throw new Error(w.message);
  return r;
}

describe('bad input', () => {
  it('empty input → a valid record with an EMPTY_INPUT warning', () => {
    const r = valid('');
    expect(r.number).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('EMPTY_INPUT');
  });
  it('text that is no directive → nulls and NOT_A_DIRECTIVE', () => {
    const r = valid('Hôm nay trời đẹp. Chúng tôi đi chơi công viên và ăn kem.');
    expect(r.type).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('NOT_A_DIRECTIVE');
  });
  it('binary garbage → a valid record with warnings', () => {
    let s = '';
    let x = 12345;
    for (let i = 0; i < 200_000; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      s += String.fromCharCode(x % 65536);
    }
    const r = valid(s);
    expect(r.warnings.length).toBeGreaterThan(0);
  });
  it('a 5 MB single line', () => {
    const r = valid('Căn cứ Nghị quyết số 49-NQ/TU ngày 28/9/2021 của Ban Thường vụ; '.repeat(80_000).slice(0, 5_000_000));
    expect(r.citations[0]?.number?.value).toBe('49-NQ/TU');
  });
  it('a missing file and a binary file give typed errors', async () => {
    await expect(extractFile('fixtures/does-not-exist.txt')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const err = await extractFile(png).catch((e) => e);
    expect(err).toBeInstanceOf(VanbanError);
    expect(err.code).toBe('UNSUPPORTED_FORMAT');
  });
});

// 1 MB adversarial inputs built to make a backtracking regex blow up: long runs of what each
// pattern repeats (spaces, dashes, digits, capitals, "/", "=", "số", dates), with no closing part.
const MB = 1_000_000;
const ADVERSARIAL: Record<string, string> = {
  spaces: `a${' '.repeat(MB)}b`,
  spacesNewlines: ' \n'.repeat(MB / 2),
  dashes: '-'.repeat(MB),
  digits: '1'.repeat(MB),
  capitals: 'QĐ'.repeat(MB / 2),
  slashes: 'A/'.repeat(MB / 2),
  numberish: '12/KH-'.repeat(MB / 6),
  partyish: '1-NQ/'.repeat(MB / 5),
  equals: `\n${'='.repeat(MB)}`,
  so: 'số '.repeat(MB / 3),
  ngay: 'ngày tháng '.repeat(MB / 11),
  dates: '1/1/1'.repeat(MB / 5),
  labels: '1.1.1.1.'.repeat(MB / 8),
  pipes: '| '.repeat(MB / 2),
  stars: '*a'.repeat(MB / 2),
  underscores: 'a_'.repeat(MB / 2),
  names: 'Nguyễn Văn '.repeat(MB / 11),
  upper: 'KT. GIÁM ĐỐC '.repeat(MB / 13),
  listItems: '- Như trên;\n'.repeat(MB / 12),
  parens: '(sau đây gọi là '.repeat(MB / 16),
  quotes: '“'.repeat(MB),
  tcvn3: 'Hµ Néi ngµy th¸ng '.repeat(MB / 18),
  vni: 'Xin chaøo caùc '.repeat(MB / 15),
  luat: 'Luật Abc '.repeat(MB / 9),
};

describe('1 MB adversarial inputs (each under 1 s through the whole pipeline)', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(name, () => {
      // The better of two runs, so a busy CI machine does not fail a linear pipeline.
      let best = Infinity;
      for (let i = 0; i < 2 && best >= 1000; i++) {
        const t0 = performance.now();
        valid(text);
        best = Math.min(best, performance.now() - t0);
      }
      expect(best).toBeLessThan(1000);
    });
  }
});

describe('1 MB adversarial HTML through the reader (each under 1 s)', () => {
  const HTML: Record<string, string> = {
    unclosedDivs: '<div>'.repeat(MB / 5),
    nestedTables: '<table><tr><td>x'.repeat(MB / 16),
    strayCloses: '</p>'.repeat(MB / 4),
    contentClasses: '<div class="content">'.repeat(MB / 21),
    brokenEntities: '&#x'.repeat(MB / 3),
  };
  for (const [name, body] of Object.entries(HTML)) {
    it(name, async () => {
      let best = Infinity;
      for (let i = 0; i < 2 && best >= 1000; i++) {
        const t0 = performance.now();
        const r = await extractFile(Buffer.from(`<!DOCTYPE html><html><body>${body}</body></html>`));
        best = Math.min(best, performance.now() - t0);
        expect(r.source.format).toBe('html');
      }
      expect(best).toBeLessThan(1000);
    });
  }
});

describe('property: never throws, always schema-valid', () => {
  test.prop([fc.string({ maxLength: 2000 })], { numRuns: RUNS })('random text', (s) => {
    valid(s);
  });
  test.prop(
    [
      fc.integer({ min: 0, max: seeds.length - 1 }),
      fc.array(fc.tuple(fc.constantFrom('drop', 'join', 'swap', 'ocr'), fc.nat(), fc.nat()), { maxLength: 20 }),
    ],
    { numRuns: Math.max(50, Math.floor(RUNS / 2)) },
  )('mutated seeds (lines dropped, joined, shuffled, OCR substitutions)', (i, ops) => {
    let lines = seeds[i]!.split('\n');
    const OCR: [string, string][] = [['ộ', 'ọ'], ['Ư', 'U'], ['T', 'I'], ['S', '5'], ['ư', 'u'], ['đ', 'd'], ['0', 'O'], ['l', '1']];
    for (const [op, a, b] of ops) {
      if (lines.length < 2) break;
      const x = a % lines.length;
      const y = b % lines.length;
      if (op === 'drop') lines.splice(x, 1);
      else if (op === 'join' && x + 1 < lines.length) lines.splice(x, 2, `${lines[x]} ${lines[x + 1]}`);
      else if (op === 'swap') [lines[x], lines[y]] = [lines[y]!, lines[x]!];
      else if (op === 'ocr') {
        const [from, to] = OCR[b % OCR.length]!;
        lines[x] = lines[x]!.split(from).join(to);
      }
    }
    valid(lines.join('\n'));
  });
});
