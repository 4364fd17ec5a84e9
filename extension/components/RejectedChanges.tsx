import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../shared/i18n/language.ts';
import type { CocreateDb } from '../services/db.ts';
import type { OutboxEntry } from '../services/outbox-entry.ts';
import { listRejected, requeueRejected, reviseRejected } from '../services/outbox.ts';
import type { Translate } from './make-translate.ts';
import { formatLocalTime } from './SyncStatusRegion.tsx';

const CHANGES = ['annotation.created', 'annotation.updated', 'annotation.deleted'] as const;

function changeName(entry: OutboxEntry, t: Translate): string {
  const type = CHANGES.find((known) => known === entry.event.type);
  const change = type ? t(`extension.rejected.change.${type}`) : t('extension.rejected.change.other');
  const text = (entry.event.payload as { text?: unknown }).text;
  if (typeof text !== 'string' || !text) return change;
  return t('extension.rejected.quoted', { change, text: text.length > 60 ? `${text.slice(0, 60)}…` : text });
}

const REASONS = {
  invalid: 'extension.rejected.reason.invalid',
  forbidden: 'extension.rejected.reason.forbidden',
  too_large: 'extension.rejected.reason.tooLarge',
  internal: 'syncload.rejected.reason.internal',
} as const;

const textOf = (entry: OutboxEntry): string | undefined => {
  const text = (entry.event.payload as { text?: unknown }).text;
  return typeof text === 'string' ? text : undefined;
};

/** One refused change whose text can be corrected and sent again on its own. */
function EditableEntry(props: { entry: OutboxEntry; t: Translate; db: CocreateDb; onSent: () => void }) {
  const { entry, t } = props;
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const fieldId = `rejected-text-${entry.id}`;
  if (draft === undefined) {
    return (
      <button type="button" class="secondary" onClick={() => setDraft(textOf(entry) ?? '')}>
        {t('syncload.rejected.edit')}
      </button>
    );
  }
  return (
    <div class="rejected-edit">
      <label for={fieldId}>{t('syncload.rejected.editLabel')}</label>
      <textarea id={fieldId} value={draft} rows={3} onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)} />
      <button
        type="button"
        onClick={async () => {
          if (await reviseRejected(props.db, entry.id, draft, new Date().toISOString())) props.onSent();
        }}
      >
        {t('syncload.rejected.sendEdited')}
      </button>
      <button type="button" class="secondary" onClick={() => setDraft(undefined)}>
        {t('extension.list.cancel')}
      </button>
    </div>
  );
}

/** The reason by its code, in the reader's language: the ledger's own message is English only. */
function reason(entry: OutboxEntry, t: Translate): string {
  const code = entry.error?.code ?? '';
  return Object.hasOwn(REASONS, code) ? t(REASONS[code as keyof typeof REASONS]) : t('extension.rejected.reason.other', { code });
}

/**
 * The ledger's sentence for a refusal of this one event (`invalid`, `forbidden`): it names the field
 * and the limit (a text too long for one cell, a stale version), which the code alone cannot say.
 */
function ledgerSentence(entry: OutboxEntry): string | undefined {
  const error = entry.error;
  return error?.code === 'invalid' || error?.code === 'forbidden' ? error.message : undefined;
}

/** Changes the ledger refused: kept, listed with the reason, and sent again on request. Never dropped. */
export function RejectedChanges(props: { t: Translate; language: Language; db: CocreateDb; count: number; onRequeued: () => void }) {
  const { t, db, count } = props;
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (count > 0) listRejected(db).then(setEntries, () => undefined);
    else setEntries([]);
  }, [db, count]);
  if (entries.length === 0) return <p role="status" class="announce">{announcement}</p>;
  return (
    <section class="rejected" aria-labelledby="rejected-heading">
      <h2 id="rejected-heading">{t('extension.rejected.heading')}</h2>
      <p>{t('extension.rejected.intro')}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            {t('extension.rejected.item', { change: changeName(entry, t), time: formatLocalTime(entry.queuedAt, props.language), reason: reason(entry, t) })}
            {ledgerSentence(entry) && (
              <p class="ledger-says">
                {t('syncload.rejected.ledgerSays')} <span lang="en">{ledgerSentence(entry)}</span>
              </p>
            )}
            {textOf(entry) !== undefined ? (
              <EditableEntry
                entry={entry}
                t={t}
                db={db}
                onSent={() => {
                  setAnnouncement(t('syncload.rejected.sentAgain'));
                  setEntries((all) => all.filter((e) => e.id !== entry.id));
                  props.onRequeued();
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={async () => {
          const requeued = await requeueRejected(db);
          setAnnouncement(t('extension.rejected.requeued', { count: requeued }));
          setEntries([]);
          props.onRequeued();
        }}
      >
        {t('extension.rejected.retry')}
      </button>
      <p role="status" class="announce">{announcement}</p>
    </section>
  );
}
