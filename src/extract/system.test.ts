// State or Party: the heading, else the number, else (headerless text) the sender's kind.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

describe('system', () => {
  it('a Youth Union document\'s own heading ("ĐOÀN TNCS HỒ CHÍ MINH") is a heading: no NO_HEADING warning', () => {
    const doc = (heading: string) =>
      extract(`BCH ĐOÀN TỈNH BẮC GIANG\n***\nSố: 245-CV/TĐTN-VP\nV/v triển khai Chiến dịch\n\n${heading}\nBắc Giang, ngày 28 tháng 5 năm 2025\n\nKính gửi: Các huyện, thành đoàn.\n\nBan Thường vụ Tỉnh đoàn đề nghị các đơn vị triển khai.\n`).warnings.map((w) => w.code);
    expect(doc('ĐOÀN TNCS HỒ CHÍ MINH')).not.toContain('NO_HEADING');
    expect(doc('ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH')).not.toContain('NO_HEADING');
    expect(doc('')).toContain('NO_HEADING');
  });
  it('a headerless công văn whose body names a state sender is state, though its subject cites Party instruments', () => {
    const text = [
      'V/v triển khai tuyên truyền Kế hoạch thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng; Chỉ thị số 27-CT/TU của Ban Thường vụ Tỉnh ủy',
      '',
      'Kính gửi: UBND các xã, thị trấn.',
      '',
      'Thực hiện Công văn số 564-CV/BTGHU ngày 11/7/2024 của Ban Tuyên giáo Huyện ủy, Phòng Văn hóa và Thông tin đề nghị UBND các xã, thị trấn triển khai thực hiện như sau:',
      '1. Tuyên truyền Nghị quyết số 43-NQ/TW.',
    ].join('\n');
    const r = extract(text);
    expect(r.issuer?.name).toBe('Phòng Văn hóa và Thông tin');
    expect(r.system).toBe('state');
  });
  it('a headerless letter from a Party committee is party', () => {
    const text = 'Kính gửi: Các chi bộ trực thuộc.\n\nThực hiện Kế hoạch số 10-KH/TU ngày 03/3/2025 của Tỉnh ủy, Ban Thường vụ Đảng ủy cơ quan đề nghị các chi bộ triển khai.';
    expect(extract(text).system).toBe('party');
  });
});
