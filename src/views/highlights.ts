// Which spans of a record are shown highlighted in the text, with the field each belongs to.
// Spans that cross each other cannot both be drawn as nested marks: the later one is dropped.
import type { DirectiveRecord } from '../schema/record.js';

export interface Highlight {
  id: string;
  field: string;
  label: string;
  start: number;
  end: number;
}

export const FIELD_COLOURS: Record<string, string> = {
  number: '#ffd54f',
  date: '#81d4fa',
  place: '#b3e5fc',
  issuer: '#ce93d8',
  subject: '#c5e1a5',
  recipient: '#ffcc80',
  citation: '#ef9a9a',
  unnumbered: '#f8bbd0',
  task: '#b2dfdb',
  distribution: '#d7ccc8',
  archive: '#cfd8dc',
  signer: '#9fa8da',
};

export function highlightsOf(r: DirectiveRecord): Highlight[] {
  const out: Highlight[] = [];
  const add = (field: string, label: string, span: { start: number; end: number } | null | undefined) => {
    if (span && span.end > span.start) out.push({ id: `h${out.length}`, field, label, start: span.start, end: span.end });
  };
  add('number', `number: ${r.number?.value ?? ''}`, r.number?.span);
  add('date', `date: ${r.date?.iso ?? r.date?.year ?? ''}`, r.date?.span);
  add('issuer', `issuer: ${r.issuer?.name ?? ''}`, r.issuer?.span);
  add('subject', 'subject', r.subjectSpan);
  for (const x of r.recipients) add('recipient', `recipient: ${x.name}`, x.span);
  r.citations.forEach((c, i) => c.mentions.forEach((m) => add('citation', `citation ${i + 1}: ${c.number?.value ?? ''} (${c.relation})`, m)));
  for (const u of r.unnumberedCitations) add('unnumbered', `unnumbered citation: ${u.text}`, u.span);
  r.tasks.forEach((t) => t.items.forEach((it) => add('task', `task ${t.section}: ${t.assignees.map((a) => a.name).join(', ') || 'all recipients'}`, it.span)));
  for (const d of r.distribution) add('distribution', `Nơi nhận: ${d.name}`, d.span);
  add('archive', 'Lưu', r.archive?.span);
  for (const s of r.signers) add('signer', `signer: ${[s.authority, s.title, s.name].filter(Boolean).join(' ')}`, s.span);
  return out;
}

/** Keeps a set of spans that nest properly (outer first), dropping any that crosses a kept one. */
export function nestable(hs: Highlight[]): Highlight[] {
  const sorted = [...hs].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Highlight[] = [];
  const open: Highlight[] = [];
  for (const h of sorted) {
    while (open.length && open[open.length - 1]!.end <= h.start) open.pop();
    const top = open[open.length - 1];
    if (top && h.end > top.end) continue; // crosses its enclosing span
    kept.push(h);
    open.push(h);
  }
  return kept;
}
