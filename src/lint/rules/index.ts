import type { Rule } from '../rule.js';
import { attachedTo } from './annex/attached-to.js';
import { annexSequence } from './annex/sequence.js';
import { deadlineBeforeIssue } from './assignment/deadline-before-issue.js';
import { dateConflict } from './citation/date-conflict.js';
import { futureDate } from './citation/future-date.js';
import { incompleteFirst } from './citation/incomplete-first.js';
import { invalidDate } from './citation/invalid-date.js';
import { issuerMismatch } from './citation/issuer-mismatch.js';
import { malformedNumber } from './citation/malformed-number.js';
import { missingYear } from './citation/missing-year.js';
import { registryMismatch } from './citation/registry-mismatch.js';
import { typeMismatch } from './citation/type-mismatch.js';
import { undefinedShortForm } from './citation/undefined-short-form.js';
import { yearMismatch } from './citation/year-mismatch.js';
import { archive } from './distribution/archive.js';
import { archiveUnit } from './distribution/archive-unit.js';
import { missing as distributionMissing } from './distribution/missing.js';
import { blankDate } from './header/blank-date.js';
import { blankNumber } from './header/blank-number.js';
import { dateFormat } from './header/date-format.js';
import { missingDate } from './header/missing-date.js';
import { missingNumber } from './header/missing-number.js';
import { missingRecipients } from './header/missing-recipients.js';
import { missingSubject } from './header/missing-subject.js';
import { numberFormat } from './header/number-format.js';
import { typeCode } from './header/type-code.js';
import { sequence } from './outline/sequence.js';
import { authority } from './signature/authority.js';
import { missing as signatureMissing } from './signature/missing.js';
import { duplicateWord } from './text/duplicate-word.js';
import { encoding } from './text/encoding.js';

/** Every rule, in the order `vbhc rules` and docs/rules.md list them. */
export const allRules: readonly Rule[] = [
  dateConflict,
  yearMismatch,
  typeMismatch,
  issuerMismatch,
  invalidDate,
  futureDate,
  missingYear,
  malformedNumber,
  incompleteFirst,
  undefinedShortForm,
  registryMismatch,
  missingNumber,
  missingDate,
  missingSubject,
  missingRecipients,
  blankNumber,
  blankDate,
  numberFormat,
  typeCode,
  dateFormat,
  archiveUnit,
  distributionMissing,
  archive,
  signatureMissing,
  authority,
  sequence,
  attachedTo,
  annexSequence,
  duplicateWord,
  encoding,
  deadlineBeforeIssue,
];
