// Whether a PDF page's text layer is worth reading, or the page must be read by OCR.
import { describe, expect, it } from 'vitest';
import { poorTextLayer } from './layout.js';

describe('poorTextLayer', () => {
  it('a signed scan whose only text is its digital signature is read by OCR', () => {
    expect(poorTextLayer('Ký bởi: Bộ Khoa học và Công nghệ\nNgày ký: 25-12-2023 10:02:06 +07:00\n')).toBe(true);
    expect(poorTextLayer('Người ký: Văn phòng Chính phủ\nEmail: vpcp@chinhphu.vn\nCơ quan: Văn phòng Chính phủ\nThời gian ký: 30.06.2025 16:49:46 +07:00')).toBe(true);
  });
  it('a page with its own text keeps it, signature lines and all', () => {
    const page = 'Ký bởi: Bộ Khoa học và Công nghệ\nBỘ KHOA HỌC VÀ CÔNG NGHỆ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3158/QĐ-BKHCN    Hà Nội, ngày 25 tháng 12 năm 2023\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch';
    expect(poorTextLayer(page)).toBe(false);
    // (a body line that opens with "Cơ quan" is no signature line when the page has text)
    expect(poorTextLayer('Cơ quan chủ trì: Sở Tài chính phối hợp với các sở, ban, ngành liên quan thực hiện.')).toBe(false);
  });
});
