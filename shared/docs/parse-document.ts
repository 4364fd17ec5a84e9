import type { BilingualText } from '../domain/bilingual-text.ts';
import { type TagKind, TagKind as TagKindSchema } from '../domain/document-tag.ts';
import type { Language } from '../i18n/language.ts';
import type { DocBlock, DocLocation, DocModel } from './document-model.ts';
import { type ReadFinding, readFinding } from './read-finding.ts';
import {
  classifyFieldLabel,
  classifyMilestoneHeader,
  type FieldKey,
  type LabelLanguage,
  type MilestoneColumnKey,
} from './template-fields.ts';

export type ParsedMilestone = {
  code: string;
  text: BilingualText;
  expectedOutputs: BilingualText;
  deadline: BilingualText;
  location: DocLocation;
};

export type ParsedCommitment = {
  code: string;
  title: BilingualText;
  /** The uuid from a `cocreate:commitment:<uuid>` named range on its heading, when it survived. */
  commitmentId?: string;
  headingBlock: number;
  /** Body indexes from the heading to the last block of the commitment. */
  blocks: number[];
  fields: Partial<Record<FieldKey, BilingualText>>;
  /** Where each field was read, by path (`issueToBeAddressed`, `milestones[1].deadline`), for "select the text". */
  locations: Record<string, DocLocation>;
  milestones: ParsedMilestone[];
};

export type ParsedTag = {
  id: string;
  kind: TagKind;
  namedRangeId: string;
  text: string;
  blocks: number[];
  commitmentCode?: string;
};

export type ParsedDocument = { commitments: ParsedCommitment[]; tags: ParsedTag[]; findings: ReadFinding[] };

export const COMMITMENT_RANGE_PREFIX = 'cocreate:commitment:';
export const TAG_RANGE_PREFIX = 'cocreate:tag:';

const CODE_HEADING = /^\s*(C\d{2})\s*(?:[—–:.-]\s*|\s+)(.*)$/;
const CODE_ONLY = /^\s*(C\d{2})\s*$/;
const NUMBERED_HEADING = /^\s*(?:commitment|engagement)\s+(?:no\.?\s*|n[°o]\s*)?(\d{1,2})\b\s*[—–:.-]?\s*(.*)$/i;

const empty = (): BilingualText => ({ en: '', fr: '' });

function put(target: BilingualText, lang: LabelLanguage, text: string, fallback: Language): void {
  const value = text.trim();
  if (lang === 'both') {
    const parts = value.split(/\s+\/\s+/);
    if (parts.length === 2) {
      target.en = parts[0]!.trim();
      target.fr = parts[1]!.trim();
      return;
    }
    target[fallback] = value;
    return;
  }
  target[lang] = value;
}

type Start = { code: string; title: string; handTyped: boolean; numbered: boolean };

/** A block that opens a commitment: a heading `C01 — Title`, or the same typed as body text before a table. */
function commitmentStart(block: DocBlock, next: DocBlock | undefined): Start | undefined {
  if (block.kind !== 'paragraph') return undefined;
  const coded = CODE_HEADING.exec(block.text) ?? CODE_ONLY.exec(block.text);
  const numbered = coded ? null : NUMBERED_HEADING.exec(block.text);
  const match = coded ?? numbered;
  if (!match) return undefined;
  const isHeading = block.heading > 0;
  if (!isHeading && next?.kind !== 'table') return undefined;
  const code = coded ? match[1]! : `C${match[1]!.padStart(2, '0')}`;
  return { code, title: (match[2] ?? '').trim(), handTyped: !isHeading, numbered: !coded };
}

/** Language of a one-language table: what most of its labels are in, else the document's. */
function tableLanguage(labels: LabelLanguage[], fallback: Language): Language {
  const en = labels.filter((l) => l === 'en').length;
  const fr = labels.filter((l) => l === 'fr').length;
  if (en === fr) return fallback;
  return en > fr ? 'en' : 'fr';
}

const LANGUAGE_HEADER = { en: /^(english|anglais|en)$/i, fr: /^(french|fran[cç]ais|fr)$/i };

type Context = { fallback: Language; findings: ReadFinding[]; commitment: ParsedCommitment };

