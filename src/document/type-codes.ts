/**
 * Type codes of the number and symbol (NĐ 30/2020 PL III; normative codes; superseded codes
 * still seen; Party codes), compared without regard to case because real symbols mix it.
 */
const TYPE_CODES = [
  'NQ', 'QĐ', 'CT', 'QC', 'QYĐ', 'TC', 'TB', 'HD', 'CTR', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTR', 'HĐ',
  'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TRS', 'SL',
  'NĐ', 'TT', 'TTLT', 'L', 'PL', 'NQLT',
  'GN', 'TTH', 'UQ', 'NP',
  'CV', 'QĐI', 'KL',
];

const KNOWN = new Set(TYPE_CODES);

export function isTypeCode(code: string): boolean {
  return KNOWN.has(code.toUpperCase());
}
