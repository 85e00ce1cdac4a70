import { describe, expect, it } from 'vitest';
import { matchKey, normalize, wrapWidth } from './index.js';

/** The original text under a clean range, through the offset map. */
function orig(input: string, cleanStart: number, cleanEnd: number): string {
  const n = normalize(input);
  const s = n.map.span(cleanStart, cleanEnd);
  return input.slice(s.start, s.end);
}

describe('normalize', () => {
  it('maps clean offsets back into the original after markdown, NBSP and dash clean-up', () => {
    const input = '**KT. GIÁM ĐỐC**\u00a0\nSố\u00a0: 12/STTTT\u2013TTBCXB';
    const n = normalize(input);
    expect(n.text).toBe('KT. GIÁM ĐỐC\nSố : 12/STTTT-TTBCXB');
    const at = n.text.indexOf('12/STTTT');
    expect(orig(input, at, at + '12/STTTT-TTBCXB'.length)).toBe('12/STTTT\u2013TTBCXB');
  });

  it('strips emphasis that opens inside a word ("NN (2*b*)"), keeps a star that is no emphasis', () => {
    expect(normalize('- Lưu: VT, NN (2*b*).Thanh').text).toBe('- Lưu: VT, NN (2b).Thanh');
    expect(normalize('*V/v phê duyệt Đề án*').text).toBe('V/v phê duyệt Đề án');
    expect(normalize('diện tích 3*4 m').text).toBe('diện tích 3*4 m');
  });

  it('puts back the space a copy lost between a date word and its figure', () => {
    const input = 'Tờ trình số 1833/TTr-SNV ngày22/7/2016; Luật ngày 19 tháng6 năm2015';
    const n = normalize(input);
    expect(n.text).toBe('Tờ trình số 1833/TTr-SNV ngày 22/7/2016; Luật ngày 19 tháng 6 năm 2015');
    const at = n.text.indexOf('22/7');
    expect(orig(input, at, at + 9)).toBe('22/7/2016');
    // (a word that only ends so is left)
    expect(normalize('Nguyễn Thành Năm2 và ngàyngày1').text).toBe('Nguyễn Thành Năm 2 và ngàyngày1');
  });

  it('closes the blanks around a day and a month written in by hand, not a column gap before them', () => {
    const n = normalize('Số: 3556 /QĐ-UBND                 Lào Cai, ngày    30   tháng   9    năm 2026');
    expect(n.text).toBe('Số: 3556 /QĐ-UBND                 Lào Cai, ngày 30 tháng 9 năm 2026');
    const at = n.text.indexOf('30');
    expect(orig('Số: 3556 /QĐ-UBND                 Lào Cai, ngày    30   tháng   9    năm 2026', at, at + 2)).toBe('30');
  });

  it('composes NFD input and keeps spans on the decomposed original', () => {
    const input = 'nga\u0300y 22 tha\u0301ng 12 na\u0306m 2021';
    const n = normalize(input);
    expect(n.text).toBe('ngày 22 tháng 12 năm 2021');
    expect(orig(input, 0, n.text.length)).toBe(input.slice(0, input.length));
  });

  it('in hard-wrapped text, a short preamble line that stops on a word goes on before a capital', () => {
    const body = [
      'Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết',
      'thi hành một số điều của Luật Đất đai về giao đất, cho thuê đất và thu hồi đất trên địa bàn;',
      'Căn cứ Nghị định số 46/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định về thu tiền',
      'thuê đất, thuê mặt nước đối với các dự án đầu tư trong lĩnh vực xã hội hóa giáo dục, y tế;',
      'Căn cứ Nghị định số 69/2008/NĐ-CP ngày 30 tháng 5 năm 2008 của Chính phủ về chính sách khuyến',
      'khích xã hội hoá đối với các hoạt động trong lĩnh vực giáo dục, dạy nghề, y tế, văn hoá, thể',
      'thao, môi trường và các lĩnh vực khác theo quy định của pháp luật hiện hành về xã hội hóa;',
      'Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 12/TTr-STNMT ngày 2/5/2015,',
    ].join('\n');
    const t = normalize(`Căn cứ Luật Tổ chức\nHội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n${body}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này.`).text;
    expect(t.startsWith('Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n')).toBe(true);
    // a line closed by its ";" stays apart, and so does the enacting "QUYẾT ĐỊNH:" after a full line
    expect(t).toContain('xã hội hóa;\nXét đề nghị');
    expect(t).toContain('2/5/2015,\nQUYẾT ĐỊNH:');
  });

  it('a line that stops on a word no phrase ends with goes on before a capital, wrapped or not', () => {
    const t = normalize('Điều 3. Chánh Văn phòng UBND tỉnh, Trưởng\nBan Dân tộc, Thủ trưởng các Sở chịu trách nhiệm thi hành.\nKính gửi: các sở, ban, ngành của\nỦy ban nhân dân tỉnh.').text;
    expect(t).toBe('Điều 3. Chánh Văn phòng UBND tỉnh, Trưởng Ban Dân tộc, Thủ trưởng các Sở chịu trách nhiệm thi hành.\nKính gửi: các sở, ban, ngành của Ủy ban nhân dân tỉnh.');
    // ("số" as "digital", "kèm theo" as "attached", "như sau" as "as follows" end their phrase)
    const kept = 'Khuyến nông và chuyển đổi số\nXây dựng kế hoạch phát triển.\nXem chi tiết tại phụ lục 04 kèm theo\nTrên đây là thông báo của Sở.';
    expect(normalize(kept).text).toBe(kept);
  });

  it('undoes pandoc markdown: escaped punctuation and the backslash of a hard line break, a file path kept', () => {
    const input = '    **BAN CHẤP HÀNH TRUNG ƯƠNG\\          **ĐẢNG CỘNG SẢN VIỆT NAM\\\n\\- Báo cáo chính trị.\n1\\. Thành phố Hà Nội.\nsử dụng con dấu\\... tránh xáo trộn\n  - Các tỉnh ủy, thành ủy,\\      **\\\nXem tệp d:\\2011\\CV\\SVH trên máy';
    const n = normalize(input);
    expect(n.text).toBe('    BAN CHẤP HÀNH TRUNG ƯƠNG          ĐẢNG CỘNG SẢN VIỆT NAM\n- Báo cáo chính trị.\n1. Thành phố Hà Nội.\nsử dụng con dấu... tránh xáo trộn\n  - Các tỉnh ủy, thành ủy,\nXem tệp d:\\2011\\CV\\SVH trên máy');
    expect(n.notes.map((x) => x.code)).toContain('MARKDOWN_ESCAPES');
    // a lone backslash is no pandoc text
    expect(normalize('Xem tệp d:\\2011\\CV\\T4 \\ x trên máy.').text).toBe('Xem tệp d:\\2011\\CV\\T4 \\ x trên máy.');
  });

  it('reads a grid table\'s rows as laid-out lines: a tab between filled cells, spaces after empty ones, none before them, borders gone', () => {
    const input = 'Trước.\n+------------+:----------:+\n| Nơi nhận:  | CHỦ TỊCH   |\n| - Sở A;    |            |\n|            | Lê Văn B   |\n+------------+------------+\nSau | đó.';
    const n = normalize(input);
    expect(n.text).toBe('Trước.\n\nNơi nhận: \t CHỦ TỊCH\n- Sở A;\n             Lê Văn B\n\nSau | đó.');
    expect(n.notes.map((x) => x.code)).toContain('GRID_TABLES');
    const at = n.text.indexOf('Lê Văn B');
    expect(orig(input, at, at + 8)).toBe('Lê Văn B');
    // a cell's date wrapped onto the next row under an empty cell goes on in its line
    const head = '+--------------------+--------------------------------+\n| BAN THƯỜNG TRỰC    | Lương Minh, ngày 18 tháng 11 năm |\n|                    | 2025                           |\n+====================+================================+';
    expect(normalize(head).text).toContain('Lương Minh, ngày 18 tháng 11 năm 2025');
  });

  it('removes a simple table\'s rule of dash runs whole ("  ------------ ----- --------")', () => {
    const n = normalize('  ------------ ----- ----------\n  UBND TỈNH LÀO CAI     CỘNG HÒA\n  ------------ ----- ----------\n  SỞ CÔNG THƯƠNG        Độc lập');
    expect(n.text).toBe('\n  UBND TỈNH LÀO CAI     CỘNG HÒA\n\n  SỞ CÔNG THƯƠNG        Độc lập');
  });

  it('undoes pandoc\'s spans and en dashes ("[BAN THƯỜNG\\nTRỰC]{.underline}", "2026 -- 2031"); a rule and "---" stay rules', () => {
    const n = normalize('**[BAN THƯỜNG\nTRỰC]{.underline}**\nnhiệm kỳ 2026 -- 2031, 2026--2031\n-----\n[x] và [y]{#id}\n*(Từ ngày 17/12/2025)*');
    expect(n.text).toBe('BAN THƯỜNG\nTRỰC\nnhiệm kỳ 2026 - 2031, 2026-2031\n\n[x] và y\n(Từ ngày 17/12/2025)');
  });
  it('a wrapped line that opens with a reference to an article ("Điều 1 chịu trách nhiệm …") goes on; "Điều 2. …" opens one', () => {
    const lines = [
      'Điều 3. Ban Thường trực Ủy ban MTTQ xã, các bộ phận chuyên môn thuộc cơ quan và',
      'các cán bộ được giao nhiệm vụ tại Quyết định này, các ông (bà) có tên tại',
      'Điều 1 chịu trách nhiệm thi hành Quyết định này, kể từ ngày ký ban hành.',
      'Điều 4. Quyết định này có hiệu lực kể từ ngày ký, thay thế các quyết định trước.',
      'Các cơ quan, đơn vị, cá nhân có liên quan căn cứ Quyết định thi hành ngay.',
      'Trên cơ sở kết quả thực hiện, Ủy ban báo cáo cấp trên theo đúng quy định.',
      'Nội dung này được phổ biến đến toàn thể cán bộ, công chức của cơ quan xã.',
      'Việc tổ chức thực hiện phải bảo đảm nghiêm túc, đúng quy định hiện hành nay.',
    ];
    const t = normalize(lines.join('\n')).text;
    expect(t).toContain('có tên tại Điều 1 chịu trách nhiệm');
    expect(t).toContain('ban hành.\nĐiều 4. Quyết định');
  });

  it('a line that stops on "thuộc" goes on before a capital; "trực thuộc" ends its phrase', () => {
    expect(normalize('Điều 3. Ban Thường trực, các bộ phận chuyên môn thuộc\nCơ quan Ủy ban Mặt trận xã chịu trách nhiệm thi hành.').text).toBe('Điều 3. Ban Thường trực, các bộ phận chuyên môn thuộc Cơ quan Ủy ban Mặt trận xã chịu trách nhiệm thi hành.');
    const kept = 'Kính gửi: các đảng bộ trực thuộc\nBan Thường vụ Huyện ủy đề nghị các đơn vị thực hiện.';
    expect(normalize(kept).text).toBe(kept);
  });
  it('a pandoc cell\'s hard line break before its closing pipe loses its backslash', () => {
    expect(normalize('+------+------+\n| - Ban Bí thư;\\ | \\ |\n| - Lưu: VT.   | A\\ |\n+------+------+').text).toBe('\n- Ban Bí thư;\n- Lưu: VT.  \t A\n');
  });

  it('reads "ƣ" (latin oi, a broken font map\'s "ư") as "ư" in any text; a serial and a day a text layer set apart join their rest', () => {
    expect(normalize('Sở Công Thƣơng; Nhƣ trên; THƢƠNG').text).toBe('Sở Công Thương; Như trên; THƯƠNG');
    const t = normalize('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 03\n\n/CT-BNNMT\n\nHà Nội, ngày 26\n\ntháng 6 năm 2025\n').text;
    expect(t).toContain('Số: 03 /CT-BNNMT');
    expect(t).toContain('Hà Nội, ngày 26 tháng 6 năm 2025');
  });

  it('drops tone marks a text layer set apart from their letters, with the space before a lone run', () => {
    const input = 'V/v báo cáo thiêt hai \u0300 \u0323 \u0323 do lũ lụt cua nganh Giao duc và Đao tao. \u0301 \u0323 \u0300 \u0323 Kính gửi:';
    const n = normalize(input);
    expect(n.text).toBe('V/v báo cáo thiêt hai do lũ lụt cua nganh Giao duc và Đao tao. Kính gửi:');
    const at = n.text.indexOf('Kính');
    expect(orig(input, at, at + 4)).toBe('Kính');
    // a mark before a word goes alone; NFD letters around still compose
    expect(normalize('ha\u0300nh \u0301phong').text).toBe('hành phong');
  });

  it('rejoins a wrapped paragraph, but not after a capitals line or a laid-out line with a column gap', () => {
    const t = normalize('KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ\nvề thực hiện một số nội dung\ntrọng tâm\nUBND TỈNH    CỘNG HÒA\nthành phố').text;
    expect(t).toBe('KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ\nvề thực hiện một số nội dung trọng tâm\nUBND TỈNH    CỘNG HÒA\nthành phố');
  });
  it('in hard-wrapped text, rejoins a full line wrapped before a capital, not before a new block', () => {
    const para = 'Thực hiện Kế hoạch số 03/KH-TBTT ngày 21/01/2022 của Tiểu ban Truyền thông, Ban Chỉ đạo phòng, chống dịch';
    const lines = [
      'Sở Văn hóa, Thể thao và Du lịch đề nghị Phòng Văn hóa và Thông tin các huyện',
      'Tràng Định, Văn Lãng, Bình Gia phối hợp với các cơ quan liên quan tổ chức',
      'tuyên truyền trên các phương tiện thông tin đại chúng của địa phương mình',
      'Nguyễn Văn An chịu trách nhiệm tổng hợp kết quả, báo cáo Sở Văn hóa, Thể thao',
      '1. Phòng Văn hóa và Thông tin các huyện xây dựng kế hoạch tuyên truyền cụ thể',
      '- Đài Truyền thanh các huyện tăng cường thời lượng phát sóng các tin, bài',
      'KẾ HOẠCH TUYÊN TRUYỀN PHÒNG, CHỐNG DỊCH BỆNH TRÊN ĐỊA BÀN TỈNH LẠNG SƠN NĂM',
      'Các cơ quan báo chí của tỉnh phối hợp với các đơn vị liên quan thực hiện.',
      'Ủy ban nhân dân các xã, thị trấn chỉ đạo các thôn, bản tuyên truyền đến dân.',
    ];
    const t = normalize(lines.join('\n')).text.split('\n');
    // wrapped before "Tràng Định" and "Nguyễn": joined; before "1.", "-", after a capitals line: kept
    expect(t[0]).toBe(`${lines[0]} ${lines[1]} ${lines[2]} ${lines[3]}`);
    expect(t.slice(1, 4)).toEqual([lines[4], lines[5], lines[6]]);
    // text whose paragraphs are single long lines is not hard-wrapped: nothing is joined before a capital
    const long = normalize(Array(10).fill(`${para} ${para}`).join('\n')).text;
    expect(long.split('\n')).toHaveLength(10);
  });
  it('joins a header cell a web copy wrapped after its first word, not a lone title or a label', () => {
    const t = normalize('ỦY\nBAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3330/QĐ-UBND\nQuảng\nTrị, ngày 27 tháng 12 năm 2016\nLUẬT\nĐẤT ĐAI').text;
    expect(t.split('\n')).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ', '|', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 3330/QĐ-UBND', 'Quảng Trị, ngày 27 tháng 12 năm 2016', 'LUẬT', 'ĐẤT ĐAI']);
    // OCR noise over the number line stays apart from it
    expect(normalize('xk\nSố 176-KL/TW').text).toBe('xk\nSố 176-KL/TW');
    expect(normalize('BỘ\nSố: 12/BXD').text).toBe('BỘ\nSố: 12/BXD');
  });
  it('in hard-wrapped text, keeps an article title and a "Thực hiện …" paragraph on lines of their own', () => {
    const lines = [
      'Quyết định này có hiệu lực kể từ ngày ký. Các cơ quan, đơn vị liên quan chịu',
      'trách nhiệm tổ chức thực hiện đúng quy định của pháp luật hiện hành về kiểm',
      'Điều 3. Nhiệm vụ và quyền hạn của Đoàn kiểm tra thuộc Sở Công Thương tỉnh',
      'Đoàn kiểm tra thực hiện nhiệm vụ và quyền hạn theo quy định tại Điều 8 của',
      'Nghị định số 217/2025/NĐ-CP ngày 05 tháng 8 năm 2025 của Chính phủ, trong đó',
      'Điều 4. Giao Sở Tài chính bố trí kinh phí bảo đảm cho hoạt động của Đoàn của',
      'Ủy ban nhân dân tỉnh theo quy định hiện hành về quản lý tài chính công năm',
      'xây dựng nền kinh tế tuần hoàn, giải quyết hài hòa các mối quan hệ kinh tế',
      'Thực hiện kiểm soát, bảo vệ môi trường từ giai đoạn quyết định chủ trương đầu',
    ];
    const t = normalize(lines.join('\n')).text.split('\n');
    expect(t).toContain(lines[2]);
    expect(t).toContain(`${lines[3]} ${lines[4]}`);
    // an article line that stops on "của" goes on
    expect(t).toContain(`${lines[5]} ${lines[6]} ${lines[7]}`);
    expect(t).toContain(lines[8]);
  });
  it('in hard-wrapped text, rejoins a name wrapped at its dash, not a list item', () => {
    const lines = [
      'Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Lao động',
      '- Thương binh và Xã hội, Giám đốc Sở Xây dựng, Giám đốc Sở Tài chính,',
      'Giám đốc Sở Kế hoạch và Đầu tư, Chủ tịch Ủy ban nhân dân các quận,',
      'huyện và các tổ chức, cá nhân liên quan có trách nhiệm thi hành Quyết định',
      'này. Các đơn vị báo cáo kết quả thực hiện về Ủy ban nhân dân Thành phố qua',
      'Sở Xây dựng để tổng hợp, báo cáo Bộ Xây dựng và Bộ Lao động - Thương binh',
      'và Xã hội theo quy định. Giao Sở Tài chính bố trí kinh phí cho các đơn vị',
      '- Sở Xây dựng chủ trì, phối hợp với các đơn vị liên quan hướng dẫn thực hiện',
    ];
    const t = normalize(lines.join('\n')).text;
    expect(t).toContain('Giám đốc Sở Lao động - Thương binh và Xã hội, Giám đốc Sở Xây dựng');
    // "đơn vị" is no name's first part: the item under it stays a line of its own
    expect(t.endsWith('\n- Sở Xây dựng chủ trì, phối hợp với các đơn vị liên quan hướng dẫn thực hiện')).toBe(true);
  });
  it('removes page numbers left between the lines of a paragraph, not a table\'s row numbers', () => {
    const para = 'Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành và Ủy ban nhân dân các huyện triển khai thực hiện nghiêm túc. '.repeat(7);
    // bare numbers in page order (2, 3), or marked as page numbers ("- 4 -", "Trang 5/6")
    // (and a converter's page marker in capitals, "===== TRANG 6 =====")
    const doc = `${para}\nỦy ban nhân dân tỉnh Lào Cai\n2\nchỉ đạo.\n${para}\nSở Tài chính\n3\nbố trí kinh phí.\n${para}\nthực hiện\n- 4 -\ntheo quy định.\n${para}\nTrang 5/6\n${para}\n===== TRANG 6 =====\n${para}`;
    const n = normalize(doc);
    expect(n.text).toContain('Ủy ban nhân dân tỉnh Lào Cai chỉ đạo.');
    expect(n.text).toContain('Sở Tài chính bố trí kinh phí.');
    expect(n.text).toContain('thực hiện theo quy định.');
    expect(n.text).not.toContain('Trang 5/6');
    expect(n.text).not.toContain('TRANG 6');
    expect(n.notes.map((x) => x.code)).toContain('PAGE_NUMBERS_REMOVED');
    // a running header that names the typed file, its page number as OCR reads it
    const headed = normalize(`${para}\n\n18.CTRTW31.DOC 2\n\n${para}\n18.CTRTW31.DOC 1 1\n${para}\nKhông xoá: Báo cáo.doc đã gửi.`);
    expect(headed.text).not.toContain('CTRTW31');
    expect(headed.text).toContain('Không xoá: Báo cáo.doc đã gửi.');
    // numbered rows close together, and a lone number, stay
    const table = normalize('STT\n1\nSở Tài chính\n2\nSở Nội vụ\n3\nSở Y tế');
    expect(table.text).toBe('STT\n1\nSở Tài chính\n2\nSở Nội vụ\n3\nSở Y tế');
    expect(normalize(`${para}\n2\n${para}`).text).toContain('\n2\n');
  });
  it('removes two interleaved runs of page numbers (the text\'s own, centred, and those an export added)', () => {
    const para = 'Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành và Ủy ban nhân dân các huyện triển khai thực hiện nghiêm túc. '.repeat(7);
    const pad = ' '.repeat(40);
    const doc = `${para}\n${pad}2\n${para}\n2\n${para}\n${pad}3\n${para}\n3\n${para}\n${pad}4\n${para}\n4\n${para}\nPhan Văn Khải`;
    const n = normalize(doc);
    expect(n.text.split('\n').filter((l) => /^\s*\d+\s*$/.test(l))).toEqual([]);
    expect(n.text.endsWith('Phan Văn Khải')).toBe(true);
  });
  it('removes a page number a layout centred under the page, its indent past the short-line limit', () => {
    const para = 'Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành và Ủy ban nhân dân các huyện triển khai thực hiện nghiêm túc. '.repeat(7);
    const pad = ' '.repeat(40);
    const n = normalize(`${para}\nSở Tài chính\n${pad}2\n\nbố trí kinh phí.\n${para}\nSở Y tế\n${pad}3\n\nhướng dẫn.\n${para}`);
    expect(n.text).toContain('Sở Tài chính bố trí kinh phí.');
    expect(n.text).toContain('Sở Y tế hướng dẫn.');
  });
  it('finds a hard wrap\'s width from the band most lines fall in, not from a percentile the long lines move', () => {
    const wrapped = Array.from({ length: 22 }, (_, i) => `dòng văn bản được ngắt cố định ở một độ rộng gần bằng nhau số ${String(i).padStart(2, '0')} xxxxx`);
    const long = Array.from({ length: 3 }, () => 'x'.repeat(150));
    // three long lines (a header's, a footnote's) among 22 wrapped ones, past the 90th percentile:
    // the width is the wrapped lines'
    expect(wrapWidth([...wrapped, ...long].join('\n'))).toBe(wrapped[0]!.length);
    // short list items that fill a band, among paragraphs of hundreds of characters: no wrap
    const items = Array.from({ length: 12 }, (_, i) => `- Sở Lao động - Thương binh và Xã hội tỉnh số ${i}`);
    const paras = Array.from({ length: 5 }, () => 'Ủy ban nhân dân tỉnh đề nghị các sở triển khai. '.repeat(8));
    expect(wrapWidth([...items, ...paras].join('\n'))).toBe(0);
  });
  it('keeps an annex\'s "(Kèm theo …)" line under its title apart in wrapped text', () => {
    const body = Array.from({ length: 12 }, () => 'các sở, ban, ngành và Ủy ban nhân dân các huyện triển khai thực hiện nghiêm').join('\n');
    const t = normalize(`${body}\nThích ứng với biến đổi khí hậu giai đoạn 2021 - 2030, tầm nhìn đến năm 2050 xx\n(Kèm theo Quyết định số 1422/QĐ-TTg ngày 19 tháng 11 năm 2024)\n${body}`).text;
    expect(t).toContain('năm 2050 xx\n(Kèm theo Quyết định');
  });
  it('ends a header name\'s line at the long rule a web copy ran the next cell into', () => {
    const t = normalize('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN ------------- Số: 52/2018/QĐ-UBND | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------------------- Lạng Sơn, ngày 05 tháng 9 năm 2018 |\nQUYẾT ĐỊNH').text;
    expect(t).toContain('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 52/2018/QĐ-UBND');
    expect(t).toContain('Hạnh phúc\nLạng Sơn, ngày 05 tháng 9 năm 2018');
    // a short rule between words, and a rule before a lower-case word, leave a space
    expect(normalize('từ năm 2020 --- đến nay').text).toBe('từ năm 2020 đến nay');
  });
  it('puts back the space a web copy lost between two syllables, the second capitalised', () => {
    expect(normalize('Kính gửi: BộCông Thương').text).toBe('Kính gửi: Bộ Công Thương');
    expect(normalize('của Bộ trưởngBộ Giáo dục và Đào tạo; đồng chí Nguyễn ĐứcMạnh').text).toBe('của Bộ trưởng Bộ Giáo dục và Đào tạo; đồng chí Nguyễn Đức Mạnh');
    // a type code, a brand, a font keep their capitals inside
    expect(normalize('Tờ trình số 12/TTr-UBND; báo VnExpress; điện thoại iPhone; Chương trình 31-CTr/TW').text).toBe('Tờ trình số 12/TTr-UBND; báo VnExpress; điện thoại iPhone; Chương trình 31-CTr/TW');
  });
  it('puts back the space a web copy lost between two syllables of one case', () => {
    const n = normalize('Ủy ban nhân dân tỉnh xây dựng kếhoạch; của Bộ Lao động, Thương binh và Xã hội vềviệc triển khai; THỦ TƯỚNG CHÍNHPHỦ; QUYẾT ĐỊNHVề việc; các Sở: Nông nghiệp và Môitrường');
    expect(n.text).toBe('Ủy ban nhân dân tỉnh xây dựng kế hoạch; của Bộ Lao động, Thương binh và Xã hội về việc triển khai; THỦ TƯỚNG CHÍNH PHỦ; QUYẾT ĐỊNH Về việc; các Sở: Nông nghiệp và Môi trường');
    // the space maps to the letter before it, every other unit where it was
    const at = n.text.indexOf('hoạch');
    expect(n.map.toOriginal(at)).toBe('Ủy ban nhân dân tỉnh xây dựng kếhoạch'.indexOf('hoạch'));
    // a loanword written whole, a word without Vietnamese letters, an address, a scan's three letters stay
    const kept = 'khí mêtan; Hanoi online; http://abc.vn/kếhoạch; Số: Êđã /HC-CNHC';
    expect(normalize(kept).text).toBe(kept);
    // past the first pages, only in a copy that showed glued words before (a lone typo deep in a
    // clean text is not looked for)
    const page = 'Các sở, ban, ngành triển khai thực hiện nghiêm túc các nội dung đã được giao.\n'.repeat(120);
    expect(normalize(`${page}xây dựng kếhoạch`).text).toContain('xây dựng kếhoạch');
    expect(normalize(`Ủy ban nhân dân vềviệc\n${page}xây dựng kếhoạch`).text).toContain('xây dựng kế hoạch');
  });
  it('drops the typist\'s file path a web copy kept under the Nơi nhận', () => {
    expect(normalize('- Lưu: VT, NCTH.HH\n\nd:\\2011\\CV\\SVH\\T4\\Bau cho Vinh Ha Long\n\nKT. CHỦ TỊCH').text).not.toContain('Bau cho');
    expect(normalize('- Lưu: VT,TH.\nD\\2017\\CVUB\\uy quyen CDDH\nCHỦ TỊCH').text).toBe('- Lưu: VT,TH.\nCHỦ TỊCH');
  });
  it('reads OCR letters inside a serial as the digits they stand for, not a letter-only token', () => {
    expect(normalize('Số l008 - CV/BTGTU').text).toBe('Số 1008 - CV/BTGTU');
    expect(normalize('Số: 1O5O/QĐ-SCT').text).toBe('Số: 1050/QĐ-SCT');
    expect(normalize('Nghị quyết số 5I-NQ/TW').text).toBe('Nghị quyết số 51-NQ/TW');
    expect(normalize('I- NỘI DUNG\nII/ TỔ CHỨC').text).toBe('I- NỘI DUNG\nII/ TỔ CHỨC');
  });
  it('undoes a blank line after every line, but not blank lines between paragraphs', () => {
    const para = [
      'Thực hiện Kế hoạch số 03/KH-UBND ngày 21/01/2025 của Ủy ban nhân dân tỉnh, Sở',
      'Công Thương đề nghị các đơn vị rà soát, báo cáo kết quả thực hiện nhiệm vụ được',
      'giao trong năm 2025 và đề xuất giải pháp cho năm 2026.',
    ];
    const doc = Array(12).fill(para.join('\n')).join('\n\n');
    const doubled = doc.replace(/\n/g, '\n\n');
    const n = normalize(doubled);
    expect(n.notes.map((x) => x.code)).toContain('LINE_BREAKS_DOUBLED');
    // wrapped lines rejoined as in the original; paragraphs still apart by one blank line
    expect(n.text).toBe(normalize(doc).text);
    expect(n.text.split('\n\n')).toHaveLength(12);
    const at = n.text.indexOf('giao trong');
    expect(doubled.slice(n.map.span(at, at + 10).start, n.map.span(at, at + 10).end)).toBe('giao trong');
    // one paragraph per line with blank lines between: left as written
    const paras = normalize(Array(30).fill(para.join(' ')).join('\n\n'));
    expect(paras.notes.map((x) => x.code)).not.toContain('LINE_BREAKS_DOUBLED');
    expect(paras.text.split('\n\n')).toHaveLength(30);
  });
  it('rejoins a date wrapped inside, not a list label after "năm"', () => {
    expect(normalize('Công văn số 597/HC-QLHC ngày 27 tháng 3 năm\n2026 của Cục Hóa chất').text).toBe('Công văn số 597/HC-QLHC ngày 27 tháng 3 năm 2026 của Cục Hóa chất');
    expect(normalize('ngày 27 tháng\n3 năm 2026').text).toBe('ngày 27 tháng 3 năm 2026');
    // a narrow column wraps it after a figure, the rest under it
    expect(normalize('Số: 6795/SNNMT-KS          Lào Cai, ngày 17 tháng 7\n                            năm 2026\nV/v thực hiện').text).toBe('Số: 6795/SNNMT-KS          Lào Cai, ngày 17 tháng 7 năm 2026\nV/v thực hiện');
    expect(normalize('Lạng Sơn, ngày 13\ntháng 01 năm 2020').text).toBe('Lạng Sơn, ngày 13 tháng 01 năm 2020');
    // not a list's next row
    expect(normalize('- Đợt 1: từ ngày 15\n- Đợt 2: năm 2026').text).toBe('- Đợt 1: từ ngày 15\n- Đợt 2: năm 2026');
    expect(normalize('Kết quả trong năm\n2. Nhiệm vụ').text).toBe('Kết quả trong năm\n2. Nhiệm vụ');
  });
  it('undoes word segmentation and rejoins a number broken across lines', () => {
    const ws = 'Uỷ_ban nhân_dân thành_phố , căn_cứ Quyết_định số 12/QĐ-UB ; Uỷ_ban Mặt_trận . '.repeat(3);
    expect(normalize(ws).text).toContain('Uỷ ban nhân dân thành phố, căn cứ Quyết định số 12/QĐ-UB;');
    expect(normalize('Chương trình hành động số 31-\n   CTr/TW ngày').text).toContain('số 31-CTr/TW ngày');
    // broken after a dash inside the symbol, also across a blank line (an export that doubles breaks)
    expect(normalize('Thông tư số 36/2025/TT-\nBNNMT ngày').text).toBe('Thông tư số 36/2025/TT-BNNMT ngày');
    expect(normalize('Thông tư số 36/2025/TT-\n\nBNNMT ngày').text).toBe('Thông tư số 36/2025/TT-BNNMT ngày');
    expect(normalize('Kết quả năm 2025 -\n\nBáo cáo').text).toBe('Kết quả năm 2025 -\n\nBáo cáo');
    // a type code with a lower-case letter, a space before the dash ("Tờ trình số 473/TTr -\nNN&PTNT")
    expect(normalize('tại Tờ trình số 473/TTr -\nNN&PTNT ngày 21/5/2007').text).toBe('tại Tờ trình số 473/TTr -NN&PTNT ngày 21/5/2007');
    expect(normalize('Nghị quyết\n\nsố 49-NQ/TU').text).toBe('Nghị quyết số 49-NQ/TU');
  });

  it('gives a markdown cell its own lines back where a converter wrote "<br>"', () => {
    const md = '| **UBND TỈNH X**<br>**SỞ Y TẾ**<br>Số: 12/SYT-NVY | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>*X, ngày 12 tháng 8 năm 2025* |\n|---|---|\n';
    const n = normalize(md);
    expect(n.text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual([
      'UBND TỈNH X',
      'SỞ Y TẾ',
      'Số: 12/SYT-NVY',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'X, ngày 12 tháng 8 năm 2025',
    ]);
    // offsets still point into the original, "<br>" and stars included
    const at = n.text.indexOf('12/SYT-NVY');
    const sp = n.map.span(at, at + 10);
    expect(md.slice(sp.start, sp.end)).toBe('12/SYT-NVY');
  });

  it('flattens a markdown table row into lines, one list item per line', () => {
    // also indented by up to three spaces, as markdown allows
    for (const indent of ['', '   ']) {
      const n = normalize(`${indent}| Nơi nhận: - Như trên; - Lưu: VT, QLN (2b) | KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trần Nam |\n${indent}|---|---|`);
      expect(n.text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual([
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT, QLN (2b)',
        'KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trần Nam',
      ]);
    }
    // rows without their closing pipe, told by the delimiter row under the first
    const open = normalize('| BỘ XÂY DỰNG -------\n|---|---\n| Số: 2428/BXD-QLN V/v: Hỗ trợ | Hà Nội, ngày 15 tháng 11 năm 2013\n\n| Nơi nhận: - Như trên; - Lưu: VT, QLN (2b)\n|---|---\n| | KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trần Nam');
    expect(open.text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual([
      'BỘ XÂY DỰNG',
      'Số: 2428/BXD-QLN V/v: Hỗ trợ',
      'Hà Nội, ngày 15 tháng 11 năm 2013',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, QLN (2b)',
      'KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Trần Nam',
    ]);
    // empty cells at the row's ends go with their pipes, however many spaces they hold
    for (const row of ['|  | KT. BỘ TRƯỞNG THỨ TRƯỞNG Bùi Hồng Lĩnh |', '| | KT. BỘ TRƯỞNG THỨ TRƯỞNG Bùi Hồng Lĩnh | |']) {
      expect(normalize(`${row}\n|---|---|`).text.trim()).toBe('KT. BỘ TRƯỞNG THỨ TRƯỞNG Bùi Hồng Lĩnh');
    }
  });

  it('reads " | " between cells written on one line (no outer pipes) as a tab, spans on the pipes', () => {
    const input = 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1153/BNNMT-QLĐĐ\nV/v triển khai | Hà Nội, ngày 03 tháng 02 năm 2026\nKính gửi: | - Ủy ban nhân dân các tỉnh.';
    const n = normalize(input);
    expect(n.text.split('\n').slice(1)).toEqual(['\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 1153/BNNMT-QLĐĐ', 'V/v triển khai\tHà Nội, ngày 03 tháng 02 năm 2026', 'Kính gửi:\t- Ủy ban nhân dân các tỉnh.']);
    // (the rule under the issuer goes, its empty cell stays)
    expect(n.notes.map((x) => x.code)).toContain('PIPE_CELLS');
    const at = n.text.indexOf('\tHà Nội');
    expect(orig(input, at + 1, at + 7)).toBe('Hà Nội');
    expect(' | ').toContain(orig(input, at, at + 1));
    // a row's closing pipe at the line's end goes
    expect(normalize('Số hiệu: | 612/QĐ-UBND | Loại văn bản: | Quyết định |\nỦY BAN NHÂN DÂN |\nSố: 612/QĐ-UBND |').text.split('\n')).toEqual(['Số hiệu:\t612/QĐ-UBND\tLoại văn bản:\tQuyết định', 'ỦY BAN NHÂN DÂN', 'Số: 612/QĐ-UBND']);
    // an empty cell between two (" |  | ") keeps its column: one tab more
    expect(normalize('Số:           /KH-UBND |  | Lào Cai, ngày 04 tháng 7 năm 2026\n- Lưu: VT. |  | TM. ỦY BAN NHÂN DÂN').text.split('\n')).toEqual(['Số: /KH-UBND\t\tLào Cai, ngày 04 tháng 7 năm 2026', '- Lưu: VT.\t\tTM. ỦY BAN NHÂN DÂN']);
    // one " | " alone, or a pipe inside a word, is text
    expect(normalize('Lựa chọn A | B, x|y.').text).toBe('Lựa chọn A | B, x|y.');
  });

  it('rejoins a line a PDF wrapped over a blank line when it goes on in lower case, not under a title or before a label', () => {
    expect(normalize('Trách nhiệm chỉ đạo thực hiện: Đảng uỷ Mặt trận Tổ quốc, các đoàn thể \n\ntỉnh; Đảng ủy Ủy ban nhân dân tỉnh.').text).toBe(
      'Trách nhiệm chỉ đạo thực hiện: Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh; Đảng ủy Ủy ban nhân dân tỉnh.',
    );
    expect(normalize('3.1. Tăng cường sự lãnh đạo của Đảng, đẩy mạnh tuyên truyền, giáo \n\ndục nâng cao nhận thức').text).toBe('3.1. Tăng cường sự lãnh đạo của Đảng, đẩy mạnh tuyên truyền, giáo dục nâng cao nhận thức');
    for (const kept of ['CHƯƠNG TRÌNH HÀNH ĐỘNG\n\nthực hiện Kết luận số 75-KL/TW', 'các nội dung sau\n\na) Rà soát', 'hoàn thành.\n\nvà tiếp tục', 'UBND TỈNH    CỘNG HÒA\n\nthành phố']) {
      expect(normalize(kept).text).toBe(kept);
    }
  });

  it('in hard-wrapped text, rejoins a full line ending in ";" before a lower-case line, not a list item or a label', () => {
    const lines = [
      '      Điều 5. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành kể từ nay.',
      '      Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương; Thủ trưởng',
      'các sở, ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường cấp tỉnh;',
      'các cơ quan, đơn vị, các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành',
      '- Sở Tài chính bố trí kinh phí thực hiện kế hoạch này theo quy định hiện hành;',
      'a) Rà soát các quy định của pháp luật có liên quan đến lĩnh vực được giao nay;',
      'b) Báo cáo kết quả thực hiện nhiệm vụ được giao về Ủy ban nhân dân tỉnh ngay;',
      'các nội dung khác thực hiện theo quy định của pháp luật hiện hành có liên quan.',
    ];
    const t = normalize(lines.join('\n')).text.split('\n');
    expect(t[1]).toBe(`${lines[1]} ${lines[2]} ${lines[3]}`);
    // a list item and a label open their own lines; a lower-case line after a label's ";" goes on with it
    expect(t.slice(2)).toEqual([lines[4], lines[5], `${lines[6]} ${lines[7]}`]);
  });

  it('keeps a full "Kính gửi: …" line apart from the body sentence that follows it', () => {
    const kg = '                 Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương';
    const body = [
      '               Ngày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số 119/2025/NĐ-CP',
      '        sửa đổi, bổ sung một số điều của Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01',
      '        năm 2022 của Chính phủ quy định về giảm nhẹ phát thải khí nhà kính và bảo vệ',
      '        tầng ô-dôn. Triển khai thực hiện Nghị định số 06/2022/NĐ-CP của Chính phủ,',
    ];
    const t = normalize([kg, ...body].join('\n')).text.split('\n');
    expect(t[0]).toBe(kg);
    // an addressee cut on a function word goes on
    const cut = normalize(['                 Kính gửi: Sở Nông nghiệp và Môi trường, Sở Tài chính và', ...body.slice(1)].join('\n')).text.split('\n');
    expect(cut[0]).toMatch(/Sở Tài chính và sửa đổi/);
  });

  it('decodes TCVN3 mojibake, including the ư lost as U+2212', () => {
    const t = 'Hµ Néi, ngµy 20 th¸ng 02 n¨m 2006. Thñ t−íng ChÝnh phñ quyÕt ®Þnh. '.repeat(3);
    const n = normalize(t);
    expect(n.encoding).toBe('tcvn3');
    expect(n.text).toContain('Hà Nội, ngày 20 tháng 02 năm 2006. Thủ tướng Chính phủ quyết định.');
  });

  it('decodes TCVN3 and VNI mojibake that went through NFD, spans still on the decomposed input', () => {
    const tcvn3 = 'Hµ Néi, ngµy 20 th¸ng 02 n¨m 2006. Thñ t−íng ChÝnh phñ quyÕt ®Þnh. '.repeat(3).normalize('NFD');
    const n = normalize(tcvn3);
    expect(n.encoding).toBe('tcvn3');
    expect(n.text).toContain('Hà Nội, ngày 20 tháng 02 năm 2006. Thủ tướng Chính phủ quyết định.');
    const at = n.text.indexOf('Chính');
    expect(tcvn3.slice(n.map.toOriginal(at), n.map.toOriginal(at + 5))).toBe('ChÝnh'.normalize('NFD'));
    const vni = 'Xin chaøo caùc baïn, UÛy ban nhaân daân tænh Bình Phöôùc. '.repeat(4).normalize('NFD');
    expect(normalize(vni).text).toContain('Xin chào các bạn, Ủy ban nhân dân tỉnh Bình Phước.');
  });

  it('decodes VNI mojibake', () => {
    const t = 'Xin chaøo caùc baïn, UÛy ban nhaân daân tænh Bình Phöôùc. '.repeat(4);
    const n = normalize(t);
    expect(n.encoding).toBe('vni');
    expect(n.text).toContain('Xin chào các bạn, Ủy ban nhân dân tỉnh Bình Phước.');
  });

  // "Hà Nội, ngày 20 tháng 02 năm 2006. ỦY BAN NHÂN DÂN tỉnh Bình Phước quyết định: Điều 1. Người
  // đứng đầu chịu trách nhiệm." encoded with glibc iconv and read back as Latin-1.
  const SENTENCE = 'Hà Nội, ngày 20 tháng 02 năm 2006. ỦY BAN NHÂN DÂN tỉnh Bình Phước quyết định: Điều 1. Người đứng đầu chịu trách nhiệm.';
  const VISCII_BYTES = 'Hà Nµi, ngày 20 tháng 02 nåm 2006. \u009cY BAN NHÂN DÂN tïnh Bình Phß¾c quyªt ð¸nh: Ði«u 1. Ngß¶i ðÑng ð¥u ch¸u trách nhi®m.';
  const CP1258_BYTES = 'Hà Nôòi, ngày 20 tháng 02 nãm 2006. UÒY BAN NHÂN DÂN tiÒnh BiÌnh Phýõìc quyêìt ðiònh: ÐiêÌu 1. NgýõÌi ðýìng ðâÌu chiòu trách nhiêòm.';

  it('decodes VISCII, whose ộ/ế/ị bytes are also TCVN3 signals, as VISCII', () => {
    const n = normalize(`${VISCII_BYTES}\n`.repeat(3));
    expect(n.encoding).toBe('viscii');
    expect(n.text.split('\n')[0]).toBe(SENTENCE);
    // the capital Ủ sits on a C1 control (0x9C); as cp1252 punctuation ("œ") it decodes too
    expect(normalize(`${VISCII_BYTES.replace('\u009c', 'œ')}\n`.repeat(3)).text).toContain('ỦY BAN');
  });

  it('decodes Windows-1258: base letter + tone byte, composed, spans on the bytes', () => {
    const t = `${CP1258_BYTES}\n`.repeat(3);
    const n = normalize(t);
    expect(n.encoding).toBe('cp1258');
    expect(n.text.split('\n')[0]).toBe(SENTENCE);
    const at = n.text.indexOf('Phước');
    expect(t.slice(n.map.toOriginal(at), n.map.toOriginal(at + 'Phước'.length))).toBe('Phýõìc');
  });

  it('a mixed file: a TCVN3 header over a Unicode body decodes the header and keeps the body', () => {
    const body = 'Thực hiện Chương trình số 104-CTr/TU, Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành rà soát ưu đãi đầu tư.\n';
    const t = `ñy ban nh©n d©n\tcéng hoµ x· héi chñ nghÜa viÖt nam\ntØnh lµo cai\t§éc lËp - Tù do - H¹nh phóc\nSè: 12/UBND-KT\tLµo Cai, ngµy 20 th¸ng 02 n¨m 2024\n${body.repeat(8)}`;
    const n = normalize(t);
    expect(n.encoding).toBe('tcvn3');
    expect(n.text).toContain('Lào Cai, ngày 20 tháng 02 năm 2024');
    expect(n.text.split('\n')[0]).toBe('ủy ban nhân dân    cộng hoà xã hội chủ nghĩa việt nam');
    expect(n.text).toContain(body.trim());
  });

  it('does not decode Unicode text whose đ came out as the look-alike ð (OCR, some fonts)', () => {
    const t = `${SENTENCE.replace(/đ/g, 'ð').replace(/Đ/g, 'Ð')}\n`.repeat(3);
    const n = normalize(t);
    expect(n.encoding).toBeNull();
    expect(n.text.split('\n')[0]).toBe(SENTENCE);
  });

  it('leaves ordinary Unicode Vietnamese alone', () => {
    const t = 'Hà Nội, ngày 05 tháng 01 năm 2020. Ủy ban nhân dân tỉnh Hòa Bình.';
    const n = normalize(t);
    expect(n.encoding).toBeNull();
    expect(n.text).toBe(t);
    expect(n.map.segments).toBe(1);
  });
});

describe("the Official Gazette's furniture", () => {
  it('goes: the running head on each page, and the section and group of issuers over the first text', () => {
    const text = 'CÔNG BÁO/Số 807 + 808/Ngày 24-6-2025\n\n3\n\nVĂN BẢN QUY PHẠM PHÁP LUẬT\nCHỦ TỊCH NƯỚC - QUỐC HỘI\nCHỦ TỊCH NƯỚC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 07/2025/L-CTN\n\nCÔNG BÁO/Số 807 + 808/Ngày 24-6-2025\nLỆNH\n';
    const n = normalize(text);
    expect(n.text).not.toMatch(/CÔNG BÁO|VĂN BẢN QUY PHẠM|QUỐC HỘI/);
    expect(n.text).toMatch(/^\s*(?:3\s*)?CHỦ TỊCH NƯỚC\n/);
    expect(n.notes.map((x) => x.code)).toContain('GAZETTE_FURNITURE_REMOVED');
    // the same words in a document that is no gazette print stay
    expect(normalize('VĂN BẢN QUY PHẠM PHÁP LUẬT\nCHỦ TỊCH NƯỚC - QUỐC HỘI\n').text).toContain('QUỐC HỘI');
  });
});

describe('matchKey', () => {
  it('treats tone placement and case alike, but not different words', () => {
    expect(matchKey('Uỷ ban HOÀ BÌNH')).toBe(matchKey('ủy ban hòa bình'));
    expect(matchKey('quý')).toBe('quý');
    expect(matchKey('ngày')).not.toBe(matchKey('ngay'));
  });
});

describe('what a converter and a markdown export leave', () => {
  it('a bracketed note wrapped over lines goes; a line of stars alone goes; the place and date under a long cell keep their line', () => {
    const n = normalize('[OCR] [Bản trích chữ tự động bằng tesseract tiếng Việt từ bản quét KL-75.pdf — 12 trang. Có thể sai\nsố, ngày, dấu; đối chiếu bản gốc.]\n\nBAN CHẤP HÀNH TRUNG ƯƠNG\n');
    expect(n.text.trim()).toBe('BAN CHẤP HÀNH TRUNG ƯƠNG');
    expect(normalize('Số: 683/BTC-CST\n* *\nKính gửi: Công ty A.\n').text).not.toContain('*');
    // (a markdown row's cells made lines, over a body hard-wrapped at 72 columns)
    const wrapped = [
      '| BỘ TÀI CHÍNH -------  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |',
      '| --- | --- |',
      '| Số: 683/BTC-CST *V/v chính sách thuế giá trị gia tăng đối với giao dịch chuyển nhượng tín chỉ các-bon VERs* | *Hà Nội, ngày 19 tháng 01 năm 2026* |',
      '* *',
      'Kính gửi: Công ty cổ phần năng lượng tái tạo BIM.',
      'Bộ Tài chính nhận được Công văn số 44/2025/BNT ngày 17/9/2025 của Công',
      'ty cổ phần năng lượng tái tạo BIM (Công ty) về chính sách thuế giá trị',
      'gia tăng (GTGT) đối với giao dịch chuyển nhượng tín chỉ các-bon VERs. Về',
      'vấn đề này. Bộ Tài chính có ý kiến như sau:',
      '1. Chính sách thuế GTGT giai đoạn trước ngày 01/7/2025:',
    ].join('\n');
    expect(normalize(wrapped).text).toContain('\nHà Nội, ngày 19 tháng 01 năm 2026\n');
  });
});
