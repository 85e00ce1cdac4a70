/// <reference lib="dom" />
// Views and exports: the record page, the chain graph page and Akoma Ntoso. The pages are opened
// in real headless Chromium (Debian `chromium`, driven by playwright-core) when it is installed;
// screenshots go to test-artifacts/. xmllint (Debian libxml2-utils) checks the XML is well-formed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/index.js';
import { ingest, openArchive } from '../src/corpus/index.js';
import { toAkomaNtoso } from '../src/views/akn.js';
import { renderGraphPage } from '../src/views/graph-html.js';
import { renderRecordPage } from '../src/views/record-html.js';
// @ts-expect-error: plain .mjs script
import { generate } from '../scripts/gen-archive.mjs';

const SEEDS = ['000_96810f2f60cba53d', '004_34ba2caeb00c9d16'].map((s) => `fixtures/seeds/${s}.txt`);
const CHROMIUM = '/usr/bin/chromium';
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint) console.warn('xmllint not found (Debian libxml2-utils): AKN well-formedness is checked by the DOM parser only');
if (!existsSync(CHROMIUM)) console.warn(`${CHROMIUM} not found (Debian chromium): browser tests skipped`);

describe('record page', () => {
  it('highlights the number, date and signers in place, each naming its field', async () => {
    for (const f of SEEDS) {
      const r = await extractFile(f, { includeText: true });
      const html = renderRecordPage(r, r.text!);
      const mark = (field: string) => [...html.matchAll(new RegExp(`<mark id="h\\d+" class="f-${field}" data-field="${field}" title="([^"]*)">([^<]*)`, 'g'))];
      expect(mark('number')[0]?.[2]?.replace(/\s+/g, '')).toBe(r.number!.value);
      expect(mark('date').length).toBeGreaterThan(0);
      expect(mark('signer').length).toBe(r.signers.length);
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/); // self-contained
    }
  });
});

describe('Akoma Ntoso', () => {
  it('has the FRBR identification, TLC references and a <ref> per citation mention', async () => {
    const r = await extractFile(SEEDS[1]!, { includeText: true });
    const xml = toAkomaNtoso(r, r.text!);
    for (const el of ['akomaNtoso', 'doc name=', 'meta', 'identification source="#vanban"', 'FRBRWork', 'FRBRExpression', 'FRBRManifestation', 'FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor', 'FRBRcountry', 'FRBRlanguage', 'references source="#vanban"', 'TLCOrganization', 'TLCPerson', 'mainBody']) {
      expect(xml, el).toContain(`<${el}`);
    }
    const refs = xml.match(/<ref eId=/g)?.length ?? 0;
    expect(refs).toBe(r.citations.reduce((n, c) => n + c.mentions.length, 0));
    // identification@source and every TLC reference point at declared eIds
    const eids = new Set([...xml.matchAll(/eId="([^"]+)"/g)].map((m) => m[1]));
    for (const m of xml.matchAll(/(?:source|href|as|refersTo)="#([^"]+)"/g)) expect(eids.has(m[1]), m[1]).toBe(true);
    if (hasXmllint) {
      const f = join(mkdtempSync(join(tmpdir(), 'vanban-akn-')), 'doc.xml');
      writeFileSync(f, xml);
      expect(() => execFileSync('xmllint', ['--noout', f])).not.toThrow();
    }
  });
});

describe.skipIf(!existsSync(CHROMIUM))('in headless Chromium', () => {
  it('record page: highlights present, a side-panel click scrolls to its span; graph page: a node click opens its panel', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const out = resolve('test-artifacts');
    mkdirSync(out, { recursive: true });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const requests: string[] = [];
      page.on('request', (q) => {
        if (!q.url().startsWith('file:') && !q.url().startsWith('blob:') && !q.url().startsWith('data:')) requests.push(q.url());
      });
      const r = await extractFile(SEEDS[1]!, { includeText: true });
      const viewFile = join(out, 'view.html');
      writeFileSync(viewFile, renderRecordPage(r, r.text!));
      await page.goto(`file://${viewFile}`);
      expect((await page.locator('mark.f-number').first().textContent())?.replace(/\s+/g, '')).toBe(r.number!.value);
      expect(await page.locator('mark.f-date').count()).toBeGreaterThan(0);
      expect(await page.locator('mark.f-signer').count()).toBe(r.signers.length);
      expect(await page.locator('mark.f-number').first().getAttribute('title')).toMatch(/^number:/);
      // click the last signer link in the side panel: its mark scrolls into view and flashes
      const link = page.locator('#record a.go').last();
      const target = await link.getAttribute('data-target');
      await link.click();
      const mark = page.locator(`#${target}`);
      await expect.poll(async () => mark.evaluate((m) => m.classList.contains('flash'))).toBe(true);
      const inView = await mark.evaluate((m) => {
        const b = m.getBoundingClientRect();
        const box = document.getElementById('text')!.getBoundingClientRect();
        return b.top >= box.top && b.bottom <= box.bottom;
      });
      expect(inView).toBe(true);
      await page.screenshot({ path: join(out, 'view.png') });

      const dir = mkdtempSync(join(tmpdir(), 'vanban-graph-'));
      generate(dir, 24, 2);
      const store = openArchive(join(dir, 'g.sqlite'));
      await ingest(store, [dir], { jobs: 0 });
      const graphFile = join(out, 'graph.html');
      writeFileSync(graphFile, renderGraphPage(store.graph()));
      store.close();
      await page.goto(`file://${graphFile}`);
      await page.waitForFunction(() => (window as unknown as { cy?: { nodes: () => { length: number } } }).cy?.nodes().length);
      const pos = await page.evaluate(() => {
        const cy = (window as unknown as { cy: { nodes: (s: string) => { first: () => { renderedPosition: () => { x: number; y: number }; id: () => string } } } }).cy;
        const n = cy.nodes('[label ^= "100-KL"]').first();
        return { ...n.renderedPosition(), id: n.id() };
      });
      const box = (await page.locator('#cy').boundingBox())!;
      await page.mouse.click(box.x + pos.x, box.y + pos.y);
      await expect.poll(async () => page.locator('#panel-title').textContent()).toBe('100-KL/TW');
      expect(await page.locator('#panel').textContent()).toMatch(/Rests on it \(down\).*implements/s);
      await page.screenshot({ path: join(out, 'graph.png') });
      expect(requests).toEqual([]); // no network
    } finally {
      await browser.close();
    }
  }, 120_000);
});
