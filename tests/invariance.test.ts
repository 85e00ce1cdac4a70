// Invariance: a text put through what exports, converters, OCR and other offices' habits do to it
// (line endings, spaces, NFD, quotes, tone placement, hard wrapping, doubled line breaks, page
// numbers, label marks, capitals, header date forms, OCR'd serials, names in capitals, issuer
// before date) must give the same record as the original. Needs no gold, so it also guards
// fields the gold leaves out. Seeds always; the corpus .txt files too when ../shared is beside
// the clone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const corpus = '../shared/corpus';
if (!existsSync(corpus)) console.warn(`invariance over the corpus skipped: ${corpus} not found (the seeds are still checked)`);
const texts = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') })) : []);
const seeds = texts('fixtures/seeds');
const all = [...seeds, ...texts(corpus)];

/** Paragraph lines longer than `w` wrapped at spaces; table rows and laid-out lines left alone. */
const wrap = (t: string, w: number) =>
  t
    .split('\n')
    .map((line) => {
      if (line.length <= w || /^\s*\||\S {3}|\t/.test(line)) return line;
      const out: string[] = [];
      let cur = '';
      for (const word of line.split(' ')) {
        if (cur && `${cur} ${word}`.length > w) {
          out.push(cur);
          cur = word;
        } else cur = cur ? `${cur} ${word}` : word;
      }
      if (cur) out.push(cur);
      return out.join('\n');
    })
    .join('\n');

const TRANSFORMS: Record<string, (t: string) => string> = {
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  nbsp: (t) => t.replace(/ /g, (m, i: number) => (i % 7 === 0 ? '\u00a0' : ' ')),
  nfd: (t) => t.normalize('NFD'),
  curlyQuotes: (t) => t.replace(/"([^"\n]*)"/g, '“$1”'),
  trailingSpaces: (t) => t.replace(/\n/g, '   \n'),
  indented: (t) => t.split('\n').map((l) => `   ${l}`).join('\n'),
  // list marks typed as bullets ("• Kính gửi:", "• Sở Tài chính;")
  bullets: (t) => t.replace(/^([ ]*)- /gm, '$1• '),
  // section labels marked another way ("I-", "1)", "a.")
  labelMarks: (t) => t.replace(/^([ ]*)([IVX]+)\. /gm, '$1$2- ').replace(/^([ ]*)(\d{1,2})\. (?=\p{Lu})/gmu, '$1$2) ').replace(/^([ ]*)([a-eđ])\) /gm, '$1$2. '),
  // the header's date in figures ("Lào Cai, ngày 05/6/2025"), or its place without the comma
  headerDateFigures: (t) => t.replace(/(\p{L}, )ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u, '$1ngày $2/$3/$4'),
  headerPlaceNoComma: (t) => t.replace(/(\p{L}), ngày (\d{1,2}) tháng/u, '$1 ngày $2 tháng'),
  // page numbers a PDF's text layer leaves mid-paragraph, bare ("2") or marked ("- 2 -")
  pageNumbers: (t) => {
    let k = 0;
    let page = 1;
    return t.split('\n').map((l) => (++k % 35 === 0 ? `${l}\n${++page}` : l)).join('\n');
  },
  pageNumbersMarked: (t) => {
    let k = 0;
    let page = 1;
    return t.split('\n').map((l) => (++k % 35 === 0 ? `${l}\n- ${++page} -` : l)).join('\n');
  },
  // OCR letters in the header's serial ("Số: 1O5O/QĐ-SCT", "Số l008 - CV/BTGTU")
  ocrSerial: (t) => t.replace(/(Số\s*:?\s*)(\d*)0(\d*)(?=\s*[-/])/u, '$1$2O$3').replace(/(Số\s*:?\s*)(\d*)1(\d*)(?=\s*[-/])/u, '$1$2l$3'),
  // labels typed in capitals
  capsLabels: (t) => t.replace(/Kính gửi/g, 'KÍNH GỬI').replace(/Nơi nhận/g, 'NƠI NHẬN'),
  // a converter that drops leading spaces (layout inside a line is kept)
  dedented: (t) => t.replace(/^[ ]+/gm, ''),
  newTonePlacement: (t) => t.replace(/òa/g, 'oà').replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ').replace(/óa/g, 'oá'),
};

