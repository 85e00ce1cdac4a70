// beforeNumber tries the type-word pattern only where a type word can start, from starts found
// window by window; it must give what the pattern gives on each whole window.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { beforeNumberParts } from './citations.js';

const { typeWordStarts, beforeNumber, BEFORE_NUMBER } = beforeNumberParts;
const PIECES = ['Nghị quyết', `Nghị${' '.repeat(50)}quyết`, 'nghị   quyết', 'Quyết     định', 'Công văn', 'văn bản', ' số ', 'số: ', ' của Bộ Tài chính', ' ', '   ', '\n', ', ', '(', 'x', 'Kế hoạch liên tịch', 'giấy phép khai thác khoáng sản', 'QCVN', 'và '];

test.prop([fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 80 }), fc.array(fc.nat(2000), { minLength: 1, maxLength: 12 })], { numRuns: 500 })(
  'gives the pattern\'s own match on every window, windows taken in text order',
  (pieces, ends) => {
    const text = pieces.join('');
    const starts = typeWordStarts(text);
    for (const e of [...new Set(ends.map((x) => x % (text.length + 1)))].sort((a, b) => a - b)) {
      const from = Math.max(0, e - 140);
      const window = text.slice(from, e);
      const got = beforeNumber(window, from, starts(from, e));
      const want = BEFORE_NUMBER.exec(window);
      expect(got && [got.index, got[0]]).toEqual(want && [want.index, want[0]]);
    }
  },
);
