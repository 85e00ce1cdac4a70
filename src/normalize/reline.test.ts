import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { normalize } from './index.js';

// A letter whose line breaks were lost (a dataset's text field, a web preview), as one line.
const FLAT = [
  'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011',
  'V/v tiếp tục phối hợp tuyên truyền bầu chọn Vịnh Hạ Long Kính gửi: - Giám đốc Sở Văn hóa, Thể thao và Du lịch; - Chủ tịch UBND huyện, thị xã, thành phố.',
  'Căn cứ Công văn số 847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND tỉnh Quảng Ninh, Chủ tịch UBND tỉnh có ý kiến như sau:',
  `1. Sở Văn hóa, Thể thao và Du lịch: ${'chủ trì tuyên truyền trong toàn tỉnh và hướng dẫn các đơn vị tham gia bầu chọn, '.repeat(4)}bảo đảm đúng tiến độ.`,
  `2. Ủy ban nhân dân huyện, thị xã, thành phố: ${'phát động trong cán bộ, công chức, viên chức và nhân dân tham gia bầu chọn, '.repeat(4)}báo cáo kết quả.`,
  'Nơi nhận: - Như trên; - TT. HĐND, UBND tỉnh; - Lưu: VT, NCTH. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Thành Lập',
].join(' ');