// Case and tone marks folded: the record keeps text as written, so "hoá" stays "hoá".
const fold = (s: unknown) => JSON.stringify(s ?? null).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const key = (text: string) => {
  const r = extract(text);
  return {
    number: r.number?.value, type: r.type?.code, date: r.date?.iso, issuer: r.issuer?.name, subject: r.subject,
    signers: r.signers.map((s) => s.name), citations: r.citations.map((c) => c.number?.value).sort(),
    distribution: r.distribution.length, recipients: r.recipients.map((x) => x.name),
    tasks: r.tasks.map((t) => `${t.section}:${t.assignees.map((a) => a.name).join('+')}`),
  };
};
const differences = (docs: { name: string; text: string }[], fn: (t: string) => string) => {
  const out: string[] = [];
  for (const d of docs) {
    const a = key(d.text);
    const b = key(fn(d.text));
    for (const k of Object.keys(a) as (keyof typeof a)[]) if (fold(a[k]) !== fold(b[k])) out.push(`${d.name} ${k}: ${JSON.stringify(a[k])} → ${JSON.stringify(b[k])}`);
  }
  return out;
};

// Spans point into the text given: every date (the header's, the citations', the tasks' due
// dates) covers its words there, whatever the clean text did to them (tone marks, spaces, breaks).
describe(`date spans hold the date as written (${all.length} texts)`, () => {
  const key = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '');
  it('header, citation and task dates', () => {
    const out: string[] = [];
    let n = 0;
    for (const d of all) {
      const r = extract(d.text);
      if (r.warnings.some((w) => w.code === 'LEGACY_ENCODING')) continue; // spans are into the 8-bit text
      for (const v of [r.date, ...r.citations.map((c) => c.date), ...r.tasks.map((t) => t.deadline)]) {
        if (!v) continue;
        n++;
        const at = d.text.slice(v.span.start, v.span.end);
        if (key(at) !== key(v.raw)) out.push(`${d.name}: ${v.raw} at ${JSON.stringify(at)}`);
      }
    }
    expect(out).toEqual([]);
    expect(n).toBeGreaterThan(20);
  });
});

describe(`the same record after export artefacts (${all.length} texts)`, () => {
  for (const [name, fn] of Object.entries(TRANSFORMS)) {
    it(name, () => {
      expect(differences(all, fn)).toEqual([]);
    });
  }
  it('paragraphs hard-wrapped at 72 columns', () => {
    expect(differences(all, (t) => wrap(t, 72))).toEqual([]);
  });
  // A citation's issuer written before its date ("số 22/2013/QĐ-TTg của Thủ tướng Chính phủ ngày
  // 26/4/2013"): the same number, date and issuer for every citation (the subject's words move;
  // the issuer moved ends where the extractor ends it, before "về", "sửa đổi" …).
  it('citations with the issuer before the date', () => {
    const swap = (t: string) =>
      t.replace(/(số [^\s,;]+),? ngày ((?:\d{1,2}\/\d{1,2}\/\d{4})|(?:\d{1,2} tháng \d{1,2} năm \d{4})) của ((?:Bộ|Thủ tướng|Chính phủ|Ủy ban|UBND|Ban|Sở|Cục)[^,;.()\n]{0,40}?)(?= về| hướng dẫn| qu[yi] định| sửa đổi|[,;.])/g, '$1 của $3 ngày $2');
    const cites = (t: string) => fold(extract(t).citations.map((c) => `${c.number?.value}@${c.date?.iso ?? ''}@${c.issuer ?? ''}`).sort());
    const out = all.filter((d) => cites(d.text) !== cites(swap(d.text))).map((d) => d.name);
    expect(out).toEqual([]);
  });
  // Signers' names printed in capitals (some offices do; OCR of a bold face may too).
  it('signers\' names in capitals', () => {
    const out: string[] = [];
    for (const d of all) {
      const a = extract(d.text);
      let t = d.text;
      for (const sg of a.signers) {
        const at = sg.name ? t.lastIndexOf(sg.name) : -1;
        if (at >= 0) t = t.slice(0, at) + sg.name!.toUpperCase() + t.slice(at + sg.name!.length);
      }
      const b = extract(t);
      const k = (r: typeof a) => fold(r.signers.map((x) => [x.authority, x.title, x.name]));
      if (k(a) !== k(b) || a.distribution.length !== b.distribution.length) out.push(`${d.name}: ${k(a)} → ${k(b)}`);
    }
    expect(out).toEqual([]);
  });
  // A blank line after every line (PDF → DOCX → text). The seeds are too short to tell from a
  // text written with blank lines between paragraphs, so the corpus texts are the test.
  it.skipIf(!existsSync(corpus))('every line break doubled (corpus)', () => {
    expect(differences(texts(corpus), (t) => t.replace(/\n/g, '\n\n'))).toEqual([]);
  });
});
