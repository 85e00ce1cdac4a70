// Bad input never throws and never gives a silent empty record; every extractor stays linear.
import { readFileSync, readdirSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DirectiveRecord, extract, extractFile, VanbanError } from '../src/index.js';

// CI runs a few thousand cases; `npm run fuzz` sets FUZZ_RUNS=100000.
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const seeds = readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`fixtures/seeds/${f}`, 'utf8'));

function valid(text: string) {
  const r = extract(text);
  const ok = DirectiveRecord.safeParse(r);
  if (!ok.success) throw new Error(ok.error.message);
  for (const w of r.warnings) if (w.code === 'SCHEMA_VIOLATION') throw new Error(w.message);
  return r;
}

describe('bad input', () => {
  it('empty input → a valid record with an EMPTY_INPUT warning', () => {
    const r = valid('');
    expect(r.number).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('EMPTY_INPUT');
  });
  it('text that is no directive → nulls and NOT_A_DIRECTIVE', () => {
    const r = valid('Hôm nay trời đẹp. Chúng tôi đi chơi công viên và ăn kem.');
    expect(r.type).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('NOT_A_DIRECTIVE');
  });
  it('U+FFFD in the first 100 000 characters → REPLACEMENT_CHARS (a wrong decoding); one further on is not looked for', () => {
    const codes = (t: string) => valid(t).warnings.map((w) => w.code);
    expect(codes('Số: 12/UBND-VP\nKính gửi: Sở Y t\uFFFD')).toContain('REPLACEMENT_CHARS');
    expect(codes('Số: 12/UBND-VP\nKính gửi: Sở Y tế')).not.toContain('REPLACEMENT_CHARS');
    expect(codes(`${'a '.repeat(50_000)}\uFFFD`)).not.toContain('REPLACEMENT_CHARS');
  });
  it('binary garbage → a valid record with warnings', () => {
    let s = '';
    let x = 12345;
    for (let i = 0; i < 200_000; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      s += String.fromCharCode(x % 65536);
    }
    const r = valid(s);
    expect(r.warnings.length).toBeGreaterThan(0);
  });
  it('a 5 MB single line', () => {
    const r = valid('Căn cứ Nghị quyết số 49-NQ/TU ngày 28/9/2021 của Ban Thường vụ; '.repeat(80_000).slice(0, 5_000_000));
    expect(r.citations[0]?.number?.value).toBe('49-NQ/TU');
  });
  it('a missing file and a binary file give typed errors', async () => {
    await expect(extractFile('fixtures/does-not-exist.txt')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const err = await extractFile(png).catch((e) => e);
    expect(err).toBeInstanceOf(VanbanError);
    expect(err.code).toBe('UNSUPPORTED_FORMAT');
  });
});

// 1 MB adversarial inputs built to make a backtracking regex blow up: long runs of what each
// pattern repeats (spaces, dashes, digits, capitals, "/", "=", "số", dates), with no closing part.
const MB = 1_000_000;
const ADVERSARIAL: Record<string, (n: number) => string> = {
  spaces: (n) => `a${' '.repeat(n)}b`,
  spacesNewlines: (n) => ' \n'.repeat(n / 2),
  dashes: (n) => '-'.repeat(n),
  digits: (n) => '1'.repeat(n),
  capitals: (n) => 'QĐ'.repeat(n / 2),
  slashes: (n) => 'A/'.repeat(n / 2),
  numberish: (n) => '12/KH-'.repeat(n / 6),
  partyish: (n) => '1-NQ/'.repeat(n / 5),
  equals: (n) => `\n${'='.repeat(n)}`,
  so: (n) => 'số '.repeat(n / 3),
  ngay: (n) => 'ngày tháng '.repeat(n / 11),
  dates: (n) => '1/1/1'.repeat(n / 5),
  labels: (n) => '1.1.1.1.'.repeat(n / 8),
  pipes: (n) => '| '.repeat(n / 2),
  // " | " cells on one line (no outer pipes), and runs of spaces before a pipe
  pipeCells: (n) => 'a | b | '.repeat(n / 8),
  pipeSpaces: (n) => `a | b${' '.repeat(n - 10)}| c`,
  // a grid table: one row of many cells, then many rows; pandoc's escapes and line-end backslashes
  gridRow: (n) => `+---+---+\n|${' a |'.repeat(n / 4)}\n+---+---+`,
  gridRows: (n) => `+---+---+\n${'| a | |\n'.repeat(n / 8)}+---+---+`,
  pandocEscapes: (n) => '\\- a\\.\\\n'.repeat(n / 8),
  // pandoc's span attributes without their brackets, and en dashes
  pandocSpans: (n) => ']{.underline}'.repeat(n / 13),
  pandocDashes: (n) => 'a -- 1--2 '.repeat(n / 10),
  // a line wrapped over a blank line, again and again; a blank serial before a Party symbol
  blankGaps: (n) => 'Trách nhiệm chỉ đạo thực hiện: a,\n\nb\n\n'.repeat(n / 44),
  blankSerials: (n) => `Số${'  -'.repeat(n / 3)}CTr/TU`,
  // lists opened by "các Kết luận của X:", each with an instrument, again and again
  listOf: (n) => 'các Kết luận của Bộ A: Kết luận số 1-KL/TW, '.repeat(n / 44),
  // lines that could open a signature stamp, then a heading, again and again
  stampLines: (n) => `${'BAN CHẤP HÀNH\n'.repeat(n / 28)}28-07-2026 09:58\nCỘNG HÒA`,
  stars: (n) => '*a'.repeat(n / 2),
  underscores: (n) => 'a_'.repeat(n / 2),
  names: (n) => 'Nguyễn Văn '.repeat(n / 11),
  upper: (n) => 'KT. GIÁM ĐỐC '.repeat(n / 13),
  listItems: (n) => '- Như trên;\n'.repeat(n / 12),
  parens: (n) => '(sau đây gọi là '.repeat(n / 16),
  quotes: (n) => '“'.repeat(n),
  tcvn3: (n) => 'Hµ Néi ngµy th¸ng '.repeat(n / 18),
  vni: (n) => 'Xin chaøo caùc '.repeat(n / 15),
  // VISCII and CP1258 bytes: scored as candidates, then decoded by character class
  viscii: (n) => 'Phß¾c ð¸nh '.repeat(n / 12),
  cp1258: (n) => 'Phýõìc ðiònh '.repeat(n / 13),
  tones: (n) => `a${'\u0301'.repeat(n)}`,
  // a mixed file: legacy pieces beside Unicode ones, pieces split by 3-space gaps and tabs
  mixedPieces: (n) => 'ngµy ư  \tth¸ng   '.repeat(n / 19),
  luat: (n) => 'Luật Abc '.repeat(n / 9),
  // unnumbered names: commas that continue a law's name, "và" runs, plans with horizons, open quotes
  luatComma: (n) => 'Luật Phòng, chống '.repeat(n / 18),
  luatAnd: (n) => `Luật Abc${' và abc'.repeat(n / 7)}`,
  plans: (n) => 'theo Đề án đến năm 2030, tầm nhìn '.repeat(n / 35),
  planQuotes: (n) => 'a Đề án “'.repeat(n / 10),
  planSpaces: (n) => `a${' '.repeat(n)}Đề án 1`,
  // treaties opening with "về", rules "của …" never closed by "khóa", commas before lower-case words
  treaties: (n) => 'theo Hiệp định về a '.repeat(n / 20),
  rulesOf: (n) => `Quy chế làm việc của ${'Ban a, '.repeat(n / 7)}`,
  lawCommaWords: (n) => `Luật A${', a b c d e'.repeat(n / 11)}`,
  // "tổ chức" after a name, again and again: each a verb to weigh
  organises: (n) => `1. Sở A${' tổ chức a'.repeat(n / 10)}`,
  // an assigning heading with clause after clause, each opening with a body
  headingClauses: (n) => `1. Giao Sở A chủ trì${'; Sở B theo dõi a'.repeat(n / 18)}.`,
  organisations: (n) => `1. Sở A${' Ban tổ chức a các tổ chức a'.repeat(n / 28)} chủ trì.`,
  // a type word after every "của", each inside the last one's issuer
  typeInIssuer: (n) => `${'văn bản của a '.repeat(n / 14)}Nghị định số 1/2020/NĐ-CP`,
  // many distinct law names, each the start of the next ("Luật b", "Luật b c", …) and apart
  // the last item's closing request with a speaker first: many "yêu cầu" per line, no document name
  closingRequests: (n) => `1. Sở A chủ trì.\n${'B yêu cầu đề nghị yêu cầu x\n'.repeat(n / 28)}`,
  // this session's patterns: a member's duties label without its colon, a delegation to the units
  // named before again and again, a subject run on without its salutation, a bare roman numeral over
  // a line of capitals, a month date's place, the signed mark before no name
  personDuties: (n) => `4.1. Ông. Hoàng Văn Thuân${' - Trưởng đoàn a'.repeat(n / 18)}`,
  namedBefore: (n) => `2. Kiến nghị\n${'Sở A yêu cầu các đơn vị nêu trên '.repeat(n / 34)}`,
  subjectNoLabel: (n) => `V/v ${'triển khai a '.repeat(n / 13)}`,
  romanCaps: (n) => `I ${'QUAN ĐIỂM '.repeat(n / 10)}`,
  monthDates: (n) => `Hà Nội,${' '.repeat(n / 2)}tháng 7 năm 2025${', tháng'.repeat(n / 14)}`,
  markNames: (n) => `(Đã ký) ${'Trần Văn '.repeat(n / 9)}`,
  // a title over a collective with a long list after its colon
  titleList: (n) => `1. Bộ trưởng các Bộ: ${'Ab và '.repeat(n / 6)}1 chủ trì.`,
  // markdown cells with line breaks as tags, and long runs of spaces before a tag
  brTags: (n) => `| a |\n|---|\n| ${'x <br> '.repeat(n / 8)}|`,
  brSpaces: (n) => `| a |\n|---|\n| x${' '.repeat(n)}<br>y |`,
  // a title's list inside a list of addressees: colons and spaces with no ";" to close them
  titleColons: (n) => `Điều 3. Hiệu lực.\n${'; Giám đốc các Sở:'.padEnd(240, ' ').repeat(n / 240)} chịu trách nhiệm thi hành.`,
  lawsDistinct: (n) => Array.from({ length: n / 12 }, (_, i) => `Luật ${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!)}.`).join(' '),
  // many numbered laws by name, and as many names without a number that none of them is
  lawsNumbered: (n) =>
    Array.from({ length: n / 64 }, (_, i) => {
      const w = i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!);
      return `Luật ${w} ab cd ef số ${i % 99}/2020/QH14; Luật ${w} abx năm 2019.`;
    }).join(' '),
  // action programmes of committees with capitalised words and no end; notice closings that never say "biết"
  actionProgrammes: (n) => 'Chương trình hành động của Tỉnh ủy A B C D '.repeat(n / 44),
  // (the last lettered item of a list, whose heading names nobody: its body is cut at the closing)
  noticeClosings: (n) => `2. Nhiệm vụ\na) Sở A chủ trì.\nb) ${'a '.repeat(100)}.${'\nX thông báo để thông báo để thông báo cho'.repeat(n / 42)}`,
  // task tables: header after header, rows and wrapped lines that never end a table
  // markdown task tables (one cell per line once flattened), rows numbered on and on
  taskTablesMd: (n) => `| STT | Nội dung | Cơ quan chủ trì |\n|---|---|---|\n${Array.from({ length: n / 24 }, (_, i) => `| ${(i % 999) + 1} | a | Sở A |`).join('\n')}`,
  taskTables: (n) => 'STT    Nội dung    Cơ quan chủ trì\n1    a    Sở A\n          b\n'.repeat(n / 52),
  // a laid-out header as wide as the input over one row with a cell under every other header
  taskTableWide: (n) => `STT${'   Cơ quan chủ trì'.repeat(n / 36)}\n1${'   Sở A                 '.repeat(n / 48)}\n`,
  // a named point over one run of digits with no "đồng" after it (a scale of payments?)
  ratesDigits: (n) => `1. Sở A:\n- ${'1'.repeat(n - 16)}`,
  // markdown group rows, each over one row numbered 1
  taskTablesMdGroups: (n) => `| STT | Nội dung | Cơ quan chủ trì |\n|---|---|---|\n${'| A. b | | |\n| 1 | a | Sở A |\n'.repeat(n / 32)}`,
  // a wide header whose every cell wraps onto a second line
  taskTableWrappedHeader: (n) => `STT${'   Cơ quan'.repeat(n / 20)}\n${'   chủ trì'.repeat(n / 20)}\n1   a   Sở A\n`,
  // laid-out rows with an empty cell, under header after header
  taskTablesLayout: (n) => 'STT   Nội dung   Cơ quan chủ trì   Phối hợp   Thời gian\n1     a          Sở A                         Quý I\n'.repeat(n / 100),
  // blocks of centred rows (a number beside the middle line), one long table, then header after
  // header over such blocks; a due column of months and quarters
  taskTableBlocks: (n) => `Cơ quan\nSTT   Nội dung   chủ trì   Thời gian\n\n${'      a b        Sở A\n1     c          Sở B      Quý II/2025\n\n'.repeat(n / 70)}`,
  taskTableBlockHeaders: (n) => '   Cơ quan\nSTT   Nội dung   chủ trì\n\n   a\n1   b   Sở A\n\n'.repeat(n / 44),
  dueCells: (n) => `STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\n${'1\ta\tSở A\tTháng 1 tháng 1 Quý 2025 - 2025 - \n'.repeat(n / 54)}`,
  // footnote marks glued to words, and footnote-like lines; an "I." over "1.1" again and again
  footnotes: (n) => 'khoáng sản3.\n\n3 Khi a b\n'.repeat(n / 24),
  romanOnes: (n) => 'I. a\n1.1 b\n'.repeat(n / 12),
  // a citation issuer with "và" after a company's name, whose stop looks back for "Công ty"
  companyAnd: (n) => `Quyết định số 1/QĐ-UB của Công ty${' a và b'.repeat(n / 7)}`,
  // labelled letter numbers, each over the pattern's own match, and one long token
  labelled: (n) => 'Văn bản số 1.2/A ngày 1 tại Văn bản số 3/B-C ngày 2; '.repeat(n / 52),
  labelledLong: (n) => `Văn bản số ${'1.'.repeat(n / 2)} ngày 1`,
  letterSpaced: (n) => 'n g à y t h á n g c ủ a T h ủ '.repeat(n / 30),
  spacedSymbols: (n) => 'a 1 / '.repeat(n / 6),
  brokenSyllables: (n) => 'T hủ tướ ng C h í nh ph ủ '.repeat(n / 27),
  fragments: (n) => 'nh '.repeat(n / 3),
  // syllables glued in pairs (each run cut in two, a space put in), the same and all different
  gluedPairs: (n) => 'kếhoạch CHÍNHPHỦ ĐỊNHVề '.repeat(n / 25),
  gluedDistinct: (n) => {
    const syl = ['kế', 'hoạch', 'về', 'việc', 'an', 'toàn', 'lãnh', 'đạo', 'hội', 'phát', 'triển', 'khai', 'nhân', 'dân'];
    const out: string[] = [];
    for (let i = 0, len = 0; len < n; i++) {
      const w = `${syl[i % 14]}${syl[(i * 7 + i / 14) % 14 | 0]}${'áàảãạ'[i % 5]}`;
      out.push(w);
      len += w.length + 1;
    }
    return out.join(' ');
  },
  // what the OCR fix for serials looks at ("l0O8-"): runs of its confusable characters
  ocrSerial: (n) => '|'.repeat(n - 3) + '1-A',
  ocrSerialMixed: (n) => 'lO1|'.repeat(n / 4),
  // page-number lines: every value repeated, and a long increasing run
  pageNumbers: (n) => Array.from({ length: n / 4 }, (_, i) => String((i % 300) + 1)).join('\n'),
  pageNumbersFar: (n) => Array.from({ length: n / 700 }, (_, i) => `${'x'.repeat(690)}\n${i + 2}`).join('\n'),
  // headings whose label OCR may have damaged ("1- A", "HI- B") with no Roman label after them;
  // "8)" and "9," labels; running headers that name a file
  ocrRomans: (n) => '1- AB\nHI- CD\n8) a\n9, Ab\n'.repeat(n / 24),
  fileHeaders: (n) => 'a.b.c.DOC 1 1\n'.repeat(n / 14),
  // quotations opened under "như sau:" and never closed at a line's end; "sô" before digits
  openQuotes: (n) => `như sau:\n"a\n${'1. b 2" c\n'.repeat(n / 11)}`,
  soDigits: (n) => 'sô 1 '.repeat(n / 5),
  // a closing whose signature column holds a seal's marks beside every item
  sealColumn: (n) => `Nơi nhận:\tT/M BAN BÍ THƯ\n${'- Các tỉnh uỷ,\t^^ `\n'.repeat(n / 20)}`,
  // the portal's stamp over text lines, the gazette's running head, stray stops before "số" and
  // inside phrases, a Roman "1I-", "IL."
  portalStamp: (n) => 'CONG THONG TIN ĐIỆN TU CHÍNH PHỦ và a\n'.repeat(n / 38),
  gazetteHeads: (n) => `CÔNG BÁO/Số 1/Ngày 1\n${'VĂN BẢN QUY PHẠM PHÁP LUẬT\nA - B - C\n'.repeat(n / 40)}`,
  strayStops: (n) => 'Kế hoạch. số 1 Hội. đồng '.repeat(n / 25),
  ocrRomanL: (n) => '1- AB\n1I- CD\nIL. EF\n'.repeat(n / 20),
  // a list whose label is lost: dash items over "Lưu:" lines, and points asking a body over a list
  unlabelledLists: (n) => `a./.\n${'- Sở A; (để b/c) - Sở B;\n- Lưu: VT.\n'.repeat(n / 40)}`,
  askedLists: (n) => '1. a, yêu cầu Bộ Tài chính:\na) b\n'.repeat(n / 36),
  // a line of a title's list after a comma, over and over ("…, Giám đốc các sở: A, B;")
  titleLists: (n) => `Điều 3. ${'Chánh Văn phòng, Giám đốc các sở: A, B; '.repeat(n / 42)}chịu trách nhiệm thi hành.`,
  // a body's end marks over issuer-like lines before a late heading; headings with no number or
  // date beside them, again and again
  lateHeader: (n) => `${'a./.\nBỘ A\n'.repeat(n / 20)}Số: 1/QĐ-BA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 1 tháng 1 năm 2024`,
  lateHeadings: (n) => `a./.\n${'BỘ A\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'.repeat(n / 48)}`,
  // letters in brackets after a list of opinions, item after item; speakers before requests
  // thousands of distinct numbers: each instrument compared only with those of its serial
  // thousands of aliases, each bound to its own instrument and used again, and short references
  // a heading giving work to thousands of bodies: each added once, without comparing it with all before
  // signature blocks side by side by the thousand: each cell's column found by bisection
  signatureColumns: (n) => {
    const k = Math.floor(n / 80);
    const row = (t: string) => Array.from({ length: k }, () => t).join('            ');
    return `Nội dung./.\n${row('KT. GIÁM ĐỐC')}\n${row('PHÓ GIÁM ĐỐC')}\n${row('Nguyễn Văn An')}`;
  },
  // later clauses and "Đối với" items each naming another body
  distinctClauses: (n) => `1. Giao Sở A chủ trì${Array.from({ length: n / 22 }, (_, i) => `; Sở B${i} theo dõi a`).join('')}.`,
  distinctDoiVoi: (n) => `1. Đối với các sở\n${Array.from({ length: n / 40 }, (_, i) => `- Đối với Sở B${i} xây dựng kế hoạch.`).join('\n')}`,
  assigneeList: (n) => `III. TỔ CHỨC THỰC HIỆN\n1. Giao ${Array.from({ length: n / 12 }, (_, i) => `Sở A${i}`).join(', ')} chủ trì.`,
  aliasUses: (n) => Array.from({ length: n / 100 }, (_, i) => `Quyết định số ${i + 1}/QĐ-UBND (sau đây gọi là Quyết định ${i + 1}); Quyết định ${i + 1} nêu trên; `).join(''),
  distinctNumbers: (n) => Array.from({ length: n / 42 }, (_, i) => `Quyết định số ${i + 1}/QĐ-UBND của UBND tỉnh; `).join(''),
  bracketOpinions: (n) => `ý kiến của các Bộ: ${'Tài chính (Công văn số 1/BTC-A), '.repeat(n / 34)}`,
  speakerRequests: (n) => `Kính gửi: Sở A\n1. Sở A làm.\n${'Bộ A B C đề nghị Sở A x\n'.repeat(n / 25)}`,
  // each number cited without and with its year: thousands of folds (each rewrote every list)
  yearlessPairs: (n) => Array.from({ length: n / 115 }, (_, i) => `Theo Quyết định số ${i + 1}/QĐ-UBND ngày 01/02/2020 và Quyết định số ${i + 1}/2020/QĐ-UBND ngày 01/02/2020 của UBND tỉnh.\n`).join(''),
  // local numbers after "X đã ban hành", among many other "ban hành": each mention looks back for the list's body
  listAgents: (n) => Array.from({ length: n / 150 }, (_, i) => `Tỉnh ủy đã ban hành Đề án ${i}; Kế hoạch số ${i + 1}-KH/TU ngày 01/02/2026 về việc ban hành quy chế ban hành ban hành; Chỉ thị số ${i + 2}-CT/TU về việc ban hành; `).join(''),
  // committees named by their remits, second senders after dated papers, lists of repealed
  // instruments, reporting parts and mark-less verbs: each mention and heading looks around itself
  remitsAndActs: (n) =>
    `I. THỰC TRẠNG\n1. Sở A\n${Array.from({ length: n / 260 }, (_, i) => `${i % 7}. Bãi bỏ các Quyết định sau đây: a) Quyết định số ${i + 1}/QĐ-BCĐ ngày 1/1/2025 của Ban Chỉ đạo phòng, chống sắp xếp x y z và A tại Tờ trình số ${i}/TTr ngày 2/2/2025 và Giám đốc Sở B tại Văn bản số ${i}/SB; Bộ C khan truong ra soat chu tri;\n`).join('')}`,
  // a text run into one line whose line breaks left runs of spaces after points' headings
  spacedPoints: (n) => `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 1/KH-UBND ${'1. Ban Chỉ đạo quốc gia  Chỉ đạo chặt   - Chủ trì a) Sở   Tài chính '.repeat(n / 70)}`,
  // a whole document on one line, its anchors repeated: every line break put back is a new line
  flattened: (n) => `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/UBND Hà Nội, ngày 1 tháng 2 năm 2024 ${'1. Sở Xây dựng: chủ trì; - Thực hiện Căn cứ a) b) KT. CHỦ TỊCH Nguyễn Văn A Kính gửi: Nơi nhận: 2 1.2. Cục X - Chủ trì '.repeat(n / 120)}`,
};

