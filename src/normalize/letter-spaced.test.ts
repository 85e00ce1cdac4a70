// Letter-spaced titles: characters set apart are cut back into syllables, spans stay exact.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { normalize } from './index.js';
import { cutSyllables, hasSpacedRun, unitScore } from './letter-spaced.js';

describe('letter-spaced text', () => {
  it('cuts letters into syllables: fewest, then frequent ones, then onsets', () => {
    expect(cutSyllables('củaThủtướngChínhphủ')).toEqual(['của', 'Thủ', 'tướng', 'Chính', 'phủ']);
    expect(cutSyllables('banhànhkèmtheo')?.join(' ')).toBe('ban hành kèm theo');
    expect(cutSyllables('bổsungQuychếthànhlập')?.join(' ')).toBe('bổ sung Quy chế thành lập');
    expect(cutSyllables('TTg')).toBeNull(); // an acronym stays whole
  });
  it('joins numbers and symbols, keeps list dashes apart, maps every kept character to itself', () => {
    const input = 'c ủ a T h ủ t ư ớ n g s ố 1 1 5 / 2 0 0 4 / Q Đ - T T g\nN ơ i n h ậ n : - B ộ X â y d ự n g ; - L ư u';
    const n = normalize(input);
    expect(n.text.split('\n')[0]).toBe('của Thủ tướng số 115/2004/QĐ-TTg');
    expect(n.text.split('\n')[1]).toBe('Nơi nhận: - Bộ Xây dựng; - Lưu');
    const at = n.text.indexOf('115/2004');
    const span = n.map.span(at, at + 8);
    expect(input.slice(span.start, span.end)).toBe('1 1 5 / 2 0 0 4');
  });
  it('cuts where a lower-case letter meets a capital when the letters are no syllables ("c á c P C T")', () => {
    const n = normalize('- T T U B : C T , c á c P C T ; - T h à nh đ o à n T N C S Hồ C hí M i nh;');
    expect(n.text).toBe('- TTUB: CT, các PCT; - Thành đoàn TNCS Hồ Chí Minh;');
  });
  it('scores a merge of one letter per part (an acronym) apart from the same letters merged from longer parts, whichever came first', () => {
    expect(unitScore('ĐBQH', 2)).toBe(-Infinity);
    expect(unitScore('ĐBQH', 4)).toBe(0);
    expect(unitScore('ĐBQH', 2)).toBe(-Infinity);
  });
  it('leaves ordinary text alone (fewer than six spaced characters)', () => {
    expect(normalize('Điểm a b c khoản 1 Điều 3').text).toBe('Điểm a b c khoản 1 Điều 3');
  });
});

describe('old Công báo heading', () => {
  it('reads number, date, issuer and subject from "Quyết định của … số … ngày … về việc …"', () => {
    const r = extract(
      'Quyết định\nc ủ a T h ủ t ư ớ n g C h í n h p h ủ s ố 1 1 5 / 2 0 0 4 / Q Đ - T T g\nn g à y 2 5 t h á n g 6 n ă m 2 0 0 4 v ề v i ệ c s ử a đ ổ i , b ổ s u n g\nQ u y c h ế t h à n h l ậ p Q u ỹ\n\nThủ tướng Chính phủ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n\nQuyết định:\n\nĐiều 1. Sửa đổi Quy chế.\n',
    );
    expect(r.number?.value).toBe('115/2004/QĐ-TTg');
    expect(r.date?.iso).toBe('2004-06-25');
    expect(r.issuer?.name).toBe('Thủ tướng Chính phủ');
    expect(r.subject).toBe('về việc sửa đổi, bổ sung Quy chế thành lập Quỹ');
    expect(r.type?.code).toBe('QĐ');
  });
});

describe('syllables broken by stray spaces', () => {
  it('joins the pieces of a syllable, in any case, and keeps spans on the original', () => {
    const input = '- T hủ tướ ng C h í nh ph ủ;\n- Nh ư tr ê n;\n- Bộ Lao động-Th ươ n g b i nh v à Xã hộ i, UBND các t ỉ nh;\nKT. CHỦ TỊ CH';
    const n = normalize(input);
    expect(n.text).toBe('- Thủ tướng Chính phủ;\n- Như trên;\n- Bộ Lao động-Thương binh và Xã hội, UBND các tỉnh;\nKT. CHỦ TỊCH');
    const at = n.text.indexOf('Chính');
    const span = n.map.span(at, at + 5);
    expect(input.slice(span.start, span.end)).toBe('C h í nh');
  });
  it('joins lone capital consonants into an acronym ("Phụ nữ T P;", "P hòng C V;")', () => {
    expect(normalize('- Hội L iên h i ệ p P hụ nữ T P ;\n- Các P hòng C V;').text).toBe('- Hội Liên hiệp Phụ nữ TP ;\n- Các Phòng CV;');
  });
  it('leaves words and labels that stand alone: "chú ý", "nhà ở", "thú y", "điểm c ở trên", acronyms', () => {
    for (const t of ['nâng cao ý thức, chú ý, nhà ở, xe ô tô', 'thuốc thú y; y tế', 'tại điểm c ở trên, điểm a b c khoản 1', 'TP HCM, CT UBND, VP UB, Tp Hồ Chí Minh']) {
      expect(normalize(t).text).toBe(t);
    }
  });
});

describe('hasSpacedRun', () => {
  const SPACED = /(?:[^\s] ){5}/u;
  it('finds five characters each followed by one space, wherever the run starts', () => {
    expect(hasSpacedRun('Q U Y Ế T ĐỊNH')).toBe(true);
    expect(hasSpacedRun(' a b c d e ')).toBe(true);
    expect(hasSpacedRun('abc d e f g h ')).toBe(true);
    expect(hasSpacedRun('a b c d e')).toBe(false); // the fifth has no space after it
    expect(hasSpacedRun('a b  c d e f')).toBe(false);
    expect(hasSpacedRun('a b\nc d e f ')).toBe(false);
    expect(hasSpacedRun('𝐀 𝐁 𝐂 𝐃 𝐄 ')).toBe(true); // characters outside the BMP count once
  });
  // the same answer as the pattern it stands for, on text built from the characters that matter
  test.prop([fc.array(fc.constantFrom('a', 'Ư', ' ', ' ', '\n', '\u00a0', '𝐀', '.'), { maxLength: 40 }).map((a) => a.join(''))], { numRuns: 2000 })('agrees with /(?:[^\\s] ){5}/u', (s) => {
    expect(hasSpacedRun(s)).toBe(SPACED.test(s));
  });
});
