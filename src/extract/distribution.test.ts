// Nơi nhận: items, their notes, the archive line; signature text that strayed into the list.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { parseArchive } from './distribution.js';

const doc = (closing: string) =>
  extract(`ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/UBND-VX\nX, ngày 01 tháng 02 năm 2024\n\nKính gửi: Sở Y tế.\n\nĐề nghị Sở Y tế báo cáo kết quả./.\n\n${closing}\n`);
const names = (closing: string) => doc(closing).distribution.map(({ name, note }) => ({ name, note }));

describe('distribution', () => {
  it('an annex after the closing ("Phụ lục 1") ends the list: its table rows are no recipients', () => {
    expect(names('Nơi nhận:\n- Các tỉnh uỷ;\n- Lưu Văn phòng.\n\n\nPhụ lục 1\nCÁC CHỈ TIÊU\nSTT Chỉ tiêu\n+ được quan trắc tự động 100% Bộ Nông nghiệp').map((d) => d.name)).toEqual(['Các tỉnh uỷ']);
  });
  it('a scan that read the signature onto the list: its title after an item\'s comma, two capitals after a ";"', () => {
    expect(names('.Nới nhận: KT. CỤC TRƯỜNG\n\n~ Như trên, LÓ CỤC TRƯỞNG\n- Cục trưởng (để báo cáo); NN\n\n~ PCT. Vương Thành Chung;\n- VP, QLHC;\n\n~ Lưu: VT, CNHC.').map((d) => d.name)).toEqual([
      'Như trên',
      'Cục trưởng',
      'PCT. Vương Thành Chung',
      'VP, QLHC',
    ]);
  });
  it('a scan\'s speck after an item\'s comma ("Phạm Mạnh Cường, .") does not end the item', () => {
    expect(names('Nơi nhận:\n- UBND tỉnh Khánh Hòa;\n- VPCP: BTCN, các PCN: Nguyễn Sỹ Hiệp,\nPhạm Mạnh Cường, .\ncác vụ: TH, NN, PL, NC, QHĐP,\nCông TTĐTCP;\n- Lưu: VT, CN (2b).').map((d) => d.name)).toEqual([
      'UBND tỉnh Khánh Hòa',
      'VPCP: BTCN, các PCN: Nguyễn Sỹ Hiệp, Phạm Mạnh Cường, các vụ: TH, NN, PL, NC, QHĐP, Công TTĐTCP',
    ]);
  });
  it('a grid table\'s rows: the signer\'s name beside an item, the list wrapping on below it in its column', () => {
    const body = 'Điều 1. Thử nghiệm việc sắp xếp các đơn vị hành chính cấp xã.\nĐiều 2. Nghị quyết này có hiệu lực thi hành từ ngày ký.\n\n';
    const grid = [
      '+-------------------------------+:------------------------------------:+',
      '|                               | **TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\\     |',
      '|                               | CHỦ TỊCH\\                            |',
      '| ***Nơi nhận:\\***              | \\                                    |',
      '| - Chính phủ;\\                 | \\                                    |',
      '| - Ủy ban TW Mặt trận Tổ quốc  | \\                                    |',
      '| Việt Nam;\\                    | Trần Thanh Mẫn**                     |',
      '| - Tỉnh ủy, HĐND, UBND, Đoàn   |                                      |',
      '| ĐBQH, Ủy ban MTTQVN tỉnh Lào  |                                      |',
      '| Cai;\\                         |                                      |',
      '| - Lưu: HC, PLTP.              |                                      |',
      '+-------------------------------+--------------------------------------+',
    ].join('\n');
    const r = extract(`ỦY BAN THƯỜNG VỤ QUỐC HỘI    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1673/NQ-UBTVQH15    Hà Nội, ngày 16 tháng 6 năm 2025\n\nNGHỊ QUYẾT\nVỀ VIỆC THỬ\n\n${body}${grid}\n`);
    expect(r.distribution.map((d) => d.name)).toEqual(['Chính phủ', 'Ủy ban TW Mặt trận Tổ quốc Việt Nam', 'Tỉnh ủy, HĐND, UBND, Đoàn ĐBQH, Ủy ban MTTQVN tỉnh Lào Cai']);
    expect(r.archive?.units).toEqual(['HC', 'PLTP']);
    expect(r.signers.map((s) => [s.authority, s.title, s.name])).toEqual([['TM', 'Chủ tịch', 'Trần Thanh Mẫn']]);
  });
  it('takes notes in brackets and unbracketed ones that end an item', () => {
    expect(names('Nơi nhận:\n- Như trên;\n- CT, PCT UBND tỉnh (để b/c);\n- Phó Giám đốc Nguyễn Văn An để b/c;\n- Sở Tài chính để biết;\n- Lưu: VT, VX.')).toEqual([
      { name: 'Như trên', note: null },
      { name: 'CT, PCT UBND tỉnh', note: 'để b/c' },
      { name: 'Phó Giám đốc Nguyễn Văn An', note: 'để b/c' },
      { name: 'Sở Tài chính', note: 'để biết' },
    ]);
  });
  it('a scan\'s stray mark after an item\'s ";" is no recipient; an OCR\'d "Luu:" is the archive line', () => {
    const r = doc('Nơi nhận:\n- Như trên;\n- Các Bộ, cơ quan ngang bộ; f/\n- UBND các tỉnh;\n- Luu: VT, KSTT (2)');
    expect(r.distribution.map((d) => d.name)).toEqual(['Như trên', 'Các Bộ, cơ quan ngang bộ', 'UBND các tỉnh']);
    expect(r.archive).toMatchObject({ units: ['VT', 'KSTT'], copies: 2 });
    // the archive line does not run on over blank lines into what follows the closing
    const far = doc('Nơi nhận:\n- Các tỉnh uỷ, thành uỷ;\n- Lưu Văn phòng Trung ương Đảng. <Ỹ`\n\n\n\nSa Phụ lục\nCÁC CHỈ TIÊU CHỦ YẾU');
    expect(far.archive?.units[0]).toMatch(/^Văn phòng Trung ương Đảng/);
    expect(far.archive?.raw).not.toMatch(/Phụ lục|CHỈ TIÊU/);
    // units after "Lưu:" separated by ";" stay on the archive line
    const l = doc('Nơi nhận:\n- Như trên;\n- Lưu: VT; CNHC.');
    expect(l.distribution.map((d) => d.name)).toEqual(['Như trên']);
    expect(l.archive?.units).toEqual(['VT', 'CNHC']);
  });
  it('a note set beside several items, cut over their lines, is their note and no recipient', () => {
    expect(names('Nơi nhận:\tTM. BAN THƯỜNG TRỰC\n- Ban TT UBTW MTTQ VN; (Để\tPHÓ CHỦ TỊCH\n- Ban Thường vụ Tỉnh ủy; báo cáo)\tNguyễn Chí Thành\n- UBND tỉnh;\n- Lưu VP.')).toEqual([
      { name: 'Ban TT UBTW MTTQ VN', note: 'Để báo cáo' },
      { name: 'Ban Thường vụ Tỉnh ủy', note: 'Để báo cáo' },
      { name: 'UBND tỉnh', note: null },
    ]);
  });
  it('an item cut at a comma goes on below the signer\'s name, in the list\'s column', () => {
    const closing = ['Nơi nhận:    TM. BAN THƯỜNG TRỰC', '- Ủy ban bầu cử xã;    CHỦ TỊCH', '- Thường trực HĐND xã;    Lan Thị Vân', '- Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng,', 'VP Đảng uỷ;', '- Các tổ chức thành viên;', '- Lưu: MTTQ'].join('\n');
    const r = doc(closing);
    expect(r.distribution.map((d) => d.name)).toEqual(['Ủy ban bầu cử xã', 'Thường trực HĐND xã', 'Uỷ ban Kiểm tra Đảng uỷ, Ban xây dựng Đảng, VP Đảng uỷ', 'Các tổ chức thành viên']);
    expect(r.archive?.units).toEqual(['MTTQ']);
    expect(r.signers).toMatchObject([{ authority: 'TM', onBehalfOf: 'Ban Thường trực', title: 'Chủ tịch', name: 'Lan Thị Vân' }]);
  });
  it('a signature line read onto the label or into a list line belongs to the signature, not the list', () => {
    const r = doc('Nơi nhận: TL. CHỦ TỊCH\n- Như trên;\n- Q. Tân Bình;\n- Lưu: VT.\nNguyễn Văn Bình');
    expect(r.distribution.map((d) => d.name)).toEqual(['Như trên', 'Q. Tân Bình']);
    expect(r.signers).toMatchObject([{ authority: 'TL', onBehalfOf: 'Chủ tịch', name: 'Nguyễn Văn Bình' }]);
    // squeezed after an item: dropped from the list (not yet given to the signature block)
    expect(names('Nơi nhận:\n- Như trên; KT. CHÁNH VĂN PHÒNG\n- Lưu: VT.').map((d) => d.name)).toEqual(['Như trên']);
  });
  it('a Party list\'s item ends in a comma; the title squeezed after it is the signer\'s', () => {
    const r = doc('Nơi nhận: T/M BAN THƯỜNG VỤ\n- Ban Bí thư (để b/c), BÍ THƯ\n- Các đảng ủy trực thuộc Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy.\nNguyễn Anh Tuấn');
    expect(r.distribution.map(({ name, note }) => ({ name, note }))).toEqual([
      { name: 'Ban Bí thư', note: 'để b/c' },
      { name: 'Các đảng ủy trực thuộc Tỉnh ủy', note: null },
    ]);
    expect(r.signers).toMatchObject([{ authority: 'TM', onBehalfOf: 'Ban Thường vụ', title: 'Bí thư', name: 'Nguyễn Anh Tuấn' }]);
    // a lower-case or mixed tail after a comma is the item's own words
    expect(names('Nơi nhận:\n- Sở Y tế, Sở Tài chính;\n- Lưu: VT.').map((d) => d.name)).toEqual(['Sở Y tế, Sở Tài chính']);
  });
  it('a raw OCR of a scanned letter: "Not nhận:", the signature column\'s words after items\' ";", specks, "~ Lưu:"', () => {
    const r = doc(
      [
        'Not nhận: TL. CỤC TRƯỞNG',
        '',
        '- Như trên; os KT. TRƯỞNG BAN BẠN CHÍNH SÁCH, THUE QUOC TE',
        '- PCTr Đặng Ngọc Minh (dé b/c); PHO TR',
        '',
        '- Cục QLCS (BTC);',
        '',
        '- Website CT; Mu ẹ Ì —_',
        '~ Lưu: VT, CS. a :',
        'Cc',
        '',
        'Nguyễn Văn Hùng',
      ].join('\n'),
    );
    expect(r.distribution.map((d) => d.name)).toEqual(['Như trên', 'PCTr Đặng Ngọc Minh', 'Cục QLCS', 'Website CT']);
    expect(r.archive?.units).toEqual(['VT', 'CS']);
    expect(r.signers).toMatchObject([{ authority: 'KT', name: 'Nguyễn Văn Hùng' }]);
    // abbreviations in capitals after a ";" are recipients ("TT.TU; TT. HĐND TP")
    expect(names('Nơi nhận:\n- TT.TU; TT. HĐND TP;\n- Lưu: VT.').map((d) => d.name)).toEqual(['TT.TU', 'TT. HĐND TP']);
  });
  it('"Nơi nhận: BAN BÍ THƯ": the signature column\'s line beside the label is no recipient', () => {
    expect(names('Nơi nhận: BAN BÍ THƯ\n- Các tỉnh uỷ, thành uỷ,\n- Lưu Văn phòng Trung ương Đảng.').map((d) => d.name)).toEqual(['Các tỉnh uỷ, thành uỷ']);
  });
  it('the brackets alone after "Lưu", a list inside, hold its units, no drafter', () => {
    expect(parseArchive('Lưu (VP ; KT&KĐCL).', { start: 0, end: 0 })).toMatchObject({ units: ['VP', 'KT&KĐCL'], drafter: null });
    expect(parseArchive('Lưu: VT (NC).', { start: 0, end: 0 })).toMatchObject({ units: ['VT'], drafter: 'NC' });
  });
  it('a label the scan made unreadable ("Nei M2 h sii"): the "- …;" items over "Lưu:" after the end mark are the list; the authority on the label\'s line is the signature\'s', () => {
    const r = doc('Nei M2 h sii TM. UY BAN NHAN DAN\n- Văn phòng Chính phủ (dé b/c);\n\n- Bộ Tài nguyên và Môi trường (dé b/c); KT. CHỦ TỊCH\n- Cục kiểm tra văn bản quy phạm\n\npháp luật - Bộ Tư pháp;\n- Như Điều 3;\n- Luu: VT, KTon (2).H.Dương\n\nNguyễn Văn An');
    expect(r.distribution.map((d) => d.name)).toEqual(['Văn phòng Chính phủ', 'Bộ Tài nguyên và Môi trường', 'Cục kiểm tra văn bản quy phạm pháp luật - Bộ Tư pháp', 'Như Điều 3']);
    expect(r.archive).toMatchObject({ units: ['VT', 'KTon'], drafter: 'H.Dương', copies: 2 });
    // the drafter past the copies' full stop, with a space ("NN (2). Kh")
    expect(parseArchive('Lưu: VT, NN (2). Kh', { start: 0, end: 0 })).toMatchObject({ units: ['VT', 'NN'], drafter: 'Kh', copies: 2 });
    expect(parseArchive('Lưu: VT, QHQT (2). GT', { start: 0, end: 0 })).toMatchObject({ units: ['VT', 'QHQT'], drafter: 'GT', copies: 2 });
    // the number of copies printed, after the units: no unit
    expect(parseArchive('Lưu: VT (BCA, VKSNDTC, TANDTC), V03 (P2), 100 bản.', { start: 0, end: 0 })).toMatchObject({ units: ['VT (BCA, VKSNDTC, TANDTC)', 'V03 (P2)'], copies: 100 });
    // … or glued to the copies ("NN (2)NXT")
    expect(parseArchive('Lưu: VT, NN (2)NXT.', { start: 0, end: 0 })).toMatchObject({ units: ['VT', 'NN'], drafter: 'NXT', copies: 2 });
    // a scan's signs after the line's full stop are no unit
    expect(parseArchive('Lưu Văn phòng Trung ương Đảng. <Ỹ`.ưF_"', { start: 0, end: 0 })).toMatchObject({ units: ['Văn phòng Trung ương Đảng'] });
    // the signature column read into an item after a run of signs ("==ss„LONG BÌ THỨ") is not the item's
    expect(names('Nơi nhận:\n- Các ban đảng, đảng uỷ ==ss„LONG BÌ THỨ\ntrực thuộc Trung ương;\n- Các tỉnh uỷ, thành uỷ;\n- Lưu Văn phòng Trung ương Đảng.').map((d) => d.name)).toEqual([
      'Các ban đảng, đảng uỷ trực thuộc Trung ương',
      'Các tỉnh uỷ, thành uỷ',
    ]);
    expect(r.signers).toMatchObject([{ authority: 'KT', onBehalfOf: 'Chủ tịch', outer: [{ authority: 'TM', onBehalfOf: 'Ủy ban nhân dân' }], name: 'Nguyễn Văn An' }]);
    // bullets of the body above the end mark are no list, nor bullets over a "Lưu ý:" note
    expect(doc('Đề nghị:\n- Sở Y tế báo cáo;\n- Sở Tài chính bố trí kinh phí./.\n\nGIÁM ĐỐC\nNguyễn Văn An').distribution).toEqual([]);
    expect(doc('Nội dung:\n- Rà soát hồ sơ;\n- Tổng hợp kết quả;\n- Lưu ý: báo cáo đúng hạn').distribution).toEqual([]);
  });
  it('a note after an item\'s ";" ("- Văn phòng Chính phủ; (để báo cáo) - Bộ Y tế; …") is that item\'s; the dash after it opens the next, "Bộ Y tế" included', () => {
    expect(names('Nơi nhận: - Như trên; - Văn phòng Chính phủ; (để báo cáo) - Bộ Y tế; (để phối hợp) - TW Hội CCB; - Lưu: VT, Cục NCC.')).toEqual([
      { name: 'Như trên', note: null },
      { name: 'Văn phòng Chính phủ', note: 'để báo cáo' },
      { name: 'Bộ Y tế', note: 'để phối hợp' },
      { name: 'TW Hội CCB', note: null },
    ]);
  });
  it('a document scanned after the letter (its own header in capitals) ends the letter\'s closing', () => {
    const r = extract('CÔNG TY TNHH ĐẠI ĐỒNG TIẾN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 28/CV-ĐĐT\nĐồng Khê, ngày 04 tháng 8 năm 2026\nV/v lấn chiếm đất\n\nKính gửi: Sở Công Thương\n\nCông ty kính đề nghị các cơ quan chức năng xem xét, giải quyết.\n\nNơi nhận:\n- Như trên;\n- Lãnh đạo Công ty;\n- Lưu: VT.\n\n!G TY `\n3 HẠN\n\nUỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH YÊN BÁI Độc lập - Tự do - Hạnh phúc\nSố: 412/GP-UBND Yên Bái, ngày 24 tháng 4 năm 2012\nĐiều 1. Cho phép Công ty khai thác đá.\nNơi nhận: TM. ỦY BAN NHÂN DÂN TỈNH\n- Công ty TNHH Đại Đồng Tiến; KT. CHỦ TỊCH\n- Lưu: VT, TNMT. PHÓ CHỦ TỊCH\n\nTạ Văn Long\n');
    expect(r.distribution.map((d) => d.name)).toEqual(['Như trên', 'Lãnh đạo Công ty']);
    expect(r.signers.map((x) => x.name)).toEqual([]);
  });
  it('a speck OCR reads as a backtick at an item\'s end is dropped', () => {
    expect(names('Nơi nhận:\n- Các Đảng ủy trực thuộc Tỉnh ủy, `\n- Lãnh đạo Văn phòng Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy.')).toEqual([
      { name: 'Các Đảng ủy trực thuộc Tỉnh ủy', note: null },
      { name: 'Lãnh đạo Văn phòng Tỉnh ủy', note: null },
    ]);
  });
  it('a line after an item\'s ";" with no dash is an item, but not a signature\'s authority line', () => {
    expect(names('Nơi nhận:\n-   Bộ Công thương;\n    Bộ Tài chính;\nKT.TRUONG : H SÁCH, THUE QUOC TE - Phó CTr Dang Ngọc Minh;\n-   Lưu: VT.').map((d) => d.name)).toEqual([
      'Bộ Công thương',
      'Bộ Tài chính',
    ]);
  });
  it('a row of signature blocks read onto one line above the list ("KT. CHÁNH ÁN KT. VIỆN TRƯỞNG …", then "Noi nhận:"): the list is still read', () => {
    const t = [
      'BỘ CÔNG AN - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - TÒA ÁN NHÂN DÂN TỐI CAO',
      'Số: 04/2025/TTLT-BCA-VKSNDTC-TANDTC',
      'THÔNG TƯ LIÊN TỊCH',
      'Quy định về phối hợp',
      'Điều 1. Thông tư liên tịch này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025.',
      'Điều 2. Bộ Công an, Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao chịu trách nhiệm tổ chức thực hiện Thông tư liên tịch này.',
      'KT. CHÁNH ÁN KT. VIỆN TRƯỞNG KT. BỘ TRƯỞNG',
      'TÒA ÁN NHÂN DÂN TỐI CAO. VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO BỘ CÔNG AN',
      '',
      'PHÓ CHÁNH ÁN PHÓ VIỆN TRƯỞNG THỨ TRƯỞNG',
      '',
      'Noi nhận:',
      '- Ủy ban Thường vụ Quốc hội;',
      '~ Văn phòng Quốc hội;',
      '- Lưu: VT (BCA, VKSNDTC, TANDTC), V03 (P2), 100 bản.',
    ].join('\n');
    const r = extract(t);
    expect(r.distribution.map((d) => d.name)).toEqual(['Ủy ban Thường vụ Quốc hội', 'Văn phòng Quốc hội']);
    expect(r.archive).toMatchObject({ units: ['VT (BCA, VKSNDTC, TANDTC)', 'V03 (P2)'], copies: 100 });
  });
  it('brackets left empty for the drafter\'s initials ("QHQT ( )") name no drafter', () => {
    expect(parseArchive('Lưu: VT, QHQT ( ).', { start: 0, end: 0 })).toMatchObject({ units: ['VT', 'QHQT'], drafter: null, copies: null });
  });
});
