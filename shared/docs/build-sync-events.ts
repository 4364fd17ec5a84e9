import type { Digest } from '../domain/canonical-json.ts';
import { canonicalJson } from '../domain/canonical-json.ts';
import type { Commitment } from '../domain/commitment.ts';
import { commitmentVersionHash } from '../domain/commitment-version-hash.ts';
import type { DocumentTag } from '../domain/document-tag.ts';
import type { SignOff } from '../domain/sign-off.ts';
import { stableEventId } from './stable-event-id.ts';

/** A client envelope (DESIGN §3) as the add-on sends it. */
export type DocsEvent = {
  v: 1;
  id: string;
  type: 'commitment.upserted' | 'tag.created' | 'tag.updated' | 'tag.removed' | 'signoff.recorded';
  at: string;
  source: 'docs';
  entityId?: string;
  payload: Record<string, unknown>;
};

/**
 * `commitment.upserted` for one version of a commitment. The id comes from the commitment and its
 * version hash (the shared commitmentVersionHash, so the ledger's writer computes the same), so an
 * unchanged commitment synced again is a duplicate, and an edit is a new event.
 */
export function commitmentEvent(commitment: Commitment, docId: string, at: string, digest: Digest): DocsEvent {
  const versionHash = commitmentVersionHash(commitment, digest);
  return {
    v: 1,
    id: stableEventId(digest, 'commitment.upserted', commitment.id, versionHash),
    type: 'commitment.upserted',
    at,
    source: 'docs',
    payload: { commitment, versionHash, docId },
  };
}

/** `tag.created` (first version) or `tag.updated`, its id from the tag's content. */
export function tagEvent(tag: DocumentTag, type: 'tag.created' | 'tag.updated', at: string, digest: Digest): DocsEvent {
  return { v: 1, id: stableEventId(digest, type, tag.id, canonicalJson(tag)), type, at, source: 'docs', entityId: tag.id, payload: { tag } };
}

export function tagRemovedEvent(tagId: string, docId: string, at: string, digest: Digest): DocsEvent {
  return { v: 1, id: stableEventId(digest, 'tag.removed', tagId), type: 'tag.removed', at, source: 'docs', entityId: tagId, payload: { docId } };
}

export function signOffEvent(signOff: SignOff, at: string, digest: Digest): DocsEvent {
  return { v: 1, id: stableEventId(digest, 'signoff.recorded', signOff.id), type: 'signoff.recorded', at, source: 'docs', payload: signOff };
}
