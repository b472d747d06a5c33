import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/core/plan/readPlan';
import type { DocumentSnapshot } from '../../../src/core/snapshot';
import { fixtureText, planWithBody, readFixture, readText } from './support';

const tasksOf = (body: string) => readText(planWithBody(`II. NHIỆM VỤ, GIẢI PHÁP\n${body}`)).tasks;

describe('task fields', () => {
  it.each(['Đơn vị chủ trì', 'Cơ quan chủ trì', 'Cơ quan thực hiện', 'Cơ quan, đơn vị chủ trì', 'Đơn vị/Cơ quan chủ trì', 'Đơn vị thực hiện', 'Chủ trì'])('accepts "%s" as the lead label', (label) => {
    const [task] = tasksOf(`1. Tuyên truyền pháp luật\n- ${label}: Phòng Văn hóa - Xã hội.\n- Thời gian thực hiện: Thường xuyên.`);
    expect(task.lead).toBe('Phòng Văn hóa - Xã hội');
    expect(task.fields.lead).toMatchObject({ label, source: 'label' });
  });

  it.each(['Đơn vị phối hợp', 'Cơ quan phối hợp', 'Cơ quan, đơn vị phối hợp'])('accepts "%s" as the cooperating label', (label) => {
    const [task] = tasksOf(`1. Tuyên truyền\nĐơn vị chủ trì: Văn phòng.\n${label}: Các thôn.`);
    expect(task.cooperating).toBe('Các thôn');
  });

  it('reads "Đơn vị thực hiện" beside a "chủ trì" label as the units that carry it out', () => {
    const [task] = tasksOf('1. Bồi dưỡng cán bộ nữ\nĐơn vị chủ trì: Phòng Hành chính.\nĐơn vị thực hiện: Các phòng, ban.\nThời gian thực hiện: Thường xuyên.');
    expect([task.lead, task.cooperating]).toEqual(['Phòng Hành chính', 'Các phòng, ban']);
  });

  it.each(['Thời gian thực hiện', 'Thời gian hoàn thành', 'Thời hạn', 'Tiến độ', 'Thời gian'])('accepts "%s" as the timing label', (label) => {
    const [task] = tasksOf(`1. Rà soát văn bản\n- Cơ quan chủ trì: Sở Tư pháp.\n- ${label}: Quý IV năm 2026.`);
    expect(task.timing).toBe('Quý IV năm 2026');
  });

  it('reads "Thời gian thực hiện" written without its colon', () => {
    const [task] = tasksOf('1. Triển khai Chiến lược\nCơ quan chủ trì: Sở Khoa học và Công nghệ.\nThời gian thực hiện sau khi Chiến lược được ban hành.');
    expect(task.timing).toBe('sau khi Chiến lược được ban hành');
  });

  it('reads several fields on one line', () => {
    const [task] = tasksOf('1. Phát triển cụm công nghiệp\n- Đôn đốc hoàn thiện hạ tầng.\nĐơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng, Văn phòng Sở.');
    expect(task).toMatchObject({ path: 'II.1', lead: 'Phòng Quản lý Công nghiệp', cooperating: 'Phòng Quản lý Năng lượng, Văn phòng Sở', timing: null });
  });

  it('reads point-lettered fields on one line ("a) Cơ quan chủ trì: …; b) Cơ quan phối hợp: …")', () => {
    const [task] = tasksOf('1. Rà soát văn bản\na) Cơ quan chủ trì: Sở Nội vụ; b) Cơ quan phối hợp: Các sở, ngành; c) Thời gian thực hiện: Năm 2026.');
    expect([task.lead, task.cooperating, task.timing]).toEqual(['Sở Nội vụ', 'Các sở, ngành', 'Năm 2026']);
  });

  it('reads the inline form "Sở X chủ trì, phối hợp với Y"', () => {
    const [task] = tasksOf('1. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ tổ chức tập huấn cho cán bộ.\n- Thời gian thực hiện: Năm 2026.\n2. Kiểm tra việc thực hiện\n- Cơ quan chủ trì: Thanh tra tỉnh.');
    expect(task.fields.lead).toMatchObject({ value: 'Sở Tư pháp', source: 'inline' });
    expect(task.cooperating).toBe('Sở Nội vụ');
  });

  it.each([
    ['1. Giám sát, phát hiện sớm các ca bệnh; Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, hoàn thành trong năm 2026.', 'Trung tâm Kiểm soát bệnh tật tỉnh'],
    ['1. Quy hoạch xây dựng nông thôn mới; Sở Xây dựng chủ trì, thời gian thực hiện: Quý I/2026.', 'Sở Xây dựng'],
    ['1. Truyền thông phòng, chống dịch; Trung tâm Truyền thông chủ trì thực hiện thường xuyên.', 'Trung tâm Truyền thông'],
    ['1. Hoàn thiện thể chế; Công an tỉnh chủ trì, phối hợp\nvới Sở Tư pháp thực hiện; thời gian thực hiện: năm 2026.', 'Công an tỉnh'],
  ])('reads the inline lead after the task\'s title and a ";", with or without a cooperating body: %s', (body, lead) => {
    const plan = readText(planWithBody(`II. NHIỆM VỤ, GIẢI PHÁP\n${body}\n2. Tuyên truyền pháp luật; Sở Tư pháp chủ trì, phối hợp với các sở thực hiện.`));
    expect(plan.tasks.map((t) => [t.path, t.lead, t.fields.lead?.source])).toEqual([['II.1', lead, 'inline'], ['II.2', 'Sở Tư pháp', 'inline']]);
    expect(plan.taskLabelStyle).toBe('per-task');
  });

  it('reads an inline lead a hard line break cut in two ("… Trung tâm Kiểm soát bệnh tật tỉnh chủ" / "trì, hoàn thành …")', () => {
    const plan = readText(planWithBody('II. NHIỆM VỤ, GIẢI PHÁP\n1. Giám sát, phát hiện sớm các ca bệnh; Trung tâm Kiểm soát bệnh tật tỉnh chủ\ntrì, hoàn thành trong năm 2026.\n2. Truyền thông phòng, chống dịch; Trung tâm Truyền thông chủ trì thực hiện.'));
    expect(plan.tasks.map((t) => [t.path, t.lead])).toEqual([['II.1', 'Trung tâm Kiểm soát bệnh tật tỉnh'], ['II.2', 'Trung tâm Truyền thông']]);
  });

  it('reads a field value a hard line break cut ("- Cơ quan thực hiện: Sở Khoa" / "học và Công nghệ; Sở Tư pháp.")', () => {
    const [task] = tasksOf('1. Tuyên truyền, phổ biến Luật\n- Cơ quan thực hiện: Sở Khoa\nhọc và Công nghệ; Sở Tư pháp.\n- Thời gian thực hiện: năm 2026 và các\nnăm tiếp theo.');
    expect([task.lead, task.timing]).toEqual(['Sở Khoa học và Công nghệ; Sở Tư pháp', 'năm 2026 và các năm tiếp theo']);
  });

  it('does not take "chủ trì" inside a sentence about a body for an inline lead', () => {
    const plan = readText(planWithBody('II. NHIỆM VỤ, GIẢI PHÁP\n1. Nâng cao năng lực của cơ quan chủ trì thẩm định; bồi dưỡng cán bộ.\n2. Tuyên truyền pháp luật.'));
    expect(plan.tasks).toEqual([]);
  });

  it('reads fields with either tone placement or in capitals', () => {
    const [task] = tasksOf('1. Hoà giải ở cơ sở\nĐƠN VỊ CHỦ TRÌ: Uỷ ban Mặt trận.\nthời gian thực hiện: Thường xuyên.');
    expect([task.lead, task.timing]).toEqual(['Uỷ ban Mặt trận', 'Thường xuyên']);
  });
});

