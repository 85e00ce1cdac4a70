import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/index.js';
import { extract } from '../pipeline.js';
import { segment } from './index.js';

// A document as a law portal serves it (the text is made up): the portal's summary and metadata
// above the header, naming the instrument that later replaced this one.
const PORTAL = [
  'Quyết định 45/QĐ-UBND năm 2020 về quy chế phối hợp quản lý cụm công nghiệp tỉnh Hòa Bình',
  'Quyết định 45/QĐ-UBND đã được thay thế bởi Quyết định 210/QĐ-UBND ngày 03/8/2023 và được áp dụng kể từ ngày 03/8/2023.',
  'Số hiệu: 45/QĐ-UBND Loại văn bản: Quyết định',
  'Nơi ban hành: Tỉnh Hòa Bình Người ký: Bùi Văn Khánh',
  '',
  'ỦY BAN NHÂN DÂN',
  'TỈNH HÒA BÌNH',
  '-------',
  '',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '---------------',
  '',
  'Số: 45/QĐ-UBND',
  '',
  'Hòa Bình, ngày 10 tháng 01 năm 2020',
  '',
  'QUYẾT ĐỊNH',
  '',
  'VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP',
  '',
  'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH',
  '',
  'Căn cứ Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ về quản lý, phát triển cụm công nghiệp;',
  '',
  'QUYẾT ĐỊNH:',
  '',
  'Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp.',
].join('\n');

describe('preface above the header (web page, converter)', () => {
  it('starts the document at the header block and reads nothing above it', () => {
    const z = segment(normalize(PORTAL));
    expect(z.docStart).toBe(5);
    const r = extract(PORTAL);
    expect(r.citations.map((c) => c.number?.value)).toEqual(['68/2017/NĐ-CP']);
    expect(r.number?.value).toBe('45/QĐ-UBND');
    expect(r.issuer?.name).toBe('ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH');
    const w = r.warnings.find((x) => x.code === 'PREFACE_SKIPPED');
    expect(w?.span).toEqual({ start: 0, end: PORTAL.indexOf('ỦY BAN NHÂN DÂN') });
  });

  it('stops the subject in capitals at the authority line that repeats the issuer', () => {
    expect(extract(PORTAL).subject).toBe('VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP');
  });

  it('is no preface: a header read column by column, with its number line above the heading', () => {
    const text = [
      'TỈNH ỦY LẠNG SƠN',
      'BAN TUYÊN GIÁO',
      '*',
      'Số 1008 - CV/BTGTU',
      'Tuyên truyền thực hiện Nghị quyết số 49-NQ/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số',
      'tỉnh Lạng Sơn đến năm 2025, định hướng đến năm 2030',
      '',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Lạng Sơn, ngày 22 tháng 12 năm 2021',
    ].join('\n');
    expect(segment(normalize(text)).docStart).toBe(0);
    expect(extract(text).number?.value).toBe('1008-CV/BTGTU');
  });

  it('a repository\'s banner above an OCR\'d header whose issuer shares the heading\'s line, page markers in capitals', () => {
    const text = [
      'NGHỊ QUYẾT SỐ 26-NQ/TU NGÀY 05/12/2025 CỦA TỈNH ỦY LÀO CAI',
      'VỀ NHIỆM VỤ CHÍNH TRỊ NĂM 2026',
      '--------------------------------------------------------------------',
      'BẢN OCR TỰ ĐỘNG (tesseract tiếng Việt, 200 dpi) — CHỈ DÙNG ĐỂ TRA NHANH VÀ TÌM KIẾM.',
      'Khi cần trích số liệu, mở bản PDF và soi trực tiếp trang tương ứng.',
      '--------------------------------------------------------------------',
      '',
      '===== TRANG 1 =====',
      'TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM',
      '*',
      'Số 26-NQ/TU Lào Cai, ngày 05 tháng 12 năm 2025',
      'NGHỊ QUYẾT',
      'về nhiệm vụ chính trị năm 2026',
      '',
      'Năm 2025, tỉnh vẫn phải đối mặt với nhiều khó khăn.',
    ].join('\n');
    const r = extract(text);
    expect(r.warnings.map((w) => w.code)).toContain('PREFACE_SKIPPED');
    expect(r.issuer).toMatchObject({ name: 'TỈNH ỦY LÀO CAI', parent: null });
    expect(r.number?.value).toBe('26-NQ/TU');
    expect(r.subject).toBe('về nhiệm vụ chính trị năm 2026');
  });

  it('is no preface: a converter line or a signing stamp above the header', () => {
    const text = [
      '[Bản trích chữ tự động từ CV-12-UBND.pdf — 2 trang.]',
      'Người ký: Văn phòng Ủy ban nhân dân',
      'ỦY BAN NHÂN DÂN TỈNH X          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 12/UBND-VX                   X, ngày 01 tháng 02 năm 2024',
    ].join('\n');
    expect(segment(normalize(text)).docStart).toBe(0);
  });
});
