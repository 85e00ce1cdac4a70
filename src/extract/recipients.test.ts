// Kính gửi: one addressee on the line, or a list of "- X;" items.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const head = 'ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/UBND-VP\nV/v thử\nX, ngày 01 tháng 02 năm 2024\n\n';
const tail = '\n\nThực hiện việc thử, đề nghị các Sở báo cáo./.\n';

describe('recipients', () => {
  it('an unpunctuated last item ends where the body opens with "Để" or "Căn cứ"', () => {
    for (const opener of ['Để kịp tổng hợp, Sở đề nghị các đơn vị báo cáo.', 'Căn cứ Kế hoạch số 12-KH/UBND, Sở đề nghị các đơn vị báo cáo.']) {
      const r = extract(`${head}Kính gửi:\n- Sở Tài chính\n- Sở Tư pháp\n${opener}\n`);
      expect(r.recipients.map((x) => x.name)).toEqual(['Sở Tài chính', 'Sở Tư pháp']);
    }
  });
  it('the motto or the national heading a scan shuffled under the label is no addressee', () => {
    const r = extract(`${head}Kính gửi:\n\nĐộc lập - Tự do - Hạnh phúc\n- Sở Tài chính;\n- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${tail}`);
    expect(r.recipients.map((x) => x.name)).toEqual(['Sở Tài chính']);
  });
  it('a Công điện names its addressees after "<sender> điện:", not after Kính gửi', () => {
    const r = extract('THỦ TƯỚNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 100/CĐ-TTg\tHà Nội, ngày 29 tháng 6 năm 2025\nCÔNG ĐIỆN\nVề vụ cháy tại tỉnh Hưng Yên\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng các Bộ: Công an, Y tế;\n- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\nKhoảng 13 giờ ngày 28 tháng 6 năm 2025, xảy ra vụ cháy.\n');
    expect(r.recipients.map((x) => x.name)).toEqual(['Bộ trưởng các Bộ: Công an, Y tế', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect([r.type?.code, r.subject, r.issuer?.name]).toEqual(['CĐ', 'Về vụ cháy tại tỉnh Hưng Yên', 'THỦ TƯỚNG CHÍNH PHỦ']);
  });
  it('a heading in the body that ends in "điện:" is no salutation', () => {
    const r = extract(`${head}Kính gửi: Sở Công Thương.\n\n1. Bảo đảm an toàn điện:\n- Kiểm tra lưới điện.\n${tail}`);
    expect(r.recipients.map((x) => x.name)).toEqual(['Sở Công Thương']);
  });
  it('one addressee on the label line', () => {
    expect(extract(`${head}Kính gửi: Sở Tài chính tỉnh X.${tail}`).recipients.map((r) => r.name)).toEqual(['Sở Tài chính tỉnh X']);
  });
  it('one addressee wrapped onto a lower-case line, whether or not the export kept its indent', () => {
    for (const indent of ['', '                    ']) {
      const rec = extract(`${head}Kính gửi:      Các tổ chức, cá nhân khai thác, thu hồi khoáng sản\n${indent}trên địa bàn tỉnh Lào Cai.${tail}`);
      expect(rec.recipients.map((r) => r.name)).toEqual(['Các tổ chức, cá nhân khai thác, thu hồi khoáng sản trên địa bàn tỉnh Lào Cai']);
    }
  });
  it('"Kính gửi:" alone on its line, the addressee on the next without a list mark', () => {
    for (const gap of ['\n', '\n\n']) {
      const rec = extract(`${head}Kính gửi:${gap}Các tổ chức, cá nhân khai thác, thu hồi khoáng sản.${tail}`);
      expect(rec.recipients.map((r) => r.name)).toEqual(['Các tổ chức, cá nhân khai thác, thu hồi khoáng sản']);
    }
    // the body is no addressee
    expect(extract(`${head}Kính gửi:\nThực hiện Kế hoạch số 2/KH-UBND, Sở báo cáo./.\n`).recipients).toEqual([]);
  });
  it('a label set as a list item itself ("- Kính gửi:", "• Kính gửi:")', () => {
    for (const mark of ['-', '•', '+']) {
      const rec = extract(`${head}${mark} Kính gửi: - Sở Tài chính,\n${mark} Sở Nội vụ.${tail}`);
      expect(rec.recipients.map((r) => r.name)).toEqual(['Sở Tài chính', 'Sở Nội vụ']);
    }
  });
  it('a list of items, also with several blank lines between them (an export that doubles line breaks)', () => {
    for (const gap of ['\n', '\n\n', '\n\n\n', '\n\n\n\n']) {
      const rec = extract(`${head}Kính gửi:${gap}- Sở Tài chính;${gap}- Sở Nội vụ.${tail}`);
      expect(rec.recipients.map((r) => r.name)).toEqual(['Sở Tài chính', 'Sở Nội vụ']);
    }
  });
  it('the list ends at the body, even after a blank line', () => {
    const rec = extract(`${head}Kính gửi:\n- Sở Tài chính;\n- Sở Nội vụ.\n\n- Căn cứ Luật Ngân sách, đề nghị các Sở thực hiện./.\n`);
    expect(rec.recipients.map((r) => r.name)).toEqual(['Sở Tài chính', 'Sở Nội vụ']);
  });
  it('a Giấy mời names its invitees after "… trân trọng kính mời:"; a Kính gửi before it still comes first', () => {
    const gm = 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 85/GM-PGDĐT\nX, ngày 5 tháng 11 năm 2024\nGIẤY MỜI\nDự hội nghị triển khai nhiệm vụ năm học\n\n';
    const body = 'Phòng Giáo dục và Đào tạo trân trọng kính mời:\n- Hiệu trưởng các trường tiểu học;\n- Đại diện Ủy ban nhân dân các xã.\nThời gian: 07 giờ 30 phút, ngày 12 tháng 11 năm 2024.\n';
    expect(extract(gm + body).recipients.map((r) => r.name)).toEqual(['Hiệu trưởng các trường tiểu học', 'Đại diện Ủy ban nhân dân các xã']);
    expect(extract(`${gm}Kính gửi: Các trường tiểu học.\n\n${body}`).recipients.map((r) => r.name)).toEqual(['Các trường tiểu học']);
    // "kính mời" inside a sentence is no label
    expect(extract(`${head}Kính mời các đồng chí dự họp đúng giờ.${tail}`).recipients).toEqual([]);
  });
  it('co-addressees under "Đồng kính gửi:" are addressees too, on its line or listed under it', () => {
    const t = 'SỞ Y TẾ\nSố: 1/SYT-VP\nX, ngày 01 tháng 02 năm 2024\nV/v thử\n\nKính gửi: Công ty TNHH Minh Phát.\nĐồng kính gửi: Ủy ban nhân dân tỉnh.\n\nSở Y tế đề nghị thực hiện./.\n';
    const r = extract(t);
    expect(r.recipients.map((x) => x.name)).toEqual(['Công ty TNHH Minh Phát', 'Ủy ban nhân dân tỉnh']);
    expect(t.slice(r.recipients[1]!.span.start, r.recipients[1]!.span.end)).toMatch(/^Ủy ban nhân dân tỉnh/);
    const list = extract('SỞ Y TẾ\nSố: 1/SYT-VP\nX, ngày 01 tháng 02 năm 2024\nV/v thử\n\nKính gửi:\n- Bệnh viện A;\n- Bệnh viện B.\nĐồng kính gửi:\n- UBND tỉnh;\n- Sở Tài chính.\n\nSở Y tế đề nghị thực hiện./.\n');
    expect(list.recipients.map((x) => x.name)).toEqual(['Bệnh viện A', 'Bệnh viện B', 'UBND tỉnh', 'Sở Tài chính']);
  });
  it('a scan\'s specks beside the label over the list are no addressee', () => {
    const r = extract('BỘ TÀI CHÍNH\nSố: 8388/BTC-QLCS\nHà Nội, ngày 19 tháng 6 năm 2026\nV/v thử\n\nKính gửi: DA ä .\n- Các Bộ, cơ quan ngang bộ;\n- Uy ban nhân dân các tỉnh.\n\nBộ Tài chính đề nghị thực hiện./.\n');
    expect(r.recipients.map((x) => x.name)).toEqual(['Các Bộ, cơ quan ngang bộ', 'Uy ban nhân dân các tỉnh']);
  });
});
