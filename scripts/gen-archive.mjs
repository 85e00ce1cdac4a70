// Synthetic archive for tests and benchmarks: directives laid out like real ones (the seeds'
// headers, salutations, Nơi nhận and signature blocks), with numbers, dates and issuers perturbed
// into consistent chains: Politburo conclusion → provincial Party plan → provincial People's
// Committee plan → department letter. Party numbers repeat across provinces on purpose (identity
// must come from issuer and date, not the number alone).
//   node scripts/gen-archive.mjs <dir> [documents=200] [seed=1]
// Writes the .txt files and chains.json (the true edges: from file, to file, relation).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROVINCES = ['Lào Cai', 'Lạng Sơn', 'Sơn La', 'Yên Bái', 'Hà Giang', 'Cao Bằng', 'Điện Biên', 'Lai Châu', 'Tuyên Quang', 'Thái Nguyên', 'Bắc Kạn', 'Phú Thọ'];
const DEPTS = [['Sở Nội vụ', 'SNV'], ['Sở Tài chính', 'STC'], ['Sở Công Thương', 'SCT'], ['Sở Giáo dục và Đào tạo', 'SGDĐT'], ['Sở Y tế', 'SYT']];
const TOPICS = ['sắp xếp tổ chức bộ máy', 'chuyển đổi số', 'phòng, chống tham nhũng', 'xây dựng nông thôn mới', 'cải cách hành chính', 'phát triển kinh tế tư nhân'];

