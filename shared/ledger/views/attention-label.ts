import type { CocreationPhase } from '../../domain/cocreation-phase.ts';
import type { ProposalDisposition } from '../../domain/proposal.ts';
import type { SignOffSubjectKind } from '../../domain/sign-off.ts';
import type { Language } from '../../i18n/language.ts';
import { translate } from '../../i18n/translate.ts';
import type { AttentionItem } from './attention-this-week.ts';

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** One "needs attention" item as a sentence in the coordinator's language (sidebar, Dashboard tab, weekly email). */
export function attentionLabel(item: AttentionItem, language: Language): string {
  switch (item.kind) {
    case 'window_closing':
      if (item.source === 'workplan') {
        return translate('console.attention.window_planned', language, {
          phase: translate(`domain.cocreationPhase.${item.subjectId as CocreationPhase}`, language),
          track: translate(`domain.signOffTrack.${item.track}`, language),
          kind: translate(`domain.signOffSubjectKind.${item.subjectKind as SignOffSubjectKind}`, language).toLowerCase(),
          date: item.closes,
        });
      }
      return translate('console.attention.window_closing', language, {
        kind: translate(`domain.signOffSubjectKind.${item.subjectKind as SignOffSubjectKind}`, language),
        id: item.subjectId,
        track: translate(`domain.signOffTrack.${item.track}`, language),
        date: item.closes,
      });
    case 'action_due':
      return translate(item.overdue ? 'console.attention.action_overdue' : 'console.attention.action_due', language, { date: item.dueDate, text: short(item.text) });
    case 'response_missing':
      return translate('console.attention.response_missing', language, {
        disposition: translate(`domain.disposition.${item.disposition as ProposalDisposition}`, language),
        text: short(item.text),
      });
    case 'notes_missing':
      return translate('console.attention.notes_missing', language, { date: item.startsAt.slice(0, 10), title: short(item.title) });
  }
}
