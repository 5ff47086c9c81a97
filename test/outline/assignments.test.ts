import { describe, expect, it } from 'vitest';
import { outlineOf } from './outline-of.js';

describe('assignments', () => {
  it('makes an agency heading the assignee and its items the tasks', () => {
    const [assignment] = outlineOf('2.1. Sở Thông tin và Truyền thông:\n\n- Việc một;\n\n- Việc hai.\n').assignments;
    expect(assignment).toMatchObject({
      section: '2.1',
      basis: 'heading',
      assignee: 'Sở Thông tin và Truyền thông',
      lead: ['Sở Thông tin và Truyền thông'],
      cooperating: [],
      deadline: null,
      tasks: ['Việc một;', 'Việc hai.'],
      leadAgencies: [{ text: 'Sở Thông tin và Truyền thông', key: 'sở thông tin truyền thông' }],
    });
  });

  it('takes the text after the colon as the task', () => {
    const [assignment] = outlineOf('2.3. Sở Nội vụ: Chủ trì, phối hợp với Sở Thông tin và Truyền thông hướng dẫn.\n').assignments;
    expect(assignment).toMatchObject({ assignee: 'Sở Nội vụ', tasks: ['Chủ trì, phối hợp với Sở Thông tin và Truyền thông hướng dẫn.'] });
  });

  it('takes the whole sentence when the agency is its subject', () => {
    const [assignment] = outlineOf('6. Sở Tài chính căn cứ khả năng cân đối ngân sách, tham mưu bố trí kinh phí.\n').assignments;
    expect(assignment).toMatchObject({ assignee: 'Sở Tài chính', tasks: ['Sở Tài chính căn cứ khả năng cân đối ngân sách, tham mưu bố trí kinh phí.'] });
  });

  it('splits a heading naming several agencies', () => {
    const [assignment] = outlineOf('7. Báo Đắk Lắk, Đài Phát thanh và Truyền hình tỉnh, Tạp chí Chư Yang Sin:\n\n- Phối hợp thường xuyên.\n').assignments;
    expect(assignment!.lead).toEqual(['Báo Đắk Lắk', 'Đài Phát thanh và Truyền hình tỉnh', 'Tạp chí Chư Yang Sin']);
  });

  it('reads labelled lines: lead, cooperating, deadline, form; the section title is the task', () => {
    const text = [
      '1.2. Tổ chức phổ biến, tuyên truyền về truyền thông chính sách.',
      '- Chủ trì: Cơ quan, đơn vị; UBND các xã, thị trấn.',
      '- Phối hợp: Phòng Văn hoá và Thông tin huyện, Phòng Tư pháp huyện.',
      '- Hình thức: Sinh hoạt chuyên đề.',
      '- Thời gian thực hiện: Thường xuyên.',
    ].join('\n');
    const [assignment] = outlineOf(text).assignments;
    expect(assignment).toMatchObject({
      section: '1.2',
      basis: 'labels',
      assignee: 'Cơ quan, đơn vị; UBND các xã, thị trấn',
      lead: ['Cơ quan, đơn vị', 'UBND các xã, thị trấn'],
      cooperating: ['Phòng Văn hoá và Thông tin huyện', 'Phòng Tư pháp huyện'],
      deadline: { raw: 'Thường xuyên', kind: 'ongoing', from: null, to: null },
      timing: 'Thường xuyên',
      form: 'Sinh hoạt chuyên đề',
      tasks: ['Tổ chức phổ biến, tuyên truyền về truyền thông chính sách.'],
    });
  });

  it('keeps the section text beside the title as tasks of a labelled assignment', () => {
    const text = '3. Định hướng, cung cấp thông tin\n\nĐịnh hướng thông tin chính xác, kịp thời.\n\n- Cơ quan chủ trì: Sở Thông tin và Truyền thông.\n- Cơ quan phối hợp: Ban Tuyên giáo Tỉnh uỷ; các sở, ban, ngành.\n';
    const [assignment] = outlineOf(text).assignments;
    expect(assignment!.tasks).toEqual(['Định hướng, cung cấp thông tin', 'Định hướng thông tin chính xác, kịp thời.']);
    expect(assignment!.cooperating).toEqual(['Ban Tuyên giáo Tỉnh uỷ', 'các sở, ban, ngành']);
  });

  it('keeps a time label it cannot read as text, with no deadline', () => {
    const [assignment] = outlineOf('1. Việc.\n- Chủ trì: Sở Tư pháp.\n- Thời gian: Theo kế hoạch của tỉnh.\n').assignments;
    expect(assignment).toMatchObject({ deadline: null, timing: 'Theo kế hoạch của tỉnh' });
  });

  it('finds a deadline written inside a task', () => {
    const [assignment] = outlineOf('4. Sở Nội vụ\n\n- Tổng hợp, báo cáo kết quả trước ngày 15/12/2024.\n').assignments;
    expect(assignment!.deadline).toEqual({ raw: 'trước ngày 15/12/2024', kind: 'date', from: null, to: '2024-12-15' });
  });

  it('gives the work of plain subsections to the agency heading above them', () => {
    const text = '3. Ủy ban nhân dân cấp tỉnh có trách nhiệm:\n\na) Ban hành kế hoạch;\n\nb) Báo cáo kết quả.\n';
    const [assignment] = outlineOf(text).assignments;
    expect(assignment).toMatchObject({ assignee: 'Ủy ban nhân dân cấp tỉnh', tasks: ['Ban hành kế hoạch;', 'Báo cáo kết quả.'] });
  });

  it('makes no assignment of sections that name no agency, nor of an agency named with nothing to do', () => {
    const text = 'I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Nâng cao nhận thức.\n\nII. ĐỐI TƯỢNG\n\n1. Cơ quan nhà nước.\n';
    expect(outlineOf(text).assignments).toEqual([]);
  });

  it('leaves notes to the reader out of the tasks', () => {
    const [assignment] = outlineOf('2. Các ban ngành, đoàn thể\n\nTuyên truyền Kế hoạch.\n\n(có Kế hoạch gửi kèm theo).\n').assignments;
    expect(assignment!.tasks).toEqual(['Tuyên truyền Kế hoạch.']);
  });
});
