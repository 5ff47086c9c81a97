// Hostile inputs (issue 7): text shaped to make a careless pattern backtrack or a careless scan
// go quadratic. Shared by the robustness tests and the benchmark, so both time the same shapes.

/** Repeats `unit` until the text holds at least `bytes` UTF-8 bytes. */
export function repeatTo(unit, bytes) {
  return unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));
}

/** A document header and closing around `body`, so extractors run on every part. */
function inDocument(body) {
  return `UỶ BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 12/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nam, ngày 01 tháng 02 năm 2024\n\nQUYẾT ĐỊNH\n\n${body}\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n`;
}

/** `name` → text of about `bytes` bytes. */
export const HOSTILE_SHAPES = {
  'Quyết định số lines': (bytes) => repeatTo('Quyết định số \n', bytes),
  '1/2/ lines': (bytes) => repeatTo('1/2/\n', bytes),
  '1/2/ on one line': (bytes) => repeatTo('1/2/', bytes),
  'citations on one line': (bytes) => repeatTo('Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ; ', bytes),
  'K.T. on one line': (bytes) => repeatTo('K.T. ', bytes),
  'K.T. lines': (bytes) => repeatTo('K.T. \n', bytes),
  'K.T. after an authority': (bytes) => `Số: 1/QĐ-UBND\n\nĐiều 1. X.\n\nNơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH ${repeatTo('K.T. ', bytes)}\nNguyễn Văn An\n`,
  'signature blocks': (bytes) => repeatTo('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n', bytes),
  'Nơi nhận lines': (bytes) => repeatTo('Nơi nhận:\n- Lưu: VT.\n', bytes),
  'headers': (bytes) => repeatTo('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/KH-UBND\nHà Nội, ngày 1 tháng 2 năm 2024\n', bytes),
  'Điều lines': (bytes) => repeatTo('Điều 1. ', bytes),
  'outline numbers': (bytes) => repeatTo('1.1.1.1. a) ', bytes),
  'deep > nesting': (bytes) => `${repeatTo('>', bytes)} x\n`,
  'deep - nesting': (bytes) => `${repeatTo('- ', bytes)}x\n`,
  'indented list ladder': (bytes) => {
    const lines = [];
    for (let depth = 0, size = 0; size < bytes; depth++) {
      const line = `${' '.repeat((depth % 200) * 2)}- mục ${depth}\n`;
      lines.push(line);
      size += line.length;
    }
    return lines.join('');
  },
  'tab-indented list': (bytes) => repeatTo('\t- mục\n', bytes),
  'open brackets and emphasis': (bytes) => repeatTo('[*_`<', bytes),
  'table rows': (bytes) => repeatTo('| Số: 1/A | ngày 1/2/2024 | **x** |\n', bytes),
  'blank lines': (bytes) => repeatTo('\n', bytes),
  'CR line ends': (bytes) => repeatTo('Căn cứ Luật Tổ chức chính quyền địa phương;\r', bytes),
  'one long word': (bytes) => repeatTo('a', bytes),
  'capitals': (bytes) => repeatTo('ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK ', bytes),
  'dates without end': (bytes) => repeatTo('ngày ngày tháng tháng năm ', bytes),
  'spaces after Số': (bytes) => `Số:${repeatTo(' ', bytes)}x`,
  'legacy-looking symbols': (bytes) => repeatTo('Ð¸µ', bytes),
  'TCVN3 capitals on one line': (bytes) => repeatTo('CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM Hµ Néi UBND ', bytes),
  'TCVN3 list lines': (bytes) => repeatTo('- ñy quyÒn cho Gi¸m ®èc Së\n', bytes),
  'NFD text': (bytes) => repeatTo('Quyết định của Thủ tướng Chính phủ về việc giao nhiệm vụ. '.normalize('NFD'), bytes),
  'document of citations': (bytes) => inDocument(repeatTo('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;\n', bytes)),
};

/** A single line of ordinary prose, `bytes` long: the "5 MB single line" case. */
export function longLine(bytes) {
  return repeatTo('Ủy ban nhân dân tỉnh giao Sở Tư pháp chủ trì, phối hợp với các sở, ngành thực hiện; ', bytes);
}

/** A large ordinary document: the "50 MB file" case (many paragraphs, citations, sections). */
export function largeDocument(bytes) {
  const paragraph =
    'Điều 2. Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan thực hiện Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ, hoàn thành trước ngày 31/12/2024.\n\n';
  return inDocument(repeatTo(paragraph, bytes));
}
