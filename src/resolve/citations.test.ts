// Mentions → one citation per instrument: repeated numbers, aliases, short references.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const cits = (text: string) => extract(text).citations.map((c) => [c.number?.value, c.date?.iso ?? null, c.mentions.length]);

describe('resolveCitations', () => {
  it('an instrument sent with the document is attached; one that carries an annex cited is not', () => {
    const rel = (text: string) => extract(text).citations.map((c) => [c.number?.value, c.relation]);
    expect(rel('Sở Tài chính gửi kèm Quyết định số 12/QĐ-UBND ngày 01/02/2024 để các đơn vị thực hiện.')).toEqual([['12/QĐ-UBND', 'attached']]);
    expect(rel('Bộ đã ban hành Thông tư số 36/2025/TT-BNNMT (gửi kèm theo) để các địa phương biết.')).toEqual([['36/2025/TT-BNNMT', 'attached']]);
    expect(rel('Hồ sơ lập theo Mẫu số 05 của Phụ lục IV kèm theo Thông tư số 36/2025/TT-BNNMT; mục 1 phần I của Phụ lục I ban hành kèm theo Nghị định số 193/2025/NĐ-CP.')).toEqual([
      ['36/2025/TT-BNNMT', 'cites'],
      ['193/2025/NĐ-CP', 'cites'],
    ]);
  });
  it('joins every mention of one instrument, dated once or again', () => {
    expect(cits('Căn cứ Nghị quyết số 49-NQ/TU ngày 28/9/2021 của Tỉnh ủy; thực hiện Nghị quyết số 49-NQ/TU, Sở triển khai.')).toEqual([['49-NQ/TU', '2021-09-28', 2]]);
  });
  it('a number first met in a title set in capitals takes its case from the running text', () => {
    const r = extract('KẾ HOẠCH\nTRIỂN KHAI QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Quyết định số 1237/QĐ-TTg ngày 27 tháng 7 năm 2013 của Thủ tướng Chính phủ;');
    expect(r.citations.map((c) => [c.number?.value, c.number?.issuerCode, c.mentions.length])).toEqual([['1237/QĐ-TTg', 'TTg', 2]]);
  });
  it('a state number dated in two years is two instruments (serials restart each year)', () => {
    expect(cits('Căn cứ Chỉ thị số 02/CT-TTg ngày 15/11/2019 của Thủ tướng Chính phủ; Chỉ thị số 02/CT-TTg ngày 04/7/2018 của Thủ tướng Chính phủ; Chỉ thị số 02/CT-TTg nêu trên.')).toEqual([
      ['02/CT-TTg', '2019-11-15', 1],
      ['02/CT-TTg', '2018-07-04', 2],
    ]);
  });
  it('one instrument whatever its day says when the number carries its year, or is a Party number', () => {
    expect(cits('Căn cứ Thông tư số 80/2021/TT-BTC ngày 29/9/2021; Thông tư số 80/2021/TT-BTC ngày 22/9/2021.')).toEqual([['80/2021/TT-BTC', '2021-09-29', 2]]);
    expect(cits('Thực hiện Kết luận số 12-KL/TW ngày 05/01/2022; Kết luận số 12-KL/TW ngày 05/01/2023.')).toEqual([['12-KL/TW', '2022-01-05', 2]]);
  });
  it('a number written with a slip is the same instrument: parts in another order, or one letter off on the same day', () => {
    expect(cits('Căn cứ Kế hoạch số 16/KH-MTTQ-BTT ngày 23/12/2025 của Ban Thường trực; theo Mục II Kế hoạch số 16/KH-BTT-MTTQ của Tỉnh.')).toEqual([['16/KH-MTTQ-BTT', '2025-12-23', 2]]);
    expect(cits('Thông tư số 36/2025/TT-BNNMT ngày 02/7/2025; Điều 10 Thông tư số 36/2025/TT-BNMT ngày 02/7/2025.')).toEqual([['36/2025/TT-BNNMT', '2025-07-02', 2]]);
    // of two spellings, the standard one ("NQLT-…", type and issuer joined by a dash) names it
    expect(cits('Căn cứ Nghị quyết liên tịch số 102/2025/NQLT/UBTVQH15-CP ngày 26/9/2025; Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP.')).toEqual([['102/2025/NQLT-UBTVQH15-CP', '2025-09-26', 2]]);
    // one letter off on another day, or another serial: two instruments
    expect(cits('Thông tư số 36/2025/TT-BNNMT ngày 02/7/2025; Thông tư số 36/2025/TT-BNMT ngày 05/7/2025.').length).toBe(2);
    expect(cits('Kế hoạch số 16/KH-MTTQ-BTT ngày 23/12/2025; Kế hoạch số 17/KH-BTT-MTTQ ngày 23/12/2025.').length).toBe(2);
    // a slip in the issuer's code, told by the body the text names: the code that names it stays
    const slip = 'Căn cứ Thông tư số 98/2013/TT-BXD ngày 24 tháng 7 năm 2013 của Bộ Tài chính hướng dẫn việc cấp phát; theo quy định tại Thông tư số 98/2013/TT-BTC.';
    expect(cits(slip)).toEqual([['98/2013/TT-BTC', '2013-07-24', 2]]);
    // two bodies' circulars of one serial and year, each with its own issuer: two instruments
    expect(cits('Thông tư số 98/2013/TT-BXD ngày 24/7/2013 của Bộ Xây dựng; Thông tư số 98/2013/TT-BTC ngày 24/7/2013 của Bộ Tài chính.').length).toBe(2);
  });
  it('a number written once without its year, on the same day of that year, is the instrument with it', () => {
    const t = 'V/v triển khai Nghị quyết số 41/2022/NQ-HĐND. Căn cứ Nghị quyết số 41/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh; Điều 1. Triển khai Nghị quyết số 41/2022/NQ-HĐND ngày 09/12/2022.';
    expect(cits(t)).toEqual([['41/2022/NQ-HĐND', '2022-12-09', 3]]);
    expect(extract(t).citations[0]!.relation).toBe('based_on');
    // another day, or another year's number, is another instrument
    expect(cits('Căn cứ Nghị quyết số 41/NQ-HĐND ngày 09/12/2021; Nghị quyết số 41/2022/NQ-HĐND ngày 09/12/2022.')).toHaveLength(2);
  });
  it('binds an alias and its later uses to the instrument it follows', () => {
    const r = extract('Căn cứ Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ (sau đây gọi tắt là QĐ22); các hộ theo QĐ22 được hỗ trợ.');
    expect([r.citations[0]?.alias, r.citations[0]?.mentions.length]).toEqual(['QĐ22', 2]);
  });
});

