// Kính gửi (ô 9a): one addressee on the line, or a list of "- X;" lines; co-addressees under "Đồng kính gửi:".
import type { Span } from '../schema/record.js';
import { BULLET_MARKS, DONG_KINH_GUI, QUOC_HIEU, RECEIVED_STAMP, TIEU_NGU, salutationLabel } from '../segment/index.js';
import type { Ctx } from './context.js';
import { tidy } from './context.js';

const AFTER_LABEL = /^[ ]*(?:\n[ ]*)?[-+•]?[ ]*/;

export function extractRecipients(ctx: Ctx): { name: string; span: Span }[] {
  const sal = ctx.zones.salutation;
  if (!sal) return [];
  const { lines } = ctx.zones;
  const first = lines[sal.start]!;
  const label = first.cells.find((c) => salutationLabel(c) !== null);
  if (!label) return [];
  const from = label.start + salutationLabel(label)![1];
  const to = lines[sal.end - 1]!.end;
  const text = ctx.norm.text.slice(from, to);
  // (labels are matched on the loose key, as the segmenter found them; same offsets as the text)
  const key = ctx.norm.folded.slice(from, to);
  const out: { name: string; span: Span }[] = [];
  // Items: line-leading "-"/"+" bullets, then ";" inside an item.
  // (a scan's marks may stand before a bullet: "_    - Bộ trưởng …")
  const re = new RegExp(String.raw`(?:\n|^)[ ]*(?:${BULLET_MARKS}(?=[-+•]))?[-+•]?[ ]*([^\n]*(?:\n(?![ ]*(?:${BULLET_MARKS})?(?:[-+•]|dong\s*kinh\s*gui\b))[^\n]*)*)`, 'g');
  for (let mm = re.exec(key); mm; mm = re.exec(key)) {
    if (mm[0].length === 0) { re.lastIndex++; continue; }
    // co-addressees under their own label ("Đồng kính gửi: UBND tỉnh") are addressees too
    const co = DONG_KINH_GUI.exec(mm[1]!);
    const skip = co ? co[0].length + AFTER_LABEL.exec(mm[1]!.slice(co[0].length))![0].length : 0;
    const at = mm.index + mm[0].indexOf(mm[1]!) + skip;
    const itemStart = from + at;
    const item = text.slice(at, mm.index + mm[0].length);
    const semi = /[^;]+/g;
    for (let s = semi.exec(item); s; s = semi.exec(item)) {
      const name = tidy(s[0].replace(/\([^)]*\)?/g, ' '));
      // (nor is a "received" stamp a scan read in among the addressees)
      // (nor a scan's specks beside the label, "Kính gửi: DA ä .": no addressee has under four letters)
      if (name.length < 2 || /^kinh gui/i.test(name) || RECEIVED_STAMP.test(name) || (name.match(/\p{L}/gu)?.length ?? 0) < 4) continue;
      // (nor the national heading or motto a scan's shuffled columns put under the label)
      const loose = ctx.norm.folded.slice(itemStart + s.index, itemStart + s.index + s[0].length);
      if (TIEU_NGU.test(loose) || QUOC_HIEU.test(loose)) continue;
      const st = itemStart + s.index;
      out.push({ name, span: ctx.span(st, st + s[0].length) });
    }
  }
  return out;
}
