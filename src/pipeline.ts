// The pipeline, stage by stage: normalize → segment → extract → resolve → validate.
import { createHash } from 'node:crypto';
import docTypes from './data/doc-types.json' with { type: 'json' };
import { extractMentions } from './extract/citations.js';
import { docStartOffset, makeCtx } from './extract/context.js';
import { extractDistribution } from './extract/distribution.js';
import { extractNumber } from './extract/doc-number.js';
import { fillTypeSlot } from './extract/number.js';
import { extractIssuer } from './extract/issuer.js';
import { extractPlaceDate } from './extract/place-date.js';
import { numberFromAnnex } from './extract/annex-self.js';
import { extractRecipients } from './extract/recipients.js';
import { extractSigners } from './extract/signers.js';
import { extractSubject } from './extract/subject.js';
import { extractSystem } from './extract/system.js';
import { extractTasks } from './extract/tasks.js';
import { extractType } from './extract/type.js';
import { extractUnnumbered } from './extract/unnumbered.js';
import { normalize } from './normalize/index.js';
import { resolveCitations } from './resolve/citations.js';
import { attachNamedLaws } from './resolve/unnumbered.js';
import { DirectiveRecord, SCHEMA_VERSION, type Warning } from './schema/record.js';
import { segment } from './segment/index.js';

export interface ExtractOptions {
  /** Stored in `source.path` of the record. */
  path?: string;
  /** Stored in `source.format`; "text" when a string is passed directly. */
  format?: DirectiveRecord['source']['format'];
  /** Extra source facts from a reader (encoding, OCR, pages). */
  source?: Partial<DirectiveRecord['source']>;
  /** Warnings from the reader, carried into the record. */
  readerWarnings?: Warning[];
  /**
   * When given, filled with the milliseconds each stage took (normalize, segment, then one entry
   * per extractor): for profiling a slow document without a profiler.
   */
  timings?: Record<string, number>;
}

const NORMATIVE = new Set(docTypes.normative);
const INSTRUCTS = new Set(docTypes.instructing);
const DESCRIBES = new Set(docTypes.describing);

/** Largest input the text pipeline accepts; larger text is cut with a warning. */
export const MAX_TEXT = 20_000_000;

/**
 * Extracts one record from the text of a directive. Never throws on bad text: an empty or
 * unreadable input gives a record of nulls with warnings saying why.
 */
