// Section labels and the tree they build.
import { describe, expect, it } from 'vitest';
import { foldSameLength } from '../normalize/fold.js';
import { splitLines } from './lines.js';
import { parseLabel, sectionTree } from './sections.js';

const label = (t: string) => {
  const p = parseLabel(t);
  return p && [p.kind, p.label, t.slice(p.rest)];
};

describe('parseLabel', () => {
  it('reads part labels numbered in words, whatever their last letter ("thứ tư")', () => {
    expect(label('Phần thứ tư. Tổ chức thực hiện')).toEqual(['part', 'Phần thứ tư', 'Tổ chức thực hiện']);
    expect(label('PHẦN THỨ HAI: NHIỆM VỤ')).toEqual(['part', 'Phần THỨ HAI', 'NHIỆM VỤ']);
    expect(label('Chương II. QUY ĐỊNH CHUNG')).toEqual(['part', 'Chương II', 'QUY ĐỊNH CHUNG']);
  });
  it('reads the label kinds of Nghị định 30 and of office practice', () => {
    expect(label('II. NHIỆM VỤ')).toEqual(['roman', 'II', 'NHIỆM VỤ']);
    expect(label('I- MỤC ĐÍCH')).toEqual(['roman', 'I', 'MỤC ĐÍCH']);
    expect(label('Điều 5. Tổ chức thực hiện')).toEqual(['article', 'Điều 5', 'Tổ chức thực hiện']);
    expect(label('1.2. Sở Tài chính')).toEqual(['arabic', '1.2', 'Sở Tài chính']);
    expect(label('b) Ủy ban nhân dân các xã')).toEqual(['letter', 'b', 'Ủy ban nhân dân các xã']);
    expect(label('BƯỚC HAI')).toEqual(['part', 'Bước 2', '']);
    expect(label('2.1.a. Thành lập Ban Chỉ đạo')).toEqual(['letter', 'a', 'Thành lập Ban Chỉ đạo']);
  });
  it('reads a scan\'s roman numeral that lost its dot over a heading in capitals, not a word or a sentence', () => {
    expect(label('I QUAN ĐIỂM CHỈ ĐẠO')).toEqual(['roman', 'I', 'QUAN ĐIỂM CHỈ ĐẠO']);
    expect(label('III NHIỆM VỤ, GIẢI PHÁP')).toEqual(['roman', 'III', 'NHIỆM VỤ, GIẢI PHÁP']);
    expect(parseLabel('VI PHẠM HÀNH CHÍNH')).toBeNull();
    expect(parseLabel('I Quan điểm chỉ đạo')).toBeNull();
    expect(parseLabel('X NĂM')).toBeNull();
  });
  it('is not fooled by a number that is no label', () => {
    expect(parseLabel('2026 là năm')).toBeNull();
    expect(parseLabel('Căn cứ Luật')).toBeNull();
  });
});

