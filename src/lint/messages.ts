import type { Lang } from '../i18n/lang.js';
import { ruleDescriptionsVi } from '../i18n/rule-descriptions.vi.js';
import { ruleMessagesVi } from '../i18n/rule-messages.vi.js';
import { fillTemplate } from '../i18n/template.js';
import type { MessageData, RuleMeta } from './rule.js';

/**
 * A rule's message templates in a language: English is the rule's own `meta.messages`;
 * a rule the Vietnamese catalogue does not know (one from outside vbhc) speaks English.
 */
export function messageTemplates(meta: RuleMeta, lang: Lang): Readonly<Record<string, string>> {
  return lang === 'vi' ? (ruleMessagesVi[meta.id] ?? meta.messages) : meta.messages;
}

/** What a rule checks, in a language (English, as `meta.description`, for a rule from outside vbhc). */
export function ruleDescription(meta: RuleMeta, lang: Lang): string {
  return lang === 'vi' ? (ruleDescriptionsVi[meta.id] ?? meta.description) : meta.description;
}

/** Renders a rule's message in `lang`: the template for `messageId` with `{name}` replaced by `data.name`. */
export function renderMessage(meta: RuleMeta, messageId: string, data: MessageData | undefined, lang: Lang): string {
  const template = messageTemplates(meta, lang)[messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} has no ${lang} message "${messageId}"`);
  return fillTemplate(template, data);
}
