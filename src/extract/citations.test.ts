// Citation issuers named before the instrument ("của X tại Công văn số …") or shared by two
// instruments joined by "và".
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const issuerOf = (text: string, num: string) => extract(text).citations.find((c) => c.number?.value === num)?.issuer ?? null;

describe('a citation in the subject', () => {
  it('ends before the salutation and the place-date line of the header', () => {
    const r = extract('ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 4390/UBND-NLN\nV/v tổ chức triển khai thực hiện\nNghị định số 180/2026/NĐ-CP\nngày 21/5/2026 của Chính phủ\nquy định về dịch vụ hấp thụ và\n   lưu giữ các-bon của rừng\n                   Kính gửi:\n                                   - Các sở, ban, ngành cấp tỉnh.\n');
    expect(r.citations[0]).toMatchObject({ number: { value: '180/2026/NĐ-CP' }, issuer: 'Chính phủ', title: 'dịch vụ hấp thụ và lưu giữ các-bon của rừng' });
    // a converter's cells made lines: the subject's last line over the place and date
    const p = extract('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 1153/BNNMT-QLĐĐ\nV/v triển khai Nghị định số 49/2026/NĐ-CP của Chính phủ\nHà Nội, ngày 03 tháng 02 năm 2026\n\nKính gửi: Ủy ban nhân dân các tỉnh.\n');
    expect(p.citations[0]).toMatchObject({ number: { value: '49/2026/NĐ-CP' }, issuer: 'Chính phủ', date: null });
  });
});

describe('laws by their names', () => {
  it('a name between "Luật" and the number gives the type and the title; a law number after another law\'s is its own', () => {
    const r = extract('Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Luật Địa chất và Khoáng sản 54/2024/QH15; Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15; Luật khoáng sản số 60/2010/QH12;\nCăn cứ Luật Ngân sách nhà nước số 83/2015/QH13 được sửa đổi, bổ sung bởi Luật số 56/2024/QH15;');
    const law = (n: string) => {
      const c = r.citations.find((x) => x.number?.value === n);
      return [c?.type?.code ?? null, c?.title ?? null];
    };
    expect(law('72/2025/QH15')).toEqual(['Luật', 'Tổ chức chính quyền địa phương']);
    expect(law('54/2024/QH15')).toEqual(['Luật', 'Địa chất và Khoáng sản']);
    expect(law('55/2024/QH15')).toEqual(['Luật', 'Phòng cháy, chữa cháy và cứu nạn, cứu hộ']);
    expect(law('60/2010/QH12')).toEqual(['Luật', 'khoáng sản']);
    expect(law('83/2015/QH13')).toEqual(['Luật', 'Ngân sách nhà nước']);
    expect(law('56/2024/QH15')).toEqual(['Luật', null]);
    // the mention starts at the type word
    const c = r.citations.find((x) => x.number?.value === '72/2025/QH15')!;
    expect(c.mentions[0]!.start).toBe('Căn cứ '.length);
  });
  it('not across another instrument, and only for the National Assembly\'s numbers', () => {
    const r = extract('Căn cứ Luật Đất đai và Nghị quyết số 193/2025/QH15; theo Luật Thương mại số 36/2005/ND-CP.');
    expect(r.citations.find((x) => x.number?.value === '193/2025/QH15')?.type?.code).toBe('NQ');
    expect(r.citations.find((x) => x.number?.value === '36/2005/ND-CP')?.title ?? null).toBeNull();
  });
});