function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => ((x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}
const pad = (n) => String(n).padStart(2, '0');
const vnDate = (d) => `ngày ${pad(d.getUTCDate())} tháng ${pad(d.getUTCMonth() + 1)} năm ${d.getUTCFullYear()}`;
const dmy = (d) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
const upper = (s) => s.toLocaleUpperCase('vi');

function partyDoc({ issuerTop, issuer, number, place, date, title, subject, basis, body }) {
  return `${issuerTop}\t\tĐẢNG CỘNG SẢN VIỆT NAM
${issuer}
*
Số ${number}\t\t${place}, ${vnDate(date)}

${title}
${subject}

${basis}

${body}

Nơi nhận:\t\tT/M BAN THƯỜNG VỤ
- Như trên,\t\tPHÓ BÍ THƯ
- Lưu Văn phòng.
\t\tNguyễn Văn An
`;
}

function stateDoc({ parent, issuer, number, place, date, title, subject, salutation, basis, body, authority, role, name }) {
  return `${parent}\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
${issuer}\t\tĐộc lập - Tự do - Hạnh phúc
Số: ${number}\t\t${place}, ${vnDate(date)}
${title ? '' : `V/v ${subject}`}
${title ? `${title}\n${subject}\n` : ''}${salutation ? `Kính gửi: ${salutation}\n` : ''}
${basis}

${body}

Nơi nhận:\t\t${authority}
- Như trên;\t\t${role}
- Lưu: VT.
\t\t${name}
`;
}

export function generate(dir, count = 200, seed = 1) {
  mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const files = [];
  const edges = [];
  let serial = 10;
  const day = (y, from = 0) => new Date(Date.UTC(y, 0, 1) + Math.floor((from + r() * 300) * 86400000));
  while (files.length < count) {
    // Level 0: a Politburo conclusion.
    const y = 2019 + Math.floor(r() * 6);
    const d0 = day(y, 0);
    const topic = pick(TOPICS);
    const n0 = `${100 + files.length}-KL/TW`;
    const f0 = `kl-tw-${files.length}.txt`;
    files.push(f0);
    writeFileSync(join(dir, f0), partyDoc({
      issuerTop: 'BAN CHẤP HÀNH TRUNG ƯƠNG', issuer: 'BỘ CHÍNH TRỊ', number: n0, place: 'Hà Nội', date: d0, title: 'KẾT LUẬN', subject: `của Bộ Chính trị về ${topic}`,
      basis: `Tại phiên họp ngày ${dmy(d0)}, Bộ Chính trị đã nghe báo cáo về ${topic} và kết luận như sau:`,
      body: `1. Các tỉnh uỷ, thành uỷ lãnh đạo, chỉ đạo thực hiện nghiêm túc.\n2. Ban Tổ chức Trung ương theo dõi, đôn đốc.`,
    }));
    // Level 1: several provinces implement it, each with the SAME local serial (repeats).
    const localSerial = 1 + Math.floor(r() * 40);
    const provinces = [...PROVINCES].sort(() => r() - 0.5).slice(0, 2 + Math.floor(r() * 3));
    for (const prov of provinces) {
      if (files.length >= count) break;
      const d1 = new Date(d0.getTime() + (10 + Math.floor(r() * 60)) * 86400000);
      const n1 = `${localSerial}-KH/TU`;
      const f1 = `kh-tu-${files.length}.txt`;
      files.push(f1);
      edges.push({ from: f1, to: f0, relation: 'implements' });
      writeFileSync(join(dir, f1), partyDoc({
        issuerTop: `ĐẢNG BỘ TỈNH ${upper(prov)}`, issuer: 'BAN THƯỜNG VỤ TỈNH ỦY', number: n1, place: prov, date: d1, title: 'KẾ HOẠCH', subject: `thực hiện Kết luận số ${n0} của Bộ Chính trị`,
        basis: `Thực hiện Kết luận số ${n0}, ngày ${dmy(d0)} của Bộ Chính trị về ${topic}, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch thực hiện như sau:`,
        body: `I. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt sâu sắc nội dung Kết luận.\nII. TỔ CHỨC THỰC HIỆN\n1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện.`,
      }));
      // Level 2: the province's People's Committee plan.
      if (files.length >= count) break;
      const d2 = new Date(d1.getTime() + (5 + Math.floor(r() * 40)) * 86400000);
      const n2 = `${serial++}/KH-UBND`;
      const f2 = `kh-ubnd-${files.length}.txt`;
      files.push(f2);
      edges.push({ from: f2, to: f1, relation: 'implements' });
      writeFileSync(join(dir, f2), stateDoc({
        parent: '', issuer: `ỦY BAN NHÂN DÂN TỈNH ${upper(prov)}`, number: n2, place: prov, date: d2, title: 'KẾ HOẠCH', subject: `Triển khai thực hiện Kế hoạch số ${n1} của Ban Thường vụ Tỉnh ủy`,
        basis: `Thực hiện Kế hoạch số ${n1} ngày ${dmy(d1)} của Ban Thường vụ Tỉnh ủy ${prov} thực hiện Kết luận số ${n0} của Bộ Chính trị; Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:`,
        body: `I. MỤC ĐÍCH, YÊU CẦU\n1. Cụ thể hóa các nhiệm vụ.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành tham mưu thực hiện.\n2. Sở Tài chính bố trí kinh phí.`,
        authority: 'TM. ỦY BAN NHÂN DÂN', role: 'CHỦ TỊCH', name: 'Trần Văn Bình',
      }));
      // Level 3: a department letter implementing the plan.
      if (files.length >= count) break;
      const [dept, code] = pick(DEPTS);
      const d3 = new Date(d2.getTime() + (3 + Math.floor(r() * 30)) * 86400000);
      const f3 = `cv-so-${files.length}.txt`;
      files.push(f3);
      edges.push({ from: f3, to: f2, relation: 'implements' });
      writeFileSync(join(dir, f3), stateDoc({
        parent: `UBND TỈNH ${upper(prov)}`, issuer: upper(dept), number: `${serial++}/${code}-VP`, place: prov, date: d3, title: null, subject: `triển khai Kế hoạch số ${n2}`,
        salutation: 'Các phòng, đơn vị trực thuộc.',
        basis: `Thực hiện Kế hoạch số ${n2} ngày ${dmy(d2)} của Ủy ban nhân dân tỉnh ${prov}, ${dept} đề nghị các đơn vị thực hiện một số nội dung sau:`,
        body: `1. Văn phòng Sở tham mưu tổ chức quán triệt.\n2. Các phòng chuyên môn báo cáo kết quả trước ngày 30/12/${d3.getUTCFullYear()}.`,
        authority: 'KT. GIÁM ĐỐC', role: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Cúc',
      }));
    }
  }
  writeFileSync(join(dir, 'chains.json'), JSON.stringify({ files, edges }, null, 1));
  return { files, edges };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, n, s] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/gen-archive.mjs <dir> [documents=200] [seed=1]');
    process.exit(2);
  }
  const { files, edges } = generate(dir, Number(n ?? 200), Number(s ?? 1));
  console.log(`${files.length} documents, ${edges.length} chain edges in ${dir}`);
}
