import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { displacedHeader } from './displaced-header.js';
import { normalize } from './index.js';

// A decision as a converter wrote it that puts a Word file's paragraphs first and its tables
// (header, signature) after them (made-up text).
const BODY = [
  'QUYẾT ĐỊNH',
  'về việc phê duyệt kế hoạch lựa chọn nhà thầu dự án Trung tâm Điều dưỡng tỉnh X',
  '______________',
  'BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
  'Căn cứ Nghị định số 62/2022/NĐ-CP ngày 12/9/2022 của Chính phủ quy định chức năng, nhiệm vụ của Bộ;',
  'Theo đề nghị của Vụ trưởng Vụ Kế hoạch - Tài chính.',
  'QUYẾT ĐỊNH:',
  'Điều 1. Phê duyệt kế hoạch lựa chọn nhà thầu theo Phụ lục kèm theo Quyết định này.',
  'Điều 2. Chủ đầu tư chịu trách nhiệm tổ chức lựa chọn nhà thầu theo quy định.',
  'Điều 3. Chánh Văn phòng Bộ, Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh X chịu trách nhiệm thi hành Quyết định này./.',
];
const TABLES = [
  'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
  '__________',
  'Số: 1544/QĐ-BLĐTBXH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '______________________',
  'Hà Nội, ngày 26 tháng 9 năm 2024',
  'Nơi nhận:',
  '- Như Điều 3;',
  '- Lưu: VT, Vụ KHTC. | KT. BỘ TRƯỞNG',
  '',
  'Nguyễn Văn An',
];
const TEXT = [...BODY, ...TABLES].join('\n');

describe('a header block written after the body', () => {
  it('is found from its issuer line to its place-date line', () => {
    const b = displacedHeader(TEXT)!;
    expect(TEXT.slice(b.start, b.end)).toBe(`${TABLES.slice(0, 6).join('\n')}\n`);
  });

  it('is read at the top: header, subject, citations and tasks, with spans into the input as given', () => {
    const r = extract(TEXT);
    expect(r.warnings.map((w) => w.code)).toContain('HEADER_MOVED');
    expect(r.warnings.map((w) => w.code)).not.toContain('PREFACE_SKIPPED');
    expect(r.number?.value).toBe('1544/QĐ-BLĐTBXH');
    expect(TEXT.slice(r.number!.span.start, r.number!.span.end)).toBe('1544/QĐ-BLĐTBXH');
    expect(r.date?.iso).toBe('2024-09-26');
    expect(TEXT.slice(r.date!.span.start, r.date!.span.end)).toContain('ngày 26 tháng 9 năm 2024');
    expect(r.issuer?.name).toBe('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI');
    expect(r.subject).toBe('về việc phê duyệt kế hoạch lựa chọn nhà thầu dự án Trung tâm Điều dưỡng tỉnh X');
    expect(r.citations.map((c) => c.number?.value)).toEqual(['62/2022/NĐ-CP']);
    expect(r.tasks.map((t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`)).toEqual([
      'Điều 2: Chủ đầu tư',
      'Điều 3: Chánh Văn phòng Bộ | Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh X',
    ]);
    expect(r.signers.map((s) => [s.authority, s.onBehalfOf, s.name])).toEqual([['KT', 'Bộ trưởng', 'Nguyễn Văn An']]);
  });

  it('is left where it is when the header opens the text, or when no body ends above it', () => {
    const inPlace = [...TABLES.slice(0, 6), ...BODY, ...TABLES.slice(6)].join('\n');
    expect(displacedHeader(normalize(inPlace).text)).toBeNull();
    // a web page's preface above the header has no end mark
    const preface = ['Quyết định 1544/QĐ-BLĐTBXH năm 2024 phê duyệt kế hoạch lựa chọn nhà thầu dự án Trung tâm Điều dưỡng', 'Số hiệu: 1544/QĐ-BLĐTBXH Loại văn bản: Quyết định Nơi ban hành: Bộ Lao động', 'Ngày ban hành: 26/09/2024 Người ký: Nguyễn Văn An', ...TABLES.slice(0, 6), ...BODY].join('\n');
    expect(displacedHeader(preface)).toBeNull();
    // a decision that issues a plan: the plan's own header after the decision's end mark is its own
    const attached = [...TABLES.slice(0, 6), ...BODY, ...TABLES.slice(0, 6)].join('\n');
    expect(displacedHeader(attached)).toBeNull();
    // a body complete with its distribution list above a later heading (an annex's form, a scan
    // whose own heading OCR damaged): the later block is the annex's
    const annex = [...BODY, 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.', ...TABLES.slice(0, 6)].join('\n');
    expect(displacedHeader(annex)).toBeNull();
  });
});