describe('citation issuers', () => {
  it('a list opened by "các Kết luận của X:" names X as the issuer of each, up to its ";"', () => {
    const r = extract('Căn cứ các Kết luận\ncủa Bộ Chính trị, Ban Bí thư: Kết luận số 126-KL/TW ngày 14/02/2025 về một số nội dung, Kết luận số 127-KL/TW ngày 28/02/2025 về triển khai; Nghị quyết số 76/2025/UBTVQH15 về việc sắp xếp đơn vị hành chính.');
    expect(r.citations.map((c) => [c.number?.value, c.issuer])).toEqual([
      ['126-KL/TW', 'Bộ Chính trị, Ban Bí thư'],
      ['127-KL/TW', 'Bộ Chính trị, Ban Bí thư'],
      ['76/2025/UBTVQH15', 'Ủy ban Thường vụ Quốc hội'],
    ]);
  });
  it('an adverb between the body and "đã có" is not part of its name', () => {
    expect(issuerOf('Ngày 15/7/2022, Sở Tài nguyên và Môi trường tỉnh Yên Bái cũng đã có văn bản số 1356/STNMT-KS về việc dừng đổ thải.', '1356/STNMT-KS')).toBe('Sở Tài nguyên và Môi trường tỉnh Yên Bái');
    expect(issuerOf('Trước đó, Sở Xây dựng cũng đã có Công văn số 12/SXD-QLXD về việc này.', '12/SXD-QLXD')).toBe('Sở Xây dựng');
  });
  it('"được X cấp Giấy phép … số …" names X; "của X cấp cho Y" ends X at its verb', () => {
    expect(issuerOf('Công ty TNHH Đại Đồng Tiến được Ủy ban nhân dân tỉnh Yên Bái cấp\nGiấy phép khai thác khoáng sản số 412/GP-UBND ngày 24/4/2012 để khai thác đá.', '412/GP-UBND')).toBe('Ủy ban nhân dân tỉnh Yên Bái');
    expect(issuerOf('theo Giấy phép khai thác khoáng sản số 2596/GP-UBND ngày 24/12/2014 của Ủy ban nhân dân tỉnh Yên Bái cấp cho Doanh nghiệp tư nhân Thành Hương.', '2596/GP-UBND')).toBe('Ủy ban nhân dân tỉnh Yên Bái');
    // "cấp" inside a name goes on
    expect(issuerOf('theo Quyết định số 12/QĐ-UBND ngày 02/5/2025 của Ủy ban nhân dân cấp tỉnh.', '12/QĐ-UBND')).toBe('Ủy ban nhân dân cấp tỉnh');
  });
  it('reads the historical shape "54-CP", "217-HĐBT" after a type word, not a dash between figures or a Party number', () => {
    const cits = extract('Căn cứ Nghị định số 54-CP ngày 22/7/1993 của Chính phủ; Quyết định 217-HĐBT ngày 14/11/1987 của Hội đồng Bộ trưởng; Nghị quyết số 63-NQ/TU; giai đoạn 2021-2025; khu 2-TCN.').citations;
    expect(cits.map((c) => [c.number?.value, c.date?.iso, c.issuer])).toEqual([
      ['54-CP', '1993-07-22', 'Chính phủ'],
      ['217-HĐBT', '1987-11-14', 'Hội đồng Bộ trưởng'],
      ['63-NQ/TU', undefined, null],
    ]);
  });
  it('"Nghị quyết (dự thảo) số …" is cited; a historical number is not its own document\'s citation written "16/NT"', () => {
    expect(extract('Để thi hành Nghị quyết (dự thảo) số 113/HĐBT ngày 15-7-1987 của Hội đồng Bộ trưởng, Bộ hướng dẫn.').citations.map((c) => [c.number?.value, c.date?.iso, c.issuer])).toEqual([['113/HĐBT', '1987-07-15', 'Hội đồng Bộ trưởng']]);
    const r = extract('BỘ NỘI THƯƠNG\nSố: 16-NT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 14 tháng 11 năm 1987\n\nTHÔNG TƯ\n\nCỦA BỘ NỘI THƯƠNG SỐ 16/NT NGÀY 14-11-1987\n\nHƯỚNG DẪN VỀ CHỨC NĂNG\n\nCăn cứ Nghị định số 54-CP ngày 22/7/1993.\n');
    expect(r.citations.map((c) => c.number?.value)).toEqual(['54-CP']);
  });
  it('an issuer ends at the "V/v" that opens the cited letter\'s subject', () => {
    expect(issuerOf('Ủy ban nhân dân tỉnh nhận được Công văn số 847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND tỉnh Quảng Ninh V/v tiếp tục phối hợp tuyên truyền.', '847/UBND-VX1')).toBe('UBND tỉnh Quảng Ninh');
  });
  it('a ministry\'s whole name ends before a lower-case word run into it', () => {
    expect(issuerOf('theo Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính hướng dan thi hành.', '80/2021/TT-BTC')).toBe('Bộ Tài chính');
    expect(issuerOf('tại Thông tư số 31/2025/TT-BCT ngày 16/5/2025 của Bộ Công Thương thác khoáng sản với cơ quan.', '31/2025/TT-BCT')).toBe('Bộ Công Thương');
    // a name whose last words are lower case goes on
    expect(issuerOf('theo Thông tư số 12/2020/TT-BNNPTNT của Bộ Nông nghiệp và Phát triển nông thôn.', '12/2020/TT-BNNPTNT')).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
  });
  it('a title ends before a note on the instrument\'s amendment ("(đã được sửa đổi, bổ sung bởi …)")', () => {
    const r = extract('Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính (đã được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ);');
    expect(r.citations.map((c) => [c.number?.value, c.title])).toEqual([
      ['63/2010/NĐ-CP', 'kiểm soát thủ tục hành chính'],
      ['92/2017/NĐ-CP', null],
    ]);
  });
  it('a date left blank after the number ("ngày _", "ngày …/…/2026") is no date, and the issuer after it is read', () => {
    const r = extract('Chương trình hành động thực hiện Kết luận số 75-KL/TW, ngày _\ncủa Ban Chấp hành Trung ương Đảng khoá XIV về bảo vệ môi trường.');
    expect(r.citations.map((c) => [c.number?.value, c.date, c.issuer])).toEqual([['75-KL/TW', null, 'Ban Chấp hành Trung ương Đảng khoá XIV']]);
    expect(issuerOf('Thực hiện Công văn số 12/SXD-QLXD ngày …/…/2026 của Sở Xây dựng về việc báo cáo.', '12/SXD-QLXD')).toBe('Sở Xây dựng');
    // a date that is written is read as before
    expect(extract('Thực hiện Công văn số 12/SXD-QLXD ngày 02/5/2026 của Sở Xây dựng.').citations[0]?.date?.iso).toBe('2026-05-02');
  });
  it('a name cut at its bare head word by a page break goes on past the blank line', () => {
    const note = '      2 Nội dung thiết kế mỏ được quy định tại Thông tư số 31/2025/TT-BCT ngày 16/5/2025 của Bộ trưởng Bộ\n\nCông Thương quy định nội dung thiết kế cơ sở của dự án.\n';
    expect(issuerOf(note, '31/2025/TT-BCT')).toBe('Bộ trưởng Bộ Công Thương');
    // (a Party body's name likewise: "Ban Chấp hành" wants its "Trung ương Đảng")
    expect(issuerOf('- Căn cứ Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành\n\nTrung ương Đảng về thi hành Điều lệ Đảng;', '294-QĐ/TW')).toBe('Ban Chấp hành Trung ương Đảng');
    // a whole name stops at the blank line
    expect(issuerOf('theo Công văn số 12/SXD-QLXD ngày 02/5/2025 của Sở Xây dựng\n\nCác đơn vị thực hiện.', '12/SXD-QLXD')).toBe('Sở Xây dựng');
  });
  it('"của X tại" names the body only; "được Y phê duyệt tại" names Y', () => {
    expect(issuerOf('khai thác trái phép sang phần ranh giới mỏ đá của Công ty TNHH Đại Đồng\nTiến theo nội dung đề nghị tại Văn bản số 28/CV-ĐĐT ngày 04/8/2026 nêu trên.', '28/CV-ĐĐT')).toBe('Công ty TNHH Đại Đồng Tiến');
    expect(issuerOf('Quy định chức năng của Sở Công Thương tỉnh Lào Cai được UBND tỉnh Lào Cai phê duyệt tại Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025.', '05/2025/QĐ-UBND')).toBe('UBND tỉnh Lào Cai');
  });
  it('"Báo cáo thẩm định số N" is a report: "của X tại" before it names X', () => {
    expect(issuerOf('Theo đề nghị của Trưởng phòng Tài chính - Kế hoạch huyện tại Báo cáo thẩm định số 45/BC-TCKH ngày 28/3/2024.', '45/BC-TCKH')).toBe('Trưởng phòng Tài chính - Kế hoạch huyện');
  });
  it('"đề nghị của X tại Công văn số N" names X', () => {
    expect(issuerOf('Xét đề nghị của Sở Xây dựng tại Công văn số 4236/SXD-QLN&CS ngày 22 tháng 5 năm 2014,', '4236/SXD-QLN&CS')).toBe('Sở Xây dựng');
    expect(issuerOf('Theo đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 02/TTr-CAT ngày 03/02/2023.', '02/TTr-CAT')).toBe('Giám đốc Công an tỉnh');
  });
  it('the issuer before the date ("số N của X ngày D") gives both, the date not run into the issuer', () => {
    for (const date of ['05/6/2025', '05 tháng 6 năm 2025']) {
      const c = extract(`Thực hiện Công văn số 123/UBND-VP của Ủy ban nhân dân tỉnh ngày ${date} về việc thử, Sở đề nghị.`).citations.find((x) => x.number?.value === '123/UBND-VP');
      expect([c?.issuer, c?.date?.iso, c?.title]).toEqual(['Ủy ban nhân dân tỉnh', '2025-06-05', 'thử']);
    }
  });
  it('the issuer ends where the title opens without "về" or the sentence goes on after "và"; a company keeps its "và"', () => {
    const cit = (text: string, num: string) => {
      const c = extract(text).citations.find((x) => x.number?.value === num);
      return [c?.issuer ?? null, c?.title ?? null];
    };
    expect(cit('Căn cứ Nghị định số 26/2020/NĐ-CP ngày 28/02/2020 của Chính phủ Quy định chi tiết một số điều của Luật Bảo vệ bí mật nhà nước;', '26/2020/NĐ-CP'))
      .toEqual(['Chính phủ', 'chi tiết một số điều của Luật Bảo vệ bí mật nhà nước']);
    expect(cit('Căn cứ Nghị định số 112/2020/NĐ-CP ngày 18/9/2020 của Chính phủ nghị định về xử lý kỷ luật cán bộ, công chức, viên chức;', '112/2020/NĐ-CP'))
      .toEqual(['Chính phủ', 'xử lý kỷ luật cán bộ, công chức, viên chức']);
    expect(cit('Căn cứ Quyết định số 10/2021/QĐ-UBND ngày 05/5/2021 của Ủy ban nhân dân tỉnh Yên Bái Ban hành Quy định một số nội dung về quản lý đầu tư;', '10/2021/QĐ-UBND'))
      .toEqual(['Ủy ban nhân dân tỉnh Yên Bái', 'Quy định một số nội dung về quản lý đầu tư']);
    expect(cit('Thực hiện Nghị quyết số 38/CP ngày 04/5/1994 của Chính phủ và đề ra Chương trình cải cách hành chính.', '38/CP')[0]).toBe('Chính phủ');
    expect(cit('Thực hiện Nghị quyết số 16/2000/NQ-CP ngày 18/10/2000 của Chính phủ và Thông tư số 60/2003/TTLT-BNV-BTC.', '16/2000/NQ-CP')[0]).toBe('Chính phủ');
    expect(cit('Xét Văn bản số 305/QLTC ngày 02/3/2026 của Công ty cổ phần Xây dựng và thương mại 299 về việc cấp phép.', '305/QLTC'))
      .toEqual(['Công ty cổ phần Xây dựng và thương mại 299', 'cấp phép']);
  });
  it('a type slot left blank ("Quyết định số 866/-TTg") is filled from the type word', () => {
    const c = extract('Căn cứ Quyết định số 866/-TTg ngày 18/7/2023 của Thủ tướng Chính phủ về việc phê duyệt Quy hoạch.').citations[0];
    expect([c?.number?.value, c?.number?.raw, c?.type?.code, c?.issuer]).toEqual(['866/QĐ-TTg', '866/-TTg', 'QĐ', 'Thủ tướng Chính phủ']);
  });
  it('"A và B của X": both from X', () => {
    const t = 'khắc phục những tồn tại đã được chỉ ra tại Công văn số 4216/UBND-NC ngày 02/12/2021 và Công văn số 4478/UBND-NC ngày 18/11/2022 của Chủ tịch UBND tỉnh để kịp thời xử lý.';
    expect(issuerOf(t, '4216/UBND-NC')).toBe('Chủ tịch UBND tỉnh');
    expect(issuerOf(t, '4478/UBND-NC')).toBe('Chủ tịch UBND tỉnh');
  });
  it('"của X tại A … và B": B of the same office\'s series is X\'s too; not a series shared by its type only', () => {
    const t = 'Tổng cục Thuế đồng ý với ý kiến xử lý của Cục Thuế tỉnh Hà Tĩnh tại Công văn số 1752/CT-THNVDT ngày 07/12/2012 về việc miễn, giảm tiền sử dụng đất gửi UBND tỉnh Hà Tĩnh và Công văn số 262/CT-KTNB ngày 27/2/2012 trả lời đơn thư.';
    expect(issuerOf(t, '1752/CT-THNVDT')).toBe('Cục Thuế tỉnh Hà Tĩnh');
    expect(issuerOf(t, '262/CT-KTNB')).toBe('Cục Thuế tỉnh Hà Tĩnh');
    const q = 'thực hiện theo Quyết định số 12/QĐ-UBND ngày 01/02/2024 của UBND tỉnh Lào Cai về việc thành lập và Quyết định số 15/QĐ-UBND ngày 03/02/2024 về việc giao chỉ tiêu.';
    expect(issuerOf(q, '15/QĐ-UBND')).toBeNull();
  });
  it('a space a copy put inside a symbol ("01/2016/TT-BGD ĐT") reads the number whole when it is cited whole elsewhere', () => {
    const t = 'ban hành kèm theo Thông tư số 01/2016/TT-BGDĐT, ngày 15/01/2016 của Bộ trưởng Bộ GD&ĐT; Quyết định số 932/QĐ-UBND ngày 22/4/2016 của UBND tỉnh về việc cụ thể hóa Điều 18 của Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016 của Bộ trưởng.';
    expect(extract(t).citations.map((c) => c.number?.value)).toEqual(['01/2016/TT-BGDĐT', '932/QĐ-UBND']);
    // (not cited whole anywhere: whole when the letters complete a known issuer's code, "BGD" being
    // none and "BGDĐT" the Ministry's; a scan's "T Tg" likewise; else the number as read)
    expect(extract('theo Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016.').citations.map((c) => c.number?.value)).toEqual(['01/2016/TT-BGDĐT']);
    expect(extract('Căn cứ Chỉ thị số 02/CT-T Tg ngày 09 tháng 01 năm 2012 của Thủ tướng Chính phủ;').citations.map((c) => c.number?.value)).toEqual(['02/CT-TTg']);
    expect(extract('theo Quyết định số 5/QĐ-BTC Tg ngày 01/01/2012.').citations.map((c) => c.number?.value)).toEqual(['5/QĐ-BTC']);
    expect(extract('theo Công văn số 12/UBND KT ngày 01/01/2012.').citations.map((c) => c.number?.value)).toEqual(['12/UBND']);
  });
  it('a company\'s request ("Giấy đề nghị số 26.06/GĐN-MB") is a letter answered, its sender the issuer', () => {
    const r = extract('Xét đề nghị của Công ty Cổ phần Khai thác vật liệu xây dựng Miền Bắc tại Giấy đề nghị số 26.06/GĐN-MB ngày 26/6/2026;');
    expect(r.citations.map((c) => [c.number?.value, c.type?.code, c.date?.iso, c.issuer, c.relation])).toEqual([
      ['26.06/GĐN-MB', 'CV', '2026-06-26', 'Công ty Cổ phần Khai thác vật liệu xây dựng Miền Bắc', 'replies_to'],
    ]);
  });
  it('a list after a colon ("các Công văn: số …; số …"), with a footnote mark a PDF left after a number', () => {
    const t = 'theo hướng dẫn tại các Công văn: số 2363/BNNMT-KHTC 1; số 2362/BNNMT-KHTC 2 ngày 23 tháng 5 năm 2025 của Bộ Nông nghiệp và Môi trường.';
    const cs = extract(t).citations.map((c) => [c.number?.value, c.date?.iso ?? null, c.issuer]);
    expect(cs).toEqual([
      ['2363/BNNMT-KHTC', null, 'Bộ Nông nghiệp và Môi trường'],
      ['2362/BNNMT-KHTC', '2025-05-23', 'Bộ Nông nghiệp và Môi trường'],
    ]);
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
    // a correction amends what it corrects
    const fix = extract('QUYẾT ĐỊNH:\nĐiều 1. Đính chính lỗi kỹ thuật tại Thông tư số 38/2023/TT-BCT ngày 27 tháng 12 năm 2023 của Bộ trưởng Bộ Công Thương như sau:');
    expect(fix.citations.map((c) => [c.number?.value, c.relation])).toEqual([['38/2023/TT-BCT', 'amends']]);
    // the kind of the instruments may stand before the list, and an item may give its title
    // before the ";"
    const kinds = extract('Điều 3. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký và thay thế các Quyết định: Quyết định số 110/2005/QĐ-UBND ngày 29/12/2005 của Ủy ban nhân dân tỉnh về việc ban hành Quy định tặng quà; Quyết định số 42/2007/QĐ-UBND ngày 31/12/2007 của Ủy ban nhân dân tỉnh.');
    expect(kinds.citations.map((c) => [c.number?.value, c.relation])).toEqual([['110/2005/QĐ-UBND', 'replaces'], ['42/2007/QĐ-UBND', 'replaces']]);
    // a scan's misread tone marks still name the act ("thay thé", "bãi bổ")
    const ocr = extract('Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành và\nthay thé Quyết định số 1097/QĐ-BKHCN ngày 27 tháng 4 năm 2018 của Bộ trưởng Bộ Khoa học và Công nghệ.\nĐiều 3. Bãi bổ Quyết định số 12/2019/QĐ-UBND ngày 02/3/2019 của UBND tỉnh.');
    expect(ocr.citations.map((c) => [c.number?.value, c.relation])).toEqual([['1097/QĐ-BKHCN', 'replaces'], ['12/2019/QĐ-UBND', 'repeals']]);
    // another instrument's act is not this document's
    const other = extract('- Tại Điều 1 Quyết định số 117/2007/QĐ-TTg ngày 27/7/2007 của Thủ tướng Chính phủ sửa đổi, bổ sung một số điều của Quyết định số 118/TTg ngày 27/02/1996 của Thủ tướng Chính phủ.');
    expect(other.citations.map((c) => c.relation)).toEqual(['cites', 'cites']);
    // a list after "thay thế các …": each item is replaced, and shares the issuer named last
    // ("UB" is the older code of "UBND")
    const list = extract('Điều 4. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký và thay thế các Quyết định số 25/2005/QĐ-UB ngày 03/02/2005; Quyết định số 32/2005/QĐ-UB ngày 01/4/2005, Quyết định số 03/2009/QĐ-UBND ngày 03/3/2009 của UBND tỉnh.\nĐiều 5. Theo Quyết định số 7/2009/QĐ-UBND ngày 03/3/2009, các sở thực hiện.');
    expect(list.citations.map((c) => [c.number?.value, c.relation, c.issuer])).toEqual([
      ['25/2005/QĐ-UB', 'replaces', 'UBND tỉnh'],
      ['32/2005/QĐ-UB', 'replaces', 'UBND tỉnh'],
      ['03/2009/QĐ-UBND', 'replaces', 'UBND tỉnh'],
      ['7/2009/QĐ-UBND', 'cites', null],
    ]);
    // "Thực hiện rà soát … tại Quyết định số …" carries out a review; "Thực hiện Quyết định số …" implements
    const review = extract('II. NHIỆM VỤ\n- Thực hiện rà soát các vướng mắc về Quy hoạch đã được phê duyệt tại Quyết định số 1626/QĐ-TTg ngày 15/12/2023.\n- Thực hiện Quyết định số 1627/QĐ-TTg ngày 15/12/2023.');
    expect(review.citations.map((c) => c.relation)).toEqual(['cites', 'implements']);
    // "…, quán triệt thực hiện Kết luận số …" after a comma carries the conclusion out
    const qt = extract('Từ tình hình trên, quán triệt thực hiện Kết luận số 199-KL/TW ngày 10/10/2025 của Ban Chấp hành Trung ương Đảng, Ban Chấp hành Đảng bộ tỉnh yêu cầu như sau.\nTheo Kết luận số 210-KL/TW ngày 12/11/2025, các cấp ủy kiện toàn tổ chức.');
    expect(qt.citations.map((c) => [c.number?.value, c.relation])).toEqual([['199-KL/TW', 'implements'], ['210-KL/TW', 'cites']]);
    // "Thực hiện phân loại … theo đúng quy định tại Thông tư số …" carries out an activity as the
    // circular rules (and so for the list after it); the letter implemented is still implemented
    const rule = extract('III. NHIỆM VỤ\n- Thực hiện phân loại, thu gom và xử lý chất thải y tế theo đúng quy định tại Thông tư số 20/2021/TT-BYT ngày 26/11/2021 của Bộ Y tế.\n- Các cơ sở thực hiện chế độ báo cáo theo quy định của Nghị định số 06/2022/NĐ-CP của Chính phủ, Thông tư số 17/2022/TT-BTNMT ngày 15/11/2022.\n- Thực hiện Công văn số 12/UBND-KT ngày 02/01/2026 về việc thực hiện chế độ báo cáo theo quy định tại Thông tư số 45/2019/TT-BTC.');
    expect(rule.citations.map((c) => [c.number?.value, c.relation])).toEqual([
      ['20/2021/TT-BYT', 'cites'],
      ['06/2022/NĐ-CP', 'cites'],
      ['17/2022/TT-BTNMT', 'cites'],
      ['12/UBND-KT', 'implements'],
      ['45/2019/TT-BTC', 'cites'],
    ]);
    // inside a Căn cứ line the document rests on both
    expect(rel['10/2021/NĐ-CP']).toBe('based_on');
    expect(rel['5/2019/NĐ-CP']).toBe('based_on');
  });

  it('a comma list with one symbol issuer shares the issuer named after its last item, and "và số N" is an item', () => {
    const t = 'Ngăn chặn khai thác trái phép theo văn bản số 1085/SNNMT-KS ngày 19/8/2025, văn bản số 4611/SNNMT-KS ngày 12/12/2025 và số 164/SNNMT-KS ngày 16/7/2025 của Sở Nông nghiệp và Môi trường.';
    expect(issuerOf(t, '1085/SNNMT-KS')).toBe('Sở Nông nghiệp và Môi trường');
    expect(issuerOf(t, '4611/SNNMT-KS')).toBe('Sở Nông nghiệp và Môi trường');
    expect(issuerOf(t, '164/SNNMT-KS')).toBe('Sở Nông nghiệp và Môi trường');
    // different issuer codes in a comma list: not shared
    const u = 'Căn cứ Công văn số 12/UBND-VP ngày 01/02/2022, Công văn số 15/SNV-VP ngày 03/02/2022 của Sở Nội vụ.';
    expect(issuerOf(u, '12/UBND-VP')).toBeNull();
  });
  it('"… gồm: Công ty A tại Văn bản số …; Công ty B tại Văn bản số …" names each sender', () => {
    const t = 'Xét đề nghị của 2 đơn vị gồm: Công ty TNHH Lương Việt tại Văn bản số 05/2026/VLN/CV-LV ngày 21/4/2026; Công ty TNHH MTV Duy Cương tại Văn bản số 26/CV-DC ngày 15/4/2026.';
    expect(issuerOf(t, '05/2026/VLN/CV-LV')).toBe('Công ty TNHH Lương Việt');
    expect(issuerOf(t, '26/CV-DC')).toBe('Công ty TNHH MTV Duy Cương');
    // the body, not its verb; a plain sentence opening is not an item
    expect(issuerOf('Ý kiến các đơn vị: Công an tỉnh đã góp ý tại Văn bản số 15/CAT-PV ngày 03/02/2022.', '15/CAT-PV')).toBe('Công an tỉnh');
    expect(issuerOf('Vướng mắc về Luật Hóa chất nêu tại Công văn số 13821/CHQ-GSQL ngày 16/3/2026.', '13821/CHQ-GSQL')).toBeNull();
  });
  it('a letter number in no standard shape is read where "Văn bản số … ngày" vouches for it', () => {
    const t =
      'Xét đề nghị của 4 đơn vị gồm: Công ty cổ phần Kim Thành tại văn bản số 21.4/GĐN ngày 21/4/2026; ' +
      'Công ty TNHH Đá Việt Long tại Văn bản số 13.4/2026/ĐN-VL ngày 13/4/2026; Công ty TNHH Đại Lục tại Văn bản số 02 ngày 21/4/2026; ' +
      'Công ty cổ phần Miền Tây tại Văn bản số 01-GCN-MT, ngày 20/4/2026; Công ty Phú Hà tại Văn bản số 05/CV-SCT ngày 02/4/2026.';
    const cs = extract(t).citations;
    expect(cs.map((c) => [c.number?.value, c.type?.code, c.date?.iso, c.issuer])).toEqual([
      ['21.4/GĐN', 'CV', '2026-04-21', 'Công ty cổ phần Kim Thành'],
      ['13.4/2026/ĐN-VL', 'CV', '2026-04-13', 'Công ty TNHH Đá Việt Long'],
      ['02', 'CV', '2026-04-21', 'Công ty TNHH Đại Lục'],
      ['01-GCN-MT', 'CV', '2026-04-20', 'Công ty cổ phần Miền Tây'],
      ['05/CV-SCT', 'CV', '2026-04-02', 'Công ty Phú Hà'],
    ]);
    // the label is a word of its own: glued to a letter before it ("…xVăn bản số …") it vouches
    // for nothing (the label's scan skips it, and so does the type word before a number)
    expect(extract('Công ty A tại xVăn bản số 21.4/GĐN ngày 21/4/2026.').citations).toEqual([]);
    // a scan's "Căn cử" is still "Căn cứ"
    expect(extract('Căn cử Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ;').citations[0]?.relation).toBe('based_on');
    // every letter of the list opened by "Xét đề nghị" is one the document answers
    expect(cs.map((c) => c.relation)).toEqual(Array(5).fill('replies_to'));
    // so are the submission and the review a council's resolution considers ("Xét Tờ trình …")
    const nq = extract('Căn cứ Nghị định số 20/2014/NĐ-CP ngày 24 tháng 3 năm 2014 của Chính phủ;\nXét Tờ trình số 210/TTr-UBND ngày 25 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số 96/BC-VHXH ngày 05 tháng 12 năm 2024 của Ban Văn hóa - Xã hội.').citations;
    expect(nq.map((c) => [c.number?.value, c.relation])).toEqual([
      ['20/2014/NĐ-CP', 'based_on'],
      ['210/TTr-UBND', 'replies_to'],
      ['96/BC-VHXH', 'replies_to'],
    ]);
    expect(cs[1]!.number).toMatchObject({ serial: '13.4', symbol: '2026/ĐN-VL', year: 2026, raw: '13.4/2026/ĐN-VL' });
    expect(t.slice(cs[2]!.number!.span.start, cs[2]!.number!.span.end)).toBe('02');
    // without the label and the date after it, such a token is no number
    expect(extract('Công ty đề nghị tại mục 21.4/GĐN và văn bản 02 gửi kèm.').citations).toEqual([]);
  });
  it('a title ends before the body that answers ("…, Cục Hóa chất có ý kiến như sau:")', () => {
    const c = extract('Trả lời Công văn số 1012/SCT-KYATMT ngày 09 tháng 3 năm 2026 của Sở Công Thương tỉnh Quảng Ngãi về việc tham vấn nội dung cấp Giấy phép xuất khẩu, nhập khẩu hóa chất cần kiểm soát đặc biệt, Cục Hóa chất có ý kiến như sau:\nKhoản 1 Điều 12 Luật Hóa chất năm 2025 quy định: “Hoạt động xuất khẩu, nhập khẩu, tạm nhập, tái xuất, tạm xuất, tái nhập, chuyển khẩu, quá cảnh và hoạt động khác có liên quan đến hoạt động mua bán hàng hóa quốc tế”.\n').citations[0];
    expect(c?.title).toBe('tham vấn nội dung cấp Giấy phép xuất khẩu, nhập khẩu hóa chất cần kiểm soát đặc biệt');
  });
  it('a joint head\'s colon list is the issuer ("của Liên Bộ: Lao động Thương binh và Xã hội, Tài chính, Y tế")', () => {
    const t = 'Căn cứ Thông tư liên tịch số 25/2010/TTLT-BLĐTBXH-BTC-BYT ngày 11/9/2010 của Liên Bộ: Lao động Thương binh và Xã hội, Tài chính, Y tế về việc sửa đổi, bổ sung Thông tư liên tịch số 06/2007/TTLT-BLĐTBXH-BTC-BYT ngày 12/4/2007 của liên Bộ: Lao động Thương binh và Xã hội - Tài chính - Y tế hướng dẫn chế độ chăm sóc sức khỏe;';
    expect(extract(t).citations.map((c) => c.issuer)).toEqual(['Liên Bộ: Lao động Thương binh và Xã hội, Tài chính, Y tế', 'liên Bộ: Lao động Thương binh và Xã hội - Tài chính - Y tế']);
  });
  it('a serial a scan split after "số" is one serial ("số 41 4-BC/BTCTW"); a fraction slash is a slash', () => {
    const r = extract('(Kèm theo Báo cáo số 41 4-BC/BTCTW, ngày 26/6/2025 của Ban Tổ chức Trung ương) và Luật số 81⁄2025/QH15;');
    expect(r.citations.map((c) => c.number?.value)).toEqual(['414-BC/BTCTW', '81/2025/QH15']);
    expect(r.warnings.some((w) => w.code === 'NUMBER_REPAIRED')).toBe(true);
    // (two numbers in a list stay two: "số 12/QĐ-UBND và 13/QĐ-UBND")
    expect(extract('Căn cứ Quyết định số 12/QĐ-UBND và 13/QĐ-UBND ngày 02/3/2025 của UBND tỉnh;').citations.map((c) => c.number?.value)).toEqual(['12/QĐ-UBND', '13/QĐ-UBND']);
  });
  it('"số" as a scan reads it ("sé", "s6") still opens a number', () => {
    expect(extract('- Công văn số 1487/BGDĐT-VP ngày 03/4/2025 chỉ đạo triển khai các nhiệm vụ tại Công điện sé 22/CD-TTg ngày 09/3/2025 của Thủ tướng Chính phủ;').citations.map((c) => [c.number?.value, c.type?.code, c.date?.iso])).toEqual([
      ['1487/BGDĐT-VP', 'CV', '2025-04-03'],
      ['22/CD-TTg', 'CĐ', '2025-03-09'],
    ]);
    expect(extract('bảo đảm tỷ lệ cắt giảm theo Nghị quyết s6 66/NQ-CP.').citations[0]?.number?.value).toBe('66/NQ-CP');
  });
  it('a decree named in what a reply is about is cited: nobody answers a decree', () => {
    const t = 'Trả lời đề nghị của UBND tỉnh Bình Định về việc hướng dẫn việc thực hiện quy định lĩnh vực an toàn thực phẩm tại Nghị định số 17/2020/NĐ-CP ngày 05 tháng 02 năm 2020 của Chính phủ, Bộ Công Thương có ý kiến như sau:';
    expect(extract(t).citations.map((c) => [c.number?.value, c.relation])).toEqual([['17/2020/NĐ-CP', 'cites']]);
  });
  it('"Công văn số 577/CT-THNVDT": CT opens a tax department\'s symbol, the paper is a letter', () => {
    const c = extract('Trả lời Công văn số 577/CT-THNVDT ngày 23/4/2013 của Cục Thuế tỉnh Hà Tĩnh về chính sách hỗ trợ, Tổng cục Thuế có ý kiến như sau:').citations[0];
    expect([c?.type?.code, c?.relation]).toEqual(['CV', 'replies_to']);
    // (a directive's own symbol stays one: "Chỉ thị số 13/CT-UBND")
    expect(extract('Thực hiện Chỉ thị số 13/CT-UBND ngày 02/7/2025 của UBND thành phố.').citations[0]?.type?.code).toBe('CT');
  });
  it('what an answered letter is about is cited, not answered', () => {
    const rel = (t: string) => extract(t).citations.map((c) => [c.number?.value, c.relation]);
    expect(rel('Xét đề nghị của Bộ Quốc phòng tại công văn số 5865/BQP-TC ngày 30 tháng 10 năm 2009 về việc điều chỉnh mức trợ cấp theo quy định tại Quyết định số 142/2008/QĐ-TTg ngày 27 tháng 10 năm 2008, Thủ tướng Chính phủ có ý kiến như sau:')).toEqual([
      ['5865/BQP-TC', 'replies_to'],
      ['142/2008/QĐ-TTg', 'cites'],
    ]);
    // a second letter after the first one's subject is answered too
    expect(rel('Xét Tờ trình số 4189/LS-LĐTBXH-TC ngày 28 tháng 7 năm 2008 của Liên Sở về nâng mức trợ cấp theo Quyết định số 503/QĐ-UB ngày 01 tháng 02 năm 2002 của Ủy ban nhân dân thành phố và Tờ trình số 6925/LĐTBXH-CS ngày 25 tháng 11 năm 2008,')).toEqual([
      ['4189/LS-LĐTBXH-TC', 'replies_to'],
      ['503/QĐ-UB', 'cites'],
      ['6925/LĐTBXH-CS', 'replies_to'],
    ]);
    expect(rel('Xét đề nghị của Sở Tài chính tại Tờ trình số 12/TTr-STC ngày 02/3/2026 về việc cấp kinh phí và đề nghị của Sở Nội vụ tại Văn bản số 13/SNV-TCBC ngày 03/3/2026,').map((x) => x[1])).toEqual(['replies_to', 'replies_to']);
  });
  it('a preamble run into one line keeps its clauses: "…; Căn cứ …; Xét Tờ trình …"', () => {
    const t = 'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003; Căn cứ Nghị định số 93/2001/NĐ-CP ngày 12 tháng 12 năm 2001 của Chính phủ về phân cấp quản lý; Xét Tờ trình số 4189/LS-LĐTBXH-TC ngày 28 tháng 7 năm 2008 của Liên Sở Lao động - Thương binh và Xã hội - Sở Tài chính,';
    expect(extract(t).citations.map((c) => [c.number?.value, c.relation])).toEqual([
      ['93/2001/NĐ-CP', 'based_on'],
      ['4189/LS-LĐTBXH-TC', 'replies_to'],
    ]);
  });
  it('the date after a number as OCR misreads it ("ngây", "0]" over a line break)', () => {
    const t = 'Căn cứ Nghị định số 24/2026/NĐ-CP ngây 17 tháng 01 năm 2026 của Chính phủ; thực hiện Chỉ thị số 01/CT-TTg ngày\n03 tháng 0] năm 2023 về phòng cháy.';
    expect(extract(t).citations.map((c) => [c.number?.value, c.date?.iso])).toEqual([
      ['24/2026/NĐ-CP', '2026-01-17'],
      ['01/CT-TTg', '2023-01-03'],
    ]);
  });
  it('an issuer read across a line break is one line', () => {
    expect(issuerOf('Xét đề nghị của Giám đốc Sở Công\nThương tại Tờ trình số 1530/TTr-SCT ngày 26 tháng 12 năm 2016,', '1530/TTr-SCT')).toBe('Giám đốc Sở Công Thương');
  });
  it('a renamed body keeps its "(nay là …)"; a passive agent ("được X thông qua tại …") is the issuer', () => {
    expect(issuerOf('Cục Thuế nhận được công văn số 425/CCTKV04-CNTK ngày 04/04/2025 của Chi cục Thuế khu vực IV (nay là Thuế tỉnh Hưng Yên) về việc hoàn thuế.', '425/CCTKV04-CNTK')).toBe(
      'Chi cục Thuế khu vực IV (nay là Thuế tỉnh Hưng Yên)',
    );
    expect(issuerOf('Phương án nổ mìn (được Tập đoàn TKV thông qua tại Văn bản số 5335/TKV-KSH ngày 19/9/2025).', '5335/TKV-KSH')).toBe('Tập đoàn TKV');
    expect(issuerOf('Hồ sơ được Chủ đầu tư nghiệm thu, xác nhận, phê duyệt tại Quyết định số 1025/QĐ-VIMICO ngày 27/10/2025;', '1025/QĐ-VIMICO')).toBe('Chủ đầu tư');
  });
  it('the issuer of an instrument is its fullest mention: a title before the body, not a run-on after it', () => {
    const t =
      'Thực hiện theo Thông tư số 338/2016/TT-BTC ngày 28 tháng 12 năm 2016 của Bộ Tài chính. Thông tư số 42/2022/TT-BTC sửa đổi một số điều của Thông tư số 338/2016/TT-BTC ngày 28 tháng 12 năm 2016 của Bộ trưởng Bộ Tài chính quy định lập dự toán. ' +
      'Căn cứ Quyết định số 1237/QĐ-TTg ngày 27/7/2013 của Thủ tướng Chính phủ; Quyết định số 1237/QĐ-TTg ngày 27/7/2013 của Thủ tướng Chính phủ như sau.';
    expect(issuerOf(t, '338/2016/TT-BTC')).toBe('Bộ trưởng Bộ Tài chính');
    expect(issuerOf(t, '1237/QĐ-TTg')).toBe('Thủ tướng Chính phủ');
  });
  it('a title ends before the next instrument ("và Hướng dẫn số …", ", Nghị quyết 30/…")', () => {
    const r = extract(
      'Thực hiện Chỉ thị số 06-CT/TU, ngày 12/01/2022 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội chi bộ nhiệm kỳ 2022 - 2025 và Hướng dẫn số 03-HD/BTCTU, ngày 20/01/2022 của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Huyện ủy đề nghị:',
    );
    expect(r.citations.map((c) => [c.number?.value, c.title])).toEqual([
      ['06-CT/TU', 'lãnh đạo đại hội chi bộ nhiệm kỳ 2022 - 2025'],
      ['03-HD/BTCTU', null],
    ]);
    const t = extract('Căn cứ Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ về chính sách hỗ trợ hộ nghèo về nhà ở, Nghị quyết 30/2008/NQ-CP ngày 11/12/2008 của Chính phủ về những giải pháp cấp bách;');
    expect(t.citations[0]?.title).toBe('chính sách hỗ trợ hộ nghèo về nhà ở');
    // … and before the subject of the sentence the citation opens
    const u = extract('Thực hiện Công điện số 12/CĐ-TTg ngày 02/4/2024 của Thủ tướng Chính phủ về việc tập trung phòng, chống bệnh dại, Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Nông nghiệp theo dõi.');
    expect(u.citations[0]?.title).toBe('tập trung phòng, chống bệnh dại');
    // a title that opens with what the instrument does keeps its verb
    const w = extract('Thực hiện Quyết định số 147/QĐ-TTg ngày 22/01/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển du lịch Việt Nam đến năm 2030; Nghị định số 124/2021/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 115/2018/NĐ-CP.');
    expect(w.citations.map((c) => [c.number?.value, c.title])).toEqual([
      ['147/QĐ-TTg', 'phê duyệt Chiến lược phát triển du lịch Việt Nam đến năm 2030'],
      ['124/2021/NĐ-CP', 'sửa đổi, bổ sung một số điều của Nghị định số 115/2018/NĐ-CP'],
      ['115/2018/NĐ-CP', null],
    ]);
    // … and before a purpose clause
    const v = extract('Thực hiện Công điện số 1195/CĐ-BYT ngày 10 tháng 7 năm 2025 của Bộ Y tế về việc tăng cường phòng, chống dịch sốt xuất huyết, để chủ động phòng, chống dịch bệnh, Chủ tịch chỉ thị:');
    expect(v.citations[0]?.title).toBe('tăng cường phòng, chống dịch sốt xuất huyết');
  });
  it('the issuer ends before a part of a text ("và Chương …") or a clause link ("thì", "như sau")', () => {
    expect(issuerOf('Thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương Đảng khóa XIV và Chương trình hành động số 31-CTr/TW.', '75-KL/TW')).toBe(
      'Ban Chấp hành Trung ương Đảng khóa XIV',
    );
    expect(issuerOf('Theo Quy định số 29-QĐ/TW ngày 02/6/1997 của Bộ Chính trị khoá VIII thì các cấp ủy phải kiểm tra.', '29-QĐ/TW')).toBe('Bộ Chính trị khoá VIII');
    expect(issuerOf('Căn cứ Nghị quyết số 101/2025/UBTVQH15 ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội và Chương II của Luật.', '101/2025/UBTVQH15')).toBe('Ủy ban Thường vụ Quốc hội');
    // what the instrument does, right after its issuer
    expect(issuerOf('Căn cứ Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP;', '154/2020/NĐ-CP')).toBe('Chính phủ');
    expect(issuerOf('Theo Quyết định số 12/QĐ-UBND ngày 5/1/2024 của UBND tỉnh thành lập Ban Chỉ đạo.', '12/QĐ-UBND')).toBe('UBND tỉnh');
    expect(issuerOf('Căn cứ Quyết định số 5/QĐ-BNG ngày 5/1/2024 của Bộ Ngoại giao về việc cử cán bộ.', '5/QĐ-BNG')).toBe('Bộ Ngoại giao');
    // the next instrument by its type word and number; a name's own type word has no number
    expect(issuerOf('theo Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII và Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị khóa XIII.', '05-CT/TW')).toBe('Bộ Chính trị khóa XII');
    expect(issuerOf('Thực hiện Công văn số 12/SKHĐT-TH ngày 5/1/2024 của Sở Kế hoạch và Đầu tư về việc lập kế hoạch.', '12/SKHĐT-TH')).toBe('Sở Kế hoạch và Đầu tư');
    expect(issuerOf('Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng;', '24-QĐ/TW')).toBe('Ban Chấp hành Trung ương');
  });
  it('the type word nearest the number names it, when a "của" clause runs over it', () => {
    const c = extract('Bộ Nội vụ nhận được văn bản của một số địa phương đề nghị hướng dẫn thực hiện Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ về chính sách.').citations;
    expect(c.map((x) => [x.number?.value, x.type?.code, x.issuer, x.relation])).toEqual([['178/2024/NĐ-CP', 'NĐ', 'Chính phủ', 'cites']]);
    const d = extract('Thực hiện hướng dẫn của Sở Nông nghiệp và Môi trường tại văn bản số 1297/SNNMT-KS ngày 25/8/2025, UBND huyện đề nghị:').citations;
    expect(d.map((x) => [x.number?.value, x.type?.code, x.issuer])).toEqual([['1297/SNNMT-KS', 'CV', 'Sở Nông nghiệp và Môi trường']]);
    // what "nhận được" names right before it is the letter answered
    const e = extract('Cục Thuế nhận được Công văn số 125/CV-SA ngày 12/05/2025 của Công ty CP Hàng Hải về việc miễn thuế theo Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính.').citations;
    expect(e.map((x) => [x.number?.value, x.relation])).toEqual([['125/CV-SA', 'replies_to'], ['80/2021/TT-BTC', 'cites']]);
  });
  it('the body right before "(đã) có / ban hành" and the type word is the issuer', () => {
    expect(issuerOf('Trước đây Tổng cục Thuế (nay là Cục Thuế) đã có Công văn số 4554/TCT-KK ngày 12/10/2023 hướng dẫn.', '4554/TCT-KK')).toBe('Tổng cục Thuế (nay là Cục Thuế)');
    expect(issuerOf('Sở Tài chính phối hợp Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 45/KH-UBND ngày 3/3/2024 về chuyển đổi số.', '45/KH-UBND')).toBe('Ủy ban nhân dân tỉnh');
    expect(issuerOf('Thời gian qua đã có Kế hoạch số 46/KH-UBND ngày 3/3/2024 về chuyển đổi số.', '46/KH-UBND')).toBeNull();
  });
  it('a report in brackets after "báo cáo của X" is X\'s', () => {
    const t = 'Sau khi nghe báo cáo của Ban Tổ chức\nTrung ương về tình hình hoạt động (Báo cáo số 413-BC/BTCTW, ngày 23/6/2025), Bộ Chính trị kết luận.';
    expect(issuerOf(t, '413-BC/BTCTW')).toBe('Ban Tổ chức Trung ương');
    // "nghe X báo cáo … (Báo cáo số …)", as a Thông báo kết luận opens
    const v = 'Ngày 12/3/2024, Thường trực Tỉnh ủy họp nghe Ban cán sự đảng UBND tỉnh báo cáo tình hình triển khai các dự án (Báo cáo số 45-BC/BCSĐ, ngày 08/3/2024).';
    expect(issuerOf(v, '45-BC/BCSĐ')).toBe('Ban cán sự đảng UBND tỉnh');
  });
  it('a joint instrument keeps all its issuers; TW bodies together', () => {
    const t = 'Căn cứ Thông tư liên tịch số 29/2010/TTLT-BGDĐT-BTC-BLĐTBXH ngày 15/11/2010 của Liên Bộ Giáo dục và Đào tạo, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội hướng dẫn thực hiện;';
    expect(issuerOf(t, '29/2010/TTLT-BGDĐT-BTC-BLĐTBXH')).toBe('Liên Bộ Giáo dục và Đào tạo, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội');
    const p = 'Thực hiện Kết luận số 159-KL/TW ngày 01/6/2025 của Bộ Chính trị, Ban Bí thư về công tác cán bộ;';
    expect(issuerOf(p, '159-KL/TW')).toBe('Bộ Chính trị, Ban Bí thư');
    // the main clause's subject after a comma is not a second issuer
    const q = 'Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch.';
    expect(issuerOf(q, '45-CT/TW')).toBe('Bộ Chính trị');
  });
  it('a lost ";" before "Xét đề nghị của X tại Tờ trình số …": each paper has its own issuer', () => {
    const t = 'Căn cứ Thông tư số 117/2004/TT-BTC ngày 07/12/2004 của Bộ Tài chính Xét đề nghị của Cục Thuế tỉnh Gia Lai tại Tờ trình số 2520/TTr-CT ngày 12/10/2011,';
    expect(issuerOf(t, '117/2004/TT-BTC')).toBe('Bộ Tài chính');
    expect(issuerOf(t, '2520/TTr-CT')).toBe('Cục Thuế tỉnh Gia Lai');
  });
  it('a name whole at "Chính phủ" ends before the clause that follows it; "qui định" opens a title', () => {
    const t = 'theo Quyết định số 92/2005/QĐ-TTg ngày 29 tháng 4 năm 2005 của Thủ tướng Chính phủ đủ điều kiện chuyển sang hưởng chế độ trợ cấp.';
    expect(issuerOf(t, '92/2005/QĐ-TTg')).toBe('Thủ tướng Chính phủ');
    const u = extract('Căn cứ Nghị định số 49/2010/NĐ-CP ngày 14 tháng 5 năm 2010 của Chính phủ qui định về miễn, giảm học phí;').citations[0]!;
    expect([u.issuer, u.title]).toEqual(['Chính phủ', 'miễn, giảm học phí']);
    // "mà" opens a clause after the name
    expect(issuerOf('tại Điều 23 Pháp lệnh số 02/2020/UBTVQH14 ngày 09 tháng 12 năm 2020 của Ủy ban Thường vụ Quốc hội khóa XIV mà có tỷ lệ tổn thương;', '02/2020/UBTVQH14')).toBe('Ủy ban Thường vụ Quốc hội khóa XIV');
    // a term and "nước" still belong to the name
    expect(issuerOf('Thực hiện Kết luận số 01-KL/TW ngày 18/5/2016 của Bộ Chính trị khóa XII về công tác;', '01-KL/TW')).toBe('Bộ Chính trị khóa XII');
    expect(issuerOf('theo Nghị định số 10/2020/NĐ-CP của Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam;', '10/2020/NĐ-CP')).toBe('Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam');
  });
  it('reads the issuer from the symbol when the text names none, and says so', () => {
    const r = extract('Căn cứ Nghị định số 24/2026/NĐ-CP ngày 10/1/2026; Thông tư số 31/2025/TT-BCT; Công văn số 1085/SNNMT-KS; Nghị quyết số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN; Công văn số 12/UBND-VP; Nghị quyết số 05-NQ/TU;');
    const by = Object.fromEntries(r.citations.map((c) => [c.number?.value, [c.issuer, c.issuerSource]]));
    expect(by['24/2026/NĐ-CP']).toEqual(['Chính phủ', 'symbol']);
    expect(by['31/2025/TT-BCT']).toEqual(['Bộ Công Thương', 'symbol']);
    expect(by['1085/SNNMT-KS']).toEqual(['Sở Nông nghiệp và Môi trường', 'symbol']);
    expect(by['102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN']).toEqual([
      'Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      'symbol',
    ]);
    // local codes say nothing of the province
    expect(by['12/UBND-VP']).toEqual([null, null]);
    expect(by['05-NQ/TU']).toEqual([null, null]);
    expect(issuerOf('Căn cứ Quyết định số 93/QĐ-TTg ngày 1/2/2025 của Thủ tướng Chính phủ;', '93/QĐ-TTg')).toBe('Thủ tướng Chính phủ');
    expect(extract('Căn cứ Quyết định số 93/QĐ-TTg ngày 1/2/2025 của Thủ tướng Chính phủ;').citations[0]!.issuerSource).toBe('text');
  });
});