describe('which items are tasks', () => {
  it('takes the labelled items of the tasks section, nested ones with their full path', () => {
    const plan = readFixture('so-tu-phap-per-task.txt');
    expect(plan.tasks.map((t) => t.path)).toEqual(['III.1', 'III.2', 'III.3.1.a', 'III.3.1.b', 'III.4', 'III.5']);
    expect(plan.tasks[0]).toMatchObject({ lead: 'Phòng Phổ biến, giáo dục pháp luật', cooperating: 'Văn phòng Sở; Thanh tra Sở', timing: 'Thường xuyên', paragraph: 29, endParagraph: 32, source: 'item' });
  });

  it('flags an unlabelled sibling of labelled tasks as a task with no lead and no timing', () => {
    const task = readFixture('so-tu-phap-per-task.txt').tasks.find((t) => t.path === 'III.4')!;
    expect(task).toMatchObject({ title: 'Tổ chức hội thi tìm hiểu pháp luật về bình đẳng giới cho công chức, viên chức', lead: null, timing: null, paragraph: 44 });
  });

  it('does not take a heading over labelled tasks for a task', () => {
    const paths = readFixture('so-tu-phap-per-task.txt').tasks.map((t) => t.path);
    expect(paths).not.toContain('III.3');
    expect(paths).not.toContain('III.3.1');
  });

  it('reads a plan with no labels as assigning work elsewhere: no tasks, none flagged', () => {
    const plan = readFixture('xa-none-style.txt');
    expect(plan.tasks).toEqual([]);
    expect(plan.taskLabelStyle).toBe('none');
  });

  it('keeps a task whose lead line was deleted, at the same path, with lead null', () => {
    const lines = fixtureText('so-tu-phap-per-task.txt').split('\n');
    const without = lines.filter((l) => !l.startsWith('- Đơn vị chủ trì: Phòng Phổ biến'));
    const plan = readText(without.join('\n'));
    const task = plan.tasks.find((t) => t.title.startsWith('Tuyên truyền, phổ biến'))!;
    expect(task).toMatchObject({ path: 'III.1', lead: null, cooperating: 'Văn phòng Sở; Thanh tra Sở', timing: 'Thường xuyên' });
  });

  it('ignores labels in other sections than the tasks section', () => {
    const plan = readText(planWithBody('II. TỔ CHỨC THỰC HIỆN\n1. Phạm vi: toàn xã.\n2. Thời gian thực hiện: Từ năm 2026 đến năm 2030.\n3. Văn phòng chủ trì, phối hợp với các thôn triển khai.'));
    expect(plan.tasks).toEqual([]);
  });

  it('says how the plan labels its tasks', () => {
    expect(readFixture('so-tu-phap-per-task.txt').taskLabelStyle).toBe('per-task');
    expect(readFixture('appendix-table.txt').taskLabelStyle).toBe('table');
  });
});

