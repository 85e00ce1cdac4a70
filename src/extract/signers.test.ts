// Signature blocks: authority, the body signed for, the signer's title and name.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import type { Signer } from '../schema/record.js';
import { sentenceCase } from './sentence-case.js';
import tcvn3 from '../data/tcvn3.json' with { type: 'json' };

/** The four fields the tests compare. */
const pick = (signers: Signer[]) => signers.map(({ authority, onBehalfOf, title, name }) => ({ authority, onBehalfOf, title, name }));
const signersOf = (block: string) =>
  pick(extract(`ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KH-UBND\nX, ngày 01 tháng 02 năm 2024\n\nKẾ HOẠCH\nVề việc thử\n\nI. NỘI DUNG\n1. Sở Tài chính bố trí kinh phí./.\n\n${block}\n`).signers);

describe('signers', () => {
  it('a stacked block keeps the innermost authority and the outer body', () => {
    expect(signersOf('Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\tKT. CHỦ TỊCH\n- Lưu: VT.\tPHÓ CHỦ TỊCH\n\tNguyễn Văn An')).toEqual([
      { authority: 'KT', onBehalfOf: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Văn An' },
    ]);
  });
  it('a block squeezed onto one line with its name set apart by a gap is one signer; two blocks side by side stay two', () => {
    expect(signersOf('KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Nguyễn Cao Lục')).toEqual([
      { authority: 'KT', onBehalfOf: 'Bộ trưởng, Chủ nhiệm', title: 'Phó Chủ nhiệm', name: 'Nguyễn Cao Lục' },
    ]);
    // on its own line, the second office after the comma is no title of the signer's
    expect(signersOf('KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nNguyễn Cao Lục')).toEqual([
      { authority: 'KT', onBehalfOf: 'Bộ trưởng, Chủ nhiệm', title: 'Phó Chủ nhiệm', name: 'Nguyễn Cao Lục' },
    ]);
    expect(signersOf('TM. ỦY BAN NHÂN DÂN                      TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH                                    CHỦ TỊCH\nMai Sơn                                     Nguyễn Văn Lộc').map((x) => x.name)).toEqual(['Mai Sơn', 'Nguyễn Văn Lộc']);
  });
  it('a consolidated text\'s "XÁC THỰC VĂN BẢN HỢP NHẤT" squeezed before its block is no part of it', () => {
    expect(signersOf('Nơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT.\nXÁC THỰC VĂN BẢN HỢP NHẤT KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Bá Hoan')).toEqual([
      { authority: 'KT', onBehalfOf: 'Bộ trưởng', title: 'Thứ trưởng', name: 'Nguyễn Bá Hoan' },
    ]);
  });
  it('three blocks side by side, as a joint circular is signed: each its own signer; the body under "KT. CHÁNH ÁN" is what is signed for', () => {
    const block = [
      'KT. CHÁNH ÁN              KT. VIỆN TRƯỞNG               KT. BỘ TRƯỞNG',
      'TÒA ÁN NHÂN DÂN TỐI CAO      VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO      BỘ CÔNG AN',
      'PHÓ CHÁNH ÁN               PHÓ VIỆN TRƯỞNG               THỨ TRƯỞNG',
      '',
      'Nguyễn Văn An               Trần Văn Bình              Lê Văn Cường',
      '',
      'Nơi nhận:',
      '- Văn phòng Chính phủ;',
      '- Lưu: VT.',
    ].join('\n');
    expect(signersOf(block).map((s) => [s.authority, s.title, s.name])).toEqual([
      ['KT', 'Phó Chánh án', 'Nguyễn Văn An'],
      ['KT', 'Phó Viện trưởng', 'Trần Văn Bình'],
      ['KT', 'Thứ trưởng', 'Lê Văn Cường'],
    ]);
    expect(signersOf(block)[2]!.onBehalfOf).toBe('Bộ trưởng Bộ Công an');
  });
  it('a scan that split the authority\'s line at a gap, its title line lost among a seal\'s marks: one signer, the deputy\'s title', () => {
    expect(signersOf('Nơi nhận:\tTL. CỤC TRƯỞNG\n- Như trên;\tKT. TRƯỞNG BAN\tCHÍNH SÁCH, THUẾ QUỐC TẾ\n- Lưu: VT.\t"1 Ở TRÀ\n\nNguyễn Văn Hùng')).toEqual([
      { authority: 'KT', onBehalfOf: 'Trưởng ban Chính sách, thuế quốc tế', title: 'Phó Trưởng ban', name: 'Nguyễn Văn Hùng' },
    ]);
    // without marks the title is not made up: a KT. block that prints none keeps none
    expect(signersOf('Nơi nhận:\tKT. GIÁM ĐỐC\n- Như trên.\n\tNguyễn Văn Hùng')[0]!.title).toBeNull();
  });
  it('the body after an authority is no name in capitals, even when it opens with a surname ("T/M. ĐOÀN KIỂM TRA")', () => {
    expect(signersOf('T/M. ĐOÀN KIỂM TRA\nTRƯỞNG ĐOÀN\n\nHoàng Văn Thuân')).toEqual([{ authority: 'TM', onBehalfOf: 'Đoàn kiểm tra', title: 'Trưởng đoàn', name: 'Hoàng Văn Thuân' }]);
  });
  it('"TM. BAN THƯỜNG TRỰC" is the body signed for, not a body plus a title', () => {
    expect(signersOf('Nơi nhận:                 TM. BAN THƯỜNG TRỰC\n- Như trên;                CHỦ TỊCH\n- Lưu: VT.\n                           Lan Thị Vân')).toEqual([
      { authority: 'TM', onBehalfOf: 'Ban Thường trực', title: 'Chủ tịch', name: 'Lan Thị Vân' },
    ]);
  });
  it('a collective body signed for keeps its written form', () => {
    expect(signersOf('Nơi nhận:\tT/M BAN CHẤP HÀNH TRUNG ƯƠNG\n- Như trên;\tTỔNG BÍ THƯ\n- Lưu: VT.\tTô Văn Lâm')).toEqual([
      { authority: 'TM', onBehalfOf: 'Ban Chấp hành Trung ương', title: 'Tổng Bí thư', name: 'Tô Văn Lâm' },
    ]);
    expect(signersOf('Nơi nhận:\tT/M BAN THƯỜNG VỤ\n- Như trên;\tPHÓ BÍ THƯ\n- Lưu: VT.\tNguyễn Hữu Long')[0]?.onBehalfOf).toBe('Ban Thường vụ');
  });
  it('"T.M" and "K.T" are TM and KT, as older blocks write them', () => {
    expect(signersOf('Nơi nhận:\tT.M ỦY BAN NHÂN DÂN\n- Như trên;\tK.T CHỦ TỊCH\n- Lưu: VT.\tPHÓ CHỦ TỊCH\n\tNguyễn Văn An')).toEqual([
      { authority: 'KT', onBehalfOf: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Văn An' },
    ]);
    expect(signersOf('Nơi nhận:\tT.M ỦY BAN NHÂN DÂN\n- Như trên;\tCHỦ TỊCH\n- Lưu: VT.\tNguyễn Văn An')[0]).toMatchObject({ authority: 'TM', onBehalfOf: 'Ủy ban nhân dân' });
  });
  it('"BÍ THƯ THƯỜNG TRỰC" is one title, not "Thường trực" with the office dropped', () => {
    expect(signersOf('Nơi nhận:\tTM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\n- Như trên;\tBÍ THƯ THƯỜNG TRỰC\n- Lưu: VT.\t(đã ký)\n\tPhan Văn Mãi')[0]).toMatchObject({
      authority: 'TM',
      title: 'Bí thư Thường trực',
      name: 'Phan Văn Mãi',
    });
  });
  it('a squeezed line still splits a body from the signer\'s title', () => {
    expect(signersOf('Nơi nhận:\tTM. ỦY BAN NHÂN DÂN CHỦ TỊCH\n- Như trên;\n- Lưu: VT.\tNguyễn Văn Bình')).toEqual([
      { authority: 'TM', onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Nguyễn Văn Bình' },
    ]);
  });
  it('a name run onto the archive item of Nơi nhận (a scan read without its column gap) is the signer', () => {
    const rec = extract('BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 12-KL/TW\nHà Nội, ngày 3 tháng 7 năm 2025\n\nKẾT LUẬN\ncủa Ban Bí thư về việc thử\n\n1. Các tỉnh uỷ thực hiện.\n\nNơi nhận:\n- Các tỉnh uỷ, thành uỷ,\n- Lưu Văn phòng Trung ương Đảng. Trần Văn Tú\n');
    expect(rec.signers.map((s) => s.name)).toEqual(['Trần Văn Tú']);
    expect(rec.archive?.units).toEqual(['Văn phòng Trung ương Đảng']);
    // an archive item that only ends in capitalised words keeps them
    expect(signersOf('Nơi nhận:\n- Như trên;\n- Lưu: VT, Văn Phòng.\n\tPHÓ CHỦ TỊCH\n\tNguyễn Văn An')).toEqual([
      { authority: null, onBehalfOf: null, title: 'Phó Chủ tịch', name: 'Nguyễn Văn An' },
    ]);
  });
  it('a signature line run onto a Nơi nhận item (column gap squeezed to one space) is the signer\'s, not an item', () => {
    const rec = extract('ĐẢNG BỘ TỈNH X\nSố 12-CV/ĐU\nX, ngày 3 tháng 7 năm 2025\n\nV/v thử\n\nKính gửi: Ủy ban nhân dân tỉnh\n\nĐề nghị Ủy ban nhân dân tỉnh thực hiện.\nNơi nhận: T/M BAN THƯỜNG VỤ\n- Như trên (t/h); PHÓ BÍ THƯ\n- Thường trực Tỉnh ủy (để b/c);\n- Lưu Văn phòng Đảng ủy.\n\nNguyễn Hữu Long\n');
    expect(pick(rec.signers)).toEqual([
      { authority: 'TM', onBehalfOf: 'Ban Thường vụ', title: 'Phó Bí thư', name: 'Nguyễn Hữu Long' },
    ]);
    expect(rec.distribution.map((d) => d.name)).toEqual(['Như trên', 'Thường trực Tỉnh ủy']);
  });
  it('an authority whose dot touches the next word ("KT.GIÁM ĐỐC") is still the authority', () => {
    expect(signersOf('Nơi nhận:\tTL. CHỦ TỊCH\n- Như trên;\tKT.GIÁM ĐỐC\n- Lưu: VT.\tPHÓ GIÁM ĐỐC\n\tNguyễn Văn Hùng')).toEqual([
      { authority: 'KT', onBehalfOf: 'Giám đốc', title: 'Phó Giám đốc', name: 'Nguyễn Văn Hùng' },
    ]);
  });
  it('a name printed in capitals, on its own line or at the end of a squeezed block', () => {
    expect(signersOf('Nơi nhận:\tKT. CHỦ TỊCH\n- Như trên;\tPHÓ CHỦ TỊCH\n- Lưu: VT.\n\n\tPHAN TRUNG BÁ')).toEqual([
      { authority: 'KT', onBehalfOf: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'PHAN TRUNG BÁ' },
    ]);
    expect(signersOf('Nơi nhận:\n- Như trên;\n- Lưu: VT.\tKT. BỘ TRƯỞNG THỨ TRƯỞNG BÙI HỒNG LĨNH')).toEqual([
      { authority: 'KT', onBehalfOf: 'Bộ trưởng', title: 'Thứ trưởng', name: 'BÙI HỒNG LĨNH' },
    ]);
    expect(signersOf('Nơi nhận:\n- Như trên;\n- Lưu: VT.\tTHỦ TƯỚNG NGUYỄN TẤN DŨNG')).toEqual([
      { authority: null, onBehalfOf: null, title: 'Thủ tướng', name: 'NGUYỄN TẤN DŨNG' },
    ]);
  });
  it('a title or a body in capitals is no name', async () => {
    const { isPersonName } = await import('../segment/index.js');
    expect(['NGUYỄN VĂN AN', 'PHÙNG QUANG HỘI', 'Trần Cẩm Tú'].map(isPersonName)).toEqual([true, true, true]);
    expect(['PHÓ CHỦ TỊCH', 'ỦY BAN NHÂN DÂN', 'HÀ NỘI', 'VĂN PHÒNG UBND', 'TRẦN', 'NGUYỄN VĂN AN GIÁM ĐỐC SỞ'].map(isPersonName)).toEqual([false, false, false, false, false, false]);
  });
  it('TCVN3 signature lines set in a capitals font (decoded in lower case) are read as capitals', () => {
    // Encoded with the project's own TCVN3 table, so the text is what a .VnTime/.VnTimeH file gives.
    const table = Object.entries(tcvn3.bytes as Record<string, string>);
    const encode = (s: string) => [...s].map((ch) => table.find(([, u]) => u === ch)?.[0] ?? ch).map((h) => (h.length === 2 ? String.fromCharCode(parseInt(h, 16)) : h)).join('');
    const doc = encode(
      'ủy ban nhân dân thành phố cần thơ\nSố: 256/2004/QĐ-UB\nCần Thơ, ngày 14 tháng 12 năm 2004\n\nQUYẾT ĐỊNH\nVề việc ban hành Chương trình cải cách hành chính\n\nĐiều 1. Ban hành kèm theo Quyết định này Chương trình cải cách hành chính năm 2005./.\n\n' +
        '                          kt. chủ tịch ubnd thành phố\n                          phó chủ tịch\n                          (đã ký)\n                          Trần Văn Nam\n',
    );
    expect(pick(extract(doc).signers)).toEqual([
      { authority: 'KT', onBehalfOf: 'Chủ tịch UBND thành phố', title: 'Phó Chủ tịch', name: 'Trần Văn Nam' },
    ]);
  });
  it('reads the header, Nơi nhận and signature of a Word table exported to markdown with "<br>" in its cells', () => {
    const md = '| **UBND TỈNH X**<br>**SỞ Y TẾ**<br>Số: 12/SYT-NVY | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>*X, ngày 12 tháng 8 năm 2025* |\n|---|---|\n';
    const r = extract(`${md}\nKính gửi: Sở Tài chính.\n\nĐề nghị Sở báo cáo./.\n\n| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br>**Nguyễn Thanh Tâm** |\n|---|---|\n`);
    expect([r.number?.value, r.issuer?.name, r.date?.iso, r.distribution.map((d) => d.name), r.archive?.units, r.signers.map((x) => [x.authority, x.title, x.name])]).toEqual([
      '12/SYT-NVY',
      'SỞ Y TẾ',
      '2025-08-12',
      ['Như trên'],
      ['VT'],
      [['KT', 'Phó Giám đốc', 'Nguyễn Thanh Tâm']],
    ]);
    expect(md.slice(r.number!.span.start, r.number!.span.end)).toBe('12/SYT-NVY');
  });
  it('reads names of the Central Highlands peoples: "Y" before an Ê Đê man\'s name, an apostrophe inside a word', () => {
    const doc = (name: string) => `HUYỆN ỦY KRÔNG PẮC\nSố 18-CTr/HU\nKrông Pắc, ngày 10 tháng 6 năm 2024\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết\n\n1. Các chi bộ thực hiện./.\n\nNơi nhận:\n- Lưu Văn phòng Huyện ủy.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n\n${name}\n`;
    for (const name of ['Y Hoăn Niê', "Điểu K'ré", 'Ksor Phước']) expect(extract(doc(name)).signers.map((x) => x.name)).toEqual([name]);
  });
  it('reads two blocks side by side, as a joint plan is signed, each from its own column', () => {
    const block = ['TM. ỦY BAN NHÂN DÂN                         TM. BAN THƯỜNG TRỰC', 'KT. CHỦ TỊCH                                      CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Mai Sơn                                        Nguyễn Văn Lộc'].join('\n');
    const r = extract(`ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KHLT-MTTQ-UBND\nX, ngày 01 tháng 02 năm 2024\n\nKẾ HOẠCH LIÊN TỊCH\nVề việc thử\n\nI. NỘI DUNG\n1. Sở Tài chính bố trí kinh phí./.\n\n${block}\n`);
    expect(pick(r.signers)).toEqual([
      { authority: 'KT', onBehalfOf: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Mai Sơn' },
      { authority: 'TM', onBehalfOf: 'Ban Thường trực', title: 'Chủ tịch', name: 'Nguyễn Văn Lộc' },
    ]);
    expect(r.signers[0]!.outer).toEqual([{ authority: 'TM', onBehalfOf: 'Ủy ban nhân dân' }]);
  });
  it('two blocks one under the other with no blank line: the second block\'s name is still read', () => {
    expect(signersOf('Nơi nhận:\n- Lưu: VT.\n\nKT. GIÁM ĐỐC SỞ NỘI VỤ\nPHÓ GIÁM ĐỐC\nTrần Văn An\nKT. TRƯỞNG BAN TỔ CHỨC TỈNH ỦY\nPHÓ TRƯỞNG BAN\nLê Thị Bình')).toEqual([
      { authority: 'KT', onBehalfOf: 'Giám đốc Sở Nội vụ', title: 'Phó Giám đốc', name: 'Trần Văn An' },
      { authority: 'KT', onBehalfOf: 'Trưởng ban Tổ chức Tỉnh ủy', title: 'Phó Trưởng ban', name: 'Lê Thị Bình' },
    ]);
  });
  it('a title whose marks a scan lost ("PHO CHU TICH") is still the title, not a name', () => {
    expect(signersOf('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHO CHU TICH\n\n\nNguyễn Thị Thanh Hòa')).toEqual([
      { authority: 'KT', onBehalfOf: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Thị Thanh Hòa' },
    ]);
  });
  it('a title in capitals over a body keeps the body\'s capitals: its head, its name, a place after its level', () => {
    const cases: [string, string][] = [
      ['GIÁM ĐỐC SỞ Y TẾ', 'Giám đốc Sở Y tế'],
      ['GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Giám đốc Sở Tài nguyên và Môi trường'],
      ['PHÓ GIÁM ĐỐC SỞ NỘI VỤ TỈNH QUẢNG NINH', 'Phó Giám đốc Sở Nội vụ tỉnh Quảng Ninh'],
      ['CHỦ TỊCH UBND TỈNH LÀO CAI', 'Chủ tịch UBND tỉnh Lào Cai'],
      ['CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', 'Chủ tịch Ủy ban nhân dân thành phố Hà Nội'],
      ['TRƯỞNG BAN TỔ CHỨC TỈNH ỦY', 'Trưởng ban Tổ chức Tỉnh ủy'],
      ['GIÁM ĐỐC CÔNG AN TỈNH', 'Giám đốc Công an tỉnh'],
      ['PHÓ CHỦ TỊCH', 'Phó Chủ tịch'],
      ['BAN THƯỜNG TRỰC', 'Ban Thường trực'],
      // a body named alone is cased as after a title
      ['SỞ Y TẾ', 'Sở Y tế'],
      ['BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Bộ Tài nguyên và Môi trường'],
      ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÀO CAI', 'Sở Nông nghiệp và Môi trường tỉnh Lào Cai'],
      ['ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG', 'Ủy ban nhân dân các xã, phường'],
      // the country's name keeps its capitals
      ['CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam'],
      ['TỔNG CỤC CHÍNH TRỊ QUÂN ĐỘI NHÂN DÂN VIỆT NAM', 'Tổng cục Chính trị Quân đội nhân dân Việt Nam'],
      ['ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    ];
    expect(cases.map(([u]) => sentenceCase(u))).toEqual(cases.map(([, c]) => c));
  });
  it('a title in capitals wrapped onto the next line ("CHỦ TỊCH" / "NƯỚC CỘNG HÒA …") stays over its name', () => {
    const r = extract('CHỦ TỊCH NƯỚC\nSố: 07/2025/L-CTN\nHà Nội, ngày 16 tháng 6 năm 2025\n\nLỆNH\nVề việc công bố Nghị quyết\n\nNAY CÔNG BỐ:\nNghị quyết sửa đổi Hiến pháp đã được Quốc hội thông qua ngày 16 tháng 6 năm 2025./.\nCHỦ TỊCH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nLương Cường\n');
    expect(r.type).toEqual({ code: 'Lệnh', name: 'Lệnh' });
    expect(r.signers).toMatchObject([{ authority: null, name: 'Lương Cường' }]);
    expect(r.signers[0]!.title?.toLowerCase()).toBe('chủ tịch nước cộng hòa xã hội chủ nghĩa việt nam');
  });
  it('a squeezed "TL." block: the head\'s title, then the signer\'s with its body ("TL. BỘ TRƯỞNG CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG")', () => {
    const r = extract('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 895/LĐTBXH-NCC\nHà Nội, ngày 21 tháng 03 năm 2013\n\nKính gửi: Sở Lao động - Thương binh và Xã hội.\n\nĐề nghị Sở thực hiện./.\n\n| Nơi nhận: - Như trên; - Lưu: VT. | TL. BỘ TRƯỞNG CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG Hoàng Công Thái |\n|---|---|\n');
    expect(pick(r.signers)).toEqual([{ authority: 'TL', onBehalfOf: 'Bộ trưởng', title: 'Cục trưởng Cục Người có công', name: 'Hoàng Công Thái' }]);
  });
  it("a short decision's authority line over its Căn cứ is no signature", () => {
    const r = extract('THỦ TƯỚNG CHÍNH PHỦ\nSố: 170/2008/QĐ-TTg\nHà Nội, ngày 18 tháng 12 năm 2008\n\nQUYẾT ĐỊNH\nVề chế độ bảo hiểm y tế\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n\nQUYẾT ĐỊNH\n\nĐiều 1. Các Bộ trưởng chịu trách nhiệm thi hành Quyết định này.\n\nNơi nhận:\tKT. THỦ TƯỚNG\n- Ban Bí thư Trung ương Đảng;\tPHÓ THỦ TƯỚNG\n- Lưu: Văn thư.\tNguyễn Sinh Hùng\n');
    expect(pick(r.signers)).toEqual([{ authority: 'KT', onBehalfOf: 'Thủ tướng', title: 'Phó Thủ tướng', name: 'Nguyễn Sinh Hùng' }]);
    expect(r.tasks.map((t) => t.section)).toEqual(['Điều 1']);
    expect(r.distribution.map((d) => d.name)).toEqual(['Ban Bí thư Trung ương Đảng']);
  });
  it('without a Nơi nhận, the signature under the first end mark, over the regulation the decision issues', () => {
    const r = extract('UỶ BAN NHÂN DÂN TỈNH GIA LAI\nSố: 31/2011/QĐ-UBND\nGia Lai, ngày 10 tháng 11 năm 2011\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy định\n\nĐiều 1. Ban hành kèm theo Quyết định này là Quy định.\n\nĐiều 2. Chánh văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.\n\n|  | TM. UỶ BAN NHÂN DÂN TỈNH CHỦ TỊCH Phạm Thế Dũng |\n|---|---|\n\nQUY ĐỊNH\n\nVề trình tự, thủ tục (Ban hành kèm theo Quyết định số 31/2011/QĐ-UBND)\n\nĐiều 1. Nguyên tắc chung\n\nQuy định này quy định về trình tự.\n\nĐiều 9. Cục Thuế tỉnh báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./.\n');
    expect(pick(r.signers)).toEqual([{ authority: 'TM', onBehalfOf: 'Ủy ban nhân dân tỉnh', title: 'Chủ tịch', name: 'Phạm Thế Dũng' }]);
  });
  it('a name alone with its mark, as the Gazette prints an old text, is the signer', () => {
    expect(pick(extract('| BỘ XÂY DỰNG ******** | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ******** |\n|---|---|\n| Số: 04/2001/TT-BXD | Hà Nội, ngày 20 tháng 8 năm 2001 |\n\nTHÔNG TƯ\n\nCỦA BỘ XÂY DỰNG SỐ 04/2001/TT-BXD NGÀY 20 THÁNG 8 NĂM 2001 HƯỚNG DẪN BỔ SUNG VIỆC HỖ TRỢ NGƯỜI HOẠT ĐỘNG CÁCH MẠNG CẢI THIỆN NHÀ Ở\n\nCăn cứ Quyết định số 20/2000/QĐ-TTg ngày 3 tháng 2 năm 2000 của Thủ tướng Chính phủ về việc hỗ trợ người hoạt động cách mạng cải thiện nhà ở; Sau khi thống nhất ý kiến với Ban tổ chức Trung ương Đảng (Văn bản số 152/CV-TCTW ngày 6/6/2001), Bộ Tài chính (Văn bản số 4773/TC-CSTC ngày 25/5/2001) và được sự đồng ý của Thủ tướng Chính phủ (Văn bản số 710/CP-CN ngày 6/8/2001). Bộ Xây dựng hướng dẫn như sau:\n\n1. Những người đã mua nhà ở trước ngày 5/7/1994 thì Uỷ ban nhân dân cấp tỉnh hỗ trợ theo Thông tư số 5/2000/TT-BXD ngày 27/6/2000 của Bộ Xây dựng và mục 5 Thông tư số 05/2000/TT-BXD.\n\nThông tư này có hiệu lực thi hành kể từ ngày ký.\n\n|  | Nguyễn Mạnh Kiểm (Đã ký) |\n|---|---|\n').signers)).toEqual([{ authority: null, onBehalfOf: null, title: null, name: 'Nguyễn Mạnh Kiểm' }]);
  });
  it("a title alone right under a signer's name is that signer's other post, no second signer", () => {
    const r = extract('SỞ CÔNG THƯƠNG\nĐOÀN KIỂM TRA\nSố: 1105/KH-ĐKT\nLào Cai, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nKiểm tra việc chấp hành\n\n1. Mục tiêu\nĐánh giá toàn diện./.\nNơi nhận:                                         T/M. ĐOÀN KIỂM TRA\n- Giám đốc Sở (để báo cáo);                        TRƯỞNG ĐOÀN\n- Lưu: VT, CN.\n\n                                                     Hoàng Văn Thuân\n                                                     PHÓ GIÁM ĐỐC\n                                                SỞ CÔNG THƯƠNG LÀO CAI\n');
    expect(pick(r.signers)).toEqual([{ authority: 'TM', onBehalfOf: 'Đoàn kiểm tra', title: 'Trưởng đoàn', name: 'Hoàng Văn Thuân' }]);
  });
  it('a committee head signs in the office over his other one ("TRƯỞNG BAN / PHÓ THỦ TƯỚNG"), squeezed or on lines of their own', () => {
    const head = 'BAN CHỈ ĐẠO QUỐC GIA\nSố: 252/KH-BCĐQG1237\nHà Nội, ngày 11 tháng 11 năm 2013\n\nKẾ HOẠCH\nTriển khai thực hiện Quyết định\n\n1. Bộ Quốc phòng chủ trì thực hiện./.\n';
    const squeezed = extract(`${head}\n| Nơi nhận: - Thủ tướng; - Lưu: VT. | TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân |\n|---|---|\n`);
    expect(pick(squeezed.signers)).toEqual([{ authority: null, onBehalfOf: null, title: 'Trưởng ban', name: 'Nguyễn Thiện Nhân' }]);
    const lines = extract(`${head}\nNơi nhận:                              TRƯỞNG BAN\n- Thủ tướng;                            PHÓ THỦ TƯỚNG\n- Lưu: VT.\n\n                                       Nguyễn Thiện Nhân\n`);
    expect(pick(lines.signers)).toEqual([{ authority: null, onBehalfOf: null, title: 'Trưởng ban', name: 'Nguyễn Thiện Nhân' }]);
    // a title's second line, and a deputy under a head whose "KT." was lost, stay as they were
    const cont = extract(`${head}\nNơi nhận:                              PHÓ CHỦ TỊCH\n- Thủ tướng;                            THƯỜNG TRỰC\n- Lưu: VT.\n\n                                       Nguyễn Văn An\n`);
    expect(cont.signers[0]!.title).toBe('Phó Chủ tịch Thường trực');
    const lost = extract(`${head}\n| Nơi nhận: - Thủ tướng; - Lưu: VT. | BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Bình |\n|---|---|\n`);
    expect(lost.signers[0]!.title).toBe('Thứ trưởng');
  });
  it('a sub-committee head signs as Trưởng Tiểu ban; his other post under the name is no second signer', () => {
    expect(signersOf('Nơi nhận:\n- Ủy ban bầu cử xã (Báo cáo);\n- Lưu Ban xây dựng Đảng.\nTM. TIỂU BAN\nTRƯỞNG TIỂU BAN\n\n\nNguyễn Văn Hoàn\nTRƯỞNG BAN XÂY DỰNG ĐẢNG')).toEqual([
      { authority: 'TM', onBehalfOf: 'Tiểu ban', title: 'Trưởng Tiểu ban', name: 'Nguyễn Văn Hoàn' },
    ]);
  });
});

describe('a joint document\'s blocks', () => {
  const joint = [
    'BỘ CÔNG AN                                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ' Số: 24 /HDLN-BCA-BQP-BYT-                          Hà Nội, ngày 25 tháng 6 năm 2026',
    ' ВСТ-ВТC-VKSNDTC-TANDTC',
    '                                HƯỚNG DẪN LIÊN NGÀNH',
    '                      Về việc xử lý hành vi vi phạm liên quan đến N2O',
    '   3. Các Bộ có trách nhiệm chỉ đạo và tổ chức thực hiện Hướng dẫn này./.',
    '                     KT. BỘ TRƯỞNG                                 KT. BỘ TRƯỞNG',
    '                     BỘ QUỐC PHÒNG                                     BỘ CÔNG AN',
    '                      THỨ TRƯỞNG                                   THỨ TRƯỞNG',
    '',
    '           Thượng tướng Nguyễn Văn Gấu                    Thượng tướng Nguyễn Văn Long',
    '',
    '              KT. BỘ TRƯỞNG                  KT. BỘ TRƯỞNG                KT. BỘ TRƯỞNG',
    '                BỘ Y TẾ                     BỘ CÔNG THƯƠNG                 BỘ TÀI CHÍNH',
    '              THỨ TRƯỞNG                     THỨ TRƯỞNG                    THỨ TRƯỞNG',
    '                                                                               tieehs',
    '                                                    ING',
    '          Trần Văn Thuấn                Trương Thanh Hoài             Nguyễn Đức Chi',
    '',
    '                  KT. VIỆN TRƯỞNG                                      KT. CHÁNH ÁN',
    '    VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO                         TÒA ÁN NHÂN DÂN TỐI CAO',
    '                  PHÓ VIỆN TRƯỞNG                                     PHÓ CHÁNH ÁN',
    '              SA',
    '                     Trần Hải Quân                                        Lê Tiến',
    '',
    '      Nơi nhận:',
    '      -   Bộ Công an;',
    '      -   Bộ Y tế;',
    '          Bộ Tài chính;',
    '      -   Lưu: VT (BCA, BQP, BYТ, ВСТ), C04-ВСА.',
  ].join('\n');
  it('stand in rows with columns of their own: each authority over its body, title and name (a rank before it is no part of it), past a seal\'s specks', () => {
    const r = extract(joint);
    expect(pick(r.signers)).toEqual([
      { authority: 'KT', onBehalfOf: 'Bộ trưởng Bộ Quốc phòng', title: 'Thứ trưởng', name: 'Nguyễn Văn Gấu' },
      { authority: 'KT', onBehalfOf: 'Bộ trưởng Bộ Công an', title: 'Thứ trưởng', name: 'Nguyễn Văn Long' },
      { authority: 'KT', onBehalfOf: 'Bộ trưởng Bộ Y tế', title: 'Thứ trưởng', name: 'Trần Văn Thuấn' },
      { authority: 'KT', onBehalfOf: 'Bộ trưởng Bộ Công Thương', title: 'Thứ trưởng', name: 'Trương Thanh Hoài' },
      { authority: 'KT', onBehalfOf: 'Bộ trưởng Bộ Tài chính', title: 'Thứ trưởng', name: 'Nguyễn Đức Chi' },
      { authority: 'KT', onBehalfOf: 'Viện trưởng Viện kiểm sát nhân dân tối cao', title: 'Phó Viện trưởng', name: 'Trần Hải Quân' },
      { authority: 'KT', onBehalfOf: 'Chánh án Tòa án nhân dân tối cao', title: 'Phó Chánh án', name: 'Lê Tiến' },
    ]);
  });
  it('a symbol that goes on at the next line is read whole (its Cyrillic look-alikes as Latin); the list after the blocks is read, an item whose dash was lost included', () => {
    const r = extract(joint);
    expect(r.number?.value).toBe('24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC');
    expect(r.number?.typeCode).toBe('HD');
    expect(r.distribution.map((d) => d.name)).toEqual(['Bộ Công an', 'Bộ Y tế', 'Bộ Tài chính']);
    expect(r.archive?.units).toEqual(['VT (BCA, BQP, BYT, BCT)', 'C04-BCA']);
  });
  it('blocks side by side a scan read onto one line each are one signer each: titles and names split at known titles and family names', () => {
    expect(signersOf('KT. BỘ TRƯỞNG BỘ CÔNG AN KT. VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nTHỨ TRƯỞNG PHÓ VIỆN TRƯỞNG\n\n\nThượng tướng Lê Quốc Hùng Nguyễn Huy Tiến')).toEqual([
      { authority: 'KT', onBehalfOf: 'Bộ trưởng Bộ Công an', title: 'Thứ trưởng', name: 'Lê Quốc Hùng' },
      { authority: 'KT', onBehalfOf: 'Viện trưởng Viện kiểm sát nhân dân tối cao', title: 'Phó Viện trưởng', name: 'Nguyễn Huy Tiến' },
    ]);
    // three blocks, a rank before two of the names, the names' line past what the segmenter took for the block
    expect(signersOf('KT. BỘ TRƯỞNG BỘ CÔNG AN KT. BỘ TRƯỞNG BỘ QUỐC PHÒNG KT. CHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO\nTHỨ TRƯỞNG THỨ TRƯỞNG PHÓ CHÁNH ÁN\nThượng tướng Lê Quốc Hùng Thượng tướng Hoàng Xuân Chiến Nguyễn Văn Tiến').map((x) => [x.onBehalfOf, x.title, x.name])).toEqual([
      ['Bộ trưởng Bộ Công an', 'Thứ trưởng', 'Lê Quốc Hùng'],
      ['Bộ trưởng Bộ Quốc phòng', 'Thứ trưởng', 'Hoàng Xuân Chiến'],
      ['Chánh án Tòa án nhân dân tối cao', 'Phó Chánh án', 'Nguyễn Văn Tiến'],
    ]);
    // no titles between
    expect(signersOf('TM. ỦY BAN NHÂN DÂN TỈNH TM. BAN THƯỜNG TRỰC\nNguyễn Văn An Trần Thị Bình').map((x) => [x.authority, x.onBehalfOf, x.name])).toEqual([
      ['TM', 'Ủy ban nhân dân tỉnh', 'Nguyễn Văn An'],
      ['TM', 'Ban Thường trực', 'Trần Thị Bình'],
    ]);
    // a stacked block (two kinds of authority) is one signer
    expect(signersOf('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An').map((x) => [x.authority, x.title, x.name])).toEqual([['KT', 'Phó Chủ tịch', 'Nguyễn Văn An']]);
  });
  it('the signed mark before the name on its line ("(Đã ký) Trần Văn Cường", "Đã ký: …") leaves the name', () => {
    for (const line of ['(Đã ký) Trần Văn Cường', 'Đã ký: Trần Văn Cường']) {
      const r = extract(`ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KH-UBND\nX, ngày 01 tháng 02 năm 2024\n\nKẾ HOẠCH\nVề việc thử\n\nI. NỘI DUNG\n1. Sở Tài chính bố trí kinh phí./.\n\nNơi nhận:                              CHỦ TỊCH\n- Như trên;\n- Lưu: VT.\n\n                                        ${line}\n`);
      expect(r.signers.map((x) => [x.title, x.name, x.signed])).toEqual([['Chủ tịch', 'Trần Văn Cường', true]]);
    }
  });
});