describe("a citation's type", () => {
  const typeOf = (text: string) => extract(text).citations.map((c) => `${c.number?.value} ${c.type?.code}`);
  it("the symbol's type code outweighs the word before it, but for a code two types share", () => {
    expect(typeOf('Căn cứ Nghị định hướng dẫn số 70/2024/NĐ-CP ngày 25/6/2024 của Chính phủ; Kết luật số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị.')).toEqual([
      '70/2024/NĐ-CP NĐ',
      '150-KL/TW KL',
    ]);
    expect(typeOf('Thực hiện Thông tri số 04/TT-MTTW-BTT ngày 10/1/2021 của Ban Thường trực; Quy định số 335-QĐ/TW ngày 27/6/2025 của Ban Bí thư.')).toEqual([
      '04/TT-MTTW-BTT TTri',
      '335-QĐ/TW QyĐ',
    ]);
    // an office that numbers its Tờ trình with "TT": the word before it tells
    expect(typeOf('Xét đề nghị của Sở Tài chính tại Tờ trình số 1044/TT-STC ngày 29/5/2014; Thông tư số 137/2013/TT-BTC ngày 07/10/2013 của Bộ Tài chính.')).toEqual([
      '1044/TT-STC TTr',
      '137/2013/TT-BTC TT',
    ]);
    // OCR's damage around an issuer: a paired verb before the instrument, "vê" for "về", a stray stop
    expect(issuerOf('Tại kỳ họp, HĐND thành phố đã thông qua và ban hành Nghị quyết số 48/NQ-HĐND ngày 08 tháng 12 năm 2023 về việc phê duyệt.', '48/NQ-HĐND')).toBe('HĐND thành phố');
    expect(issuerOf('- Nghị định số 93/2018/NĐ-CP ngày 30 tháng 6 năm 2018 của Chính phủ vê quản ly nợ;', '93/2018/NĐ-CP')).toBe('Chính phủ');
    expect(issuerOf('- Nghị quyết số 16/NQ-HĐND ngày 25 tháng 4 năm 2025 của Hội. đồng nhân dân thành phố về việc phê duyệt.', '16/NQ-HĐND')).toBe('Hội đồng nhân dân thành phố');
    // a title held with a second one: "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
    expect(issuerOf('Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn về nghiệp vụ;', '02/2017/TT-VPCP')).toBe(
      'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ',
    );
    // a list's head issuer goes on past each item's title to the next bare "số"
    const list = 'Căn cứ các Quyết định của Bộ trưởng Bộ Lao động - Thương binh và Xã hội: Số 1025/QĐ-LĐTBXH ngày 03/8/2016 về việc công bố thủ tục hành chính; số 547/QĐ-LĐTBXH ngày 21/5/2020 về việc công bố thủ tục hành chính mới;';
    expect(issuerOf(list, '547/QĐ-LĐTBXH')).toBe('Bộ trưởng Bộ Lao động - Thương binh và Xã hội');
    // "được X công bố tại các Quyết định: Số …, số …"
    const passive = 'Quyết định này thay thế Danh mục được Chủ tịch UBND tỉnh công bố tại các Quyết định: Số 2196/QĐ-UBND ngày 28/12/2021, số 1741/QĐ-UBND ngày 14/11/2019.';
    expect([issuerOf(passive, '2196/QĐ-UBND'), issuerOf(passive, '1741/QĐ-UBND')]).toEqual(['Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh']);
    // an instrument is nobody's issuer; the sentence's subject made the paper it acted "tại"
    const tr = 'Bộ Lao động - Thương binh và Xã hội đã xây dựng và trình Chính phủ dự thảo Nghị định hướng dẫn thi hành một số Điều của Pháp lệnh ưu đãi người có công với cách mạng tại Tờ trình số 77/TTr-LĐTBXH ngày 29/11/2012.';
    expect(issuerOf(tr, '77/TTr-LĐTBXH')).toBe('Bộ Lao động - Thương binh và Xã hội');
    expect(issuerOf('Công ty đã được cấp phép khai thác tại Giấy phép số 12/GP-UBND ngày 1/2/2020.', '12/GP-UBND')).not.toBe('Công ty');
    // a letter in brackets carries the report of the body named last before it
    const br = 'Căn cứ đề xuất của các địa phương và báo cáo của Tổng công ty Bưu điện Việt Nam về việc khắc phục các tồn tại (Công văn số 4736/BĐVN-TCBC ngày 20/10/2018), Bộ trưởng đồng ý.';
    expect(issuerOf(br, '4736/BĐVN-TCBC')).toBe('Tổng công ty Bưu điện Việt Nam');
    // a list of such opinions: each bracket is its item's, under the list's common head
    const ops = 'Xét đề nghị của Ủy ban nhân dân tỉnh Nghệ An (Công văn số 5969/UBND-TM ngày 19 tháng 8 năm 2014), ý kiến của các Bộ: Lao động - Thương binh và Xã hội (Công văn số 3418/LĐTBXH-NCC ngày 17 tháng 9 năm 2014), Tài chính (Công văn số 13365/BTC-NSNN ngày 23 tháng 9 năm 2014), Ban Thi đua - Khen thưởng Trung ương (Công văn số 2211/BTĐKT-VIII ngày 12 tháng 9 năm 2014) về việc bổ sung kinh phí, Phó Thủ tướng có ý kiến như sau:';
    expect(['5969/UBND-TM', '3418/LĐTBXH-NCC', '13365/BTC-NSNN', '2211/BTĐKT-VIII'].map((n) => issuerOf(ops, n))).toEqual([
      'Ủy ban nhân dân tỉnh Nghệ An',
      'Bộ Lao động - Thương binh và Xã hội',
      'Bộ Tài chính',
      'Ban Thi đua - Khen thưởng Trung ương',
    ]);
    // a verb that opens the title ends the issuer ("… của Ủy ban nhân dân tỉnh sắp xếp …")
    expect(issuerOf('Căn cứ Đề án số 6355/ĐA-UBND ngày 28/4/2025 của Ủy ban nhân dân tỉnh sắp xếp đơn vị hành chính cấp xã.', '6355/ĐA-UBND')).toBe('Ủy ban nhân dân tỉnh');
  });
});

