import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { fillTypeSlot, numberMatches, numberRegex, parseNumber } from './number.js';

describe('parseNumber', () => {
  it.each([
    ['Số 1008 - CV/BTGTU', { value: '1008-CV/BTGTU', serial: '1008', typeCode: 'CV', issuerCode: 'BTGTU', system: 'party' }],
    ['Số: 09/KH-UBND', { value: '09/KH-UBND', serial: '09', typeCode: 'KH', issuerCode: 'UBND', system: 'state' }],
    ['Số: 5141 /SNNMT-KS', { value: '5141/SNNMT-KS', typeCode: null, issuerCode: 'SNNMT', system: 'state' }],
    ['Số: 01/2006/TT-NHNN', { value: '01/2006/TT-NHNN', year: 2006, typeCode: 'TT', issuerCode: 'NHNN' }],
    ['Luật số 42/2024/QH15', { value: '42/2024/QH15', year: 2024, typeCode: null, issuerCode: 'QH15' }],
    // (a scan's symbol without the stroke of Đ: "CD" is the Prime Minister's telegram, CĐ)
    ['Số: 103/CD-TTg', { value: '103/CD-TTg', typeCode: 'CĐ', issuerCode: 'TTg', system: 'state' }],
    ['Số: /STTTT-TTBCXB', { value: '/STTTT-TTBCXB', serial: null, symbol: 'STTTT-TTBCXB' }],
    ['số 01-CTr/BTGTU-HĐND-UBND-TA-VKS,', { value: '01-CTr/BTGTU-HĐND-UBND-TA-VKS', typeCode: 'CTr' }],
    ['Quy định số 08-QĐi/TW ngày', { value: '08-QĐi/TW', typeCode: 'QyĐ' }],
    ['số 09/KH-UBND.', { value: '09/KH-UBND' }],
    ['Quyết định số 1330/QĐ-CT.UB ngày', { value: '1330/QĐ-CT.UB' }],
    // spaced separators still join symbol segments, but a place after " - " is no segment
    ['Số: 3210/QĐ - UBND', { value: '3210/QĐ-UBND' }],
    ['Quyết định số 22/2013/QĐ - TTg ngày', { value: '22/2013/QĐ-TTg' }],
    ['Số 171-KL/TW - Hà Nội, ngày 27', { value: '171-KL/TW' }],
    ['Số: 12/UBND-VP - Lào Cai, ngày 5', { value: '12/UBND-VP' }],
    // an "&" a copy spaced inside a symbol joins its codes; a word after a spaced "&" is none
    ['Tờ trình số 92/TTr-KH &ĐT ngày', { value: '92/TTr-KH&ĐT', issuerCode: 'KH&ĐT' }],
    ['Tờ trình số 92/TTr-KH& ĐT ngày', { value: '92/TTr-KH&ĐT' }],
    ['số 92/TTr-SKH & các sở', { value: '92/TTr-SKH' }],
    // a font that draws U with a horn: no symbol has "Ư"
    ['Số 445-KL/TƯ', { value: '445-KL/TU', issuerCode: 'TU', raw: '445-KL/TƯ' }],
    // a Party body's code typed in mixed case ("CTr/Tu"); the type's own case ("CTr") stays
    ['Chương trình hành động số 104-CTr/Tu ngày', { value: '104-CTr/TU', typeCode: 'CTr', issuerCode: 'TU' }],
    ['Số: 12/QĐ-ƯBND', { value: '12/QĐ-UBND', issuerCode: 'UBND' }],
    // a Party number with its dash dropped (OCR) or written as a space (web copies)
    ['Kết luận số 176KL/TW', { value: '176-KL/TW', system: 'party' }],
    ['Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013', { value: '84-QĐ/TWĐTN', typeCode: 'QĐ', issuerCode: 'TWĐTN', raw: '84 QĐ/TWĐTN' }],
    // a serial with a letter, as a number given between two others
    ['Quyết định số 5762a/QĐ-SLĐTBXH ngày 04/9/2024', { value: '5762a/QĐ-SLĐTBXH', serial: '5762a', typeCode: 'QĐ', issuerCode: 'SLĐTBXH' }],
    // a second serial after a dot, as the Government numbers a series of resolutions
    ['Nghị quyết số 66.13/2026/NQ-CP ngày 27 tháng 01 năm 2026', { value: '66.13/2026/NQ-CP', serial: '66.13', year: 2026, typeCode: 'NQ', issuerCode: 'CP' }],
  ])('%s', (text, want) => {
    expect(parseNumber(text)).toMatchObject(want);
  });

  it('a type slot left blank ("866/-TTg") is filled from the type known elsewhere, the raw text kept', () => {
    const n = parseNumber('Số: 866/-TTg')!;
    expect([n.value, n.typeCode]).toEqual(['866/TTg', null]);
    expect(fillTypeSlot(n, 'QĐ')).toMatchObject({ value: '866/QĐ-TTg', typeCode: 'QĐ', issuerCode: 'TTg', raw: '866/-TTg' });
    expect(fillTypeSlot(parseNumber('Số: 38/CP')!, 'NQ').value).toBe('38/CP'); // an old-style number has no slot
    const r = extract('THỦ TƯỚNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 866/-TTg\tHà Nội, ngày 18 tháng 7 năm 2023\nQUYẾT ĐỊNH\nPhê duyệt Quy hoạch\n');
    expect([r.number?.value, r.type?.code]).toEqual(['866/QĐ-TTg', 'QĐ']);
  });
  it('does not read dates, ranges or lower-case words as numbers', () => {
    expect(parseNumber('ngày 29/12/2021')).toBeNull();
    expect(parseNumber('giai đoạn 2021 - 2025')).toBeNull();
    expect(parseNumber('và/hoặc')).toBeNull();
    expect(parseNumber('có 3 Tổ/nhóm')).toBeNull(); // a space then a capital is no number without a type code
  });

  it('puts back the hyphen a copy lost between a known type and a known issuer, not inside an issuer\'s code', () => {
    expect(parseNumber('Nghị định số 06/2022/NĐCP ngày 07/01/2022')).toMatchObject({ value: '06/2022/NĐ-CP', typeCode: 'NĐ', issuerCode: 'CP', raw: '06/2022/NĐCP' });
    expect(parseNumber('Quyết định số 12/QĐUBND')?.value).toBe('12/QĐ-UBND');
    expect(parseNumber('Kết luận số 5/TTCP')?.value).toBe('5/TTCP'); // Thanh tra Chính phủ
    expect(parseNumber('Thông tư liên tịch số 7/TTLT-BTC')?.value).toBe('7/TTLT-BTC');
  });

  it('reads OCR\'s marks beside a number as no part of it: a space before the "/", a modifier letter after the symbol', () => {
    expect(parseNumber('Số 176KL /TW')?.value).toBe('176-KL/TW');
    expect(parseNumber('Số 176XY /TW')?.serial ?? null).toBeNull(); // no type code: 176 is no serial
    expect(parseNumber('Nghị định số 24/2026/NĐ-CPˆ không')).toMatchObject({ value: '24/2026/NĐ-CP', raw: '24/2026/NĐ-CP' });
  });

  it('gives the span of the number inside the text', () => {
    const n = parseNumber('Căn cứ Nghị quyết số 63-NQ/TU, ngày', 100)!;
    expect(n.span).toEqual({ start: 121, end: 129 });
  });
});

