// Instruments named without a number: "Luật Giáo dục 2019", "Nghị quyết Đại hội XIII của Đảng",
// "Nghị quyết Hội nghị Trung ương 8 khóa XI", "Hiến pháp năm 2013", "Điều lệ Đảng".
import { docStartOffset, type Ctx } from './context.js';

const PATTERNS: RegExp[] = [
  /(?<![\p{L}])(?:Bộ luật|Luật)\s+(?!số(?![\p{L}\d])|này(?![\p{L}\d]))(?:sửa đổi, bổ sung một số điều của Luật\s+)?\p{Lu}[\p{L}]*(?:[ ](?!số(?![\p{L}\d])|ngày(?![\p{L}\d])|năm(?![\p{L}\d])|và\s+các(?![\p{L}\d])|được(?![\p{L}\d])|quy định(?![\p{L}\d])|hiện hành(?![\p{L}\d]))[\p{L}]+){0,8}?(?:\s+(?:năm\s+)?(?:19|20)\d{2})(?![\d/])/gu,
  /(?<![\p{L}])Nghị quyết\s+(?:Đại hội|Hội nghị|Trung ương)[^,;.()\n]{0,80}?(?:khóa|khoá|lần thứ)\s+[IVXL]+(?:\s+của Đảng)?/gu,
  /(?<![\p{L}])Nghị quyết\s+Đại hội\s+(?:đại biểu\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+)?[IVXL]+(?:\s+của Đảng)?/gu,
  /(?<![\p{L}])(?:Hiến pháp(?:\s+năm)?\s+\d{4}|Điều lệ Đảng|Văn kiện Đại hội\s+[IVXL]+)/gu,
];

export function extractUnnumbered(ctx: Ctx): { text: string; span: { start: number; end: number } }[] {
  const text = ctx.norm.text;
  const from = docStartOffset(ctx);
  const seen = new Set<string>();
  const out: { text: string; span: { start: number; end: number } }[] = [];
  const hits: { s: number; e: number; t: string }[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ s: m.index, e: m.index + m[0].length, t: m[0] });
  }
  hits.sort((a, b) => a.s - b.s || b.e - a.e);
  let lastEnd = -1;
  for (const h of hits) {
    if (h.s < lastEnd || h.s < from) continue;
    const t = h.t.replace(/\s+/g, ' ').trim();
    lastEnd = h.e;
    if (seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push({ text: t, span: ctx.span(h.s, h.e) });
  }
  return out;
}