describe('an old circular: letters agreed with, a ministry code, a serial with and without its 0', () => {
  const r = extract('| BỘ XÂY DỰNG ******** | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ******** |\n|---|---|\n| Số: 04/2001/TT-BXD | Hà Nội, ngày 20 tháng 8 năm 2001 |\n\nTHÔNG TƯ\n\nCỦA BỘ XÂY DỰNG SỐ 04/2001/TT-BXD NGÀY 20 THÁNG 8 NĂM 2001 HƯỚNG DẪN BỔ SUNG VIỆC HỖ TRỢ NGƯỜI HOẠT ĐỘNG CÁCH MẠNG CẢI THIỆN NHÀ Ở\n\nCăn cứ Quyết định số 20/2000/QĐ-TTg ngày 3 tháng 2 năm 2000 của Thủ tướng Chính phủ về việc hỗ trợ người hoạt động cách mạng cải thiện nhà ở; Sau khi thống nhất ý kiến với Ban tổ chức Trung ương Đảng (Văn bản số 152/CV-TCTW ngày 6/6/2001), Bộ Tài chính (Văn bản số 4773/TC-CSTC ngày 25/5/2001) và được sự đồng ý của Thủ tướng Chính phủ (Văn bản số 710/CP-CN ngày 6/8/2001). Bộ Xây dựng hướng dẫn như sau:\n\n1. Những người đã mua nhà ở trước ngày 5/7/1994 thì Uỷ ban nhân dân cấp tỉnh hỗ trợ theo Thông tư số 5/2000/TT-BXD ngày 27/6/2000 của Bộ Xây dựng và mục 5 Thông tư số 05/2000/TT-BXD.\n\nThông tư này có hiệu lực thi hành kể từ ngày ký.\n\n|  | Nguyễn Mạnh Kiểm (Đã ký) |\n|---|---|\n');
  const by = Object.fromEntries(r.citations.map((c) => [c.number?.value, [c.type?.code, c.issuer]]));
  it('each letter in brackets after "thống nhất ý kiến với A (…), B (…)" and "sự đồng ý của C (…)" is its body\'s', () => {
    expect(by['152/CV-TCTW']).toEqual(['CV', 'Ban tổ chức Trung ương Đảng']);
    expect(by['710/CP-CN']).toEqual(['CV', 'Thủ tướng Chính phủ']);
  });
  it('"Văn bản số 4773/TC-CSTC" is a letter of the Ministry of Finance (TC), not a Thông cáo', () => {
    expect(by['4773/TC-CSTC']).toEqual(['CV', 'Bộ Tài chính']);
  });
  it('"5/2000/TT-BXD" and "05/2000/TT-BXD" are one instrument, named with its 0', () => {
    expect(r.citations.filter((c) => c.number?.value.endsWith('/2000/TT-BXD')).map((c) => [c.number?.value, c.mentions.length])).toEqual([['05/2000/TT-BXD', 2]]);
  });
});

