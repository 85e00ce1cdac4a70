// The scoring metric of ../shared/tools/score.mjs (the one vanban is judged by), as a library:
// same normalisation, same matching, same per-field rules. tests/eval-agreement.test.ts checks
// that both give the same figures on the corpus.

const EXPAND = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/&/g, ' va '],
];
export function fold(s) {
  if (s == null) return '';
  let t = String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  for (const [re, to] of EXPAND) t = t.replace(re, to);
  return t.replace(/[^a-z0-9]+/g, ' ').trim();
}
const tokens = (s) => fold(s).split(' ').filter(Boolean);
export function tokenF1(a, b) {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length && !tb.length) return 1;
  if (!ta.length || !tb.length) return 0;
  const bag = new Map();
  for (const t of tb) bag.set(t, (bag.get(t) || 0) + 1);
  let common = 0;
  for (const t of ta) if (bag.get(t) > 0) { common++; bag.set(t, bag.get(t) - 1); }
  if (!common) return 0;
  const p = common / ta.length, r = common / tb.length;
  return (2 * p * r) / (p + r);
}
export function numKey(s) {
  if (s == null) return null;
  return String(s).normalize('NFC').replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-').replace(/\s+/g, '').toUpperCase().replace(/Đ/g, 'D');
}
function sectionKey(s) {
  return String(s ?? '').replace(/\s+/g, '').replace(/\.+$/g, '').replace(/[.)]+/g, '.').toUpperCase()
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Đ/g, 'D');
}
const nameOf = (x) => (x == null ? null : typeof x === 'string' ? x : x.name ?? x.text ?? x.raw ?? null);
const codeOf = (x) => (x == null ? null : typeof x === 'string' ? x : x.code ?? x.abbreviation ?? null);
const numberOf = (x) => (x == null ? null : typeof x === 'string' ? x : x.value ?? x.canonical ?? x.raw ?? null);
function ymd(x) {
  if (x == null) return null;
  if (typeof x === 'string') {
    const m = x.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
    return m ? { year: +m[1], month: m[2] ? +m[2] : null, day: m[3] ? +m[3] : null } : null;
  }
  if (x.iso && !('year' in x)) return ymd(x.iso);
  return { year: x.year ?? null, month: x.month ?? null, day: x.day ?? null };
}
const sameDate = (a, b) => (a == null && b == null) || (a != null && b != null && a.year === b.year && a.month === b.month && a.day === b.day);
function match(pred, gold, sim, threshold) {
  const pairs = [];
  pred.forEach((p, i) => gold.forEach((g, j) => { const s = sim(p, g); if (s >= threshold) pairs.push([s, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set(), usedG = new Set(), out = [];
  for (const [, i, j] of pairs) if (!usedP.has(i) && !usedG.has(j)) { usedP.add(i); usedG.add(j); out.push([pred[i], gold[j]]); }
  return out;
}

/** Scores records (a Map from base name to record) against gold docs [{base, gold}]. */
export function score(records, golds) {
  const acc = {};
  const A = (f) => (acc[f] ??= { tp: 0, fp: 0, fn: 0, ok: 0, n: 0 });
  const perDoc = [];
  const scalar = (field, ok) => { const a = A(field); a.n++; if (ok) a.ok++; return ok; };
  const setPRF = (field, nPred, nGold, nMatch) => { const a = A(field); a.tp += nMatch; a.fp += nPred - nMatch; a.fn += nGold - nMatch; };
  for (const { base, gold } of golds) {
    const r = records.get(base) ?? {};
    const miss = [];
    const chk = (f, ok) => { if (!scalar(f, ok)) miss.push(f); };
    chk('system', (r.system ?? null) === gold.system);
    chk('type', fold(codeOf(r.type)) === fold(gold.type));
    chk('number', numKey(numberOf(r.number)) === numKey(gold.number));
    const pIssuer = nameOf(r.issuer);
    chk('issuer', gold.issuer == null || gold.issuer.length === 0
      ? pIssuer == null
      : pIssuer != null && gold.issuer.some((n) => fold(pIssuer) === fold(n) || fold(pIssuer).includes(fold(n)) || tokenF1(pIssuer, n) >= 0.8));
    chk('place', fold(r.place) === fold(gold.place));
    chk('date', sameDate(ymd(r.date), gold.date));
    chk('subject', gold.subject == null ? r.subject == null : tokenF1(r.subject ?? '', gold.subject) >= 0.85);
    const nameSim = (a, b) => { const x = nameOf(a), y = typeof b === 'string' ? b : nameOf(b); return fold(x) === fold(y) ? 1 : tokenF1(x, y); };
    const rec = r.recipients ?? [];
    let m = match(rec, gold.recipients, nameSim, 0.8);
    setPRF('recipients', rec.length, gold.recipients.length, m.length);
    const cit = (r.citations ?? []).filter((c) => numberOf(c.number));
    const citKey = (c) => numKey(numberOf(c.number));
    const seen = new Set(); const citU = cit.filter((c) => !seen.has(citKey(c)) && seen.add(citKey(c)));
    m = match(citU, gold.citations, (p, q) => (citKey(p) === numKey(q.number) ? 1 : 0), 1);
    setPRF('citations', citU.length, gold.citations.length, m.length);
    const citMiss = { fp: citU.filter((c) => !m.some(([p]) => p === c)).map(citKey), fn: gold.citations.filter((g) => !m.some(([, q]) => q === g)).map((g) => g.number) };
    for (const [p, q] of m) {
      scalar('citation.date', sameDate(ymd(p.date), q.date ? ymd(q.date) : null));
      scalar('citation.issuer', q.issuer == null ? true : nameOf(p.issuer) != null && (fold(nameOf(p.issuer)).includes(fold(q.issuer)) || tokenF1(nameOf(p.issuer), q.issuer) >= 0.8));
    }
    const pairs = (tasks, isGold) => {
      const out = [];
      for (const t of tasks ?? []) {
        const as = (t.assignees ?? []).map(nameOf).filter(Boolean);
        const list = as.length === 0 || (isGold && as[0] === '*') || t.scope === 'all' ? ['*'] : as;
        for (const a of list) out.push({ section: sectionKey(t.section ?? t.label ?? t.path), assignee: a });
      }
      return out;
    };
    const named = (x) => x.filter((t) => t.assignee !== '*'), all = (x) => x.filter((t) => t.assignee === '*');
    const pt = pairs(r.tasks, false), gt = pairs(gold.tasks, true);
    m = match(named(pt), named(gt), (p, q) => (p.section !== q.section ? 0 : nameSim(p.assignee, q.assignee)), 0.6);
    setPRF('tasks', named(pt).length, named(gt).length, m.length);
    m = match(all(pt), all(gt), (p, q) => (p.section === q.section ? 1 : 0), 1);
    setPRF('tasks.all*', all(pt).length, all(gt).length, m.length);
    // Instruments named without a number: informational (score.mjs does not score them, and the
    // gold lists are less complete than the numbered ones). Names match at token F1 >= 0.6, as a
    // name's date may or may not be written beside it.
    const un = (r.unnumberedCitations ?? []).map((u) => u.text ?? u);
    m = match(un, gold.unnumbered_citations ?? [], (p, q) => (fold(p) === fold(q) ? 1 : tokenF1(p, q)), 0.6);
    setPRF('unnumbered*', un.length, (gold.unnumbered_citations ?? []).length, m.length);
    const dist = (r.distribution ?? []).filter((d) => !/^\s*lưu\b/i.test(nameOf(d) ?? ''));
    m = match(dist, gold.distribution, nameSim, 0.8);
    setPRF('distribution', dist.length, gold.distribution.length, m.length);
    const sg = r.signers ?? [];
    m = match(sg, gold.signers.filter((s) => s.name), (p, q) => (fold(p.name) === fold(q.name) ? 1 : 0), 1);
    setPRF('signers', sg.filter((s) => s.name).length, gold.signers.filter((s) => s.name).length, m.length);
    for (const [p, q] of m) {
      scalar('signer.authority', fold(p.authority) === fold(q.authority));
      scalar('signer.title', tokenF1(p.title ?? '', q.title ?? '') >= 0.8 || fold(p.title) === fold(q.title));
    }
    perDoc.push({ doc: base, found: records.has(base), miss, citMiss });
  }
  const rows = [];
  for (const [f, a] of Object.entries(acc)) {
    if (a.n) rows.push({ field: f, kind: 'acc', value: a.ok / a.n, detail: `${a.ok}/${a.n}` });
    else {
      const p = a.tp + a.fp ? a.tp / (a.tp + a.fp) : a.tp + a.fn ? 0 : 1;
      const rc = a.tp + a.fn ? a.tp / (a.tp + a.fn) : 1;
      const f1 = p + rc ? (2 * p * rc) / (p + rc) : 0;
      rows.push({ field: f, kind: 'F1', value: f1, detail: `P=${p.toFixed(3)} R=${rc.toFixed(3)} tp=${a.tp} fp=${a.fp} fn=${a.fn}` });
    }
  }
  const counted = rows.filter((r) => !r.field.endsWith('*'));
  const macro = counted.reduce((s, r) => s + r.value, 0) / (counted.length || 1);
  return { rows, macro, perDoc };
}
