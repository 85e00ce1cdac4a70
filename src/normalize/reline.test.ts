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
    expect(lines.some((l) => l.startsWith('KẾ HOẠCH TRIỂN KHAI'))).toBe(true);
  });
  it('leaves a laid-out text with long paragraphs as it is', () => {
    const para = 'Luật Thực hiện dân chủ ở cơ sở được triển khai; Căn cứ tình hình thực tế, các cơ quan thực hiện. '.repeat(20);
    const doc = `ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/UBND-VP\nX, ngày 01 tháng 02 năm 2024\n\n${para}\n`;
    const n = normalize(doc);
    expect(n.notes.map((x) => x.code)).not.toContain('LINES_RESTORED');
    expect(n.text).toContain('Luật Thực hiện dân chủ');
  });
});
