// Unnumbered citations: instruments named without a number.
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const HEAD = 'ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/QĐ-UBND\nX, ngày 01 tháng 02 năm 2024\n\nQUYẾT ĐỊNH\nVề việc thử\n\n';
const names = (body: string) => extract(`${HEAD}${body}\n`).unnumberedCitations.map((u) => u.text);

describe('extractUnnumbered', () => {
  it('reads a law by its name, with the date or year that closes it', () => {
    expect(names('Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nCăn cứ Luật Giáo dục 2019;\nCăn cứ Luật Đất đai năm 2024;')).toEqual([
      'Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015',
      'Luật Giáo dục 2019',
      'Luật Đất đai năm 2024',
    ]);
    expect(names('Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;')).toEqual(['Luật Tổ chức HĐND và UBND ngày 26/11/2003']);
  });

  it('ends a name where the sentence goes on, and takes the commas of names that have them', () => {
    expect(names('Thực hiện Luật Hóa chất, các doanh nghiệp phải báo cáo.')).toEqual(['Luật Hóa chất']);
    expect(names('Theo Luật Khoáng sản hiện hành thì tổ chức phải nộp hồ sơ.')).toEqual(['Luật Khoáng sản']);
    expect(names('Căn cứ Luật Phòng, chống tham nhũng và các văn bản hướng dẫn.')).toEqual(['Luật Phòng, chống tham nhũng']);
    expect(names('Triển khai Luật Thi đua, khen thưởng trong toàn ngành.')).toEqual(['Luật Thi đua, khen thưởng']);
    // any comma, when a few lower-case words and the law's date follow it
    expect(names('Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;')).toEqual(['Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012']);
    expect(names('Thực hiện Luật Đầu tư, các văn bản hướng dẫn năm 2020.')).toEqual(['Luật Đầu tư']);
    // one "và" joins the words of one name; another, or one before an instrument, ends it
    expect(names('Căn cứ Luật Phòng cháy và chữa cháy và Nghị định hướng dẫn.')).toEqual(['Luật Phòng cháy và chữa cháy']);
    expect(names('Theo Luật Địa chất và khoáng sản và khoản 2 Điều 5.')).toEqual(['Luật Địa chất và khoáng sản']);
    // several commas, and a "và", before the date
    expect(names('Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 26 tháng 8 năm 2024;')).toEqual([
      'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 26 tháng 8 năm 2024',
    ]);
  });

  it('a name cut at one of its commas is the short form of the full name cited before', () => {
    expect(names('Thực hiện đúng các quy định tại Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024; Nghị định số 181/2024/NĐ-CP quy định chi tiết một số điều của Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ; Thông tư số 23/2024/TT-BCT.')).toEqual([
      'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024',
    ]);
  });
  it('ends a name at "và" before a clause\'s verb, not at "và" inside the name', () => {
    expect(names('Theo quy định tại Khoản 3 Điều 61 Luật Lâm nghiệp và thực hiện Đề án một triệu ha lúa chất lượng cao.')).toEqual(['Luật Lâm nghiệp']);
    expect(names('Căn cứ Luật Phòng cháy và chữa cháy năm 2001;')).toEqual(['Luật Phòng cháy và chữa cháy năm 2001']);
  });
  it('is no name: a lawyer, the law in general, a numbered law, "Luật này"', () => {
    expect(names('Luật sư Nguyễn Văn A và theo luật định; Luật này có hiệu lực; Luật Đất đai số 31/2024/QH15; Luật Xây dựng 62/2020/QH14.')).toEqual([]);
    // "pháp luật" in capitals, as a site's name writes it: "Hệ Thống Pháp Luật vui lòng …"
    expect(names('Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước; tuân thủ Pháp Luật Việt Nam ngày 01/01/2025.')).toEqual([]);
  });

  it('a short form after the full name, or the name again with its year, is one law', () => {
    expect(
      names('Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015;\nTheo Luật Bầu cử, Ủy ban bầu cử công bố kết quả.\nLuật Xây dựng 2014 và Luật Xây dựng năm 2014.'),
    ).toEqual(['Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015', 'Luật Xây dựng năm 2014']);
    // written with its day, a name is a law cited in full, not the short form of a longer phrase
    expect(names('Căn cứ Luật Doanh nghiệp ngày 12 tháng 6 năm 1999;\nCác doanh nghiệp hoạt động theo Luật Doanh nghiệp và hộ kinh doanh cá thể.')).toEqual([
      'Luật Doanh nghiệp ngày 12 tháng 6 năm 1999',
      'Luật Doanh nghiệp và hộ kinh doanh cá thể',
    ]);
  });

  it('a law the text also cites by its number is that citation, its name one more mention', () => {
    const text = `${HEAD}Căn cứ Luật Xây dựng số 50/2014/QH13 ngày 18/6/2014;\nCăn cứ Luật số 85/2015/QH13 ngày 25/6/2015 về Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân;\nCăn cứ Luật Đất đai số 31/2024/QH15;\nTheo Điều 57 Luật Xây dựng năm 2014 và Luật Bầu cử; Luật Đất đai năm 2013 đã hết hiệu lực; Luật Giáo dục 2019.\n`;
    const r = extract(text);
    // the 2013 land law shares the name, not the year: another law
    expect(r.unnumberedCitations.map((u) => u.text)).toEqual(['Luật Đất đai năm 2013', 'Luật Giáo dục 2019']);
    const xd = r.citations.find((c) => c.number?.value === '50/2014/QH13')!;
    expect(xd.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Luật Xây dựng số 50/2014/QH13 ngày 18/6/2014', 'Luật Xây dựng năm 2014']);
    const bc = r.citations.find((c) => c.number?.value === '85/2015/QH13')!;
    expect(bc.mentions.map((m) => text.slice(m.start, m.end)).at(-1)).toBe('Luật Bầu cử');
    // one or two words more make another law: "Luật Đầu tư" is not "Luật Đầu tư công"
    expect(names('Căn cứ Luật Đầu tư công số 39/2019/QH14;\nTheo Luật Đầu tư, nhà đầu tư đăng ký.')).toEqual(['Luật Đầu tư']);
    // a letter slipped in the name ("koáng") still names it
    expect(names('Căn cứ Luật Địa chất và koáng sản số 54/2024/QH15;\nTheo Luật Địa chất và khoáng sản năm 2024.')).toEqual([]);
  });

  it('a name hard-wrapped over lines, and the words of a name that also end sentences', () => {
    expect(names('Căn cứ Luật Tổ chức chính\nquyền địa phương ngày 19 tháng 6 năm 2015;')).toEqual(['Luật Tổ chức chính\nquyền địa phương ngày 19 tháng 6 năm 2015'.replace('\n', ' ')]);
    expect(names('Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nTheo Luật Đất đai quy định thì …')).toEqual([
      'Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015',
      'Luật Đất đai',
    ]);
  });

  it('an amending law keeps the law it amends', () => {
    expect(names('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học ngày 19 tháng 11 năm 2018;')).toEqual([
      'Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học ngày 19 tháng 11 năm 2018',
    ]);
    expect(names('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;')).toEqual([
      'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
    ]);
    // (the amended may be a code or a count of laws; "Luật sửa đổi" alone is no name: the one
    // below has its number, "… số 118/2025/QH15")
    expect(names('là quy định tại điểm b khoản 2 Điều 2 Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự ngày 20 tháng 6 năm 2017;')).toEqual([
      'Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự ngày 20 tháng 6 năm 2017',
    ]);
    expect(names('Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2024/QH15; Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự số 118/2025/QH15;')).toEqual([]);
    // a verb of two words after the name ends it ("… thay thế Nghị định 38", "… khái niệm …")
    expect(names('Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm thay thế Nghị định 38/2012/NĐ-CP. Theo quy định tại Khoản 16 Điều 4 Luật Doanh nghiệp khái niệm "kinh doanh" được hiểu là.')).toEqual([
      'Luật An toàn thực phẩm',
      'Luật Doanh nghiệp',
    ]);
    // "Điều" written in capitals
    expect(names('Căn cứ Nghị định số 89/2008/NĐ-CP hướng dẫn thi hành Pháp lệnh sửa đổi, bổ sung một số Điều của Pháp lệnh ưu đãi người có công với cách mạng;')).toEqual([
      'Pháp lệnh sửa đổi, bổ sung một số Điều của Pháp lệnh ưu đãi người có công với cách mạng',
    ]);
    // an ordinance amending a whole ordinance, without "một số điều của"
    expect(names('Căn cứ Pháp lệnh sửa đổi, bổ sung Pháp lệnh ưu đãi người có công với cách mạng của Ủy ban thường vụ Quốc hội;')).toEqual([
      'Pháp lệnh sửa đổi, bổ sung Pháp lệnh ưu đãi người có công với cách mạng',
    ]);
    // the phrase standing short after "người"
    expect(names('ban hành Thông tư theo quy định của Pháp lệnh người có công, báo cáo Phó Thủ tướng.')).toEqual(['Pháp lệnh người có công']);
  });

  it('"nhà ở" (housing) inside a name is no stop', () => {
    expect(names('Căn cứ Luật nhà ở ngày 29 tháng 11 năm 2005;\nCăn cứ Luật Đất đai ở địa phương.')).toEqual(['Luật nhà ở ngày 29 tháng 11 năm 2005', 'Luật Đất đai']);
  });

  it('"phòng không", "hàng không" (air defence, aviation) inside a name are no stop; "không" after another word is', () => {
    expect(names('Căn cứ Luật Phòng không nhân dân ngày 27 tháng 11 năm 2024;\nCăn cứ Luật Hàng không dân dụng Việt Nam năm 2006;')).toEqual([
      'Luật Phòng không nhân dân ngày 27 tháng 11 năm 2024',
      'Luật Hàng không dân dụng Việt Nam năm 2006',
    ]);
    expect(names('Thực hiện Luật Đất đai không đúng quy định.')).toEqual(['Luật Đất đai']);
  });

  it('"Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân" keeps its "của"', () => {
    expect(names('Căn cứ Luật Hoạt động giám sát của\nQuốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;\nCăn cứ Luật Hoạt động giám sát của Quốc hội và HĐND ngày 20/11/2015;\nThực hiện Luật Đất đai của Quốc hội.')).toEqual([
      'Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015',
      'Luật Hoạt động giám sát của Quốc hội và HĐND ngày 20/11/2015',
      'Luật Đất đai',
    ]);
  });
  it('an amending law whose marks a scan misread ("sửa đối, bỗ sung") keeps the law it amends', () => {
    expect(names('Căn cứ Luật sửa đối, bỗ sung một số điều của Luật Đất đai ngày 29 tháng 6 năm 2024;')).toEqual([
      'Luật sửa đối, bỗ sung một số điều của Luật Đất đai ngày 29 tháng 6 năm 2024',
    ]);
  });
  it('one name given with two years is two instruments; a mention without a year goes with the first', () => {
    expect(names('Căn cứ Luật Xử lý vi phạm hành chính ngày 20/6/2012; Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính ngày 13/11/2020; Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính ngày 25/6/2025;\nTheo Luật Xử lý vi phạm hành chính thì cơ quan phải xử lý.')).toEqual([
      'Luật Xử lý vi phạm hành chính ngày 20/6/2012',
      'Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính ngày 13/11/2020',
      'Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính ngày 25/6/2025',
    ]);
    expect(names('Căn cứ Luật Xây dựng 2014; thực hiện Luật Xây dựng năm 2014 và Luật Đất đai.')).toEqual(['Luật Xây dựng năm 2014', 'Luật Đất đai']);
  });
  it('a date whose words a scan left without marks closes the name ("ngay 21 thang 6 năm 2024")', () => {
    expect(names('Căn cứ Luật Lưu trữ ngay 21 thang 6 năm 2024;\nCăn cứ Luật Giáo dục đại học ngày 18 tháng 6 năm 2012; Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học ngày 19 thang 11 nam 2018;')).toEqual([
      'Luật Lưu trữ ngay 21 thang 6 năm 2024',
      'Luật Giáo dục đại học ngày 18 tháng 6 năm 2012',
      'Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học ngày 19 thang 11 nam 2018',
    ]);
  });

  it('a strategy, plan or scheme inside a sentence, with its horizon, number or quoted name', () => {
    expect(names('Thực hiện Chiến lược phát triển trồng trọt đến năm 2030, tầm nhìn đến năm 2050 và Đề án 06 của Chính phủ.')).toEqual([
      'Chiến lược phát triển trồng trọt đến năm 2030, tầm nhìn đến năm 2050',
      'Đề án 06 của Chính phủ',
    ]);
    expect(names('Triển khai Đề án “Phát triển bền vững một triệu héc-ta lúa chất lượng cao”.')).toEqual(['Đề án "Phát triển bền vững một triệu héc-ta lúa chất lượng cao"']); // quotes as normalize writes them
    // named by its number, a plan goes on only with whose it is
    expect(names('Triển khai Đề án 06 trên địa bàn xã năm 2025.')).toEqual(['Đề án 06']);
    expect(names('Triển khai Đề án 06 trên địa bàn xã; thực hiện Đề án 06 của Chính phủ.')).toEqual(['Đề án 06 của Chính phủ']);
    // no horizon, number or quotes: as likely a common noun as a title
    expect(names('Sở Xây dựng lập Đề án hỗ trợ người có công về nhà ở.')).toEqual([]);
  });

  it('a name ends before what the sentence asks of the law; "theo phương thức đối tác công tư" and "không gian" are a name\'s words', () => {
    expect(names('Tuyên truyền Luật địa chất và khoáng sản bảo đảm có hiệu lực thi hành; Luật Đầu tư theo phương thức đối tác công tư... Tiếp tục.')).toEqual([
      'Luật địa chất và khoáng sản',
      'Luật Đầu tư theo phương thức đối tác công tư',
    ]);
    // (a plan's horizon wrapped at its dash)
    expect(names('Triển khai; thực hiện hiệu quả Quy hoạch không gian biển quốc gia thời kỳ 2021\n- 2030, tầm nhìn đến năm 2050. Quản lý.')).toEqual([
      'Quy hoạch không gian biển quốc gia thời kỳ 2021 - 2030, tầm nhìn đến năm 2050',
    ]);
    // a plan's name keeps "bảo đảm"; "theo" otherwise ends a name
    expect(names('thực hiện Chiến lược quốc gia bảo đảm trật tự an toàn giao thông đến năm 2030; Luật Đầu tư theo quy định.')).toEqual([
      'Chiến lược quốc gia bảo đảm trật tự an toàn giao thông đến năm 2030',
      'Luật Đầu tư',
    ]);
  });
  it('an action programme named by whose it is, not when its number follows', () => {
    expect(names('Thực hiện Chương trình hành động của Tỉnh ủy Cần Thơ và các kế hoạch của tỉnh.')).toEqual(['Chương trình hành động của Tỉnh ủy Cần Thơ']);
    expect(names('Theo Chương trình hành động của Chính phủ thực hiện Nghị quyết.')).toEqual(['Chương trình hành động của Chính phủ']);
    expect(names('Theo Chương trình hành động của Tỉnh ủy Cần Thơ số 15-CTr/TU ngày 01/02/2021.')).toEqual([]);
    expect(names('Xây dựng Chương trình hành động của đơn vị.')).toEqual([]);
  });

  it('a law\'s amendments in brackets after its year are part of its name', () => {
    expect(names('trọng tâm là: Bộ Luật hình sự năm 2015 (sửa đổi, bổ sung một số điều năm 2017); Luật Đất đai năm 2024 (mới).')).toEqual([
      'Bộ Luật hình sự năm 2015 (sửa đổi, bổ sung một số điều năm 2017)',
      'Luật Đất đai năm 2024',
    ]);
    // and name the same law as its name in full: a short form of it
    expect(names('thực hiện Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân; theo Luật Bầu cử năm 2015 (được sửa đổi, bổ sung năm 2025).')).toEqual([
      'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân',
    ]);
  });
  it('a Central Committee plenum\'s resolution with its session in figures and its term in brackets', () => {
    expect(names('theo tinh thần Nghị quyết Hội nghị Ban chấp hành Trung ương Đảng lần thứ 8 (khoá VII) về cải cách một bước nền hành chính, Chương trình')).toEqual([
      'Nghị quyết Hội nghị Ban chấp hành Trung ương Đảng lần thứ 8 (khoá VII)',
    ]);
  });
  it('fixed forms: the Constitution, the Party statute, congress resolutions', () => {
    expect(names('Căn cứ Hiến pháp năm 2013, Điều lệ Đảng và Nghị quyết Đại hội XIII của Đảng.')).toEqual(['Hiến pháp năm 2013', 'Điều lệ Đảng', 'Nghị quyết Đại hội XIII của Đảng']);
    // a Party body's working or election rules, named by whose they are
    expect(names('- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khoá XIII;\n- Theo Quy chế bầu cử trong Đảng của Ban Chấp hành Trung ương.')).toEqual([
      'Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khoá XIII',
      'Quy chế bầu cử trong Đảng của Ban Chấp hành Trung ương',
    ]);
    // whose rules they are unsaid: the words are common nouns
    expect(names('Các chi bộ xây dựng Quy chế làm việc theo hướng dẫn.')).toEqual([]);
  });

  it('an ordinance as a law; a treaty inside a sentence by the words that open its name', () => {
    expect(names('Thân nhân liệt sĩ quy định tại Điều 14 của Pháp lệnh Ưu đãi người có công với cách mạng; thương binh.')).toEqual(['Pháp lệnh Ưu đãi người có công với cách mạng']);
    expect(names('Bảo đảm tuân thủ đúng theo Hiệp định về quy chế quản lý biên giới trên đất liền Việt Nam - Trung Quốc và các quy định khác.')).toEqual(['Hiệp định về quy chế quản lý biên giới']);
    expect(names('Thực hiện hiệu quả Hiệp định VPA/PLEGT, tạo điều kiện xuất khẩu gỗ.')).toEqual(['Hiệp định VPA/PLEGT']);
    // treaties in general, and a scan's "Hiệp định thuế của …", name no one instrument
    expect(names('Thực hiện hiệu quả các Hiệp định thương mại tự do thế hệ mới.')).toEqual([]);
    expect(names('Hồ sơ đề nghị miễn thuế theo Hiệp định thuế của Cơ quan thuế.')).toEqual([]);
    // a scan's misread mark ("thuê") does not make a second treaty
    expect(names('Miễn thuế theo Hiệp định tránh đánh thuế hai lần. Áp dụng Hiệp định tránh đánh thuê hai lần.')).toEqual(['Hiệp định tránh đánh thuế hai lần']);
  });

  it('each name carries its span in the original text', () => {
    const text = `${HEAD}Căn cứ Luật Giáo dục 2019;\n`;
    const u = extract(text).unnumberedCitations[0]!;
    expect(text.slice(u.span.start, u.span.end)).toBe('Luật Giáo dục 2019');
  });
});