// Linearity is judged by growth, not by a wall-clock limit (a busy CI machine is slower, not
// quadratic): the full input must cost less than 12× a quarter of it (linear ≈ 4–6× with GC,
// quadratic ≈ 16×). Cost is this process's CPU time, not wall time: vitest runs other test files
// beside this one on the same cores, and a run descheduled by them once measured 16× on a
// linear input. The 20 s bound only catches a hang.
/** CPU time (user + system, this process, ms) of one run (sync or async). */
async function cpu(run: () => unknown): Promise<number> {
  const t0 = process.cpuUsage();
  await run();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}
/** Fourfold input: linear work grows about 4×, quadratic 16×. */
const MAX_GROWTH = 12;
/**
 * The least cost of a quarter and of the full input, measured in turns after one warm-up run, so
 * that garbage left by earlier tests or a JIT tier-up weighs on both alike. Three turns, and up
 * to eight while the growth still looks too steep: the process's CPU time also counts its GC
 * threads, and one run slowed by them (210 ms against 50–75 in a CI run) is noise, while a
 * quadratic pass stays steep in every turn.
 */
async function growth(quarter: () => unknown, full: () => unknown): Promise<[number, number]> {
  await full();
  let q = Infinity;
  let f = Infinity;
  for (let i = 0; i < 8 && (i < 3 || (f >= 50 && f / Math.max(q, 1) >= MAX_GROWTH)); i++) {
    q = Math.min(q, await cpu(quarter));
    f = Math.min(f, await cpu(full));
  }
  return [q, f];
}
/** Growth from a quarter of the input to all of it; below 50 ms timer noise dominates, so that counts as linear. */
function expectLinear(quarter: number, full: number) {
  expect(full).toBeLessThan(20_000);
  if (full >= 50) expect({ quarter, full, growth: full / Math.max(quarter, 1) }).toSatisfy((g: { growth: number }) => g.growth < MAX_GROWTH);
}

