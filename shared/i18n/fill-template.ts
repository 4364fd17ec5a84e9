import type { MessageParams } from './translate.ts';

/**
 * Replaces `{name}` placeholders; an unknown placeholder is left visible rather than dropped. On its own
 * so a page that ships only some areas of the catalogue (the coordinator console) fills its messages
 * the same way without bundling the whole catalogue.
 */
export function fillTemplate(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
