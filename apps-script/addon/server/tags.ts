import * as z from 'zod/mini';
import { tagEvent, tagRemovedEvent } from '../../../shared/docs/build-sync-events.ts';
import { TAG_RANGE_PREFIX } from '../../../shared/docs/parse-document.ts';
import { TAG_COLOURS } from '../../../shared/docs/tag-colours.ts';
import { DocumentTag, TagKind } from '../../../shared/domain/document-tag.ts';
import { FreeText } from '../../../shared/domain/free-text.ts';
import { IsoDate } from '../../../shared/domain/iso-time.ts';
import { MAX_TEXT_LENGTH } from '../../../shared/protocol/limits.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { addonLanguage } from './addon-language.ts';
import { enqueue } from './outbox.ts';
import { readCommitments } from './read-commitments.ts';
import { topLevelOf } from './read-document-model.ts';
import { sha256Hex } from './sha256-hex.ts';

const recordKey = (id: string) => `cocreate:tag:${id}`;

/** What the drafter fills in for a tag; which fields apply depends on the kind. */
export const TagInput = z.object({
  kind: TagKind,
  note: z.optional(FreeText),
  owner: z.optional(z.string().check(z.maxLength(200))),
  dueDate: z.optional(z.union([IsoDate, z.literal('')])),
  government: z.optional(FreeText),
  csn: z.optional(FreeText),
});
export type TagInput = z.infer<typeof TagInput>;

/** The drafter's input, or an error that names the fields in the drafter's language (never a schema dump). */
function parseInput(raw: unknown): TagInput {
  const parsed = TagInput.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((issue) => translate(fieldKey(String(issue.path[0] ?? 'kind')), addonLanguage())))].join(', ');
  throw new Error(translate('docs.tag.invalid', addonLanguage(), { fields }));
}

function fieldKey(field: string) {
  const keys = { kind: 'docs.tag.kind', note: 'docs.tag.note', owner: 'docs.tag.owner', dueDate: 'docs.tag.dueDate', government: 'docs.tag.government', csn: 'docs.tag.csn' } as const;
  return keys[field as keyof typeof keys] ?? 'docs.tag.kind';
}

/** The tag as the document keeps it (document properties: every collaborator's add-on sees it). */
const TagRecord = z.object({ tag: DocumentTag, createdAt: z.string(), updatedAt: z.string() });
type TagRecord = z.infer<typeof TagRecord>;

export type TagView = {
  id: string;
  kind: TagKind;
  quotedText: string;
  note?: string;
  owner?: string;
  dueDate?: string;
  positions?: { government?: string; csn?: string };
  commitmentCode?: string;
  /** The named range is gone (the text was deleted, or cut and pasted): the tag can only be removed. */
  lost: boolean;
};

