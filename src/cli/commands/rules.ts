import { type Command, Option } from 'commander';
import { directiveMetas } from '../../lint/directive-rules.js';
import { renderRulesMarkdown, severityText } from '../../lint/rules-doc.js';
import { allRules } from '../../lint/rules/index.js';
import { writeOut } from '../output.js';

function rulesTable(): string {
  const rows = [...allRules.map((rule) => rule.meta), ...directiveMetas].map((meta) => [meta.id, severityText(meta), meta.fixable ? 'fixable' : '', meta.description]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ')).join('\n') + '\n';
}

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('list every lint rule (and the checks of inline directives) with its default severity and what it checks')
    .addOption(new Option('-f, --format <format>', 'text, or markdown (the source of docs/rules.md)').choices(['text', 'markdown']).default('text'))
    .action((options: { format: 'text' | 'markdown' }) => {
      writeOut(options.format === 'markdown' ? renderRulesMarkdown(allRules, directiveMetas) : rulesTable());
    });
}