describe('1 MB adversarial inputs (linear through the whole pipeline; each stage < 1 s)', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(name, async () => {
      const small = make(MB / 4);
      const text = make(MB);
      const [quarter, full] = await growth(() => valid(small), () => valid(text));
      expectLinear(quarter, full);
      // The issue's bound: each extractor (stage) under 1 s on 1 MB; the best of three runs (with
      // vitest running other files on the same two cores, one run of a stage near the bound, as
      // citations on "labelled" at 0.95-1.05 s, can land over it).
      const stages: Record<string, number>[] = [{}, {}, {}];
      for (const timings of stages) extract(text, { timings });
      for (const k of Object.keys(stages[0]!)) expect([k, Math.min(...stages.map((st) => st[k]!))]).toSatisfy(([, ms]) => (ms as number) < 1000);
    });
  }
  it('4 MB of signature-like capitals does not overflow the stack', () => {
    const r = valid(`QUYẾT ĐỊNH\n${'KT. GIÁM ĐỐC '.repeat(320_000)}`);
    expect(r.warnings.length).toBeGreaterThan(0);
  });
});

describe('1 MB adversarial HTML through the reader (linear)', () => {
  const HTML: Record<string, (n: number) => string> = {
    unclosedDivs: (n) => '<div>'.repeat(n / 5),
    nestedTables: (n) => '<table><tr><td>x'.repeat(n / 16),
    strayCloses: (n) => '</p>'.repeat(n / 4),
    contentClasses: (n) => '<div class="content">'.repeat(n / 21),
    brokenEntities: (n) => '&#x'.repeat(n / 3),
    wideRow: (n) => `<table><tr>${'<td>a<br>b</td>'.repeat(n / 15)}</tr></table>`,
    // data tables: cells spanning many columns over many empty rows, cells spanning many rows
    colspans: (n) => `<table><tr>${'<td colspan=64>a</td>'.repeat(30)}</tr>${'<tr></tr>'.repeat(n / 9)}</table>`,
    rowspans: (n) => `<table>${'<tr><td rowspan=999>a</td><td>b</td><td>c</td></tr>'.repeat(n / 50)}</table>`,
  };
  for (const [name, make] of Object.entries(HTML)) {
    it(name, async () => {
      const page = (n: number) => Buffer.from(`<!DOCTYPE html><html><body>${make(n)}</body></html>`);
      const [small, big] = [page(MB / 4), page(MB)];
      const r = await extractFile(big);
      expect(r.source.format).toBe('html');
      const [quarter, full] = await growth(() => extractFile(small), () => extractFile(big));
      expectLinear(quarter, full);
    });
  }
});

