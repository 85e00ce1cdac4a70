// Which archived document a citation names. Party numbers restart every term and in every
// province ("49-NQ/TU" exists in many provinces), so a number alone is not an identity: the
// candidate with the same number is scored on type, issuer and date, and the citation links to
// it only when one candidate clearly wins. Otherwise it stays an external node.
import { boundedMemo } from '../normalize/bounded-memo.js';
import { looseKey } from '../normalize/fold.js';

export interface CitationFacts {
  numberKey: string;
  typeCode: string | null;
  issuer: string | null;
  date: string | null; // ISO
  year: number | null;
  /** Date of the citing document: a cited document cannot be younger. */
  citingDate: string | null;
}

export interface Candidate {
  id: number;
  typeCode: string | null;
  issuer: string | null;
  issuerParent: string | null;
  date: string | null;
  year: number | null;
}

export interface LinkDecision {
  id: number | null;
  confidence: number;
  reason: string;
}

/** Canonical key of a document number: no spaces, one dash, upper case, Đ → D. */
export function numberKey(value: string): string {
  return value.normalize('NFC').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '').toUpperCase().replace(/Đ/g, 'D');
}

/** Loose issuer key with the usual abbreviations expanded, so "UBND tỉnh" meets "Ủy ban nhân dân tỉnh". */
export function issuerKey(name: string | null): string | null {
  return name ? rememberedKey(name) : null;
}
// linking asks for the same few issuers once per candidate of every citation
const rememberedKey = boundedMemo(issuerKeyOf, 20_000);

function issuerKeyOf(name: string): string {
  return looseKey(name)
    .replace(/\bubnd\b/g, 'uy ban nhan dan')
    .replace(/\bhdnd\b/g, 'hoi dong nhan dan')
    .replace(/\bbtv\b/g, 'ban thuong vu')
    .replace(/\bmttq\b/g, 'mat tran to quoc');
}

function issuerMatches(cited: string, cand: Candidate): boolean {
  const a = issuerKey(cited)!;
  for (const n of [cand.issuer, cand.issuerParent && cand.issuer ? `${cand.issuer} ${cand.issuerParent}` : null]) {
    const b = issuerKey(n);
    if (!b) continue;
    if (a === b || a.includes(b) || b.includes(a)) return true;
    // token overlap: "Ban Thường vụ Tỉnh ủy" vs "BAN THƯỜNG VỤ TỈNH ỦY LÀO CAI"
    const ta = new Set(a.split(' '));
    const tb = b.split(' ');
    const common = tb.filter((t) => ta.has(t)).length;
    if (common / Math.max(ta.size, tb.length) >= 0.6) return true;
  }
  return false;
}

/** Scores the candidates sharing a citation's number; returns the winner or none. */
export function decideLink(c: CitationFacts, candidates: Candidate[]): LinkDecision {
  if (candidates.length === 0) return { id: null, confidence: 0, reason: 'no document with this number in the archive' };
  const scored = candidates.map((d) => {
    let score = 0.5;
    const why: string[] = ['number'];
    if (c.typeCode && d.typeCode) {
      if (c.typeCode === d.typeCode) { score += 0.1; why.push('type'); }
      else { score -= 0.2; why.push('type differs'); }
    }
    if (c.issuer && (d.issuer || d.issuerParent)) {
      if (issuerMatches(c.issuer, d)) { score += 0.15; why.push('issuer'); }
      else { score -= 0.15; why.push('issuer differs'); }
    }
    if (c.date && d.date) {
      if (c.date === d.date) { score += 0.3; why.push('date'); }
      else { score -= 0.3; why.push('date differs'); }
    } else if (c.year && d.year) {
      if (c.year === d.year) { score += 0.1; why.push('year'); }
      else { score -= 0.3; why.push('year differs'); }
    }
    if (c.citingDate && d.date && d.date > c.citingDate) { score -= 0.4; why.push('younger than the citing document'); }
    return { d, score: Math.max(0, Math.min(1, score)), why };
  });
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const second = scored[1];
  if (best.score < 0.5) return { id: null, confidence: best.score, reason: `best candidate #${best.d.id} too weak: ${best.why.join(', ')}` };
  if (second && best.score - second.score < 0.1) {
    return { id: null, confidence: best.score / 2, reason: `ambiguous: ${scored.length} documents share the number and nothing tells them apart` };
  }
  return { id: best.d.id, confidence: best.score, reason: `${best.why.join(' + ')}${scored.length > 1 ? ` (best of ${scored.length})` : ''}` };
}

/** A stored citation as both stores read it to link it. */
export interface CitationRow {
  id: number;
  document_id: number;
  type_code: string | null;
  number: string;
  number_key: string;
  date: string | null;
  year: number | null;
  issuer: string | null;
  relation: string;
  citing_date: string | null;
}

/** Where a citation's link goes: an archived document, or the external node keyed by number and date. */
export type LinkTarget =
  | { to: 'document'; id: number; confidence: number; reason: string }
  | { to: 'external'; key: string; number: string; typeCode: string | null; issuer: string | null; date: string | null; confidence: number; reason: string };

/** The link of one citation, given the archived documents sharing its number (its own excluded here). */
export function linkTarget(c: CitationRow, candidates: Candidate[]): LinkTarget {
  const others = candidates.filter((d) => d.id !== c.document_id);
  const d = decideLink({ numberKey: c.number_key, typeCode: c.type_code, issuer: c.issuer, date: c.date, year: c.year, citingDate: c.citing_date }, others);
  if (d.id !== null) return { to: 'document', id: d.id, confidence: d.confidence, reason: d.reason };
  return {
    to: 'external',
    key: `${c.number_key}@${c.date ?? c.year ?? '?'}`,
    number: c.number,
    typeCode: c.type_code,
    issuer: c.issuer,
    date: c.date ?? (c.year ? String(c.year) : null),
    confidence: 1 - d.confidence,
    reason: `external: ${d.reason}`,
  };
}

