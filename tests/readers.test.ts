// Readers: every malformed input gives its typed error; real formats give the same record as
// text. The malformed set is generated (scripts/make-malformed.mjs), the corpus is read in place.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { closeReaders, extract, extractFile, extractRead, pageAt, readInput, sniffFormat, VanbanError } from '../src/index.js';
import { htmlToText } from '../src/read/html-text.js';
import { formatNumber, injectLabels, parseNumbering } from '../src/read/docx.js';
import { layoutLines } from '../src/read/layout.js';
import { parseTsv } from '../src/read/ocr.js';
import { repairGlyphs, rowNumberText, stampDigits } from '../src/read/pdf.js';
// @ts-expect-error: plain .mjs script
import { makeMalformed, minimalDocx, minimalPdf } from '../scripts/make-malformed.mjs';

let files: Record<string, string> = {};
beforeAll(async () => {
  files = await makeMalformed(mkdtempSync(join(tmpdir(), 'vanban-malformed-')));
});
afterAll(closeReaders); // the tesseract.js worker would keep the process alive

async function codeOf(p: string | Buffer, opts = {}): Promise<string> {
  const e = await extractFile(p, opts).then(
    () => 'NO ERROR',
    (err: unknown) => (err instanceof VanbanError ? err.code : `untyped: ${String(err)}`),
  );
  return e;
}

describe('malformed inputs give typed errors', () => {
  it('truncated PDF → CORRUPT_FILE', async () => expect(await codeOf(files['truncated.pdf']!)).toBe('CORRUPT_FILE'));
  it('encrypted PDF → ENCRYPTED; with its password it opens', async () => {
    expect(await codeOf(files['encrypted.pdf']!)).toBe('ENCRYPTED');
    const r = await extractFile(files['encrypted.pdf']!, { password: 'secret', ocr: false });
    expect(r.source.format).toBe('pdf');
    expect(r.source.pages).toHaveLength(1);
  });
  it('zip-bomb DOCX → TOO_LARGE before inflating', async () => {
    const t0 = performance.now();
    expect(await codeOf(files['zip-bomb.docx']!)).toBe('TOO_LARGE');
    expect(performance.now() - t0).toBeLessThan(5000);
  });
  it('0-byte file → a record with EMPTY_INPUT, not an error', async () => {
    const r = await extractFile(files['empty.txt']!);
    expect(r.warnings.map((w) => w.code)).toContain('EMPTY_INPUT');
  });
  it('random bytes → UNSUPPORTED_FORMAT', async () => expect(await codeOf(files['random.bin']!)).toBe('UNSUPPORTED_FORMAT'));
  it('a PNG renamed .pdf → UNSUPPORTED_FORMAT (content wins over the extension)', async () => expect(await codeOf(files['image.pdf']!)).toBe('UNSUPPORTED_FORMAT'));
  it('a broken zip named .docx → CORRUPT_FILE', async () => expect(await codeOf(files['not-a-docx.docx']!)).toBe('CORRUPT_FILE'));
  it('an OLE header with garbage named .doc → CORRUPT_FILE', async () => expect(await codeOf(files['garbage.doc']!)).toBe('CORRUPT_FILE'));
  it('limits: maxBytes → TOO_LARGE, a tiny time budget → TIMEOUT', async () => {
    expect(await codeOf(files['encrypted.pdf']!, { maxBytes: 10 })).toBe('TOO_LARGE');
    // a blank page goes to OCR, which takes far longer than 50 ms
    expect(await codeOf(minimalPdf(''), { timeoutMs: 50 })).toBe('TIMEOUT');
  });
  it('a scan with OCR off → NO_TEXT_LAYER warning, never a silent empty record', async () => {
    const r = await extractFile(minimalPdf(''), { ocr: false });
    expect(r.warnings.map((w) => w.code)).toContain('NO_TEXT_LAYER');
  });
});

describe('source hash', () => {
  it("a file's record is keyed by its bytes' hash; a text alone by the text's", async () => {
    const bytes = Buffer.from('\ufeffSố: 12/UBND-VP\r\nV/v thử', 'utf8');
    const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
    const read = await readInput(bytes);
    expect(read.sha256).toBe(sha(bytes));
    expect(extractRead(read).source.sha256).toBe(sha(bytes));
    expect((await extractFile(bytes)).source.sha256).toBe(sha(bytes));
    expect(extract(read.text).source.sha256).toBe(sha(read.text));
    expect(sha(read.text)).not.toBe(sha(bytes)); // the BOM and CRLF differ, so the two keys do
  });
});

