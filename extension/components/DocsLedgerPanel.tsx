import { useEffect, useState } from 'preact/hooks';
import { CsnSignOffState, GovernmentSignOffState } from '../../shared/domain/sign-off.ts';
import type { Language } from '../../shared/i18n/language.ts';
import { bilingualMessage } from '../../shared/i18n/translate.ts';
import { type ExtensionMessage, type LedgerDocReply, LedgerDocReply as LedgerDocReplySchema } from '../../shared/protocol/extension-messages.ts';
import { formatLocalTime } from './SyncStatusRegion.tsx';
import type { Translate } from './make-translate.ts';

type Props = {
  t: Translate;
  language: Language;
  docId: string;
  hasLedger: boolean;
  sendToBackground: (message: ExtensionMessage) => Promise<unknown>;
};

/** The sign-off state in words; an unknown state (a newer ledger) is shown as the ledger wrote it. */
function decisionLabel(track: 'government' | 'csn', decision: string, t: Translate): string {
  const government = GovernmentSignOffState.safeParse(decision);
  if (track === 'government' && government.success) return t(`domain.governmentSignOffState.${government.data}`);
  const csn = CsnSignOffState.safeParse(decision);
  if (track === 'csn' && csn.success) return t(`domain.csnSignOffState.${csn.data}`);
  return decision;
}

type Loaded = { state: 'loading' } | { state: 'done'; reply: LedgerDocReply };

/** On a Google Docs page: the document's commitments and their sign-off state, as the ledger has them. */
export function DocsLedgerPanel({ t, language, docId, hasLedger, sendToBackground }: Props) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    if (!hasLedger) return;
    let live = true;
    setLoaded({ state: 'loading' });
    sendToBackground({ type: 'ledger-doc', docId })
      .then((raw) => {
        const parsed = LedgerDocReplySchema.safeParse(raw);
        const reply: LedgerDocReply = parsed.success
          ? parsed.data
          : { ok: false, problem: { code: 'bad_reply', message: bilingualMessage('extension.common.badReply') } };
        if (live) setLoaded({ state: 'done', reply });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [docId, hasLedger, sendToBackground]);

  return (
    <section class="docs" aria-labelledby="docs-heading" aria-busy={hasLedger && loaded.state === 'loading'}>
      <h2 id="docs-heading">{t('extension.docs.heading')}</h2>
      {!hasLedger ? (
        <p>{t('extension.docs.noLedger')}</p>
      ) : loaded.state === 'loading' ? (
        <p>{t('extension.docs.loading')}</p>
      ) : !loaded.reply.ok ? (
        <p class="problem-text">{loaded.reply.problem.message[language]}</p>
      ) : (
        <>
          {loaded.reply.view.fromCache ? (
            <p class="hint">{t('extension.docs.fromCache', { time: formatLocalTime(loaded.reply.view.pulledAt, language) })}</p>
          ) : null}
          {loaded.reply.view.commitments.length === 0 ? <p>{t('extension.docs.none')}</p> : null}
          <ul>
            {loaded.reply.view.commitments.map((commitment) => (
              <li key={commitment.id}>
                <h3>
                  {commitment.code ? `${commitment.code} — ` : ''}
                  {commitment.title[language] || commitment.title.en || commitment.title.fr}
                </h3>
                {commitment.signoffs.length === 0 ? (
                  <p>{t('extension.docs.noSignoff')}</p>
                ) : (
                  <ul>
                    {commitment.signoffs.map((signoff) => (
                      <li key={`${signoff.track}:${signoff.at}`}>
                        {t('extension.docs.signoff', {
                          track: t(`common.side.${signoff.track}`),
                          decision: decisionLabel(signoff.track, signoff.decision, t),
                          by: signoff.by,
                          date: formatLocalTime(signoff.at, language),
                        })}{' '}
                        {signoff.isCurrentVersion ? null : <strong>{t('extension.docs.changedSince')}</strong>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
