// Tasks set out in a table: one numbered row per task, the lead column naming the assignees.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const HEAD = 'ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KH-UBND\nX, ngày 01 tháng 02 năm 2024\n\nKẾ HOẠCH\nVề việc thử\n\nI. MỤC ĐÍCH\nBảo đảm tiến độ.\nII. NHIỆM VỤ\n';
const TAIL = '\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì theo dõi.\n';
const rows = (table: string) =>
  extract(`${HEAD}${table}${TAIL}`).tasks.map((t) => [t.section, t.assignees.map((a) => a.name), t.partners.map((a) => a.name), t.heading]);

describe('task tables', () => {
  it('each numbered row of a table with a lead column is a task of the section holding it', () => {
    const table = [
      'STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
      '1\tRà soát thủ tục hành chính nội bộ\tVăn phòng UBND tỉnh\tCác sở, ban, ngành\tQuý II/2025',
      '2\tSố hóa hồ sơ thủ tục hành chính\tSở Khoa học và Công nghệ; Sở Nội vụ\tUBND các huyện\tTháng 12/2025',
    ].join('\n');
    expect(rows(table)).toEqual([
      ['II.1', ['Văn phòng UBND tỉnh'], ['Các sở, ban, ngành'], 'Rà soát thủ tục hành chính nội bộ'],
      ['II.2', ['Sở Khoa học và Công nghệ', 'Sở Nội vụ'], ['UBND các huyện'], 'Số hóa hồ sơ thủ tục hành chính'],
      ['III.1', ['Sở Nội vụ'], [], 'Sở Nội vụ chủ trì theo dõi.'],
    ]);
  });
  it('the due column gives each row its due time: a day, a month, a quarter; ongoing work none', () => {
    const table = [
      'STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\tThời hạn hoàn thành',
      '1\tRà soát trong tháng 3/2025\tVăn phòng UBND tỉnh\tTháng 3/2025\t31/12/2025',
      '2\tSố hóa hồ sơ\tSở Nội vụ\tNăm 2025\tQuý II/2025',
      '3\tTheo dõi, đôn đốc\tSở Tư pháp\tThường xuyên\tThường xuyên',
    ].join('\n');
    const text = `${HEAD}${table}${TAIL}`;
    const tasks = extract(text).tasks.filter((t) => t.section.startsWith('II.'));
    expect(tasks.map((t) => t.deadline && [t.deadline.iso, t.deadline.year, t.deadline.raw])).toEqual([['2025-12-31', 2025, '31/12/2025'], [null, 2025, 'Quý II/2025'], null]);
    const d = tasks[1]!.deadline!;
    expect(text.slice(d.span.start, d.span.end)).toBe('Quý II/2025');
  });
  it('pdftotext -layout of centred cells: rows apart by blank lines, each number beside the middle of its row', () => {
    const table = [
      '                                               Cơ quan        Cơ quan phối     Thời gian',
      'STT   Nội dung nhiệm vụ                        chủ trì        hợp              hoàn thành',
      '',
      '      A. Nhóm nhiệm vụ về thủ tục',
      '',
      '      Rà soát, đơn giản hóa thủ tục hành       Văn phòng      Các sở, ban,',
      '1     chính nội bộ trong hệ thống hành         UBND tỉnh      ngành            Quý II/2025',
      '      chính nhà nước',
      '',
      '      Số hóa hồ sơ, kết quả giải quyết thủ     Sở Khoa học',
      '2     tục hành chính tại Trung tâm Phục        và Công nghệ                    Tháng 12/2025',
      '      vụ hành chính công',
      '',
      '                                        2',
      '',
      '      Kiểm tra công tác cải cách hành          Sở Nội vụ      Văn phòng UBND',
      '3     chính tại các cơ quan, đơn vị, địa                      tỉnh; Sở Tư      Quý III/2025',
      '      phương trên địa bàn tỉnh                                pháp',
    ].join('\n');
    const text = `${HEAD}${table}${TAIL}`;
    const tasks = extract(text).tasks;
    expect(tasks.map((t) => [t.section, t.assignees.map((a) => a.name), t.partners.map((a) => a.name), t.heading, t.deadline?.raw ?? null])).toEqual([
      ['II.A.1', ['Văn phòng UBND tỉnh'], ['Các sở, ban, ngành'], 'Rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước', 'Quý II/2025'],
      ['II.A.2', ['Sở Khoa học và Công nghệ'], [], 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công', 'Tháng 12/2025'],
      ['II.A.3', ['Sở Nội vụ'], ['Văn phòng UBND tỉnh', 'Sở Tư pháp'], 'Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương trên địa bàn tỉnh', 'Quý III/2025'],
      ['III.1', ['Sở Nội vụ'], [], 'Sở Nội vụ chủ trì theo dõi.', null],
    ]);
    // a row's span runs from its first line (above its number) to its last
    expect(text.slice(tasks[0]!.span.start, tasks[0]!.span.end)).toMatch(/^ *Rà soát[^]*chính nhà nước$/);
  });
  it('a cell wrapped onto the next line in its column (a PDF\'s layout) goes on', () => {
    const table = [
      'STT   Nội dung nhiệm vụ          Đơn vị chủ trì       Đơn vị phối hợp     Thời gian',
      '1     Rà soát thủ tục hành       Văn phòng UBND       Các sở, ngành       Quý II/2025',
      '      chính nội bộ               tỉnh',
      '2     Số hóa hồ sơ               Sở Khoa học và       UBND các huyện      Tháng 12/2025',
      '                                 Công nghệ',
    ].join('\n');
    expect(rows(table).slice(0, 2)).toEqual([
      ['II.1', ['Văn phòng UBND tỉnh'], ['Các sở, ngành'], 'Rà soát thủ tục hành chính nội bộ'],
      ['II.2', ['Sở Khoa học và Công nghệ'], ['UBND các huyện'], 'Số hóa hồ sơ'],
    ]);
  });
  it('in a page layout (spaces), a row with an empty cell puts its other cells under the headers they line up with', () => {
    const table = [
      'STT   Nội dung nhiệm vụ          Cơ quan chủ trì      Cơ quan phối hợp     Thời gian',
      '1     Rà soát quy hoạch          Sở Xây dựng          Sở Tài chính         Quý II/2025',
      '2     Kiểm tra an toàn           Công an tỉnh                              Quý III/2025',
      '3     Tuyên truyền                                    Các huyện            Năm 2025',
      '4     Tổng kết                   Sở Nội vụ            Các sở, ngành        Tháng 12/2025',
    ].join('\n');
    // row 3 names no lead: no task; the rows after it are read
    expect(rows(table).slice(0, 3)).toEqual([
      ['II.1', ['Sở Xây dựng'], ['Sở Tài chính'], 'Rà soát quy hoạch'],
      ['II.2', ['Công an tỉnh'], [], 'Kiểm tra an toàn'],
      ['II.4', ['Sở Nội vụ'], ['Các sở, ngành'], 'Tổng kết'],
    ]);
  });
  it('in a page layout, a short cell set in the middle of a tall row (empty on its first line) is read in its column', () => {
    const table = [
      'STT   Nội dung nhiệm vụ          Cơ quan chủ trì      Cơ quan phối hợp     Thời gian',
      '1     Rà soát quy hoạch                               Sở Tài chính',
      '      chung của tỉnh và các      Sở Xây dựng                               Quý II/2025',
      '      huyện',
      '2     Kiểm tra an toàn           Công an tỉnh         Các huyện            Quý III/2025',
    ].join('\n');
    expect(rows(table).slice(0, 2)).toEqual([
      ['II.1', ['Sở Xây dựng'], ['Sở Tài chính'], 'Rà soát quy hoạch chung của tỉnh và các huyện'],
      ['II.2', ['Công an tỉnh'], ['Các huyện'], 'Kiểm tra an toàn'],
    ]);
  });
  it('a header cell wrapped onto a second line ("Cơ quan" over "chủ trì") still names its column', () => {
    const layout = [
      'STT   Nội dung nhiệm vụ          Cơ quan          Cơ quan          Thời gian',
      '                                 chủ trì          phối hợp         hoàn thành',
      '1     Rà soát quy hoạch          Sở Xây dựng      Sở Tài chính     Quý II/2025',
      '2     Kiểm tra an toàn           Công an tỉnh                      Quý III/2025',
    ].join('\n');
    expect(rows(layout).slice(0, 2)).toEqual([
      ['II.1', ['Sở Xây dựng'], ['Sở Tài chính'], 'Rà soát quy hoạch'],
      ['II.2', ['Công an tỉnh'], [], 'Kiểm tra an toàn'],
    ]);
    const grid = ['STT\tNội dung\tCơ quan\tCơ quan\tThời gian', '\t\tchủ trì\tphối hợp', '1\tRà soát quy hoạch\tSở Xây dựng\tSở Tài chính\tQuý II/2025'].join('\n');
    expect(rows(grid)[0]).toEqual(['II.1', ['Sở Xây dựng'], ['Sở Tài chính'], 'Rà soát quy hoạch']);
  });
  it('a markdown table, which normalize flattens to one cell per line, gives its rows too', () => {
    const md = [
      '| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |',
      '|---|---|---|---|---|',
      '| 1 | Rà soát<br>thủ tục | Văn phòng UBND tỉnh | Các sở, ngành | Quý II |',
      '| 2 | Số hóa hồ sơ | Sở Khoa học và Công nghệ |  | Tháng 12 |',
      '| 3 | Kiểm tra | Sở Nội vụ | | |',
      '',
    ].join('\n');
    expect(rows(md)).toEqual([
      ['II.1', ['Văn phòng UBND tỉnh'], ['Các sở, ngành'], 'Rà soát thủ tục'],
      ['II.2', ['Sở Khoa học và Công nghệ'], [], 'Số hóa hồ sơ'],
      ['II.3', ['Sở Nội vụ'], [], 'Kiểm tra'],
      ['III.1', ['Sở Nội vụ'], [], 'Sở Nội vụ chủ trì theo dõi.'],
    ]);
  });
  it('a markdown table\'s group rows ("| A. Nhóm … | | |") label the rows under them, which count from 1 again', () => {
    const md = [
      '| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |',
      '|---|---|---|---|',
      '| A. Nhóm nhiệm vụ về thủ tục | | | |',
      '| 1 | Rà soát | Văn phòng UBND tỉnh | Các sở |',
      '| 2 | Số hóa | Sở Khoa học và Công nghệ |  |',
      '| B. Nhóm nhiệm vụ khác | | | |',
      '| 1 | Kiểm tra | Sở Nội vụ | |',
      '',
    ].join('\n');
    expect(rows(md).slice(0, 3)).toEqual([
      ['II.A.1', ['Văn phòng UBND tỉnh'], ['Các sở'], 'Rà soát'],
      ['II.A.2', ['Sở Khoa học và Công nghệ'], [], 'Số hóa'],
      ['II.B.1', ['Sở Nội vụ'], [], 'Kiểm tra'],
    ]);
  });
  it('a table without a lead column, or rows that do not lay out every column, give no task', () => {
    expect(rows('STT\tNội dung\tKinh phí\tGhi chú\n1\tMua sắm\t100\tx\n').map((r) => r[0])).toEqual(['III.1']);
    expect(rows('STT\tNội dung\tCơ quan chủ trì\tGhi chú\n1\tMua sắm\n').map((r) => r[0])).toEqual(['III.1']);
  });
  it('on a tab grid (HTML, DOCX) an empty cell keeps the columns after it, and a cell of several lines goes on in its column', () => {
    const table = [
      'STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian',
      '1\tRà soát thủ tục nội bộ\tVăn phòng UBND tỉnh\tCác sở, ngành',
      '\t- Rà soát quy trình liên thông',
      '2\tSố hóa hồ sơ\tSở Khoa học và\t\tTháng 12/2025',
      '\t\tCông nghệ',
      '3\tKiểm tra việc thực hiện\t\tSở Nội vụ\tHằng năm',
    ].join('\n');
    // row 3 names no lead: no task
    expect(rows(table).map((r) => r.slice(0, 4))).toEqual([
      ['II.1', ['Văn phòng UBND tỉnh'], ['Các sở, ngành'], 'Rà soát thủ tục nội bộ - Rà soát quy trình liên thông'],
      ['II.2', ['Sở Khoa học và Công nghệ'], [], 'Số hóa hồ sơ'],
      ['III.1', ['Sở Nội vụ'], [], 'Sở Nội vụ chủ trì theo dõi.'],
    ]);
  });
  it('a row with an empty partner cell in a PDF (its time in the partner column) has no partner', () => {
    const table = ['STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian', '1\tRà soát thủ tục nội bộ\tVăn phòng UBND tỉnh\tQuý II/2025'].join('\n');
    expect(rows(table)[0]).toEqual(['II.1', ['Văn phòng UBND tỉnh'], [], 'Rà soát thủ tục nội bộ']);
  });
  it('a group row across the table ("A. Nhóm …") keeps the table going and labels its rows', () => {
    const table = [
      'STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp',
      'A. Nhóm nhiệm vụ về thủ tục hành chính',
      '1\tRà soát thủ tục nội bộ\tVăn phòng UBND tỉnh\tCác sở, ngành',
      'B. Nhóm nhiệm vụ về chuyển đổi số',
      '1\tSố hóa hồ sơ\tSở Khoa học và Công nghệ\tCác sở, ngành',
    ].join('\n');
    expect(rows(table).map((r) => [r[0], r[1]])).toEqual([
      ['II.A.1', ['Văn phòng UBND tỉnh']],
      ['II.B.1', ['Sở Khoa học và Công nghệ']],
      ['III.1', ['Sở Nội vụ']],
    ]);
  });
  it('each task carries the span of its row', () => {
    const text = `${HEAD}STT\tNội dung\tCơ quan chủ trì\tThời gian\n1\tRà soát\tSở Tài chính\tQuý II${TAIL}`;
    const t = extract(text).tasks[0]!;
    expect(text.slice(t.span.start, t.span.end)).toBe('1\tRà soát\tSở Tài chính\tQuý II');
  });
});