function readRecord(id: string): TagRecord | undefined {
  try {
    const parsed = TagRecord.safeParse(JSON.parse(PropertiesService.getDocumentProperties().getProperty(recordKey(id)) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function writeRecord(record: TagRecord): void {
  PropertiesService.getDocumentProperties().setProperty(recordKey(record.tag.id), JSON.stringify(record));
}

function fieldsOf(input: TagInput): Partial<DocumentTag> {
  const trim = (text: string | undefined) => (text && text.trim() !== '' ? text.trim() : undefined);
  const note = trim(input.note);
  const owner = input.kind === 'action' ? trim(input.owner) : undefined;
  const dueDate = input.kind === 'action' ? trim(input.dueDate) : undefined;
  const government = input.kind === 'disagreement' ? trim(input.government) : undefined;
  const csn = input.kind === 'disagreement' ? trim(input.csn) : undefined;
  return {
    ...(note ? { note } : {}),
    ...(owner ? { owner } : {}),
    ...(dueDate ? { dueDate, actionStatus: 'open' as const } : {}),
    ...(government || csn ? { positions: { ...(government ? { government } : {}), ...(csn ? { csn } : {}) } } : {}),
  };
}

type Part = { element: GoogleAppsScript.Document.Element; start?: number; end?: number };

function partsOf(range: GoogleAppsScript.Document.Range): Part[] {
  return range.getRangeElements().map((re) => (re.isPartial() ? { element: re.getElement(), start: re.getStartOffset(), end: re.getEndOffsetInclusive() } : { element: re.getElement() }));
}

// null clears the highlight (the typings say string; Apps Script takes null to remove the colour).
function colour(parts: Part[], value: string | null): void {
  const css = value as string;
  for (const part of parts) {
    const type = part.element.getType();
    if (type === DocumentApp.ElementType.TEXT && part.start !== undefined) part.element.asText().setBackgroundColor(part.start, part.end!, css);
    else if (type === DocumentApp.ElementType.PARAGRAPH || type === DocumentApp.ElementType.TEXT) {
      const text = type === DocumentApp.ElementType.TEXT ? part.element.asText() : part.element.asParagraph().editAsText();
      if (text.getText() !== '') text.setBackgroundColor(0, text.getText().length - 1, css);
    }
  }
}

function quoted(parts: Part[]): string {
  return parts
    .map((p) => {
      const text = (p.element as unknown as { getText(): string }).getText();
      return p.start !== undefined ? text.slice(p.start, p.end! + 1) : text;
    })
    .join('\n')
    .trim()
    .slice(0, MAX_TEXT_LENGTH);
}

function nameRange(doc: GoogleAppsScript.Document.Document, kind: TagKind, id: string, parts: Part[]): void {
  const builder = doc.newRange();
  for (const part of parts) {
    if (part.start !== undefined) builder.addElement(part.element.asText(), part.start, part.end!);
    else builder.addElement(part.element);
  }
  doc.addNamedRange(`${TAG_RANGE_PREFIX}${kind}:${id}`, builder.build());
}

function namedRangeOf(doc: GoogleAppsScript.Document.Document, id: string) {
  return doc.getNamedRanges().find((r) => r.getName().startsWith(TAG_RANGE_PREFIX) && r.getName().endsWith(`:${id}`));
}

const nowIso = () => new Date().toISOString();

/** Tags the selected text: highlight by kind, a named range `cocreate:tag:<kind>:<uuid>`, a record, and a `tag.created` event queued. */
export function tagSelection(raw: unknown): TagView {
  const input = parseInput(raw);
  const lang = addonLanguage();
  const doc = DocumentApp.getActiveDocument();
  const selection = doc.getSelection();
  const parts = selection ? partsOf(selection) : [];
  const text = quoted(parts);
  if (text === '') throw new Error(translate('docs.tag.selectFirst', lang));
  const reading = readCommitments(lang);
  const body = doc.getBody();
  const top = topLevelOf(parts[0]!.element, body);
  const block = top ? body.getChildIndex(top) : -1;
  const commitment = reading.commitments.find((c) => c.parsed.blocks.includes(block));
  const id = Utilities.getUuid();
  const tag: DocumentTag = {
    id,
    docId: doc.getId(),
    kind: input.kind,
    ...(commitment ? { commitmentId: commitment.commitment.id, commitmentCode: commitment.commitment.code } : {}),
    quotedText: text,
    anchor: { type: 'named_range', name: `${TAG_RANGE_PREFIX}${input.kind}:${id}` },
    ...fieldsOf(input),
    docUrl: doc.getUrl(),
  };
  nameRange(doc, input.kind, id, parts);
  colour(parts, TAG_COLOURS[input.kind]);
  const now = nowIso();
  writeRecord({ tag, createdAt: now, updatedAt: now });
  enqueue([tagEvent(tag, 'tag.created', now, sha256Hex)]);
  return viewOf(tag, false);
}

function viewOf(tag: DocumentTag, lost: boolean): TagView {
  return {
    id: tag.id,
    kind: tag.kind,
    quotedText: tag.quotedText,
    ...(tag.note ? { note: tag.note } : {}),
    ...(tag.owner ? { owner: tag.owner } : {}),
    ...(tag.dueDate ? { dueDate: tag.dueDate } : {}),
    ...(tag.positions ? { positions: tag.positions } : {}),
    ...(tag.commitmentCode ? { commitmentCode: tag.commitmentCode } : {}),
    lost,
  };
}

/** Every tag of the document, in document order; a tag whose named range is gone is listed as lost. */
export function listTags(): TagView[] {
  const doc = DocumentApp.getActiveDocument();
  const props = PropertiesService.getDocumentProperties().getProperties();
  const ranges = new Map(doc.getNamedRanges().filter((r) => r.getName().startsWith(TAG_RANGE_PREFIX)).map((r) => [r.getName().split(':').pop()!, r]));
  const body = doc.getBody();
  const order = (id: string) => {
    const el = ranges.get(id)?.getRange().getRangeElements()[0]?.getElement();
    const top = el ? topLevelOf(el, body) : null;
    return top ? body.getChildIndex(top) : Number.MAX_SAFE_INTEGER;
  };
  return Object.keys(props)
    .filter((key) => /^cocreate:tag:[0-9a-f-]{36}$/.test(key))
    .flatMap((key) => {
      const record = readRecord(key.slice('cocreate:tag:'.length));
      return record ? [record] : [];
    })
    .sort((a, b) => order(a.tag.id) - order(b.tag.id) || a.createdAt.localeCompare(b.createdAt))
    .map((record) => viewOf(record.tag, !ranges.has(record.tag.id)));
}

/** Selects the tagged text in the document. */
export function selectTag(id: string): boolean {
  const doc = DocumentApp.getActiveDocument();
  const range = namedRangeOf(doc, String(id));
  if (!range) return false;
  doc.setSelection(range.getRange());
  return true;
}

/** Changes a tag's kind or details; a new kind means a new colour and a new named range (named ranges cannot change). */
export function updateTag(id: string, raw: unknown): TagView {
  const input = parseInput(raw);
  const record = readRecord(String(id));
  if (!record) throw new Error(translate('docs.tag.notFound', addonLanguage()));
  const doc = DocumentApp.getActiveDocument();
  const range = namedRangeOf(doc, record.tag.id);
  if (range && input.kind !== record.tag.kind) {
    const parts = partsOf(range.getRange());
    range.remove();
    nameRange(doc, input.kind, record.tag.id, parts);
    colour(parts, TAG_COLOURS[input.kind]);
  }
  const { note: _n, owner: _o, dueDate: _d, actionStatus: _a, positions: _p, ...kept } = record.tag;
  const tag: DocumentTag = { ...kept, kind: input.kind, anchor: { type: 'named_range', name: `${TAG_RANGE_PREFIX}${input.kind}:${record.tag.id}` }, ...fieldsOf(input) };
  const now = nowIso();
  writeRecord({ ...record, tag, updatedAt: now });
  enqueue([tagEvent(tag, 'tag.updated', now, sha256Hex)]);
  return viewOf(tag, !range);
}

/** Removes a tag: its highlight, its named range and its record; `tag.removed` is queued for the ledger. */
export function removeTag(id: string): boolean {
  const record = readRecord(String(id));
  if (!record) return false;
  const doc = DocumentApp.getActiveDocument();
  const range = namedRangeOf(doc, record.tag.id);
  if (range) {
    colour(partsOf(range.getRange()), null);
    range.remove();
  }
  PropertiesService.getDocumentProperties().deleteProperty(recordKey(record.tag.id));
  enqueue([tagRemovedEvent(record.tag.id, record.tag.docId, nowIso(), sha256Hex)]);
  return true;
}