describe('1 MB adversarial RTF through the reader (linear)', () => {
  const RTF: Record<string, (n: number) => string> = {
    nestedGroups: (n) => '{'.repeat(n / 2) + 'a' + '}'.repeat(n / 2),
    unclosedGroups: (n) => '{\\b '.repeat(n / 4),
    hexBytes: (n) => "\\'e9".repeat(n / 4),
    unicode: (n) => '\\u7921?'.repeat(n / 7),
    cells: (n) => 'a\\cell '.repeat(n / 7),
    starred: (n) => '{\\*\\x a}'.repeat(n / 9),
  };
  for (const [name, make] of Object.entries(RTF)) {
    it(name, async () => {
      const doc = (n: number) => Buffer.from(`{\\rtf1\\ansi{\\fonttbl{\\f0 .VnTime;}}\\f0 ${make(n)}}`, 'latin1');
      const [small, big] = [doc(MB / 4), doc(MB)];
      const r = await extractFile(big);
      expect(r.source.format).toBe('rtf');
      const [quarter, full] = await growth(() => extractFile(small), () => extractFile(big));
      expectLinear(quarter, full);
    });
  }
});

// (`npm run fuzz` runs 100 000 cases: a seed's extraction takes a few milliseconds, so the time
// allowed grows with the runs; 120 s, vitest's setting, was all but used by 50 000 mutated seeds)
const PROP_TIMEOUT = Math.max(120_000, RUNS * 6);
describe('property: never throws, always schema-valid', () => {
  test.prop([fc.string({ maxLength: 2000 })], { numRuns: RUNS })('random text', (s) => {
    valid(s);
  }, PROP_TIMEOUT);
  test.prop(
    [
      fc.integer({ min: 0, max: seeds.length - 1 }),
      fc.array(fc.tuple(fc.constantFrom('drop', 'join', 'swap', 'ocr'), fc.nat(), fc.nat()), { maxLength: 20 }),
    ],
    { numRuns: Math.max(50, Math.floor(RUNS / 2)) },
  )('mutated seeds (lines dropped, joined, shuffled, OCR substitutions)', (i, ops) => {
    let lines = seeds[i]!.split('\n');
    const OCR: [string, string][] = [['ộ', 'ọ'], ['Ư', 'U'], ['T', 'I'], ['S', '5'], ['ư', 'u'], ['đ', 'd'], ['0', 'O'], ['l', '1']];
    for (const [op, a, b] of ops) {
      if (lines.length < 2) break;
      const x = a % lines.length;
      const y = b % lines.length;
      if (op === 'drop') lines.splice(x, 1);
      else if (op === 'join' && x + 1 < lines.length) lines.splice(x, 2, `${lines[x]} ${lines[x + 1]}`);
      else if (op === 'swap') [lines[x], lines[y]] = [lines[y]!, lines[x]!];
      else if (op === 'ocr') {
        const [from, to] = OCR[b % OCR.length]!;
        lines[x] = lines[x]!.split(from).join(to);
      }
    }
    valid(lines.join('\n'));
  }, PROP_TIMEOUT);
});
