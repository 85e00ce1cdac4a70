// A record as the archive's rows, made where the record is made (the ingest worker), so the
// thread that writes the store only runs inserts: serialising and walking records there was
// most of its time, and that thread is what limits ingest on a machine with few cores.
import type { DirectiveRecord } from '../schema/record.js';
import { issuerKey, numberKey } from './link.js';

type Cell = string | number | null;

export interface RecordRows {
  sha256: string;
  /** documents columns after sha256 and path: format … ocr, then the record as JSON. */
  doc: Cell[];
  /** citations columns after document_id: ord, type_code, number, number_key, date, year, issuer, title, relation. */
  citations: Cell[][];
  /** tasks columns after document_id (section, heading, deadline) and the assignee names. */
  tasks: { row: Cell[]; assignees: string[] }[];
  /** signers columns after document_id: authority, on_behalf_of, title, name, signed. */
  signers: Cell[][];
}

/** The record's JSON as stored (without the read text) is the last documents column. */
export function rowsJson(rows: RecordRows): string {
  return rows.doc[rows.doc.length - 1] as string;
}

export function recordRows(rec: DirectiveRecord): RecordRows {
  return {
    sha256: rec.source.sha256,
    doc: [
      rec.source.format, rec.system, rec.type?.code ?? null, rec.number?.value ?? null,
      rec.number ? numberKey(rec.number.value) : null, rec.issuer?.name ?? null, issuerKey(rec.issuer?.name ?? null),
      rec.issuer?.parent ?? null, rec.place, rec.date?.iso ?? null, rec.date?.year ?? null, rec.subject,
      rec.source.ocr ? 1 : 0, JSON.stringify({ ...rec, text: undefined }),
    ],
    citations: rec.citations.map((c, i) => [
      i, c.type?.code ?? null, c.number?.value ?? null, c.number ? numberKey(c.number.value) : null,
      c.date?.iso ?? null, c.date?.year ?? null, c.issuer, c.title, c.relation,
    ]),
    tasks: rec.tasks.map((t) => ({ row: [t.section, t.heading, t.deadline?.iso ?? null], assignees: t.assignees.map((a) => a.name) })),
    signers: rec.signers.map((s) => [s.authority, s.onBehalfOf, s.title, s.name, s.signed ? 1 : 0]),
  };
}
