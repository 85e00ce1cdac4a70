// Akoma Ntoso 3.0 export of one record: a <doc> with FRBR Work/Expression/Manifestation
// identification, TLC references for the issuer and signers, and a <ref> around each citation
// mention in the body text.
import { looseKey } from '../normalize/fold.js';
import type { DirectiveRecord } from '../schema/record.js';
import { esc } from './record-html.js';

const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

// an identifier from a name: the loose matching key (no case, no diacritics) with dashes
const slug = (s: string) => looseKey(s).replace(/ /g, '-') || 'x';

/** AKN document name for a type code (AKN `doc@name`). */
const DOC_NAMES: Record<string, string> = { CV: 'congVan', KH: 'keHoach', HD: 'huongDan', CT: 'chiThi', QĐ: 'quyetDinh', TB: 'thongBao', KL: 'ketLuan', NQ: 'nghiQuyet', QyĐ: 'quyDinh', CĐ: 'congDien' };

export function toAkomaNtoso(r: DirectiveRecord, text: string): string {
  const date = r.date?.iso ?? (r.date?.year ? `${r.date.year}-01-01` : '1900-01-01');
  const dateName = r.date?.iso ? 'signature' : 'unknown';
  const type = r.type?.code ?? 'VB';
  const num = r.number?.value ?? `sha-${r.source.sha256.slice(0, 12)}`;
  const issuerId = slug(r.issuer?.name ?? 'unknown-issuer');
  const work = `/akn/vn/doc/${slug(type)}/${slug(r.issuer?.name ?? 'unknown')}/${date}/${slug(num)}`;
  const expr = `${work}/vie@`;
  const manif = `${expr}/!main.xml`;
  const signers = r.signers.filter((s) => s.name);

  // body: the text with <ref> around each citation mention (mentions never overlap each other)
  const mentions = r.citations
    .flatMap((c, i) => c.mentions.map((m) => ({ ...m, href: c.number ? `/akn/vn/doc/${slug(c.type?.code ?? 'vb')}/${slug(c.number.value)}` : `#cit_${i + 1}`, eId: `ref_${i + 1}` })))
    .sort((a, b) => a.start - b.start)
    .filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
  const paras: string[] = [];
  let cur = '';
  let pos = 0;
  const flush = () => {
    if (cur.trim()) paras.push(`      <p>${cur.trim()}</p>`);
    cur = '';
  };
  const addText = (s: string) => {
    const parts = s.split(/\n/);
    parts.forEach((p, k) => {
      if (k > 0) flush();
      cur += esc(p);
    });
  };
  const counts = new Map<string, number>();
  for (const m of mentions) {
    addText(text.slice(pos, m.start));
    const n = (counts.get(m.eId) ?? 0) + 1;
    counts.set(m.eId, n);
    cur += `<ref eId="${m.eId}_${n}" href="${esc(m.href)}">${esc(text.slice(m.start, m.end).replace(/\n/g, ' '))}</ref>`;
    pos = m.end;
  }
  addText(text.slice(pos));
  flush();

  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${AKN_NS}">
  <doc name="${DOC_NAMES[type] ?? slug(r.type?.name ?? 'vanBan')}">
    <meta>
      <identification source="#vanban">
        <FRBRWork>
          <FRBRthis value="${esc(work)}/!main"/>
          <FRBRuri value="${esc(work)}"/>
          <FRBRdate date="${date}" name="${dateName}"/>
          <FRBRauthor href="#${issuerId}" as="#author"/>
          <FRBRcountry value="vn"/>
          <FRBRnumber value="${esc(num)}"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="${esc(expr)}/!main"/>
          <FRBRuri value="${esc(expr)}"/>
          <FRBRdate date="${date}" name="${dateName}"/>
          <FRBRauthor href="#${issuerId}" as="#author"/>
          <FRBRlanguage language="vie"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="${esc(manif)}"/>
          <FRBRuri value="${esc(manif)}"/>
          <FRBRdate date="${new Date().toISOString().slice(0, 10)}" name="generation"/>
          <FRBRauthor href="#vanban"/>
        </FRBRManifestation>
      </identification>
      <references source="#vanban">
        <TLCOrganization eId="vanban" href="/ontology/organization/vanban" showAs="vanban"/>
        <TLCOrganization eId="${issuerId}" href="/ontology/organization/vn/${issuerId}" showAs="${esc(r.issuer?.name ?? 'unknown issuer')}"/>
${signers.map((s) => `        <TLCPerson eId="${slug(s.name!)}" href="/ontology/person/vn/${slug(s.name!)}" showAs="${esc(s.name)}"/>`).join('\n')}
        <TLCRole eId="author" href="/ontology/role/author" showAs="Author"/>
      </references>
    </meta>
    <preface>
      <p class="number">${esc(r.number?.value ?? '')}</p>
      <p class="date"><date date="${date}">${esc(r.place ? `${r.place}, ` : '')}${esc(r.date?.iso ?? '')}</date></p>
      <p class="title"><docTitle>${esc(r.subject ?? r.type?.name ?? '')}</docTitle></p>
    </preface>
    <mainBody>
${paras.join('\n')}
    </mainBody>
${signers.length ? `    <conclusions>\n${signers.map((s) => `      <p><signature><role refersTo="#author">${esc([s.authority, s.onBehalfOf, s.title].filter(Boolean).join(' '))}</role><person refersTo="#${slug(s.name!)}">${esc(s.name)}</person></signature></p>`).join('\n')}\n    </conclusions>\n` : ''}  </doc>
</akomaNtoso>
`;
}