function readFieldTable(block: Extract<DocBlock, { kind: 'table' }>, ctx: Context): void {
  const { commitment, findings } = ctx;
  const code = commitment.code;
  const width = Math.max(0, ...block.rows.map((r) => r.length));
  const header = block.rows[0] ?? [];
  const languageColumns =
    width === 3 && LANGUAGE_HEADER.en.test((header[1] ?? '').trim()) && LANGUAGE_HEADER.fr.test((header[2] ?? '').trim())
      ? { en: 1, fr: 2 }
      : width === 3 && LANGUAGE_HEADER.fr.test((header[1] ?? '').trim()) && LANGUAGE_HEADER.en.test((header[2] ?? '').trim())
        ? { en: 2, fr: 1 }
        : undefined;
  type Pair = { label: string; value: string; row: number; col: number; fixedLang?: Language };
  const pairs: Pair[] = [];
  block.rows.forEach((cells, row) => {
    if (languageColumns && row === 0) return;
    const texts = cells.map((c) => c.trim());
    if (texts.every((t) => t === '')) return;
    if (languageColumns) {
      pairs.push({ label: texts[0] ?? '', value: texts[languageColumns.en] ?? '', row, col: languageColumns.en, fixedLang: 'en' });
      pairs.push({ label: texts[0] ?? '', value: texts[languageColumns.fr] ?? '', row, col: languageColumns.fr, fixedLang: 'fr' });
    } else if (texts.length >= 4) {
      // Bilingual two-column layout: each language has its own label and value.
      pairs.push({ label: texts[0]!, value: texts[1]!, row, col: 1 });
      pairs.push({ label: texts[2]!, value: texts[3]!, row, col: 3 });
    } else if (texts.filter((t) => t !== '').length === 1 && texts.length <= 2) {
      // A merged row (or a one-cell row) holding "Label: value".
      const only = texts.find((t) => t !== '')!;
      const colon = only.indexOf(':');
      pairs.push(colon > 0 ? { label: only.slice(0, colon), value: only.slice(colon + 1), row, col: 0 } : { label: only, value: '', row, col: 0 });
    } else {
      pairs.push({ label: texts[0] ?? '', value: texts.slice(1).filter((t) => t !== '').join('\n'), row, col: 1 });
    }
  });
  const classified = pairs.map((pair) => ({ pair, field: classifyFieldLabel(pair.label) }));
  // One language per label column: the whole table for two columns, each half for the four-column layout.
  const columnLanguage = (col: number) =>
    tableLanguage(classified.flatMap((c) => (c.field && !c.pair.fixedLang && c.pair.col === col ? [c.field.lang] : [])), col === 3 ? other(ctx.fallback) : ctx.fallback);
  const fourColumns = block.rows.some((r) => r.length >= 4);
  const whole = tableLanguage(classified.flatMap((c) => (c.field && !c.pair.fixedLang ? [c.field.lang] : [])), ctx.fallback);
  const languages: Record<number, Language> = fourColumns ? { 0: whole, 1: columnLanguage(1), 3: columnLanguage(3) } : { 0: whole, 1: whole };
  for (const { pair, field } of classified) {
    const location: DocLocation = { block: block.index, row: pair.row, col: pair.col };
    if (!field) {
      if (pair.fixedLang === 'fr') continue; // reported once, for the English cell of the row
      findings.push(readFinding('docs.read.unknownLabel', 'warn', { block: block.index, row: pair.row, col: 0 }, { code, label: pair.label.slice(0, 80) }, code));
      continue;
    }
    const lang = pair.fixedLang ?? languages[pair.col] ?? ctx.fallback;
    if (!pair.fixedLang && field.lang !== 'both' && field.lang !== lang) {
      const names = { en: { en: 'English', fr: 'anglais' }, fr: { en: 'French', fr: 'français' } }[lang];
      findings.push({
        ...readFinding('docs.read.otherLanguageLabel', 'info', location, { code, label: pair.label.slice(0, 80), lang: names.en }, code),
        message: {
          en: readFinding('docs.read.otherLanguageLabel', 'info', location, { code, label: pair.label.slice(0, 80), lang: names.en }).message.en,
          fr: readFinding('docs.read.otherLanguageLabel', 'info', location, { code, label: pair.label.slice(0, 80), lang: names.fr }).message.fr,
        },
      });
    }
    commitment.fields[field.key] ??= empty();
    const target = commitment.fields[field.key]!;
    const bilingualValue = !pair.fixedLang && field.lang === 'both' && /\s\/\s/.test(pair.value) && pair.col !== 3;
    const slot: Language = lang;
    if ((bilingualValue ? target.en !== '' || target.fr !== '' : target[slot] !== '') && pair.value.trim() !== '') {
      findings.push(readFinding('docs.read.duplicateField', 'warn', location, { code, label: pair.label.slice(0, 80) }, code));
      continue;
    }
    put(target, bilingualValue ? 'both' : slot, pair.value, lang);
    commitment.locations[field.key] ??= location;
  }
}

