// `vanban graph --format html`: an interactive chain graph in one self-contained page: cytoscape
// with the dagre layered layout, both inlined from node_modules (no network, no CDN). Nodes are
// coloured by system (state / party / external), edges labelled by relation; a click on a node
// shows its summary and its up- and down-chains; filters by issuer, year and relation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GraphData } from '../corpus/store.js';
import { esc } from './record-html.js';

function bundled(): string {
  const req = createRequire(import.meta.url);
  const files = [req.resolve('cytoscape/dist/cytoscape.min.js'), req.resolve('dagre/dist/dagre.min.js'), req.resolve('cytoscape-dagre')];
  // "</script" inside a library would end the inline script early
  return files.map((f) => readFileSync(f, 'utf8').replace(/<\/script/gi, '<\\/script')).join('\n;\n');
}

export function renderGraphPage(g: GraphData, title = 'vanban: directive chains'): string {
  const data = JSON.stringify(g).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{margin:0;font:14px/1.4 system-ui,sans-serif;display:flex;height:100vh}
#cy{flex:1;min-width:0}
#side{width:360px;overflow:auto;border-left:1px solid #ccc;padding:10px 14px}
#filters label{display:block;margin:4px 0} #filters select,#filters input{width:100%}
.legend span{display:inline-block;padding:0 6px;margin-right:4px;border-radius:3px;color:#fff;font-size:12px}
#panel h3{margin:8px 0 4px} #panel ul{padding-left:18px;margin:4px 0} .none{color:#999}
</style></head><body>
<div id="cy"></div>
<div id="side">
  <h2 style="margin:4px 0">${esc(title)}</h2>
  <div class="legend"><span style="background:#1565c0">state</span><span style="background:#c62828">party</span><span style="background:#9e9e9e">external</span></div>
  <div id="filters">
    <label>Issuer contains <input id="f-issuer" placeholder="e.g. Tỉnh ủy"></label>
    <label>Year <select id="f-year"><option value="">all</option></select></label>
    <label>Relation <select id="f-rel"><option value="">all</option></select></label>
  </div>
  <div id="panel"><p class="none">Click a node to see its record summary and chains.</p></div>
</div>
<script>${bundled()}</script>
<script type="application/json" id="graph-data">${data}</script>
<script>
(function(){
var g=JSON.parse(document.getElementById('graph-data').textContent);
var byId={};g.nodes.forEach(function(n){byId[n.id]=n;});
var colour=function(n){return n.external?'#9e9e9e':n.system==='party'?'#c62828':'#1565c0';};
var els=g.nodes.map(function(n){return{data:{id:n.id,label:(n.number||'(no number)')+(n.date?'\\n'+n.date:''),colour:colour(n),year:(n.date||'').slice(0,4),issuer:(n.issuer||'').toLowerCase()}};})
 .concat(g.edges.map(function(e,i){return{data:{id:'e'+i,source:e.from,target:e.to,relation:e.relation,confidence:e.confidence}};}));
var cy=window.cy=cytoscape({container:document.getElementById('cy'),elements:els,wheelSensitivity:0.3,
 style:[{selector:'node',style:{'background-color':'data(colour)','label':'data(label)','color':'#222','font-size':10,'text-wrap':'wrap','text-valign':'bottom','text-margin-y':4,'width':22,'height':22}},
  {selector:'edge',style:{'curve-style':'bezier','target-arrow-shape':'triangle','width':1.5,'line-color':'#90a4ae','target-arrow-color':'#90a4ae','label':'data(relation)','font-size':8,'text-rotation':'autorotate','color':'#555'}},
  {selector:'node:selected',style:{'border-width':3,'border-color':'#ff9800'}},
  {selector:'.hidden',style:{'display':'none'}},{selector:'.chain',style:{'line-color':'#ff9800','target-arrow-color':'#ff9800','width':3}}],
 layout:{name:'dagre',rankDir:'BT',nodeSep:30,rankSep:60}});
var years={},rels={};g.nodes.forEach(function(n){if(n.date)years[n.date.slice(0,4)]=1;});g.edges.forEach(function(e){rels[e.relation]=1;});
Object.keys(years).sort().forEach(function(y){var o=document.createElement('option');o.value=o.textContent=y;document.getElementById('f-year').appendChild(o);});
Object.keys(rels).sort().forEach(function(r){var o=document.createElement('option');o.value=o.textContent=r;document.getElementById('f-rel').appendChild(o);});
function applyFilters(){var is=document.getElementById('f-issuer').value.toLowerCase(),y=document.getElementById('f-year').value,r=document.getElementById('f-rel').value;
 cy.nodes().forEach(function(n){var ok=(!is||n.data('issuer').indexOf(is)>=0)&&(!y||n.data('year')===y);n.toggleClass('hidden',!ok);});
 cy.edges().forEach(function(e){e.toggleClass('hidden',!!r&&e.data('relation')!==r);});}
['f-issuer','f-year','f-rel'].forEach(function(id){document.getElementById(id).addEventListener('input',applyFilters);});
function walk(start,dir){var out=[],seen={},stack=[[start,0,null]];seen[start]=1;
 while(stack.length){var t=stack.pop();out.push(t);g.edges.forEach(function(e){var a=dir==='up'?e.from:e.to,b=dir==='up'?e.to:e.from;
  if(a===t[0]&&!seen[b]){seen[b]=1;stack.push([b,t[1]+1,e.relation]);}});}return out.slice(1);}
function esc(s){return String(s==null?'':s).replace(/[&<>"]/g,function(c){return{'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c];});}
function list(items){return items.length?'<ul>'+items.map(function(t){var n=byId[t[0]];return '<li style="margin-left:'+(t[1]-1)*10+'px">'+esc(t[2])+' → '+esc(n.number||'(no number)')+' '+esc(n.date||'')+(n.external?' (not in archive)':'')+'</li>';}).join('')+'</ul>':'<p class="none">none</p>';}
cy.on('tap','node',function(ev){var n=byId[ev.target.id()];cy.elements().removeClass('chain');
 var up=walk(n.id,'up'),down=walk(n.id,'down');
 document.getElementById('panel').innerHTML='<h3 id="panel-title">'+esc(n.number||'(no number)')+'</h3>'+
  '<table><tr><th>type</th><td>'+esc(n.typeCode)+'</td></tr><tr><th>date</th><td>'+esc(n.date)+'</td></tr><tr><th>issuer</th><td>'+esc(n.issuer)+'</td></tr><tr><th>system</th><td>'+esc(n.external?'external':n.system)+'</td></tr></table>'+
  (n.subject?'<p>'+esc(n.subject)+'</p>':'')+'<h3>Rests on (up)</h3>'+list(up)+'<h3>Rests on it (down)</h3>'+list(down);
 var S={};S[n.id]=1;up.concat(down).forEach(function(t){S[t[0]]=1;});
 cy.edges().forEach(function(e){if(S[e.data('source')]&&S[e.data('target')])e.addClass('chain');});});
})();
</script>
</body></html>
`;
}