describe('content controls', () => {
  it('takes a tagged field over the label printed beside it', () => {
    const snapshot: DocumentSnapshot = {
      source: 'nhap.docx',
      paragraphs: [
        { index: 1, text: 'I. NHIỆM VỤ, GIẢI PHÁP', tags: [] },
        { index: 2, text: '1. Tuyên truyền pháp luật', tags: [] },
        { index: 3, text: 'Đơn vị chủ trì: Phòng Văn hóa - Xã hội', tags: ['kh:lead'] },
        { index: 4, text: 'Thời gian: Quý III/2026', tags: ['kh:timing'] },
        { index: 5, text: 'Đơn vị phối hợp: Các thôn', tags: ['kh:cooperating'] },
        { index: 6, text: '2. Kiểm tra, giám sát', tags: [] },
        { index: 7, text: 'Văn phòng HĐND và UBND xã', tags: ['kh:lead'] },
        { index: 8, text: '', tags: ['kh:timing'] },
      ],
    };
    const plan = readPlan(snapshot);
    expect(plan.tasks.map((t) => [t.path, t.lead, t.timing, t.fields.lead?.source])).toEqual([
      ['I.1', 'Phòng Văn hóa - Xã hội', 'Quý III/2026', 'control'],
      ['I.2', 'Văn phòng HĐND và UBND xã', null, 'control'],
    ]);
    expect(plan.tasks[1].fields.timing).toMatchObject({ value: '', source: 'control', paragraph: 8 });
    expect(plan.tasks[0].fields.cooperating).toMatchObject({ value: 'Các thôn', source: 'control' });
  });
});

