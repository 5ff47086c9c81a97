/**
 * The Vietnamese catalogue of lint messages: by rule id, then by message id, with the same
 * `{placeholders}` as the English templates in each rule's `meta.messages`
 * (test/lint/i18n.test.ts checks that both catalogues are complete and agree).
 */
export const ruleMessagesVi: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'citation/date-conflict': {
    conflict: '{number} ở đây ghi ngày {date}, nhưng tại {where} lại ghi ngày {other}',
    conflictMany: '{number} ở đây ghi ngày {date}, nhưng {count} chỗ khác ghi ngày {other}, chỗ đầu tiên tại {where}',
    conflictHeader: '{number} ở đây ghi ngày {date}, nhưng phần đầu của chính văn bản đó ({where}) ghi ngày {other}',
    relatedCitation: 'ở đây ghi ngày {date}',
    relatedHeader: 'phần đầu của chính văn bản: ghi ngày {date}',
  },
  'annex/attached-to': {
    otherNumber: '{annex} ghi kèm theo {cited}, nhưng văn bản này có số {own}',
    otherType: '{annex} ghi kèm theo một {citedType}, nhưng văn bản này ({own}) là {type}',
    otherDate: '{annex} ghi {own} ngày {cited}, nhưng văn bản này ban hành ngày {date}',
    relatedNumber: 'số của văn bản này: {own}',
    relatedDate: 'ngày của văn bản này: {date}',
  },
  'annex/sequence': {
    start: '"{label}" là phụ lục đánh số đầu tiên; phụ lục phải đánh số từ {expected}',
    skip: '"{label}" đứng sau "{previous}": thiếu {expected}',
    repeat: '"{label}" lặp lại số của phụ lục ngay trước nó; lẽ ra phải là {expected}',
    backwards: '"{label}" đứng sau "{previous}": số thứ tự bị lùi lại; lẽ ra phải là {expected}',
  },
  'citation/year-mismatch': {
    mismatch: '{number} mang năm {numberYear} nhưng lại ghi ngày {date}; năm trong số của văn bản quy phạm pháp luật là năm ban hành',
  },
  'citation/type-mismatch': {
    mismatch: '"{type}" được viện dẫn với số {number}, nhưng ký hiệu {code} trong số là của {expected}',
  },
  'citation/issuer-mismatch': {
    mismatch: '{number} được viện dẫn là do "{issuer}" ban hành, nhưng ký hiệu {code} trong số là của {expected}',
  },
  'citation/invalid-date': {
    noMonth: '"{date}" không phải là ngày có thật: không có tháng {month}',
    shortMonth: '"{date}" không phải là ngày có thật: tháng {month} chỉ có {days} ngày',
    noDay: '"{date}" không phải là ngày có thật: không có ngày {day}',
  },
  'citation/future-date': {
    future: '{number} ghi ngày {date}, sau ngày của chính văn bản này ({documentDate}): văn bản chỉ được viện dẫn văn bản đã ban hành trước nó',
  },
  'citation/missing-year': {
    missing: '{number} thiếu năm: số của {type} phải có năm ban hành (số thứ tự/năm/ký hiệu, như 09/2017/NĐ-CP)',
    missingDated: '{number} thiếu năm: số của {type} phải có năm ban hành; ban hành năm {year} thì phải viết {expected}',
  },
  'citation/malformed-number': {
    'line-break': 'Số "{written}" bị ngắt xuống dòng; viết liền {expected} trên một dòng',
    space: 'Số "{written}" có dấu cách ở giữa; viết {expected}',
    eth: 'Số "{written}" gõ chữ Ð (U+00D0, chữ eth của tiếng Iceland) thay cho Đ; viết {expected}',
    slash: 'Số "{written}" dùng một ký tự trông giống dấu "/" nhưng không phải; viết {expected}',
    case: 'Số "{written}" có ký hiệu viết sai chữ hoa, chữ thường; viết {expected}',
    markup: 'Số "{written}" có định dạng (đậm, nghiêng) xen giữa; viết {expected} cùng một kiểu chữ',
  },
  'citation/incomplete-first': {
    noDate: 'Lần đầu viện dẫn {number} không ghi ngày ban hành; lần đầu viện dẫn một văn bản phải ghi ngày ban hành và cơ quan ban hành',
    noIssuer: 'Lần đầu viện dẫn {number} không ghi cơ quan ban hành; lần đầu viện dẫn một văn bản phải ghi ngày ban hành và cơ quan ban hành',
    neither: 'Lần đầu viện dẫn {number} không ghi cả ngày ban hành lẫn cơ quan ban hành; lần đầu viện dẫn một văn bản phải ghi đủ cả hai',
  },
  'citation/undefined-short-form': {
    undefined: '"{raw}" là tên viết tắt, nhưng phía trước không có lần viện dẫn đầy đủ hay câu "sau đây viết tắt là …" nào cho biết đó là văn bản nào',
  },
  'citation/registry-mismatch': {
    mismatch: '{number} được viện dẫn với ngày {date}, nhưng danh mục văn bản đã biết ghi ngày {expected}',
    mismatchInRegister: '{number} được viện dẫn với ngày {date}, nhưng sổ đăng ký {register} ghi ngày {expected}',
  },
  'header/missing-number': {
    missing: 'Phần đầu văn bản không có số, ký hiệu ("Số: …/…"); mọi văn bản hành chính đều phải có số và ký hiệu',
  },
  'header/missing-date': {
    missing: 'Phần đầu văn bản không có địa danh và ngày tháng ("Địa danh, ngày … tháng … năm …")',
  },
  'header/missing-subject': {
    missing: 'Công văn này không có trích yếu ("V/v …") dưới số, ký hiệu',
  },
  'header/missing-recipients': {
    missing: 'Công văn này không ghi cơ quan, đơn vị được gửi đến ("Kính gửi: …")',
  },
  'header/blank-number': {
    blank: 'Số "{number}" chưa có số thứ tự: văn thư ghi số khi đăng ký văn bản',
  },
  'header/blank-date': {
    blank: 'Ngày tháng "{date}" chưa đủ: văn bản đã ký phải ghi đủ ngày, tháng, năm',
  },
  'header/number-format': {
    spaces: 'Số "{written}" có dấu cách ở giữa; viết {expected}, không để dấu cách quanh "/" và "-"',
    colon: 'Thiếu dấu hai chấm sau chữ "Số"; viết "Số: {symbol}"',
    partyColon: 'Số của văn bản Đảng không có dấu hai chấm sau chữ "Số"; viết "Số {symbol}"',
    leadingZero: 'Số thứ tự {sequence} nhỏ hơn 10 nên phải thêm số 0 ở trước: {expected}',
  },
  'header/type-code': {
    mismatch: '{type} này mang số {number}, nhưng {code} là ký hiệu của {codeType}; {type} phải dùng ký hiệu {expected}',
    congVan: 'Công văn này mang số {number} với ký hiệu tên loại {code} ({codeType}); công văn không có ký hiệu tên loại, chỉ ghi: số/cơ quan ban hành-đơn vị soạn thảo',
  },
  'header/date-format': {
    dayZero: 'Ngày {day} nhỏ hơn 10 nên phải thêm số 0 ở trước: ngày {expected}',
    monthZero: 'Tháng {month} phải thêm số 0 ở trước: tháng {expected}',
    monthNoZero: 'Tháng "{month}" không thêm số 0 ở trước (chỉ tháng 1 và tháng 2 mới thêm): tháng {expected}',
    comma: 'Thiếu dấu phẩy sau địa danh "{place}": viết "{place}, ngày …"',
  },
  'distribution/archive-unit': {
    mismatch: 'Dòng lưu giữ bản cho {units}, nhưng số {number} ghi đơn vị soạn thảo là {unit}',
    relatedNumber: 'số văn bản ghi đơn vị soạn thảo là {unit}',
  },
  'distribution/missing': {
    missing: 'Không có mục "Nơi nhận:": văn bản phải ghi nơi nhận các bản, kết thúc bằng dòng lưu "Lưu: VT, …"',
  },
  'distribution/archive': {
    missing: 'Mục "Nơi nhận:" không có dòng lưu: kết thúc mục này bằng "Lưu: VT, <đơn vị soạn thảo>"',
  },
  'signature/missing': {
    missing: 'Không có phần chữ ký: văn bản kết thúc bằng quyền hạn, chức vụ của người ký ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") và họ tên',
  },
  'signature/authority': {
    unknown: '"{prefix}" không phải là thẩm quyền ký; dùng TM., KT., TL., TUQ. hoặc Q. (văn bản Đảng: T/M, K/T, T/L)',
    selfDeputy: '"{line}" nghĩa là cấp phó ký thay người đứng đầu, nhưng chức vụ bên dưới lại là của chính người đứng đầu ("{title}"); cấp phó ký với chức vụ như "PHÓ {title}"',
  },
  'outline/sequence': {
    start: '"{number}" mở đầu một cấp đánh số; cấp này phải bắt đầu từ {expected}',
    skip: '"{number}" đứng sau "{previous}": thiếu {expected}',
    repeat: '"{number}" lặp lại số ngay trước nó; lẽ ra phải là {expected}',
    backwards: '"{number}" đứng sau "{previous}": số thứ tự bị lùi lại; lẽ ra phải là {expected}',
    prefix: '"{number}" nằm dưới "{parent}"; lẽ ra phải là {expected}',
  },
  'text/duplicate-word': {
    duplicate: '"{phrase}" bị viết lặp hai lần liền nhau',
  },
  'text/encoding': {
    mixed: 'Chữ tiếng Việt được viết theo hai dạng Unicode: {count} chỗ ở dạng tổ hợp (NFD) lẫn trong dạng dựng sẵn, chỗ đầu tiên ở đây; hãy lưu tệp ở dạng NFC',
    decomposed: 'Văn bản ở dạng Unicode tổ hợp (NFD), {count} chỗ, chỗ đầu tiên ở đây; hãy lưu tệp ở dạng NFC',
    legacy: 'Văn bản có vẻ được chuyển từ bảng mã phông cũ (TCVN3/VNI): {count} chỗ, ví dụ "{sample}"; hãy chuyển sang Unicode',
    converted: 'Tệp được lưu theo bảng mã cũ {encoding}; vbhc đã chuyển sang Unicode để đọc, vị trí được tính trên văn bản đã chuyển; hãy lưu tệp ở dạng UTF-8',
    eth: '"{char}" là chữ eth của tiếng Iceland (U+00D0/U+00F0), không phải chữ "{expected}" của tiếng Việt (U+0110/U+0111)',
  },
  'assignment/deadline-before-issue': {
    early: 'Thời hạn "{deadline}" kết thúc trước ngày ban hành văn bản ({date})',
  },
  'directive/unused': {
    unused: 'chỉ thị này tắt {rule}, nhưng {rule} không báo gì ở đây; hãy bỏ chỉ thị hoặc mã quy tắc',
    unusedAll: 'chỉ thị này tắt mọi quy tắc, nhưng không quy tắc nào báo gì ở đây; hãy bỏ chỉ thị',
  },
  'directive/invalid': {
    unknownRule: 'chỉ thị vbhc nêu mã quy tắc "{rule}", mã này không tồn tại',
    unknownRuleSuggest: 'chỉ thị vbhc nêu mã quy tắc "{rule}", mã này không tồn tại; có phải là "{suggestion}"?',
    unknownKind: '"{word}" không phải là chỉ thị vbhc; chỉ thị hợp lệ là một trong: {kinds}',
  },
};
