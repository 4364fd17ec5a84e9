import { useState } from 'preact/hooks';
import type { ConsoleError } from './console-answers.ts';
import { useConsole } from './console-context.ts';
import { errorFor, Field, Problems } from './FormBits.tsx';

type Props = { meeting: { id: string; title: string } };

/**
 * Console › Meetings: "Cancel meeting" on a scheduled meeting opens the reason in English and French
 * and a confirmation; nothing is stored until the coordinator confirms (`meeting.cancelled`).
 */
export function CancelMeeting({ meeting }: Props) {
  const { t, server, write } = useConsole();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState({ en: '', fr: '' });
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [busy, setBusy] = useState(false);
  const prefix = `cancel-${meeting.id}`;

  function start() {
    setOpen(true);
    setErrors([]);
    // The reason comes first: take the coordinator (and their screen reader) there.
    requestAnimationFrame(() => document.getElementById(`${prefix}-en`)?.focus());
  }

  async function confirm(event: Event) {
    event.preventDefault();
    setBusy(true);
    const outcome = await write(() => server.consoleCancelMeeting({ meetingId: meeting.id, reasonEn: reason.en, reasonFr: reason.fr }));
    setBusy(false);
    setErrors(outcome.ok ? [] : outcome.errors);
    if (outcome.ok) setOpen(false);
  }

  if (!open) {
    return (
      <button type="button" class="secondary" aria-label={t('gate.cancel.buttonLabel', { title: meeting.title })} onClick={start}>
        {t('gate.cancel.button')}
      </button>
    );
  }
  const labels = { reasonEn: t('gate.cancel.reasonEn'), reasonFr: t('gate.cancel.reasonFr') };
  return (
    <form class="cancel-meeting" aria-labelledby={`${prefix}-title`} onSubmit={confirm} noValidate>
      <h3 id={`${prefix}-title`}>{t('gate.cancel.title', { title: meeting.title })}</h3>
      <p class="hint">{t('gate.cancel.intro')}</p>
      <Problems errors={errors} labels={labels} />
      <Field id={`${prefix}-en`} label={t('gate.cancel.reasonEn')} error={errorFor(errors, 'reasonEn')}>
        {(aria) => <textarea {...aria} lang="en" rows={2} value={reason.en} onInput={(e) => setReason((r) => ({ ...r, en: e.currentTarget.value }))} />}
      </Field>
      <Field id={`${prefix}-fr`} label={t('gate.cancel.reasonFr')} error={errorFor(errors, 'reasonFr')}>
        {(aria) => <textarea {...aria} lang="fr" rows={2} value={reason.fr} onInput={(e) => setReason((r) => ({ ...r, fr: e.currentTarget.value }))} />}
      </Field>
      <div class="buttons">
        <button type="submit" disabled={busy}>
          {busy ? t('console.saving') : t('gate.cancel.confirm')}
        </button>
        <button type="button" class="secondary" onClick={() => setOpen(false)}>
          {t('gate.cancel.keep')}
        </button>
      </div>
    </form>
  );
}
