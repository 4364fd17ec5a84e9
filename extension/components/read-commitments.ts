import type { Language } from '../../shared/i18n/language.ts';
import { LedgerCommitmentsReply } from '../../shared/protocol/extension-messages.ts';
import type { CommitmentChoice } from './AnnotationComposer.tsx';

/** The ledger's commitments for the picker, from the background's reply; none when it has no usable answer. */
export function readCommitments(reply: unknown, language: Language): CommitmentChoice[] {
  const parsed = LedgerCommitmentsReply.safeParse(reply);
  if (!parsed.success || !parsed.data.ok) return [];
  return parsed.data.commitments.map((commitment) => {
    const title = commitment.title[language] || commitment.title.en || commitment.title.fr;
    return {
      id: commitment.id,
      label: commitment.code ? `${commitment.code} — ${title}` : title,
      ...(commitment.code ? { code: commitment.code } : {}),
      title: commitment.title,
    };
  });
}
