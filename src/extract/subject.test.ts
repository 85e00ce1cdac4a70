import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const subject = (text: string) => extract(text).subject;

describe('extractSubject', () => {
  it('"Về:" as the label "V/v" stands for is no part of the subject; a decision\'s "Về việc …" is', () => {
    const r = extract('SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2865/GDĐT-KT&KĐCL\nVề: tham gia ý kiến về dự thảo Quy chế thi.\n\nTp.Hồ Chí Minh, ngày 07 tháng 12 năm 2007\n\nKính gửi: Các trường.\n');
    expect(r.subject).toBe('tham gia ý kiến về dự thảo Quy chế thi');
    const q = extract('ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/QĐ-UBND\nX, ngày 01 tháng 02 năm 2024\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCăn cứ Luật.\n');
    expect(q.subject).toBe('Về việc thành lập Tổ công tác');
  });
  it('a title a web copy broke after its first word of the rest ("QUY CHẾ LÀM\\nVIỆC …") still gives the type and the subject', () => {
    const r = extract('ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nQUY CHẾ LÀM\nVIỆC\nCỦA ỦY\nBAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026\n(Ban hành\nkèm theo Quyết định số: 59/QĐ-UBND\nNgày 22 tháng\n7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n');
    expect([r.type?.code, r.subject]).toEqual(['QC', 'LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026']);
  });
  it('a decision whose title a copy lost: its "VỀ VIỆC …" line under the number and the date is the subject; a sentence there is not', () => {
    const head = '| BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 3557/QĐ-BYT | Hà Nội, ngày 14 tháng 11 năm 2025 |\n';
    expect(subject(`${head}VỀ VIỆC CHO PHÉP KÝ KẾT BẢN GHI NHỚ HỢP TÁC\nBỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Luật Thỏa thuận quốc tế ngày 13/11/2020;\n`)).toBe('VỀ VIỆC CHO PHÉP KÝ KẾT BẢN GHI NHỚ HỢP TÁC');
    expect(subject(`${head}Bộ Y tế đề nghị các đơn vị báo cáo kết quả.\n`)).toBeNull();
  });
  it('a plenum\'s resolution with no "về" line has no subject: not the conference (its issuer, as above), nor the opening sentence', () => {
    const head = 'BAN CHẤP HÀNH TRUNG ƯƠNG    ĐẢNG CỘNG SẢN VIỆT NAM\nSố 60-NQ/TW    Hà Nội, ngày 12 tháng 4 năm 2025\n\nNGHỊ QUYẾT\n\nHỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII\n\n';
    expect(subject(`${head}Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII họp từ ngày 10/4 đến ngày 12/4/2025 tại Thủ đô Hà Nội,\n\nQUYẾT NGHỊ\n`)).toBeNull();
    // with its "về" line, that line is
    expect(subject(`${head}về sắp xếp tổ chức bộ máy\n\nHội nghị lần thứ 11 họp từ ngày 10/4.\n`)).toBe('về sắp xếp tổ chức bộ máy');
  });
  it('a caps subject ends before the authority line a blank line parts from it, when the header names that body over two lines in its column', () => {
    const head = 'ỦY BAN THƯỜNG VỤ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    QUỐC HỘI                Độc lập - Tự do - Hạnh phúc\n\nSố: 1673/NQ-UBTVQH15    Hà Nội, ngày 16 tháng 6 năm 2025\n\nNGHỊ QUYẾT\n\n';
    expect(subject(`${head}VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCăn cứ Luật Tổ chức Quốc hội;\n`)).toBe('VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ');
  });
  it('a subject in capitals ends before a preamble\'s dashed clause ("- Căn cứ Điều lệ Đảng;")', () => {
    expect(subject('BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 06-HD/TW\nHà Nội, ngày 09 tháng 6 năm 2025\n\nHƯỚNG DẪN\nMỘT SỐ VẤN ĐỀ CỤ THỂ THI HÀNH ĐIỀU LỆ ĐẢNG\n- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy định số 294-QĐ/TW;\nBan Bí thư hướng dẫn như sau:\n')).toBe('MỘT SỐ VẤN ĐỀ CỤ THỂ THI HÀNH ĐIỀU LỆ ĐẢNG');
  });
  it('a lower-case line under a Party title is its subject, even when it opens "thực hiện Kết luận số …"', () => {
    const head = ['TỈNH ỦY BẾN TRE', '*', 'Số 215-KH/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Bến Tre, ngày 05 tháng 4 năm 2024', '', 'KẾ HOẠCH'];
    const kh = [...head, 'thực hiện Kết luận số 70-KL/TW, ngày 31/01/2024 của Bộ Chính trị về phát triển thể dục, thể thao', '-----', '', 'Thực hiện Kết luận số 70-KL/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:'];
    expect(subject(kh.join('\n'))).toBe('thực hiện Kết luận số 70-KL/TW, ngày 31/01/2024 của Bộ Chính trị về phát triển thể dục, thể thao');
    // in capitals it opens the body, as before
    expect(subject([...head, '', 'Thực hiện Kết luận số 70-KL/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:'].join('\n'))).toBeNull();
  });

  it('a Party chỉ thị\'s "của Ban Thường vụ Tỉnh ủy" line names the issuer: the subject opens at "về"', () => {
    const head = ['TỈNH ỦY NGHỆ AN', 'Số 27-CT/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Nghệ An, ngày 12 tháng 3 năm 2024', '', 'CHỈ THỊ'];
    const tail = ['', 'Thời gian qua, công tác phòng cháy đạt nhiều kết quả.'];
    const want = 'về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy';
    expect(subject([...head, 'của Ban Thường vụ Tỉnh ủy', 'về tăng cường sự lãnh đạo của Đảng', 'đối với công tác phòng cháy', ...tail].join('\n'))).toBe(want);
    expect(subject([...head, 'của Ban Thường vụ Tỉnh ủy', '', 'về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy', ...tail].join('\n'))).toBe(want);
  });

  it('reads a tờ trình\'s "Đề nghị phê duyệt …" under the title, not a body that opens "Đề nghị các …"', () => {
    const head = ['SỞ TÀI CHÍNH', 'Số: 2458/TTr-STC', 'Quảng Nam, ngày 03 tháng 10 năm 2024', '', 'TỜ TRÌNH'];
    const ttr = [...head, 'Đề nghị phê duyệt dự toán kinh phí tổ chức Đại hội', '', 'Kính gửi: Ủy ban nhân dân tỉnh.', '', 'Sở Tài chính kính trình.'].join('\n');
    expect(subject(ttr)).toBe('Đề nghị phê duyệt dự toán kinh phí tổ chức Đại hội');
    const gm = ['SỞ TÀI CHÍNH', 'Số: 85/GM-STC', 'Quảng Nam, ngày 03 tháng 10 năm 2024', '', 'GIẤY MỜI', 'Đề nghị các đơn vị cử đại diện dự họp.', '', 'Nơi nhận:', '- Như trên.'].join('\n');
    expect(subject(gm)).toBeNull();
  });

  it('reads "về việc …" that normalize joined onto the number line (Party công văn)', () => {
    const text = [
      'ĐẢNG BỘ TỈNH LÀO CAI                      ĐẢNG CỘNG SẢN VIỆT NAM',
      ' ĐẢNG ỦY CƠ QUAN TỈNH',
      '                                          Lào Cai, ngày 07 tháng 9 năm 2026',
      '        Số 12 -CV/ĐU',
      'về việc triển khai Chương trình hành động',
      'số 10-CTr/TU ngày 30/8/2026 của Tỉnh ủy',
      '',
      '        Kính gửi: Các chi bộ trực thuộc.',
      '',
      'Thực hiện Chương trình hành động số 10-CTr/TU, Đảng ủy đề nghị các chi bộ triển khai.',
    ].join('\n');
    expect(subject(text)).toBe('triển khai Chương trình hành động số 10-CTr/TU ngày 30/8/2026 của Tỉnh ủy');
  });

  it('bridges the blank lines an export put between the lines of one subject, not into the body or the authority', () => {
    const dbl = (lines: string[]) => lines.join('\n\n');
    const cv = dbl([
      'ỦY BAN NHÂN DÂN TỈNH X',
      'Số: 12/UBND-VX',
      'V/v tuyên truyền phòng, chống dịch;',
      'thực hiện công tác giáo dục nghề nghiệp giai đoạn',
      '2021 - 2025 trên địa bàn của',
      'Ủy ban nhân dân tỉnh',
      'X, ngày 01 tháng 02 năm 2022',
      'Kính gửi: Sở Y tế.',
      'Thực hiện Kế hoạch số 03/KH-UBND, đề nghị Sở Y tế báo cáo./.',
    ]);
    expect(subject(cv)).toBe('tuyên truyền phòng, chống dịch; thực hiện công tác giáo dục nghề nghiệp giai đoạn 2021 - 2025 trên địa bàn của Ủy ban nhân dân tỉnh');
    const qd = ['ỦY BAN NHÂN DÂN TỈNH X', 'Số: 254/QĐ-UBND', 'X, ngày 01 tháng 02 năm 2023', '', '', 'QUYẾT ĐỊNH', '', '', 'BAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC', '', '', 'BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023', '', '', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', '', '', 'Căn cứ Luật Bảo vệ bí mật nhà nước;'].join('\n');
    expect(subject(qd)).toBe('BAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023');
    // single-spaced, a blank line still ends a subject before the body
    expect(subject('ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/UBND-VX\nV/v tuyên truyền phòng, chống dịch\n\nThực hiện Kế hoạch số 03/KH-UBND, đề nghị Sở Y tế báo cáo./.\n')).toBe('tuyên truyền phòng, chống dịch');
  });

  it('ends before the body\'s opening sentence when no blank line parts them (a colon ends that sentence)', () => {
    const head = 'TỈNH ỦY THỪA THIÊN HUẾ\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 445-KL/TU\tThừa Thiên Huế, ngày 13 tháng 5 năm 2022\nKẾT LUẬN\n';
    expect(subject(`${head}về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025,\nđịnh hướng đến năm 2030\nHội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp\nngày 26/4/2022 đã thảo luận Tờ trình của Ban Thường vụ Tỉnh ủy và kết luận:\nI. ĐÁNH GIÁ TÌNH HÌNH\n`)).toBe(
      'về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025, định hướng đến năm 2030',
    );
    // a capital after a dangling word goes on
    expect(subject(`${head}về việc phối hợp với\nHội Nông dân tỉnh và\nHội Cựu chiến binh tỉnh\n\nI. NỘI DUNG\n`)).toBe('về việc phối hợp với Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh');
  });
  it('keeps a subject that names the country in running text', () => {
    const text = [
      'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 12/KH-BVHTTDL',
      'Hà Nội, ngày 07 tháng 7 năm 2025',
      'KẾ HOẠCH',
      'Tổ chức kỷ niệm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam',
      'Thực hiện Quyết định số 12-QĐ/BCĐTW ngày 10/6/2025 của Ban Chỉ đạo Trung ương, Bộ ban hành Kế hoạch.',
    ].join('\n');
    expect(subject(text)).toBe('Tổ chức kỷ niệm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam');
  });

  it('goes on after ";" only with a lower-case line, even one opening "thực hiện"', () => {
    const text = [
      'Số: 15/STTTT-TTBCXB',
      'Lạng Sơn, ngày 10 tháng 01 năm 2022',
      'V/v tuyên truyền: phòng, chống dịch COVID-19;',
      'thực hiện công tác giáo dục nghề nghiệp',
      '',
      'Kính gửi: Báo Lạng Sơn.',
    ].join('\n');
    expect(subject(text)).toBe('tuyên truyền: phòng, chống dịch COVID-19; thực hiện công tác giáo dục nghề nghiệp');
  });

  it('"Thực hiện Chỉ thị số … về …" under a plan\'s title is its subject when it reads as a title, not when it opens the body', () => {
    const head = 'ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 145/KH-UBND\nHòa Bình, ngày 08 tháng 4 năm 2025\n\nKẾ HOẠCH\n';
    const body = 'Thực hiện Chỉ thị số 05/CT-TTg ngày 15/02/2025 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:\n';
    const r = extract(`${head}Thực hiện Chỉ thị số 05/CT-TTg ngày 15/02/2025 của Thủ tướng Chính phủ về đẩy mạnh cải cách thủ tục hành chính\n${body}`);
    expect(r.subject).toBe('Thực hiện Chỉ thị số 05/CT-TTg ngày 15/02/2025 của Thủ tướng Chính phủ về đẩy mạnh cải cách thủ tục hành chính');
    // the cited instrument's title ends with the subject line
    expect(r.citations[0]?.title).toBe('đẩy mạnh cải cách thủ tục hành chính');
    expect(subject(`${head}\n${body}`)).toBeNull();
  });
  it('"V/v" set in quotes, and a date line written in figures under the subject', () => {
    expect(subject('HUYỆN ỦY CHƯ SÊ\n*\nSố 512 - CV/HU\n"V/v tổ chức hội nghị sơ kết"\nĐẢNG CỘNG SẢN VIỆT NAM\nChư Sê, ngày 17 tháng 02 năm 2025\n\nKính gửi: Các chi, đảng bộ cơ sở.\n')).toBe('tổ chức hội nghị sơ kết');
    expect(subject('SỞ NỘI VỤ TỈNH ĐỒNG NAI\nSố: 2025/SNV-CCVC\nV/v tuyển dụng viên chức\nĐồng Nai, ngày 31/12/2024\n\nKính gửi: Các đơn vị.\n')).toBe('tuyển dụng viên chức');
  });
  it('takes "Thực hiện công tác …" under the title as the subject, not "Thực hiện Kế hoạch số …"', () => {
    const head = ['ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH', 'Số: 16/KH-MTTQ-BTT', 'Lương Minh, ngày 18 tháng 11 năm 2025', 'KẾ HOẠCH'];
    const doing = [...head, 'Thực hiện công tác bầu cử đại biểu Quốc hội khóa XVI', 'và bầu cử đại biểu Hội đồng nhân dân các cấp', 'Căn cứ Luật Bầu cử số 85/2015/QH13;'];
    expect(subject(doing.join('\n'))).toBe('Thực hiện công tác bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu Hội đồng nhân dân các cấp');
    const body = [...head, 'Thực hiện Kế hoạch số 06/KH-MTTW-BTT ngày 22/7/2025 của Ủy ban Trung ương, Ban Thường trực ban hành Kế hoạch.'];
    expect(subject(body.join('\n'))).toBeNull();
  });

  it('stops at the decision authority written in capitals under the subject', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
      'Số: 254/QĐ-UBND',
      'Sơn La, ngày 12 tháng 01 năm 2023',
      'QUYẾT ĐỊNH',
      'Về việc thành lập Tổ công tác',
      'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
    ].join('\n');
    expect(subject(text)).toBe('Về việc thành lập Tổ công tác');
  });

  it('goes on in capitals over a line that opens with a date or a body word, not past the authority', () => {
    const text = [
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
      'Số: 3210/QĐ-UBND',
      'Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014',
      '',
      'QUYẾT ĐỊNH',
      '',
      'VỀ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ 09/2013/TT-BXD',
      'NGÀY 01 THÁNG 7 NĂM 2013 CỦA BỘ XÂY DỰNG VỀ HƯỚNG DẪN THỰC HIỆN QUYẾT',
      'ĐỊNH SỐ 22/2013/QĐ-TTG NGÀY 26 THÁNG 4 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ',
      '',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH',
      '',
      'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;',
    ].join('\n');
    expect(subject(text)).toBe('VỀ BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ 09/2013/TT-BXD NGÀY 01 THÁNG 7 NĂM 2013 CỦA BỘ XÂY DỰNG VỀ HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 22/2013/QĐ-TTG NGÀY 26 THÁNG 4 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ');
    // a sentence-case line opening with a date under a sentence-case subject is the body
    expect(subject('QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\nNgày 23 tháng 6 năm 2025, tại Trụ sở Ủy ban')).toBe('Về việc thành lập Tổ công tác');
  });

  it('goes on over a line carrying a cited instrument\'s date ("49-NQ/TU, ngày 28 tháng 9 năm 2021 của Ban")', () => {
    const text = 'TỈNH ỦY LẠNG SƠN\nBAN TUYÊN GIÁO\nSố 1008-CV/BTGTU\nTuyên truyền thực hiện Nghị quyết số\n49-NQ/TU, ngày 28 tháng 9 năm 2021 của Ban\nThường vụ Tỉnh ủy về chuyển đổi số\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nLạng Sơn, ngày 22 tháng 12 năm 2021\n\nKính gửi: Sở Thông tin và Truyền thông.\n';
    expect(subject(text)).toBe('Tuyên truyền thực hiện Nghị quyết số 49-NQ/TU, ngày 28 tháng 9 năm 2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số');
  });

  it('reads a headerless text that opens with its type on the subject line', () => {
    const text = 'Kế hoạch hỗ trợ hộ nghèo sửa chữa nhà ở\nThực hiện Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ.';
    const rec = extract(text);
    expect(rec.type?.code).toBe('KH');
    expect(rec.subject).toBe('hỗ trợ hộ nghèo sửa chữa nhà ở');
  });

  it('ends at a line that carries stamp text in capitals (scanned công điện)', () => {
    const text = [
      'THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '                    Độc lập - Tự do - Hạnh phúc',
      'Số: 41/CĐ-TTg       Hà Nội, ngày 3 tháng 5 năm 2026',
      'CÔNG ĐIỆN',
      'Về việc khắc phục hậu quả mưa lũ tại các tỉnh',
      'miền núi phía Bắc',
      'ổn tạo mẹ ĐIỆN TỬ CHÍNH PHỦ',
      'THỦ TƯỚNG CHÍNH PHỦ điện:',
      '- Chủ tịch Ủy ban nhân dân các tỉnh.',
    ].join('\n');
    expect(subject(text)).toBe('Về việc khắc phục hậu quả mưa lũ tại các tỉnh miền núi phía Bắc');
  });
  it('ends a subject in capitals at the authority line under it, a title or the issuer repeated', () => {
    const head = ['ỦY BAN NHÂN DÂN', 'TỈNH HÒA BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 45/QĐ-UBND', 'Hòa Bình, ngày 10 tháng 01 năm 2020', 'QUYẾT ĐỊNH'];
    const body = ['VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP', 'QUẢN LÝ CỤM CÔNG NGHIỆP'];
    // (also cut short: "ỦY BAN NHÂN DÂN TỈNH" under a header's "ỦY BAN NHÂN DÂN" + "TỈNH HÒA BÌNH")
    for (const authority of ['ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH', 'ỦY BAN NHÂN DÂN TỈNH']) {
      const text = [...head, ...body, authority, 'Căn cứ Luật Tổ chức chính quyền địa phương;'].join('\n');
      expect(subject(text)).toBe('VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP');
    }
    // a subject cut after "CỦA" goes on in capitals
    const cut = [...head, 'VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA', 'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH', 'Căn cứ Luật Tổ chức chính quyền địa phương;'].join('\n');
    expect(subject(cut)).toBe('VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH');
  });
  it("reads the Gazette's old title: issuer, number and date, then the subject", () => {
    expect(extract('| BỘ XÂY DỰNG ******** | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ******** |\n|---|---|\n| Số: 04/2001/TT-BXD | Hà Nội, ngày 20 tháng 8 năm 2001 |\n\nTHÔNG TƯ\n\nCỦA BỘ XÂY DỰNG SỐ 04/2001/TT-BXD NGÀY 20 THÁNG 8 NĂM 2001 HƯỚNG DẪN BỔ SUNG VIỆC HỖ TRỢ NGƯỜI HOẠT ĐỘNG CÁCH MẠNG CẢI THIỆN NHÀ Ở\n\nCăn cứ Quyết định số 20/2000/QĐ-TTg ngày 3 tháng 2 năm 2000 của Thủ tướng Chính phủ về việc hỗ trợ người hoạt động cách mạng cải thiện nhà ở; Sau khi thống nhất ý kiến với Ban tổ chức Trung ương Đảng (Văn bản số 152/CV-TCTW ngày 6/6/2001), Bộ Tài chính (Văn bản số 4773/TC-CSTC ngày 25/5/2001) và được sự đồng ý của Thủ tướng Chính phủ (Văn bản số 710/CP-CN ngày 6/8/2001). Bộ Xây dựng hướng dẫn như sau:\n\n1. Những người đã mua nhà ở trước ngày 5/7/1994 thì Uỷ ban nhân dân cấp tỉnh hỗ trợ theo Thông tư số 5/2000/TT-BXD ngày 27/6/2000 của Bộ Xây dựng và mục 5 Thông tư số 05/2000/TT-BXD.\n\nThông tư này có hiệu lực thi hành kể từ ngày ký.\n\n|  | Nguyễn Mạnh Kiểm (Đã ký) |\n|---|---|\n').subject).toBe('HƯỚNG DẪN BỔ SUNG VIỆC HỖ TRỢ NGƯỜI HOẠT ĐỘNG CÁCH MẠNG CẢI THIỆN NHÀ Ở');
  });
  it('a conference named in capitals under a Party title ("HỘI NGHỊ LẦN THỨ BA / BAN CHẤP HÀNH …") is the issuer\'s: the subject opens at "về"', () => {
    const h = 'BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 75-KL/TW\nHà Nội, ngày 28 tháng 7 năm 2026\n\nKẾT LUẬN\nHỘI NGHỊ LẦN THỨ BA\nBAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIV\n';
    expect(extract(`${h}về bảo vệ môi trường và chủ động ứng phó với biến đổi khí hậu\ntrong thời kỳ mới\n\nI- BỐI CẢNH\n`).subject).toBe('về bảo vệ môi trường và chủ động ứng phó với biến đổi khí hậu trong thời kỳ mới');
    // without a "về" line the conference is still no subject
    expect(extract(`${h}\nI- BỐI CẢNH\n\nSau hơn 13 năm thực hiện.\n`).subject).toBeNull();
  });
  it('the subject in capitals on the title\'s own line ("QUYẾT ĐỊNH VỀ VIỆC …", "GIẤY PHÉP SỬ DỤNG …"), not the authority line under it', () => {
    const doc = (title: string, num = '2507/QĐ-UBND') =>
      extract(`ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: ${num}\nLào Cai, ngày 21 tháng 7 năm 2026\n\n${title}\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n`);
    expect([doc('QUYẾT ĐỊNH VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC').subject, doc('QUYẾT ĐỊNH VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC').type?.code]).toEqual(['VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC', 'QĐ']);
    const gp = doc('GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP', '2507/GP-UBND');
    expect([gp.subject, gp.type?.code]).toEqual(['SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP', 'GP']);
    expect(doc('KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ ĐỊNH').type?.code).toBe('KH');
    // the old template's issuer on the title line is no subject
    expect(doc('QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH\nVề việc thành lập Tổ').subject).toBe('Về việc thành lập Tổ');
  });
  it('two words in capitals after the title qualify it ("KẾ HOẠCH QUỐC GIA"): the subject is the line under; an annex\'s "(Kèm theo …)" line ends it', () => {
    const r = extract('THỦ TƯỚNG CHÍNH PHỦ             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                                     KẾ HOẠCH QUỐC GIA\n                        Thích ứng với biến đổi khí hậu giai đoạn 2021 - 2030,\n                                 tầm nhìn đến năm 2050 (cập nhật)\n                               (Kèm theo Quyết định số 1422/QĐ-TTg\n                        Ngày 19 tháng 11 năm 2024 của Thủ tướng Chính phủ)\n     I. MỤC TIÊU\n');
    expect([r.type?.code, r.subject]).toEqual(['KH', 'Thích ứng với biến đổi khí hậu giai đoạn 2021 - 2030, tầm nhìn đến năm 2050 (cập nhật)']);
  });
  it('a subject in capitals that opens with a body opener\'s words ("THỰC HIỆN ĐỀ ÁN …") is the subject, not the body', () => {
    const head = 'ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n\nSố: 62/KH-UBND\n\nTuyên Quang, ngày 28 tháng 4 năm 2021\n\nKẾ HOẠCH\n\n';
    expect(subject(`${head}THỰC HIỆN ĐỀ ÁN TRỒNG 1 TỶ CÂY XANH CỦA CHÍNH PHỦ\n\nCăn cứ Luật Lâm nghiệp năm 2017;\n`)).toBe('THỰC HIỆN ĐỀ ÁN TRỒNG 1 TỶ CÂY XANH CỦA CHÍNH PHỦ');
    // a numbered heading in capitals right under the title still opens the body
    expect(subject(`${head}I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n`)).toBeNull();
  });
  it('a subject line that stops on a body\'s bare head after "của" goes on under it, though the next line opens with a title ("… CỦA BAN\\nBÍ THƯ VỀ …")', () => {
    const head = 'ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 68/KH-UBND\nSơn La, ngày 11 tháng 3 năm 2020\nKẾ HOẠCH\n';
    expect(subject(`${head}VỀ VIỆC TRIỂN KHAI CHỈ THỊ SỐ 37-CT/TW NGÀY 03/9/2019 CỦA BAN\nBÍ THƯ VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO\nCăn cứ Chỉ thị số 37-CT/TW;\n`)).toBe(
      'VỀ VIỆC TRIỂN KHAI CHỈ THỊ SỐ 37-CT/TW NGÀY 03/9/2019 CỦA BAN BÍ THƯ VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO',
    );
    // a whole name above the authority's line still ends the subject
    expect(subject(`ỦY BAN NHÂN DÂN TỈNH X\nSố: 5/QĐ-UBND\nX, ngày 1 tháng 2 năm 2024\nQUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n`)).toBe('VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC');
  });
  it('a subject in capitals wrapped before the place the header names on its own line ("TỈNH THANH HÓA") goes on with it', () => {
    const t = ['ỦY BAN NHÂN DÂN', 'TỈNH THANH HÓA', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 128/2025/QĐ-UBND', 'Thanh Hóa, ngày 09 tháng 10 năm 2025', '', 'QUYẾT ĐỊNH', '', 'VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', 'TỈNH THANH HÓA', '', 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA', '', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'].join('\n');
    expect(subject(t)).toBe('VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THANH HÓA');
  });
  it('a subject in capitals that names the country after "nước" ("… GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ …") is no heading', () => {
    const r = extract('CHÍNH PHỦ\nSố: 235/NQ-CP\nHà Nội, ngày 14 tháng 8 năm 2026\n\nNGHỊ QUYẾT\nVỀ VIỆC PHÊ DUYỆT THỎA THUẬN GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ CHÍNH PHỦ NƯỚC CỘNG HÒA SINGAPORE\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n');
    expect(r.subject).toBe('VỀ VIỆC PHÊ DUYỆT THỎA THUẬN GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ CHÍNH PHỦ NƯỚC CỘNG HÒA SINGAPORE');
  });
  it('the Gazette\'s old title with the number first ("SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH …") gives the subject after the issuer, up to the body\'s "Thi hành …"', () => {
    const r = extract('BỘ TÀI CHÍNH\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15-BTC/TT\nHà Nội, ngày 16 tháng 3 năm 1991\nTHÔNG TƯ\nSỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH CHẾ ĐỘ\nQUẢN LÝ TÀI CHÍNH ĐỐI VỚI NGÂN HÀNG THƯƠNG MẠI QUỐC DOANH\nThi hành Nghị định số 196-HĐBT ngày 11-12-1989 của Hội đồng Bộ trưởng;\n');
    expect(r.subject).toBe('QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH ĐỐI VỚI NGÂN HÀNG THƯƠNG MẠI QUỐC DOANH');
    expect(r.number?.value).toBe('15-BTC/TT');
  });
  it('a title line that names its issuer goes on to the subject ("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN THƯỜNG VỤ TỈNH ỦY THỰC HIỆN …")', () => {
    const r = extract('TỈNH ỦY LÀO CAI\n*\nSố 104-CTr/TU\nLào Cai, ngày 30 tháng 8 năm 2026\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN THƯỜNG VỤ TỈNH ỦY THỰC HIỆN KẾT LUẬN SỐ 75-KL/TW\n\nThực hiện Kết luận số 75-KL/TW, Ban Thường vụ Tỉnh ủy xây dựng chương trình.\n');
    expect(r.subject).toBe('THỰC HIỆN KẾT LUẬN SỐ 75-KL/TW');
  });
  it('the authority line under a subject in capitals ends it, its body written out where the header abbreviates it; "LÀM VIỆC" is no dangling word', () => {
    const doc = (subject: string, gap: string) => extract(`UBND TỈNH BẮC GIANG\nSố: 12/QĐ-UBND\nBắc Giang, ngày 01 tháng 02 năm 2024\n\nQUYẾT ĐỊNH\n${gap}${subject}\n\nỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n`).subject;
    expect(doc('VỀ VIỆC BAN HÀNH QUY CHẾ TÀI CHÍNH', '\n')).toBe('VỀ VIỆC BAN HÀNH QUY CHẾ TÀI CHÍNH');
    expect(doc('VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC', '')).toBe('VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC');
  });
  it('a salutation on the subject\'s own line ends the subject: after one space, or in the other column over its list', () => {
    const head = 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/UBND-KT    Lào Cai, ngày 04 tháng 8 năm 2026\n';
    const body = '\n\nThực hiện chỉ đạo của Chủ tịch UBND tỉnh, đề nghị các đơn vị thực hiện.\n';
    const one = extract(`${head}V/v triển khai thực hiện Nghị định Kính gửi: Sở Tài chính${body}`);
    expect([one.subject, one.recipients.map((x) => x.name)]).toEqual(['triển khai thực hiện Nghị định', ['Sở Tài chính']]);
    const col = extract(`${head}V/v triển khai thực hiện\nNghị định số 178/2026/NĐ-CP    Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng.${body}`);
    expect([col.subject, col.recipients.map((x) => x.name)]).toEqual(['triển khai thực hiện Nghị định số 178/2026/NĐ-CP', ['Sở Tài chính', 'Sở Xây dựng']]);
  });
});