describe('the header number', () => {
  it('is the "Số:" label\'s, not a citation written "Quyết định số: …" above it', async () => {
    const { extract } = await import('../pipeline.js');
    const r = extract('# Hướng dẫn thực hiện Quyết định số: 22/2013/QĐ-TTg ngày 26 tháng 4 năm 2013\n\nỦY BAN NHÂN DÂN THÀNH PHỐ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3210/QĐ-UBND    Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014\n\nQUYẾT ĐỊNH\nVề ban hành Kế hoạch\n');
    expect(r.number?.value).toBe('3210/QĐ-UBND');
    expect(r.citations.map((c) => c.number?.value)).toContain('22/2013/QĐ-TTg');
    // a header word in capitals before the label is still the header
    expect(extract('CỤC THUẾ Số: 2324/CT-CS    Hà Nội, ngày 8 tháng 7 năm 2025\nV/v thử\n').number?.value).toBe('2324/CT-CS');
  });
  it('is the "Số:" line, not a "SỐ …" in capitals that names the issuing body ("ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT")', async () => {
    const { extract } = await import('../pipeline.js');
    const r = extract('   SỞ CÔNG THƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    ĐOÀN KIỂM TRA                         Độc lập - Tự do - Hạnh Phúc\n  THEO QUYẾT ĐỊNH\n   SỐ 1050/QĐ-SCT                      Lào Cai, ngày 10 tháng 3 năm 2026\n\n     Số: 1105/KH-ĐKT\n\n                               KẾ HOẠCH\nKiểm tra việc chấp hành\n\nThực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương.\n');
    expect(r.number?.value).toBe('1105/KH-ĐKT');
    expect(r.citations.map((c) => c.number?.value)).toEqual(['1050/QĐ-SCT']);
    // a header with only the capitals label still has its number
    expect(extract('BỘ TÀI CHÍNH\nSỐ 12/BTC-CST\nV/v thử\n').number?.value).toBe('12/BTC-CST');
  });
  it('reads a serial typed into the blank before the symbol, the gap kept ("Số:   4390     /UBND-NLN")', async () => {
    const { extract } = await import('../pipeline.js');
    const head = (num: string) => `  ỦY BAN NHÂN DÂN                       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    TỈNH LÀO CAI                              Độc lập - Tự do - Hạnh phúc\n ${num}                  Lào Cai, ngày 27 tháng 5 năm 2026\nV/v tổ chức triển khai\n`;
    for (const [num, value] of [['Số:   4390     /UBND-NLN', '4390/UBND-NLN'], ['Số: 12      -CV/ĐU', '12-CV/ĐU']] as const) {
      const input = head(num);
      const r = extract(input);
      expect(r.number?.value).toBe(value);
      expect(input.slice(r.number!.span.start, r.number!.span.end)).toBe(num.replace(/^Số:\s+/, ''));
      expect(r.warnings.map((w) => w.code)).not.toContain('NUMBER_UNREADABLE');
    }
    // a Party number's serial left blank keeps its symbol
    const party = 'TỈNH UỶ LÀO CAI\n*\nSố         -CTr/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nLào Cai, ngày        tháng 8 năm 2026\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận\n';
    const p = extract(party);
    expect(p.number).toMatchObject({ value: '-CTr/TU', serial: null, symbol: 'CTr/TU', typeCode: 'CTr', system: 'party' });
    expect(party.slice(p.number!.span.start, p.number!.span.end)).toBe('-CTr/TU');
    expect(p.date).toMatchObject({ year: 2026, month: 8, day: null });
    // a serial with no symbol after it on the line stays unread
    expect(extract(head('Số:   4390     Hà Nội')).number).toBeNull();
  });
  it('keeps the symbol of a number whose serial OCR garbled ("Số: Êđã /HC-CNHC"), with a warning', () => {
    const r = extract('BỘ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC HÓA CHẤT\tĐộc lập - Tự do - Hạnh phúc\nSố: Êđã /HC-CNHC\tHà Nội, ngày 22 tháng 4 năm 2026\nV/v trao đổi\n');
    expect(r.number).toMatchObject({ value: '/HC-CNHC', serial: null, symbol: 'HC-CNHC' });
    expect(r.warnings.map((w) => w.code)).toContain('NUMBER_DAMAGED');
  });
  it('a serial a scan marked unreadable ("Số: ?2 /2025/TT-BTC") is no serial "2", and no citation of the document itself', () => {
    const r = extract('BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: ?2 /2025/TT-BTC Hà Nội, ngày 02 tháng 7 năm 2025\n\nTHÔNG TƯ\nBãi bỏ Thông tư số 12/2020/TT-BTC\n\nCăn cứ Nghị định số 29/2025/NĐ-CP;\n');
    expect(r.number).toMatchObject({ value: '/2025/TT-BTC', serial: null, year: 2025, typeCode: 'TT' });
    expect(r.warnings.map((w) => w.code)).toContain('NUMBER_DAMAGED');
    expect(r.citations.map((c) => c.number?.value)).toEqual(['12/2020/TT-BTC', '29/2025/NĐ-CP']);
  });
  it('reads the header\'s historical number "Số: 16-NT" (a serial and its issuer after a dash)', () => {
    const r = extract('BỘ NỘI THƯƠNG\nSố: 16-NT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 14 tháng 11 năm 1987\n\nTHÔNG TƯ\nHướng dẫn về chức năng\n');
    expect([r.number?.value, r.number?.issuerCode, r.number?.system]).toEqual(['16-NT', 'NT', 'state']);
  });
  it('a "SỐ …" line in capitals that goes on from a type word above is a cited number in the subject, not the document\'s', () => {
    const r = extract('THÔNG TƯ\nQUY ĐỊNH CHI TIẾT MỘT SỐ NỘI DUNG CỦA NGHỊ ĐỊNH\nSỐ 68/2017/NĐ-CP NGÀY 25 THÁNG 5 NĂM 2017 CỦA CHÍNH PHỦ\nCăn cứ Nghị định số 98/2017/NĐ-CP;\n');
    expect(r.number).toBeNull();
  });
});