describe('relineFlattened', () => {
  it('puts back the lines of a document run into one line, at its layout anchors', () => {
    const n = normalize(FLAT);
    expect(n.notes.map((x) => x.code)).toContain('LINES_RESTORED');
    const lines = n.text.split('\n').map((l) => l.trim());
    expect(lines).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(lines).toContain('Số: 454/UBND-NCTH');
    expect(lines).toContain('Vị Thanh, ngày 6 tháng 4 năm 2011');
    expect(lines).toContain('- Như trên;');
    expect(lines).toContain('Trần Thành Lập');
    // a space became a line break: the text keeps its length, every offset its place
    expect(n.text.length).toBe(FLAT.length);
  });
  it('gives the record its fields back', () => {
    const r = extract(FLAT);
    expect([r.number?.value, r.date?.iso, r.place, r.subject]).toEqual(['454/UBND-NCTH', '2011-04-06', 'Vị Thanh', 'tiếp tục phối hợp tuyên truyền bầu chọn Vịnh Hạ Long']);
    expect(r.recipients.map((x) => x.name)).toEqual(['Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Chủ tịch UBND huyện, thị xã, thành phố']);
    expect(r.tasks.map((t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`)).toEqual(['1: Sở Văn hóa, Thể thao và Du lịch', '2: Ủy ban nhân dân huyện, thị xã, thành phố']);
    expect(r.signers.map((s) => [s.authority, s.title, s.name])).toEqual([['KT', 'Phó Chủ tịch', 'Trần Thành Lập']]);
  });
  it('ends the signer\'s line before an annex\'s title run in after it, a cell\'s tab or a space between', () => {
    const t = `${FLAT} Lưu: VT.\tKT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tín\tKẾ HOẠCH TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ 09/2013/TT-BXD I. MỤC ĐÍCH`;
    const lines = normalize(t).text.split('\n').map((l) => l.trim());
    expect(lines).toContain('Nguyễn Hữu Tín');
    // (the type word on its own line, as an annex's title stands)
    expect(lines).toContain('KẾ HOẠCH');
    expect(lines.some((l) => l.startsWith('TRIỂN KHAI THỰC HIỆN THÔNG TƯ'))).toBe(true);
  });
  it('leaves a laid-out text with long paragraphs as it is', () => {
    const para = 'Luật Thực hiện dân chủ ở cơ sở được triển khai; Căn cứ tình hình thực tế, các cơ quan thực hiện. '.repeat(20);
    // (a letter of one long paragraph between its header's and closing's lines)
    const doc = `ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/UBND-VP\nX, ngày 01 tháng 02 năm 2024\nV/v thực hiện dân chủ ở cơ sở\nKính gửi: Các sở, ban, ngành.\n\n${para}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn A\n`;
    const n = normalize(doc);
    expect(n.notes.map((x) => x.code)).not.toContain('LINES_RESTORED');
    expect(n.text).toContain('Luật Thực hiện dân chủ');
  });
  it('puts back a plan\'s parts, its points\' first items and dashed lists, and a duty after a body\'s name', () => {
    const plan = [
      'ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 25/KH-UBND X, ngày 11 tháng 11 năm 2013 KẾ HOẠCH TRIỂN KHAI CÔNG TÁC TÌM KIẾM',
      `Căn cứ tình hình thực tế, Ủy ban nhân dân tỉnh xây dựng kế hoạch như sau: A. MỤC ĐÍCH, YÊU CẦU ${'Bảo đảm sự lãnh đạo thống nhất, đồng bộ, kịp thời của các cấp. '.repeat(6)}B. NỘI DUNG THỰC HIỆN ĐẾN NĂM 2020 I. CÔNG TÁC QUÁN TRIỆT`,
      `1. Nội dung, biện pháp a) Tổ chức hội nghị quán triệt ${'trong toàn tỉnh, đến cơ sở và các đơn vị, '.repeat(4)}đúng tiến độ; b) Tổ chức triển khai thực hiện.`,
      '2. Cơ quan chủ trì, phối hợp a) Cơ quan chủ trì - Sở Nội vụ. - Sở Lao động - Thương binh và Xã hội.',
      '3. Công an tỉnh Tham mưu giúp Ủy ban nhân dân tỉnh chỉ đạo công tác bảo vệ bí mật nhà nước.',
      '4. Trình tự 4.1. Bước 1: 4.1.a. Ủy ban nhân dân xã thành lập Ban Chỉ đạo.',
      'Nơi nhận: - Như trên; - Lưu: VT, NC.\tCHỦ TỊCH Hoàng Văn Bình',
    ].join(' ');
    const lines = normalize(plan).text.split('\n').map((l) => l.trim());
    for (const line of [
      'I. CÔNG TÁC QUÁN TRIỆT',
      '1. Nội dung, biện pháp',
      '2. Cơ quan chủ trì, phối hợp',
      'a) Cơ quan chủ trì',
      '- Sở Nội vụ.',
      // (a name's own dash, between capitals, stays)
      '- Sở Lao động - Thương binh và Xã hội.',
      '3. Công an tỉnh',
      '4.1. Bước 1:',
      '- Lưu: VT, NC.',
      'CHỦ TỊCH',
      'Hoàng Văn Bình',
    ])
      expect(lines).toContain(line);
    expect(lines.some((l) => l.startsWith('A. MỤC ĐÍCH, YÊU CẦU Bảo đảm'))).toBe(true);
    expect(lines).toContain('B. NỘI DUNG THỰC HIỆN ĐẾN NĂM 2020');
    expect(lines.some((l) => l.startsWith('a) Tổ chức hội nghị'))).toBe(true);
    expect(lines.some((l) => l.startsWith('4.1.a. Ủy ban nhân dân xã'))).toBe(true);
    const r = extract(plan);
    expect(r.tasks.map((t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`)).toEqual([
      // (a part's lead bodies, "Cơ quan chủ trì", are the part's own)
      'B.I: Sở Nội vụ | Sở Lao động - Thương binh và Xã hội',
      'B.I.3: Công an tỉnh',
      'B.I.4.1.a: Ủy ban nhân dân xã',
    ]);
    expect(r.signers.map((s) => [s.title, s.name])).toEqual([['Chủ tịch', 'Hoàng Văn Bình']]);
  });
  it('reads the annex after a signature without an authority, its title on a line of its own', () => {
    const t = `${FLAT.replace(/ KT\. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Thành Lập$/, '')}\tCHỦ TỊCH Hoàng Quốc Khánh\t| | | KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NĂM 2023 (Kèm theo Quyết định số 254/QĐ-UBND ngày 17/02/2023 của Chủ tịch Ủy ban nhân dân tỉnh) I. MỤC ĐÍCH, YÊU CẦU 1. Nâng cao nhận thức. II. PHÂN CÔNG NHIỆM VỤ 1. Công an tỉnh Tham mưu giúp Ủy ban nhân dân tỉnh.`;
    const lines = normalize(t).text.split('\n').map((l) => l.trim());
    expect(lines).toContain('KẾ HOẠCH');
    expect(lines).toContain('THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NĂM 2023');
    expect(lines.some((l) => l.startsWith('(Kèm theo Quyết định số 254/QĐ-UBND'))).toBe(true);
    const r = extract(t);
    expect(r.tasks.map((x) => `${x.section}: ${x.assignees.map((a) => a.name).join(' | ')}`)).toContain('II.1: Công an tỉnh');
    expect(r.signers.map((s) => s.name)).toEqual(['Hoàng Quốc Khánh']);
  });
  it('ends a subject in capitals before the preamble: at a sentence in mixed case, at the enacting authority', () => {
    const body = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; '.repeat(20);
    const ct = normalize(`THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 31/CT-TTg Hà Nội, ngày 08 tháng 11 năm 2012 CHỈ THỊ VỀ VIỆC ĐÀO TẠO NGHỀ CHO CON LIỆT SĨ Trong suốt thời kỳ kháng chiến, ${body}`);
    const ctLines = ct.text.split('\n').map((l) => l.trim());
    expect(ctLines).toContain('VỀ VIỆC ĐÀO TẠO NGHỀ CHO CON LIỆT SĨ');
    const qd = normalize(`ỦY BAN NHÂN DÂN TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 254/QĐ-UBND Sơn La, ngày 17 tháng 02 năm 2023 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023 CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ${body}`);
    const qdLines = qd.text.split('\n').map((l) => l.trim());
    expect(qdLines).toContain('BAN HÀNH KẾ HOẠCH BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023');
    expect(qdLines).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
    // an article's number stays with it ("Điều 1. Ban hành …", not "Điều" then "1. Ban hành …")
    const art = normalize(`ỦY BAN NHÂN DÂN TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 254/QĐ-UBND Sơn La, ngày 17 tháng 02 năm 2023 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH NĂM 2023 ${body} QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Kế hoạch. Điều 2. Quyết định có hiệu lực kể từ ngày ký.`);
    const artLines = art.text.split('\n').map((l) => l.trim());
    expect(artLines).toContain('Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.');
    expect(artLines).not.toContain('Điều');
    // a subject in mixed case opens at once: no break inside it
    const kh = normalize(`ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 5/KH-UBND X, ngày 01 tháng 02 năm 2024 KẾ HOẠCH Tổ chức Hội nghị Tổng kết năm 2023 ${body}`);
    expect(kh.text.split('\n').map((l) => l.trim())).toContain('Tổ chức Hội nghị Tổng kết năm 2023');
  });
  it('ends a salutation at a body opener, at its addressee named again, or at the issuer named', () => {
    const tail = ` ${'Đề nghị Công ty thực hiện đầy đủ các nghĩa vụ theo quy định của pháp luật. '.repeat(20)}`;
    const head = 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 6795/SNNMT-KS Lào Cai, ngày 05 tháng 8 năm 2026 V/v nghĩa vụ sau cấp phép';
    const rec = (t: string) => extract(t).recipients.map((r) => r.name);
    expect(rec(`${head} Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh Ngày 15 tháng 11 năm 2010 Liên Bộ ban hành Thông tư.${tail}`)).toEqual(['Sở Lao động - Thương binh và Xã hội các tỉnh']);
    expect(rec(`${head} Kính gửi: Công ty cổ phần Khai thác Thủ Đô (Địa chỉ: Xã Tằng Loỏng, Tỉnh Lào Cai) Công ty cổ phần Khai thác Thủ Đô được cấp Giấy phép.${tail}`)).toEqual(['Công ty cổ phần Khai thác Thủ Đô']);
    expect(rec(`${head} Kính gửi: Ủy ban nhân dân tỉnh Long An Sở Nông nghiệp và Môi trường nhận được Công văn của Ủy ban.${tail}`)).toEqual(['Ủy ban nhân dân tỉnh Long An']);
  });
  it('gives a signature block run row by row into the Nơi nhận list its own lines', () => {
    const t = `${FLAT.replace(/ Nơi nhận:.*$/, '')} Nơi nhận: KT. GIÁM ĐỐC - Như trên; - UBND tỉnh (b/c); PHÓ GIÁM ĐỐC - Các Sở, ngành: Xây dựng, Công Thương; (đã ký) - UBND xã Văn Bàn (p/h); Phạm Năng Chung - Lãnh đạo Sở; - Lưu: VT, KS.`;
    const lines = normalize(t).text.split('\n').map((l) => l.trim());
    for (const line of ['KT. GIÁM ĐỐC', '- Như trên;', 'PHÓ GIÁM ĐỐC', '(đã ký)', 'Phạm Năng Chung', '- Lãnh đạo Sở;']) expect(lines).toContain(line);
    const r = extract(t);
    expect(r.signers.map((s) => [s.authority, s.title, s.name])).toEqual([['KT', 'Phó Giám đốc', 'Phạm Năng Chung']]);
    expect(r.distribution.map((d) => d.name)).toEqual(['Như trên', 'UBND tỉnh', 'Các Sở, ngành: Xây dựng, Công Thương', 'UBND xã Văn Bàn', 'Lãnh đạo Sở']);
  });
  it('opens the signature after the filing line without a stop, and after "(đã ký)"; drops empty cells at a line\'s end', () => {
    const a = extract(`${FLAT.replace(/ - Lưu: VT, NCTH\..*$/, '')} - Lưu: VT,XL CHỦ TỊCH Trương Cảnh Tuyên`);
    expect(a.signers.map((s) => [s.title, s.name])).toEqual([['Chủ tịch', 'Trương Cảnh Tuyên']]);
    const b = extract(`${FLAT.replace(/ KT\. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Thành Lập$/, '')} TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (đã ký) Phan Văn Khải`);
    expect(b.signers.map((s) => [s.authority, s.title, s.name])).toEqual([['TM', 'Chủ tịch', 'Phan Văn Khải']]);
    const c = extract(FLAT.replace('Kính gửi: - Giám đốc Sở Văn hóa, Thể thao và Du lịch; - Chủ tịch UBND huyện, thị xã, thành phố.', 'Kính gửi: - Bộ Tài chính; - Bộ Kế hoạch và Đầu tư | | Ngày 26/4/2013, Thủ tướng Chính phủ đã ban hành Quyết định.'));
    expect(c.recipients.map((x) => x.name)).toEqual(['Bộ Tài chính', 'Bộ Kế hoạch và Đầu tư']);
  });
  it('reads a text run into long lines once a header rule broke its heading off, and an executing article\'s bodies', () => {
    const articles = Array.from({ length: 6 }, (_, i) => `Điều ${i + 1}. Phạm vi điều chỉnh ${'Nghị định này quy định về đăng ký kinh doanh và tổ chức cơ quan đăng ký kinh doanh. '.repeat(6)}`).join('');
    // (a page's number between the pages' lines)
    const t = `CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 109/2004/NĐ-CP\n${articles}\n2\n${articles.replace(/Điều (\d)\./g, (_m, d: string) => `Điều ${+d + 6}.`)}Điều 13. Hướng dẫn thi hành Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Nghị định này. TM. CHÍNH PHỦ THỦ TƯỚNG Phan Văn Khải`;
    const n = normalize(t);
    expect(n.notes.map((x) => x.code)).toContain('LINES_RESTORED');
    const lines = n.text.split('\n').map((l) => l.trim());
    expect(lines).toContain('Điều 13. Hướng dẫn thi hành');
    expect(extract(t).tasks.map((x) => `${x.section}: ${x.assignees.map((a) => a.name).join(' | ')}`)).toEqual([
      'Điều 13: Các Bộ trưởng | Thủ trưởng cơ quan ngang Bộ | Chủ tịch Ủy ban nhân dân các tỉnh',
    ]);
  });
  it('gives a page number run in at a page break or before a point a line of its own, and reads a duty in capitals after a body\'s name', () => {
    const items = '- Chủ trì, phối hợp với các cơ quan liên quan chuẩn bị tổ chức chương trình nghệ thuật đặc biệt. '.repeat(5);
    const t = `${FLAT.replace(/ 1\. Sở Văn hóa.*$/, '')} 1.1. Cục Nghệ thuật biểu diễn ${items}- Thực hiện các nhiệm vụ khác do Lãnh đạo Bộ phân công. 3 1.2. Cục Mỹ thuật, Nhiếp ảnh và Triển lãm ${items}\n4 - Chủ trì tham mưu hoàn thiện Đề án. ${items}1.3. Vụ Kế hoạch, Tài chính Thẩm định dự toán kinh phí thực hiện Kế hoạch này. Nơi nhận: - Như trên; - Lưu: VT. KT. BỘ TRƯỞNG THỨ TRƯỞNG Tạ Quang Đông`;
    const lines = normalize(t).text.split('\n').map((l) => l.trim());
    expect(lines).toContain('1.2. Cục Mỹ thuật, Nhiếp ảnh và Triển lãm');
    expect(lines).toContain('1.3. Vụ Kế hoạch, Tài chính');
    // (after an ellipsis too: "… phù hợp,… 7. Sở Tài chính:")
    const e = normalize(`${FLAT.replace(/ 2\. Ủy ban nhân dân/, ' điều tiết thời gian tan học phù hợp,… 2. Ủy ban nhân dân')}`).text.split('\n').map((l) => l.trim());
    expect(e.some((l) => l.startsWith('2. Ủy ban nhân dân huyện'))).toBe(true);
    expect(lines.some((l) => l.startsWith('- Chủ trì tham mưu hoàn thiện Đề án.'))).toBe(true);
    expect(extract(t).tasks.map((x) => `${x.section}: ${x.assignees.map((a) => a.name).join(' | ')}`)).toEqual([
      '1.1: Cục Nghệ thuật biểu diễn',
      '1.2: Cục Mỹ thuật, Nhiếp ảnh và Triển lãm',
      '1.3: Vụ Kế hoạch, Tài chính',
    ]);
  });
  it('reads a converter\'s bracketed note run into the header, a title in mixed case after the date, and a subject wrapped before a capital', () => {
    // (each line break a space; the wrapped lines keep their indents)
    const doc = [
      '[Bản trích chữ tự động bằng pdftotext từ CV-12.pdf - 1 trang.]',
      '',
      'ỦY BAN NHÂN DÂN                       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '      TỈNH LÀO CAI                                Độc lập - Tự do - Hạnh phúc',
      '      Số: 12/TT-UBND                       Lào Cai, ngày 15 tháng 9 năm 2026',
      '                               Thông tư',
      '            Hướng dẫn một số nội dung về góp vốn thành lập',
      '          Quỹ bảo lãnh tín dụng cho các doanh nghiệp nhỏ và vừa',
      `          Để triển khai Quyết định số 115/2004/QĐ-TTg ngày 25/6/2004 của Thủ tướng Chính phủ, ${'Ủy ban nhân dân tỉnh hướng dẫn góp vốn như sau. '.repeat(30)}`,
      '1. Sở Tài chính chủ trì thẩm định hồ sơ góp vốn.',
      'Nơi nhận:                                               KT. CHỦ TỊCH',
      '- Như trên;                                              PHÓ CHỦ TỊCH',
      '- Lưu: VT.',
      '                                                         Phan Trung Bá',
    ].join(' ');
    const r = extract(doc);
    expect(r.warnings.map((w) => w.code)).toContain('LINES_RESTORED');
    expect([r.issuer?.name, r.type?.code, r.number?.value, r.subject]).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
      'TT',
      '12/TT-UBND',
      'Hướng dẫn một số nội dung về góp vốn thành lập Quỹ bảo lãnh tín dụng cho các doanh nghiệp nhỏ và vừa',
    ]);
    expect(r.signers.map((s) => s.name)).toEqual(['Phan Trung Bá']);
  });
  it('ends a quoted subject at the preamble after its closing quote, and keeps a place\'s unit written out ("Thành phố Hồ Chí Minh, ngày …")', () => {
    const doc = [
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
      'Số: 3210/KH-UBND Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014 KẾ HOẠCH',
      'Tuyên truyền thực hiện Kết luận số 51-KL/TW ngày 30/5/2019 của Ban Bí thư về “Đổi mới căn bản, toàn diện giáo dục và đào tạo”',
      `Thực hiện Kế hoạch số 209/KH-UBND ngày 18/8/2020 của Ủy ban nhân dân Thành phố, ${'Ủy ban nhân dân Thành phố ban hành kế hoạch tuyên truyền như sau. '.repeat(30)}`,
      '1. Sở Thông tin và Truyền thông chủ trì tuyên truyền.',
    ].join(' ');
    const r = extract(doc);
    expect([r.place, r.date?.iso, r.subject]).toEqual([
      'Thành phố Hồ Chí Minh',
      '2014-06-28',
      'Tuyên truyền thực hiện Kết luận số 51-KL/TW ngày 30/5/2019 của Ban Bí thư về "Đổi mới căn bản, toàn diện giáo dục và đào tạo"',
    ]);
  });
  it('reads a point\'s heading off its paragraph or its items where the line break left a run of spaces (after its sentence\'s end too), and a Roman heading in capitals off its paragraph', () => {
    const doc = [
      'ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/KH-UBND X, ngày 2 tháng 3 năm 2024 KẾ HOẠCH Tìm kiếm, quy tập hài cốt liệt sĩ',
      `${'Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện như sau. '.repeat(30)}`,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ban Chỉ đạo quốc gia 1237',
      '',
      'Chỉ đạo chặt chẽ việc triển khai Kế hoạch này.',
      '2. Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy; các chi',
      '   bộ, đảng bộ cơ sở',
      '         Các cấp ủy, tổ chức đảng chủ động tổ chức nghiên cứu, quán triệt.',
      '3. Văn phòng Ban Chỉ đạo quốc gia 1237',
      '',
      '- Chủ trì, phối hợp với các cơ quan đề xuất chủ trương.',
      '4. Đề nghị UBND các xã, phường',
      '       - Tiếp tục tăng cường công tác thanh tra, kiểm tra.',
      '5. Bước 2: Kiểm tra hiện trạng nhà ở của từng đối tượng.',
      '',
      'Ủy ban nhân dân quận, huyện tổ chức kiểm tra hiện trạng nhà ở của từng đối tượng.',
      'IV. KINH PHÍ THỰC HIỆN',
      'Kinh phí từ ngân sách tỉnh.',
      'V. GIÁM SÁT, BÁO CÁO',
      'Ủy ban nhân dân cấp xã có trách nhiệm báo cáo kết quả thực hiện.',
    ].join(' ');
    expect(extract(doc).tasks.map((t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`)).toEqual([
      'III.1: Ban Chỉ đạo quốc gia 1237',
      'III.2: Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy | các chi bộ, đảng bộ cơ sở',
      'III.3: Văn phòng Ban Chỉ đạo quốc gia 1237',
      'III.4: UBND các xã, phường',
      // (a heading that ends its sentence, then a blank line: "… đối tượng.  Ủy ban nhân dân …")
      'III.5: Ủy ban nhân dân quận, huyện',
      // (a Roman heading in capitals over its paragraph: "V. GIÁM SÁT, BÁO CÁO Ủy ban nhân dân …")
      'V: Ủy ban nhân dân cấp xã',
    ]);
  });
  it('reads a text whose line breaks were made spaces, two where a blank line was', () => {
    // (each "\n" a space: a blank line leaves two, a wrapped line's indent a run in mid-sentence)
    const doc = [
      'TỈNH ỦY LẠNG SƠN',
      'BAN TUYÊN GIÁO',
      '*',
      'Số 1008 - CV/BTGTU',
      'Tuyên truyền thực hiện Nghị quyết số 49-NQ/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Lạng Sơn, ngày 22 tháng 12 năm 2021',
      '',
      'Kính gửi:',
      '- Ban tuyên giáo các huyện ủy, thành ủy,',
      '- Sở Thông tin và Truyền thông.',
      '',
      `Thực hiện Nghị quyết số 49-NQ/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số, ${'Ban Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền như sau. '.repeat(16)}`,
      '',
      '1. Sở Thông tin và Truyền thông: hướng dẫn các cơ quan báo chí tuyên truyền về chuyển đổi số trong vật liệu nổ',
      '              công nghiệp và các lĩnh vực khác.',
      '',
      '- Lưu VT.',
      '',
      'KT. TRƯỞNG BAN',
      'PHÓ TRƯỞNG BAN',
      '',
      'Đã ký',
      '',
      'Phùng Quang Hội',
    ].join(' ');
    const n = normalize(doc);
    expect(n.notes.map((x) => x.code)).toContain('LINES_RESTORED');
    const lines = n.text.split('\n').map((l) => l.trim());
    for (const line of ['Số 1008 - CV/BTGTU', 'Lạng Sơn, ngày 22 tháng 12 năm 2021', '- Lưu VT.', 'KT. TRƯỞNG BAN PHÓ TRƯỞNG BAN', 'Đã ký', 'Phùng Quang Hội']) expect(lines).toContain(line);
    expect(lines.some((l) => l.startsWith('Tuyên truyền thực hiện Nghị quyết số 49-NQ/TU'))).toBe(true);
    expect(n.text).toContain('vật liệu nổ công nghiệp');
    const r = extract(doc);
    expect([r.number?.value, r.subject]).toEqual(['1008-CV/BTGTU', 'Tuyên truyền thực hiện Nghị quyết số 49-NQ/TU']);
    expect(r.signers.map((x) => [x.authority, x.title, x.name])).toEqual([['KT', 'Phó Trưởng ban', 'Phùng Quang Hội']]);
  });
});

