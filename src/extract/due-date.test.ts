import { describe, expect, it } from 'vitest';
import { parseDue } from './due-date.js';

const parts = (s: string) => {
  const d = parseDue(s);
  return d && [d.year, d.month, d.day, d.raw];
};

describe('parseDue: the due time of a task table cell', () => {
  it('a day, as any date is written', () => {
    expect(parts('30/6/2025')).toEqual([2025, 6, 30, '30/6/2025']);
    expect(parts('Trước ngày 15 tháng 7 năm 2025')).toEqual([2025, 7, 15, 'ngày 15 tháng 7 năm 2025']);
  });
  it('a month', () => {
    expect(parts('Tháng 12/2025')).toEqual([2025, 12, null, 'Tháng 12/2025']);
    expect(parts('trong tháng 9 năm 2025')).toEqual([2025, 9, null, 'tháng 9 năm 2025']);
    expect(parts('T12/2025')).toEqual([2025, 12, null, 'T12/2025']);
    expect(parts('Tháng 13/2025')).toEqual([2025, null, null, 'Tháng 13/2025']);
    // as OCR reads it
    expect(parts('Thán12/2025')).toEqual([2025, 12, null, 'Thán12/2025']);
    expect(parts('thắng 6 nấm 2025')).toEqual([2025, 6, null, 'thắng 6 nấm 2025']);
  });
  it('a quarter or a year keeps the year only; the raw text says which quarter', () => {
    expect(parts('Quý II/2025')).toEqual([2025, null, null, 'Quý II/2025']);
    expect(parts('Quý 3 năm 2026')).toEqual([2026, null, null, 'Quý 3 năm 2026']);
    expect(parts('Năm 2026')).toEqual([2026, null, null, 'Năm 2026']);
    expect(parts('Hoàn thành trong năm 2027')).toEqual([2027, null, null, 'năm 2027']);
  });
  it('ongoing work and ranges have no due time', () => {
    expect(parseDue('Thường xuyên')).toBeNull();
    expect(parseDue('Hằng năm')).toBeNull();
    expect(parseDue('2025 - 2030')).toBeNull();
    expect(parseDue('Giai đoạn 2021-2025')).toBeNull();
    expect(parseDue('từ 2021 đến 2025')).toBeNull();
    expect(parseDue('Quý II')).toBeNull();
  });
  it('spans are relative to the base given', () => {
    expect(parseDue('Hoàn thành: Tháng 12/2025', 100)?.span).toEqual({ start: 112, end: 125 });
  });
  it('stays linear on 1 MB of digits and "tháng"', () => {
    const t0 = performance.now();
    expect(parseDue('tháng 1'.repeat(150_000))).toBeNull();
    expect(parseDue('2025 - '.repeat(150_000))).toBeNull();
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