const other = (lang: Language): Language => (lang === 'en' ? 'fr' : 'en');

function isMilestoneHeader(row: string[]): boolean {
  const keys = new Set(row.map((cell) => classifyMilestoneHeader(cell)?.key).filter((k) => k !== undefined && k !== 'code'));
  return keys.has('text') && keys.size >= 2;
}

function readMilestoneTable(block: Extract<DocBlock, { kind: 'table' }>, ctx: Context): void {
  const { commitment, findings } = ctx;
  const code = commitment.code;
  const headerRow = block.rows[0]!;
  const columns = headerRow.map((cell) => classifyMilestoneHeader(cell));
  const lang = tableLanguage(columns.flatMap((c) => (c ? [c.lang] : [])), ctx.fallback);
  const width = headerRow.length;
  block.rows.slice(1).forEach((cells, r) => {
    const row = r + 1;
    const texts = cells.map((c) => c.trim());
    if (texts.every((t) => t === '')) return;
    if (texts.length < Math.min(width, 2) || (texts.length < width && texts.filter((t) => t !== '').length === 1)) {
      // A merged row across the table (a sub-heading, a note): not a milestone.
      findings.push(readFinding('docs.read.milestoneRowNotRead', 'warn', { block: block.index, row, col: 0 }, { code, text: texts.join(' ').slice(0, 80) }, code));
      return;
    }
    const index = commitment.milestones.length;
    const milestone: ParsedMilestone = {
      code: '',
      text: empty(),
      expectedOutputs: empty(),
      deadline: empty(),
      location: { block: block.index, row },
    };
    texts.forEach((text, col) => {
      const column = columns[col];
      if (!column) return;
      if (column.key === 'code') {
        milestone.code = text;
        return;
      }
      put(milestone[column.key as Exclude<MilestoneColumnKey, 'code'>], column.lang, text, lang);
      commitment.locations[`milestones[${index}].${column.key}`] ??= { block: block.index, row, col };
    });
    const expected = `${code}.${index + 1}`;
    if (milestone.code === '') milestone.code = expected;
    else if (!/^C\d{2}\.\d+$/.test(milestone.code)) {
      findings.push(readFinding('docs.read.badMilestoneCode', 'warn', { block: block.index, row, col: 0 }, { code, milestone: milestone.code.slice(0, 20), expected }, code));
      milestone.code = expected;
    }
    commitment.locations[`milestones[${index}]`] = { block: block.index, row };
    commitment.milestones.push(milestone);
  });
}

/** `cocreate:tag:<kind>:<uuid>` → kind and id. */
function tagOf(name: string): { kind: TagKind; id: string } | undefined {
  if (!name.startsWith(TAG_RANGE_PREFIX)) return undefined;
  const [kind, id] = name.slice(TAG_RANGE_PREFIX.length).split(':');
  const parsed = TagKindSchema.safeParse(kind);
  return parsed.success && id ? { kind: parsed.data, id } : undefined;
}

/**
 * Reads commitments (heading `C01 — Title`, a field table, a milestones table) and tags (named
 * ranges) from the document model. What it cannot read it reports as findings, in both languages,
 * each pointing at the block or cell; it never invents a value.
 */
