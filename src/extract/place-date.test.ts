import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const header = (line: string) => extract(`UBND THÀNH PHỐ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ    Độc lập - Tự do - Hạnh phúc\n${line}\n`);

describe('place and date', () => {
  it('a year a narrow column wrapped onto the next line, beside the other column\'s text, completes the date', () => {
    const r = extract('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG TRỰC                     Quảng Ninh, ngày tháng 11 năm\nSố: /HD-MTTQ-BTT                    2025\n\nHƯỚNG DẪN\nQuy trình hiệp thương\n\nCăn cứ Luật Bầu cử;\n');
    expect([r.place, r.date?.year, r.date?.month, r.date?.day]).toEqual(['Quảng Ninh', 2025, 11, null]);
    // a figure under it that is no year is not taken
    const o = extract('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG TRỰC                     Quảng Ninh, ngày tháng 11 năm\nSố: /HD-MTTQ-BTT                    205\n\nHƯỚNG DẪN\nQuy trình hiệp thương\n');
    expect([o.date?.year ?? null, o.date?.month]).toEqual([null, 11]);
  });
  it('reads the place and a full date', () => {
    const r = header('Số: 12/SNV-VP    Lạng Sơn, ngày 22 tháng 12 năm 2021');
    expect(r.place).toBe('Lạng Sơn');
    expect(r.date?.iso).toBe('2021-12-22');
  });
  it('never takes a cited instrument\'s date ("…, ngày 28 tháng 9 năm 2021 của Ban …") for the document\'s', () => {
    const subject = 'Tuyên truyền thực hiện Nghị quyết số\n49-NQ/TU, ngày 28 tháng 9 năm 2021 của Ban\nThường vụ Tỉnh ủy về chuyển đổi số';
    const dated = extract(`TỈNH ỦY LẠNG SƠN\nBAN TUYÊN GIÁO\nSố 1008-CV/BTGTU\n${subject}\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nLạng Sơn, ngày 22 tháng 12 năm 2021\n\nKính gửi: Sở Thông tin và Truyền thông.\n`);
    expect([dated.place, dated.date?.iso]).toEqual(['Lạng Sơn', '2021-12-22']);
    // a headerless text whose only date is a citation's has no date
    expect(extract(`\nV/v triển khai Nghị quyết số 43-NQ/TW, ngày 24 tháng 11 năm 2023 của Ban Chấp hành Trung ương Đảng\n\nKính gửi: Các xã.\n`).date).toBeNull();
  });
  it('reads a date written in figures after its place, and a place without its comma after the number', () => {
    const r = header('Số: 12/SNV-VP    Lào Cai, ngày 05/6/2025');
    expect([r.place, r.date?.iso]).toEqual(['Lào Cai', '2025-06-05']);
    const q = extract('BAN CHẤP HÀNH TRUNG ƯƠNG    ĐẢNG CỘNG SẢN VIỆT NAM\nSố 171-KL/TW - Hà Nội ngày 27 tháng 6 năm 2025\n\nKẾT LUẬN\ncủa Bộ Chính trị\n');
    expect([q.place, q.date?.iso]).toEqual(['Hà Nội', '2025-06-27']);
    // figures elsewhere in the header are a citation's, not the document's date
    expect(header('Số: 12/SNV-VP\nTheo Kế hoạch ngày 05/6/2025').date).toBeNull();
  });
  it('a scan that ran the left column into the date line leaves the place after its comma', () => {
    const r = extract('BAN CHẤP HÀNH TRUNG ƯƠNG    ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHỈ ĐẠO TRUNG ƯƠNG\nVỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, Hà Nội, ngày 23 tháng 6 năm 2025\nSố 03-QC/BCĐTW\n\nQUY CHẾ\ntiếp nhận, xử lý phản ánh\n');
    expect([r.place, r.date?.iso]).toEqual(['Hà Nội', '2025-06-23']);
  });
  it('drops an abbreviated unit prefix, keeps a written-out one', () => {
    expect(header('Số: 1/QĐ-UB    TP.Cần Thơ, ngày 01 tháng 7 năm 2004').place).toBe('Cần Thơ');
    expect(header('Số: 1/QĐ-UB    Thành phố Hồ Chí Minh, ngày 01 tháng 7 năm 2004').place).toBe('Thành phố Hồ Chí Minh');
  });
  it('keeps blanks left for hand filling as nulls', () => {
    expect(header('Số:    /SNV-VP    Lào Cai, ngày      tháng 5  năm 2019').date).toMatchObject({ year: 2019, month: 5, day: null, iso: null });
  });
  it('reads a day or month OCR wrote with l, I, O or ] beside a digit; other damage stays unread, with a warning', () => {
    expect(header('Số: 1523/UBND-VX    Bình Sơn, ngày 0l tháng l0 năm 2023').date?.iso).toBe('2023-10-01');
    expect(header('Số: 1523/UBND-VX    Bình Sơn, ngày 2I tháng O5 năm 2023').date?.iso).toBe('2023-05-21');
    const r = header('Số: 2324/CT-CS    Hà Nội, ngày 2# tháng 7 năm 2025');
    expect(r.date).toMatchObject({ year: 2025, month: 7, day: null });
    expect(r.warnings.map((w) => w.code)).toContain('DATE_DAY_UNREADABLE');
  });
  it('a date line left blank for hand filling is a date with every part null, not "no date"', () => {
    const r = header('Số: /TB-UBND    Hà Nội, ngày   tháng   năm');
    expect(r.date).toMatchObject({ year: null, month: null, day: null, iso: null, raw: expect.stringMatching(/^ngày\s+tháng\s+năm$/) });
    expect(r.warnings.map((w) => w.code)).toContain('DATE_BLANK');
    expect(r.warnings.map((w) => w.code)).not.toContain('NO_DATE');
    expect(header('Số: /TB-UBND    Hà Nội, ngày   tháng   năm 2026').date).toMatchObject({ year: 2026, month: null, day: null });
  });
  it('a month without a day ("Hà Nội, tháng 7 năm 2025") dates the document; a day the month has not leaves month and year', () => {
    const m = header('Số: 12/BC-SNV    Hà Nội, tháng 7 năm 2025');
    expect([m.place, m.date?.year, m.date?.month, m.date?.day]).toEqual(['Hà Nội', 2025, 7, null]);
    // (not any "tháng … năm" in a header cell: a place and its comma before it)
    expect(header('Số: 12/BC-SNV    Báo cáo tháng 7 năm 2025').date).toBeNull();
    const d = header('Số: 12/BC-SNV    Hà Nội, ngày 31 tháng 02 năm 2025');
    expect([d.date?.year, d.date?.month, d.date?.day, d.date?.iso]).toEqual([2025, 2, null, null]);
    expect(d.warnings.map((w) => w.code)).toContain('DATE_DAY_INVALID');
  });
});
