import { type CommitmentReading, commitmentFromParsed } from '../../../shared/docs/commitment-from-parsed.ts';
import type { DocModel } from '../../../shared/docs/document-model.ts';
import { COMMITMENT_RANGE_PREFIX, type ParsedCommitment, type ParsedDocument, parseDocument } from '../../../shared/docs/parse-document.ts';
import type { Language } from '../../../shared/i18n/language.ts';
import { pullEvents } from './ledger-client.ts';
import { readDocumentModel } from './read-document-model.ts';

/** Document property: the id of each commitment code, so the visible code re-finds a commitment whose named range was lost. */
export const COMMITMENT_IDS_PROPERTY = 'cocreate:commitment-ids';

export type DocumentReading = {
  doc: GoogleAppsScript.Document.Document;
  model: DocModel;
  parsed: ParsedDocument;
  commitments: (CommitmentReading & { parsed: ParsedCommitment })[];
};

function knownIds(): Record<string, string> {
  try {
    const raw = PropertiesService.getDocumentProperties().getProperty(COMMITMENT_IDS_PROPERTY);
    const value: unknown = raw ? JSON.parse(raw) : {};
    return value !== null && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Pages of the log read at most when looking a code up (1,000 events a page). */
const MAX_LOOKUP_PAGES = 10;

/**
 * A copy of the whole document has neither the named ranges nor the add-on's document properties.
 * The ledger still knows the commitment: the latest `commitment.upserted` with the same code AND the
 * same title (a code alone could be another plan's C01). Undefined when the ledger is not set or away.
 */
function ledgerIdFor(code: string, title: { en: string; fr: string }): string | undefined {
  let since = 0;
  let found: string | undefined;
  for (let page = 0; page < MAX_LOOKUP_PAGES; page += 1) {
    const answer = pullEvents(since);
    if (!answer.ok || answer.value.events.length === 0) break;
    for (const event of answer.value.events) {
      if (event.type !== 'commitment.upserted') continue;
      const c = (event.payload as { commitment?: { id?: string; code?: string; title?: { en?: string; fr?: string } } }).commitment;
      const sameTitle = (title.en !== '' && c?.title?.en === title.en) || (title.fr !== '' && c?.title?.fr === title.fr);
      if (c?.code === code && sameTitle && c.id) found = c.id;
    }
    since = answer.value.events[answer.value.events.length - 1]!.seq;
    if (since >= answer.value.head.seq) break;
  }
  return found;
}

/** Names the commitment's heading and tables `cocreate:commitment:<id>` again. */
export function nameCommitmentRange(doc: GoogleAppsScript.Document.Document, blocks: readonly number[], id: string): void {
  const body = doc.getBody();
  const range = doc.newRange();
  for (const index of blocks) range.addElement(body.getChild(index));
  doc.addNamedRange(`${COMMITMENT_RANGE_PREFIX}${id}`, range.build());
}

/**
 * Reads the active document into commitments with stable ids: the named range's id when it survived,
 * else the id last seen under the same visible code in this document (copy and paste loses named
 * ranges, not text), else the ledger's commitment of that code and title (a copy of the whole
 * document), else a new one. A lost range is named again so the next read is direct.
 */
export function readCommitments(language: Language): DocumentReading {
  const doc = DocumentApp.getActiveDocument();
  const model = readDocumentModel(doc);
  const parsed = parseDocument(model, { language });
  const ids = knownIds();
  let changed = false;
  const taken = new Set<string>();
  const commitments = parsed.commitments.map((commitment) => {
    let id = commitment.commitmentId;
    // A duplicated code or a pasted copy must not share the id of the original.
    if (id && taken.has(id)) id = undefined;
    if (!id) {
      const remembered = ids[commitment.code];
      const fromLedger = remembered ? undefined : ledgerIdFor(commitment.code, commitmentFromParsed(commitment, '').commitment.title);
      id = remembered && !taken.has(remembered) ? remembered : fromLedger && !taken.has(fromLedger) ? fromLedger : Utilities.getUuid();
      nameCommitmentRange(doc, commitment.blocks, id);
    }
    taken.add(id);
    if (ids[commitment.code] !== id && !Object.values(ids).includes(id)) {
      ids[commitment.code] = id;
      changed = true;
    }
    return { ...commitmentFromParsed(commitment, id), parsed: commitment };
  });
  if (changed) PropertiesService.getDocumentProperties().setProperty(COMMITMENT_IDS_PROPERTY, JSON.stringify(ids));
  return { doc, model, parsed, commitments };
}
