import { describe, expect, it } from 'vitest';
import { findDeadline, parseDeadline } from '../../src/outline/deadlines.js';

describe('parseDeadline', () => {
  it.each([
    ['Thường xuyên', 'ongoing', null, null],
    ['Thường xuyên, liên tục', 'ongoing', null, null],
    ['Hàng năm', 'recurring', null, null],
    ['Hằng năm', 'recurring', null, null],
    ['Hàng năm và đột xuất (khi có yêu cầu)', 'recurring', null, null],
    ['Thực hiện theo kế hoạch xây dựng dự toán hàng năm của các cơ quan, đơn vị, địa phương', 'recurring', null, null],
    ['trước ngày 30/11 hằng năm', 'recurring', null, '--11-30'],
    ['Định kỳ tháng 12 hằng năm', 'recurring', '--12', '--12'],
    ['Hoàn thành trước tháng 12/2024', 'month', null, '2024-12'],
    ['Tháng 6/2024', 'month', '2024-06', '2024-06'],
    ['tháng 6 năm 2024', 'month', '2024-06', '2024-06'],
    ['Năm 2023 - 2024', 'range', '2023', '2024'],
    ['Giai đoạn 2022-2027', 'range', '2022', '2027'],
    ['Từ năm 2024 đến năm 2025', 'range', '2024', '2025'],
    ['Trong năm 2023', 'year', '2023', '2023'],
    ['Trước năm 2025', 'year', null, '2025'],
    ['Quý IV/2023', 'range', '2023-10', '2023-12'],
    ['Quý 1 năm 2024', 'range', '2024-01', '2024-03'],
    ['6 tháng đầu năm 2024', 'range', '2024-01', '2024-06'],
    ['Trước ngày 30/6/2024', 'date', null, '2024-06-30'],
    ['Chậm nhất ngày 15 tháng 10 năm 2023', 'date', null, '2023-10-15'],
    ['Ngày 05/01/2024', 'date', '2024-01-05', '2024-01-05'],
    ['Từ ngày 01/7/2023 đến ngày 31/12/2023', 'range', '2023-07-01', '2023-12-31'],
  ])('%s → %s', (raw, kind, from, to) => {
    expect(parseDeadline(raw)).toEqual({ raw, kind, from, to });
  });

  it.each(['Theo kế hoạch của Ủy ban nhân dân tỉnh', 'Ngày 31/02/2024', '', 'Tháng 13/2024'])('%s gives no time', (raw) => {
    expect(parseDeadline(raw)).toBeNull();
  });
});

describe('findDeadline', () => {
  it('finds a deadline stated in a task', () => {
    expect(findDeadline('Báo cáo kết quả thực hiện trước ngày 30/11 hằng năm.')).toEqual({
      raw: 'trước ngày 30/11 hằng năm',
      kind: 'recurring',
      from: null,
      to: '--11-30',
    });
    expect(findDeadline('Tổng hợp, hoàn thành trước ngày 15/12/2024 và báo cáo.')?.to).toBe('2024-12-15');
    expect(findDeadline('Hoàn thành trước tháng 6/2024.')?.to).toBe('2024-06');
    expect(findDeadline('Hàng năm tham mưu bố trí kinh phí.')).toEqual({ raw: 'Hàng năm', kind: 'recurring', from: null, to: null });
  });

  it('ignores dates that are not deadlines', () => {
    expect(findDeadline('Thực hiện Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ.')).toBeNull();
    expect(findDeadline('Kiểm duyệt video trước khi đăng.')).toBeNull();
    expect(findDeadline('Xây dựng kế hoạch và kinh phí hằng năm.')).toBeNull();
  });
});
