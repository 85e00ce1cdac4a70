// The record is defined once, here. Types come from z.infer; the JSON Schema shipped in
// dist/record.schema.json is generated from these schemas at build time.
import { z } from 'zod';

// 1.1.0: tasks gained `partners` (phối hợp bodies, apart from the assignees); citations may be
// amends / repeals / replaces. 1.2.0: citations[].issuerSource (text, or the symbol's code).
// 1.3.0: issuer.joint (every issuing body of a joint document; absent otherwise). 1.4.0: source.format
// "rtf".
export const SCHEMA_VERSION = '1.4.0';

/** Half-open range [start, end) of UTF-16 code units in the ORIGINAL input text. */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .describe('Offsets [start, end) into the original input (UTF-16 code units)');
export type Span = z.infer<typeof Span>;

export const DocumentNumber = z
  .object({
    value: z.string().describe('Canonical number: spaces removed, every dash written "-" (số và ký hiệu)'),
    serial: z.string().nullable().describe('Running number; null when the serial was left blank'),
    symbol: z.string().describe('Everything after the serial, e.g. "CV/BTGTU", "KH-UBND", "2006/TT-NHNN"'),
    typeCode: z.string().nullable().describe('Type abbreviation found in the symbol (KH, NQ, QĐ…); null for a state công văn'),
    issuerCode: z.string().nullable().describe('Issuer abbreviation in the symbol (UBND, BTGTU, TTg…)'),
    year: z.number().int().nullable().describe('Year segment of a normative symbol (30/2020/NĐ-CP → 2020)'),
    system: z.enum(['state', 'party']).nullable().describe('Symbol shape: "N-TYPE/ISSUER" is party, "N/…" is state'),
    raw: z.string().describe('Text as written'),
    span: Span,
  })
  .describe('Số, ký hiệu văn bản');
export type DocumentNumber = z.infer<typeof DocumentNumber>;

export const DateValue = z
  .object({
    year: z.number().int().nullable(),
    month: z.number().int().min(1).max(12).nullable(),
    day: z.number().int().min(1).max(31).nullable(),
    iso: z.string().nullable().describe('YYYY-MM-DD when day, month and year are all known'),
    raw: z.string(),
    span: Span,
  })
  .describe('A date as written; parts left blank for hand filling are null');
export type DateValue = z.infer<typeof DateValue>;

export const DocType = z
  .object({ code: z.string().describe('Abbreviation: CV, KH, QĐ, QyĐ, NQ, CT, KL…'), name: z.string() })
  .describe('Tên loại văn bản');
export type DocType = z.infer<typeof DocType>;

export const Provenance = z
  .enum(['read', 'inferred'])
  .describe('"read": the value was found where the format puts it; "inferred": deduced from elsewhere');

export const Issuer = z
  .object({
    name: z.string().describe('Issuing body (cơ quan ban hành)'),
    parent: z.string().nullable().describe('Direct parent body (cơ quan chủ quản), the line above the issuer'),
    raw: z.string(),
    provenance: Provenance,
    span: Span,
    joint: z
      .array(z.object({ name: z.string(), parent: z.string().nullable(), span: Span }))
      .optional()
      .describe('A joint document (liên tịch): every issuing body, in header order; absent for one issuer'),
  })
  .describe('Tên cơ quan, tổ chức ban hành');

export const Named = z.object({ name: z.string(), span: Span });

export const Relation = z
  .enum(['based_on', 'implements', 'amends', 'repeals', 'replaces', 'attached', 'replies_to', 'cites'])
  .describe(
    'How this document relates to the cited one (ELI names). based_on: Căn cứ; implements: Thực hiện/triển khai; amends: sửa đổi, bổ sung; repeals: bãi bỏ; replaces: thay thế; attached: gửi kèm; replies_to: the letter answered; cites: other',
  );
export type Relation = z.infer<typeof Relation>;

export const Citation = z
  .object({
    type: DocType.nullable(),
    number: DocumentNumber.nullable(),
    title: z.string().nullable().describe('Trích yếu of the cited instrument, when given'),
    date: DateValue.nullable(),
    issuer: z.string().nullable(),
    issuerSource: z
      .enum(['text', 'symbol'])
      .nullable()
      .describe('Where the issuer comes from: the text ("… của Bộ Tài chính"), or the symbol\'s issuer code when the text names none ("24/2026/NĐ-CP" → Chính phủ); null without an issuer'),
    relation: Relation,
    alias: z.string().nullable().describe('Short name declared by "(sau đây gọi tắt là …)"'),
    mentions: z.array(Span).min(1).describe('Every mention of this instrument, first one first'),
  })
  .describe('A numbered instrument cited by the document (văn bản được viện dẫn)');
