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
});
