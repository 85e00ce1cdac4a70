// Signature blocks: authority, the body signed for, the signer's title and name.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const signersOf = (block: string) =>
  extract(`ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KH-UBND\nX, ngày 01 tháng 02 năm 2024\n\nKẾ HOẠCH\nVề việc thử\n\nI. NỘI DUNG\n1. Sở Tài chính bố trí kinh phí./.\n\n${block}\n`).signers.map(
    ({ authority, onBehalfOf, title, name }) => ({ authority, onBehalfOf, title, name }),
  );

describe('signers', () => {
  it('a stacked block keeps the innermost authority and the outer body', () => {
    expect(signersOf('Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\tKT. CHỦ TỊCH\n- Lưu: VT.\tPHÓ CHỦ TỊCH\n\tNguyễn Văn An')).toEqual([
      { authority: 'KT', onBehalfOf: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Văn An' },
    ]);
  });
  it('"TM. BAN THƯỜNG TRỰC" is the body signed for, not a body plus a title', () => {
    expect(signersOf('Nơi nhận:                 TM. BAN THƯỜNG TRỰC\n- Như trên;                CHỦ TỊCH\n- Lưu: VT.\n                           Lan Thị Vân')).toEqual([
      { authority: 'TM', onBehalfOf: 'Ban Thường trực', title: 'Chủ tịch', name: 'Lan Thị Vân' },
    ]);
  });
  it('a squeezed line still splits a body from the signer\'s title', () => {
    expect(signersOf('Nơi nhận:\tTM. ỦY BAN NHÂN DÂN CHỦ TỊCH\n- Như trên;\n- Lưu: VT.\tNguyễn Văn Bình')).toEqual([
      { authority: 'TM', onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Nguyễn Văn Bình' },
    ]);
  });
});
