// The archive store (SQLite through better-sqlite3): each record whole in one transaction, keyed by the
// content hash, so a run killed at any instant and run again stores every file exactly once.
import Database from 'better-sqlite3';
import type { DirectiveRecord } from '../schema/record.js';
import { linkTarget, numberKey, type Candidate, type CitationRow } from './link.js';
import type { FileStamp } from './ingest.js';
import { assembleGraph, chainDocs, walkChain, type ChainNode, type DocRow, type EdgeRow, type ExternalRow, type GraphData, type LinkRow, type NodeRow } from './queries.js';
import { recordRows, type RecordRows } from './rows.js';
import { SCHEMA_SQL, STORE_VERSION } from './schema.js';

export type { ChainNode, GraphData, Relation } from './queries.js';

/** Citations read per page when linking. */
const LINK_PAGE = 2000;

/** Runs `f` again while SQLite reports the database busy without having waited (up to ~10 s). */
function retryBusy<T>(f: () => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return f();
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_BUSY') && !code.startsWith('SQLITE_LOCKED')) throw e;
      if (attempt >= 60) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 + 5 * attempt); // a synchronous pause
    }
  }
}

export class ArchiveStore {
  readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    // first, so that a connection opened while another writes waits instead of failing
    this.db.pragma('busy_timeout = 10000');
    // Two ingests opening a new archive at once: SQLite answers "database is locked" at once,
    // without waiting, where waiting could deadlock (switching to WAL while the other connection
    // holds its lock; a schema read then written in one implicit transaction). So the journal
    // switch is retried, and the schema and version are written in one transaction that takes
    // the write lock first (BEGIN IMMEDIATE waits under busy_timeout).
    retryBusy(() => this.db.pragma('journal_mode = WAL')); // atomic per transaction, survives kill -9
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    // Insert-or-keep, then read: two ingests opening a new archive at once both saw no version
    // and both inserted it, and the second died on the key (a rare failure of the two-ingests test).
    retryBusy(() =>
      this.db
        .transaction(() => {
          this.db.exec(SCHEMA_SQL);
          this.db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('store_version', String(STORE_VERSION));
        })
        .immediate(),
    );
    const v = this.db.prepare('SELECT value FROM meta WHERE key = ?').get('store_version') as { value: string };
    if (Number(v.value) !== STORE_VERSION) throw new Error(`archive ${path} has store version ${v.value}; this vanban writes version ${STORE_VERSION}`);
    // Prepared once: preparing per record was a tenth of the ingest thread's time.
    this.q = {
      fileStamp: this.db.prepare('SELECT size, mtime FROM files WHERE path = ?'),
      docBySha: this.db.prepare('SELECT id FROM documents WHERE sha256 = ?'),
      insDoc: this.db.prepare(
        `INSERT INTO documents (sha256, path, format, system, type_code, number, number_key, issuer, issuer_key, issuer_parent, place, date, year, subject, ocr, record)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      cit: this.db.prepare('INSERT INTO citations (document_id, ord, type_code, number, number_key, date, year, issuer, title, relation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      task: this.db.prepare('INSERT INTO tasks (document_id, section, heading, deadline) VALUES (?, ?, ?, ?)'),
      who: this.db.prepare('INSERT INTO assignees (task_id, name) VALUES (?, ?)'),
      sg: this.db.prepare('INSERT INTO signers (document_id, authority, on_behalf_of, title, name, signed) VALUES (?, ?, ?, ?, ?, ?)'),
      putErr: this.db.prepare('INSERT INTO errors (key, path, code, message) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET code = excluded.code, message = excluded.message'),
      errId: this.db.prepare('SELECT id FROM errors WHERE key = ?'),
      fileErr: this.db.prepare(
        'INSERT INTO files (path, sha256, size, mtime, error_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, mtime = excluded.mtime, error_id = excluded.error_id, document_id = NULL',
      ),
      fileDoc: this.db.prepare(
        'INSERT INTO files (path, sha256, size, mtime, document_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, mtime = excluded.mtime, document_id = excluded.document_id, error_id = NULL',
      ),
    };
  }

  private readonly q: Record<'fileStamp' | 'docBySha' | 'insDoc' | 'cit' | 'task' | 'who' | 'sg' | 'putErr' | 'errId' | 'fileErr' | 'fileDoc', Database.Statement>;

  close(): void {
    this.db.close();
  }

  /**
   * Runs puts in one transaction, which is then the unit of each put inside (no savepoints).
   * Write transactions start IMMEDIATE: with several writers (two ingests into one file) a
   * transaction that read first and then wrote could fail at once instead of waiting its turn.
   */
  batch(run: () => void): void {
    this.db.transaction(run).immediate();
  }

  /** True when this path is stored (as a document or an error) with this size and mtime. */
  hasFile(path: string, stamp: FileStamp | null): boolean {
    if (!stamp) return false;
    const row = this.q.fileStamp.get(path) as { size: number | null; mtime: number | null } | undefined;
    return row !== undefined && row.size === stamp.size && row.mtime === stamp.mtime;
  }

  /** The stored record for a content hash (the same bytes met again under another path). */
  recordBySha(sha256: string): DirectiveRecord | null {
    const row = this.db.prepare('SELECT record FROM documents WHERE sha256 = ?').get(sha256) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as DirectiveRecord) : null;
  }

  /** The stored document id for a content hash, if any (the same bytes under another path). */
  documentBySha(sha256: string): number | null {
    const row = this.q.docBySha.get(sha256) as { id: number } | undefined;
    return row?.id ?? null;
  }

  /** Stores a record, its citations, tasks and signers, and the file row, in one transaction. */
  putRecord(path: string, rec: DirectiveRecord, stamp: FileStamp | null = null): number {
    return this.putRows(path, recordRows(rec), stamp);
  }

  /** putRecord for a record already turned into rows (by the ingest worker). */
  putRows(path: string, rows: RecordRows, stamp: FileStamp | null = null): number {
    // Inside a batch the batch's transaction is the unit (a savepoint per record cost an eighth
    // of the ingest thread).
    const body = (): number => {
      let id = this.documentBySha(rows.sha256);
      if (id === null) {
        id = Number(this.q.insDoc.run(rows.sha256, path, ...rows.doc).lastInsertRowid);
        const { cit, task, who, sg } = this.q;
        for (const c of rows.citations) cit.run(id, ...c);
        for (const t of rows.tasks) {
          const tid = Number(task.run(id, ...t.row).lastInsertRowid);
          for (const a of t.assignees) who.run(tid, a);
        }
        for (const s of rows.signers) sg.run(id, ...s);
      }
      this.q.fileDoc.run(path, rows.sha256, stamp?.size ?? null, stamp?.mtime ?? null, id);
      return id;
    };
    return this.atomic(body);
  }

  /** Stores a file that could not be read, with its error code. */
  putError(path: string, sha256: string | null, code: string, message: string, stamp: FileStamp | null = null): void {
    const body = (): void => {
      const key = sha256 ?? `path:${path}`;
      this.q.putErr.run(key, path, code, message);
      const eid = (this.q.errId.get(key) as { id: number }).id;
      this.q.fileErr.run(path, sha256, stamp?.size ?? null, stamp?.mtime ?? null, eid);
    };
    this.atomic(body);
  }

  /** Runs `body` in a transaction of its own, or inside the batch's when one is open. */
  private atomic<T>(body: () => T): T {
    return this.db.inTransaction ? body() : this.db.transaction(body).immediate();
  }

  /**
   * Resolves every citation to an archived document or an external node (see link.ts). Run after
   * ingest; re-running recomputes all links, so documents added later are picked up. Citations
   * are read `pageSize` at a time.
   */
  link(pageSize = LINK_PAGE): { linked: number; external: number } {
    // Read a page at a time (keyset on number, id): memory stays flat on an archive of any size.
    const page = this.db.prepare(
      `SELECT c.id, c.document_id, c.type_code, c.number, c.number_key, c.date, c.year, c.issuer, c.relation, d.date AS citing_date
       FROM citations c JOIN documents d ON d.id = c.document_id
       WHERE c.number_key IS NOT NULL AND (c.number_key, c.id) > (?, ?) ORDER BY c.number_key, c.id LIMIT ?`,
    );
    const cands = this.db.prepare('SELECT id, type_code AS typeCode, issuer, issuer_parent AS issuerParent, date, year FROM documents WHERE number_key = ?');
    const ext = this.db.prepare('INSERT INTO externals (key, number, type_code, issuer, date) VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET issuer = COALESCE(externals.issuer, excluded.issuer) RETURNING id');
    const put = this.db.prepare('INSERT INTO links (citation_id, from_doc, to_doc, to_external, relation, confidence, reason) VALUES (?, ?, ?, ?, ?, ?, ?)');
    let linked = 0;
    let external = 0;
    this.db.transaction(() => {
      this.db.exec('DELETE FROM links');
      // in number order, so the documents sharing a number are read once for all its citations
      let key: string | null = null;
      let sharing: Candidate[] = [];
      let cits = page.all('', -1, pageSize) as CitationRow[];
      while (cits.length > 0) {
        for (const c of cits) {
          if (c.number_key !== key) {
            key = c.number_key;
            sharing = cands.all(key) as Candidate[];
          }
          const t = linkTarget(c, sharing);
          if (t.to === 'document') {
            put.run(c.id, c.document_id, t.id, null, c.relation, t.confidence, t.reason);
            linked++;
          } else {
            const { id } = ext.get(t.key, t.number, t.typeCode, t.issuer, t.date) as { id: number };
            put.run(c.id, c.document_id, null, id, c.relation, t.confidence, t.reason);
            external++;
          }
        }
        const last = cits[cits.length - 1]!;
        cits = page.all(last.number_key, last.id, pageSize) as CitationRow[];
      }
    })();
    return { linked, external };
  }

  /** Documents (ids) whose number is this one, or the document with this id. */
  find(ref: string): number[] {
    if (/^\d+$/.test(ref)) {
      const row = this.db.prepare('SELECT id FROM documents WHERE id = ?').get(Number(ref)) as { id: number } | undefined;
      if (row) return [row.id];
    }
    return (this.db.prepare('SELECT id FROM documents WHERE number_key = ? ORDER BY date').all(numberKey(ref)) as { id: number }[]).map((r) => r.id);
  }

  /**
   * The chain from a document: `up` follows what it rests on (its citations, recursively, up to
   * the Politburo), `down` what rests on it. Walked edge by edge on the indexed integer columns
   * (the README shows the same walk as one recursive CTE); a cycle is cut where it closes.
   */
  chain(docId: number, direction: 'up' | 'down', depth = 10): ChainNode[] {
    const edges = direction === 'up'
      ? this.db.prepare('SELECT to_doc AS doc, to_external AS ext, relation, confidence FROM links WHERE from_doc = ? ORDER BY citation_id')
      : this.db.prepare('SELECT from_doc AS doc, NULL AS ext, relation, confidence FROM links WHERE to_doc = ? ORDER BY from_doc');
    const docQ = this.db.prepare('SELECT number, type_code AS typeCode, issuer, date, subject FROM documents WHERE id = ?');
    const extQ = this.db.prepare('SELECT number, type_code AS typeCode, issuer, date FROM externals WHERE id = ?');
    return walkChain(
      docId,
      depth,
      (id) => edges.all(id) as EdgeRow[],
      (node) => (node.startsWith('x:') ? extQ.get(Number(node.slice(2))) : docQ.get(Number(node.slice(2)))) as NodeRow,
    );
  }

  /** The whole graph (or the part reachable from `root` both ways). */
  graph(root?: number): GraphData {
    const docIds = root === undefined ? null : chainDocs(this.chain(root, 'up', 50), this.chain(root, 'down', 50));
    return assembleGraph(
      this.db.prepare('SELECT id, number, type_code AS typeCode, issuer, date, system, subject FROM documents').all() as DocRow[],
      this.db.prepare('SELECT from_doc, to_doc, to_external, relation, confidence, reason FROM links').all() as LinkRow[],
      this.db.prepare('SELECT id, number, type_code AS typeCode, issuer, date FROM externals').all() as ExternalRow[],
      docIds,
    );
  }

  /** Every stored document's id, path and record JSON, in id order (for views and exports). */
  listRecords(): { id: number; path: string | null; record: string }[] {
    return this.db.prepare('SELECT id, path, record FROM documents ORDER BY id').all() as { id: number; path: string | null; record: string }[];
  }

  counts(): { files: number; documents: number; errors: number; citations: number; links: number; externals: number } {
    const n = (t: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { files: n('files'), documents: n('documents'), errors: n('errors'), citations: n('citations'), links: n('links'), externals: n('externals') };
  }
}