describe('letters answered, listed', () => {
  it('"Về đề nghị của A tại văn bản số …, B tại văn bản số …, ý kiến của C tại …": each is answered', () => {
    const r = extract('Về đề nghị của Ủy ban nhân dân tỉnh Quảng Nam tại văn bản số 1094/TTr-UBND ngày 04 tháng 3 năm 2021, Bộ Nông nghiệp và Phát triển nông thôn tại văn bản số 729/BNN-TCLN ngày 03 tháng 02 năm 2021, ý kiến của Bộ Tài chính tại văn bản số 15988/BTC-PC ngày 29 tháng 12 năm 2020, Bộ Tư pháp tại văn bản số 4670/BTP-PLDSKT ngày 15 tháng 12 năm 2020 về chủ trương xây dựng Đề án, Phó Thủ tướng có ý kiến như sau: thực hiện theo Nghị định số 10/2020/NĐ-CP.');
    expect(r.citations.map((c) => [c.number?.value, c.relation])).toEqual([
      ['1094/TTr-UBND', 'replies_to'],
      ['729/BNN-TCLN', 'replies_to'],
      ['15988/BTC-PC', 'replies_to'],
      ['4670/BTP-PLDSKT', 'replies_to'],
      ['10/2020/NĐ-CP', 'cites'],
    ]);
  });
});

