// A text without its header names itself in its annexes' "(Kèm theo Nghị định số …)" lines.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const body = 'NGHỊ ĐỊNH\nQuy định mức hưởng trợ cấp ưu đãi người có công với cách mạng\n___________\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định quy định mức hưởng trợ cấp.\n\n';

describe('the number from an annex', () => {
  it('a headerless decree takes the number and date its annexes give, and does not cite itself', () => {
    const t = `${body}Phụ lục II\nMỨC HƯỞNG TRỢ CẤP\n(Kèm theo Nghị định số 75/2021/NĐ-CP ngày 24 tháng 7 năm 2021 của Chính phủ)\nSTT | Tỷ lệ | Mức\n1 | 21% | 1.094.000\n`;
    const r = extract(t);
    expect(r.number?.value).toBe('75/2021/NĐ-CP');
    expect(t.slice(r.number!.span.start, r.number!.span.end)).toBe('75/2021/NĐ-CP');
    expect(r.date?.iso).toBe('2021-07-24');
    expect(r.citations.map((c) => c.number?.value)).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('NUMBER_FROM_ANNEX');
    // the Căn cứ line is no place-date line of a header
    expect(r.place).toBeNull();
  });
  it('not an instrument of another type, nor when the header has a number', () => {
    const other = extract(`${body}Phụ lục\n(Kèm theo Quyết định số 12/2021/QĐ-TTg ngày 2 tháng 3 năm 2021 của Thủ tướng Chính phủ)\n`);
    expect(other.number).toBeNull();
    expect(other.citations.map((c) => c.number?.value)).toEqual(['12/2021/QĐ-TTg']);
    const headed = extract(`CHÍNH PHỦ\nSố: 76/2021/NĐ-CP\nHà Nội, ngày 25 tháng 7 năm 2021\n\n${body}Phụ lục\n(Kèm theo Nghị định số 75/2021/NĐ-CP ngày 24 tháng 7 năm 2021 của Chính phủ)\n`);
    expect(headed.number?.value).toBe('76/2021/NĐ-CP');
  });
});
