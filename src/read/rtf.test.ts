import { describe, expect, it } from 'vitest';
import { readRtf } from './rtf.js';

const rtf = (body: string, fonts = String.raw`{\f0\fswiss\fcharset0{\*\panose 020b7200000000000000}.VnTime;}{\f1\fswiss\fcharset0 .VnTimeH;}{\f2\froman\fcharset0 Times New Roman;}`) =>
  Buffer.from(String.raw`{\rtf1\ansi\ansicpg1252\uc1\deff0{\fonttbl${fonts}}{\colortbl;\red0\green0\blue0;}{\*\generator Microsoft Word;}{\info{\title Quyet dinh}{\author A}}` + body + '}', 'latin1');

describe('readRtf', () => {
  it('reads a table row as cells apart by tabs, paragraphs as lines, and skips font tables, info and starred destinations', async () => {
    const r = await readRtf(rtf(String.raw`\pard\plain\f2 B\'d4 T\'c0I CH\'cdNH\cell C\'d4NG H\'d2A\cell\row\pard\f2 S\'f4: 12/QD-BTC\par {\*\bkmkstart x}Ha Noi\line x\tab y\par`));
    expect(r.text).toBe('BÔ TÀI CHÍNH\tCÔNG HÒA\nSô: 12/QD-BTC\nHa Noi\nx\ty');
  });
  it('decodes a TCVN3 font\'s bytes, in capitals for a capitals font (".VnTimeH")', async () => {
    // "uû ban nh©n d©n" in .VnTimeH is "UỶ BAN NHÂN DÂN"; "Hµ Néi" in .VnTime is "Hà Nội"
    const r = await readRtf(rtf(String.raw`\pard\f1 u\'fb ban nh\'a9n d\'a9n\par\f0 H\'b5 N\'e9i\par`));
    expect(r.text).toBe('UỶ BAN NHÂN DÂN\nHà Nội');
  });
  it('lays a table row\'s cells side by side, line by line, as the DOCX reader does; "<" and "&" stay text', async () => {
    const r = await readRtf(rtf(String.raw`\trowd\cellx4500\cellx9500\pard\intbl\f2 UBND\par T\'cdNH X\cell\pard\intbl C\'d4NG H\'d2A\par \u272?\'f4c l\'e2p\cell\row\pard\f2 a < b & c\par`));
    expect(r.text).toBe('UBND\tCÔNG HÒA\nTÍNH X\tĐôc lâp\na < b & c');
  });
  it('as Word writes it: "\\uN" with a hex fallback, a Vietnamese-charset font (\\fcharset163), the default font, a row closed inside a group', async () => {
    const fonts = String.raw`{\f0\froman\fcharset0 Times New Roman{\*\falt Bookman Old Style};}{\f28\fswiss\fcharset0 .VnTime{\*\falt Courier New};}{\f217\froman\fcharset163 Times New Roman;}`;
    const body = String.raw`\trowd\cellx3706\cellx9350\pard\plain\qc\intbl {\b\f0 \u7910\'3fY BAN NH\'c2N D\'c2N\par S\u7889\'3f: 12/2004/Q}{\f217 \loch\af217\hich\f217 \'d0}{\f0 -UB}{\cell }\pard\qc\intbl {\b\f0 C\u7896\'3fNG H\'d2A\par }{\i\f0 ng\'e0y 31 th\'e1ng 5 n}{\i\f217 \'e3}{\i\f0 m 2004\cell }\pard\intbl {\trowd\cellx3706\cellx9350\row }\pard\plain\itap0 {Hµ Néi\par }`;
    const r = await readRtf(Buffer.from(rtf(body, fonts).toString('latin1').replace('\\deff0', '\\deff28'), 'latin1'));
    expect(r.text).toBe('ỦY BAN NHÂN DÂN\tCỘNG HÒA\nSố: 12/2004/QĐ-UB\tngày 31 tháng 5 năm 2004\nHà Nội');
  });
  it('takes "\\uN" characters and drops their fallback', async () => {
    const r = await readRtf(rtf(String.raw`\pard\f2 Th\u7921?c hi\u7879?n\par`));
    expect(r.text).toBe('Thực hiện');
  });
  it('a field keeps its result, not its instruction', async () => {
    const r = await readRtf(rtf(String.raw`\pard\f2 {\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt Nghi dinh}}\par`));
    expect(r.text).toBe('Nghi dinh');
  });
});