describe('an issuer before the verb that opens the title', () => {
  it('"của Ủy ban nhân dân tỉnh Lào Cai tiếp nhận nguyên trạng …": the body ends at the verb', () => {
    const r = extract('Căn cứ Quyết định số 245/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh Lào Cai tiếp nhận nguyên trạng Ban Quản lý các khu công nghiệp tỉnh Yên Bái;');
    expect(r.citations.map((c) => [c.number?.value, c.issuer])).toEqual([['245/QĐ-UBND', 'Ủy ban nhân dân tỉnh Lào Cai']]);
  });
});

describe('a list after "X đã ban hành"', () => {
  it('its later items are X\'s when their code fits X ("…/TU" after "Tỉnh uỷ"); another kind\'s code, or a later "về việc ban hành", is not', () => {
    const r = extract('1 Tỉnh uỷ đã ban hành Đề án 13 Tăng cường quản lý tài nguyên; Chỉ thị số 26-CT/TU ngày 12/5/2026 về tăng cường sự lãnh đạo; Kế hoạch số 91-KH/TU ngày 08/6/2026 về việc thực hiện; UBND tỉnh đã ban hành Quyết định số 20/2026/QĐ-UBND ngày 08/4/2026 về việc ban hành Quy định bảo vệ môi trường; Kế hoạch số 192/KH-UBND ngày 29/4/2026 Triển khai thực hiện Nghị quyết số 247/2025/QH15 ngày 10/12/2025; Kế hoạch số 15-KH/TU ngày 01/02/2026.');
    expect(r.citations.map((c) => [c.number?.value, c.issuer])).toEqual([
      ['26-CT/TU', 'Tỉnh uỷ'],
      ['91-KH/TU', 'Tỉnh uỷ'],
      ['20/2026/QĐ-UBND', 'UBND tỉnh'],
      ['192/KH-UBND', 'UBND tỉnh'],
      ['247/2025/QH15', 'Quốc hội'],
      // (a Party number after the province's committee began its own list: not the Tỉnh uỷ's by this rule)
      ['15-KH/TU', null],
    ]);
  });
});

describe('an issuer before a title in capitals', () => {
  it('"… của Ủy ban nhân dân tỉnh Lào Cai Sửa đổi, bổ sung …": the title opens at its capital', () => {
    const r = extract('Bãi bỏ khoản 16 Điều 3 Quyết định số 59/2025/QĐ-UBND ngày 30 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Lào Cai Sửa đổi, bổ sung các Quyết định quy phạm pháp luật; Quyết định số 23/2011/QĐ-UBND ngày 28 tháng 7 năm 2011 của Ủy ban nhân dân tỉnh Yên Bái Phê duyệt Quy chế thu thập dữ liệu.');
    expect(r.citations.map((c) => [c.number?.value, c.issuer])).toEqual([
      ['59/2025/QĐ-UBND', 'Ủy ban nhân dân tỉnh Lào Cai'],
      ['23/2011/QĐ-UBND', 'Ủy ban nhân dân tỉnh Yên Bái'],
    ]);
  });
  it('"… của Ủy ban bầu cử xã Lương Minh Thông báo địa điểm …": a notice\'s own title ends the issuer', () => {
    const r = extract('2. Hồ sơ: Gửi về Ủy ban bầu cử xã theo thông báo số 09/TB-UBBC ngày 15/12/2025 của Ủy ban bầu cử xã Lương Minh Thông báo địa điểm và thời gian tiếp nhận hồ sơ ứng cử.');
    expect(r.citations.map((c) => [c.number?.value, c.issuer])).toEqual([['09/TB-UBBC', 'Ủy ban bầu cử xã Lương Minh']]);
  });
});

describe('a preamble clause that asks, then the clause that issues', () => {
  it('"Theo đề nghị của …;\\nChính phủ ban hành Nghị quyết tạm ngưng … Nghị định số …": the decree is cited, not answered', () => {
    const r = extract('Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nTheo đề nghị của Bộ trưởng các Bộ: Y tế, Công Thương;\nChính phủ ban hành Nghị quyết tạm ngưng hiệu lực Nghị định số 46/2026/NĐ-CP ngày 26 tháng 01 năm 2026 của Chính phủ và Nghị quyết số 66.13/2026/NQ-CP ngày 27 tháng 01 năm 2026 của Chính phủ.\nĐiều 1. Thống nhất với đề xuất của Bộ Tài chính tại các văn bản số 193/TTr-BTC ngày 16 tháng 8 năm 2024.');
    expect(r.citations.map((c) => [c.number?.value, c.relation])).toEqual([
      ['63/2025/QH15', 'based_on'],
      ['46/2026/NĐ-CP', 'cites'],
      ['66.13/2026/NQ-CP', 'cites'],
      ['193/TTr-BTC', 'replies_to'],
    ]);
  });
});