describe('a symbol a scan cut short', () => {
  it('"74/2004/TTỊ LT-…" (a glyph no symbol has, the rest lost) is the instrument cited whole, and takes its act', () => {
    const r = extract('Bộ trưởng ban hành Thông tư bãi bỏ Thông tư liên tịch số 74/2004/TTLT-BTC-BVHTT ngày 19 tháng 7 năm 2004 của Bộ Tài chính.\n\nĐiều 1. Bãi bỏ toàn bộ Thông tư\n\nBãi bỏ toàn bộ Thông tư liên tịch số 74/2004/TTỊ LT-BTC-BVHTT ngày 19 tháng 7 năm 2004.\n');
    expect(r.citations.map((c) => [c.number?.value, c.relation, c.mentions.length])).toEqual([['74/2004/TTLT-BTC-BVHTT', 'repeals', 2]]);
    // a plain short symbol of the same serial and year is another instrument
    const p = extract('Căn cứ Nghị quyết số 74/2004/QH11 và Thông tư số 74/2004/TT-BTC ngày 19/7/2004.');
    expect(p.citations.map((c) => c.number?.value)).toEqual(['74/2004/QH11', '74/2004/TT-BTC']);
  });
  it('a serial a scan read with a digit twice ("154222-CV/VPTW", same day) is the instrument cited without it; serials one changed digit apart stay two', () => {
    const r = extract('Thực hiện văn bản số 15422-CV/VPTW ngày 16/6/2025 của Văn phòng Trung ương Đảng; đề nghị nghiên cứu văn bản số 15422-CV/VPTW.\nTheo văn bản số 154222-CV/VPTW ngày 16 tháng 6 năm 2025, Bộ báo cáo.');
    expect(r.citations.map((c) => [c.number?.value, c.mentions.length])).toEqual([['15422-CV/VPTW', 3]]);
    const two = extract('Công văn số 1542/UBND-KT ngày 16/6/2025 và Công văn số 1543/UBND-KT ngày 16/6/2025 của UBND tỉnh; Công văn số 15442/UBND-KT ngày 17/6/2025.');
    expect(two.citations.map((c) => c.number?.value)).toEqual(['1542/UBND-KT', '1543/UBND-KT', '15442/UBND-KT']);
  });
});