describe('format sniffing by content', () => {
  it('recognises each format by its bytes', () => {
    expect(sniffFormat(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe('docx');
    expect(sniffFormat(Buffer.from('d0cf11e0a1b11ae1', 'hex'))).toBe('doc');
    expect(sniffFormat(Buffer.from('<!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(sniffFormat(Buffer.from('Số: 12/UBND-VP', 'utf8'), 'a.pdf')).toBe('txt');
    expect(sniffFormat(Buffer.from('{\\rtf1\\ansi x}'), 'a.doc')).toBe('rtf');
  });
});

describe('UTF-16 without a BOM', () => {
  it('is read as text, either byte order, by the zero bytes of its pairs; random bytes stay unsupported', async () => {
    const text = 'ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/UBND-VP\nX, ngày 05 tháng 6 năm 2025\nV/v thử nghiệm\n\nKính gửi: Sở Tài chính.\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const b of [le, be]) {
      expect(sniffFormat(b)).toBe('txt');
      const r = await extractFile(b);
      expect([r.number?.value, r.date?.iso, r.subject]).toEqual(['12/UBND-VP', '2025-06-05', 'thử nghiệm']);
    }
    expect(await codeOf(files['random.bin']!)).toBe('UNSUPPORTED_FORMAT');
  });
});

describe('HTML tables inside a text (GitHub-flavoured markdown)', () => {
  it('are read as an HTML page\'s tables: the header\'s cells, the rest as written', async () => {
    const md = '<table>\n<thead>\n<tr class="header">\n<th><p>ỦY BAN NHÂN DÂN</p>\n<p>XÃ LƯƠNG MINH</p>\n<p>Số: 16/KH-UBND</p></th>\n<th><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p>\n<p><em>Lương Minh, ngày 18 tháng 11 năm 2025</em></p></th>\n</tr>\n</thead>\n</table>\n\n**KẾ HOẠCH**\n\n**Thực hiện công tác bầu cử**\n\nCăn cứ Luật Bầu cử;\n';
    const r = await extractFile(Buffer.from(md, 'utf8'), { path: 'kh.md' });
    expect([r.number?.value, r.date?.iso, r.issuer?.name, r.subject]).toEqual(['16/KH-UBND', '2025-11-18', 'ỦY BAN NHÂN DÂN XÃ LƯƠNG MINH', 'Thực hiện công tác bầu cử']);
    expect(r.warnings.map((w) => w.code)).toContain('HTML_TABLES');
    // an opening tag never closed leaves the text as it is
    const open = await readInput(Buffer.from('Số: 1/UBND\n<table> một bảng chưa đóng\n', 'utf8'), { path: 'a.md' });
    expect(open.text).toBe('Số: 1/UBND\n<table> một bảng chưa đóng\n');
  });
});

describe('RTF (fixtures/rtf: a công văn written for the tests in TCVN3 fonts, tables for the header and the closing)', () => {
  const path = 'fixtures/rtf/cv-tcvn3-table.rtf';
  it('reads the record as from text: header cells, TCVN3 decoded, capitals of the ".VnTimeH" font, the closing table', async () => {
    const r = await extractFile(path);
    expect(r.source.format).toBe('rtf');
    expect(r.issuer?.name).toBe('UỶ BAN NHÂN DÂN TỈNH LÀO CAI');
    expect(r.number?.value).toBe('123/UBND-KT');
    expect(r.date?.iso).toBe('2026-06-11');
    expect(r.subject).toBe('tăng cường kiểm tra hoạt động khoáng sản');
    expect(r.recipients.map((x) => x.name)).toEqual(['Sở Nông nghiệp và Môi trường tỉnh Lào Cai']);
    expect(r.citations.map((c) => [c.number?.value, c.issuer])).toEqual([['4250/BNNMT-ĐCKS', 'Bộ Nông nghiệp và Môi trường']]);
    expect(r.tasks.map((t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`)).toEqual(['1: Sở Nông nghiệp và Môi trường', '2: Sở Công Thương']);
    expect(r.distribution.map((d) => d.name)).toEqual(['Như trên', 'Chủ tịch UBND tỉnh']);
    expect(r.signers.map((x) => [x.authority, x.onBehalfOf, x.title, x.name])).toEqual([['KT', 'Chủ tịch', 'Phó Chủ tịch', 'Nguyễn Thành Sinh']]);
  });
  it('an RTF named ".doc" (Word saved old archives so) is read as RTF; spans point into the text read', async () => {
    const bytes = readFileSync(path);
    const read = await readInput(bytes, { path: 'archive/cv-123.doc' });
    const r = extractRead(read);
    expect(r.source.format).toBe('rtf');
    expect(read.text.slice(r.number!.span.start, r.number!.span.end)).toBe('123/UBND-KT');
    expect(read.text.slice(r.signers[0]!.span.start, r.signers[0]!.span.end)).toContain('Nguyễn Thành Sinh');
  });
});

describe('a Buffer with its file name', () => {
  it('ReadOptions.path names the source and tells HTML from text by extension', async () => {
    const bytes = Buffer.from('<p>Số: 12/KH-UBND</p><p>Hà Nội, ngày 5 tháng 3 năm 2024</p>');
    const named = await extractFile(bytes, { path: 'archive/12-kh.html' });
    expect(named.source.path).toBe('archive/12-kh.html');
    expect(named.source.format).toBe('html');
    expect(named.number?.value).toBe('12/KH-UBND');
    expect((await extractFile(bytes)).source.path).toBeUndefined();
  });
});

describe('legacy 8-bit text files (seed 004 re-encoded with glibc iconv)', () => {
  const seed = 'fixtures/seeds/004_34ba2caeb00c9d16.txt';
  // what a record says, without where it says it (offsets differ: one byte per letter here)
  const facts = (r: Awaited<ReturnType<typeof extractFile>>) =>
    JSON.parse(JSON.stringify({ ...r, source: undefined, warnings: undefined }, (k, v) => (k === 'span' || k === 'mentions' || k === 'subjectSpan' ? undefined : v)));
  for (const [enc, file] of [
    ['viscii', 'fixtures/legacy/004-viscii.txt'],
    ['cp1258', 'fixtures/legacy/004-cp1258.txt'],
  ] as const) {
    it(`${enc}: detected, and the record is the UTF-8 seed's`, async () => {
      const [want, got] = await Promise.all([extractFile(seed), extractFile(file)]);
      expect(got.source.encoding).toBe(enc);
      expect(got.number?.value).toBe('1008-CV/BTGTU');
      expect(facts(got)).toEqual(facts(want));
      expect(got.warnings.map((w) => w.code)).toContain('LEGACY_ENCODING');
    });
  }
  it('spans are byte offsets into the file', async () => {
    const r = await extractFile('fixtures/legacy/004-cp1258.txt');
    const bytes = readFileSync('fixtures/legacy/004-cp1258.txt');
    const s = r.signers[0]!.span!;
    // "Phùng Quang Hội": CP1258 writes ù and ộ as base letter + tone byte
    expect(new TextDecoder('windows-1258').decode(bytes.subarray(s.start, s.end)).normalize('NFC')).toContain('Phùng Quang Hội');
  });
});

describe('layout: positioned items → lines', () => {
  it('splits a two-column header stored left block first into cells on shared lines', () => {
    const items = [
      { str: 'UBND TỈNH LÀO CAI', x: 100, w: 120, cy: 50, h: 12 },
      { str: 'SỞ CÔNG THƯƠNG', x: 105, w: 110, cy: 65, h: 12 },
      { str: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', x: 300, w: 250, cy: 50.6, h: 12 },
      { str: 'Độc lập - Tự do - Hạnh phúc', x: 340, w: 170, cy: 65.4, h: 12 },
    ];
    expect(layoutLines(items).text).toBe('UBND TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG\tĐộc lập - Tự do - Hạnh phúc');
  });
  it('a right-column line set a little lower never pulls the next left line into its own', () => {
    // "Nơi nhận" items 11 pt apart at 10 pt; the signer's title (14 pt) sits between two of them
    const line = (text: string, x: number, cy: number, h: number) =>
      text.split(' ').map((str) => {
        const it = { str, x, w: str.length * 5, cy, h };
        x += it.w + 3;
        return it;
      });
    const items = [...line('- Như trên;', 85, 400, 10), ...line('PHÓ CHỦ TỊCH', 378, 404.5, 14), ...line('- Chủ tịch UBND tỉnh;', 85, 411, 10)];
    expect(layoutLines(items).text).toBe('- Như trên;\tPHÓ CHỦ TỊCH\n- Chủ tịch UBND tỉnh;');
  });
  it('fills a stamped serial into its blank without a gap: "Số: 193/UBND-KT"', () => {
    const items = [
      { str: 'Số:', x: 100, w: 20, cy: 50, h: 12 },
      { str: '/UBND-KT', x: 170, w: 60, cy: 50, h: 12 },
      { str: '193', x: 128, w: 20, cy: 50, h: 12, glue: true },
    ];
    expect(layoutLines(items).text).toBe('Số: 193/UBND-KT');
  });
  it('keeps a footnote mark apart from the word it follows ("KHTC¹" is not "KHTC1")', () => {
    const items = [
      { str: 'Công văn số 2362/BNNMT-KHTC', x: 100, w: 180, cy: 50, h: 12 },
      { str: '2', x: 280, w: 4, cy: 46, h: 7 },
      { str: 'ngày 23', x: 290, w: 40, cy: 50, h: 12 },
    ];
    expect(layoutLines(items).text).toBe('Công văn số 2362/BNNMT-KHTC 2 ngày 23');
  });
  it('a ruled table: rows as tab-separated cells, in place between the lines around it', () => {
    const w = (str: string, x: number, cy: number) => ({ str, x, w: str.length * 5, cy, h: 10 });
    // columns 50|80|300|400, rows 100|120|160|200; the lead cell (column 2) is merged over rows 1-2
    const grid = {
      xs: [50, 80, 300, 400],
      ys: [100, 120, 160, 200],
      hEdge: [[true, true, true], [true, true, true], [true, true, false], [true, true, true]],
      vEdge: [[true, true, true, true], [true, true, true, true], [true, true, true, true]],
    };
    const items = [
      w('II. NHIỆM VỤ', 50, 90),
      w('STT', 52, 110), w('Nội dung', 85, 110), w('Chủ trì', 305, 110),
      w('1', 55, 140), w('Rà soát thủ tục', 85, 134), w('nội bộ', 85, 146),
      w('Sở Nội vụ', 305, 160), // centred on the merged cell, across the edge not drawn
      w('2', 55, 180),
      w('III. TỔ CHỨC THỰC HIỆN', 50, 260),
    ];
    expect(layoutLines(items, [grid]).text).toBe(
      'II. NHIỆM VỤ\nSTT\tNội dung\tChủ trì\n1\tRà soát thủ tục nội bộ\tSở Nội vụ\n2\t\tSở Nội vụ\n\nIII. TỔ CHỨC THỰC HIỆN',
    );
  });
  it('a ruled table of 100 000 words stays linear', () => {
    const xs = Array.from({ length: 11 }, (_, k) => k * 50);
    const ys = Array.from({ length: 101 }, (_, k) => k * 20);
    const grid = { xs, ys, hEdge: ys.map(() => xs.slice(1).map(() => true)), vEdge: ys.slice(1).map(() => xs.map(() => true)) };
    const items = Array.from({ length: 100_000 }, (_, k) => ({ str: 'chữ', x: (k % 10) * 50 + 2, w: 10, cy: Math.floor(k / 1000) * 20 + 1 + (k % 1000) / 100, h: 0.5 }));
    const t0 = performance.now();
    const lines = layoutLines(items, [grid]).text.split('\n');
    expect(lines).toHaveLength(100);
    expect(lines[0]!.split('\t')).toHaveLength(10);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
  it('reads stamp digits with OCR letter confusions, refuses noise', () => {
    expect(stampDigits('0lnăm')).toBe('01');
    expect(stampDigits('0 Inăi')).toBe('01');
    expect(stampDigits(' 193 ')).toBe('193');
    expect(stampDigits('Êdỗ')).toBeNull();
  });
  it('mends a scanned number cell: "Ị" and "|" for 1, marks and border remains around it; a roman "I" stays', () => {
    expect(['Ị', '1 |', '_ 3', '2_', '12.', 'l', 'I', 'STT', 'A'].map(rowNumberText)).toEqual(['1', '1', '3', '2', '12', '1', 'I', 'STT', 'A']);
  });
  it('repairs the broken "ư" glyph map', () => expect(repairGlyphs('BỘ CÔNG THƢƠNG, nƣớc')).toBe('BỘ CÔNG THƯƠNG, nước'));
  it('keeps tesseract lines (TSV) and splits columns inside a line', () => {
    const row = (l: number, x: number, t: string) => `5\t1\t1\t1\t${l}\t1\t${x}\t100\t${t.length * 10}\t20\t95\t${t}`;
    const tsv = ['level', row(1, 10, 'UBND'), row(1, 70, 'TỈNH'), row(1, 400, 'CỘNG'), row(1, 460, 'HÒA')].join('\n');
    expect(parseTsv(tsv).map((i) => i.str)).toEqual(['UBND TỈNH\tCỘNG HÒA']);
  });
  it('word by word (for table cells), without stray marks: small and unsure ones go, a sure comma stays', () => {
    const word = (x: number, h: number, conf: number, t: string) => `5\t1\t1\t1\t1\t1\t${x}\t100\t${t.length * 10}\t${h}\t${conf}\t${t}`;
    const tsv = ['level', word(10, 40, 96, 'Nội'), word(60, 11, 41, 'N'), word(90, 40, 95, 'dung'), word(140, 9, 93, ','), word(160, 40, 96, 'nhiệm')].join('\n');
    expect(parseTsv(tsv, true).map((i) => i.str)).toEqual(['Nội', 'dung', ',', 'nhiệm']);
  });
});

describe('DOCX list labels rebuilt from numbering.xml', () => {
  const numbering = `<w:numbering><w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  </w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  const p = (num: number, lvl: number, t: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${num}"/></w:numPr></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
  it('counts per level, restarts deeper levels, formats roman/decimal/letter/bullet', () => {
    const doc = [p(1, 0, 'A'), p(1, 1, 'B'), p(1, 2, 'C'), p(1, 2, 'D'), p(1, 1, 'E'), p(1, 2, 'F'), p(1, 0, 'G'), p(2, 0, 'H')].join('');
    const out = injectLabels(doc, parseNumbering(numbering, ''));
    const labels = [...out.matchAll(/<w:t xml:space="preserve">([^<]*) <\/w:t>/g)].map((m) => m[1]);
    expect(labels).toEqual(['I.', '1.', 'a)', 'b)', '2.', 'a)', 'II.', '-']);
  });
  it('formats numbers', () => {
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(27, 'lowerLetter')).toBe('aa');
  });
});

describe('DOCX task table (Word merges: gridSpan, vMerge)', () => {
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
  const tc = (paras: string[], pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${paras.map(p).join('') || '<w:p/>'}</w:tc>`;
  const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
  it('an empty cell, a group row, a lead merged down two rows and a two-paragraph cell: one task per row', async () => {
    const table = `<w:tbl>${[
      tr(tc(['STT']), tc(['Nội dung nhiệm vụ']), tc(['Cơ quan chủ trì']), tc(['Cơ quan phối hợp']), tc(['Thời gian'])),
      tr(tc(['A. Nhóm nhiệm vụ về thủ tục hành chính'], '<w:gridSpan w:val="5"/>')),
      tr(tc(['1']), tc(['Rà soát thủ tục nội bộ', '- Rà soát quy trình liên thông']), tc(['Văn phòng UBND tỉnh']), tc([]), tc(['Quý II/2025'])),
      tr(tc(['2']), tc(['Số hóa hồ sơ']), tc(['Sở Khoa học và Công nghệ'], '<w:vMerge w:val="restart"/>'), tc(['Các sở, ngành']), tc(['Tháng 12/2025'])),
      tr(tc(['3']), tc(['Kiểm tra việc thực hiện']), tc([], '<w:vMerge/>'), tc(['Sở Nội vụ']), tc(['Hằng năm'])),
    ].join('')}</w:tbl>`;
    const head = ['ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH', 'Số: 145/KH-UBND', 'Hòa Bình, ngày 08 tháng 4 năm 2025', 'KẾ HOẠCH', 'Cải cách thủ tục hành chính năm 2025', 'I. MỤC ĐÍCH, YÊU CẦU', 'Triển khai đồng bộ.', 'II. NHIỆM VỤ CỤ THỂ'];
    const r = await extractFile(await minimalDocx(`${head.map(p).join('')}${table}${p('III. TỔ CHỨC THỰC HIỆN')}${p('Văn phòng UBND tỉnh theo dõi, báo cáo./.')}`));
    expect(r.source.format).toBe('docx');
    expect(r.number?.value).toBe('145/KH-UBND');
    expect(r.tasks.map((t) => [t.section, t.assignees.map((a) => a.name), t.partners.map((a) => a.name), t.heading])).toEqual([
      ['II.A.1', ['Văn phòng UBND tỉnh'], [], 'Rà soát thủ tục nội bộ - Rà soát quy trình liên thông'],
      ['II.A.2', ['Sở Khoa học và Công nghệ'], ['Các sở, ngành'], 'Số hóa hồ sơ'],
      ['II.A.3', ['Sở Khoa học và Công nghệ'], ['Sở Nội vụ'], 'Kiểm tra việc thực hiện'],
      ['III', ['Văn phòng UBND tỉnh'], [], 'TỔ CHỨC THỰC HIỆN'],
    ]);
  });
});

describe('PDF task tables: ruled grids read by cell', () => {
  const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'pdf', name);
  const taskRows = (r: { tasks: { section: string; assignees: { name: string }[]; partners: { name: string }[]; heading: string | null }[] }) =>
    r.tasks.map((t) => [t.section, t.assignees.map((a) => a.name), t.partners.map((a) => a.name), t.heading]);

  it('merged cells: a two-level header is one row, group rows span it, a lead merged over two rows leads both', async () => {
    const read = await readInput(fixture('task-table-merged.pdf'), { ocr: false });
    const lines = read.text.split('\n');
    expect(lines).toContain('STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian Bắt đầu\tHoàn thành');
    expect(lines).toContain('A. Nhóm nhiệm vụ về hạ tầng số');
    expect(lines).toContain('2\tTriển khai nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh\tSở Khoa học và Công nghệ\tCác sở, ban, ngành\tTháng 6/2025\tTháng 12/2025');
    const pdf = await extractFile(fixture('task-table-merged.pdf'), { ocr: false });
    // the same tasks as the HTML the PDF was printed from
    const html = await extractFile(fixture('task-table-merged.html'));
    expect(taskRows(pdf)).toEqual(taskRows(html));
    expect(taskRows(pdf).slice(0, 3)).toEqual([
      ['II.A.1', ['Sở Khoa học và Công nghệ'], ['Viễn thông Hà Giang'], 'Nâng cấp mạng diện rộng của tỉnh bảo đảm kết nối thông suốt đến cấp xã'],
      ['II.A.2', ['Sở Khoa học và Công nghệ'], ['Các sở, ban, ngành'], 'Triển khai nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh'],
      ['II.B.3', ['Sở Nông nghiệp và Môi trường'], ['UBND các huyện, thành phố'], 'Xây dựng cơ sở dữ liệu đất đai'],
    ]);
    // spans point into the text read, at the words of the row
    const t = pdf.tasks[0]!;
    expect(read.text.slice(t.span.start, t.span.end)).toContain('Nâng cấp mạng diện rộng');
    // due: the "Hoàn thành" half of the split "Thời gian" column; a quarter keeps its year
    expect(pdf.tasks.map((x) => x.deadline && [x.deadline.year, x.deadline.month, x.deadline.raw])).toEqual([[2025, 10, 'Tháng 10/2025'], [2025, 12, 'Tháng 12/2025'], [2025, null, 'Quý IV/2025'], null]);
    for (const x of pdf.tasks) if (x.deadline) expect(read.text.slice(x.deadline.span.start, x.deadline.span.end)).toBe(x.deadline.raw);
  });
  it('a table over two pages, with a row split by the page break: 15 tasks, row 8 whole', async () => {
    const pdf = await extractFile(fixture('task-table-two-pages.pdf'), { ocr: false });
    const html = await extractFile(fixture('task-table-two-pages.html'));
    expect(pdf.source.pages).toHaveLength(2);
    expect(taskRows(pdf)).toEqual(taskRows(html));
    expect(pdf.tasks.filter((t) => t.section.startsWith('II.'))).toHaveLength(15);
    expect(taskRows(pdf)[7]).toEqual(['II.8', ['Sở Nội vụ'], ['Các cơ quan liên quan'], 'Nhiệm vụ số 8: tổ chức triển khai các nội dung theo kế hoạch chuyển đổi số của tỉnh, bảo đảm tiến độ và chất lượng, báo cáo kết quả định kỳ']);
  });
  it('borders stroked as lines (m … l … S), cells wrapped over two lines and vertically centred', async () => {
    // columns 50|80|300|400|500|560, rows 780|760|720|690 (PDF space, y up)
    const xs = [50, 80, 300, 400, 500, 560];
    const ys = [780, 760, 720, 690];
    const lines = [...ys.map((y) => `50 ${y} m 560 ${y} l S`), ...xs.map((x) => `${x} 780 m ${x} 690 l S`)].join('\n');
    const txt = (x: number, y: number, s: string) => `BT /F1 9 Tf ${x} ${y} Td (${s}) Tj ET`;
    const stream = [
      '0.5 w', lines,
      txt(55, 767, 'STT'), txt(85, 767, 'Noi dung nhiem vu'), txt(305, 767, 'Co quan chu tri'), txt(405, 767, 'Co quan phoi hop'), txt(505, 767, 'Thoi gian'),
      // row 1: content on two lines, the others centred between them
      txt(60, 737, '1'), txt(85, 743, 'Ra soat, don gian hoa thu tuc hanh chinh'), txt(85, 731, 'noi bo trong co quan nha nuoc'), txt(305, 737, 'So Noi vu'), txt(405, 743, 'Cac so, ban,'), txt(405, 731, 'nganh'), txt(505, 737, 'Quy II/2025'),
      txt(60, 702, '2'), txt(85, 702, 'Kiem tra cong tac cai cach'), txt(305, 702, 'Van phong UBND'), txt(505, 702, 'Quy III/2025'),
    ].join('\n');
    const read = await readInput(minimalPdf('', '', [], stream), { ocr: false });
    expect(read.text.split('\n')).toEqual([
      'STT\tNoi dung nhiem vu\tCo quan chu tri\tCo quan phoi hop\tThoi gian',
      '1\tRa soat, don gian hoa thu tuc hanh chinh noi bo trong co quan nha nuoc\tSo Noi vu\tCac so, ban, nganh\tQuy II/2025',
      '2\tKiem tra cong tac cai cach\tVan phong UBND\t\tQuy III/2025',
    ]);
  });
  it('a scanned table (150 dpi, skewed 0.3°): borders found in the image, number column and header read cell by cell', async () => {
    const r = await extractFile(fixture('task-table-scan.pdf'));
    expect(r.source.ocr).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('OCR_TABLES');
    const key = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z]/g, '');
    // (the two engines differ in their noise: tesseract.js may add a letter after a cell's text)
    const rows = r.tasks.filter((t) => t.section.startsWith('II.'));
    expect(rows.map((t) => t.section)).toEqual(['II.1', 'II.2', 'II.3']);
    ['vanphongubndtinh', 'sokhoahocvacongnghe', 'sonoivu'].forEach((lead, k) => expect(key(rows[k]!.assignees.map((a) => a.name).join())).toMatch(new RegExp(`^${lead}[a-z]?$`)));
  }, 60_000);
  it('a landscape page drawn rotated (/Rotate 90, text at 90° in PDF space) reads as upright lines', async () => {
    const lines = ['UY BAN NHAN DAN TINH LAO CAI', 'So: 12/KH-UBND', 'Lao Cai, ngay 5 thang 3 nam 2024'];
    const stream = lines.map((l, i) => `BT /F1 12 Tf 0 1 -1 0 ${100 + 20 * i} 72 Tm (${l}) Tj ET`).join('\n');
    const read = await readInput(minimalPdf('', '', [], stream, '/Rotate 90 '), { ocr: false });
    expect(read.text).toBe(lines.join('\n'));
  });
  it('a page with no "STT" header is read line by line (its drawn lines are not looked at)', async () => {
    const stream = ['50 780 m 560 780 l S 50 700 m 560 700 l S 50 780 m 50 700 l S 300 780 m 300 700 l S 560 780 m 560 700 l S', 'BT /F1 9 Tf 55 760 Td (Muc tieu) Tj ET', 'BT /F1 9 Tf 55 748 Td (chung) Tj ET', 'BT /F1 9 Tf 305 754 Td (Noi dung) Tj ET'].join('\n');
    const read = await readInput(minimalPdf('', '', [], stream), { ocr: false });
    expect(read.text).toBe('Muc tieu\nNoi dung\nchung');
  });
});

describe('HTML', () => {
  it('flattens a header table row into side-by-side cells and drops scripts', () => {
    const html = `<html><head><script>var a = "<p>x</p>";</script></head><body><table><tr><td><p>BỘ TÀI CHÍNH</p><p>Số: 12/BTC-VP</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Hà Nội, ngày 1 tháng 2 năm 2024</p></td></tr></table><p>Kính gửi:&nbsp;các đơn vị&#46;</p></body></html>`;
    expect(htmlToText(html)).toBe('BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BTC-VP\tHà Nội, ngày 1 tháng 2 năm 2024\nKính gửi: các đơn vị.');
  });
  it('an HTML file gives the same header fields as its text', async () => {
    const html = Buffer.from(`<!DOCTYPE html><html><body><table><tr><td><p>UBND TỈNH LẠNG SƠN</p><p>SỞ THÔNG TIN VÀ TRUYỀN THÔNG</p><p>Số: 12/STTTT-TTBCXB</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p>Lạng Sơn, ngày 22 tháng 12 năm 2021</p></td></tr></table><p>Kính gửi: Các cơ quan báo chí trên địa bàn tỉnh.</p><p>Căn cứ Nghị quyết số 63-NQ/TU ngày 29/12/2021 của Ban Thường vụ Tỉnh ủy.</p></body></html>`);
    const r = await extractFile(html);
    expect(r.source.format).toBe('html');
    expect(r.number?.value).toBe('12/STTTT-TTBCXB');
    expect(r.date?.iso).toBe('2021-12-22');
    expect(r.place).toBe('Lạng Sơn');
    expect(r.citations.map((c) => c.number?.value)).toEqual(['63-NQ/TU']);
  });
  // A plan's task table: an empty cell, a group row across it, a lead merged over two rows, a
  // content cell of two paragraphs.
  const TASK_TABLE =
    '<table><tr><th>STT</th><th>Nội dung</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian</th></tr>' +
    '<tr><td colspan="5">A. Nhóm nhiệm vụ về thủ tục</td></tr>' +
    '<tr><td>1</td><td><p>Rà soát thủ tục</p><p>- Rà soát quy trình</p></td><td>Văn phòng UBND tỉnh</td><td></td><td>Quý II</td></tr>' +
    '<tr><td>2</td><td>Số hóa hồ sơ</td><td rowspan="2">Sở Khoa học và Công nghệ</td><td>Các sở</td><td>Tháng 12</td></tr>' +
    '<tr><td>3</td><td>Kiểm tra</td><td>Sở Nội vụ</td><td>Hằng năm</td></tr></table>';
  it('a table of 3+ columns keeps every column: empty and spanned cells stay, a merged cell repeats in each row it covers', () => {
    expect(htmlToText(TASK_TABLE).split('\n')).toEqual([
      'STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
      'A. Nhóm nhiệm vụ về thủ tục',
      '1\tRà soát thủ tục\tVăn phòng UBND tỉnh\t\tQuý II',
      '\t- Rà soát quy trình',
      '2\tSố hóa hồ sơ\tSở Khoa học và Công nghệ\tCác sở\tTháng 12',
      '3\tKiểm tra\tSở Khoa học và Công nghệ\tSở Nội vụ\tHằng năm',
    ]);
  });
  it('a layout table (a header beside an empty spacer cell) is read as before: no data columns', () => {
    const html = '<table><tr><td><p>BỘ TÀI CHÍNH</p></td><td>&nbsp;</td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></td></tr></table>';
    expect(htmlToText(html)).toBe('BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
  it('so each row of an HTML task table is a task with its own lead', async () => {
    const html = `<p>ỦY BAN NHÂN DÂN TỈNH X</p><p>Số: 5/KH-UBND</p><p>X, ngày 01 tháng 02 năm 2024</p><p>KẾ HOẠCH</p><p>Cải cách thủ tục</p><p>I. NHIỆM VỤ</p>${TASK_TABLE}<p>II. TỔ CHỨC THỰC HIỆN</p><p>Các sở thực hiện./.</p>`;
    const r = await extractFile(Buffer.from(html), { path: 'plan.html' });
    expect(r.tasks.map((t) => [t.section, t.assignees.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['I.A.1', ['Văn phòng UBND tỉnh'], []],
      ['I.A.2', ['Sở Khoa học và Công nghệ'], ['Các sở']],
      ['I.A.3', ['Sở Khoa học và Công nghệ'], ['Sở Nội vụ']],
      ['II', ['Các sở'], []],
    ]);
  });
});

// Real documents of every format, read in place from ../shared/corpus (never copied here).
const corpus = join('..', 'shared', 'corpus');
const haveCorpus = existsSync(corpus);
if (!haveCorpus) console.warn(`corpus reader tests skipped: ${corpus} not found (../shared is not beside the clone)`);
const find = (prefix: string) => (haveCorpus ? readdirSync(corpus).find((f) => f.startsWith(prefix)) : undefined);

describe.skipIf(!haveCorpus)('corpus documents by format', () => {
  it('PDF with a text layer and signature stamps: number and day from the stamps, pages in source', async () => {
    const r = await extractFile(join(corpus, find('010_')!), { includeText: true });
    expect(r.number?.value).toBe('1178/ĐCK-CTT');
    expect(r.date?.iso).toBe('2025-07-09');
    expect(r.issuer?.parent).toMatch(/BỘ CÔNG THƯƠNG/i);
    expect(r.source.pages?.[0]?.number).toBe(1);
    expect(pageAt(r, r.number!.span.start)).toBe(1);
    expect(r.text ?? '').not.toMatch(/ƣ/);
  });
  it('DOCX: list labels survive, so tasks have sections', async () => {
    const r = await extractFile(join(corpus, find('011_')!));
    expect(r.source.format).toBe('docx');
    expect(r.number?.value).toBe('07/CT-TTg');
    expect(r.tasks.length).toBeGreaterThan(3);
    expect(r.tasks.every((t) => /^\d|^[IVX]|^[a-z]|^Điều/.test(t.section))).toBe(true);
  });
  it('DOC in VNI: decoded, number and date read', async () => {
    const r = await extractFile(join(corpus, find('044_')!));
    expect(r.source.format).toBe('doc');
    expect(r.source.encoding).toBe('vni');
    expect(r.number?.value).toBe('991/QĐ-UBND');
    expect(r.date?.iso).toBe('2008-05-14');
  });
  it('DOC in TCVN3 (soft hyphen = ư kept)', async () => {
    const r = await extractFile(join(corpus, find('043_')!));
    expect(r.source.encoding).toBe('tcvn3');
    expect(r.number?.value).toBe('256/2004/QĐ-UB');
    expect(r.citations.some((c) => c.number?.value === '136/2001/QĐ-TTg')).toBe(true);
  });
});
