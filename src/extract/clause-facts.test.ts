// clauseFacts answers, for each mention of a sentence in turn, what the two clause patterns
// answer on the sentence so far; it only scans what is new. Checked against the patterns
// themselves on sentences grown piece by piece.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CAN_CU_OPENS, clauseFacts, IMPLEMENTS_OPENS } from './citations.js';

const PIECES = ['căn cứ', 'căn cứu', 'thực hiện', 'triển khai', 'rà soát', 'việc', '; ', ';\n', '\n', '. ', ': ', '- ', '• ', '  ', ' ', 'x', 'quyết định số 1/qđ-ubnd', 'và'];

describe('clauseFacts', () => {
  test.prop([fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), { minLength: 1, maxLength: 30 })], { numRuns: 400 })(
    'answers as the patterns do on the whole sentence so far',
    (steps) => {
      const facts = clauseFacts();
      let c = '';
      for (const step of steps) {
        c += step.join('');
        expect(facts(c, 7)).toEqual({ basedOn: CAN_CU_OPENS.test(c), implementsIt: IMPLEMENTS_OPENS.test(c) });
      }
    },
  );
  it('starts afresh with a new sentence', () => {
    const facts = clauseFacts();
    expect(facts('căn cứ luật số 1/qh15 và nghị định số 2/nđ-cp', 0).basedOn).toBe(true);
    expect(facts('theo đề nghị của sở', 100).basedOn).toBe(false);
    expect(facts('- thực hiện rà soát quyết định', 200).implementsIt).toBe(false);
    expect(facts('- thực hiện rà soát quyết định; thực hiện quyết định', 200).implementsIt).toBe(true);
  });
});