describe('appendix task tables', () => {
  it('reads a one-cell-per-line table as tasks from the table', () => {
    const plan = readFixture('appendix-table.txt');
    expect(plan.tasks.map((t) => [t.path, t.title, t.lead, t.cooperating, t.timing, t.source])).toEqual([
      ['PL.I.1', 'Rà soát quy định về thương mại điện tử của tỉnh', 'Sở Công Thương', 'Sở Tư pháp', 'Quý II/2026', 'table'],
      ['PL.I.2', 'Xây dựng sàn thương mại điện tử của tỉnh', 'Sở Công Thương', 'Sở Khoa học và Công nghệ', 'Quý IV/2026', 'table'],
      ['PL.II.3', 'Tập huấn kỹ năng bán hàng trực tuyến cho hộ kinh doanh', 'Sở Công Thương', 'UBND các xã, phường', 'Hằng năm', 'table'],
    ]);
    expect(plan.tasks[0].paragraph).toBe(44);
  });

  it('reads a .docx table from the cell positions of its paragraphs; its rows take the path of the point it sits under', () => {
    const cell = (index: number, text: string, row: number, column: number) => ({ index, text, tags: [], cell: { table: 0, row, column } });
    const snapshot: DocumentSnapshot = {
      source: 'ke-hoach.docx',
      paragraphs: [
        { index: 1, text: 'I. NHIỆM VỤ', tags: [] },
        { index: 2, text: '1. Nâng cao nhận thức', tags: [] },
        cell(3, 'STT', 0, 0), cell(4, 'Nội dung', 0, 1), cell(5, 'Cơ quan chủ trì', 0, 2), cell(6, 'Thời gian hoàn thành', 0, 3),
        cell(7, '1', 1, 0), cell(8, 'Tập huấn cán bộ', 1, 1), cell(9, 'Sở Nội vụ', 1, 2), cell(10, 'Quý I/2026', 1, 3),
        cell(11, '2', 2, 0), cell(12, 'Kiểm tra', 2, 1), cell(13, '', 2, 2), cell(14, '2026', 2, 3),
      ],
    };
    const plan = readPlan(snapshot);
    expect(plan.tasks.map((t) => [t.path, t.title, t.lead, t.timing, t.paragraph])).toEqual([
      ['I.1.1', 'Tập huấn cán bộ', 'Sở Nội vụ', 'Quý I/2026', 8],
      ['I.1.2', 'Kiểm tra', null, '2026', 12],
    ]);
    expect(plan.tasks[1].fields.lead).toMatchObject({ value: '', paragraph: 13, source: 'table' });
  });
});


describe('tasks written as bullets', () => {
  it('gives an unmarked field line to the bullet above it when no numbered item holds it', () => {
    const tasks = tasksOf('- Tuyên truyền trên loa truyền thanh\nCơ quan chủ trì: Văn phòng.\n- Kiểm tra việc thực hiện\nCơ quan chủ trì: Công an xã.');
    expect(tasks.map((t) => [t.path, t.lead])).toEqual([['II.-1', 'Văn phòng'], ['II.-2', 'Công an xã']]);
  });

  it('gives it to the numbered item when the bullets are that item\'s activities', () => {
    const tasks = tasksOf('1. Phát triển cụm công nghiệp\n- Rà soát quy hoạch.\n- Thu hút đầu tư.\nĐơn vị chủ trì: Phòng Quản lý Công nghiệp.');
    expect(tasks.map((t) => [t.path, t.lead])).toEqual([['II.1', 'Phòng Quản lý Công nghiệp']]);
  });
});

describe('bullets that each carry their fields under a numbered group', () => {
  it('gives each field line to the bullet above it', () => {
    const tasks = tasksOf('1. Tuyên truyền, phổ biến\n- Tuyên truyền trên loa truyền thanh\nCơ quan chủ trì: Văn phòng.\n- Tổ chức hội thi\nCơ quan chủ trì: Đoàn Thanh niên.\nThời gian thực hiện: Quý III/2026.\n- Phát tờ rơi');
    expect(tasks.map((t) => [t.path, t.lead, t.timing])).toEqual([['II.1.-1', 'Văn phòng', null], ['II.1.-2', 'Đoàn Thanh niên', 'Quý III/2026'], ['II.1.-3', null, null]]);
  });
});

