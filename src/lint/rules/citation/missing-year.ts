import { numberRangeOf } from '../../citation-parts.js';
import type { DocumentRule } from '../../rule.js';

/** Kinds that are always legal normative documents, whose numbers carry their year. */
const NORMATIVE_TYPES = new Set(['Nghị định', 'Thông tư', 'Thông tư liên tịch', 'Luật', 'Pháp lệnh']);
const NORMATIVE_CODES = new Set(['NĐ', 'TT', 'TTLT']);
/** Numbers took the year only from the late 1990s: `Nghị định số 50/CP ngày 26/7/1995` is cited as numbered. */
const YEAR_IN_NUMBER_SINCE = 2000;

export const missingYear: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'citation/missing-year',
    description: 'A legal normative document cited without the year in its number',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: '{number} has no year: the number of a {type} carries its year of issue (sequence/year/code, as in 09/2017/NĐ-CP)',
      missingDated: '{number} has no year: the number of a {type} carries its year of issue; dated {year}, it reads {expected}',
    },
    docs: {
      basis: 'Luật 80/2015/QH13 Art. 10; Luật 64/2025/QH15 Art. 7 (normative numbers carry the year of issue)',
      bad: 'Nghị định số 62/NĐ-CP ngày 01/6/2020 của Chính phủ',
      good: 'Nghị định số 62/2020/NĐ-CP ngày 01/6/2020 của Chính phủ',
    },
  },
  check({ document, report }) {
    for (const citation of document.citations) {
      const { number, year, kind, type, typeCode } = citation;
      if (number === null || year !== null || kind === 'short') continue;
      if ((citation.date?.year ?? YEAR_IN_NUMBER_SINCE) < YEAR_IN_NUMBER_SINCE) continue;
      const normative = (type !== null && NORMATIVE_TYPES.has(type)) || (typeCode !== null && NORMATIVE_CODES.has(typeCode.toUpperCase()));
      if (!normative) continue;
      const range = numberRangeOf(citation);
      const kindName = type ?? typeCode ?? '';
      const slash = number.indexOf('/');
      const dateYear = citation.date?.year ?? null;
      if (dateYear !== null && slash > 0) {
        const expected = `${number.slice(0, slash)}/${dateYear}${number.slice(slash)}`;
        report({ messageId: 'missingDated', data: { number, type: kindName, year: dateYear, expected }, range });
      } else report({ messageId: 'missing', data: { number, type: kindName }, range });
    }
  },
};
