// End-to-end on the seed documents (fixtures/seeds, gold beside them): real values, not shapes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DirectiveRecord, extract, extractFile } from '../src/index.js';

const seed = (n: string) => `fixtures/seeds/${n}`;

describe('seed 004: Party công văn', async () => {
  const path = seed('004_34ba2caeb00c9d16.txt');
  const text = readFileSync(path, 'utf8');
  const r = await extractFile(path);

  it('reads the header', () => {
    expect(r.system).toBe('party');
    expect(r.type).toEqual({ code: 'CV', name: 'Công văn' });
    expect(r.number).toMatchObject({ value: '1008-CV/BTGTU', serial: '1008', symbol: 'CV/BTGTU', issuerCode: 'BTGTU' });
    expect(r.issuer).toMatchObject({ name: 'BAN TUYÊN GIÁO', parent: 'TỈNH ỦY LẠNG SƠN', provenance: 'read' });
    expect(r.place).toBe('Lạng Sơn');
    expect(r.date).toMatchObject({ iso: '2021-12-22' });
    expect(r.subject).toMatch(/^Tuyên truyền thực hiện Nghị quyết số 49-NQ\/TU, ngày 28\/9\/2021/);
  });

  it('puts every span on the original text', () => {
    expect(text.slice(r.number!.span.start, r.number!.span.end)).toBe('1008 - CV/BTGTU');
    expect(text.slice(r.date!.span.start, r.date!.span.end)).toBe('ngày 22 tháng 12 năm 2021');
    const c = r.citations.find((x) => x.number?.value === '49-NQ/TU')!;
    expect(c.mentions.length).toBeGreaterThanOrEqual(5);
    for (const m of c.mentions) expect(text.slice(m.start, m.end)).toMatch(/49-? ?NQ\/TU|Nghị quyết/);
  });

  it('reads recipients, citations with their relation, tasks and the signer', () => {
    expect(r.recipients.map((x) => x.name)).toEqual([
      'Ban tuyên giáo - trung tâm chính trị các huyện ủy, thành ủy',
      'ban tuyên giáo, tuyên huấn các đảng ủy trực thuộc',
      'Mặt trận Tổ quốc, các tổ chức chính trị - xã hội tỉnh',
      'Sở Thông tin & Truyền thông',
      'Sở Văn hoá, Thể thao và Du Lịch',
      'Các cơ quan báo chí của tỉnh',
    ]);
    const nq = r.citations.find((x) => x.number?.value === '49-NQ/TU')!;
    expect(nq).toMatchObject({ relation: 'implements', date: { iso: '2021-09-28' }, type: { code: 'NQ' } });
    expect(nq.issuer).toMatch(/^Ban Thường vụ Tỉnh ủy/);
    expect(r.citations.map((x) => x.number?.value)).toContain('01-CTr/BTGTU-HĐND-UBND-TA-VKS');
    expect(r.tasks.find((t) => t.section === '3')!.assignees.map((a) => a.name)).toEqual(['Sở Thông tin và Truyền thông']);
    expect(r.signers).toHaveLength(1);
    expect(r.signers[0]).toMatchObject({ authority: null, title: 'Trưởng ban', name: 'Phùng Quang Hội', signed: true });
    expect(r.archive).toMatchObject({ units: ['VT'] });
  });

  it('is schema-valid and carries no schema warning', () => {
    expect(DirectiveRecord.safeParse(r).success).toBe(true);
    expect(r.warnings.map((w) => w.code)).not.toContain('SCHEMA_VIOLATION');
  });
});

describe('seed 003: Kế hoạch with a blank number, aliases and nested sections', async () => {
  const r = await extractFile(seed('003_4c2f70d83e99c86f.txt'));
  it('keeps the symbol of a blank serial and the blank day and month', () => {
    expect(r.number).toMatchObject({ value: '/KH-STTTT', serial: null });
    expect(r.date).toMatchObject({ year: 2020, month: null, day: null, iso: null });
    expect(r.type?.code).toBe('KH');
  });
  it('binds the alias to its instrument and reads III.6.1-style task paths', () => {
    const qd = r.citations.find((c) => c.number?.value === '628/QĐ-TTg')!;
    expect(qd.alias).toBe('Quyết định số 628/QĐ-TTg');
    expect(qd.issuer).toBe('Thủ tướng Chính phủ');
    expect(r.tasks.map((t) => t.section)).toEqual(expect.arrayContaining(['III.1', 'III.6.1', 'III.6.3']));
    expect(r.tasks.find((t) => t.section === 'III.6.3')!.assignees).toEqual([{ name: 'Thanh tra Sở' }]);
  });
  it('reads the stacked KT. signature and the Lưu line', () => {
    expect(r.signers[0]).toMatchObject({ authority: 'KT', onBehalfOf: 'Giám đốc', title: 'Phó Giám đốc', name: 'Lê Văn Kiên' });
    expect(r.archive).toMatchObject({ units: ['VT', 'P.TTBCXB'] });
    expect(r.distribution[1]).toMatchObject({ name: 'CT, PCT UBNDTP Lê Khắc Nam', note: 'đề b/c' });
  });
});

describe('seed 000: headerless công văn', () => {
  const r = extract(readFileSync(seed('000_96810f2f60cba53d.txt'), 'utf8'));
  it('infers the issuer from the body and marks it inferred', () => {
    expect(r.issuer).toMatchObject({ name: 'Sở Thông tin và Truyền thông', provenance: 'inferred' });
  });
  it('marks the letters sent along as attached or implemented', () => {
    const rel = Object.fromEntries(r.citations.map((c) => [c.number!.value, c.relation]));
    expect(rel['74-HD/BTGTU']).toBe('implements');
    expect(rel['1105-CV/BTGTU']).toBe('implements');
  });
});

describe('stacked and squeezed signature blocks', () => {
  it('records the innermost authority and keeps the outer one', () => {
    const r = extract('Nơi nhận:\n- Như trên;\n- Lưu: VT, THĐT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Thi\n');
    expect(r.signers).toHaveLength(1);
    expect(r.signers[0]).toMatchObject({
      authority: 'KT',
      onBehalfOf: 'Chủ tịch',
      title: 'Phó Chủ tịch',
      name: 'Nguyễn Văn Thi',
      outer: [{ authority: 'TM', onBehalfOf: 'Ủy ban nhân dân' }],
    });
  });
  it('splits a block squeezed onto one line', () => {
    const r = extract('Nội dung./.\n\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Bùi Hồng Lĩnh\n');
    expect(r.signers[0]).toMatchObject({ authority: 'KT', onBehalfOf: 'Bộ trưởng', title: 'Thứ trưởng', name: 'Bùi Hồng Lĩnh' });
  });
  it('reads Party T/M', () => {
    const r = extract('Đề nghị thực hiện./.\nNơi nhận:                  T/M BAN THƯỜNG VỤ\n- Như trên;                     PHÓ BÍ THƯ\n- Lưu Văn phòng Đảng ủy.\n\n                          Nguyễn Hữu Long\n');
    expect(r.signers[0]).toMatchObject({ authority: 'TM', onBehalfOf: 'Ban Thường vụ', title: 'Phó Bí thư', name: 'Nguyễn Hữu Long' });
    expect(r.archive).toMatchObject({ units: ['Văn phòng Đảng ủy'] });
  });
});
