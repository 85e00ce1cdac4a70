import { describe, expect, it } from 'vitest';
import { decideLink, numberKey } from './link.js';

const cand = (id: number, issuer: string, date: string, typeCode = 'NQ') => ({ id, typeCode, issuer, issuerParent: null, date, year: Number(date.slice(0, 4)) });

describe('decideLink', () => {
  it('tells apart Party numbers that repeat across provinces by issuer and date', () => {
    const cands = [cand(1, 'Ban Thường vụ Tỉnh ủy Lào Cai', '2021-09-28'), cand(2, 'Ban Thường vụ Tỉnh ủy Lạng Sơn', '2016-03-01')];
    const d = decideLink({ numberKey: numberKey('49-NQ/TU'), typeCode: 'NQ', issuer: 'Ban Thường vụ Tỉnh ủy Lào Cai', date: '2021-09-28', year: 2021, citingDate: '2022-01-10' }, cands);
    expect(d.id).toBe(1);
    expect(d.reason).toContain('date');
    expect(d.confidence).toBeGreaterThan(0.9);
  });
  it('stays external when nothing tells two candidates apart', () => {
    const cands = [cand(1, 'Tỉnh ủy A', '2021-09-28'), cand(2, 'Tỉnh ủy B', '2021-09-28')];
    const d = decideLink({ numberKey: '49-NQ/TU', typeCode: null, issuer: null, date: null, year: null, citingDate: null }, cands);
    expect(d.id).toBeNull();
    expect(d.reason).toMatch(/ambiguous/);
  });
  it('refuses a candidate younger than the citing document', () => {
    const d = decideLink({ numberKey: '12/KH-UBND', typeCode: 'KH', issuer: null, date: null, year: null, citingDate: '2020-01-01' }, [cand(5, 'UBND tỉnh', '2024-05-05', 'KH')]);
    expect(d.id).toBeNull();
  });
  it('matches "UBND tỉnh X" with "Ủy ban nhân dân tỉnh X"', () => {
    const d = decideLink({ numberKey: '09/KH-UBND', typeCode: 'KH', issuer: 'UBND tỉnh Lạng Sơn', date: null, year: 2022, citingDate: null }, [cand(3, 'Ủy ban nhân dân tỉnh Lạng Sơn', '2022-01-14', 'KH')]);
    expect(d.id).toBe(3);
    expect(d.reason).toContain('issuer');
  });
  it('canonical number keys', () => expect(numberKey('67 - HD/BTGTU')).toBe('67-HD/BTGTU'));
});