export function extract(input: string, options: ExtractOptions = {}): DirectiveRecord {
  const warnings: Warning[] = [...(options.readerWarnings ?? [])];
  let text = typeof input === 'string' ? input : String(input ?? '');
  if (text.length > MAX_TEXT) {
    warnings.push({ code: 'TRUNCATED', message: `input longer than ${MAX_TEXT} characters was cut` });
    text = text.slice(0, MAX_TEXT);
  }
  // A reader has hashed the file's bytes already; the text is hashed only when it came alone.
  const sha256 = options.source?.sha256 ?? createHash('sha256').update(text).digest('hex');
  const timings = options.timings;
  // Times one stage into `timings` only when asked, so the common path pays nothing.
  const stage = <T>(name: string, run: () => T): T => {
    if (!timings) return run();
    const t0 = performance.now();
    const out = run();
    timings[name] = (timings[name] ?? 0) + performance.now() - t0;
    return out;
  };
  const norm = stage('normalize', () => normalize(text));
  for (const n of norm.notes) warnings.push(n);
  const zones = stage('segment', () => segment(norm));
  const ctx = makeCtx(norm, zones);
  if (zones.docStart > 0) {
    const at = docStartOffset(ctx);
    ctx.warn('PREFACE_SKIPPED', `${zones.docStart} lines of text above the header (a web page's or converter's preface) are not read as part of the document`, 0, at);
  }

  const read = stage('number', () => extractNumber(ctx));
  const subject = stage('subject', () => extractSubject(ctx));
  const issuer = stage('issuer', () => extractIssuer(ctx, read));
  const { place, date: headerDate } = stage('placeDate', () => extractPlaceDate(ctx));
  const type = stage('type', () => extractType(ctx, read, subject?.viaVv ?? false));
  // a header lost with its number: an annex's "(Kèm theo Nghị định số …)" of the title's type names the document
  const annexSelf = !read && type ? stage('number', () => numberFromAnnex(ctx, type.code)) : null;
  const date = headerDate ?? annexSelf?.date ?? null;
  // "Số: 866/-TTg" under "QUYẾT ĐỊNH": the type slot left blank is the title's type
  const number = read ? fillTypeSlot(read, type?.code) : (annexSelf?.number ?? null);
  const system = stage('system', () => extractSystem(ctx, number, issuer?.name ?? null));
  const recipients = stage('recipients', () => extractRecipients(ctx));
  const citations = stage('citations', () => resolveCitations(ctx, extractMentions(ctx, number, type?.code ?? null)));
  // a law named without its number where the text also cites it by number is that citation's mention
  const unnumberedCitations = stage('unnumbered', () => attachNamedLaws(citations, extractUnnumbered(ctx)));
  // Regulations state norms, not assignments (see extract/tasks.ts).
  const normative = type !== null && (NORMATIVE.has(type.code) || (type.code === 'HD' && /thi hành/i.test(subject?.text ?? '')));
  const tasks = stage('tasks', () =>
    extractTasks(ctx, { normative, instructsRecipients: type !== null && INSTRUCTS.has(type.code), describes: type !== null && DESCRIBES.has(type.code), recipients, issued: date?.iso ?? null, answers: citations.some((c) => c.relation === 'replies_to') }),
  );
  const { entries, archive } = stage('distribution', () => extractDistribution(ctx));
  const signers = stage('signers', () => extractSigners(ctx));

  for (const w of ctx.warnings) warnings.push(w);
  if (norm.text.trim() === '') warnings.push({ code: 'EMPTY_INPUT', message: 'the input has no text' });
  else if (!number && !date && !issuer && !type && signers.length === 0 && citations.length === 0) {
    warnings.push({ code: 'NOT_A_DIRECTIVE', message: 'no header, number, date, type or signature was found: the text may not be a directive' });
  } else {
    // (a Youth Union document carries its own heading, "ĐOÀN TNCS HỒ CHÍ MINH")
    if (!zones.quocHieu && !zones.partyHeading && !zones.youthHeading) warnings.push({ code: 'NO_HEADING', message: 'no Quốc hiệu or Party heading found' });
    if (!number) warnings.push({ code: 'NO_NUMBER', message: 'no document number line found' });
    if (!date) warnings.push({ code: 'NO_DATE', message: 'no date line found' });
    if (signers.length === 0) warnings.push({ code: 'NO_SIGNER', message: 'no signature block found' });
  }
  if (text.slice(0, 100_000).includes('\uFFFD')) warnings.push({ code: 'REPLACEMENT_CHARS', message: 'the text contains U+FFFD: it may have been decoded with the wrong encoding' });

  const source: DirectiveRecord['source'] = {
    ...(options.path !== undefined ? { path: options.path } : {}),
    format: options.format ?? 'text',
    sha256,
    length: text.length,
    ...(norm.encoding ? { encoding: norm.encoding } : {}),
    ...options.source,
  };
  const record: DirectiveRecord = {
    schemaVersion: SCHEMA_VERSION,
    source,
    system,
    type,
    number,
    issuer: issuer
      ? {
          name: issuer.name,
          parent: issuer.parent,
          raw: issuer.raw,
          provenance: issuer.provenance,
          span: ctx.span(issuer.start, issuer.end),
          ...(issuer.joint ? { joint: issuer.joint.map((p) => ({ name: p.name, parent: p.parent, span: ctx.span(p.start, p.end) })) } : {}),
        }
      : null,
    place,
    date,
    subject: subject?.text ?? null,
    subjectSpan: subject ? ctx.span(subject.start, subject.end) : null,
    recipients,
    citations,
    unnumberedCitations,
    tasks,
    distribution: entries,
    archive,
    signers,
    warnings,
  };
  // The schema is the contract: a record that does not satisfy it is a bug, reported loudly.
  const checked = stage('validate', () => DirectiveRecord.safeParse(record));
  if (!checked.success) {
    record.warnings.push({ code: 'SCHEMA_VIOLATION', message: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ').slice(0, 500) });
  }
  return record;
}