export function parseDocument(doc: DocModel, options: { language: Language }): ParsedDocument {
  const findings: ReadFinding[] = [];
  const commitments: ParsedCommitment[] = [];
  let current: { commitment: ParsedCommitment; level: number; titleLang: 'pending' | 'done'; rawTitle: string } | undefined;

  const finish = () => {
    if (!current) return;
    const { commitment, rawTitle } = current;
    const titled = commitment.fields;
    // The heading's title goes in the language of the commitment's field table; "EN / FR" gives both.
    const langs = Object.values(titled).map((t) => (t.en !== '' && t.fr !== '' ? 'both' : t.fr !== '' ? 'fr' : t.en !== '' ? 'en' : undefined));
    const bilingual = langs.includes('both') || (langs.includes('en') && langs.includes('fr'));
    const lang = langs.filter((l) => l === 'fr').length > langs.filter((l) => l === 'en').length ? 'fr' : langs.includes('en') ? 'en' : options.language;
    put(commitment.title, bilingual ? 'both' : lang, rawTitle, lang);
    if (commitment.milestones.length === 0 && Object.keys(commitment.fields).length === 0) {
      findings.push(readFinding('docs.read.noTables', 'warn', { block: commitment.headingBlock }, { code: commitment.code }, commitment.code));
    }
    commitments.push(commitment);
    current = undefined;
  };

  doc.blocks.forEach((block, i) => {
    const start = commitmentStart(block, doc.blocks.slice(i + 1).find((b) => b.kind === 'table' || b.text.trim() !== ''));
    if (start && block.kind === 'paragraph') {
      finish();
      const commitment: ParsedCommitment = {
        code: start.code,
        title: empty(),
        headingBlock: block.index,
        blocks: [block.index],
        fields: {},
        locations: { title: { block: block.index } },
        milestones: [],
      };
      current = { commitment, level: block.heading || 7, titleLang: 'pending', rawTitle: start.title };
      if (start.handTyped) findings.push(readFinding('docs.read.handTypedHeading', 'info', { block: block.index }, { code: start.code }, start.code));
      if (start.numbered) findings.push(readFinding('docs.read.numberedHeading', 'info', { block: block.index }, { code: start.code, text: block.text.slice(0, 60) }, start.code));
      if (commitments.some((c) => c.code === start.code)) {
        findings.push(readFinding('docs.read.duplicateCode', 'warn', { block: block.index }, { code: start.code }, start.code));
      }
      return;
    }
    if (!current) return;
    // A heading at the commitment's level or above that is not a commitment ends it (an annex, a new part).
    if (block.kind === 'paragraph' && block.heading > 0 && block.heading <= current.level) {
      finish();
      return;
    }
    current.commitment.blocks.push(block.index);
    if (block.kind !== 'table' || block.rows.length === 0) return;
    const ctx: Context = { fallback: options.language, findings, commitment: current.commitment };
    if (isMilestoneHeader(block.rows[0]!)) readMilestoneTable(block, ctx);
    else if (block.rows.some((r) => classifyFieldLabel(r[0] ?? '') || (r.length >= 4 && classifyFieldLabel(r[2] ?? '')))) readFieldTable(block, ctx);
    else findings.push(readFinding('docs.read.unknownTable', 'warn', { block: block.index }, { code: current.commitment.code }, current.commitment.code));
  });
  finish();

  const byBlock = (index: number) => commitments.find((c) => c.blocks.includes(index));
  const tags: ParsedTag[] = [];
  for (const range of doc.namedRanges) {
    if (range.name.startsWith(COMMITMENT_RANGE_PREFIX)) {
      const id = range.name.slice(COMMITMENT_RANGE_PREFIX.length);
      const owner = commitments.find((c) => range.blocks.includes(c.headingBlock));
      if (owner && !owner.commitmentId) owner.commitmentId = id;
      continue;
    }
    const tag = tagOf(range.name);
    if (!tag) continue;
    const commitment = range.blocks.length > 0 ? byBlock(range.blocks[0]!) : undefined;
    tags.push({ ...tag, namedRangeId: range.id, text: range.text, blocks: range.blocks, ...(commitment ? { commitmentCode: commitment.code } : {}) });
  }
  return { commitments, tags, findings };
}
