// `vanban view`: one self-contained HTML page (no network): the text that was read with every
// extracted value highlighted in place, the record as a table beside it, warnings, raw JSON.
import type { DirectiveRecord } from '../schema/record.js';
import { FIELD_COLOURS, highlightsOf, nestable, type Highlight } from './highlights.js';

export { escapeXml as esc } from '../escape.js';
import { escapeXml as esc } from '../escape.js';

/** The text with nested <mark> elements and page marks, as HTML. */
export function markedText(text: string, hs: Highlight[], pages?: { number: number; start: number }[]): string {
  type Ev = { at: number; kind: 0 | 1 | 2; h?: Highlight; page?: number };
  const evs: Ev[] = [];
  for (const h of hs) evs.push({ at: h.end, kind: 0, h }, { at: h.start, kind: 2, h });
  for (const p of pages ?? []) if (p.number > 1) evs.push({ at: p.start, kind: 1, page: p.number });
  // at one offset: close marks first (inner before outer), then page marks, then open (outer first)
  evs.sort((a, b) => a.at - b.at || a.kind - b.kind || (a.kind === 0 ? b.h!.start - a.h!.start : a.kind === 2 ? b.h!.end - a.h!.end : 0));
  let out = '';
  let pos = 0;
  for (const e of evs) {
    out += esc(text.slice(pos, e.at));
    pos = e.at;
    if (e.kind === 0) out += '</mark>';
    else if (e.kind === 1) out += `<span class="page" data-page="${e.page}">— page ${e.page} —</span>`;
    else out += `<mark id="${e.h!.id}" class="f-${e.h!.field}" data-field="${e.h!.field}" title="${esc(e.h!.label)}">`;
  }
  return out + esc(text.slice(pos));
}

function row(label: string, value: unknown, target?: string): string {
  const v = value === null || value === undefined || value === '' ? '<span class="none">—</span>' : esc(value);
  return `<tr><th>${esc(label)}</th><td>${target ? `<a href="#${target}" class="go" data-target="${target}">${v}</a>` : v}</td></tr>`;
}

export function renderRecordPage(r: DirectiveRecord, text: string, title?: string): string {
  const hs = nestable(highlightsOf(r));
  const first = (field: string, pred: (h: Highlight) => boolean = () => true) => hs.find((h) => h.field === field && pred(h))?.id;
  const rows: string[] = [];
  rows.push(row('system', r.system), row('type', r.type ? `${r.type.code} — ${r.type.name}` : null));
  rows.push(row('number', r.number?.value, first('number')), row('date', r.date?.iso ?? r.date?.year, first('date')), row('place', r.place));
  rows.push(row('issuer', r.issuer ? `${r.issuer.name}${r.issuer.parent ? ` (${r.issuer.parent})` : ''}` : null, first('issuer')));
  rows.push(row('subject', r.subject, first('subject')));
  r.recipients.forEach((x, i) => rows.push(row(i ? '' : 'recipients', x.name, hs.find((h) => h.field === 'recipient' && h.start === x.span.start)?.id)));
  r.citations.forEach((c, i) =>
    rows.push(row(i ? '' : 'citations', `${c.type?.code ?? '?'} ${c.number?.value ?? ''} ${c.date?.iso ?? ''} ${c.issuer ?? ''} [${c.relation}] ×${c.mentions.length}`, hs.find((h) => h.field === 'citation' && h.start === c.mentions[0]!.start)?.id)),
  );
  r.tasks.forEach((t, i) => rows.push(row(i ? '' : 'tasks', `${t.section}: ${t.assignees.map((a) => a.name).join(' | ') || '(all recipients)'}`, hs.find((h) => h.field === 'task' && t.items.some((it) => it.span.start === h.start))?.id)));
  r.distribution.forEach((d, i) => rows.push(row(i ? '' : 'Nơi nhận', d.name, hs.find((h) => h.field === 'distribution' && h.start === d.span.start)?.id)));
  r.signers.forEach((s, i) => rows.push(row(i ? '' : 'signers', [s.authority, s.onBehalfOf, s.title, s.name].filter(Boolean).join(' · '), hs.find((h) => h.field === 'signer' && h.start === s.span.start)?.id)));
  const warnings = r.warnings.map((w) => `<li><code>${esc(w.code)}</code> ${esc(w.message)}</li>`).join('');
  const css = Object.entries(FIELD_COLOURS).map(([f, c]) => `mark.f-${f}{background:${c}}`).join('\n');
  const legend = Object.entries(FIELD_COLOURS).map(([f, c]) => `<span style="background:${c}">${f}</span>`).join(' ');
  const json = JSON.stringify({ ...r, text: undefined }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title ?? r.number?.value ?? r.source.path ?? 'vanban record')}</title>
<style>
body{margin:0;font:14px/1.5 system-ui,sans-serif;display:flex;height:100vh}
#text{flex:1.3;overflow:auto;padding:16px 24px;white-space:pre-wrap;font-family:"Times New Roman",serif;font-size:15px;border-right:1px solid #ccc}
#panel{flex:1;overflow:auto;padding:12px 16px}
mark{border-radius:2px;padding:0 1px;color:inherit} mark:hover{outline:2px solid #333}
mark.flash{outline:3px solid #d32f2f}
${css}
.page{display:block;text-align:center;color:#888;margin:12px 0;border-top:1px dashed #bbb}
table{border-collapse:collapse;width:100%} th{text-align:left;vertical-align:top;padding:2px 8px 2px 0;white-space:nowrap;color:#555} td{padding:2px 0}
a.go{color:#0d47a1;text-decoration:none;cursor:pointer} a.go:hover{text-decoration:underline}
.none{color:#aaa} .legend span{padding:0 4px;margin-right:2px;border-radius:2px;font-size:12px}
code{background:#eee;padding:0 3px}
</style></head><body>
<div id="text">${markedText(text, hs, r.source.pages)}</div>
<div id="panel">
<h2 style="margin-top:0">${esc(r.type?.name ?? 'Văn bản')} ${esc(r.number?.value ?? '')}</h2>
<div class="legend">${legend}</div>
<p><small>${esc(r.source.path ?? '')} · ${esc(r.source.format)}${r.source.ocr ? ' · OCR' : ''}${r.source.encoding ? ` · ${esc(r.source.encoding)}` : ''} · schema ${esc(r.schemaVersion)}</small></p>
<table id="record">${rows.join('\n')}</table>
<h3>Warnings</h3><ul id="warnings">${warnings || '<li class="none">none</li>'}</ul>
<p><button id="download">Download JSON</button></p>
</div>
<script type="application/json" id="record-json">${json}</script>
<script>
document.querySelectorAll('a.go').forEach(function(a){a.addEventListener('click',function(e){
  e.preventDefault();var m=document.getElementById(a.dataset.target);if(!m)return;
  m.scrollIntoView({block:'center'});m.classList.add('flash');setTimeout(function(){m.classList.remove('flash')},1500);});});
document.getElementById('download').addEventListener('click',function(){
  var blob=new Blob([JSON.stringify(JSON.parse(document.getElementById('record-json').textContent),null,2)],{type:'application/json'});
  var a=document.createElement('a');a.href=URL.createObjectURL(blob);a.download=${JSON.stringify(`${(r.number?.value ?? 'record').replace(/[^\w.-]+/g, '_')}.json`)};a.click();});
</script>
</body></html>
`;
}
