import { useState } from 'preact/hooks';
import { ProposalDisposition } from '../../../../shared/domain/proposal.ts';
import type { ConsoleError, ConsoleProposal } from './console-answers.ts';
import { useConsole } from './console-context.ts';
import { errorFor, Problems, Saved, SelectField, TextField } from './FormBits.tsx';

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);

/** Console › Proposals: every proposal with its channel and submitter; disposition and reasoned response (EN+FR); coverage (R9). */
export function ProposalsPanel() {
  const { t, state } = useConsole();
  const [open, setOpen] = useState<string | null>(null);
  const [savedFor, setSavedFor] = useState<string | null>(null);
  const { owing, responded } = state.coverage;
  const percent = owing === 0 ? 100 : Math.floor((responded / owing) * 100);
  return (
    <div>
      <section class="card" aria-labelledby="proposals-title">
        <h2 id="proposals-title">{t('console.proposals.title')}</h2>
        <p class="coverage">{owing === 0 ? t('console.proposals.noneOwed') : t('console.proposals.coverage', { responded, owing, percent })}</p>
        {savedFor ? <Saved text={t('console.saved')} /> : null}
        {state.proposals.length === 0 ? <p>{t('console.proposals.none')}</p> : null}
        <ul class="list">
          {state.proposals.map((p) => (
            <li key={p.id}>
              <p class="item-title">{p.text}</p>
              <p class="meta">
                {t('console.proposals.from', { channel: t(`domain.proposalChannel.${p.channel as 'email'}`), submitter: p.submittedBy ?? t('console.proposals.anonymous') })}
                {`, ${t('console.proposals.submittedOn', { date: p.submittedAt.slice(0, 10) })}`}
                <br />
                {t(`domain.disposition.${p.disposition as 'pending'}`)}
                {p.needsResponse ? ` · ${p.hasResponse ? t('console.proposals.responseGiven') : t('console.proposals.responseMissing')}` : ''}
              </p>
              {open === p.id ? (
                <DispositionForm
                  proposal={p}
                  onDone={() => {
                    setOpen(null);
                    setSavedFor(p.id);
                  }}
                  onCancel={() => setOpen(null)}
                />
              ) : (
                <button
                  type="button"
                  class="secondary"
                  aria-label={`${t('console.proposals.dispose')}: ${short(p.text)}`}
                  onClick={() => {
                    setOpen(p.id);
                    setSavedFor(null);
                  }}
                >
                  {t('console.proposals.dispose')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function DispositionForm({ proposal, onDone, onCancel }: { proposal: ConsoleProposal; onDone: () => void; onCancel: () => void }) {
  const { t, server, write } = useConsole();
  const [disposition, setDisposition] = useState(proposal.disposition);
  const [en, setEn] = useState(proposal.response?.en ?? '');
  const [fr, setFr] = useState(proposal.response?.fr ?? '');
  const [docUrl, setDocUrl] = useState(proposal.docUrl ?? '');
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [busy, setBusy] = useState(false);
  const id = proposal.id.replace(/[^A-Za-z0-9_-]/g, '_');
  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    const outcome = await write(() => server.consoleDisposeProposal({ proposalId: proposal.id, disposition, responseEn: en, responseFr: fr, docUrl }));
    setBusy(false);
    if (outcome.ok) onDone();
    else setErrors(outcome.errors);
  }
  const labels = { 'response.text.en': t('console.proposals.responseEn'), 'response.text.fr': t('console.proposals.responseFr'), 'response.docUrl': t('console.proposals.docUrl') };
  return (
    <form class="inline-form" aria-label={t('console.proposals.disposeFor', { text: short(proposal.text) })} onSubmit={save} noValidate>
      <Problems errors={errors} labels={labels} />
      <SelectField
        id={`disp-${id}`}
        label={t('console.proposals.disposition')}
        value={disposition}
        onChange={setDisposition}
        options={ProposalDisposition.options.map((d) => [d, t(`domain.disposition.${d}`)] as const)}
        error={errorFor(errors, 'disposition')}
      />
      <TextField id={`resp-en-${id}`} label={t('console.proposals.responseEn')} rows={4} value={en} onInput={setEn} error={errorFor(errors, 'response.text.en')} />
      <TextField id={`resp-fr-${id}`} label={t('console.proposals.responseFr')} lang="fr" rows={4} value={fr} onInput={setFr} error={errorFor(errors, 'response.text.fr')} />
      <TextField id={`resp-url-${id}`} label={`${t('console.proposals.docUrl')} ${t('console.optional')}`} type="url" value={docUrl} onInput={setDocUrl} error={errorFor(errors, 'response.docUrl')} />
      <div class="buttons">
        <button type="submit" disabled={busy}>
          {busy ? t('console.saving') : t('console.proposals.save')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('console.cancel')}
        </button>
      </div>
    </form>
  );
}