describe('an issuer whose name lists its fields with commas', () => {
  it('"Bộ Văn hóa, Thể thao và Du lịch", "Vụ Kế hoạch, Tài chính" are whole; a second body after the comma is not read in', () => {
    const r = extract(
      'Thực hiện Công văn số 29/BVHTTDL-VP ngày 12/8/2014 của Bộ Văn hóa, Thể thao và Du lịch về việc triển khai.\nThực hiện Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội về việc triển khai.\nThực hiện Công văn số 30/VP ngày 12/8/2014 của Vụ Kế hoạch, Tài chính.\nThực hiện Công văn số 32/STP ngày 12/8/2014 của Sở Tư pháp, Công an tỉnh và các cơ quan.\nThực hiện Công văn số 33/UBND ngày 12/8/2014 của UBND tỉnh, Sở Nội vụ.\nCăn cứ Hướng dẫn số 36/HD-UBTVQH15 ngày 26 tháng 9 năm 2025 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về quy trình hiệp thương.',
    );
    expect(r.citations.map((c) => [c.number?.value, c.issuer])).toEqual([
      ['29/BVHTTDL-VP', 'Bộ Văn hóa, Thể thao và Du lịch'],
      ['2928/LĐTBXH-BVCSTE', 'Bộ Lao động, Thương binh và Xã hội'],
      ['30/VP', 'Vụ Kế hoạch, Tài chính'],
      ['32/STP', 'Sở Tư pháp'],
      ['33/UBND', 'UBND tỉnh'],
      // (a collective body after the comma is another issuer)
      ['36/HD-UBTVQH15', 'Ủy ban Thường vụ Quốc hội'],
    ]);
  });
});


describe('an issuer named by its remit', () => {
  it('"Ban Chỉ đạo sắp xếp … 02 cấp", "Ban Chỉ đạo phòng, chống tham nhũng tỉnh" are whole; the title, a date or the next instrument end them', () => {
    const r = extract(
      'Thực hiện Công văn số 03/CV-BCĐ ngày 15/4/2025 của Ban Chỉ đạo sắp xếp\nĐVHC các cấp và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp về việc định hướng một số nhiệm vụ.\nThực hiện Quyết định số 5/QĐ-BCĐ ngày 04/6/2025 của Ban Chỉ đạo phòng, chống tham nhũng tỉnh về việc ban hành quy chế.\nThực hiện Quyết định số 6/QĐ-BCĐ của Ban Chỉ đạo thực hiện Đề án 06 tỉnh, ngày 3/4/2025 về việc giao nhiệm vụ.\nThực hiện Quyết định số 7/QĐ-BCĐ của Ban Chỉ đạo tỉnh và Nghị quyết số 3/NQ-HĐND của HĐND tỉnh.\nThực hiện Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về phê duyệt Đề án.\nThực hiện Kế hoạch số 01-KH/BCĐTW ngày 3/3/2025 của Ban Chỉ\nđạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (sau đây gọi tắt là Kế hoạch số 01).\nThực hiện Kết luận số 5-KL/BCĐTW ngày 10/6/2025 của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực về kết quả công tác năm 2024.',
    );
    expect(r.citations.map((c) => [c.number?.value, c.issuer, c.date?.iso ?? null])).toEqual([
      ['03/CV-BCĐ', 'Ban Chỉ đạo sắp xếp ĐVHC các cấp và xây dựng mô hình tổ chức chính quyền địa phương 02 cấp', '2025-04-15'],
      ['5/QĐ-BCĐ', 'Ban Chỉ đạo phòng, chống tham nhũng tỉnh', '2025-06-04'],
      ['6/QĐ-BCĐ', 'Ban Chỉ đạo thực hiện Đề án 06 tỉnh', '2025-04-03'],
      ['7/QĐ-BCĐ', 'Ban Chỉ đạo tỉnh', null],
      ['3/NQ-HĐND', 'HĐND tỉnh', null],
      // ("về" opens the title when a title's word follows it, as after any other body; else the remit)
      ['02-KH/BCĐTW', 'Ban Chỉ đạo Trung ương', '2025-06-19'],
      ['01-KH/BCĐTW', 'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', '2025-03-03'],
      ['5-KL/BCĐTW', 'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực', '2025-06-10'],
    ]);
  });
  it('a speck read as an apostrophe before the number ("Nghị quyết số \'54/NQ-HĐND") does not hide it', () => {
    const r = extract("Căn cứ Nghị quyết số '54/NQ-HĐND ngày 12 tháng 12 năm 2024 của Hội đồng nhân dân thành phố Cần Thơ về việc phê duyệt kế hoạch vay.");
    expect(r.citations.map((c) => [c.number?.value, c.date?.iso])).toEqual([['54/NQ-HĐND', '2024-12-12']]);
  });
});

describe('two senders asked in one clause', () => {
  it('"Theo đề nghị của A tại Tờ trình số … ngày … và B tại Văn bản số …": the second paper is B\'s', () => {
    const r = extract('Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 1818/TTr-VP ngày 21 tháng 8 năm 2025 và Giám đốc Sở Nội vụ tại Văn bản số 4836/SNV-TCBC ngày 04 tháng 9 năm 2025;');
    expect(r.citations.map((c) => [c.number?.value, c.issuer])).toEqual([
      ['1818/TTr-VP', 'Chánh Văn phòng Ủy ban nhân dân tỉnh'],
      ['4836/SNV-TCBC', 'Giám đốc Sở Nội vụ'],
    ]);
  });
});

describe('what a document rests on', () => {
  it('a "Căn cứ" clause whose object is no instrument ("Căn cứ theo chức năng, nhiệm vụ …") makes a later mention cited, not a basis; a part listing bases and a "Các căn cứ khác:" label make bases', () => {
    const r = extract(
      [
        'Thực hiện Quyết định số 4405/QĐ-BTNMT ngày 31/12/2024 của Bộ Tài nguyên và Môi trường về Kế hoạch giảm nhẹ phát thải.',
        'I. CƠ SỞ CHÍNH TRỊ, PHÁP LÝ',
        '1. Căn cứ chính trị',
        '1.1. Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề.',
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Các sở, ban, ngành',
        'Căn cứ theo chức năng, nhiệm vụ được giao, nội dung tại Quyết định số 4405/QĐ-BTNMT ngày 31/12/2024 của Bộ Tài nguyên và Môi trường để triển khai thực hiện.',
        '2. Sở Tài chính: Căn cứ dự toán do Sở Nội vụ lập, cấp kinh phí theo Quyết định số 12/QĐ-UBND ngày 02/01/2025 của Ủy ban nhân dân tỉnh.',
        '- Căn cứ hồ sơ trình thẩm định;',
        '- Các căn cứ khác có liên quan: Luật Khoáng sản số 60/2010/QH12 ngày 17/11/2010.',
      ].join('\n'),
    );
    expect(r.citations.map((c) => [c.number?.value, c.relation])).toEqual([
      ['4405/QĐ-BTNMT', 'implements'],
      ['18-NQ/TW', 'based_on'],
      ['12/QĐ-UBND', 'cites'],
      ['60/2010/QH12', 'based_on'],
    ]);
  });
});

describe('what a decision repeals', () => {
  it('"Bãi bỏ khoản 16 Điều 3 Quyết định số …" and the items of "Bãi bỏ các Quyết định sau đây:" are repealed', () => {
    const r = extract(
      [
        'Điều 2. Điều khoản thi hành',
        '1. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.',
        '2. Bãi bỏ các Quyết định sau đây:',
        'a) Quyết định số 23/2011/QĐ-UBND ngày 28 tháng 7 năm 2011 của Ủy ban nhân dân tỉnh Yên Bái Ban hành Quy chế;',
        'b) Quyết định số 44/2021/QĐ-UBND ngày 11 tháng 8 năm 2021 của Ủy ban nhân dân tỉnh Lào Cai Ban hành Quy chế.',
        '3. Bãi bỏ khoản 16 Điều 3 Quyết định số 59/2025/QĐ-UBND ngày 30 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Lào Cai.',
        '4. Thực hiện theo Quyết định số 60/2025/QĐ-UBND ngày 30 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Lào Cai.',
      ].join('\n'),
    );
    expect(r.citations.map((c) => [c.number?.value, c.relation])).toEqual([
      ['23/2011/QĐ-UBND', 'repeals'],
      ['44/2021/QĐ-UBND', 'repeals'],
      ['59/2025/QĐ-UBND', 'repeals'],
      ['60/2025/QĐ-UBND', 'implements'],
    ]);
  });
});

describe('a number alone', () => {
  it('in a table cell with its date is cited when its symbol names a type; a letter\'s bare number or one with no date is not', () => {
    const r = extract(
      [
        'STT | Mã TTHC | Tên TTHC | Số quyết định công bố TTHC',
        '1. | 1.013994 | Đăng ký, cấp Giấy chứng nhận | 3380/QĐ-BNNMT ngày 25/8/2025',
        '2. | 1.013988 | Xóa ghi nợ tiền sử dụng đất | 2304/QĐ-BNNMT, ngày 23 tháng 6 năm 2025',
        '3. | 1.012751 | Cung cấp thông tin | 2305/QĐ-BNNMT',
        '4. | 1.012750 | Giải quyết tranh chấp | 10596/BNNMT-QLĐĐ ngày 19/12/2025',
      ].join('\n'),
    );
    expect(r.citations.map((c) => [c.number?.value, c.type?.code, c.date?.iso])).toEqual([
      ['3380/QĐ-BNNMT', 'QĐ', '2025-08-25'],
      ['2304/QĐ-BNNMT', 'QĐ', '2025-06-23'],
    ]);
  });
});

describe('the letters a reply answers', () => {
  it('"Về các vướng mắc … nêu tại Công văn số A … và Công văn số B …, Cục X có ý kiến như sau" answers both', () => {
    const r = extract(
      'Kính gửi: Cục Hải quan\nVề các vướng mắc trong quá trình thực hiện Nghị định hướng dẫn Luật Hóa chất nêu tại Công văn số 13821/CHQ-GSQL ngày 16 tháng 3 năm 2026 và Công văn số 15464/CHQ-GSQL ngày 20 tháng 4 năm 2026 của Cục Hải quan, Cục Hóa chất có ý kiến như sau:\n1. Về thời điểm công bố theo Nghị định số 26/2026/NĐ-CP.\n',
    );
    expect(r.citations.map((c) => [c.number?.value, c.relation])).toEqual([
      ['13821/CHQ-GSQL', 'replies_to'],
      ['15464/CHQ-GSQL', 'replies_to'],
      ['26/2026/NĐ-CP', 'cites'],
    ]);
  });
});

describe('where a basis ends', () => {
  it('a purpose clause on its own line after the bases ("Để đảm bảo …, Giám đốc Sở yêu cầu …:") opens a new sentence: an instrument named in the points under it is cited, not a basis', () => {
    const r = extract(
      'Thực hiện Quyết định số 1883/QĐ-UBND ngày 06/11/2025 của UBND tỉnh Lào Cai về việc ủy quyền;\nCăn cứ Quyết định số 59/QĐ-SCT ngày 01/7/2025 của Giám đốc Sở;\nĐể đảm bảo triển khai kịp thời, Giám đốc Sở yêu cầu các đơn vị thực hiện các nội dung sau:\n1. Phó Giám đốc Sở\nTrực tiếp chỉ đạo thực hiện các nhiệm vụ được ủy quyền tại Quyết định số 1883/QĐ-UBND; chịu trách nhiệm.\n2. Phòng Quản lý công nghiệp\nTham mưu thực hiện theo Quyết định số 766/QĐ-SCT ngày 12/02/2026.\n',
    );
    expect(r.citations.map((c) => [c.number?.value, c.relation])).toEqual([
      ['1883/QĐ-UBND', 'implements'],
      ['59/QĐ-SCT', 'based_on'],
      ['766/QĐ-SCT', 'cites'],
    ]);
  });
});

