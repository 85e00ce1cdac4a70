// Issuing body (ô 2): the header block above the number, or inferred from the body.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

describe('issuer', () => {
  it('splits the header block into parent and issuer', () => {
    const r = extract('BỘ CÔNG THƯƠNG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC HÓA CHẤT              Độc lập - Tự do - Hạnh phúc\nSố: 813/HC-CNHC           Hà Nội, ngày 22 tháng 4 năm 2026\nV/v trao đổi về hóa chất\n\nKính gửi: Cục Hải quan.\n');
    expect([r.issuer?.name, r.issuer?.parent]).toEqual(['CỤC HÓA CHẤT', 'BỘ CÔNG THƯƠNG']);
  });
  it('with no number line, the place-date under the name ends it: a title the types do not hold ("THƯ NGỎ") is no part of it', () => {
    const r = extract('UỶ BAN NHÂN DÂN HUYỆN MAI CHÂU\n\nMai Châu, ngày 19 tháng 12 năm 2019\n\nTHƯ NGỎ\n\nVận động hỗ trợ kinh phí\n\nỦy ban nhân dân huyện kêu gọi các doanh nghiệp.\n');
    expect([r.issuer?.name, r.date?.iso]).toEqual(['UỶ BAN NHÂN DÂN HUYỆN MAI CHÂU', '2019-12-19']);
    // beside a number the date closes nothing: the name's lines above it are whole
    const n = extract('BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT\nSố: 813/HC-CNHC\nHà Nội, ngày 22 tháng 4 năm 2026\nV/v trao đổi\n\nKính gửi: Cục Hải quan.\n');
    expect([n.issuer?.name, n.issuer?.parent]).toEqual(['CỤC HÓA CHẤT', 'BỘ CÔNG THƯƠNG']);
  });
  it('a head alone on its line that names no body ends the name above ("SỞ NÔNG NGHIỆP VÀ MÔI" / "TRƯỜNG"); "VĂN PHÒNG" alone is a body', () => {
    const head = (left2: string, left3: string) =>
      extract(`UBND TỈNH LÀO CAI              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${left2}          Độc lập - Tự do - Hạnh phúc\n${left3}\nSố: 12/SNNMT-KS                Lào Cai, ngày 5 tháng 8 năm 2025\nV/v thử\n\nKính gửi: Sở X.\n`).issuer;
    const r = head('SỞ NÔNG NGHIỆP VÀ MÔI', 'TRƯỜNG');
    expect([r?.name, r?.parent]).toEqual(['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'UBND TỈNH LÀO CAI']);
    const v = extract('TỈNH ỦY LÀO CAI              ĐẢNG CỘNG SẢN VIỆT NAM\nVĂN PHÒNG\n*\nSố 12-CV/VPTU                Lào Cai, ngày 5 tháng 8 năm 2025\nV/v thử\n\nKính gửi: Sở X.\n').issuer;
    expect([v?.name, v?.parent]).toEqual(['VĂN PHÒNG', 'TỈNH ỦY LÀO CAI']);
  });
  it('a known body whose capitals a scan lost in part ("Quoc HỘI") is read in capitals', () => {
    const r = extract('Quoc HỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập — Tự do - Hạnh phúc\n\nNghị quyết số:215/2025/QH15\n\nNGHỊ QUYẾT\n\nPhê chuẩn đề nghị\n');
    expect([r.issuer?.name, r.number?.value]).toEqual(['QUỐC HỘI', '215/2025/QH15']);
  });
  it('a known central body whose marks a scan lost every one of is read with them; a name with some marks stays as written', () => {
    const head = (issuer: string) => extract(`${issuer} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nLuật số: 97/2025/QH15\n\nLUẬT\nSửa đổi\n`);
    const r = head('QUOC HOI');
    expect(r.issuer?.name).toBe('QUỐC HỘI');
    expect(r.warnings.map((w) => w.code)).toContain('ISSUER_REPAIRED');
    expect(head('QUỐC HOI').issuer?.name).toBe('QUỐC HOI');
  });
  it('a name whose first letter a web copy lost ("Y BAN NHÂN DÂN") gets it back; a short head is not guessed', () => {
    const head = (issuer: string) => extract(`${issuer}\nTỈNH KON TUM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 2516/KH-UBND\n\nKon Tum, ngày 03 tháng 10 năm 2014\n\nKẾ HOẠCH\nTriển khai\n`);
    const r = head('Y BAN NHÂN DÂN');
    expect(r.issuer?.name).toBe('ỦY BAN NHÂN DÂN TỈNH KON TUM');
    expect(r.warnings.map((w) => w.code)).toContain('ISSUER_REPAIRED');
    expect(head('ỦY BAN NHÂN DÂN').issuer?.name).toBe('ỦY BAN NHÂN DÂN TỈNH KON TUM');
    expect(head('Ở TÀI CHÍNH').issuer?.name).toBe('Ở TÀI CHÍNH TỈNH KON TUM');
  });
  it('drops the marks a scan left after a header line or between its words', () => {
    const r = extract('BAN CHẤP HÀNH TRUNG ƯƠNG    ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHỈ ĐẠO TRUNG ƯƠNG — - :\nĐỔI MỚI SÁNG TẠO \\ VÀ CHUYỂN ĐỔI SỐ\nSố 03-QC/BCĐTW    Hà Nội, ngày 23 tháng 6 năm 2025\n\nQUY CHẾ\ntiếp nhận, xử lý phản ánh\n');
    expect(r.issuer?.name).toBe('BAN CHỈ ĐẠO TRUNG ƯƠNG ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ');
    expect(extract('BỘ GIÁO DỤC VÀ ĐÀO TẠO _ CỘNG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 884 /BC-BGDĐT Hà Nội, ngày27 tháng06 năm 2025\n\nBÁO CÁO\nTình hình\n').issuer?.name).toBe('BỘ GIÁO DỤC VÀ ĐÀO TẠO');
    // (a dash inside a name stays: "LAO ĐỘNG - THƯƠNG BINH")
    expect(extract('BỘ LAO ĐỘNG - THƯƠNG BINH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVÀ XÃ HỘI    Độc lập - Tự do - Hạnh phúc\nSố: 284/LĐTBXH-NCC    Hà Nội, ngày 25 tháng 01 năm 2011\n').issuer?.name).toBe('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI');
  });
  it('a joint document names every issuer: side by side, or joined by a dash; a single one has no list', () => {
    const side = extract(
      ['ỦY BAN MTTQ VIỆT NAM                    ỦY BAN NHÂN DÂN', 'TỈNH BẮC GIANG                             TỈNH BẮC GIANG', 'BAN THƯỜNG TRỰC', '                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '                         Độc lập - Tự do - Hạnh phúc', '', 'Số: 15/KHLT-MTTQ-UBND                  Bắc Giang, ngày 20 tháng 3 năm 2025', '', 'KẾ HOẠCH LIÊN TỊCH', 'Phối hợp tổ chức Cuộc vận động năm 2025', ''].join('\n'),
    );
    expect([side.issuer?.name, side.issuer?.joint?.map((j) => [j.name, j.parent])]).toEqual([
      'BAN THƯỜNG TRỰC',
      [['BAN THƯỜNG TRỰC', 'ỦY BAN MTTQ VIỆT NAM TỈNH BẮC GIANG'], ['ỦY BAN NHÂN DÂN TỈNH BẮC GIANG', null]],
    ]);
    const text = 'BAN TỔ CHỨC TỈNH ỦY - SỞ NỘI VỤ\nTỈNH QUẢNG NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 03/HDLT-BTCTU-SNV\nQuảng Nam, ngày 15 tháng 01 năm 2025\n\nHƯỚNG DẪN LIÊN TỊCH\nVề đánh giá cán bộ\n';
    const dash = extract(text);
    expect(dash.number?.typeCode).toBe('HD');
    expect(dash.issuer?.joint?.map((j) => text.slice(j.span.start, j.span.end))).toEqual(['BAN TỔ CHỨC TỈNH ỦY', 'SỞ NỘI VỤ\nTỈNH QUẢNG NAM']);
    // one body with a dash in its name, in a document with one issuer
    const one = extract('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 284/LĐTBXH-NCC\nV/v ưu đãi\nHà Nội, ngày 10 tháng 2 năm 2011\n');
    expect([one.issuer?.name, one.issuer?.joint]).toEqual(['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', undefined]);
  });
  it('a joint document\'s bodies one per line, each after a dash, are one list; no words of the right column get into a body', () => {
    const text = 'BỘ CÔNG AN - BỘ QUỐC PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n- VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO Độc lập - Tự do - Hạnh phúc\n- TÒA ÁN NHÂN DÂN TỐI CAO\nSố: 05/2025/TTLT-BCA-BQP- Hà Nội, ngày 01 tháng 7 năm 2025\n\nVKSNDTC-TANDTC\n\nTHÔNG TƯ LIÊN TỊCH\n\nQuy định về phối hợp\n';
    const r = extract(text);
    expect([r.issuer?.name, r.issuer?.parent]).toEqual(['BỘ CÔNG AN - BỘ QUỐC PHÒNG - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - TÒA ÁN NHÂN DÂN TỐI CAO', null]);
    expect(r.issuer?.joint?.map((j) => j.name)).toEqual(['BỘ CÔNG AN', 'BỘ QUỐC PHÒNG', 'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO', 'TÒA ÁN NHÂN DÂN TỐI CAO']);
    // the symbol goes on two lines below, past the place and date after its dash
    expect([r.number?.value, r.place]).toEqual(['05/2025/TTLT-BCA-BQP-VKSNDTC-TANDTC', 'Hà Nội']);
    expect(text.slice(r.number!.span.start, r.number!.span.end)).toBe('05/2025/TTLT-BCA-BQP- Hà Nội, ngày 01 tháng 7 năm 2025\n\nVKSNDTC-TANDTC');
    // a body's name broken over two lines, the right column between them, is one body
    const two = extract('BO CÔNG AN - VIEN KIEM SÁT NHÂN DAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTOI CAO - TOA AN NHÂN DAN TOI CAO Độc lập - Tự do - Hạnh phúc\n\nSố: 04/2025/TTLT-BCA-VKSNDTC-TANDTC Hà Nội, ngày 20 tháng 6 năm 2025\n\nTHÔNG TƯ LIÊN TỊCH\nQuy định\n');
    expect(two.issuer?.joint?.map((j) => j.name)).toEqual(['BO CÔNG AN', 'VIEN KIEM SÁT NHÂN DAN TOI CAO', 'TOA AN NHÂN DAN TOI CAO']);
    // (in a document of one issuer a dash before a line is no list: the line is a body under the one above)
    const one = extract('TỈNH ỦY LÀO CAI\n- BAN TUYÊN GIÁO\nSố: 12-CV/BTGTU\nLào Cai, ngày 01 tháng 3 năm 2025\n\nKính gửi: Các chi bộ.\n');
    expect([one.issuer?.name, one.issuer?.parent]).toEqual(['- BAN TUYÊN GIÁO', 'TỈNH ỦY LÀO CAI']);
  });
  it('"THƯỜNG TRỰC" over a body\'s name is that body\'s standing committee, one issuer', () => {
    const r = extract('THƯỜNG TRỰC\nHĐND TỈNH HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 06/TB-HĐND\nHòa Bình, ngày 20 tháng 3 năm 2019\n\nTHÔNG BÁO\nKết luận phiên họp\n');
    expect([r.issuer?.name, r.issuer?.parent]).toEqual(['THƯỜNG TRỰC HĐND TỈNH HÒA BÌNH', null]);
  });
  it('a lone word of the header that names no body (a scan\'s reading of a mark) is no issuer', () => {
    const r = extract('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBEN\n| THÔNG TƯ\n\nHướng dẫn chức năng\n\nThông tư số 01/2022/TT-VPCP ngày 02 tháng 5 năm 2022 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ.\n');
    expect(r.issuer).toBeNull();
    expect(extract('UBND\nTỈNH LÀO CAI\nSố: 12/UBND-VX\nLào Cai, ngày 01 tháng 3 năm 2025\n').issuer?.name).toBe('UBND TỈNH LÀO CAI');
  });
  it('a headerless text names its issuer before the verb without the tense word a report puts there ("… vừa ban hành")', () => {
    expect(extract('Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị.\n').issuer?.name).toBe('Ban Thường vụ Tỉnh ủy');
    expect(extract('Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường sự lãnh đạo.\n').issuer?.name).toBe('Ban Thường vụ Tỉnh ủy Yên Bái');
  });
  it('never takes a line of hundreds of capitals for the issuer (garbage, not a body\'s name)', () => {
    const r = extract(`${'A/'.repeat(200)}\n\nThực hiện Kế hoạch số 12-KH/HU, Phòng Văn hóa và Thông tin đề nghị các đơn vị thực hiện.\n`);
    expect(r.issuer?.name).toBe('Phòng Văn hóa và Thông tin');
    expect(r.issuer?.provenance).toBe('inferred');
  });
  it('a page without its header: the closing\'s "X xin thông báo" names the issuer, not its courtesy', () => {
    const r = extract('b) Bổ sung vào dự thảo Quyết định nội dung.\n\nHoàn thiện dự thảo Quyết định.\n\nVăn phòng Chính phủ xin thông báo để Bộ Tài chính và các cơ quan liên\nquan biết, thực hiện./.\n\nNơi nhận:\n- Thủ tướng Chính phủ;\n');
    expect([r.issuer?.name, r.issuer?.provenance]).toEqual(['Văn phòng Chính phủ', 'inferred']);
    // nor is the notice's closing a task of the point above it
    expect(r.tasks).toEqual([]);
  });
  it('never takes the type title of a headerless text; the body then names the issuer', () => {
    const r = extract('CHỈ THỊ\n\nVỀ VIỆC THỰC HIỆN CÔNG TÁC ĐÀO TẠO NGHỀ\n\nĐể làm tốt công tác này, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh:\n\n1. Chỉ đạo các cấp thực hiện.\n');
    expect(r.issuer?.name).toBe('Thủ tướng Chính phủ');
    expect(r.type?.code).toBe('CT');
  });
  it('never takes a label in capitals ("KÍNH GỬI:") of a headerless text for the issuer', () => {
    const r = extract('\nV/v triển khai tuyên truyền Kế hoạch số 12-KH/HU\n\nKÍNH GỬI:\n\n- Trung tâm Văn hóa, Thể thao và Truyền thông;\n- UBND các xã, thị trấn.\n\nThực hiện Kế hoạch số 12-KH/HU, Phòng Văn hóa và Thông tin đề nghị các đơn vị triển khai thực hiện như sau:\n\n1. Tuyên truyền trên các phương tiện.\n');
    expect(r.issuer?.name).toBe('Phòng Văn hóa và Thông tin');
    expect(r.recipients.map((x) => x.name)).toEqual(['Trung tâm Văn hóa, Thể thao và Truyền thông', 'UBND các xã, thị trấn']);
  });
  it('a sub-committee under its committee: "TIỂU BAN" opens a body; a stray mark before the first line is dropped', () => {
    const r = extract('ỦY BAN BẦU CỬ XÃ PHỐ BẢNG \n\nTIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT\n\nSố: 01/KH-TBTTKT\n\nPhố Bảng, ngày 10 tháng 12 năm 2025\n\nKẾ HOẠCH\nTriển khai tuyên truyền\n');
    expect([r.issuer?.name, r.issuer?.parent]).toEqual(['TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT', 'ỦY BAN BẦU CỬ XÃ PHỐ BẢNG']);
    const s = extract('/ỦY BAN MTTQ VIỆT NAM\n\nXÃ LƯƠNG MINH\n\nBAN THƯỜNG TRỰC\n\nSố:      /KH-MTTQ-BTT\n\nLương Minh, ngày    tháng 01 năm 2026\n\nKẾ HOẠCH\nTổ chức hội nghị\n');
    expect([s.issuer?.name, s.issuer?.parent]).toEqual(['BAN THƯỜNG TRỰC', 'ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH']);
    // a speck a scan read as a quote before the first line ("“BỘ CÔNG AN …"), its span starting after it
    const q = extract('“BỘ CÔNG AN\n\nSố: 04/2025/TT-BCA\n\nHà Nội, ngày 2 tháng 6 năm 2025\n\nTHÔNG TƯ\nQuy định về phối hợp\n');
    expect(q.issuer?.name).toBe('BỘ CÔNG AN');
    expect(q.issuer?.span.start).toBe(1);
  });
  it('stops a headerless text\'s search at a section heading however it is marked ("I-", "I/")', () => {
    for (const mark of ['I.', 'I-', 'I/']) {
      const r = extract(`\nV/v tuyên truyền\n\nKính gửi: Các xã.\n\nThực hiện Kế hoạch số 12-KH/HU, Phòng Văn hóa và Thông tin đề nghị như sau:\n\n${mark} NỘI DUNG TUYÊN TRUYỀN\n\n1. Tuyên truyền trên các phương tiện.\n`);
      expect(r.issuer?.name).toBe('Phòng Văn hóa và Thông tin');
    }
  });
  it('a body set up by a decision names it in its name ("ĐOÀN KIỂM TRA / THEO QUYẾT ĐỊNH / SỐ 1050/QĐ-SCT"): that "số" line is no number line', () => {
    const plan = (header: string, numberLine: string) =>
      extract(`${header}    Lào Cai, ngày 10 tháng 3 năm 2026\n${numberLine}KẾ HOẠCH\nKiểm tra việc chấp hành\nThực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương.\n`);
    const wrapped = 'SỞ CÔNG THƯƠNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐOÀN KIỂM TRA    Độc lập - Tự do - Hạnh phúc\nTHEO QUYẾT ĐỊNH\nSỐ 1050/QĐ-SCT';
    let r = plan(wrapped, 'Số: 1105/KH-ĐKT\n');
    expect([r.number?.value, r.issuer?.name, r.issuer?.parent]).toEqual(['1105/KH-ĐKT', 'ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT', 'SỞ CÔNG THƯƠNG']);
    // without its own number line the decision's number is not the plan's
    r = plan(wrapped, '');
    expect([r.number, r.issuer?.name]).toEqual([null, 'ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT']);
    // a working group ("TỔ CÔNG TÁC") is a body of its own under its department
    r = plan('SỞ CÔNG THƯƠNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔ CÔNG TÁC THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT    Độc lập - Tự do - Hạnh phúc\nSố: 1105/KH-TCT', '');
    expect([r.issuer?.name, r.issuer?.parent]).toEqual(['TỔ CÔNG TÁC THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT', 'SỞ CÔNG THƯƠNG']);
  });
});
