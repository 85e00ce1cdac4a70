// A heading that gives the document's identity in one sentence, when the header has no "Số:" line.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const identity = (text: string) => {
  const r = extract(text);
  return { type: r.type?.code ?? null, number: r.number?.value ?? null, issuer: r.issuer?.name ?? null, date: r.date?.iso ?? null, subject: r.subject };
};

describe('title sentence', () => {
  it('the old Công báo heading: type, "của" + issuer, "số" + number, date, subject', () => {
    expect(identity('QUYẾT ĐỊNH\nQuyết định của Thủ tướng Chính phủ số 115/2004/QĐ-TTg ngày 25 tháng 6 năm 2004 về việc thành lập Ban Chỉ đạo\n\nĐiều 1. Thành lập Ban Chỉ đạo.\n')).toEqual({
      type: 'QĐ',
      number: '115/2004/QĐ-TTg',
      issuer: 'Thủ tướng Chính phủ',
      date: '2004-06-25',
      subject: 'về việc thành lập Ban Chỉ đạo',
    });
  });

  it('a web copy\'s first line with the number first ("KẾT LUẬN 127-KL/TW CỦA … VỀ …", "Kế hoạch số … ngày 30/11/2016 của … về …")', () => {
    expect(identity('KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TRIỂN KHAI NGHIÊN CỨU SẮP XẾP TỔ CHỨC BỘ MÁY\nTại phiên họp ngày 28/2/2025, Bộ Chính trị, Ban Bí thư có ý kiến như sau:\n1. Bảo đảm các nguyên tắc.\n')).toEqual({
      type: 'KL',
      number: '127-KL/TW',
      issuer: 'BỘ CHÍNH TRỊ, BAN BÍ THƯ',
      date: null,
      subject: 'VỀ TRIỂN KHAI NGHIÊN CỨU SẮP XẾP TỔ CHỨC BỘ MÁY',
    });
    const kh = identity('Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 100-KL/TW của Ban Bí thư\nThực hiện Kết luận số 100-KL/TW ngày 18/8/2014 của Ban Bí thư, Ban Thường vụ Tỉnh ủy ban hành kế hoạch.\n');
    expect([kh.number, kh.issuer, kh.date]).toEqual(['25-KH/TU', 'Ban Thường vụ Tỉnh ủy', '2016-11-30']);
  });

  it('only on the text\'s first line, and only with its issuer: a body line that cites an instrument is not the document', () => {
    const later = extract('Tin tức\nKế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 100-KL/TW\n');
    expect(later.number).toBeNull();
    expect(later.citations.map((c) => c.number?.value)).toEqual(['25-KH/TU', '100-KL/TW']);
    expect(extract('Kế hoạch số 25-KH/TU đã được triển khai tại các huyện về đích sớm.\n').number).toBeNull();
  });
});
