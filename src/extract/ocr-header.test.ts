// Header fields on OCR-damaged text: "Số:" read as "$6:", a serial lost to stamp noise, a Party
// number without its hyphen.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const head = (numberLine: string) =>
  `VĂN PHÒNG CHÍNH PHỦ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n        Độc lập - Tự do - Hạnh phúc\n${numberLine}\n\nTHÔNG BÁO\nKết luận của Phó Thủ tướng\n`;

describe('OCR-damaged header', () => {
  it('reads "$6:334 /TB-VPCP" as number 334/TB-VPCP', () => {
    expect(extract(head('$6:334 /TB-VPCP Hà Nội, ngày 28 tháng 6 năm 2025')).number?.value).toBe('334/TB-VPCP');
  });
  it('keeps the symbol of "Số: ¿22#/C T-CS Hà Nội" without eating the place', () => {
    const r = extract(head('Số: ¿22#/C T-CS Hà Nội, ngày 2# tháng 7 năm 2025'));
    expect(r.number?.value).toBe('/CT-CS');
    expect(r.number?.serial).toBeNull();
    expect(r.place).toBe('Hà Nội');
    expect(r.date).toMatchObject({ year: 2025, month: 7, day: null });
    expect(r.warnings.map((w) => w.code)).toContain('NUMBER_DAMAGED');
  });
  it('reads a Party number that lost its hyphen only with a known type code', () => {
    const party = (n: string) => extract(`BAN CHẤP HÀNH TRUNG ƯƠNG    ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố ${n}    Hà Nội, ngày 04 tháng 7 năm 2025\n\nKẾT LUẬN\n`).number?.value ?? null;
    expect(party('176KL/TW')).toBe('176-KL/TW');
    expect(party('176-KL/TW')).toBe('176-KL/TW');
  });
  it('reads a Party number whose "-" and "/" OCR turned into letters, checked against the title', () => {
    const doc = (n: string, title: string) => extract(`BAN CHẤP HÀNH TRUNG ƯƠNG    ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố${n} - Hà Nội, ngày 27 tháng 6 năm 2025\n\n${title}\nCỦA BỘ CHÍNH TRỊ\n`);
    const r = doc('17IKUITW', 'KET LUẬN');
    expect(r.number?.value).toBe('171-KL/TW');
    expect(r.warnings.map((w) => w.code)).toContain('NUMBER_REPAIRED');
    // a code two letters away from the title's is not forced into it
    expect(doc('17IXYITW', 'KẾT LUẬN').number?.value ?? null).not.toBe('171-KL/TW');
  });
  it('reads OCR "I" for "1" inside a serial, and a symbol wrapped after its dash', () => {
    const r = extract('Căn cứ Nghị quyết số 5I-NQ/TW, ngày 20/7/2005 của Bộ Chính trị; hướng dẫn tại Công văn số 2363/BNNMT-\nKHTC ngày 23 tháng 5 năm 2025 của Bộ Nông nghiệp và Môi trường.');
    expect(r.citations.map((c) => c.number?.value)).toEqual(['51-NQ/TW', '2363/BNNMT-KHTC']);
    // the span still points at what was written
    expect(r.citations[0]!.mentions[0]!.start).toBeLessThan(r.citations[0]!.mentions[0]!.end);
  });
});
