// Header fields on OCR-damaged text: "Số:" read as "$6:", a serial lost to stamp noise, a Party
// number without its hyphen.
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/index.js';
import { extract } from '../pipeline.js';
import { RECEIVED_STAMP } from '../segment/index.js';

const head = (numberLine: string) =>
  `VĂN PHÒNG CHÍNH PHỦ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n        Độc lập - Tự do - Hạnh phúc\n${numberLine}\n\nTHÔNG BÁO\nKết luận của Phó Thủ tướng\n`;

describe('OCR-damaged header', () => {
  it('a stamp\'s letters over the issuer ("TTPT") are no body; the portal\'s stamp read into the subject goes; "thing" is "tháng"', () => {
    const text = [
      'TTPT',
      'VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '————— Độc lập - Tự do - Hạnh phúc',
      'Số: 328/TB-VPCP Hà Nội, ngày 27 thing 6 năm 2025',
      '',
      'THONG BAO',
      'Kết luận của Phó Thủ tướng Chính phủ về chủ trương đầu tư trên địa bàn tỉnh Khánh Hòa (Khu đô thị Tu Bông',
      'CONG THONG TIN ĐIỆN TU CHÍNH PHỦ và Khu đô thị Đầm Môn)',
      '',
      'Ngày 27 tháng 6 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng đã chủ trì cuộc họp.',
    ].join('\n');
    const r = extract(text);
    expect(r.issuer).toMatchObject({ name: 'VĂN PHÒNG CHÍNH PHỦ', parent: null });
    expect(r.date).toMatchObject({ year: 2025, month: 6, day: 27 });
    expect(r.subject).toBe('Kết luận của Phó Thủ tướng Chính phủ về chủ trương đầu tư trên địa bàn tỉnh Khánh Hòa (Khu đô thị Tu Bông và Khu đô thị Đầm Môn)');
    expect(r.warnings.map((w) => w.code)).toContain('SIGNATURE_STAMP_REMOVED');
    // a known abbreviation alone on its line is a body
    expect(extract('UBND\nTỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/UBND-VP Lào Cai, ngày 02 tháng 3 năm 2025\n\nKính gửi: Sở Tài chính\n').issuer?.name).toMatch(/UBND/);
  });
  it('"Số: 6l /2023/QD-UBND" is 61; "tháng.Ì2" is December; a rule of underscores under the subject is no part of it', () => {
    const r = extract('ỦY BAN NHÂN DÂN CONG HÒA XÃ HOI CHỦ NGHĨA VIỆT NAM\n\nTỈNH HÀ NAM Độc lập - Tự do - Hạnh phúc\nSố: 6l /2023/QD-UBND Hà Nam, ngayed tháng.Ì2 năm 2023\nQUYẾT ĐỊNH\n\nV/v triển khai Nghị quyết số 04/2023/NQ-HĐND\n_______________________\n\nỦY BAN NHÂN DÂN TỈNH HÀ NAM\n');
    expect(r.number?.value).toBe('61/2023/QD-UBND');
    expect(r.date).toMatchObject({ year: 2023, month: 12, day: null });
    expect(r.subject).toBe('triển khai Nghị quyết số 04/2023/NQ-HĐND');
  });
  it('OCR\'s "Kế hoạch. số 02- KH/BCDTW … cua Ban …": the stray stop and the unmarked "của" do not cut the citation from its verb and issuer', () => {
    const r = extract(`${head('Số: 334/TB-VPCP Hà Nội, ngày 28 tháng 6 năm 2025')}\nThực hiện Kế hoạch. số 02- KH/BCDTW ngày 19 thang 6 nam 2025 cua\nBan Chi dao Trung ương về phát triển khoa học, công nghệ, Thủ tướng yêu cầu các bộ triển khai.\n`);
    expect(r.citations[0]).toMatchObject({ number: { value: '02-KH/BCDTW' }, relation: 'implements', issuer: 'Ban Chi dao Trung ương', date: { iso: '2025-06-19' } });
  });
  it('reads "$6:334 /TB-VPCP" as number 334/TB-VPCP', () => {
    expect(extract(head('$6:334 /TB-VPCP Hà Nội, ngày 28 tháng 6 năm 2025')).number?.value).toBe('334/TB-VPCP');
    // "Số" read as "86", before a joint circular's long symbol and a rule OCR drew as underscores
    const r = extract(head('86:04 /2025/TTLT-BCA-VKSNDTC-TANDTC___ Hà Nội, ngày 27 tháng 6 năm 2025'));
    expect(r.number?.value).toBe('04/2025/TTLT-BCA-VKSNDTC-TANDTC');
    expect(r.citations.map((c) => c.number?.value)).not.toContain('04/2025/TTLT-BCA-VKSNDTC-TANDTC');
  });
  it('keeps the symbol of "Số: ¿22#/C T-CS Hà Nội" without eating the place', () => {
    const r = extract(head('Số: ¿22#/C T-CS Hà Nội, ngày 2# tháng 7 năm 2025'));
    expect(r.number?.value).toBe('/CT-CS');
    expect(r.number?.serial).toBeNull();
    expect(r.place).toBe('Hà Nội');
    expect(r.date).toMatchObject({ year: 2025, month: 7, day: null });
    expect(r.warnings.map((w) => w.code)).toContain('NUMBER_DAMAGED');
  });
  it('a scan of a letter: the converter\'s tags and page markers go, the lower-case "số:" line stands alone, a damaged "Kính gửi:" still opens the addressees', () => {
    const scan = [
      '[OCR] [Bản trích chữ tự động bằng tesseract tiếng Việt từ bản quét — 2 trang. Có thể sai số.]',
      '',
      '===== Trang 1 =====',
      'BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '—— Độc lập - Tự do - Hạnh phúc',
      '',
      'số: 34ÚŸ  mCT-KHCN Hà Nội, ngày/Í0. tháng ƒnăm 2018',
      '',
      'š',
      'lÿ đi MyKnh gửi: Sở Công Thương các tỉnh/thành phố',
      '',
      'Ngày 02 tháng 02 năm 2018, Chính phủ đã ban hành Nghị định số 15/2018/NĐ-',
      '1 AVỨCP quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm.',
      '',
      '===== Trang 2 =====',
      '1. Cơ sở sản xuất thực phẩm nhỏ lẻ',
      'Khoản 10 Điều 3 Nghị định số 15/2018/NĐ-CP quy định cơ sở kinh doanh nhỏ lẻ.',
      'Thông tư số 57/2015/TT-BCT ngày 31 tháng 12 năm 2015 của Bộ Công',
      'Thương không còn hiệu lực.',
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, KHCN.',
    ].join('\n');
    const r = extract(scan);
    expect(r.type?.code).toBe('CV');
    expect(r.place).toBe('Hà Nội');
    expect(r.date).toMatchObject({ year: 2018, month: null, day: null });
    expect(r.recipients.map((x) => x.name)).toEqual(['Sở Công Thương các tỉnh/thành phố']);
    // the number cut at its line's "-" is the one cited whole later, not an instrument of its own
    expect(r.citations.map((c) => [c.number?.value, c.issuer])).toEqual([
      ['15/2018/NĐ-CP', 'Chính phủ'],
      ['57/2015/TT-BCT', 'Bộ Công Thương'],
    ]);
    expect(r.citations[0]!.mentions).toHaveLength(2);
    // the page marker is no trailer: the text after it is read
    expect(r.distribution.map((d) => d.name)).toEqual(['Như trên']);
  });
  it('a digital signature stamp above the header is dropped; a header line two letters from a known central body is that body', () => {
    const r = extract('===== Trang 1 =====\nBẠN CHẬP HÀNH TRUNG ƯƠNG ĐẢNG\nBẠN CHÁP HÀNH TRÙNG ƯƠNG ĐẢNG.\n28-07-2026 09:58:36 +07:00\n\nBAN CHẮÁP HÀNH TRUNGƯƠNG ĐÁNG CỘNG SẢN VIỆT NAM\n*+\n\nSố 75-KL/TW Hà Nội, ngày 28 tháng 7 năm 2026\n\nKẾT LUẬN\nvề bảo vệ môi trường\n');
    expect(r.issuer).toMatchObject({ name: 'BAN CHẤP HÀNH TRUNG ƯƠNG', parent: null });
    expect(r.number?.value).toBe('75-KL/TW');
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['SIGNATURE_STAMP_REMOVED', 'ISSUER_REPAIRED']));
    // a Sở is not its ministry, two letters away: names are repaired only with their head word
    expect(extract('UBND TỈNH LÀO CAI    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG    Độc lập - Tự do - Hạnh phúc\nSố: 12/SCT-KT\nV/v thử\n').issuer?.name).toBe('SỞ CÔNG THƯƠNG');
  });
  it('a scan that lost the column gap: the place and date read into the subject\'s line belong to the date line', () => {
    const r = extract('CÔNG TY TNHH ĐẠI ĐỒNG TIẾN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập — Tự do - Hạnh Phúc\n\nSố: 28/CV-ĐĐT :\nV/v lấn chiếm, sử dụng trái phép đất Đồng Khê, ngày 04 tháng 8 năm 2026\nhoạt động khoáng sản\n\nKính gửi: Ủy ban nhân dân tỉnh Lào Cai.\n');
    expect(r.place).toBe('Đồng Khê');
    expect(r.date?.iso).toBe('2026-08-04');
    expect(r.subject).toBe('lấn chiếm, sử dụng trái phép đất hoạt động khoáng sản');
  });
  it('reads a Party number that lost its hyphen only with a known type code', () => {
    const party = (n: string) => extract(`BAN CHẤP HÀNH TRUNG ƯƠNG    ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố ${n}    Hà Nội, ngày 04 tháng 7 năm 2025\n\nKẾT LUẬN\n`).number?.value ?? null;
    expect(party('176KL/TW')).toBe('176-KL/TW');
    expect(party('176-KL/TW')).toBe('176-KL/TW');
  });
  it('a Party scan: a speck line above "Số" stays apart, "176KL /TW", a title with a doubled mark, a seal over the signature', () => {
    const scan = [
      'BAN CHẮP HÀNH TRUNG ƯƠNG.\tĐẢNG CỘNG SẲN VIỆT NAM',
      'L',
      'Số 52KL /TW\tHà Nội, ngày 14 tháng 3 năm 2026',
      '',
      'La\tKẾÉTLUẬN\tÔÔ',
      'CUA BAN BÍ THƯ',
      'về công tác dân vận trong tình hình mới',
      '',
      'Ban Bí thư kết luận như sau:',
      '1. Các tỉnh uỷ, thành uỷ tăng cường lãnh đạo công tác dân vận.',
      '',
      'Nơi nhận:\tT/M BAN BÍ THƯ',
      '- Các tỉnh uỷ, thành uỷ,\t4 ˆ SẲN',
      '- Các ban đảng Trung ương,\tvờ;\tAI',
      '- Lưu Văn phòng Trung ương Đảng.\trần Minh Khôi.',
    ].join('\n');
    const r = extract(scan);
    expect(r.number?.value).toBe('52-KL/TW');
    expect(r.type?.code).toBe('KL');
    expect(r.issuer?.name).toBe('BAN CHẮP HÀNH TRUNG ƯƠNG');
    expect(r.subject).toBe('về công tác dân vận trong tình hình mới');
    expect(r.warnings.map((w) => w.code)).toContain('TITLE_REPAIRED');
    // the family name's first letter lost at the seal's edge: "ần" ends no family name but Trần
    expect(r.signers.map((x) => [x.authority, x.onBehalfOf, x.title, x.name])).toEqual([['TM', 'Ban Bí thư', null, 'Trần Minh Khôi']]);
    // what the scan read of the seal beside the list is no part of an item
    expect(r.distribution.map((d) => d.name)).toEqual(['Các tỉnh uỷ, thành uỷ', 'Các ban đảng Trung ương']);
  });
  it('a damaged "T/M" before a body that signs as a collective; a KT. block whose deputy lost "PHÓ"', () => {
    const closing = (sig: string[]) =>
      extract(['ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH BẮC NINH    Độc lập - Tự do - Hạnh phúc', 'Số: 12/UBND-KT    Bắc Ninh, ngày 3 tháng 4 năm 2026', 'V/v thử', '', 'Kính gửi: Sở Tài chính.', '', 'Nội dung./.', '', ...sig].join('\n')).signers;
    expect(closing(['Nơi nhận:\t.ø=L4M BAN BÍ THƯ', '- Như trên;\tNguyễn Văn An']).map((x) => [x.authority, x.onBehalfOf, x.name])).toEqual([['TM', 'Ban Bí thư', 'Nguyễn Văn An']]);
    // (not before any other words: "L4M TRƯỞNG PHÒNG" is no authority)
    expect(closing(['Nơi nhận:\t.ø=L4M TRƯỞNG PHÒNG', '- Như trên;\tNguyễn Văn An']).map((x) => x.authority)).toEqual([null]);
    expect(closing(['Nơi nhận:\tKT. CHỦ TỊCH', '- Như trên;\tX9 CHỦ TỊCH', '- Lưu: VT.\t', '\tLê Văn Bình']).map((x) => [x.authority, x.title, x.name])).toEqual([['KT', 'Phó Chủ tịch', 'Lê Văn Bình']]);
    expect(closing(['Nơi nhận:\tKT. BỘ TRƯỞNG', '- Như trên;\tBỘ TRƯỞNG', '\tLê Văn Bình']).map((x) => x.title)).toEqual(['Thứ trưởng']);
  });
  it('a stamp read as one row of cells above the header; "sô" for "số"; "Nơi nhận" damaged', () => {
    const r = extract([
      "V G P'. ký: CỔNG THÔNG TIN ĐIỆN TỬ",
      '.\tEmail abc(@example.vn',
      'EXAMPLE.VN\t|\t1T]Ñ\tƠI glan ky:\t:Thời sian kýt 12.03.2026 10:21:05 107:00\t.',
      'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '\tĐộc lập - Tự do - Hạnh phúc',
      'Sô: 88/BTC-CST\tHà Nội, ngày 11 tháng 3 năm 2026',
      'V/v thuế',
      '',
      'Kính gửi: Cục Thuế.',
      '',
      'Thực hiện Chỉ thị sô 05/CT-TTg ngày 02 tháng 01 năm 2026 của Thủ tướng Chính phủ về thuế./.',
      '',
      '-.. WVơinhận:\tKT. BỘ TRƯỞNG',
      '- Như trên;\tTHỨ TRƯỞNG',
      '- Lưu: VT.\tLê Văn Bình',
    ].join('\n'));
    expect(r.warnings.map((w) => w.code)).toContain('SIGNATURE_STAMP_REMOVED');
    expect(r.issuer?.name).toBe('BỘ TÀI CHÍNH');
    expect(r.number?.value).toBe('88/BTC-CST');
    expect(r.citations.map((c) => c.number?.value)).toEqual(['05/CT-TTg']);
    expect(r.distribution.map((d) => d.name)).toEqual(['Như trên']);
    expect(r.archive?.units).toEqual(['VT']);
    expect(r.signers.map((x) => [x.authority, x.title, x.name])).toEqual([['KT', 'Thứ trưởng', 'Lê Văn Bình']]);
    // "sô" stays where no number follows, and inside a word
    expect(normalize('Chỉ thị sô 05/CT-TTg; mua sô cô la; Sô: 12; Kusô 5').text).toBe('Chỉ thị số 05/CT-TTg; mua sô cô la; Số: 12; Kusô 5');
  });
  it('a scanned Công điện: "điên:" after a sender with a stray full stop, a "received" stamp and marks among the addressees, "2.Bộ" without its space', () => {
    const r = extract([
      'THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 41/CĐ-TTg\tHà Nội, ngày 9 tháng 5 năm 2026',
      'CÔNG ĐIỆN',
      'Về phòng chống lũ',
      '. G...C...\tTHỦ TƯỚNG. CHÍNH PHỦ điên:\t.',
      'ĐẾN Ngày. 10/5......|\t:\tmm',
      '_\t- Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Công an;',
      '- Chủ tịch Ủy ban nhân dân các tỉnh miền Trung.',
      '',
      'Để chủ động ứng phó, Thủ tướng Chính phủ yêu cầu:',
      '1. Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo sơ tán dân ra khỏi vùng nguy hiểm',
      '- bảo đảm an toàn tính mạng',
      '2.Bộ Công an chỉ đạo lực lượng hỗ trợ người dân.',
      '3. Bộ Nông nghiệp và Môi trường theo dõi diễn biến mưa lũ./.',
    ].join('\n'));
    expect(r.recipients.map((x) => x.name)).toEqual(['Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Công an', 'Chủ tịch Ủy ban nhân dân các tỉnh miền Trung']);
    expect(r.tasks.map((t) => [t.section, t.assignees.map((a) => a.name)])).toEqual([
      ['1', ['Chủ tịch Ủy ban nhân dân các tỉnh']],
      ['2', ['Bộ Công an']],
      ['3', ['Bộ Nông nghiệp và Môi trường']],
    ]);
    // the stamp prints "ĐẾN" in capitals; a sentence that opens "Đến ngày" is no stamp
    expect(['ĐẾN Ngày. 10/5', 'CÔNG VĂN ĐẾN Số: 12', 'Đến ngày 10/5, các sở báo cáo'].map((t) => RECEIVED_STAMP.test(t))).toEqual([true, true, false]);
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

describe('a scanned letter: spaced serial, heading cut short, impossible year', () => {
  const t = 'BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI É\nĐộc lập - Tự do - Hạnh phúc\n\nSố:8 5 2 0/BCT-KHCN Hà Nội, ngày 3Ù tháng 4Ä năm 4034\nV/v hướng dẫn thực hiện quy định\n\nKính gửi: UBND tỉnh Bình Định\n\nBộ Công Thương có ý kiến như sau.\n';
  const r = extract(t);
  it('a serial read letter-spaced is joined, and says so', () => {
    expect(r.number?.value).toBe('8520/BCT-KHCN');
    expect(t.slice(r.number!.span.start, r.number!.span.end)).toBe('8 5 2 0/BCT-KHCN');
    expect(r.warnings.map((w) => w.code)).toContain('NUMBER_REPAIRED');
  });
  it('the national heading cut short ("CỘNG HOÀ XÃ HỘI É") is not the issuer\'s', () => {
    expect(r.issuer?.name).toBe('BỘ CÔNG THƯƠNG');
  });
  it('a year no directive bears ("năm 4034") is no year', () => {
    expect(r.date).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('DATE_YEAR_UNREADABLE');
    expect(extract('Căn cứ Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2918 của Chính phủ;').citations[0]!.date).toMatchObject({ year: null, month: 2, day: 2, iso: null });
  });
});
