// Chain walks and graph assembly over rows, shared by the SQLite and PostgreSQL stores: each
// store fetches rows its own way (SQLite edge by edge, PostgreSQL with one recursive query)
// and hands them here, so both answer a query with the same tree.
import type { DirectiveRecord } from '../schema/record.js';

export type Relation = DirectiveRecord['citations'][number]['relation'];

export interface ChainNode {
  /** "d:<id>" for an archived document, "x:<id>" for an external instrument. */
  node: string;
  number: string | null;
  typeCode: string | null;
  issuer: string | null;
  date: string | null;
  subject: string | null;
  depth: number;
  /** Relation of the edge that led here (from the citing to the cited document). */
  relation: Relation | null;
  confidence: number | null;
  parent: string | null;
  external: boolean;
}

export interface GraphData {
  nodes: { id: string; number: string | null; typeCode: string | null; issuer: string | null; date: string | null; system: string | null; subject: string | null; external: boolean }[];
  edges: { from: string; to: string; relation: Relation; confidence: number; reason: string }[];
}

/** An edge as walked: to a document (`doc`) or an external node (`ext`). */
export interface EdgeRow {
  doc: number | null;
  ext: number | null;
  relation: Relation;
  confidence: number;
}

export interface NodeRow {
  number: string | null;
  typeCode: string | null;
  issuer: string | null;
  date: string | null;
  subject?: string | null;
}

/**
 * The chain from a document as a depth-first list (each node after its parent). `edgesOf(id)`
 * gives a document's edges in the walk's direction, in order; a cycle is cut where it closes.
 */
export function walkChain(docId: number, maxDepth: number, edgesOf: (id: number) => EdgeRow[], nodeOf: (node: string) => NodeRow): ChainNode[] {
  const out: ChainNode[] = [];
  const visit = (node: string, depth: number, relation: Relation | null, confidence: number | null, parent: string | null, seen: Set<string>) => {
    const external = node.startsWith('x:');
    const row = nodeOf(node);
    out.push({ node, number: row.number, typeCode: row.typeCode, issuer: row.issuer, date: row.date, subject: row.subject ?? null, depth, relation, confidence, parent, external });
    if (external || depth >= maxDepth) return;
    for (const e of edgesOf(Number(node.slice(2)))) {
      const next = e.doc !== null ? `d:${e.doc}` : `x:${e.ext}`;
      if (seen.has(next)) continue; // a cycle (mutual citations) is cut
      seen.add(next);
      visit(next, depth + 1, e.relation, e.confidence, node, seen);
      seen.delete(next);
    }
  };
  visit(`d:${docId}`, 0, null, null, null, new Set([`d:${docId}`]));
  return out;
}

export interface DocRow extends NodeRow {
  id: number;
  system: string | null;
  subject: string | null;
}
export interface LinkRow {
  from_doc: number;
  to_doc: number | null;
  to_external: number | null;
  relation: Relation;
  confidence: number;
  reason: string;
}
export interface ExternalRow extends NodeRow {
  id: number;
}

/** The graph of the given rows; with `docIds`, only those documents and the edges leaving them. */
export function assembleGraph(docs: DocRow[], links: LinkRow[], exts: ExternalRow[], docIds: Set<number> | null): GraphData {
  const edges = links
    .filter((l) => !docIds || docIds.has(l.from_doc))
    .map((l) => ({ from: `d:${l.from_doc}`, to: l.to_doc !== null ? `d:${l.to_doc}` : `x:${l.to_external}`, relation: l.relation, confidence: l.confidence, reason: l.reason }));
  const used = new Set(edges.flatMap((e) => [e.from, e.to]));
  const nodes = [
    ...docs.filter((d) => !docIds || docIds.has(d.id)).map((d) => ({ id: `d:${d.id}`, number: d.number, typeCode: d.typeCode, issuer: d.issuer, date: d.date, system: d.system, subject: d.subject, external: false })),
    ...exts.filter((x) => used.has(`x:${x.id}`)).map((x) => ({ id: `x:${x.id}`, number: x.number, typeCode: x.typeCode, issuer: x.issuer, date: x.date, system: null, subject: null, external: true })),
  ];
  return { nodes, edges };
}

/** Documents of a root's chains both ways (the part of the graph `graph --root` shows). */
export function chainDocs(up: ChainNode[], down: ChainNode[]): Set<number> {
  const ids = new Set<number>();
  for (const n of [...up, ...down]) if (!n.external) ids.add(Number(n.node.slice(2)));
  return ids;
}
