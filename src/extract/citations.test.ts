// Citation issuers named before the instrument ("của X tại Công văn số …") or shared by two
// instruments joined by "và".
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const issuerOf = (text: string, num: string) => extract(text).citations.find((c) => c.number?.value === num)?.issuer ?? null;

describe('citation issuers', () => {
  it('"đề nghị của X tại Công văn số N" names X', () => {
    expect(issuerOf('Xét đề nghị của Sở Xây dựng tại Công văn số 4236/SXD-QLN&CS ngày 22 tháng 5 năm 2014,', '4236/SXD-QLN&CS')).toBe('Sở Xây dựng');
    expect(issuerOf('Theo đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 02/TTr-CAT ngày 03/02/2023.', '02/TTr-CAT')).toBe('Giám đốc Công an tỉnh');
  });
  it('"A và B của X": both from X', () => {
    const t = 'khắc phục những tồn tại đã được chỉ ra tại Công văn số 4216/UBND-NC ngày 02/12/2021 và Công văn số 4478/UBND-NC ngày 18/11/2022 của Chủ tịch UBND tỉnh để kịp thời xử lý.';
    expect(issuerOf(t, '4216/UBND-NC')).toBe('Chủ tịch UBND tỉnh');
    expect(issuerOf(t, '4478/UBND-NC')).toBe('Chủ tịch UBND tỉnh');
  });
  it('does not share an issuer across a sentence', () => {
    const t = 'Căn cứ Công văn số 12/UBND-VP ngày 01/02/2022. Thực hiện Công văn số 15/SNV-VP ngày 03/02/2022 của Sở Nội vụ.';
    expect(issuerOf(t, '12/UBND-VP')).toBeNull();
  });
  it('what the document does to an instrument: amends, repeals, replaces (ELI names)', () => {
    const r = extract(
      'Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số 12/2020/QĐ-UBND ngày 01/3/2020 của UBND tỉnh.\n' +
        'Điều 2. Bãi bỏ Quyết định số 30/2019/QĐ-UBND ngày 05/6/2019 của UBND tỉnh.\n' +
        'Điều 3. Quyết định này có hiệu lực từ ngày ký và thay thế Quyết định số 45/QĐ-UBND ngày 02/02/2018 của UBND tỉnh.\n' +
        'Căn cứ Nghị định số 10/2021/NĐ-CP sửa đổi Nghị định số 5/2019/NĐ-CP;',
    );
    const rel = Object.fromEntries(r.citations.map((c) => [c.number?.value, c.relation]));
    expect(rel['12/2020/QĐ-UBND']).toBe('amends');
    expect(rel['30/2019/QĐ-UBND']).toBe('repeals');
    expect(rel['45/QĐ-UBND']).toBe('replaces');
    // another instrument's act is not this document's
    const other = extract('- Tại Điều 1 Quyết định số 117/2007/QĐ-TTg ngày 27/7/2007 của Thủ tướng Chính phủ sửa đổi, bổ sung một số điều của Quyết định số 118/TTg ngày 27/02/1996 của Thủ tướng Chính phủ.');
    expect(other.citations.map((c) => c.relation)).toEqual(['cites', 'cites']);
    // inside a Căn cứ line the document rests on both
    expect(rel['10/2021/NĐ-CP']).toBe('based_on');
    expect(rel['5/2019/NĐ-CP']).toBe('based_on');
  });
});
