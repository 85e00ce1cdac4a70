// The same archive schema in PostgreSQL, so several ingest machines share one store: every write
// is an upsert keyed by the content hash (documents) or the path (files), inside one transaction
// per record; schema creation and linking take an advisory lock.
import type { Pool, PoolClient } from 'pg';
import type { DirectiveRecord } from '../schema/record.js';
import type { FileStamp } from './ingest.js';
import { linkTarget, numberKey, type Candidate, type CitationRow } from './link.js';
import { assembleGraph, chainDocs, walkChain, type ChainNode, type DocRow, type EdgeRow, type ExternalRow, type GraphData, type LinkRow, type NodeRow } from './queries.js';
import { recordRows, type RecordRows } from './rows.js';
import { SCHEMA_SQL, STORE_VERSION } from './schema.js';

/** The SQLite schema in PostgreSQL's dialect (same tables, columns and indexes). */
export function pgSchema(): string {
  return SCHEMA_SQL.replace(/\bid(\s+)INTEGER PRIMARY KEY/g, 'id$1BIGSERIAL PRIMARY KEY')
    .replace(/\bINTEGER\b/g, 'BIGINT')
    .replace(/\bREAL\b/g, 'DOUBLE PRECISION');
}

const LOCK_SCHEMA = 7_020_001;
const LOCK_LINK = 7_020_002;

export class PgStore {
  private constructor(private readonly pool: Pool) {}

