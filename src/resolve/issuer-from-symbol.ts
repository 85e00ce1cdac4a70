// A citation that gives a number but not its issuer ("Nghị định số 24/2026/NĐ-CP") still names
// the issuer in its symbol. Only codes whose body is the same everywhere are read (see the data
// file); "UBND", "TU" and the like depend on the province, which the code does not carry.
import table from '../data/issuer-codes.json' with { type: 'json' };
import { issuerCodes } from '../extract/number.js';
import type { DocumentNumber } from '../schema/record.js';

const CODES = new Map(Object.entries(table.codes as Record<string, string>).map(([k, v]) => [k.toUpperCase(), v]));

function bodyOf(code: string): string | null {
  const c = code.toUpperCase().replace(/\d+$/, ''); // QH15 → QH, UBTVQH14 → UBTVQH
  const direct = CODES.get(c);
  if (direct) return direct;
  // SNNMT, SXD, STC: the provincial department of a ministry's field
  if (c.length >= 3 && c.startsWith('S')) {
    const ministry = CODES.get(`B${c.slice(1)}`);
    if (ministry?.startsWith('Bộ ')) return `Sở ${ministry.slice('Bộ '.length)}`;
  }
  return null;
}

/** The issuer named by a number's symbol, or null when any of its issuer codes is not known. */
export function issuerFromSymbol(n: DocumentNumber): string | null {
  const codes = issuerCodes(n);
  if (codes.length === 0) return null;
  const names: string[] = [];
  for (const code of codes) {
    const name = bodyOf(code);
    if (!name) return null;
    names.push(name);
  }
  return names.join(', ');
}
