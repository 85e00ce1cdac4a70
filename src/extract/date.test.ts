import { describe, expect, it } from 'vitest';
import { parseDate, validDate } from './date.js';

describe('parseDate', () => {
  it('reads written, numeric, spaced and Party dash dates, day first', () => {
    expect(parseDate('ngày 05 tháng 01 năm 2020')).toMatchObject({ year: 2020, month: 1, day: 5, iso: '2020-01-05' });
    expect(parseDate('ngày 29/12/2021 của')).toMatchObject({ iso: '2021-12-29' });
    expect(parseDate('ngày 06 / 7 /2005')).toMatchObject({ iso: '2005-07-06' });
    expect(parseDate('ngày 01-10-1997')).toMatchObject({ iso: '1997-10-01' });
    expect(parseDate('ngày 16/7/20 21 của')).toMatchObject({ iso: '2021-07-16' }); // a stray space in the year
  });

  it('keeps blanks left for hand filling as null parts', () => {
    expect(parseDate('ngày    tháng 02 năm 2022')).toMatchObject({ year: 2022, month: 2, day: null, iso: null });
    expect(parseDate('ngày tháng năm 2026')).toMatchObject({ year: 2026, month: null, day: null });
  });

  it('rejects impossible dates and ranges', () => {
    expect(parseDate('31/02/2021')).toBeNull();
    expect(parseDate('giai đoạn 2021-2025')).toBeNull();
    expect(validDate(2024, 2, 29)).toBe(true);
    expect(validDate(2023, 2, 29)).toBe(false);
  });
  it('reads OCR letters for digits next to a digit, and "nấm" for "năm"', () => {
    expect(parseDate('ngày l6 tháng 3 nấm 2026')?.iso).toBe('2026-03-16');
    expect(parseDate('ngày L7 tháng 01 năm 2026')?.iso).toBe('2026-01-17');
    expect(parseDate('ngày tháng l năm 2026')).toBeNull(); // a lone letter is never read as a digit
  });

  it('reads the vowels OCR misreads in the words, "]" for 1, and a line break after "ngày"', () => {
    expect(parseDate('ngây 17 tháng 01 năm 2026')?.iso).toBe('2026-01-17');
    expect(parseDate('ngày 12 thang 9 năm 2024')?.iso).toBe('2024-09-12');
    expect(parseDate('ngày 19 thang 6 nam 2025')?.iso).toBe('2025-06-19'); // both words unaccented
    expect(parseDate('ngày 04 thắng 4 năm 2026')?.iso).toBe('2026-04-04');
    expect(parseDate('ngày\n03 tháng 0] năm 2023')?.iso).toBe('2023-01-03');
    // one break only: a date is not assembled from words on three lines
    expect(parseDate('ngày\n\n03 tháng 01 năm 2023')).toBeNull();
    // the year on the next line, as a wrapped title in capitals puts it ("… NGÀY 28 THÁNG 02 NĂM\n2025 VÀ …")
    expect(parseDate('NGÀY 28 THÁNG 02 NĂM\n2025 VÀ THÔNG TƯ')?.iso).toBe('2025-02-28');
    expect(parseDate('ngày 28 tháng 02 năm\n12 người')).toMatchObject({ year: null, month: 2, day: 28 });
  });
});
