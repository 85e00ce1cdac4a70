// Tasks: who a section assigns work to.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const tasksOf = (body: string) =>
  extract(`ỦY BAN NHÂN DÂN TỈNH X    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/QĐ-UBND    X, ngày 01 tháng 02 năm 2024\n\nQUYẾT ĐỊNH\nVề việc thử\n\n${body}\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.    TM. ỦY BAN NHÂN DÂN\n    CHỦ TỊCH\n    Nguyễn Văn A\n`).tasks.map(
    (t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`,
  );

describe('tasks', () => {
  it('a heading that names a body is its task', () => {
    expect(tasksOf('1. Sở Tài chính: bố trí kinh phí.\n2. Sở Nội vụ chủ trì, phối hợp thực hiện.')).toEqual(['1: Sở Tài chính', '2: Sở Nội vụ']);
  });
  it('"Giao X …" inside an article or in its "-" items names the addressees', () => {
    expect(tasksOf('Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Giao Giám đốc Sở Nội vụ chủ trì triển khai thực hiện.')).toContain('Điều 2: Giám đốc Sở Nội vụ');
    expect(tasksOf('Điều 2. Tổ chức thực hiện:\n- Giao Sở Tài chính, Sở Xây dựng thực hiện nhiệm vụ được phân công.')).toContain('Điều 2: Sở Tài chính | Sở Xây dựng');
  });
  it('a verb that is also a head ("Tổ chức triển lãm") names nobody', () => {
    expect(tasksOf('1. Tổ chức triển lãm thành tựu kinh tế - xã hội.\n2. Tổ chức, cá nhân có liên quan thực hiện.')).toEqual(['2: Tổ chức, cá nhân có liên quan']);
  });
});