export type Citation = z.infer<typeof Citation>;

export const UnnumberedCitation = z
  .object({ text: z.string(), span: Span })
  .describe('An instrument named without a number: "Luật Giáo dục 2019", "Nghị quyết Đại hội XIII"');

export const Task = z
  .object({
    section: z.string().describe('Label path joined with "." ("II.1", "III.6.1", "2.a", "Điều 3")'),
    heading: z.string().nullable(),
    assignees: z.array(z.object({ name: z.string() })).describe('[] = addressed to all recipients'),
    partners: z
      .array(z.object({ name: z.string() }))
      .describe('Bodies named to coordinate ("Cơ quan phối hợp"): they support the assignees and are not assignees themselves'),
    items: z.array(z.object({ text: z.string(), span: Span })),
    deadline: DateValue.nullable(),
    span: Span,
  })
  .describe('Nhiệm vụ giao cho đơn vị');
export type Task = z.infer<typeof Task>;

export const DistributionEntry = z
  .object({ name: z.string(), note: z.string().nullable(), span: Span })
  .describe('One line of Nơi nhận');

export const Archive = z
  .object({
    units: z.array(z.string()),
    drafter: z.string().nullable(),
    copies: z.number().int().nullable(),
    raw: z.string(),
    span: Span,
  })
  .describe('The "Lưu:" line: file copies and drafter mark');

export const Authority = z.enum(['KT', 'TM', 'TL', 'TUQ', 'Q']);

export const Signer = z
  .object({
    authority: Authority.nullable().describe('Innermost authority prefix (TM., KT., TL., TUQ., Q.; Party T/M, K/T, T/L)'),
    onBehalfOf: z.string().nullable(),
    outer: z
      .array(z.object({ authority: Authority, onBehalfOf: z.string() }))
      .describe('Outer authority lines of a stacked block ("TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH")'),
    title: z.string().nullable(),
    name: z.string().nullable(),
    signed: z.boolean().describe('A signature mark ("Đã ký", "(Đã ký)", "/signed") or a name under the title'),
    span: Span,
  })
  .describe('Người ký');
export type Signer = z.infer<typeof Signer>;

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  span: Span.optional(),
});
export type Warning = z.infer<typeof Warning>;

export const Source = z.object({
  path: z.string().optional(),
  format: z.enum(['txt', 'pdf', 'docx', 'doc', 'rtf', 'html', 'text']).describe('"text" when a string was passed in'),
  sha256: z.string().describe('sha256 of the input bytes for a file, of the text for a string'),
  bytes: z.number().int().optional().describe('Size of the input file in bytes'),
  encoding: z.string().optional().describe('Legacy encoding that was decoded (tcvn3, vni, viscii, cp1258), if any'),
  ocr: z.boolean().optional().describe('True when some of the text came from OCR'),
  pages: z
    .array(z.object({ number: z.number().int(), start: z.number().int(), end: z.number().int(), ocr: z.boolean().optional() }))
    .optional()
    .describe('PDF pages as [start, end) offsets into the read text: spans map to pages through it'),
  length: z.number().int().describe('Length of the original text in UTF-16 code units'),
});

export const DirectiveRecord = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: Source,
    system: z.enum(['state', 'party']).nullable().describe('State (Quốc hiệu) or Party (ĐẢNG CỘNG SẢN VIỆT NAM) document'),
    type: DocType.nullable(),
    number: DocumentNumber.nullable(),
    issuer: Issuer.nullable(),
    place: z.string().nullable().describe('Địa danh of the date line'),
    date: DateValue.nullable().describe('Ngày ban hành (the date line)'),
    subject: z.string().nullable().describe('Trích yếu: the text after "V/v", or the lines under the type title'),
    subjectSpan: Span.nullable(),
    recipients: z.array(Named).describe('Kính gửi'),
    citations: z.array(Citation),
    unnumberedCitations: z.array(UnnumberedCitation),
    tasks: z.array(Task),
    distribution: z.array(DistributionEntry).describe('Nơi nhận, without the "Lưu" line'),
    archive: Archive.nullable(),
    signers: z.array(Signer),
    warnings: z.array(Warning),
    text: z.string().optional().describe('The text that was read (spans index into it); present with includeText'),
  })
  .describe('One Vietnamese state or Party directive');
export type DirectiveRecord = z.infer<typeof DirectiveRecord>;

export const ErrorRecord = z.object({
  source: z.object({ path: z.string().optional() }),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorRecord = z.infer<typeof ErrorRecord>;
