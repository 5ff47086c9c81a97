import type { Severity } from '../lint/rule.js';
import type { Lang } from './lang.js';

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** The words of lint output that are vbhc's own, not a rule's. */
export interface LintText {
  severity: Readonly<Record<Severity, string>>;
  /** The closing line of the stylish report, without its `✖`. */
  summary(counts: SeverityCounts): string;
  /** Why `--max-warnings` failed the run. */
  tooManyWarnings(warnings: number, maxWarnings: number): string;
  /** The headings of a rule's help: the clause it rests on, a line that breaks it, the line written right. */
  help: Readonly<{ basis: string; bad: string; good: string }>;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const en: LintText = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  summary: ({ errors, warnings, infos }) =>
    `${plural(errors + warnings + infos, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info)`,
  tooManyWarnings: (warnings, maxWarnings) => `${plural(warnings, 'warning')}, more than --max-warnings ${maxWarnings} allows`,
  help: { basis: 'Basis', bad: 'Bad', good: 'Good' },
};

const vi: LintText = {
  severity: { error: 'lỗi', warning: 'cảnh báo', info: 'lưu ý' },
  summary: ({ errors, warnings, infos }) => `${errors + warnings + infos} vấn đề (${errors} lỗi, ${warnings} cảnh báo, ${infos} lưu ý)`,
  tooManyWarnings: (warnings, maxWarnings) => `${warnings} cảnh báo, nhiều hơn mức --max-warnings ${maxWarnings} cho phép`,
  help: { basis: 'Căn cứ', bad: 'Viết sai', good: 'Viết đúng' },
};

export const lintText: Readonly<Record<Lang, LintText>> = { en, vi };