describe('numberMatches', () => {
  // what the global scan of the pattern gives: the function must give the same matches, in order
  const scan = (text: string, from = 0) => {
    const re = numberRegex();
    re.lastIndex = from;
    const out: [number, string][] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0]]);
    return out;
  };
  const found = (text: string, from = 0) => numberMatches(text, from).map((m) => [m.index, m[0]] as [number, string]);
  it('finds state and Party numbers, spaced ones and a type code glued to its serial, as the scan does', () => {
    const t = 'Số: 09/KH-UBND; số 1008 - CV/BTGTU, 176KL /TW, 12-CTr/TU, Số: /STTTT-TTBCXB, 66.13/2026/NQ-CP, 5762a/QĐ-SLĐTBXH ngày 26/5/2025 và 866/-TTg.';
    expect(found(t)).toEqual(scan(t));
    expect(found(t).map(([, v]) => v)).toContain('1008 - CV/BTGTU');
    expect(found(t, 20)).toEqual(scan(t, 20));
  });
  // random text over the characters the pattern turns on
  const piece = fc.constantFrom('/', '-', ' ', ' - ', '12', '2025', '1008', 'KH', 'QĐ', 'CTr', 'UBND', 'TW', 'a', 'số', '.', '\n', 'Ư', '&', 'ngày', '5762a', 'NQ-CP');
  test.prop([fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), fc.nat(40)], { numRuns: 3000 })('agrees with the global scan on random text', (t, from) => {
    expect(found(t, from)).toEqual(scan(t, from));
  });
  const dirs = ['fixtures/seeds', '../shared/corpus'].filter(existsSync);
  it.skipIf(dirs.length === 0)('agrees with the global scan on the seeds and the corpus texts', () => {
    for (const d of dirs) {
      for (const f of readdirSync(d).filter((x) => x.endsWith('.txt'))) {
        const t = readFileSync(join(d, f), 'utf8');
        expect(found(t), f).toEqual(scan(t));
      }
    }
  });
});

describe('the National Assembly\'s own heading', () => {
  it('"Nghị quyết số: …/QH15", "Pháp lệnh số: …/UBTVQH15" are the document\'s number, as "Luật số:" is', () => {
    const head = (line: string) => extract(`QUỐC HỘI    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n${line}\n\nNGHỊ QUYẾT\nPhê chuẩn danh sách\n`).number?.value ?? null;
    expect(head('Nghị quyết số: 215/2025/QH15')).toBe('215/2025/QH15');
    expect(head('Pháp lệnh số: 08/2025/UBTVQH15')).toBe('08/2025/UBTVQH15');
    expect(head('Luật số: 97/2025/QH15')).toBe('97/2025/QH15');
    // (a cited resolution in the header is none: its symbol is no Assembly's own)
    expect(head('Nghị quyết số: 12-NQ/TU ngày 02/3/2025')).toBeNull();
    // (nor one a subject's line opens with, without the heading's colon)
    expect(extract('ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nKẾ HOẠCH\nTriển khai\nNghị quyết số 68/2023/QH15 của Quốc hội\n\nI. MỤC ĐÍCH\n').number).toBeNull();
  });
});
