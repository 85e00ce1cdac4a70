// Tasks: who a section assigns work to.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const tasksOf = (body: string) =>
  extract(`ỦY BAN NHÂN DÂN TỈNH X    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/QĐ-UBND    X, ngày 01 tháng 02 năm 2024\n\nQUYẾT ĐỊNH\nVề việc thử\n\n${body}\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.    TM. ỦY BAN NHÂN DÂN\n    CHỦ TỊCH\n    Nguyễn Văn A\n`).tasks.map(
    (t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`,
  );

describe('tasks', () => {
  it('a Party programme\'s points that name a body alone, their items opening "Lãnh đạo, chỉ đạo …" (a verb, not "Lãnh đạo Sở")', () => {
    const body = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Đảng uỷ Quốc hội',
      'a) Lãnh đạo, chỉ đạo rà soát các nhiệm vụ lập pháp.',
      'b) Chỉ đạo nâng cao hiệu quả giám sát.',
      '2. Quân uỷ Trung ương',
      'a) Chủ trì khắc phục hậu quả bom mìn.',
      '3. Lãnh đạo Sở chỉ đạo các phòng rà soát.',
    ].join('\n');
    expect(tasksOf(body)).toEqual(['III.1: Đảng uỷ Quốc hội', 'III.2: Quân uỷ Trung ương', 'III.3: Lãnh đạo Sở']);
  });
  it('a point whose line lost its marks to OCR ("b) Bộ Khoa học và Công nghệ khan truong ra soat …") still names its body', () => {
    const body = [
      '1. Về hạ tầng số',
      'a) Bộ Công an:',
      '- Chủ trì phối hợp với các bộ rà soát toàn diện.',
      'b) Bộ Khoa học và Công nghệ khan truong ra soat, danh gia ha tang số của',
      'các bộ, ngành, địa phương bao gồm hạ tầng mạng Truyền số liệu chuyên dùng.',
      'c) Bộ Tài chính chu tri, phoi hop voi các bộ bảo đảm kinh phí.',
      // (bare words that fold to no verb leave the point as it was: a topic, no one named)
      'd) Hạ tầng dùng chung cho cac bo nganh.',
    ].join('\n');
    expect(tasksOf(body)).toEqual(['1.a: Bộ Công an', '1.b: Bộ Khoa học và Công nghệ', '1.c: Bộ Tài chính']);
  });
  it('a part that reports ("II. THỰC TRẠNG …", "SỰ CẦN THIẾT") names the bodies it is about, not bodies given work; the implementation part does', () => {
    const body = [
      'I. SỰ CẦN THIẾT',
      '- Các cơ quan chuyên môn thuộc UBND cấp huyện: Căn cứ Nghị định số 45/2025/NĐ-CP thì trên địa bàn tỉnh có 70 cơ quan chuyên môn.',
      'II. THỰC TRẠNG TỔ CHỨC BỘ MÁY CẤP HUYỆN',
      '1. Hội đồng nhân dân cấp huyện',
      'Hội đồng nhân dân các huyện gồm: Thường trực HĐND, các Ban của HĐND.',
      '2. Ủy ban nhân dân cấp huyện',
      'Hiện nay có 07 Chủ tịch, 17 Phó Chủ tịch.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ',
      '- Chủ trì hướng dẫn sắp xếp tổ chức bộ máy.',
      '2. Đánh giá, sơ kết',
      'Sở Nội vụ chủ trì tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.',
    ].join('\n');
    expect(tasksOf(body)).toEqual(['III.1: Sở Nội vụ', 'III.2: Sở Nội vụ']);
  });
  it('an agency\'s charter ("Điều 1. Vị trí và chức năng") states its place: the body it names there is given no work', () => {
    const body = [
      'QUYẾT ĐỊNH:',
      'Điều 1. Vị trí và chức năng',
      '1. Sở Kế hoạch và Đầu tư (sau đây gọi tắt là Sở) là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thực hiện chức năng tham mưu về quy hoạch, kế hoạch và đầu tư.',
      '2. Sở có tư cách pháp nhân, có con dấu và tài khoản riêng.',
      'Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Kế hoạch và Đầu tư chịu trách nhiệm thi hành Quyết định này.',
    ].join('\n');
    expect(tasksOf(body)).toEqual(['Điều 2: Chánh Văn phòng Ủy ban nhân dân tỉnh | Giám đốc Sở Kế hoạch và Đầu tư']);
    // so does an article of principles ("Nguyên tắc phối hợp"); a duty's article names its body
    const rules = [
      'Điều 2. Nguyên tắc phối hợp',
      '1. Thường trực Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh phối hợp công tác để cùng thực hiện chức năng, nhiệm vụ.',
      'Điều 3. Trách nhiệm của Văn phòng',
      '1. Văn phòng Ủy ban nhân dân tỉnh chủ trì tổng hợp lịch công tác.',
    ].join('\n');
    expect(tasksOf(rules)).toEqual(['Điều 3.1: Văn phòng Ủy ban nhân dân tỉnh']);
  });
  it('central bodies head an assignee ("Giao Chính phủ, căn cứ …, tổ chức …"); "trong phạm vi nhiệm vụ, quyền hạn của mình" is an aside', () => {
    const body = [
      'QUYẾT NGHỊ:',
      'Điều 3. Tổ chức thực hiện',
      '1. Chính phủ, Ủy ban nhân dân tỉnh Lào Cai và các cơ quan có liên quan có trách nhiệm tổ chức thi hành Nghị quyết này.',
      '2. Giao Chính phủ, căn cứ vào Nghị quyết này, tổ chức việc xác định diện tích tự nhiên.',
      '3. Hội đồng Dân tộc, các Ủy ban của Quốc hội, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.',
    ].join('\n');
    expect(tasksOf(body)).toEqual([
      'Điều 3.1: Chính phủ | Ủy ban nhân dân tỉnh Lào Cai | các cơ quan có liên quan',
      'Điều 3.2: Chính phủ',
      'Điều 3.3: Hội đồng Dân tộc | các Ủy ban của Quốc hội',
    ]);
  });
  it('a point that sets out what a body is made of ("4.1. Tổ chức chính trị: Thành phần … gồm …") gives it no work; a request that closes the text ("Căn cứ hướng dẫn này, đề nghị … ./.") is not the last point\'s', () => {
    const body = [
      '3. Quy trình giới thiệu',
      '3.1. Đối với cơ quan, tổ chức, đơn vị: Họp Ban lãnh đạo dự kiến người giới thiệu.',
      '4. Xác định Ban lãnh đạo như sau:',
      '4.1. Tổ chức chính trị: Thành phần dự hội nghị gồm Ban lãnh đạo và đại diện lãnh đạo trực thuộc.',
      '4.2. UBND cấp xã: Thành phần dự hội nghị gồm Ban lãnh đạo UBND.',
      '5. Thời gian thực hiện: Từ ngày 17/12/2025 đến ngày 25/01/2026.',
      'Biên bản hội nghị phải gửi về Ban Thường trực chậm nhất ngày 30/01/2026.',
      'Căn cứ hướng dẫn này, đề nghị Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện, bảo đảm tiến độ thời gian./.',
    ].join('\n');
    expect(tasksOf(body)).toEqual(['3.1: cơ quan, tổ chức, đơn vị']);
  });
  it('a plan\'s requirements ("I.2. Yêu cầu: - Các đơn vị chủ trì … có trách nhiệm …") are no task; its implementation section\'s are', () => {
    const body = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '- Triển khai thực hiện hiệu quả các nhiệm vụ.',
      '2. Yêu cầu',
      '- Các đơn vị chủ trì nhiệm vụ được giao trong Kế hoạch có trách nhiệm thực hiện và hoàn thành nhiệm vụ.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Cục Biến đổi khí hậu có trách nhiệm:',
      'a) Chủ trì hoàn thiện dự thảo Nghị định.',
      '2. Cục Viễn thám quốc gia chủ trì giám sát.',
    ].join('\n');
    expect(tasksOf(body)).toEqual(['II.1: Cục Biến đổi khí hậu', 'II.2: Cục Viễn thám quốc gia']);
  });
  it('a period that ends at a date is no due time ("giai đoạn trước ngày …"); "trước ngày …" after a charge is', () => {
    const r = extract('Kính gửi: Công ty A.\n\n1. Chính sách thuế giai đoạn trước ngày 01/7/2025:\nNội dung.\n2. Công ty A báo cáo trước ngày 15/8/2025.');
    expect(r.tasks.map((t) => [t.section, t.deadline?.iso ?? null])).toEqual([
      ['1', null],
      ['2', '2025-08-15'],
    ]);
  });
  it('a Party programme\'s "Trách nhiệm chỉ đạo thực hiện: X; Y." line under a point names its addressees', () => {
    const body = [
      'III. NHIỆM VỤ VÀ GIẢI PHÁP',
      '3.1. Tăng cường sự lãnh đạo của Đảng, đẩy mạnh tuyên truyền',
      '- Quán triệt sâu sắc quan điểm về phát triển bền vững.',
      'Trách nhiệm chỉ đạo thực hiện: Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh; Đảng ủy Ủy ban nhân dân tỉnh.',
      '3.2. Huy động và sử dụng hiệu quả các nguồn lực',
      '- Bố trí tối thiểu 2% ngân sách tỉnh cho sự nghiệp bảo vệ môi trường.',
      'Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.',
    ].join('\n');
    expect(tasksOf(body)).toEqual(['III.3.1: Đảng uỷ Mặt trận Tổ quốc | các đoàn thể tỉnh | Đảng ủy Ủy ban nhân dân tỉnh', 'III.3.2: Đảng ủy Ủy ban nhân dân tỉnh']);
  });
  it('a procedure gives its tasks by step: the points inside a step describe how it is done', () => {
    const steps = [
      'Quy trình hiệp thương gồm các bước sau đây:',
      'BƯỚC MỘT',
      'Ban Thường trực Ủy ban MTTQ tỉnh chủ trì hội nghị hiệp thương lần thứ nhất',
      '1. Thành phần hội nghị gồm đại diện các tổ chức thành viên.',
      '2. Tổ kiểm phiếu tiến hành kiểm phiếu, lập biên bản kiểm phiếu.',
      'BƯỚC HAI',
      'Các cơ quan, tổ chức, đơn vị thực hiện việc giới thiệu người ứng cử',
      '1. Ban lãnh đạo cơ quan họp dự kiến người giới thiệu.',
      '2. Trưởng ban công tác Mặt trận phối hợp với Trưởng thôn tổ chức hội nghị cử tri.',
    ].join('\n');
    expect(tasksOf(steps)).toEqual(['Bước 1: Ban Thường trực Ủy ban MTTQ tỉnh', 'Bước 2: Các cơ quan, tổ chức, đơn vị']);
    // numbered points that are not inside steps are tasks as before
    expect(tasksOf('1. Sở Tài chính: bố trí kinh phí.\n2. Tổ kiểm phiếu tiến hành kiểm phiếu.')).toEqual(['1: Sở Tài chính', '2: Tổ kiểm phiếu']);
  });
  it('the addressees named again ("yêu cầu đơn vị nêu trên", "Đề nghị Công ty tiếp tục …") are all recipients, not a body; a named one is', () => {
    const body = (ask: string) => ['1. Kết quả kiểm tra', 'Các đơn vị chấp hành tốt.', '2. Kiến nghị', ask, '- Tăng cường công tác quản lý.'].join('\n');
    expect(tasksOf(body('Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:'))).toEqual(['2: ']);
    expect(tasksOf(body('UBND tỉnh yêu cầu các đơn vị nêu trên thực hiện nội dung sau:'))).toEqual(['2: ']);
    expect(tasksOf(body('- Đề nghị Công ty tiếp tục tăng cường giám sát.'))).toEqual(['2: ']);
    expect(tasksOf(body('- Đề nghị Sở tiếp tục tăng cường giám sát.'))).toEqual(['2: ']);
    // a head whose name goes on in lower case with a verb's words, and a named body, are bodies
    expect(tasksOf(body('- Đề nghị Công ty xây dựng Trường Sơn tiếp tục tăng cường giám sát.'))).toEqual(['2: Công ty xây dựng Trường Sơn']);
    expect(tasksOf(body('UBND tỉnh yêu cầu Sở Tài chính thực hiện nội dung sau:'))).toEqual(['2: Sở Tài chính']);
  });
  it('a member given duties by name ("4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; …") is the addressee; a member listed without duties is none', () => {
    const duties = ['4. Phân công nhiệm vụ', '4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; chủ trì các buổi làm việc;', '4.2. Bà Vũ Thị Linh - Thư ký đoàn: Chịu trách nhiệm lập biên bản.', '4.3. Đồng chí Lê Văn Bình - Giám đốc Sở Nội vụ, Phó Trưởng ban: giúp Trưởng ban điều hành.'].join('\n');
    expect(tasksOf(duties)).toEqual(['4.1: Ông Hoàng Văn Thuân - Trưởng đoàn', '4.2: Bà Vũ Thị Linh - Thư ký đoàn', '4.3: Đồng chí Lê Văn Bình - Giám đốc Sở Nội vụ, Phó Trưởng ban']);
    const members = ['Điều 1. Thành lập Đoàn kiểm tra gồm:', '1. Ông: Hoàng Văn Thuân - Phó Giám đốc Sở, Trưởng đoàn;', '2. Ông: Đỗ Mạnh Cường - Phó trưởng phòng, Phó trưởng đoàn;', 'Điều 2. Đoàn kiểm tra có nhiệm vụ kiểm tra việc chấp hành.'].join('\n');
    expect(tasksOf(members)).toEqual(['Điều 2: Đoàn kiểm tra']);
  });
  it('a long clause of a list of provisions, ending in ";", is no name ("5. Hội đồng thẩm định sử dụng con dấu, … của Ban Quản lý …;"); a body alone with its ";" is', () => {
    const body = ['Điều 2. Nhiệm vụ, quyền hạn của Hội đồng thẩm định:', '1. Hội đồng thẩm định làm việc theo chế độ tập thể và chịu trách nhiệm thẩm định đồ án.', '2. Hội đồng thẩm định sử dụng con dấu, bộ máy tổ chức, cơ sở vật chất của Ban Quản lý các khu công nghiệp phục vụ hoạt động chung của Hội đồng thẩm định;', 'Điều 3. Giao các cơ quan sau:', 'a) Sở Tài chính;', 'b) Sở Xây dựng.'].join('\n');
    const got = tasksOf(body);
    expect(got).toContain('Điều 2.1: Hội đồng thẩm định');
    expect(got.filter((t) => t.startsWith('Điều 2.2') && t.length > 60)).toEqual([]);
    expect(got).toContain('Điều 3.a: Sở Tài chính');
  });
  it('a heading that names a body is its task', () => {
    expect(tasksOf('1. Sở Tài chính: bố trí kinh phí.\n2. Sở Nội vụ chủ trì, phối hợp thực hiện.')).toEqual(['1: Sở Tài chính', '2: Sở Nội vụ']);
  });
  it('labels as offices write them: "a." as well as "a)", "3)" after a stray page number, a sentence-case "Tổ chức thực hiện"', () => {
    expect(tasksOf('1. Nhiệm vụ\na. Sở Tài chính bố trí kinh phí.\nb. Sở Nội vụ chủ trì thẩm định.')).toEqual(['1.a: Sở Tài chính', '1.b: Sở Nội vụ']);
    expect(tasksOf('2) Sở Tài chính:\n- Bố trí kinh phí cho các đơn vị\n3\n3) Sở Nội vụ:\n- Chủ trì thẩm định.')).toEqual(['2: Sở Tài chính', '3: Sở Nội vụ']);
    expect(tasksOf('I. Mục đích\nBảo đảm an toàn.\nII. Tổ chức thực hiện\nỦy ban nhân dân cấp xã có trách nhiệm triển khai.')).toEqual(['II: Ủy ban nhân dân cấp xã']);
  });
  it('"Giao X …" inside an article or in its "-" items names the addressees', () => {
    expect(tasksOf('Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Giao Giám đốc Sở Nội vụ chủ trì triển khai thực hiện.')).toContain('Điều 2: Giám đốc Sở Nội vụ');
    expect(tasksOf('Điều 2. Tổ chức thực hiện:\n- Giao Sở Tài chính, Sở Xây dựng thực hiện nhiệm vụ được phân công.')).toContain('Điều 2: Sở Tài chính | Sở Xây dựng');
  });
  it('a name that ends in a verb\'s words ("Vụ … và Vật liệu xây dựng") is not cut at them', () => {
    expect(tasksOf('Điều 3. Tổ chức thực hiện\n2. Chánh Văn phòng Bộ, Vụ trưởng Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng, Thủ trưởng các đơn vị thuộc Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này./.')).toEqual([
      'Điều 3.2: Chánh Văn phòng Bộ | Vụ trưởng Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng | Thủ trưởng các đơn vị thuộc Bộ | Chủ tịch Ủy ban nhân dân các tỉnh, thành phố',
    ]);
  });
  it('a heading that lists bodies goes on past a ";" at its line\'s end', () => {
    const t = 'Điều 4. Điều khoản thi hành\n1. Quyết định này có hiệu lực thi hành kể từ ngày 20 tháng 8 năm 2026.\n2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương;\nGiám đốc Trung tâm phục vụ Hành chính công tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.';
    expect(tasksOf(t)).toEqual(['Điều 4.2: Chánh Văn phòng Ủy ban nhân dân tỉnh | Giám đốc Sở Công Thương | Giám đốc Trung tâm phục vụ Hành chính công tỉnh | Chủ tịch Ủy ban nhân dân các xã, phường']);
  });
  it('"thủ trưởng các cơ quan" in lower case after a comma opens an addressee', () => {
    expect(tasksOf('Điều 3. Các ông (bà): Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, thủ trưởng các cơ quan liên quan, Chủ tịch Ủy ban nhân dân huyện chịu trách nhiệm thi hành Quyết định này./.')).toEqual([
      'Điều 3: Chánh Văn phòng Ủy ban nhân dân tỉnh | Giám đốc Sở Tài chính | thủ trưởng các cơ quan liên quan | Chủ tịch Ủy ban nhân dân huyện',
    ]);
  });
  it('a guide\'s conditions and the speaker introducing them are no tasks', () => {
    const t = 'HƯỚNG DẪN\nVề việc xét đặc xá\n\nI. ĐỐI TƯỢNG XÉT ĐẶC XÁ\n\n1. Người bị kết án phạt tù có thời hạn.\n\n2. Người đang được tạm đình chỉ chấp hành án phạt tù.\nII. ĐIỀU KIỆN ĐƯỢC ĐỀ NGHỊ ĐẶC XÁ\n\nHội đồng tư vấn đặc xá hướng dẫn cụ thể như sau:\n\n1. Quy định tại điểm a khoản 1 Điều 3 là quy định tại điểm b.\n';
    expect(extract(t).tasks).toEqual([]);
    // (a body that guides others is still charged: "Sở Tài chính hướng dẫn các đơn vị …")
    expect(tasksOf('III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính hướng dẫn các đơn vị lập dự toán.')).toEqual(['III.1: Sở Tài chính']);
  });
  it('the numbered points under a task are its items, in text order with its "-" lines', () => {
    const t = 'Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo\n1. Tổ chức chỉ đạo thực hiện hoàn thành Kế hoạch.\n- Báo cáo kết quả.\n2. Chủ trì, phối hợp với Ủy ban nhân dân huyện hướng dẫn thực hiện.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.';
    const task = extract(t).tasks.find((x) => x.section === 'Điều 2')!;
    expect(task.items.map((i) => i.text)).toEqual(['Tổ chức chỉ đạo thực hiện hoàn thành Kế hoạch.', 'Báo cáo kết quả.', 'Chủ trì, phối hợp với Ủy ban nhân dân huyện hướng dẫn thực hiện.']);
    expect(task.items.map((i) => t.slice(i.span.start, i.span.end))).toEqual(task.items.map((i) => i.text));
    // a lettered point is one item, not one for its section and one for its line
    const lettered = extract('2. Giám đốc Sở Công Thương\na) Thực hiện đúng nhiệm vụ được ủy quyền.\nb) Định kỳ 06 tháng báo cáo Ủy ban nhân dân tỉnh.\n').tasks[0]!;
    expect(lettered.items.map((i) => i.text)).toEqual(['Thực hiện đúng nhiệm vụ được ủy quyền.', 'Định kỳ 06 tháng báo cáo Ủy ban nhân dân tỉnh.']);
  });
  it('a clause about a body, cut at a verb, is no name: it cannot end in a function word', () => {
    expect(
      tasksOf('Điều 3. Đoàn kiểm tra:\n1. Đoàn kiểm tra được sử dụng con dấu của Sở Công Thương để ban hành các văn bản.\n2. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.\n3. Phòng Kinh tế chủ trì tổng hợp kết quả.'),
    ).toEqual(['Điều 3: Đoàn kiểm tra', 'Điều 3.3: Phòng Kinh tế']);
    expect(tasksOf('Điều 2. Các Bộ, cơ quan ngang Bộ không được ban hành quy định riêng.')).toEqual([]);
    expect(tasksOf('1. Ủy ban nhân dân các tỉnh:\na) Rà soát quy hoạch.\nb) Đối với các địa phương chưa ban hành Quy chế phối hợp giữa Ban quản lý KKT, KCN với các cơ quan thì cần sớm ban hành.')).toEqual(['1: Ủy ban nhân dân các tỉnh']);
  });
  it('a heading that runs on past a modal ("… cần nhận thức …") names the body before it', () => {
    expect(tasksOf('1. Các cấp uỷ, tổ chức đảng từ Trung ương đến địa phương cần nhận thức\nđầy đủ hơn vai trò của các tổ chức cơ sở đảng;\ntăng cường lãnh đạo.\n2. Ban Chỉ đạo thực hiện Đề án\n- Hướng dẫn các xã.')).toEqual([
      '1: Các cấp uỷ, tổ chức đảng từ Trung ương đến địa phương',
      '2: Ban Chỉ đạo thực hiện Đề án',
    ]);
  });
  it('a name ends at the verb of what it is asked to do ("hoàn chỉnh", "gửi", "nộp")', () => {
    expect(tasksOf('1. Sau khi kết thúc Đại hội, các đơn vị hoàn chỉnh báo cáo và phụ lục gửi về Sở Nội vụ.\n2. Các xã gửi báo cáo trước ngày 30/6.')).toEqual([
      '1: các đơn vị',
      '2: Các xã',
    ]);
  });
  it('each office-holder of an article\'s list is an assignee ("Chánh Văn phòng, Vụ trưởng Vụ …, Thủ trưởng …")', () => {
    expect(tasksOf('Điều 3. Chánh Văn phòng, Vụ trưởng Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên, Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.')).toEqual([
      'Điều 3: Chánh Văn phòng | Vụ trưởng Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên | Thủ trưởng các đơn vị có liên quan',
    ]);
  });
  it('a verb that is also a head ("Tổ chức triển lãm") names nobody', () => {
    expect(tasksOf('1. Tổ chức triển lãm thành tựu kinh tế - xã hội.\n2. Tổ chức, cá nhân có liên quan thực hiện.')).toEqual(['2: Tổ chức, cá nhân có liên quan']);
  });
  it('"Cơ quan chủ trì" lists are the assignees; "Cơ quan phối hợp" lists are partners, not assignees', () => {
    const r = extract(
      `KẾ HOẠCH\nVề việc thử\n\nI. CÔNG TÁC TUYÊN TRUYỀN\n1. Nội dung\nTuyên truyền rộng rãi.\n2. Cơ quan chủ trì, phối hợp\na) Cơ quan chủ trì\n- Sở Văn hóa.\n- Sở Nội vụ.\nb) Cơ quan phối hợp\n- Hội Nông dân tỉnh.\nII. KIỆN TOÀN TỔ CHỨC\n1. Nội dung\nKiện toàn bộ máy.\n2. Chủ trì thực hiện\n- Sở Tư pháp.\n`,
    );
    const byPath = Object.fromEntries(r.tasks.map((t) => [t.section, t]));
    expect(byPath['I']!.assignees.map((a) => a.name)).toEqual(['Sở Văn hóa', 'Sở Nội vụ']);
    expect(byPath['I']!.partners.map((a) => a.name)).toEqual(['Hội Nông dân tỉnh']);
    expect(byPath['II']!.assignees.map((a) => a.name)).toEqual(['Sở Tư pháp']);
  });
  it('an item whose subject is a body in charge ("- Bộ X chủ trì …") names it; a limited duty does not', () => {
    expect(tasksOf('1. Về việc triển khai Nghị quyết\n- Bộ Công Thương chủ trì, phối hợp với các bộ dự thảo Công điện.\n- Bộ Nông nghiệp chủ trì rà soát các vướng mắc.')).toEqual(['1: Bộ Công Thương | Bộ Nông nghiệp']);
    // no addressee named: the section falls back to all recipients
    expect(tasksOf('1. Về trách nhiệm\n- Sở Công Thương không chịu trách nhiệm về số liệu.\n- Cơ quan chủ trì, thành phần hội nghị.')).toEqual(['1: ']);
  });
  it('"(Giao X chủ trì …)" in a heading, a leading time phrase, and a colon list that spells out a collective', () => {
    expect(tasksOf('6. Xây dựng Quy chế bảo vệ bí mật nhà nước (Giao Công an tỉnh chủ trì, phối hợp với Sở Tư pháp).')).toEqual(['6: Công an tỉnh']);
    expect(tasksOf('5. Kể từ ngày 01/7/2025, các tỉnh ủy, thành ủy trực thuộc Trung ương thực hiện báo cáo định kỳ.')).toEqual(['5: các tỉnh ủy, thành ủy trực thuộc Trung ương']);
    expect(tasksOf('5. Đề nghị UB MTTQ, các tổ chức hội: Hội Nông dân, Hội Cựu chiến binh phối hợp vận động.')).toEqual(['5: UB MTTQ | Hội Nông dân | Hội Cựu chiến binh']);
  });
  it('"và" joins two bodies only before a capitalised head or "các" + a collective', () => {
    expect(tasksOf('5. Các tổ chức chính trị - xã hội và tổ chức, đoàn thể có liên quan: tham gia tuyên truyền.')).toEqual(['5: Các tổ chức chính trị - xã hội và tổ chức, đoàn thể có liên quan']);
    expect(tasksOf('2. Sở Kế hoạch và Đầu tư và Sở Tài chính: bố trí vốn.')).toEqual(['2: Sở Kế hoạch và Đầu tư | Sở Tài chính']);
  });
  it('procedure steps ("BƯỚC HAI" over its title line) are sections "Bước 2"; a step that names nobody is for all', () => {
    // a step heading states an action: its doers end at the verb ("giới thiệu")
    expect(tasksOf('Quy trình gồm năm bước như sau.\n\nBƯỚC MỘT\nHiệp thương lần thứ nhất\nBƯỚC HAI\nCác cơ quan, tổ chức, đơn vị giới thiệu người ứng cử')).toEqual(['Bước 1: ', 'Bước 2: Các cơ quan, tổ chức, đơn vị']);
    // a step heading that is a name alone stays whole
    expect(tasksOf('Quy trình như sau.\n\nBước 1: Hiệp thương lần thứ nhất\nBước 2: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh')).toEqual(['Bước 1: ', 'Bước 2: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']);
    // the step's title over a blank line, as an export that made each line a paragraph puts it
    expect(tasksOf('Quy trình gồm năm bước như sau.\n\nBƯỚC MỘT\n\nHiệp thương lần thứ nhất\n\nBƯỚC HAI\n\nCác cơ quan, tổ chức, đơn vị giới thiệu người ứng cử\n\n*(Từ ngày 17/12/2025)*')).toEqual(['Bước 1: ', 'Bước 2: Các cơ quan, tổ chức, đơn vị']);
  });
  it('an implementing article: honorific opener, a title shared over a colon list, later paragraphs, no definitions', () => {
    expect(tasksOf('Điều 3. Các ông (bà) Chánh văn phòng UBND tỉnh, Giám đốc: Sở Tài chính, Sở Xây dựng, Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này.')).toEqual([
      'Điều 3: Chánh văn phòng UBND tỉnh | Giám đốc Sở Tài chính | Giám đốc Sở Xây dựng | Chủ tịch UBND các huyện',
    ]);
    expect(tasksOf('Điều 3. Bộ trưởng Bộ Tài chính chịu trách nhiệm hướng dẫn thi hành Quyết định này.\nCác Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Quyết định này.')).toEqual([
      'Điều 3: Bộ trưởng Bộ Tài chính | Các Bộ trưởng | Chủ tịch Ủy ban nhân dân các tỉnh',
    ]);
    expect(tasksOf('Điều 2. Về Ban điều hành\nGiám đốc là người đại diện pháp nhân của Quỹ, chịu trách nhiệm trước Hội đồng quản lý.')).toEqual([]);
    // the honorific with a colon before the titles
    expect(tasksOf('Điều 3. Các ông, bà: Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý Khám, chữa bệnh, Giám đốc Sở Y tế các tỉnh chịu trách nhiệm thi hành Quyết định này./.')).toEqual([
      'Điều 3: Chánh Văn phòng Bộ | Cục trưởng Cục Quản lý Khám, chữa bệnh | Giám đốc Sở Y tế các tỉnh',
    ]);
  });
  it('a submission\'s numbered points describe: no task for all recipients, as a letter\'s would be', () => {
    const doc = (title: string) =>
      extract(`ỦY BAN NHÂN DÂN HUYỆN X\nSố: 87/${title === 'TỜ TRÌNH' ? 'TTr' : 'CV'}-UBND\nX, ngày 03 tháng 4 năm 2024\n\n${title}\nVề việc đề nghị phê duyệt dự án\n\nKính gửi: Hội đồng nhân dân huyện.\n\n1. Rà soát danh mục dự án đầu tư.\n2. Bố trí vốn đối ứng năm 2024.\n`).tasks.map((t) => t.section);
    expect(doc('TỜ TRÌNH')).toEqual([]);
    expect(doc('CÔNG VĂN')).toEqual(['1', '2']);
  });
  it('for all recipients, the most specific label: a point\'s numbered sub-points; never a fact sheet\'s lines', () => {
    const cv = (body: string) =>
      extract(`SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 12/SNNMT-KS\nV/v thực hiện nghĩa vụ\nLào Cai, ngày 01 tháng 02 năm 2025\n\nKính gửi: Các tổ chức khai thác khoáng sản.\n\n${body}\n`).tasks.map((t) => `${t.section}:${t.assignees.length}`);
    expect(cv('I. NHIỆM VỤ CHUNG\n1. Tổ chức phổ biến Luật Địa chất và khoáng sản.\n2. Rà soát giấy phép đã cấp.\nII. NHIỆM VỤ CỤ THỂ\n1. Thực hiện nghĩa vụ tài chính.')).toEqual(['I.1:0', 'I.2:0', 'II.1:0']);
    expect(cv('I. THÔNG TIN CHUNG VỀ CÔNG TRÌNH\n1. Tên công trình: Đường ô tô lên bãi thải.\n2. Chủ đầu tư: Tổng công ty Khoáng sản.\nII. KIẾN NGHỊ\n1. Chủ đầu tư: hoàn thiện hồ sơ.')).toEqual([]);
    // nor a regime's rates: "1.2. Mức chi … 2.220.000 đồng/người/lần", nor the point over them
    expect(cv('1. Điều dưỡng tập trung:\n1.1. Thời gian điều dưỡng tối thiểu là 5 ngày.\n1.2. Mức chi điều dưỡng 2.220.000 đồng/người/lần, bao gồm:\n- Tiền ăn: 1.600.000 đồng;\n2. Rà soát danh sách đối tượng.')).toEqual(['2:0']);
  });
  it('a notice\'s closing ("… thông báo để … biết") is not the last item\'s body', () => {
    expect(
      tasksOf('2. Nhiệm vụ\na) Sở Tài chính chủ trì bố trí vốn.\nb) Ban Quản lý dự án giao thông tỉnh đẩy nhanh tiến độ thi công các đoạn đã bàn giao mặt bằng, bảo đảm chất lượng công trình theo đúng hồ sơ thiết kế được duyệt và các quy chuẩn hiện hành.\n\nVăn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.'),
    ).toEqual(['2.a: Sở Tài chính', '2.b: Ban Quản lý dự án giao thông tỉnh']);
  });
  it('a paragraph under a heading whose body "hướng dẫn" is that body\'s task; "… gồm:" lists members, no charge', () => {
    expect(tasksOf('2. Đối với giáo dục trung học\nCác sở giáo dục và đào tạo hướng dẫn các trường xây dựng kế hoạch giáo dục.')).toEqual(['2: Các sở giáo dục và đào tạo']);
    expect(tasksOf('Điều 5. Khen thưởng\n1. Tổ chức đảng có thành tích được xét khen thưởng gồm:\n- Chi bộ trong sạch vững mạnh.\n2. Sở Nội vụ chủ trì thẩm định.')).toEqual(['Điều 5.2: Sở Nội vụ']);
  });
  it('a conclusion\'s appraisal ("X đánh giá cao …", "ghi nhận …") charges nobody', () => {
    expect(tasksOf('1. Ban Thường vụ Tỉnh ủy đánh giá cao sự chuẩn bị chu đáo của các cấp ủy; đại hội cơ bản đúng tiến độ.\n2. Ban Tổ chức Tỉnh ủy chủ trì tổng hợp kết quả.')).toEqual(['2: Ban Tổ chức Tỉnh ủy']);
    expect(tasksOf('1. Ủy ban nhân dân tỉnh ghi nhận kết quả của các đơn vị.\n2. Sở Nội vụ chủ trì thẩm định.')).toEqual(['2: Sở Nội vụ']);
  });
  it('"- Đơn vị chủ trì: X" lines name the assignee, "- Đơn vị phối hợp: Y" the partners', () => {
    const r = extract(
      'KẾ HOẠCH\nVề việc thử\n\nII. PHÂN CÔNG\n1. Xây dựng và ban hành Hướng dẫn bầu cử.\n- Thời gian hoàn thành: tháng 11/2025.\n- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát\n- Đơn vị phối hợp: Ban công tác Mặt trận; Hội Nông dân xã.\n',
    );
    expect(r.tasks.map((t) => [t.section, t.assignees.map((a) => a.name), t.partners.map((a) => a.name)])).toEqual([
      ['II.1', ['Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát'], ['Ban công tác Mặt trận', 'Hội Nông dân xã']],
    ]);
  });
  it('cuts a name heading before a verb that puts it in charge; "Ban chỉ đạo" and "chuyên trách tham mưu" are names', () => {
    expect(tasksOf('III. TỔ CHỨC THỰC HIỆN\n1. Ban Chỉ đạo cải cách hành chính thành phố có trách nhiệm;\n- Hướng dẫn triển khai.\n2. Ban chỉ đạo cải cách hành chính phối hợp với Sở Nội vụ sơ kết.\n3. Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy'))
      .toEqual(['III.1: Ban Chỉ đạo cải cách hành chính thành phố', 'III.2: Ban chỉ đạo cải cách hành chính', 'III.3: Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy']);
  });
  it('names nobody when an unlisted verb precedes the listed one, or when "Đối với X, … gồm" describes', () => {
    expect(tasksOf('I. THÀNH PHẦN HỘI NGHỊ\nBan Thường trực Ủy ban Mặt trận tỉnh triệu tập và chủ trì hội nghị.\nII. NỘI DUNG\na) Đối với Hội đồng nhân dân tỉnh, thành phần dự hội nghị gồm: Thường trực Hội đồng nhân dân.\nb) Đối với Sở Tài chính: bố trí kinh phí.'))
      .toEqual(['II.b: Sở Tài chính']);
  });
  it('nests "A." under "III." when the text numbers in that order, and reads "B. nội dung" after "A." and "iV." (TCVN3 capitals font)', () => {
    expect(tasksOf('III. NỘI DUNG\nA. Nội dung đến năm 2010:\n1. Sở Tư pháp rà soát văn bản.\nB. nội dung năm 2004:\n1. Sở Nội vụ chủ trì thực hiện.\niV. Về công tác chỉ đạo:\n1. Sở Tài chính chủ trì bố trí kinh phí.'))
      .toEqual(['III.A.1: Sở Tư pháp', 'III.B.1: Sở Nội vụ', 'IV.1: Sở Tài chính']);
  });
  it('reads the tasks of an annex titled in lower case and "(Ban hành theo Quyết định số …)"', () => {
    const r = extract(
      'ỦY BAN NHÂN DÂN THÀNH PHỐ X\nSố: 256/2004/QĐ-UB\nX, ngày 01 tháng 7 năm 2004\n\nQUYẾT ĐỊNH\nVề việc ban hành Chương trình\n\n' +
        'Điều 1. Ban hành kèm theo Quyết định này Chương trình cải cách hành chính.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n' +
        'Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.        TM. ỦY BAN NHÂN DÂN\n                   CHỦ TỊCH\n                   Nguyễn Văn A\n\n' +
        'Chương trình\nCải cách hành chính giai đoạn 2004-2010\n(Ban hành theo Quyết định số: 256/2004/QĐ-UB ngày 01/7/2004)\n\n' +
        'I. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật.\n2. Sở Tài chính chủ trì bố trí kinh phí.\n',
    );
    expect(r.tasks.map((t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`)).toEqual(['I.1: Sở Tư pháp', 'I.2: Sở Tài chính']);
  });
  it('a parent naming a body stays a task when one of its items names nobody; a short title over items takes its intro sentence', () => {
    expect(tasksOf('III. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan, đơn vị thuộc Bộ\na) Xây dựng kế hoạch của lĩnh vực được giao.\nb) Vụ Pháp chế: rà soát văn bản.\n2. Nhiệm vụ, giải pháp\nCác Sở Nông nghiệp và Môi trường nghiên cứu, đề xuất các nhiệm vụ, gồm:\na) Rà soát chính sách.\nb) Huy động nguồn lực.'))
      .toEqual(['III.1: Các cơ quan, đơn vị thuộc Bộ', 'III.1.b: Vụ Pháp chế', 'III.2: Các Sở Nông nghiệp và Môi trường']);
    // every item names its own body: the parent is no task of its own
    expect(tasksOf('III. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan, đơn vị thuộc Bộ\na) Vụ Kế hoạch: tổng hợp.\nb) Vụ Pháp chế: rà soát văn bản.'))
      .toEqual(['III.1.a: Vụ Kế hoạch', 'III.1.b: Vụ Pháp chế']);
  });
  it('"Yêu cầu đối với X" names X; "Đối với các tổ chức khác" gives way to the bodies its text names; the closing formula is no section\'s', () => {
    expect(tasksOf('VI. KẾT LUẬN\n2. Yêu cầu đối với Tổng công ty Khoáng sản TKV\n- Tổ chức thực hiện đúng thiết kế.\n3. Đối với các tổ chức khác\nĐề nghị Hội Liên hiệp Phụ nữ Thành phố, Thành Đoàn phát động các cuộc vận động.\nVII. PHÍ THẨM ĐỊNH: xem phụ lục\nTrên đây là thông báo của Sở Công Thương. Đề nghị Tổng công ty Khoáng sản TKV tổ chức thực hiện./.'))
      .toEqual(['VI.2: Tổng công ty Khoáng sản TKV', 'VI.3: Hội Liên hiệp Phụ nữ Thành phố | Thành Đoàn']);
  });
  it('"Đối với X và Y" over a report\'s proposals names both; a collective\'s own commas ("các sở, ban, ngành") are no clause', () => {
    expect(tasksOf('III. KIẾN NGHỊ, ĐỀ XUẤT\n1. Đối với Công ty TNHH Đại Đồng Tiến và Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ\n- Thường xuyên kiểm tra, duy trì hệ thống mốc giới.\n2. Đối với các sở, ban, ngành trên địa bàn tỉnh và Ủy ban nhân dân xã Văn Chấn\nCăn cứ theo chức năng, nhiệm vụ, thường xuyên kiểm tra, giám sát hoạt động khai thác khoáng sản.'))
      .toEqual(['III.1: Công ty TNHH Đại Đồng Tiến | Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ', 'III.2: các sở, ban, ngành trên địa bàn tỉnh | Ủy ban nhân dân xã Văn Chấn']);
    // "Đối với X, …" with a clause after its comma and no verb still names nobody
    expect(tasksOf('II. NỘI DUNG\n1. Đối với các xã, phường, thời hạn là tháng 3 năm 2026.')).toEqual([]);
  });
  it('a body in charge after an opening clause ("Trên cơ sở đề nghị của …, Sở X chủ trì")', () => {
    expect(tasksOf('II. NỘI DUNG\n2.4. Bước 4: Lập Đề án.\n\nTrên cơ sở đề nghị của Ủy ban nhân dân quận, huyện, Sở Xây dựng chủ trì, phối hợp với Sở Tài chính lập Đề án.'))
      .toEqual(['II.2.4: Sở Xây dựng']);
    // a step of a procedure after its condition: what the body does there is its charge
    expect(tasksOf('II. NỘI DUNG\n2.5. Bước 5: Thẩm định nguồn kinh phí.\n\nTrên cơ sở đề nghị của Sở Xây dựng và Sở Lao động - Thương binh và Xã hội, Sở Tài chính thẩm định và xác định nguồn kinh phí.\n\n2.6. Bước 6: Phê duyệt.\n\nSau khi Ủy ban nhân dân Thành phố phê duyệt Đề án, Sở Tài chính lập thủ tục bố trí kinh phí.\n\n2.7. Bước 7: Báo cáo.\n\nSau khi Ủy ban nhân dân Thành phố phê duyệt Đề án, Sở Tài chính đã lập thủ tục.'))
      .toEqual(['II.2.5: Sở Tài chính', 'II.2.6: Sở Tài chính']); // (not what it has done: "đã lập")
  });
  it('a body a passive verb acts on is not charged ("… được thành lập …")', () => {
    expect(tasksOf('Điều 3. Cơ quan đăng ký kinh doanh\n1. Phòng đăng ký kinh doanh cấp tỉnh và Phòng đăng ký kinh doanh cấp huyện (đối với những quận, huyện được thành lập Phòng đăng ký kinh doanh) có tài khoản và con dấu riêng.\n2. Sở Tài chính chủ trì thẩm định.\nĐiều 4. Hiệu lực'))
      .toEqual(['Điều 3.2: Sở Tài chính']);
  });
  it('"Giao phòng X …" names the body written in lower case; the flattened items after its colon are its tasks', () => {
    expect(tasksOf('III. TỔ CHỨC THỰC HIỆN\n1. Giao phòng Quản lý Công nghiệp triển khai các công việc sau:\n2. Tổ chức kiểm tra kỹ thuật an toàn.\n3. Chuẩn bị các điều kiện cần thiết.\n4. Sở Tài chính bố trí kinh phí.\n5. Tổ chức sơ kết.'))
      .toEqual(['III.1: phòng Quản lý Công nghiệp', 'III.2: phòng Quản lý Công nghiệp', 'III.3: phòng Quản lý Công nghiệp', 'III.4: Sở Tài chính']);
    // without a lead verb a lower-case word opens no addressee
    expect(tasksOf('III. TỔ CHỨC THỰC HIỆN\n1. phòng Quản lý Công nghiệp triển khai.')).toEqual([]);
    // in a list, after a comma, a body's head in lower case opens the next addressee
    expect(tasksOf('III. TỔ CHỨC THỰC HIỆN\n1. Giao Sở Lao động - Thương binh và Xã hội, phòng Lao động - Thương binh và Xã hội cấp huyện phối hợp rà soát đối tượng.')).toEqual([
      'III.1: Sở Lao động - Thương binh và Xã hội | phòng Lao động - Thương binh và Xã hội cấp huyện',
    ]);
  });
  it('role lines after the last of several items belong to the list; "7.1 X" without its dot opens an item under "7."', () => {
    expect(tasksOf('II. NHIỆM VỤ\n3. Giám sát công tác bầu cử\n3.1. Tham gia các đoàn kiểm tra.\n3.2. Tổng hợp, báo cáo kịp thời.\n- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ xã\n7. Tổng kết công tác bầu cử; bảo đảm điều kiện\n7.1 Tổng kết công tác bầu cử\n- Đơn vị chủ trì: Văn phòng Ủy ban MTTQ xã\n7.2 Bảo đảm điều kiện phục vụ\n- Đơn vị chủ trì: Văn phòng Ủy ban MTTQ xã'))
      .toEqual(['II.3: Ban Thường trực Ủy ban MTTQ xã', 'II.7.1: Văn phòng Ủy ban MTTQ xã', 'II.7.2: Văn phòng Ủy ban MTTQ xã']);
  });
  it('"X tổ chức hội nghị …" ends the name at its verb; a long basis before "X xây dựng kế hoạch" is skipped', () => {
    expect(tasksOf('II. NỘI DUNG\n4.5. Ban Thường trực Ủy ban MTTQ Việt Nam xã tổ chức hội nghị tiếp xúc cử tri phối hợp với Ủy ban nhân dân cùng cấp thực hiện các nội dung sau:\na) Xây dựng kế hoạch.\nIII. TỔ CHỨC THỰC HIỆN\n1. Căn cứ các nội dung công tác Mặt trận trong bầu cử theo Thông tri số 05/TT-MTTW-BTT, ngày 04/11/2025 của Ủy ban Trung ương MTTQ Việt Nam và của Ban Thường trực Ủy ban MTTQ tỉnh về Hướng dẫn MTTQ Việt Nam tham gia công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 và Hướng dẫn này, Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng kế hoạch triển khai.'))
      .toEqual(['II.4.5: Ban Thường trực Ủy ban MTTQ Việt Nam xã', 'III.1: Ban Thường trực Ủy ban MTTQ Việt Nam xã']);
  });
  it('a heading that names the office staff ("Chuyên viên …"), a Party board\'s head ("Trưởng Ban xây dựng Đảng"), a body that "dự kiến" (plans to)', () => {
    expect(tasksOf('V. TỔ CHỨC THỰC HIỆN\n1. Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã\n- Chuẩn bị nội dung hội nghị.\n2. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung.\n3. Ban Thường trực Ủy ban MTTQ xã dự kiến tổ chức hội nghị vào ngày 02/02/2026.'))
      .toEqual(['V.1: Chuyên viên Cơ quan Ủy ban Mặt trận Tổ quốc xã', 'V.2: Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban', 'V.3: Ban Thường trực Ủy ban MTTQ xã']);
  });
  it('a letter\'s opinion asks the investor: "đề nghị chủ đầu tư …" in lower case, "đề nghị Chủ đầu tư:" over a list, a request a wrapped heading ran into; a fact sheet\'s "Thông tin về dự án" and a "Bộ Luật" are nobody', () => {
    const letter = (body: string) =>
      extract(`SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 6791/SNNMT-KHTC\nLào Cai, ngày 17 tháng 7 năm 2026\nV/v tham gia ý kiến\n\nKính gửi: Sở Công thương tỉnh Lào Cai\n\nSở có ý kiến như sau:\n${body}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n`).tasks.map((t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`);
    expect(letter('1. Thông tin về dự án\n- Tên dự án: Cụm công nghiệp Báo Đáp.\n2. Ý kiến tham gia\n2.1. Về lĩnh vực đất đai\nb) Về chi phí thực hiện thu hồi, tái định cư Đề nghị Chủ đầu tư tổ chức khảo sát khối lượng bồi thường.\n2.4. Lĩnh vực lâm nghiệp\nKhông có rừng tự nhiên.\nTrường hợp được phê duyệt, đề nghị chủ đầu tư thực hiện thủ tục chuyển mục đích sử dụng rừng.\n2.5. Lĩnh vực thủy lợi\nTrong quá trình triển khai dự án, đề nghị Chủ đầu tư:\n- Phối hợp với Sở Nông nghiệp kiểm tra;\n- Có giải pháp đảm bảo an toàn.'))
      .toEqual(['2.1.b: Chủ đầu tư', '2.4: Chủ đầu tư', '2.5: Chủ đầu tư']);
    expect(tasksOf('III. TỔ CHỨC THỰC HIỆN\n1. Các sở, ngành tuyên truyền các quy định, trọng tâm là: Luật Bảo vệ BMNN năm 2018; Bộ Luật hình sự năm 2015 (sửa đổi, bổ sung một số điều năm 2017).'))
      .toEqual(['III.1: Các sở, ngành']);
  });
  it('a collective heading spelled out under it ("Giao các sở … gồm:" over "- Sở X (đối với …);") is its members', () => {
    expect(tasksOf('II. NỘI DUNG\n2. Các sở quản lý nhà nước chuyên ngành về hạ tầng\nGiao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh\nvực gồm:\n- Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp và hạ\ntầng thương mại);\n- Sở Văn hóa, Thể thao và Du lịch (đối với hạ tầng văn hóa);\n- Ban Quản lý Khu kinh tế, Ban Quản lý các khu công nghiệp (đối với tài\nsản kết cấu hạ tầng khu kinh tế).\nCó trách nhiệm:\na) Chủ trì rà soát, thống kê tài sản.'))
      .toEqual(['II.2: Sở Công Thương | Sở Văn hóa, Thể thao và Du lịch | Ban Quản lý Khu kinh tế | Ban Quản lý các khu công nghiệp']);
    // a single body named under "gồm:" does not replace the collective
    expect(tasksOf('II. NỘI DUNG\n2. Các sở chuyên ngành\nGiao các sở gồm:\n- Sở Công Thương (đối với cụm công nghiệp).\nCó trách nhiệm rà soát.'))
      .toEqual(['II.2: Các sở chuyên ngành']);
  });
  it('a decision\'s article that sets out who a council is made of ("Hội đồng thẩm định bao gồm: …") is no task; its duties are', () => {
    expect(tasksOf('QUYẾT ĐỊNH:\nĐiều 1. Thành lập Hội đồng thẩm định, gồm các thành viên sau:\n1. Hội đồng thẩm định bao gồm: Chủ tịch Hội đồng thẩm định; các Phó Chủ tịch; Tổ kỹ thuật giúp việc.\nĐiều 2. Nhiệm vụ của Hội đồng thẩm định:\n1. Hội đồng thẩm định làm việc theo chế độ tập thể và chịu trách nhiệm thẩm định đồ án quy hoạch.').filter((t) => t.startsWith('Điều 1')))
      .toEqual([]);
    // ("thẩm định" ends the council's name, not its verb; "điều hành" is the chair's verb)
    expect(tasksOf('QUYẾT ĐỊNH:\nĐiều 2. Nhiệm vụ của Hội đồng thẩm định:\n1. Hội đồng thẩm định làm việc theo chế độ tập thể và chịu trách nhiệm thẩm định đồ án quy hoạch.\n2. Chủ tịch Hội đồng thẩm định điều hành cuộc họp của Hội đồng thẩm định.'))
      .toEqual(['Điều 2.1: Hội đồng thẩm định', 'Điều 2.2: Chủ tịch Hội đồng thẩm định']);
  });
  it('an item labelled with a body, its duties in lower case after the colon, charges that body; a role\'s label does not', () => {
    expect(tasksOf('II. NỘI DUNG\n1. Tập trung phát triển bền vững các khu công nghiệp\n- Ủy ban nhân dân cấp xã: đầu tư, hoàn thiện đồng bộ hạ tầng kỹ thuật tại các CCN.\n2. Thành lập mới các cụm công nghiệp\n- Cơ quan phối hợp: các sở, ngành liên quan.'))
      .toEqual(['II.1: Ủy ban nhân dân cấp xã']);
  });
  it('a request that closes the text with its end mark is addressed to all, not the last point\'s', () => {
    expect(tasksOf('III. TỔ CHỨC THỰC HIỆN\n7. Tổ chức thực hiện\na) Các sở, ban, ngành khẩn trương tổ chức triển khai thực hiện.\nb) Trong quá trình triển khai thực hiện, nếu phát sinh khó khăn, các cơ quan, đơn vị kịp thời có văn bản gửi Sở Tài chính.\nYêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc tổ chức triển khai thực hiện./.'))
      .toEqual(['III.7.a: Các sở, ban, ngành']);
  });
  it('an item whose body "tổng hợp" (gathers and reports) is that body\'s charge', () => {
    expect(tasksOf('V. CHẾ ĐỘ BÁO CÁO\n- Sở Nông nghiệp và Môi trường tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Ban Thường vụ Tỉnh ủy tình hình, kết quả thực hiện.')).toEqual(['V: Sở Nông nghiệp và Môi trường']);
  });
  it('role lines between a heading and its first sub-item are the heading\'s own', () => {
    expect(tasksOf('II. NỘI DUNG\n3. Hội nghị hiệp thương lần thứ ba\nNội dung: Lập danh sách chính thức.\n- Thời gian: Dự kiến ngày 12/02/2026.\n- Đơn vị chủ trì: Ban Công tác mặt trận thôn.\n3.3. Báo cáo kết quả Hội nghị\n- Gửi Biên bản về Ban Thường trực.'))
      .toEqual(['II.3: Ban Công tác mặt trận thôn']);
  });
  it('people in charge of a field are addressees; the fields listed after "lĩnh vực" stay one name', () => {
    expect(tasksOf('III. TỔ CHỨC THỰC HIỆN\n3. Cán bộ phụ trách lĩnh vực giám sát\n- Tham mưu xây dựng kế hoạch.\n5. Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo\n- Thực hiện nhiệm vụ.\n7. Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng\n- Bảo đảm thông tin liên lạc.\n8. Đề nghị Thường trực HĐND, UBND xã thường xuyên phối hợp.'))
      .toEqual(['III.3: Cán bộ phụ trách lĩnh vực giám sát', 'III.5: Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo', 'III.7: Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng', 'III.8: Thường trực HĐND | UBND xã']);
  });
  it('subject phrases: an opening clause before a body in charge, a time phrase after the subject, "các ông (bà)", "các hội nghị"', () => {
    expect(tasksOf('V. TỔ CHỨC THỰC HIỆN\n1. Kết thúc cuộc bầu cử, Ban Thường trực Ủy ban MTTQ phường chịu trách nhiệm tổng hợp báo cáo.\n2. Căn cứ kết quả kiểm tra, Phòng Đăng ký kinh doanh yêu cầu doanh nghiệp bổ sung.\n3. Đoàn kiểm tra trong quá trình kiểm tra nếu có vướng mắc thì báo cáo kịp thời.\n4. Các hội nghị gồm: Hội nghị triển khai, hội nghị tập huấn.'))
      .toEqual(['V.1: Ban Thường trực Ủy ban MTTQ phường', 'V.3: Đoàn kiểm tra']);
    expect(tasksOf('Điều 3. Ban Thường trực, các bộ phận chuyên môn và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.'))
      .toEqual(['Điều 3: Ban Thường trực | các bộ phận chuyên môn | các ông (bà) có tên tại Điều 1']);
  });
  it('after the last item, a request to carry out this document is the closing, not the item\'s task', () => {
    expect(tasksOf('1. Sở Xây dựng chủ trì kiểm tra các công trình xây dựng hệ thống thoát nước.\n2. Ủy ban nhân dân phường, xã:\na) Rà soát các tuyến đường.\nb) Tăng cường kiểm tra các công trình do đơn vị quản lý.\nYêu cầu Giám đốc sở, Thủ trưởng cơ quan, ban, ngành thành phố triển khai thực hiện Chỉ thị này.'))
      .toEqual(['1: Sở Xây dựng', '2: Ủy ban nhân dân phường, xã']);
  });
  it('the intro sentence of a short title may wrap before a capital', () => {
    expect(tasksOf('II. KẾ HOẠCH\n3. Nhiệm vụ, giải pháp\nCác cơ quan, đơn vị thuộc Bộ, Sở NN&MT các tỉnh, thành phố trực thuộc\nTrung ương nghiên cứu, đề xuất các nhiệm vụ chủ yếu, gồm:\na) Rà soát chính sách.\nb) Huy động nguồn lực.'))
      .toEqual(['II.3: Các cơ quan, đơn vị thuộc Bộ | Sở NN&MT các tỉnh, thành phố trực thuộc Trung ương']);
  });
  it('collectives and lists: "các Sở, Ban ngành", "ủy ban nhân dân" in lower case, a bracket that spells a collective out, "được giao" before a charge', () => {
    expect(tasksOf('IV. TỔ CHỨC THỰC HIỆN\n3.1. Định kỳ 6 tháng, các Sở, Ban ngành thành phố và ủy ban nhân dân các quận, huyện phải tổ chức sơ kết.\n3.2. Các cơ quan được giao chủ trì các nội dung cải cách có trách nhiệm:\n- Xây dựng quy chế.\n3.3. Đối với các cơ quan Trung ương đóng trên địa bàn (Cục Thuế, Cục Hải quan và Kho bạc Nhà nước) có trách nhiệm triển khai cơ chế một cửa.\n3.4. ủy ban nhân dân quận, huyện triển khai Chương trình.'))
      .toEqual([
        'IV.3.1: các Sở, Ban ngành thành phố | ủy ban nhân dân các quận, huyện',
        'IV.3.2: Các cơ quan được giao chủ trì các nội dung cải cách',
        'IV.3.3: Cục Thuế | Cục Hải quan | Kho bạc Nhà nước',
        'IV.3.4: ủy ban nhân dân quận, huyện',
      ]);
    // "các Sở, Ban, Ngành tỉnh" likewise; a Ban with its own name is a body of its own
    expect(tasksOf('Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các Sở, Ban, Ngành tỉnh, Ban Dân tộc và UBND cấp huyện chịu trách nhiệm thi hành Quyết định này./.')).toEqual([
      'Điều 3: Chánh Văn phòng UBND tỉnh | Thủ trưởng các Sở, Ban, Ngành tỉnh | Ban Dân tộc | UBND cấp huyện',
    ]);
  });
  it('"- Cơ quan chủ trì:" over "+" items names each item\'s subject', () => {
    expect(tasksOf('IV. TỔ CHỨC THỰC HIỆN\n2.2. Cải cách tổ chức bộ máy hành chính:\n- Cơ quan chủ trì:\n+ Sở Nội vụ thực hiện nội dung các điểm 2.1, 2.2 phần A.\n+ Sở Tài chính và Sở Nội vụ hướng dẫn các cơ quan xây dựng đề án.\n- Cơ quan phối hợp: các Sở, Ban ngành có liên quan.'))
      .toEqual(['IV.2.2: Sở Nội vụ | Sở Tài chính']);
  });
  it('a công văn\'s numbered points that name nobody are for all recipients, beside a point that names a body', () => {
    const r = extract('UBND HUYỆN X\nPHÒNG VĂN HÓA VÀ THÔNG TIN\nSố: 12/VHTT\nV/v tuyên truyền\n\nKính gửi: Các cơ quan, đơn vị.\n\n1. Tuyên truyền rộng rãi nội dung Nghị quyết.\n2. Đẩy mạnh tuyên truyền trên mạng xã hội.\n3. Phòng Văn hóa và Thông tin các xã: hướng dẫn, kiểm tra.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.');
    expect(r.tasks.map((t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ') || '*'}`)).toEqual(['1: *', '2: *', '3: Phòng Văn hóa và Thông tin các xã']);
  });
  it('a title over a collective keeps the names after its colon; "nêu trên", "trực tiếp" and "theo chức năng" end no name', () => {
    expect(tasksOf('1. Các Bộ trưởng: Quốc phòng, Công an chỉ đạo lực lượng hỗ trợ sơ tán dân.')).toEqual(['1: Các Bộ trưởng: Quốc phòng, Công an']);
    expect(tasksOf('2. Bộ trưởng các Bộ: Công Thương, Y tế, Giáo dục và Đào tạo theo chức năng, nhiệm vụ được giao chủ động chỉ đạo ứng phó.')).toEqual([
      '2: Bộ trưởng các Bộ: Công Thương, Y tế, Giáo dục và Đào tạo',
    ]);
    // a collective of bodies over their names, as a heading over its points or before a verb
    expect(tasksOf('1. Các Bộ: Công Thương, Xây dựng, Tài nguyên và Môi trường:\na) Khẩn trương ban hành kế hoạch giảm phát thải.')).toEqual([
      '1: Các Bộ: Công Thương, Xây dựng, Tài nguyên và Môi trường',
    ]);
    expect(tasksOf('2. Các Sở: Tài chính, Xây dựng chủ động bố trí kinh phí.')).toEqual(['2: Các Sở: Tài chính, Xây dựng']);
    // the list ends where "và" opens another body
    expect(tasksOf('4. Trách nhiệm phối hợp\nCác Bộ: Y tế, Công Thương, Tài chính và Ủy ban nhân dân tỉnh, thành phố có trách nhiệm kết nối dữ liệu.')).toEqual([
      '4: Các Bộ: Y tế, Công Thương, Tài chính | Ủy ban nhân dân tỉnh, thành phố',
    ]);
    // a company's name holds verbs before its proper name
    expect(tasksOf('4. Công ty Cổ phần Khai thác vật liệu xây dựng Miền Bắc phải thực hiện đúng các quy định.')).toEqual(['4: Công ty Cổ phần Khai thác vật liệu xây dựng Miền Bắc']);
    expect(tasksOf('5. Công ty TNHH Xây dựng Hoàng Long chủ trì thi công.')).toEqual(['5: Công ty TNHH Xây dựng Hoàng Long']);
    // (a verb that is no trade ends the name, a capital after it or not)
    expect(tasksOf('6. Công ty Điện lực Lào Cai phối hợp Sở Công Thương kiểm tra.')).toEqual(['6: Công ty Điện lực Lào Cai']);
    // an article that delegates ("Phân cấp cho X thực hiện …", "Ủy quyền cho X …") charges X
    expect(tasksOf('Điều 4. Phân cấp cho Sở Y tế thực hiện một số nhiệm vụ, quyền hạn sau\n1. Quản lý an toàn thực phẩm.\n2. Cấp Giấy chứng nhận cơ sở đủ điều kiện.')).toEqual(['Điều 4: Sở Y tế']);
    expect(tasksOf('Điều 1. Ủy quyền cho Giám đốc Sở Công Thương thành lập Đoàn thẩm định cấp giấy chứng nhận.')).toEqual(['Điều 1: Giám đốc Sở Công Thương']);
    // a body and a verb after the colon: the colon ends the name
    expect(tasksOf('3. Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh: Phối hợp tuyên truyền.')).toEqual(['3: Mặt trận Tổ quốc | các tổ chức chính trị - xã hội tỉnh']);
    expect(tasksOf('4. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên tiếp tục theo dõi chặt chẽ diễn biến của bão.')).toEqual(['4: Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên']);
    expect(tasksOf('5. Giao Phó Chủ tịch Nguyễn Văn B trực tiếp chỉ đạo các sở, ngành.')).toEqual(['5: Phó Chủ tịch Nguyễn Văn B']);
    expect(tasksOf('6. Các sở, ngành trong phạm vi chức năng, nhiệm vụ được giao có trách nhiệm triển khai.')).toEqual(['6: Các sở, ngành']);
    // how a body is to act ("thường xuyên …") ends its name, a later clause after ";" or not
    expect(tasksOf('6. Ủy ban Kiểm tra Tỉnh ủy thường xuyên kiểm tra, giám sát các cấp uỷ, tổ chức đảng trong việc triển khai thực hiện Chương trình hành động; kịp thời phát hiện, chấn chỉnh.')).toEqual(['6: Ủy ban Kiểm tra Tỉnh ủy']);
    // "Các cơ sở …" (establishments) are addressees; "Các cơ sở pháp lý" is a topic
    expect(tasksOf('5. Các cơ sở xử lý chất thải, các doanh nghiệp trên địa bàn tỉnh\n- Thực hiện kiểm kê khí nhà kính.\n6. Các cơ sở pháp lý\n- Luật Bảo vệ môi trường.')).toEqual(['5: Các cơ sở xử lý chất thải | các doanh nghiệp trên địa bàn tỉnh']);
    expect(tasksOf('3. Bộ Tài chính hoàn thiện dự thảo Quyết định của Thủ tướng Chính phủ phê duyệt Đề án.')).toEqual(['3: Bộ Tài chính']);
    // the body that requests is not charged ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng …"); a later
    // clause's "có trách nhiệm" does not move the name's end past the first verb
    expect(tasksOf('11. Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở, ban, ngành của tỉnh, Chủ tịch UBND các xã, phường nghiêm túc thực hiện.')).toEqual(['11: Thủ trưởng các Sở, ban, ngành của tỉnh | Chủ tịch UBND các xã, phường']);
    expect(tasksOf('8. Các Sở, ban, ngành thuộc tỉnh theo chức năng, nhiệm vụ, lĩnh vực được giao chủ động tổ chức triển khai thực hiện các nhiệm vụ; có trách nhiệm hướng dẫn UBND các xã.')).toEqual(['8: Các Sở, ban, ngành thuộc tỉnh']);
    // "Đối với đơn vị được kiểm tra:" names a collective written without "các"
    expect(tasksOf('6. Những vấn đề khác\n6.1. Đối với Đoàn kiểm tra: Các thành viên Đoàn thực hiện nghiêm túc Kế hoạch.\n6.2 Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo bằng văn bản.')).toEqual(['6.1: Đoàn kiểm tra', '6.2: đơn vị được kiểm tra']);
    // "Trách nhiệm chung của X" names X; "- Lãnh đạo, chỉ đạo …" is two verbs, not the head "Lãnh đạo"
    expect(tasksOf('1. Trách nhiệm chung của các cơ quan, đơn vị\n- Lãnh đạo, chỉ đạo tập trung thực hiện nghiêm các quy định.\n2. Nhiệm vụ chung\n- Lãnh đạo, chỉ đạo tập trung thực hiện nghiêm các quy định.\n3. Thanh tra tỉnh\n- Chủ trì xây dựng kế hoạch.')).toEqual(['1: các cơ quan, đơn vị', '3: Thanh tra tỉnh']);
    // "hỗ trợ" ends a name, not inside one ("Ban Chỉ đạo thực hiện hỗ trợ nhà ở …")
    expect(tasksOf('d) Các tập đoàn, công ty công nghệ (VNPT, Viettel, FPT) hỗ trợ các bộ, ngành, địa phương trong việc nâng cấp các hệ thống thông tin.')).toEqual(['d: Các tập đoàn, công ty công nghệ']);
    // written without the comma ("theo chức năng nhiệm vụ, phối hợp …")
    expect(tasksOf('2. Các sở, ban, ngành cấp tỉnh theo chức năng nhiệm vụ, phối hợp với Sở Nông nghiệp và Môi trường triển khai thực hiện.')).toEqual(['2: Các sở, ban, ngành cấp tỉnh']);
    // a long "A và B và …" list that is no list of names is refused at once (the list pattern
    // once read "và" as a name's word too, and tried 2^n ways)
    const many = Array.from({ length: 40 }, () => 'Ab').join(' và ');
    expect(tasksOf(`7. Bộ trưởng các Bộ: ${many} và 1 chủ trì triển khai.`)).toEqual(['7: Bộ trưởng các Bộ']);
  });
  it('a commune\'s officers, "có nhiệm vụ", the joint office of HĐND and UBND, the line under a topic heading', () => {
    expect(tasksOf('III. TỔ CHỨC THỰC HIỆN\n1. Công chức Văn phòng - Thống kê: Tham mưu theo dõi, đôn đốc.\n2. Công chức Tài chính - Kế toán: Bố trí kinh phí.')).toEqual([
      'III.1: Công chức Văn phòng - Thống kê',
      'III.2: Công chức Tài chính - Kế toán',
    ]);
    expect(tasksOf('Điều 2. Ban Chỉ đạo có nhiệm vụ chỉ đạo, kiểm tra việc tổ chức Tháng hành động.')).toEqual(['Điều 2: Ban Chỉ đạo']);
    expect(tasksOf('Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Y tế chịu trách nhiệm thi hành Quyết định này.')).toEqual([
      'Điều 3: Chánh Văn phòng HĐND và UBND huyện | Trưởng phòng Y tế',
    ]);
    expect(tasksOf('II. NHIỆM VỤ\n1. Tuyên truyền nâng cao nhận thức về chuyển đổi số\nCông chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên tuyên truyền.')).toEqual([
      'II.1: Công chức Văn hóa - Xã hội',
    ]);
  });
  it('the closing request after the last item, with its speaker first, is no task of that item', () => {
    expect(tasksOf('II. NHIỆM VỤ\n1. Sở Tài chính chủ trì thẩm định.\n2. Báo cáo kết quả trước ngày 20 tháng 7 năm 2025.\nChủ tịch yêu cầu Giám đốc các sở, Chủ tịch UBND các huyện khẩn trương thực hiện Quyết định này./.')).toEqual([
      'II.1: Sở Tài chính',
    ]);
  });
  it('"Đầu tư xây dựng" inside a body\'s name is no verb', () => {
    expect(tasksOf('4. Ban Quản lý dự án Đầu tư xây dựng các công trình giao thông tỉnh khẩn trương thi công.')).toEqual([
      '4: Ban Quản lý dự án Đầu tư xây dựng các công trình giao thông tỉnh',
    ]);
  });
  it('"Các bệnh viện", "các trạm y tế", "các Viện" are collectives; "Trạm Y tế xã" a body', () => {
    expect(tasksOf('2. Các bệnh viện chủ động chuẩn bị thuốc, vật tư.\n3. Các trạm y tế chủ trì tuyên truyền.')).toEqual(['2: Các bệnh viện', '3: Các trạm y tế']);
    expect(tasksOf('3. Trạm Y tế xã phối hợp với Công an xã đẩy mạnh sử dụng căn cước.')).toEqual(['3: Trạm Y tế xã']);
    expect(tasksOf('2. Viện Vệ sinh dịch tễ Trung ương, các Viện Pasteur: chỉ đạo, hỗ trợ các địa phương.\n3. Sở Y tế chủ trì.')).toEqual(['2: Viện Vệ sinh dịch tễ Trung ương | các Viện Pasteur', '3: Sở Y tế']);
  });
  it('a decision\'s executing formula under its article\'s first sentence, with a title\'s own list inside', () => {
    const art =
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\nChánh Văn phòng UBND tỉnh; Giám đốc các Sở: Văn hóa, Thể thao và Du lịch, Tài chính, Nông nghiệp và Môi trường; Chủ tịch UBND các xã, phường và Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.';
    expect(tasksOf(art)).toEqual([
      'Điều 3: Chánh Văn phòng UBND tỉnh | Giám đốc các Sở: Văn hóa, Thể thao và Du lịch, Tài chính, Nông nghiệp và Môi trường | Chủ tịch UBND các xã, phường | Thủ trưởng các đơn vị liên quan',
    ]);
  });
  it('"các chi, đảng bộ" (the chi bộ and đảng bộ) is a collective', () => {
    expect(tasksOf('4. Các chi, đảng bộ cơ sở căn cứ Chương trình hành động, xây dựng kế hoạch thực hiện.')).toEqual(['4: Các chi, đảng bộ cơ sở']);
  });
  it('"mở", "vận động" and "tổ chức rà soát" are verbs; "tập thể" is a collective', () => {
    expect(tasksOf('III. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan báo chí Trung ương và địa phương mở chuyên trang, chuyên mục.\n2. Các tổ chức chính trị - xã hội vận động hội viên tham gia.\n3. Các sở GDĐT tổ chức rà soát đội ngũ giáo viên.')).toEqual([
      'III.1: Các cơ quan báo chí Trung ương và địa phương',
      'III.2: Các tổ chức chính trị - xã hội',
      'III.3: Các sở GDĐT',
    ]);
    expect(tasksOf('Điều 3. Trưởng phòng Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 căn cứ Quyết định thi hành./.')).toEqual([
      'Điều 3: Trưởng phòng Nội vụ | Thủ trưởng các cơ quan, đơn vị có liên quan | các tập thể, cá nhân có tên tại Điều 1',
    ]);
  });
  it('"X giao Y …": Y is in charge, not the body that delegates', () => {
    expect(tasksOf('33. Ban Chấp hành Trung ương Đảng giao Bộ Chính trị, Ban Bí thư lãnh đạo, chỉ đạo các cấp ủy thực hiện.')).toEqual(['33: Bộ Chính trị | Ban Bí thư']);
    expect(tasksOf('2. Sở Tài chính được giao chủ trì thẩm định.')).toEqual(['2: Sở Tài chính']);
  });
  it('an item whose body "thực hiện / tổ chức …" is in charge; a title in lower case opens an addressee', () => {
    expect(tasksOf('IV. TỔ CHỨC THỰC HIỆN\n2. Phân công:\n2.3. Xây dựng đội ngũ cán bộ:\n- Sở Nội vụ chủ trì thực hiện điểm 5.\n- Cơ quan phối hợp: Trường Chính trị.\n- Văn phòng ủy ban nhân dân thành phố thực hiện các nội dung của điểm 9.\n2.4. Tài chính công:\n- Sở Tài chính tổ chức kiểm tra việc sử dụng kinh phí.')).toEqual([
      'IV.2.3: Sở Nội vụ | Văn phòng ủy ban nhân dân thành phố',
      'IV.2.4: Sở Tài chính',
    ]);
    expect(tasksOf('2.2. Bước 2: Kiểm tra hiện trạng nhà ở.\nBan Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công tổ chức kiểm tra hiện trạng nhà ở.')).toEqual([
      '2.2: Ban Chỉ đạo thực hiện hỗ trợ nhà ở cho người có công',
    ]);
    expect(tasksOf('Điều 3. Giám đốc Sở, Chủ tịch ủy ban nhân dân quận, huyện, thành viên Ban Chỉ đạo Cải cách hành chính thành phố có trách nhiệm thi hành Quyết định này./.')).toEqual([
      'Điều 3: Giám đốc Sở | Chủ tịch ủy ban nhân dân quận, huyện | thành viên Ban Chỉ đạo Cải cách hành chính thành phố',
    ]);
  });
  it('"tổ chức" after a name is its verb; after "các", "được", "công tác" or before "chính trị", "đảng" a noun; "tăng" a verb', () => {
    expect(tasksOf('1. Chủ tịch UBND các huyện, thị xã, thành phố tổ chức kêu gọi tàu thuyền vào nơi tránh trú an toàn; hoàn thành trước 17 giờ.\n2. Đài Phát thanh - Truyền hình tỉnh tăng thời lượng phát sóng.\n3. Các tổ chức chính trị - xã hội chủ trì tuyên truyền.')).toEqual([
      '1: Chủ tịch UBND các huyện, thị xã, thành phố',
      '2: Đài Phát thanh - Truyền hình tỉnh',
      '3: Các tổ chức chính trị - xã hội',
    ]);
  });
  it('a later clause of an assigning heading that opens with a body and its verb puts it in charge too', () => {
    expect(tasksOf('2. Nhiệm vụ\n2.1. Đảng ủy xã tập trung lãnh đạo hoàn thành các chỉ tiêu.\n2.2. Giao Ban Tổ chức Huyện ủy hướng dẫn, thẩm định công tác nhân sự; Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện.\n2.3. Ủy ban nhân dân huyện chỉ đạo các phòng.')).toEqual([
      '2.1: Đảng ủy xã',
      '2.2: Ban Tổ chức Huyện ủy | Văn phòng Huyện ủy',
      '2.3: Ủy ban nhân dân huyện',
    ]);
    // a body that only works with it is a partner
    expect(tasksOf('2. Nhiệm vụ\n2.1. Giao Sở Tài chính chủ trì thẩm định; Sở Xây dựng phối hợp thực hiện.\n2.2. Sở Y tế chủ trì.')).toEqual(['2.1: Sở Tài chính', '2.2: Sở Y tế']);
  });
  it('a schedule line charges who owes the paper ("Báo cáo … của các … gửi về …"), not the issuer itself', () => {
    const body = 'II. TIẾN ĐỘ\n1. Kế hoạch năm 2026 của các cơ quan, đơn vị thuộc Bộ và các Sở Tài chính gửi về Bộ (Vụ Kế hoạch) trước ngày 10 tháng 7 năm 2025.\n2. Dự toán của Bộ gửi Bộ Tài chính trước ngày 20 tháng 7 năm 2025.';
    expect(tasksOf(body)).toEqual(['II.1: các cơ quan, đơn vị thuộc Bộ | các Sở Tài chính']);
  });
  it('a deadline: "trước ngày 10 tháng 7 năm 2025", "trước 30/9/2010", "thời hạn: ngày …"', () => {
    const deadlines = (body: string) => extract(`UBND TỈNH X\nSố: 1/KH-UBND\n\nKẾ HOẠCH\nVề việc thử\n\n${body}`).tasks.map((t) => t.deadline?.iso ?? null);
    expect(deadlines('1. Sở Tài chính: tổng hợp, báo cáo trước ngày 10 tháng 7 năm 2025.')).toEqual(['2025-07-10']);
    expect(deadlines('1. Sở Xây dựng: hoàn thành nghiệm thu trước 30/9/2010.')).toEqual(['2010-09-30']);
    expect(deadlines('1. Sở Nội vụ: rà soát, thời hạn hoàn thành ngày 15/12/2024.')).toEqual(['2024-12-15']);
    // "trước hết" is no deadline, and a date further on is not its
    expect(deadlines('1. Sở Y tế: trước hết rà soát các cơ sở theo Quyết định ngày 01/01/2024.')).toEqual([null]);
  });
  it('"phụ trách lĩnh vực" lists fields, "và các Sở" a second addressee', () => {
    expect(tasksOf('1. Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng: theo dõi.\n2. Các cơ quan thuộc Bộ và các Sở Y tế: báo cáo.')).toEqual([
      '1: Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng',
      '2: Các cơ quan thuộc Bộ | các Sở Y tế',
    ]);
  });
  it('"Yêu cầu đối với các tổ chức, cá nhân …" names them all; a point naming them again is part of that task', () => {
    const body = [
      '1. Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép khai thác, thu hồi khoáng sản.',
      '1.1. Thực hiện đúng các quy định của Luật Địa chất và Khoáng sản.',
      '1.2. Yêu cầu các tổ chức, cá nhân được cấp giấy phép khai thác khoáng sản báo cáo trung thực sản lượng.',
      '2. Đề nghị UBND các xã, phường',
      '- Tăng cường kiểm tra.',
    ].join('\n');
    expect(tasksOf(body)).toEqual(['1: các tổ chức, cá nhân được cấp giấy phép khai thác, thu hồi khoáng sản', '2: UBND các xã, phường']);
    // a point naming another body stays its own task
    expect(tasksOf('1. Yêu cầu đối với các tổ chức, cá nhân khai thác khoáng sản.\n1.1. Báo cáo sản lượng hằng quý.\n1.2. Sở Tài chính chủ trì thẩm định.')).toEqual([
      '1: các tổ chức, cá nhân khai thác khoáng sản',
      '1.2: Sở Tài chính',
    ]);
  });
  it('"Trung ương Hội …", "Trung ương Đoàn" open an addressee of their own in a list', () => {
    expect(tasksOf('3. Trách nhiệm của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Trung ương Hội Cựu chiến binh Việt Nam\nXây dựng kế hoạch triển khai.')).toEqual([
      '3: Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | Trung ương Hội Cựu chiến binh Việt Nam',
    ]);
  });
  it('a parallel "- Đối với X <verb> …" item under a "Đối với" heading puts X in charge too', () => {
    const body = '3. Đối với các cơ quan Trung ương đóng trên địa bàn (Cục Thuế, Cục Hải quan) có trách nhiệm triển khai cơ chế "một cửa".\n- Đối với Công an thành phố xây dựng kế hoạch thực hiện cơ chế "một cửa" trong năm 2004.';
    expect(tasksOf(body)).toEqual(['3: Cục Thuế | Cục Hải quan | Công an thành phố']);
    // an item that is a topic ("Đối với các lĩnh vực …") names nobody
    expect(tasksOf('3. Đối với Sở Tư pháp: rà soát thủ tục.\n- Đối với các lĩnh vực tiếp xúc nhiều với công dân, rút ngắn thời gian.')).toEqual(['3: Sở Tư pháp']);
  });
  it('a scale of payments names who is paid, not who is charged; election bodies keep "bầu cử"; bare titles share the name ending their list', () => {
    expect(tasksOf('Điều 3. Mức chi\n7. Chi bồi dưỡng\nc) Tổ bầu cử:\n- Tổ trưởng, Tổ phó tổ bầu cử: 200.000 đồng/người/tháng.\n- Thư ký, các ủy viên: 100.000 đồng/người/tháng.\nd) Ban bầu cử xã tổ chức kiểm phiếu theo quy định.')).toEqual(['Điều 3.7.d: Ban bầu cử xã']);
    expect(tasksOf('Điều 5. Hội đồng nhân dân tỉnh giao\n1. Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.\n2. Thường trực, các ban, các tổ đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.')).toEqual([
      'Điều 5.1: Ủy ban nhân dân tỉnh',
      'Điều 5.2: Thường trực, các ban, các tổ đại biểu Hội đồng nhân dân tỉnh',
    ]);
    // a title that is a name of its own still opens an addressee
    expect(tasksOf('3. Thường trực HĐND, UBND, Ủy ban Kiểm tra Đảng ủy xã: theo dõi, giám sát.')).toEqual(['3: Thường trực HĐND | UBND | Ủy ban Kiểm tra Đảng ủy xã']);
  });
  it("an article's title is its topic; a sentence that introduces a list (\"… các điều kiện sau đây:\") names nobody", () => {
    expect(tasksOf('Điều 3. Cơ quan đăng ký kinh doanh\nCơ quan đăng ký kinh doanh có con dấu riêng.\nĐiều 4. Bộ Kế hoạch và Đầu tư chủ trì hướng dẫn thi hành.')).toEqual(['Điều 4: Bộ Kế hoạch và Đầu tư']);
    expect(tasksOf('Điều 13. Trình tự đăng ký\n3. Phòng đăng ký kinh doanh cấp tỉnh cấp Giấy chứng nhận trong thời hạn mười lăm ngày, nếu có đủ các điều kiện sau đây:\na) Ngành, nghề không bị cấm;\nb) Tên doanh nghiệp đúng quy định.')).toEqual([]);
    // a name over its list keeps its colon's meaning
    expect(tasksOf('3. Sở Tài chính:\n- Bố trí kinh phí.')).toEqual(['3: Sở Tài chính']);
  });
  it('a topic title ("I. CHỨC NĂNG") over a sentence about a body names nobody; "Nhiệm vụ và quyền hạn của X" names X', () => {
    expect(tasksOf('I. CHỨC NĂNG\nPhòng Văn hóa - Xã hội là cơ quan chuyên môn thuộc Ủy ban nhân dân cấp xã, thực hiện chức năng tham mưu.\nII. TỔ CHỨC THỰC HIỆN\nỦy ban nhân dân cấp xã chỉ đạo triển khai.')).toEqual(['II: Ủy ban nhân dân cấp xã']);
    expect(tasksOf('Điều 3. Nhiệm vụ và quyền hạn của Đoàn kiểm tra\nĐoàn kiểm tra thực hiện nhiệm vụ theo quy định, trong đó tập trung:\n1. Kiểm tra hồ sơ.\n2. Kiểm tra hiện trường.')).toEqual(['Điều 3: Đoàn kiểm tra']);
  });
  it('the body asked at the end of a point\'s opening text ("… Phó Thủ tướng yêu cầu Bộ Tài chính:") is the addressee of its sub-points', () => {
    const body = [
      '1. Tại cuộc họp, Văn phòng Chính phủ đã báo cáo về ý kiến tại Báo cáo thẩm định.',
      '2. Đây là 02 dự án có quy mô lớn. Quá trình thẩm định đã kéo dài; do đó, để khẩn trương triển khai dự',
      'án, Phó Thủ tướng Chính phủ Trần Hồng Hà yêu cầu Bộ Tài chính:',
      'a) Chịu trách nhiệm toàn diện về tính chính xác của hồ sơ.',
      'b) Hoàn thành trước ngày 15 tháng 7 năm 2025.',
    ].join('\n');
    expect(tasksOf(body)).toEqual(['2: Bộ Tài chính']);
    // a list introduced without asking anybody names nobody (the point is left to all recipients)
    expect(tasksOf('2. Đây là 02 dự án có quy mô lớn, gồm các nội dung sau:\na) Khu đô thị Tu Bông.\nb) Khu đô thị Đầm Môn.')).toEqual(['2: ']);
  });
  it('a Party regulation\'s implementing article: "cấp uỷ cấp trên trực tiếp" is an addressee of its own; "Căn cứ …, đảng uỷ X xây dựng …" charges the body in lower case', () => {
    const body = [
      'Điều 16. Tổ chức thực hiện',
      '1. Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương, cấp uỷ cấp trên trực tiếp của đảng bộ ban chỉ huy có trách nhiệm chỉ đạo, kiểm tra việc thực hiện Quy định này.',
      '2. Căn cứ Quy định này và các văn bản hướng dẫn của cấp uỷ cấp trên, đảng uỷ ban chỉ huy phòng thủ khu vực xây dựng quy chế, kế hoạch hoạt động cụ thể để thực hiện.',
    ].join('\n');
    expect(tasksOf(body)).toEqual([
      'Điều 16.1: Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương | cấp uỷ cấp trên trực tiếp của đảng bộ ban chỉ huy',
      'Điều 16.2: đảng uỷ ban chỉ huy phòng thủ khu vực',
    ]);
    // a body in lower case without an opening clause before it is no addressee
    expect(tasksOf('Điều 2. Đảng uỷ ban chỉ huy phòng thủ khu vực là hạt nhân chính trị.\nĐiều 3. Tổ chức thực hiện\nđảng uỷ xã xây dựng quy chế.')).toEqual([]);
  });
  it('a project or report (Đề án, Phương án, Báo cáo) describes: a point that names nobody is nobody\'s task', () => {
    const da = (body: string) =>
      extract(`ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nSố: 13/ĐA-UBND    Cần Thơ, ngày 25 tháng 6 năm 2025\n\nĐỀ ÁN\nPhát hành trái phiếu chính quyền địa phương\n\n${body}\n`).tasks.map((t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`);
    expect(da('1. Sự cần thiết phát hành trái phiếu\nTồn quỹ ngân sách là 4.526 tỷ đồng.\n2. Căn cứ pháp lý\n- Luật Ngân sách nhà nước.\n3. Tổ chức thực hiện\nSở Tài chính chủ trì hướng dẫn thực hiện.')).toEqual(['3: Sở Tài chính']);
  });
  it('"Chủ đầu tư" (the investor) charged in an article is an addressee; as a field of a project\'s particulars it is none', () => {
    const qd = (body: string) =>
      extract(`BỘ XÂY DỰNG\nSố: 12/QĐ-BXD\nHà Nội, ngày 2 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nVề việc phê duyệt dự án\n\n${body}\n`).tasks.map((t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`);
    expect(qd('Điều 1. Phê duyệt dự án.\nĐiều 2. Chủ đầu tư chịu trách nhiệm tổ chức lựa chọn nhà thầu theo quy định./.')).toEqual(['Điều 2: Chủ đầu tư']);
    expect(qd('I. THÔNG TIN CHUNG\n1. Tên dự án: Đường nội mỏ.\n2. Chủ đầu tư: Tổng công ty Khoáng sản.\n- Địa chỉ: số 193 đường Nguyễn Huy Tưởng.')).toEqual([]);
  });
  it('a request to the letter\'s own recipients after its last point ("Đề nghị Ủy ban nhân dân các tỉnh chỉ đạo …") is not that point\'s', () => {
    const letter = (closing: string) =>
      extract(`BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 1040/LĐTBXH-NCC\nV/v hướng dẫn giải quyết chế độ\nHà Nội, ngày 09 tháng 04 năm 2012\n\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\nBộ yêu cầu các địa phương thực hiện như sau:\n\n1. Tạm dừng việc tiếp nhận hồ sơ mới.\n\n2. Rà soát các hồ sơ đã giải quyết.\n\n${closing}\n`).tasks.map((t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`);
    expect(letter('Đề nghị Ủy ban nhân dân các tỉnh chỉ đạo các Sở, ngành có liên quan tăng cường kiểm tra./.')).toEqual(['1: ', '2: ']);
    // its speaker may come first
    expect(letter('Bộ Lao động - Thương binh và Xã hội đề nghị Ủy ban nhân dân các tỉnh chỉ đạo các Sở, ngành có liên quan tổ chức thực hiện./.')).toEqual(['1: ', '2: ']);
    // a body that is not an addressee of the letter is still the point's
    expect(letter('Đề nghị Sở Y tế phối hợp chủ trì thẩm định hồ sơ./.')).toEqual(['1: ', '2: Sở Y tế']);
  });
  it('"Điều 2. Giao Giám đốc Sở X" over its points names X; "…, Giám đốc các sở: A, B; …" keeps the title\'s list in the executing formula', () => {
    const body = [
      'Điều 1. Ban hành Kế hoạch thời gian năm học 2024-2025.',
      'Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo',
      '1. Tổ chức chỉ đạo thực hiện hoàn thành Kế hoạch.',
      '2. Chủ trì, phối hợp với các ngành hướng dẫn thực hiện.',
      'Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.',
      '',
      'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Giáo dục và Đào tạo, Tài chính, Nội vụ; Chủ tịch Ủy ban nhân dân huyện, thành phố; thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    expect(tasksOf(body)).toEqual([
      'Điều 2: Giám đốc Sở Giáo dục và Đào tạo',
      'Điều 3: Chánh Văn phòng Ủy ban nhân dân tỉnh | Giám đốc các sở: Giáo dục và Đào tạo, Tài chính, Nội vụ | Chủ tịch Ủy ban nhân dân huyện, thành phố | thủ trưởng các cơ quan, đơn vị liên quan',
    ]);
  });
  it('a title\'s colon list ends at the next title after a comma, and an open collective ("các Sở, ngành:") takes bodies into its list', () => {
    const decision = (art3: string) => tasksOf(['Điều 1. Ban hành Kế hoạch.', `Điều 3. ${art3}`].join('\n'));
    expect(decision('Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Tài chính, Xây dựng, Công Thương, Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này./.')).toEqual([
      'Điều 3: Chánh Văn phòng Ủy ban nhân dân tỉnh | Giám đốc các Sở: Tài chính, Xây dựng, Công Thương | Chủ tịch Ủy ban nhân dân các huyện',
    ]);
    expect(decision('Chánh Văn phòng Ủy ban nhân dân tỉnh; Thủ trưởng các Sở, ngành: Tài chính, Kho bạc nhà nước tỉnh, Xây dựng, Cục Thuế tỉnh; Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này./.')).toEqual([
      'Điều 3: Chánh Văn phòng Ủy ban nhân dân tỉnh | Thủ trưởng các Sở, ngành: Tài chính, Kho bạc nhà nước tỉnh, Xây dựng, Cục Thuế tỉnh | Chủ tịch Ủy ban nhân dân các huyện',
    ]);
    // a list of Ministries' short names: a body's head after it is the next addressee
    expect(decision('Bộ trưởng các Bộ: Tài chính, Xây dựng; Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Quyết định này./.')).toEqual([
      'Điều 3: Bộ trưởng các Bộ: Tài chính, Xây dựng | Chủ tịch Ủy ban nhân dân các tỉnh',
    ]);
  });
  it('a reply\'s point that asks a body after a comma, in lower case ("Trường hợp …, đề nghị Cục Hải quan liên hệ …"), names it', () => {
    const cv = (body: string) =>
      extract(`CỤC HÓA CHẤT\nSố: 813/HC-QLHC\nV/v trả lời kiến nghị\nHà Nội, ngày 22 tháng 4 năm 2026\n\nKính gửi: Công ty TNHH A.\n\n${body}\n`).tasks.map((t) => `${t.section}: ${t.assignees.map((a) => a.name).join(' | ')}`);
    expect(cv('1. Về thẩm quyền cấp phép\nBộ Công Thương cấp Giấy phép.\n2. Về tra cứu thông tin\nTrường hợp cần tra cứu, đề nghị Cục Hải quan liên hệ với Cục Hóa chất.')).toEqual(['1: ', '2: Cục Hải quan']);
    // "đề nghị của X" is X's proposal, not a request to X
    expect(cv('1. Về tra cứu thông tin\nTheo quy định, đề nghị của Công ty được xem xét.')).toEqual(['1: ']);
  });
  it('what the issuer itself will do ("Sau khi …, Bộ sẽ có văn bản hướng dẫn …") charges nobody', () => {
    expect(tasksOf('1. Tiếp tục xác nhận hồ sơ.\n\nSau khi Nghị định được ban hành, Bộ sẽ có văn bản hướng dẫn cụ thể việc điều chỉnh.\n\n2. Tiếp nhận hồ sơ mới.')).toEqual(['1: ', '2: ']);
  });
  it('a title in capitals over a table\'s header row takes no addressee from that row', () => {
    expect(tasksOf('II. NHIỆM VỤ CỤ THỂ\nCơ quan\tCơ quan phối Thời gian\nSTT\tNội dung nhiệm vụ\nIII. TỔ CHỨC THỰC HIỆN\nSở Nội vụ chủ trì theo dõi.')).toEqual(['III: Sở Nội vụ']);
  });
  it('a phrase of remit before the verb ends the addressee ("… theo chức năng và thẩm quyền phối hợp …")', () => {
    const body = [
      'Điều 5. Điều khoản thi hành.',
      '1. Uỷ ban nhân dân các tỉnh Tây Nguyên và Tây Ninh theo chức năng và thẩm quyền phối hợp với Hội Chữ thập đỏ Việt Nam hướng dẫn triển khai thực hiện Dự án.',
      '2. Sở Tài chính trong phạm vi chức năng, nhiệm vụ được giao bố trí kinh phí.',
    ].join('\n');
    expect(tasksOf(body)).toEqual(['Điều 5.1: Uỷ ban nhân dân các tỉnh Tây Nguyên và Tây Ninh', 'Điều 5.2: Sở Tài chính']);
  });
  it('a date before the document\'s own is a condition, not a deadline', () => {
    const t = extract('| BỘ XÂY DỰNG ******** | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ******** |\n|---|---|\n| Số: 04/2001/TT-BXD | Hà Nội, ngày 20 tháng 8 năm 2001 |\n\nTHÔNG TƯ\n\nCỦA BỘ XÂY DỰNG SỐ 04/2001/TT-BXD NGÀY 20 THÁNG 8 NĂM 2001 HƯỚNG DẪN BỔ SUNG VIỆC HỖ TRỢ NGƯỜI HOẠT ĐỘNG CÁCH MẠNG CẢI THIỆN NHÀ Ở\n\nCăn cứ Quyết định số 20/2000/QĐ-TTg ngày 3 tháng 2 năm 2000 của Thủ tướng Chính phủ về việc hỗ trợ người hoạt động cách mạng cải thiện nhà ở; Sau khi thống nhất ý kiến với Ban tổ chức Trung ương Đảng (Văn bản số 152/CV-TCTW ngày 6/6/2001), Bộ Tài chính (Văn bản số 4773/TC-CSTC ngày 25/5/2001) và được sự đồng ý của Thủ tướng Chính phủ (Văn bản số 710/CP-CN ngày 6/8/2001). Bộ Xây dựng hướng dẫn như sau:\n\n1. Những người đã mua nhà ở trước ngày 5/7/1994 thì Uỷ ban nhân dân cấp tỉnh hỗ trợ theo Thông tư số 5/2000/TT-BXD ngày 27/6/2000 của Bộ Xây dựng và mục 5 Thông tư số 05/2000/TT-BXD.\n\nThông tư này có hiệu lực thi hành kể từ ngày ký.\n\n|  | Nguyễn Mạnh Kiểm (Đã ký) |\n|---|---|\n').tasks.find((x) => x.section === '1');
    expect(t?.deadline ?? null).toBeNull();
    const later = extract('ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KH-UBND\nX, ngày 01 tháng 02 năm 2024\n\nKẾ HOẠCH\nVề việc thử\n\n1. Sở Tài chính báo cáo trước ngày 30/6/2024.\n').tasks[0];
    expect(later?.deadline?.iso).toBe('2024-06-30');
  });
});

describe('a heading in capitals', () => {
  it('"NHIỆM VỤ CHỦ YẾU CỦA BỘ …" over points that name nobody, and a body named alone, give their body in sentence case; a part\'s title names nobody', () => {
    const body = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Triển khai thực hiện hiệu quả các nhiệm vụ.',
      'II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
      '1. Chủ trì, phối hợp với các Bộ xây dựng, trình Chính phủ Nghị định.',
      '2. Xây dựng và ban hành Kế hoạch giảm nhẹ phát thải khí nhà kính.',
      'III. SỞ Y TẾ',
      'Chủ trì, phối hợp với các sở xây dựng kế hoạch.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Cục Biến đổi khí hậu có trách nhiệm theo dõi, đôn đốc.',
    ].join('\n');
    expect(tasksOf(body)).toEqual(['II: Bộ Tài nguyên và Môi trường', 'III: Sở Y tế', 'IV.1: Cục Biến đổi khí hậu']);
  });
});

describe('a letter that answers one', () => {
  it('gives its view point by point: only a point that asks something of its addressee is a task for all', () => {
    const r = extract(
      [
        'BỘ CÔNG THƯƠNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 1178/ĐCK-CTT    Hà Nội, ngày 09 tháng 7 năm 2025',
        'V/v hướng dẫn về công tác quản lý cụm công nghiệp',
        'Kính gửi: Sở Công Thương tỉnh Lào Cai',
        'Cục ĐCK nhận được Công văn số 212/SCT-QLCN ngày 03 tháng 7 năm 2025 của Sở Công Thương tỉnh Lào Cai về việc xin ý kiến; sau khi xem xét, Cục ĐCK có ý kiến như sau:',
        '1. Về điều kiện thành lập, mở rộng CCN',
        'Vì vậy, Ủy ban nhân dân cấp tỉnh quyết định thực hiện nội dung trên cho phù hợp điều kiện thực tế của địa phương.',
        '2. Về địa giới hành chính áp dụng cho thành lập CCN',
        'Vì vậy, đề nghị địa phương căn cứ địa giới hành chính mới để xác định địa điểm.',
        '3. Về cấp Giấy phép xuất khẩu',
        // (a tone OCR misread: "Để nghị")
        'Để nghị tham khảo Công văn số 597/HC-QLHC ngày 27 tháng 3 năm 2026 của Cục Hóa chất.',
        '4. Về thuế suất',
        // ("giao dịch" is no "giao" that gives work)
        'Giao dịch chuyển nhượng tín chỉ các-bon là dịch vụ xuất khẩu thì áp dụng thuế suất 0%.',
        'Trên đây là ý kiến trao đổi của Cục ĐCK để Quý Sở nghiên cứu, thực hiện./.',
      ].join('\n'),
    );
    expect(r.citations[0]?.relation).toBe('replies_to');
    expect(r.tasks.map((t) => [t.section, t.assignees])).toEqual([
      ['2', []],
      ['3', []],
    ]);
  });
});

describe('a part with no points of its own', () => {
  it('is a task for all where it asks something of someone, not where it only sets out rules', () => {
    const r = extract(
      [
        'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 150/SNNMT-KS    Lào Cai, ngày 05 tháng 8 năm 2025',
        'V/v hướng dẫn thực hiện Luật Địa chất và khoáng sản',
        'Kính gửi: Các tổ chức, cá nhân hoạt động khoáng sản.',
        'I. Về báo cáo định kỳ',
        'Báo cáo định kỳ hoạt động khoáng sản được lập và nộp trước ngày 15 tháng 02 của năm liền kề.',
        'II. Đối với các mỏ hết thời hạn khai thác',
        'Trường hợp không có nhu cầu tiếp tục gia hạn đề nghị tổ chức, cá nhân thực hiện các thủ tục lập đề án đóng cửa mỏ.',
        'Sở Nông nghiệp và Môi trường yêu cầu các đơn vị, tổ chức, cá nhân nghiêm túc triển khai thực hiện./.',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => [t.section, t.assignees])).toEqual([['II', []]]);
  });
});

describe('a point\'s body and its verb', () => {
  it('"Các sở … theo chức năng nhiệm vụ, phối hợp với Sở" (its line cut at a wrap) is the bodies before the aside, not a name', () => {
    const body = ['1. Sở Nông nghiệp và Môi trường chủ trì tham mưu.', '2. Các sở, ban, ngành cấp tỉnh theo chức năng nhiệm vụ, phối hợp với Sở', 'Nông nghiệp và Môi trường triển khai thực hiện.'].join('\n');
    expect(tasksOf(body)).toEqual(['1: Sở Nông nghiệp và Môi trường', '2: Các sở, ban, ngành cấp tỉnh']);
  });

  it('a statute\'s scope ("Đối tượng áp dụng", "Phạm vi điều chỉnh") names whom it applies to, not tasks; marks a scan misread too', () => {
    const body = [
      'Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng',
      '1. Phạm vi điều chỉnh: Thông tư liên tịch này quy định về phối hợp.',
      '2. Đồi tượng áp dụng:',
      'a) Công an xã, phường, đặc khu;',
      'b) Viện kiểm sát nhân dân;',
      'c) Tòa án nhân dân.',
      'Điều 2. Đối tượng áp dụng',
      '1. Sở Tài chính;',
      '2. Sở Xây dựng.',
      'Điều 3. Sở Nội vụ chủ trì hướng dẫn thực hiện Quyết định này.',
    ].join('\n');
    expect(tasksOf(body)).toEqual(['Điều 3: Sở Nội vụ']);
  });
  it('"Giao nhiệm vụ cho X" names X', () => {
    const body = ['Điều 1. Giao nhiệm vụ lập biên bản vi phạm hành chính', 'Giao nhiệm vụ cho Phó Trưởng phòng phụ trách lĩnh vực khoáng sản thuộc Phòng Quản lý công nghiệp khi thực hiện nhiệm vụ công vụ có thẩm quyền lập biên bản.', 'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.'].join('\n');
    expect(tasksOf(body)).toEqual(['Điều 1: Phó Trưởng phòng phụ trách lĩnh vực khoáng sản thuộc Phòng Quản lý công nghiệp']);
  });
});