describe('a part repealed', () => {
  it('"Bãi bỏ một phần khoản 2 Điều 1 của Thông tư số …" repeals it', () => {
    const r = extract('Điều 1. Bãi bỏ một phần khoản 2 Điều 1 của Thông tư số 18/2025/TT-BCT ngày 13 tháng 3 năm 2025 của Bộ trưởng Bộ Công Thương.\n');
    expect(r.citations.map((c) => [c.number?.value, c.relation])).toEqual([['18/2025/TT-BCT', 'repeals']]);
  });
});

describe('a sender\'s papers in a row', () => {
  it('"của X tại Tờ trình số A …, các văn bản số B … và số C …; và Báo cáo số D" are all X\'s when their codes agree', () => {
    const r = extract(
      'Theo đề nghị của Ủy ban nhân dân Thành phố Hà Nội tại Tờ trình số 83/TTr-UBND ngày 31 tháng 3 năm 2026, các văn bản số 1407/UBND-NNMT ngày 05 tháng 4 năm 2026 và số 1446/UBND-NNMT ngày 07 tháng 4 năm 2026; và Báo cáo số 139/BC-UBND ngày 23 tháng 4 năm 2026; Bộ Tài chính tại Tờ trình số 12/TTr-BTC.\n',
    );
    expect(r.citations.map((c) => [c.number?.value, c.issuer])).toEqual([
      ['83/TTr-UBND', 'Ủy ban nhân dân Thành phố Hà Nội'],
      ['1407/UBND-NNMT', 'Ủy ban nhân dân Thành phố Hà Nội'],
      ['1446/UBND-NNMT', 'Ủy ban nhân dân Thành phố Hà Nội'],
      ['139/BC-UBND', 'Ủy ban nhân dân Thành phố Hà Nội'],
      ['12/TTr-BTC', 'Bộ Tài chính'],
    ]);
  });
});

describe('a mention in a title in capitals', () => {
  it('reads its date and its issuer (in sentence case, cut where a lower-case name would be)', () => {
    const r = extract('Chương I\n\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 79/2024/TT-BCA NGÀY 15 THÁNG 11 NĂM 2024 CỦA BỘ TRƯỞNG BỘ CÔNG AN QUY ĐỊNH VỀ CẤP, THU HỒI CHỨNG NHẬN ĐĂNG KÝ XE\n');
    expect(r.citations.map((c) => [c.number?.value, c.date?.iso, c.issuer, c.relation])).toEqual([['79/2024/TT-BCA', '2024-11-15', 'Bộ trưởng Bộ Công an', 'amends']]);
  });
});

describe('a letter\'s subject that carries an instrument out', () => {
  it('"V/v triển khai thực hiện Quyết định số …" and a point "Về việc triển khai … văn bản số …" implement it; the salutation ends the subject\'s sentence', () => {
    const r = extract('ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/UBND-XD\n V/v triển khai thực hiện Quyết định số\n 1074/QĐ-BXD ngày 29/6/2026 của Bộ\nXây dựng ban hành các giải pháp\nKính gửi: Các sở\nNgày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số 119/2025/NĐ-CP sửa đổi Nghị định số 06/2022/NĐ-CP.\n1. Về việc triển khai ý kiến của Bộ Chính trị tại văn bản số 15422-CV/VPTW ngày 16 tháng 6 năm 2025\n2. Thực hiện rà soát theo Quyết định số 12/QĐ-UBND ngày 02/01/2026.\n');
    expect(r.citations.map((c) => [c.number?.value, c.relation])).toEqual([
      ['1074/QĐ-BXD', 'implements'],
      // (the subject's sentence ends at the salutation: the body's first mention is its own)
      ['119/2025/NĐ-CP', 'cites'],
      ['06/2022/NĐ-CP', 'cites'],
      ['15422-CV/VPTW', 'implements'],
      ['12/QĐ-UBND', 'cites'],
    ]);
  });
});

describe('a scan\'s misread marks', () => {
  it('a type word written with a wrong mark before "số" still names the type', () => {
    const r = extract('Căn cứ Nghị quyét số 190/2025/QH15 ngày 19 tháng 02 năm 2025 của Quốc hội quy định về xử lý một số vấn đề;\nThực hiện Kê hoạch số 12/KH-UBND ngày 02/3/2025 của UBND tỉnh;');
    expect(r.citations.map((c) => [c.number?.value, c.type?.code ?? null, c.relation])).toEqual([
      ['190/2025/QH15', 'NQ', 'based_on'],
      ['12/KH-UBND', 'KH', 'implements'],
    ]);
    // (words that fold to no type name none: a number of no type stays typeless)
    expect(extract('Căn cứ Nghị quyết số 190/2025/QH15; theo đợt số 2/2025/QH15 này.').citations.map((c) => c.type?.code ?? null)).toEqual(['NQ', null]);
  });
  it('an issuer ends at a title\'s verb whose marks a scan misread ("hướng dan", "sửa đôi")', () => {
    const text = 'Bãi bỏ Thông tư liên tịch số 74/2004/TTLT-BTC-BVHTT ngày 19 tháng 7 năm 2004 của Bộ Tài chính, Bộ Văn hóa Thông tin hướng dan hỗ trợ kinh phí; Nghị định số 166/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phi sửa đôi, bổ sung một số điều.';
    expect(issuerOf(text, '74/2004/TTLT-BTC-BVHTT')).toBe('Bộ Tài chính, Bộ Văn hóa Thông tin');
    expect(issuerOf(text, '166/2025/NĐ-CP')).toBe('Chính phi');
  });
  it('a serial\'s first digit a scan read as a letter after "số" ("số Ì 01/2020/NĐ-CP") is a 1; "Căn cú" opens a basis', () => {
    const r = extract('Căn cú Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của Chính phủ quy định chức năng; Nghị định số Ì 01/2020/NĐ-CP ngày 28 tháng 8 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 1 23/2016/ND-CP;');
    expect(r.citations.map((c) => [c.number?.value, c.relation])).toEqual([
      ['123/2016/NĐ-CP', 'based_on'],
      ['101/2020/NĐ-CP', 'based_on'],
    ]);
    expect(r.warnings.filter((w) => w.code === 'NUMBER_REPAIRED')).toHaveLength(2);
  });
  it('the National Assembly\'s code as a scan reads it ("OH15", "0H14", "QHI5") is QH', () => {
    const r = extract('Căn cứ Luật Công đoàn số 50/2024/OH15, Luật Thanh niên số 57/2020/0H14 và Nghị quyết số 76/2025/UBTVQHI5;');
    expect(r.citations.map((c) => [c.number?.value, c.type?.code])).toEqual([
      ['50/2024/QH15', 'Luật'],
      ['57/2020/QH14', 'Luật'],
      ['76/2025/UBTVQH15', 'NQ'],
    ]);
  });
});

describe('this document\'s own act', () => {
  const HEAD = 'BỘ TÀI CHÍNH\nSố: 12/2025/TT-BTC\nHà Nội, ngày 02 tháng 7 năm 2025\n\n';
  const rel = (text: string) => extract(text).citations.map((c) => [c.number?.value, c.relation]);
  it('the act its title opens with, or its enacting formula names ("… ban hành Thông tư sửa đổi …"), is this document\'s', () => {
    expect(rel(`${HEAD}THÔNG TƯ\nBãi bỏ Thông tư số 12/2020/TT-BTC\n\nCăn cứ Nghị định số 29/2025/NĐ-CP;\n\nBộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 15/2021/TT-BTC.\n`)).toEqual([
      ['12/2020/TT-BTC', 'repeals'],
      ['29/2025/NĐ-CP', 'based_on'],
      ['15/2021/TT-BTC', 'amends'],
    ]);
    // another type's act named in a letter is that instrument's, not the letter's
    expect(rel('BỘ TÀI CHÍNH\nSố: 12/BTC-PC\nV/v hướng dẫn\nHà Nội, ngày 02 tháng 7 năm 2025\n\nKính gửi: Các tỉnh.\n\nChính phủ đã ban hành Nghị định sửa đổi, bổ sung Nghị định số 15/2021/NĐ-CP.\n')).toEqual([['15/2021/NĐ-CP', 'cites']]);
  });
  it('a law that amends laws: each law named before its number, not the amending law', () => {
    const r = extract('QUỐC HỘI\n\nLuật số: 97/2025/QH15\n\nLUẬT\nSửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13, Luật Công đoàn số 50/2024/QH15 và Luật Thanh niên số 57/2020/QH14 đã được sửa đổi, bổ sung một số điều theo Luật số 47/2024/QH15.\n');
    expect(r.citations.map((c) => [c.number?.value, c.title, c.relation])).toEqual([
      ['75/2015/QH13', 'Mặt trận Tổ quốc Việt Nam', 'amends'],
      ['50/2024/QH15', 'Công đoàn', 'amends'],
      ['57/2020/QH14', 'Thanh niên', 'amends'],
      ['47/2024/QH15', null, 'cites'],
    ]);
    // a basis that names an amending law by its number keeps the name whole
    expect(extract('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 43/2024/QH15;').citations.map((c) => [c.title, c.relation])).toEqual([
      ['sửa đổi, bổ sung một số điều của Luật Đất đai', 'based_on'],
    ]);
  });
  it('a title ends before a note of the instrument\'s amendment (", được sửa đổi, bổ sung bởi …")', () => {
    const r = extract('Căn cứ Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 của Chính phủ quy định giảm nhẹ phát thải khí nhà kính và bảo vệ tầng ô-dôn, được sửa đổi, bổ sung bởi Nghị định số 119/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ;');
    expect(r.citations.map((c) => c.title)).toEqual(['giảm nhẹ phát thải khí nhà kính và bảo vệ tầng ô-dôn', null]);
    // (what a title itself says was amended stays in it: "… thủ tục hành chính được sửa đổi, bổ sung và bãi bỏ …")
    expect(extract('Căn cứ Quyết định số 2848/QĐ-BCT ngày 01/10/2025 của Bộ trưởng Bộ Công Thương công bố thủ tục hành chính được sửa đổi, bổ sung và bãi bỏ trong lĩnh vực hóa chất;').citations[0]?.title).toBe(
      'công bố thủ tục hành chính được sửa đổi, bổ sung và bãi bỏ trong lĩnh vực hóa chất',
    );
  });
  it('a title in quotes right after the issuer is its title', () => {
    const r = extract('Căn cứ Hướng dẫn số 115-HD/BTGTW, ngày 08 tháng 01 năm 2020 của Ban Tuyên giáo Trung ương “Tuyên truyền kỷ niệm các ngày lễ lớn năm 2020”; Nghị quyết số 46-NQ/TU, ngày 08/9/2021 của Ban Chấp hành Đảng bộ tỉnh “Về xây dựng nông thôn mới”.');
    expect(r.citations.map((c) => c.title)).toEqual(['Tuyên truyền kỷ niệm các ngày lễ lớn năm 2020', 'Về xây dựng nông thôn mới']);
  });
});
