import type { Lang } from './lang.js';

/** The lines `--fix` and `--fix-dry-run` write on stderr, besides the report. */
export interface FixText {
  applied(fixes: number, files: number): string;
  dryRun(fixes: number, files: number): string;
  nothingToFix: string;
  /** Fixable findings left in .docx/.pdf files. */
  notFixedInDocuments(findings: number): string;
  /** Fixable findings left in one file, and why (the reason is in English, as input errors are). */
  notFixedIn(file: string, findings: number, reason: string): string;
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

const en: FixText = {
  applied: (fixes, files) => `${plural(fixes, 'fix', 'fixes')} in ${plural(files, 'file')} applied and written`,
  dryRun: (fixes, files) => `${plural(fixes, 'fix', 'fixes')} in ${plural(files, 'file')} (dry run: nothing written)`,
  nothingToFix: 'no fixes to apply',
  notFixedInDocuments: (findings) => `${plural(findings, 'fixable finding')} in .docx/.pdf files not fixed: vbhc fixes text files only`,
  notFixedIn: (file, findings, reason) => `${file}: ${plural(findings, 'fixable finding')} not fixed: ${reason}`,
};

const vi: FixText = {
  applied: (fixes, files) => `đã sửa ${fixes} chỗ trong ${files} tệp và ghi lại`,
  dryRun: (fixes, files) => `${fixes} chỗ sửa được trong ${files} tệp (chạy thử: không ghi gì)`,
  nothingToFix: 'không có chỗ nào sửa tự động được',
  notFixedInDocuments: (findings) => `${findings} vấn đề sửa được trong tệp .docx/.pdf không được sửa: vbhc chỉ sửa tệp văn bản (.txt, .md)`,
  notFixedIn: (file, findings, reason) => `${file}: ${findings} vấn đề sửa được không được sửa: ${reason}`,
};

export const fixText: Readonly<Record<Lang, FixText>> = { en, vi };
