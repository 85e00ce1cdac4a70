// Graph exports: JSON, GraphML, Graphviz dot, CSV (edges). Edge names follow ELI relations.
import type { GraphData } from './store.js';

import { escapeXml as xml } from '../escape.js';
const dq = (s: unknown) => `"${String(s ?? '').replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
const csv = (s: unknown) => (/[",\n]/.test(String(s ?? '')) ? `"${String(s).replace(/"/g, '""')}"` : String(s ?? ''));

export type GraphFormat = 'json' | 'graphml' | 'dot' | 'csv';

export function exportGraph(g: GraphData, format: GraphFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(g, null, 2);
    case 'graphml': {
      const keys = [
        ['number', 'node'], ['type', 'node'], ['issuer', 'node'], ['date', 'node'], ['system', 'node'], ['external', 'node'],
        ['relation', 'edge'], ['confidence', 'edge'], ['reason', 'edge'],
      ];
      const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
      for (const [k, f] of keys) out.push(`  <key id="${k}" for="${f}" attr.name="${k}" attr.type="${k === 'confidence' ? 'double' : k === 'external' ? 'boolean' : 'string'}"/>`);
      out.push('  <graph id="chains" edgedefault="directed">');
      for (const n of g.nodes) {
        out.push(`    <node id="${xml(n.id)}"><data key="number">${xml(n.number)}</data><data key="type">${xml(n.typeCode)}</data><data key="issuer">${xml(n.issuer)}</data><data key="date">${xml(n.date)}</data><data key="system">${xml(n.system ?? 'external')}</data><data key="external">${n.external}</data></node>`);
      }
      g.edges.forEach((e, i) => out.push(`    <edge id="e${i}" source="${xml(e.from)}" target="${xml(e.to)}"><data key="relation">${xml(e.relation)}</data><data key="confidence">${e.confidence.toFixed(3)}</data><data key="reason">${xml(e.reason)}</data></edge>`));
      out.push('  </graph>', '</graphml>');
      return `${out.join('\n')}\n`;
    }
    case 'dot': {
      const out = ['digraph chains {', '  rankdir=BT;', '  node [shape=box, fontname="Times"];'];
      for (const n of g.nodes) {
        const color = n.external ? 'gray' : n.system === 'party' ? 'red' : 'blue';
        out.push(`  ${dq(n.id)} [label=${dq(`${n.number ?? '(no number)'}\n${n.date ?? ''}`)}, color=${color}${n.external ? ', style=dashed' : ''}];`);
      }
      for (const e of g.edges) out.push(`  ${dq(e.from)} -> ${dq(e.to)} [label=${dq(e.relation)}];`);
      out.push('}');
      return `${out.join('\n')}\n`;
    }
    case 'csv': {
      const byId = new Map(g.nodes.map((n) => [n.id, n]));
      const rows = ['from,from_number,relation,to,to_number,to_external,confidence,reason'];
      for (const e of g.edges) rows.push([e.from, byId.get(e.from)?.number, e.relation, e.to, byId.get(e.to)?.number, byId.get(e.to)?.external, e.confidence.toFixed(3), e.reason].map(csv).join(','));
      return `${rows.join('\n')}\n`;
    }
  }
}
