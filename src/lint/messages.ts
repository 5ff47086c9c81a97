import type { MessageData, RuleMeta } from './rule.js';

const PLACEHOLDER = /\{(\w{1,40})\}/g;

/** Renders a rule's message: the template for `messageId` with `{name}` replaced by `data.name`. */
export function renderMessage(meta: RuleMeta, messageId: string, data: MessageData = {}): string {
  const template = meta.messages[messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} has no message "${messageId}"`);
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
