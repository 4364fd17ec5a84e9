import { translate } from '../../i18n/translate.ts';
import { buildMeetingNotes, type MeetingNotesInput, type NotesItem } from './build-meeting-notes.ts';

/**
 * Escapes what Markdown would read as markup, so what someone typed shows as typed and never as a
 * link, emphasis, HTML or a nested block: inline punctuation everywhere, block markers at the start,
 * and newlines folded into spaces to keep a text inside its list item or table cell.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>|~&!]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+#=>])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

const inline = escapeMarkdown;

function autolink(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : inline(url);
}

/** `**Who**: text _(awaiting translation)_ — C01 — title`, every typed part escaped. */
function item(entry: NotesItem, language: MeetingNotesInput['language']): string {
  const text = inline(entry.text);
  const said = entry.who ? translate('exports.notes.said', language, { who: `**${inline(entry.who)}**`, text }) : text;
  return [said, entry.flag ? ` _(${inline(entry.flag)})_` : '', entry.commitment ? ` — ${inline(entry.commitment)}` : ''].join('');
}

/** Meeting notes in Markdown, ready to review and publish (EN or FR per `language`). */
export function meetingNotesMarkdown(input: MeetingNotesInput): string {
  const notes = buildMeetingNotes(input);
  const lang = notes.language;
  const out: string[] = [`# ${inline(notes.title)}`, '', `_${inline(notes.kicker)}_`, ''];
  for (const detail of notes.details) {
    const value = detail.isLink ? autolink(detail.value) : inline(detail.value);
    out.push(`- ${translate('exports.notes.labelValue', lang, { label: `**${inline(detail.label)}**`, value })}`);
  }
  out.push('', `## ${inline(notes.attendance.heading)}`, '');
  for (const line of notes.attendance.lines) out.push(`- ${inline(line)}`);
  out.push('', `_${inline(notes.attributionNote)}_`);
  if (notes.translationNote) out.push('', `_${inline(notes.translationNote)}_`);
  for (const block of notes.blocks) {
    out.push('', `## ${inline(block.heading)}`, '');
    if (block.type === 'list') {
      if (block.items.length === 0) out.push(inline(notes.emptyText));
      for (const entry of block.items) out.push(`- ${item(entry, lang)}`);
    } else if (block.type === 'positions') {
      if (block.groups.length === 0) out.push(inline(notes.emptyText));
      for (const group of block.groups) {
        if (group.heading) out.push(`### ${inline(group.heading)}`, '');
        for (const entry of group.items) out.push(`- ${item(entry, lang)}`);
        out.push('');
      }
      if (out.at(-1) === '') out.pop();
    } else if (block.rows.length === 0) {
      out.push(inline(notes.emptyText));
    } else {
      out.push(`| ${block.columns.map(inline).join(' | ')} |`, `|${block.columns.map(() => ' --- |').join('')}`);
      for (const row of block.rows) out.push(`| ${[item(row.action, lang), inline(row.owner), inline(row.due), inline(row.status)].join(' | ')} |`);
    }
  }
  out.push('', '---', '');
  for (const line of notes.footer) out.push(`${inline(line)}  `);
  return `${out.join('\n')}\n`;
}
