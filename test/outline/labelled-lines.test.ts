import { describe, expect, it } from 'vitest';
import { readLabelledLine } from '../../src/outline/labelled-lines.js';

describe('readLabelledLine', () => {
  it.each([
    ['Cơ quan chủ trì: Sở Thông tin và Truyền thông.', 'lead', 'Sở Thông tin và Truyền thông'],
    ['Chủ trì: Phòng Tư pháp huyện.', 'lead', 'Phòng Tư pháp huyện'],
    ['Đơn vị chủ trì thực hiện: Phòng Văn hoá và Thông tin huyện', 'lead', 'Phòng Văn hoá và Thông tin huyện'],
    ['Đơn vị thực hiện: Công an tỉnh.', 'lead', 'Công an tỉnh'],
    ['Cơ quan phối hợp: Các sở, ban, ngành.', 'cooperating', 'Các sở, ban, ngành'],
    ['Phối hợp: Cơ quan, đơn vị; UBND các xã, thị trấn..', 'cooperating', 'Cơ quan, đơn vị; UBND các xã, thị trấn'],
    ['Đơn vị phối hợp: Các cơ quan, đơn vị.', 'cooperating', 'Các cơ quan, đơn vị'],
    ['Thời gian thực hiện: Thường xuyên.', 'timing', 'Thường xuyên'],
    ['Thời gian: Hoàn thành trước tháng 12/2024.', 'timing', 'Hoàn thành trước tháng 12/2024'],
    ['Thời hạn hoàn thành: Quý IV/2024.', 'timing', 'Quý IV/2024'],
    ['Tiến độ: Năm 2024.', 'timing', 'Năm 2024'],
    ['Hình thức: Sinh hoạt chuyên đề.', 'form', 'Sinh hoạt chuyên đề'],
    ['Hình thức/số lượng: 01 hội nghị tập huấn/1 năm.', 'form', '01 hội nghị tập huấn/1 năm'],
    ['cơ quan chủ trì : Sở Tư pháp', 'lead', 'Sở Tư pháp'],
  ])('%s', (text, kind, value) => {
    expect(readLabelledLine(text)).toMatchObject({ kind, value });
  });

  it.each([
    'Chủ trì, phối hợp với Sở Tư pháp: tham mưu ban hành kế hoạch.',
    'Thời hạn chuyển đổi: 05 năm kể từ ngày Nghị định có hiệu lực.',
    'Hình thức thanh toán: chuyển khoản.',
    'Ủy ban nhân dân tỉnh chỉ đạo:',
    'Phối hợp với các cơ quan liên quan theo dõi, tổng hợp thông tin trên báo chí, mạng xã hội: xử lý nghiêm.',
  ])('%s is no labelled line', (text) => {
    expect(readLabelledLine(text)).toBeNull();
  });
});