describe('tasks outside a section titled for tasks', () => {
  it('reads labelled items of a "PHÂN CÔNG NHIỆM VỤ" section as tasks', () => {
    const plan = readText(planWithBody('II. NỘI DUNG\n1. Hội nghị tổng kết.\nIII. PHÂN CÔNG NHIỆM VỤ\n1. Chuẩn bị kinh phí\n- Cơ quan, đơn vị chủ trì: Sở Tài chính.\n- Thời hạn: Trước ngày 30/12/2025.\n2. Chuẩn bị hội trường\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì, phối hợp với các sở theo dõi.'));
    expect(plan.tasks.map((t) => [t.path, t.lead, t.timing])).toEqual([['III.1', 'Sở Tài chính', 'Trước ngày 30/12/2025'], ['III.2', null, null]]);
    expect(plan.taskLabelStyle).toBe('per-task');
  });

  it('does not make tasks of "X chủ trì, phối hợp với Y" in Tổ chức thực hiện', () => {
    const plan = readText(planWithBody('II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì, phối hợp với các sở theo dõi, đôn đốc.\n2. Các sở, ngành triển khai.'));
    expect(plan.tasks).toEqual([]);
  });
});

describe('task tables written other ways', () => {
  const table = (rows: string) => `II. NỘI DUNG, PHÂN CÔNG NHIỆM VỤ\nSTT\nNội dung\nCơ quan chủ trì\nTiến độ\n${rows}\nIII. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai.`;

  it('reads a table inside the body, whose group rows are not sections', () => {
    const plan = readText(planWithBody(table('I. VỈA HÈ\n1\nRà soát vỉa hè\nĐội Trật tự đô thị\nQuý I/2026\n2\nCắm mốc\nPhòng Kinh tế\nQuý II/2026')));
    expect(plan.sections.map((s) => s.numeral)).toEqual(['I', 'II', 'III']);
    expect(plan.tasks.map((t) => [t.path, t.title, t.lead, t.timing])).toEqual([['II.I.1', 'Rà soát vỉa hè', 'Đội Trật tự đô thị', 'Quý I/2026'], ['II.I.2', 'Cắm mốc', 'Phòng Kinh tế', 'Quý II/2026']]);
  });

  it('reads a table pasted with tabs between its cells, one row a line, group rows included', () => {
    const rows = ['TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện', 'I\tTRANG TRÍ\t\t\t', '1\tTrang trí cổ động trực quan\tPhòng Văn hóa - Xã hội\tCác thôn, bản\tTrước ngày 10/02/2026', '2\tThăm, tặng quà gia đình chính sách\tPhòng Văn hóa - Xã hội\tỦy ban MTTQ Việt Nam xã\tTrước Tết Nguyên đán'];
    const plan = readText(planWithBody(`II. NỘI DUNG HOẠT ĐỘNG\n${rows.join('\n')}\nIII. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai.`));
    expect(plan.sections.map((s) => s.numeral)).toEqual(['I', 'II', 'III']);
    expect(plan.tasks.map((t) => [t.path, t.title, t.lead, t.cooperating, t.timing])).toEqual([
      ['II.I.1', 'Trang trí cổ động trực quan', 'Phòng Văn hóa - Xã hội', 'Các thôn, bản', 'Trước ngày 10/02/2026'],
      ['II.I.2', 'Thăm, tặng quà gia đình chính sách', 'Phòng Văn hóa - Xã hội', 'Ủy ban MTTQ Việt Nam xã', 'Trước Tết Nguyên đán'],
    ]);
    expect(plan.taskLabelStyle).toBe('table');
  });

  it('reads a task table kept as Markdown rows by a converted copy ("| STT | Nhiệm vụ | Cơ quan chủ trì | … |")', () => {
    const rows = ['| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |', '|---|---|---|---|---|', '| I | PHÁT TRIỂN HẠ TẦNG | | | |', '| 1 | Phủ sóng 5G | Sở Khoa học và Công nghệ | Doanh nghiệp viễn thông | Quý IV/2026 |'];
    const plan = readText(planWithBody(`II. NHIỆM VỤ, GIẢI PHÁP\n${rows.join('\n')}\nIII. TỔ CHỨC THỰC HIỆN\nCác sở triển khai.`));
    expect(plan.tasks.map((t) => [t.path, t.title, t.lead, t.cooperating, t.timing])).toEqual([['II.I.1', 'Phủ sóng 5G', 'Sở Khoa học và Công nghệ', 'Doanh nghiệp viễn thông', 'Quý IV/2026']]);
    expect(plan.sections.map((s) => s.numeral)).toEqual(['I', 'II', 'III']);
  });

  it('does not take tab-separated rows without a lead column for a task table', () => {
    const plan = readText(planWithBody('II. CHỈ TIÊU\nSTT\tChỉ tiêu\tNăm 2026\n1\tTỷ lệ hộ nghèo\t2%\nIII. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai.'));
    expect(plan.tasks).toEqual([]);
  });

  it('reads a group row printed as a numeral over its title', () => {
    const plan = readText(planWithBody(table('I\nVỈA HÈ\n1\nRà soát vỉa hè\nĐội Trật tự đô thị\nQuý I/2026\nII\nLÒNG ĐƯỜNG\n2\nCắm mốc\nPhòng Kinh tế\nQuý II/2026')));
    expect(plan.tasks.map((t) => t.title)).toEqual(['Rà soát vỉa hè', 'Cắm mốc']);
  });

  it('takes the first other column for the content when it is named for what it lists', () => {
    const plan = readText(planWithBody('II. NỘI DUNG\nLàm sạch dữ liệu.') + '\nPHỤ LỤC\nSTT\nCơ sở dữ liệu\nCơ quan chủ trì\nThời gian hoàn thành\n1\nCơ sở dữ liệu hộ tịch\nSở Tư pháp\nQuý II/2026');
    expect(plan.tasks.map((t) => [t.title, t.lead, t.timing])).toEqual([['Cơ sở dữ liệu hộ tịch', 'Sở Tư pháp', 'Quý II/2026']]);
  });
});

