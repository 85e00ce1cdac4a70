// Writes the malformed set the reader tests feed to extractFile: each file must give its typed
// error (or, for an empty file, a record with a warning), never a crash or a silent empty record.
//   node scripts/make-malformed.mjs [dir]     (default: a fresh temp dir; prints its path)
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

/**
 * A one-page PDF (A4, Helvetica) with correct xref offsets, showing `text` or drawing the content
 * `stream` given; `trailerExtra` goes into the trailer dictionary, `pageExtra` into the page's.
 */
export function minimalPdf(text = 'Hello', trailerExtra = '', objExtra = [], stream = `BT /F1 12 Tf 72 760 Td (${text}) Tj ET`, pageExtra = '') {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${pageExtra}/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    null, // contents, below
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...objExtra,
  ];
  objs[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let out = '%PDF-1.4\n';
  const offsets = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// RC4 in a few lines: OpenSSL 3 hides it behind the legacy provider.
function rc4(key, data) {
  const s = [...Array(256).keys()];
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}
const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
const pad = (pw) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
const md5 = (...b) => createHash('md5').update(Buffer.concat(b)).digest();

/** A PDF encrypted with the standard handler (R2, RC4-40) and a user password. */
export function encryptedPdf(userPw = 'secret', ownerPw = 'owner') {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const O = rc4(md5(pad(ownerPw)).subarray(0, 5), pad(userPw));
  const P = Buffer.alloc(4);
  P.writeInt32LE(-4);
  const key = md5(pad(userPw), O, P, id).subarray(0, 5);
  const U = rc4(key, PAD);
  return minimalPdf('secret', `/Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]`, [
    `<< /Filter /Standard /V 1 /R 2 /O <${O.toString('hex')}> /U <${U.toString('hex')}> /P -4 >>`,
  ]);
}

export async function zipBombDocx(xmlBytes = 40 * 1024 * 1024) {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const para = '<w:p><w:r><w:t>Kính gửi: các cơ quan, đơn vị.</w:t></w:r></w:p>';
  const body = para.repeat(Math.ceil(xmlBytes / Buffer.byteLength(para)));
  zip.file('word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** A well-formed DOCX whose body is the given WordprocessingML (for reader tests, not malformed). */
export async function minimalDocx(bodyXml) {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4cf0000000049454e44ae426082',
  'hex',
);

/** Writes the set into `dir` and returns { name: path }. */
export async function makeMalformed(dir) {
  mkdirSync(dir, { recursive: true });
  const good = minimalPdf('Cong van so 12/UBND-VP');
  let x = 7;
  const random = Buffer.alloc(64 * 1024);
  for (let i = 0; i < random.length; i++) random[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  random[0] = 0x00; // no magic bytes
  const files = {
    'truncated.pdf': good.subarray(0, Math.floor(good.length / 3)),
    'encrypted.pdf': encryptedPdf(),
    'zip-bomb.docx': await zipBombDocx(),
    'empty.txt': Buffer.alloc(0),
    'random.bin': random,
    'image.pdf': PNG, // a PNG renamed .pdf
    'not-a-docx.docx': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), random.subarray(0, 2000)]),
    'garbage.doc': Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), random.subarray(0, 4000)]),
  };
  const out = {};
  for (const [name, buf] of Object.entries(files)) {
    writeFileSync(join(dir, name), buf);
    out[name] = join(dir, name);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'vanban-malformed-'));
  await makeMalformed(dir);
  console.log(dir);
}
