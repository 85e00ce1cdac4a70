// Instruments named without a number that a numbered citation of the same text names too:
// "Luật Bầu cử" or "Luật Xây dựng năm 2014" after "Luật Xây dựng số 50/2014/QH13" is that law
// again. Such a name is one more mention of the citation, not an instrument of its own.
import type { Citation, Span } from '../schema/record.js';
import { looseKey } from '../normalize/fold.js';
import { withinOneEdit } from './citations.js';

export interface UnnumberedMention {
  text: string;
  span: Span;
}

const LAW_HEAD = /^(?:bộ\s+)?luật\s+/iu;
// what closes a law's name as it is written without its number: its date or year, an aside
const NAME_TAIL = /\s*(?:\(.*|,?\s+ngày\s.*|\s+(?:năm\s+)?(?:19|20)\d{2}(?:\s.*)?)$/u;
/**
 * A shorter form keeps the first words of the name and drops at least this many: "Luật Bầu cử"
 * for "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân". One or two words more make
 * another law ("Luật Đầu tư" is not "Luật Đầu tư công").
 */
const MIN_DROPPED = 3;

type Law = { key: string; years: number[]; c: Citation };
/** Laws compared letter by letter for a slip: a real text cites a few dozen at most. */
const SLIP_SCAN = 200;

/** The law a name without a number stands for among the numbered ones, or null. */
function lawNamed(name: string, byForm: Map<string, Law[]>, laws: Law[]): Citation | null {
  if (!LAW_HEAD.test(name)) return null;
  const bare = name.replace(LAW_HEAD, '');
  const cut = bare.search(NAME_TAIL);
  const tail = cut < 0 ? '' : bare.slice(cut);
  const year = /(?:^|\D)((?:19|20)\d{2})(?![\d/])/u.exec(tail);
  const key = looseKey(cut < 0 ? bare : bare.slice(0, cut));
  if (key.length < 4) return null;
  // a year that is not the law's names another law of that name ("Luật Đất đai năm 2013")
  const fits = (l: Law) => !year || l.years.length === 0 || l.years.includes(Number(year[1]));
  const found = byForm.get(key)?.find(fits);
  if (found) return found.c;
  if (key.length < 8) return null;
  for (const l of laws.slice(0, SLIP_SCAN)) if (withinOneEdit(l.key, key) && fits(l)) return l.c;
  return null;
}

/**
 * Splits the names found without a number into those a numbered law of `citations` stands for
 * (their spans become mentions of that citation) and the rest, which are returned.
 */
export function attachNamedLaws(citations: Citation[], names: UnnumberedMention[]): UnnumberedMention[] {
  const laws: Law[] = citations
    .filter((c) => c.type?.code === 'Luật' && c.title)
    .map((c) => ({
      key: looseKey(c.title!.replace(NAME_TAIL, '')),
      years: [c.number?.year, c.date?.year].filter((y): y is number => typeof y === 'number'),
      c,
    }))
    .filter((l) => l.key.length >= 4);
  if (laws.length === 0) return names;
  // each law under its full name and its short forms
  const byForm = new Map<string, Law[]>();
  const add = (k: string, l: Law) => {
    const list = byForm.get(k);
    if (list) list.push(l);
    else byForm.set(k, [l]);
  };
  for (const l of laws) {
    add(l.key, l);
    const words = l.key.split(' ');
    for (let n = 1; n <= words.length - MIN_DROPPED; n++) add(words.slice(0, n).join(' '), l);
  }
  const rest: UnnumberedMention[] = [];
  for (const n of names) {
    const c = lawNamed(n.text, byForm, laws);
    if (!c) {
      rest.push(n);
      continue;
    }
    c.mentions.push(n.span);
    c.mentions.sort((p, q) => p.start - q.start);
  }
  return rest;
}
