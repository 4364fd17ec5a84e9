import type { BilingualText } from '../domain/bilingual-text.ts';
import { translate } from '../i18n/translate.ts';
import type { StoredEventOf } from './event-catalogue.ts';
import { missingApprovals, type NotesApprovalState } from './notes-approval-state.ts';

type Publication = Pick<StoredEventOf<'meeting.notes_published'>, 'payload'>;

export type PublicationJudgement = { ok: true } | { ok: false; code: 'invalid'; message: BilingualText };

const both = (build: (language: 'en' | 'fr') => string): BilingualText => ({ en: build('en'), fr: build('fr') });

function sidesIn(sides: readonly string[], language: 'en' | 'fr'): string {
  const names = sides.map((side) => translate(`common.side.${side as 'government' | 'csn'}`, language));
  return names.join(language === 'fr' ? ' et ' : ' and ');
}

/**
 * The "both co-chairs approved" gate of the ledger itself: a `meeting.notes_published` is stored only
 * if it names the version (`draftHash`) of the meeting's latest notes draft that the co-chair of each
 * side approved, and neither approval is stale (approvalStands). Otherwise it is refused `invalid`,
 * as the planner refuses other events that the stored state does not support (a sign-off naming a
 * version never stored): nobody lacks authority here, the ledger lacks what the event claims.
 * `notes` is the meeting's NotesApprovalState, undefined when nothing of its notes is stored.
 */
export function judgeNotesPublication(event: Publication, notes: NotesApprovalState | undefined): PublicationJudgement {
  const { meetingId, draftHash } = event.payload;
  if (notes?.draft === undefined) return { ok: false, code: 'invalid', message: both((l) => translate('gate.invalid.noDraft', l, { id: meetingId })) };
  if (draftHash === undefined) return { ok: false, code: 'invalid', message: both((l) => `payload.draftHash: ${translate('gate.invalid.noVersion', l, { id: meetingId })}`) };
  const missing = missingApprovals(notes, draftHash);
  if (missing.length === 0) return { ok: true };
  const never = missing.filter((m) => !m.stale).map((m) => m.side);
  const stale = missing.filter((m) => m.stale).map((m) => m.side);
  return {
    ok: false,
    code: 'invalid',
    message: both((l) =>
      [
        never.length > 0 ? translate('gate.invalid.notApproved', l, { id: meetingId, sides: sidesIn(never, l) }) : '',
        stale.length > 0 ? translate('gate.invalid.stale', l, { id: meetingId, sides: sidesIn(stale, l) }) : '',
      ]
        .filter((s) => s !== '')
        .join(' '),
    ),
  };
}