  static async open(url: string): Promise<PgStore> {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    const store = new PgStore(pool);
    await store.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_SCHEMA]);
      await c.query(pgSchema());
      const v = await c.query('SELECT value FROM meta WHERE key = $1', ['store_version']);
      if (v.rowCount === 0) await c.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT DO NOTHING', ['store_version', String(STORE_VERSION)]);
      else if (Number(v.rows[0].value) !== STORE_VERSION) throw new Error(`archive has store version ${v.rows[0].value}; this vanban writes version ${STORE_VERSION}`);
    });
    return store;
  }

  private async tx<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const r = await fn(c);
      await c.query('COMMIT');
      return r;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async hasFile(path: string, stamp: FileStamp | null): Promise<boolean> {
    if (!stamp) return false;
    const r = await this.pool.query('SELECT size, mtime FROM files WHERE path = $1', [path]);
    return r.rowCount !== 0 && Number(r.rows[0].size) === stamp.size && Number(r.rows[0].mtime) === stamp.mtime;
  }

  async recordBySha(sha256: string): Promise<DirectiveRecord | null> {
    const r = await this.pool.query('SELECT record FROM documents WHERE sha256 = $1', [sha256]);
    return r.rowCount ? (JSON.parse(r.rows[0].record) as DirectiveRecord) : null;
  }

  async putRecord(path: string, rec: DirectiveRecord, stamp: FileStamp | null = null): Promise<number> {
    return this.putRows(path, recordRows(rec), stamp);
  }

  /** putRecord for a record already turned into rows (by the ingest worker). */
  async putRows(path: string, rows: RecordRows, stamp: FileStamp | null = null): Promise<number> {
    const params = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(',');
    return this.tx(async (c) => {
      const ins = await c.query(
        `INSERT INTO documents (sha256, path, format, system, type_code, number, number_key, issuer, issuer_key, issuer_parent, place, date, year, subject, ocr, record)
         VALUES (${params(16)}) ON CONFLICT (sha256) DO NOTHING RETURNING id`,
        [rows.sha256, path, ...rows.doc],
      );
      let id: number;
      if (ins.rowCount) {
        id = Number(ins.rows[0].id);
        for (const ci of rows.citations) {
          await c.query(`INSERT INTO citations (document_id, ord, type_code, number, number_key, date, year, issuer, title, relation) VALUES (${params(10)})`, [id, ...ci]);
        }
        for (const t of rows.tasks) {
          const tr = await c.query('INSERT INTO tasks (document_id, section, heading, deadline) VALUES ($1,$2,$3,$4) RETURNING id', [id, ...t.row]);
          for (const a of t.assignees) await c.query('INSERT INTO assignees (task_id, name) VALUES ($1,$2)', [tr.rows[0].id, a]);
        }
        for (const s of rows.signers) await c.query('INSERT INTO signers (document_id, authority, on_behalf_of, title, name, signed) VALUES ($1,$2,$3,$4,$5,$6)', [id, ...s]);
      } else {
        // another machine stored these bytes first: its row stands
        id = Number((await c.query('SELECT id FROM documents WHERE sha256 = $1', [rows.sha256])).rows[0].id);
      }
      await c.query(
        'INSERT INTO files (path, sha256, size, mtime, document_id) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, mtime = excluded.mtime, document_id = excluded.document_id, error_id = NULL',
        [path, rows.sha256, stamp?.size ?? null, stamp?.mtime ?? null, id],
      );
      return id;
    });
  }

  async putError(path: string, sha256: string | null, code: string, message: string, stamp: FileStamp | null = null): Promise<void> {
    await this.tx(async (c) => {
      const key = sha256 ?? `path:${path}`;
      const r = await c.query(
        'INSERT INTO errors (key, path, code, message) VALUES ($1,$2,$3,$4) ON CONFLICT (key) DO UPDATE SET code = excluded.code, message = excluded.message RETURNING id',
        [key, path, code, message],
      );
      await c.query(
        'INSERT INTO files (path, sha256, size, mtime, error_id) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, mtime = excluded.mtime, error_id = excluded.error_id, document_id = NULL',
        [path, sha256, stamp?.size ?? null, stamp?.mtime ?? null, r.rows[0].id],
      );
    });
  }

  /** As ArchiveStore.link: every citation resolved again; citations read `pageSize` at a time. */
  async link(pageSize = 2000): Promise<{ linked: number; external: number }> {
    return this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_LINK]);
      // a page at a time (keyset on number, id): memory stays flat on an archive of any size
      const page = async (afterKey: string, afterId: number) =>
        (
          await c.query(
            `SELECT c.id, c.document_id, c.type_code, c.number, c.number_key, c.date, c.year, c.issuer, c.relation, d.date AS citing_date
             FROM citations c JOIN documents d ON d.id = c.document_id
             WHERE c.number_key IS NOT NULL AND (c.number_key, c.id) > ($1, $2) ORDER BY c.number_key, c.id LIMIT $3`,
            [afterKey, afterId, pageSize],
          )
        ).rows;
      await c.query('DELETE FROM links');
      let linked = 0;
      let external = 0;
      // in number order, so the documents sharing a number are read once for all its citations
      let key: string | null = null;
      let cands: Candidate[] = [];
      let cits = await page('', -1);
      while (cits.length > 0) {
        for (const row of cits) {
          // BIGINT columns arrive as strings
          const ci: CitationRow = { ...row, document_id: Number(row.document_id), year: row.year === null ? null : Number(row.year) };
          if (ci.number_key !== key) {
            key = ci.number_key;
            cands = (await c.query('SELECT id, type_code AS "typeCode", issuer, issuer_parent AS "issuerParent", date, year FROM documents WHERE number_key = $1', [key])).rows
              .map((d) => ({ ...d, id: Number(d.id), year: d.year === null ? null : Number(d.year) }) as Candidate);
          }
          const t = linkTarget(ci, cands);
          if (t.to === 'document') {
            await c.query('INSERT INTO links (citation_id, from_doc, to_doc, relation, confidence, reason) VALUES ($1,$2,$3,$4,$5,$6)', [ci.id, ci.document_id, t.id, ci.relation, t.confidence, t.reason]);
            linked++;
          } else {
            const x = await c.query(
              'INSERT INTO externals (key, number, type_code, issuer, date) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (key) DO UPDATE SET issuer = COALESCE(externals.issuer, excluded.issuer) RETURNING id',
              [t.key, t.number, t.typeCode, t.issuer, t.date],
            );
            await c.query('INSERT INTO links (citation_id, from_doc, to_external, relation, confidence, reason) VALUES ($1,$2,$3,$4,$5,$6)', [ci.id, ci.document_id, x.rows[0].id, ci.relation, t.confidence, t.reason]);
            external++;
          }
        }
        const last = cits[cits.length - 1];
        cits = await page(last.number_key, Number(last.id));
      }
      return { linked, external };
    });
  }

  /** Documents with this id or number (a number repeats across terms and provinces). */
  async find(ref: string): Promise<number[]> {
    if (/^\d+$/.test(ref)) {
      const r = await this.pool.query('SELECT id FROM documents WHERE id = $1', [Number(ref)]);
      if (r.rowCount) return [Number(r.rows[0].id)];
    }
    return (await this.pool.query('SELECT id FROM documents WHERE number_key = $1 ORDER BY date', [numberKey(ref)])).rows.map((r) => Number(r.id));
  }

  /**
   * The chain from a document, as ArchiveStore.chain gives it. One recursive query finds the
   * documents within reach, a second their edges; the tree is then walked in memory.
   */
  async chain(docId: number, direction: 'up' | 'down', depth = 10): Promise<ChainNode[]> {
    const up = direction === 'up';
    const reach = await this.pool.query(
      up
        ? `WITH RECURSIVE r(doc, depth) AS (SELECT $1::bigint, 0 UNION SELECT l.to_doc, r.depth + 1 FROM links l JOIN r ON l.from_doc = r.doc WHERE r.depth < $2 AND l.to_doc IS NOT NULL) SELECT DISTINCT doc FROM r`
        : `WITH RECURSIVE r(doc, depth) AS (SELECT $1::bigint, 0 UNION SELECT l.from_doc, r.depth + 1 FROM links l JOIN r ON l.to_doc = r.doc WHERE r.depth < $2) SELECT DISTINCT doc FROM r`,
      [docId, depth],
    );
    const docs = reach.rows.map((r) => Number(r.doc));
    const edgeRows = (
      await this.pool.query(
        up
          ? 'SELECT from_doc AS key, to_doc AS doc, to_external AS ext, relation, confidence FROM links WHERE from_doc = ANY($1) ORDER BY citation_id'
          : 'SELECT to_doc AS key, from_doc AS doc, NULL::bigint AS ext, relation, confidence FROM links WHERE to_doc = ANY($1) ORDER BY from_doc',
        [docs],
      )
    ).rows;
    const edges = new Map<number, EdgeRow[]>();
    const extIds = new Set<number>();
    for (const e of edgeRows) {
      const row: EdgeRow = { doc: e.doc === null ? null : Number(e.doc), ext: e.ext === null ? null : Number(e.ext), relation: e.relation, confidence: Number(e.confidence) };
      if (row.ext !== null) extIds.add(row.ext);
      const k = Number(e.key);
      const list = edges.get(k);
      if (list) list.push(row);
      else edges.set(k, [row]);
    }
    const nodes = new Map<string, NodeRow>();
    const allDocs = [...new Set([...docs, ...edgeRows.filter((e) => e.doc !== null).map((e) => Number(e.doc))])];
    for (const d of (await this.pool.query('SELECT id, number, type_code AS "typeCode", issuer, date, subject FROM documents WHERE id = ANY($1)', [allDocs])).rows) nodes.set(`d:${d.id}`, d);
    for (const x of (await this.pool.query('SELECT id, number, type_code AS "typeCode", issuer, date FROM externals WHERE id = ANY($1)', [[...extIds]])).rows) nodes.set(`x:${x.id}`, x);
    return walkChain(docId, depth, (id) => edges.get(id) ?? [], (node) => nodes.get(node) ?? { number: null, typeCode: null, issuer: null, date: null });
  }

  /** The whole graph (or the part reachable from `root` both ways), as ArchiveStore.graph. */
  async graph(root?: number): Promise<GraphData> {
    const docIds = root === undefined ? null : chainDocs(await this.chain(root, 'up', 50), await this.chain(root, 'down', 50));
    const num = <T extends object>(rows: T[], keys: (keyof T)[]) => rows.map((r) => { for (const k of keys) if (r[k] !== null) (r as Record<keyof T, unknown>)[k] = Number(r[k]); return r; });
    return assembleGraph(
      num((await this.pool.query('SELECT id, number, type_code AS "typeCode", issuer, date, system, subject FROM documents')).rows as DocRow[], ['id']),
      num((await this.pool.query('SELECT from_doc, to_doc, to_external, relation, confidence, reason FROM links')).rows as LinkRow[], ['from_doc', 'to_doc', 'to_external', 'confidence']),
      num((await this.pool.query('SELECT id, number, type_code AS "typeCode", issuer, date FROM externals')).rows as ExternalRow[], ['id']),
      docIds,
    );
  }

  /** Every stored document's id, path and record JSON, in id order (for views and exports). */
  async listRecords(): Promise<{ id: number; path: string | null; record: string }[]> {
    return (await this.pool.query('SELECT id, path, record FROM documents ORDER BY id')).rows.map((r) => ({ id: Number(r.id), path: r.path, record: r.record }));
  }

  async counts(): Promise<{ files: number; documents: number; errors: number; citations: number; links: number; externals: number }> {
    const n = async (t: string) => Number((await this.pool.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
    return { files: await n('files'), documents: await n('documents'), errors: await n('errors'), citations: await n('citations'), links: await n('links'), externals: await n('externals') };
  }
}