describe('Tổ chức thực hiện organised per body', () => {
  it('does not take a body\'s paragraph with a timing line for a task, nor its sibling bodies', () => {
    const plan = readText(planWithBody('II. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội\n- Tham mưu tổ chức thực hiện Kế hoạch.\n- Thời gian thực hiện: Thường xuyên.\n2. Công an xã\nBảo đảm an ninh trật tự.'));
    expect(plan.tasks).toEqual([]);
  });
});

describe('"Đơn vị thực hiện" where the plan also names a lead', () => {
  it('is not the lead of a task that has it alone, when other tasks put it beside "Đơn vị chủ trì"', () => {
    const tasks = tasksOf('1. Tuyên truyền\nĐơn vị thực hiện: Các phòng, ban.\nThời gian thực hiện: Thường xuyên.\n2. Bồi dưỡng cán bộ nữ\nĐơn vị chủ trì: Phòng Hành chính.\nĐơn vị thực hiện: Các phòng, ban.\nThời gian thực hiện: Thường xuyên.');
    expect(tasks.map((t) => [t.path, t.lead, t.cooperating])).toEqual([['II.1', null, 'Các phòng, ban'], ['II.2', 'Phòng Hành chính', 'Các phòng, ban']]);
  });

  it('is the lead where the plan uses it for the lead ("Cơ quan thực hiện" in some tasks, "Cơ quan chủ trì" in others)', () => {
    const tasks = tasksOf('1. Tuyên truyền\n- Cơ quan thực hiện: Sở Tư pháp.\n2. Rà soát văn bản\n- Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n- Cơ quan phối hợp: Các sở, ngành.');
    expect(tasks.map((t) => [t.path, t.lead])).toEqual([['II.1', 'Sở Tư pháp'], ['II.2', 'Sở Khoa học và Công nghệ']]);
  });
});

describe('task-label style', () => {
  it('is per-task when the items name their lead inline only', () => {
    const plan = readText(planWithBody('II. NHIỆM VỤ, GIẢI PHÁP\n1. Phòng Văn hóa - Xã hội chủ trì, phối hợp với các thôn tuyên truyền.\n2. Công an xã chủ trì, phối hợp với Đoàn Thanh niên tuần tra.'));
    expect(plan.taskLabelStyle).toBe('per-task');
    expect(plan.tasks.map((t) => [t.lead, t.fields.lead?.source])).toEqual([['Phòng Văn hóa - Xã hội', 'inline'], ['Công an xã', 'inline']]);
  });

  it('is mixed when labelled items and a task table are both there', () => {
    const plan = readText(planWithBody('II. NHIỆM VỤ, GIẢI PHÁP\n1. Tuyên truyền\nĐơn vị chủ trì: Văn phòng.') + '\nPHỤ LỤC\nSTT\nNội dung\nCơ quan chủ trì\nThời gian hoàn thành\n1\nTập huấn\nSở Nội vụ\nQuý I/2026');
    expect(plan.taskLabelStyle).toBe('mixed');
    expect(plan.tasks.map((t) => t.source)).toEqual(['item', 'table']);
  });
});