describe('sectionTree', () => {
  it('nests I. / 1. / a) and builds paths', () => {
    const text = 'I. MỤC ĐÍCH\nNâng cao nhận thức.\nII. NHIỆM VỤ\n1. Sở Tài chính\na) Bố trí kinh phí.\nb) Hướng dẫn thanh toán.\n2. Sở Nội vụ\nTheo dõi.\n';
    const lines = splitLines(text, foldSameLength(text));
    const tree = sectionTree(lines, 0, lines.length);
    expect(tree.map((s) => s.path)).toEqual(['I', 'II', 'II.1', 'II.1.a', 'II.1.b', 'II.2']);
    expect(tree.find((s) => s.path === 'II.1')?.heading).toBe('Sở Tài chính');
  });
  it('opens "1-" under a heading in capitals ("I- YÊU CẦU"), not under a line that wraps', () => {
    const text = 'I- YÊU CẦU\n1- Công tác nhân sự phải chặt chẽ.\n2- Bảo đảm tiêu chuẩn.\nII- NỘI DUNG\n1- Các đảng ủy chỉ đạo.\n';
    const lines = splitLines(text, foldSameLength(text));
    expect(sectionTree(lines, 0, lines.length).map((s) => s.path)).toEqual(['I', 'I.1', 'I.2', 'II', 'II.1']);
    // a sentence in lower case cut before "1-" still carries it ("… nhiệm kỳ\n2025-2030" is no label)
    const wrap = 'I- NỘI DUNG\n1- Chuẩn bị nhân sự cấp ủy nhiệm kỳ\n2025- 2030 bảo đảm chặt chẽ.\n';
    const wl = splitLines(wrap, foldSameLength(wrap));
    expect(sectionTree(wl, 0, wl.length).map((s) => s.path)).toEqual(['I', 'I.1']);
  });
  it('puts "2.1.a." letter items, written with their parent\'s number, under "2.1."', () => {
    const text = 'II. NỘI DUNG\n2. Trình tự\n2.1. Bước 1:\n2.1.a. Thành lập Ban Chỉ đạo:\nỦy ban nhân dân xã thành lập.\n2.1.b. Tiếp nhận hồ sơ:\nCác thôn tiếp nhận.\n2.2. Bước 2: Kiểm tra.\n';
    const lines = splitLines(text, foldSameLength(text));
    expect(sectionTree(lines, 0, lines.length).map((s) => s.path)).toEqual(['II', 'II.2', 'II.2.1', 'II.2.1.a', 'II.2.1.b', 'II.2.2']);
  });
  it('a footnote at the foot of a page ("3 Khi khai thác …", its mark glued to a word above) is no point 3', () => {
    const text = '2. Trong quá trình khai thác\n2.1. Thực hiện đúng giấy phép.\n2.2. Bảo vệ khoáng sản theo Điều 7 Luật Địa chất và khoáng sản3.\n\n3 Khi khai thác phải ưu tiên công nghệ tiên tiến.\n2.3. Về công tác thống kê\n3. Trách nhiệm báo cáo\n';
    const lines = splitLines(text, foldSameLength(text));
    expect(sectionTree(lines, 0, lines.length).map((s) => s.path)).toEqual(['2', '2.1', '2.2', '2.3', '3']);
    // without a mark above, "3 Tổ chức thực hiện" is point 3
    const plain = '2. Nội dung\n2.1. Rà soát.\n3 Tổ chức thực hiện\n';
    const pl = splitLines(plain, foldSameLength(plain));
    expect(sectionTree(pl, 0, pl.length).map((s) => s.path)).toEqual(['2', '2.1', '3']);
  });
  it('a footnote mark glued to a year ("… năm 20244.") marks the footnote "4 …" at the foot of the page', () => {
    const text = '2. Trong quá trình khai thác\n2.4. Lập kế hoạch theo Điều 60 Luật Địa chất và Khoáng sản năm 20244.\n\n       4 Được hướng dẫn tại Thông tư quy định về kế hoạch.\n                 4\n2.5. Việc sử dụng đất\n';
    const lines = splitLines(text, foldSameLength(text));
    expect(sectionTree(lines, 0, lines.length).map((s) => s.path)).toEqual(['2', '2.4', '2.5']);
  });
  it('a footnote that cites its source ("1 Nghị định số 47/2024/NĐ-CP …") is no point, even with its mark OCR\'d away', () => {
    const text = '1. Về thể chế\na) Bộ Công an: xây dựng.\n\n1 Nghị định số 47/2024/NĐ-CP ngày 9/5/2024 của Chính phủ quy định về danh mục.\n\n2 Quyết định số 06/QD-TTg ngày 6/01/2022 của Thủ tướng Chính phủ;\n\n2. Về hạ tầng số\na) Bộ Công an: rà soát.\n';
    const lines = splitLines(text, foldSameLength(text));
    expect(sectionTree(lines, 0, lines.length).map((s) => s.path)).toEqual(['1', '1.a', '2', '2.a']);
  });
  it('a passage quoted under "… như sau:" is the quoted instrument\'s text, not points of this document', () => {
    const text = [
      '1. Chính sách thuế GTGT giai đoạn trước ngày 01/7/2025:',
      '- Tại Điều 9 Thông tư số 219/2013/TT-BTC quy định về thuế suất 0% như sau:',
      '"Điều 9. Thuế suất 0%',
      '1. Thuế suất 0%: áp dụng đối với hàng hóa, dịch vụ xuất khẩu.',
      '2. Điều kiện áp dụng thuế suất 0%:',
      'a) Đối với hàng hóa xuất khẩu."',
      '2. Chính sách thuế GTGT giai đoạn từ ngày 01/7/2025:',
      '- Tại Điều 3 Luật Thuế GTGT: "Hàng hóa, dịch vụ sử dụng cho sản xuất".',
      '3. Tổ chức thực hiện',
      // a line that opens with a quote but announces nothing is no quotation
      '"miền Trung", \'Tây", "miền Tây" là các từ chỉ phương hướng.',
      '4. Hiệu lực',
    ].join('\n');
    const lines = splitLines(text, foldSameLength(text));
    expect(sectionTree(lines, 0, lines.length).map((s) => s.path)).toEqual(['1', '2', '3', '4']);
  });
  it('a quotation closes only at a mark that ends it, not at a stray one glued to a figure inside a line', () => {
    const text = [
      '1. Chính sách từ ngày 01/7/2025:',
      '- Tại Điều 18 Nghị định số 181/2025/NĐ-CP quy định như sau:',
      "''Điều 18. Điều kiện áp dụng thuế suất 0%",
      'Hàng hóa quy định tại Điều 1" Nghị định này phải đáp ứng quy định sau:',
      '1. Đối với hàng hóa xuất khẩu, phải có:',
      '2. Đối với dịch vụ xuất khẩu, phải có chứng từ."',
      '2. Tổ chức thực hiện',
    ].join('\n');
    const lines = splitLines(text, foldSameLength(text));
    expect(sectionTree(lines, 0, lines.length).map((s) => s.path)).toEqual(['1', '2']);
  });
  it('labels OCR damaged: "HI-" after "II-" is III, "1-" over a heading before "II-" is I, "8)" over "b)" is a), "9," after 8 is 9', () => {
    const text = [
      '1- MỤC ĐÍCH, YÊU CẦU',
      '1. Cụ thể hoá Kết luận.',
      'II- NHIỆM VỤ',
      '1. Hoàn thiện thể chế.',
      'HI- TỎ CHỨC THỰC HIỆN',
      '1. Đảng uỷ Quốc hội',
      '8) Lãnh đạo rà soát.',
      'b) Chỉ đạo giám sát.',
      '8. Ban Tuyên giáo Trung ương',
      'Chủ trì tuyên truyền.',
      '9, Ban Chính sách, chiến lược Trung ương',
      'Chủ trì theo dõi.',
    ].join('\n');
    const lines = splitLines(text, foldSameLength(text));
    expect(sectionTree(lines, 0, lines.length).map((s) => s.path)).toEqual(['I', 'I.1', 'II', 'II.1', 'III', 'III.1', 'III.1.a', 'III.1.b', 'III.8', 'III.9']);
    // "1." over a heading in capitals with no "II." after it stays point 1; "HI" where III does not come next is no label
    const plain = '1. MỤC ĐÍCH\nNội dung.\n2. YÊU CẦU\nHI- TỔ CHỨC\n';
    const pl = splitLines(plain, foldSameLength(plain));
    expect(sectionTree(pl, 0, pl.length).map((s) => s.path)).toEqual(['1', '2']);
  });
  it('Roman labels OCR read with "1" and "L" for I: "1- CHỨC NĂNG" over "1I- NHIỆM VỤ", "IL." after "I."', () => {
    const text = '1- CHỨC NANG\nĐiều 1. Đảng bộ là hạt nhân chính trị.\n1I- NHIỆM VỤ\nĐảng bộ thực hiện đầy đủ nhiệm vụ.\n';
    const lines = splitLines(text, foldSameLength(text));
    expect(sectionTree(lines, 0, lines.length).map((s) => s.path)).toEqual(['I', 'Điều 1', 'II']);
    const il = 'I. ĐỐI TƯỢNG XÉT ĐẶC XÁ\n1. Người bị kết án.\nIL. ĐIỀU KIỆN ĐƯỢC ĐỀ NGHỊ\n1. Quy định tại điểm a.\n';
    const ll = splitLines(il, foldSameLength(il));
    expect(sectionTree(ll, 0, ll.length).map((s) => s.path)).toEqual(['I', 'I.1', 'II', 'II.1']);
  });
  it('an "I." that OCR read for "1." (the next top-level label is "2.") is point 1', () => {
    const ocr = 'I. Về công bố mục đích sử dụng hóa chất\nNội dung.\n2. Về khái niệm hàm lượng\n3. Về miễn trừ\n';
    const lines = splitLines(ocr, foldSameLength(ocr));
    expect(sectionTree(lines, 0, lines.length).map((s) => s.path)).toEqual(['1', '2', '3']);
    // a real "I." has "1." under it or "II." after it
    const real = 'I. MỤC ĐÍCH\n1. Quán triệt.\n2. Triển khai.\nII. NỘI DUNG\n';
    const rl = splitLines(real, foldSameLength(real));
    expect(sectionTree(rl, 0, rl.length).map((s) => s.path)).toEqual(['I', 'I.1', 'I.2', 'II']);
  });
});

describe('the header zone', () => {
  it('ends at a section label under the subject: a short line in capitals after it (a table\'s "STT") is no type title', async () => {
    const { segment } = await import('./index.js');
    const { normalize } = await import('../normalize/index.js');
    const text = 'ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KH-UBND\nX, ngày 01 tháng 02 năm 2024\n\nKẾ HOẠCH\nVề việc thử\n\nI. MỤC ĐÍCH\nBảo đảm tiến độ.\nII. NHIỆM VỤ\nSTT\nNội dung\nCơ quan chủ trì\n\n1\nRà soát\nSở A\n';
    const z = segment(normalize(text));
    expect([z.headerEnd, z.sections.map((s) => s.path)]).toEqual([6, ['I', 'II']]);
  });
});
