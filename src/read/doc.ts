// Word 97–2003 (.doc) with word-extractor. Table cells come separated by "\t" (the cell mark),
// which the normalizer turns into a wide gap: the two-column header stays two columns.
import { VanbanError } from '../errors.js';
import { NOTES_MARK } from './marks.js';
import type { ReaderWarning } from './types.js';

export interface DocText {
  text: string;
  warnings: ReaderWarning[];
}

export async function readDoc(buf: Buffer): Promise<DocText> {
  const { default: WordExtractor } = await import('word-extractor');
  let doc;
  try {
    doc = await new WordExtractor().extract(buf);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/encrypt|password/i.test(msg)) throw new VanbanError('ENCRYPTED', `the .doc file is encrypted: ${msg}`, { cause: e });
    throw new VanbanError('CORRUPT_FILE', `not a readable .doc file: ${msg}`, { cause: e });
  }
  const warnings: ReaderWarning[] = [];
  let body = cleanWordText(doc.getBody());
  // Text boxes hold header blocks in some templates; footnotes hold legal bases. Both go after
  // the body under a marker line, so they are read but never taken for the signature block.
  const boxes = cleanWordText(doc.getTextboxes({ includeHeadersAndFooters: false, includeBody: true })).trim();
  const notes = cleanWordText(doc.getFootnotes()).trim();
  if (boxes) body = `${boxes}\n\n${body}`;
  if (notes) body += `\n\n${NOTES_MARK}\n${notes}\n`;
  if (body.trim() === '') warnings.push({ code: 'NO_TEXT', message: 'the .doc file has no text' });
  return { text: body, warnings };
}

/** Word's control characters and word-extractor's "undefined" artefacts out; NFC. */
export function cleanWordText(s: string): string {
  return s
    .replace(/(?:undefined)+/g, '') // word-extractor prints this for some field characters
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0007\u0013\u0014\u0015\u0001\u0008]/g, '')
    .normalize('NFC');
}
