import { useState } from 'preact/hooks';
import type { LoadedState } from './console-answers.ts';
import { type ConsoleError, NotesPreview, PickerConfig, PublishedNotes } from './console-answers.ts';
import { runWrite, useConsole } from './console-context.ts';
import { errorFor, Field, Problems, Saved } from './FormBits.tsx';
import { pickFolder } from './pick-folder.ts';

type Meeting = LoadedState['meetings'][number];
type Notes = NonNullable<Meeting['notes']>;
type Folder = { id: string; name: string };
const SIDES = ['government', 'csn'] as const;

/**
 * Console › Meetings: the notes drafts sent for review. Each co-chair approves the version the ledger
 * holds for their own side (the console's coordinator as themselves, the other side's with their own
 * token); once both approved it, the coordinator picks a Drive folder and publishes the Google Doc.
 */
export function NotesReview() {
  const { t, language, state, server } = useConsole();
  const [folder, setFolder] = useState<Folder | null>(null);
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const inReview = state.meetings.filter((m) => m.notes);

  async function choose() {
    setErrors([]);
    const outcome = await runWrite(() => server.consolePickerConfig());
    const config = outcome.ok ? PickerConfig.safeParse(outcome.value) : null;
    if (!outcome.ok) return setErrors(outcome.errors);
    if (!config?.success) return setErrors([{ path: '', message: { en: t('console.badAnswer'), fr: t('console.badAnswer') } }]);
    try {
      const picked = await pickFolder(config.data, language, t('publish.folder'));
      if (picked) setFolder(picked);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setErrors([{ path: '', message: { en: t('publish.error.pickerFailed', { message }), fr: t('publish.error.pickerFailed', { message }) } }]);
    }
  }

  return (
    <section class="card" aria-labelledby="notes-review-title">
      <h2 id="notes-review-title">{t('publish.notesTitle')}</h2>
      <p class="hint">{t('publish.notesIntro')}</p>
      {inReview.length === 0 ? <p>{t('publish.noDrafts')}</p> : null}
      {inReview.length > 0 ? (
        <div class="field">
          <Problems errors={errors} />
          <p class="meta" id="notes-folder" role="status">
            {folder ? t('publish.folderChosen', { name: folder.name }) : t('publish.noFolder')}
          </p>
          <button type="button" class="secondary" aria-describedby="notes-folder" onClick={choose}>
            {t('publish.chooseFolder')}
          </button>
        </div>
      ) : null}
      <ul class="list">
        {inReview.map((meeting) => (
          <li key={meeting.id}>
            <MeetingNotes meeting={meeting} notes={meeting.notes!} folder={folder} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MeetingNotes({ meeting, notes, folder }: { meeting: Meeting; notes: Notes; folder: Folder | null }) {
  const { t, language, state, server, write } = useConsole();
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [published, setPublished] = useState<{ url: string; headHash: string; title: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const date = (iso: string) => new Date(iso).toLocaleDateString(language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium' });
  const languages = notes.languages.map((l) => t(`common.language.${l}`)).join(language === 'fr' ? ' et ' : ' and ');
  const bothApproved = SIDES.every((side) => notes.approvals[side]?.isCurrent);
  const headingId = `notes-${meeting.id}`;

  async function publish(event: Event) {
    event.preventDefault();
    setBusy(true);
    const outcome = await write(() => server.consolePublishNotes({ meetingId: meeting.id, folderId: folder?.id ?? '' }));
    setBusy(false);
    const answer = outcome.ok ? PublishedNotes.safeParse(outcome.value) : null;
    setErrors(outcome.ok ? [] : outcome.errors);
    if (answer?.success) setPublished(answer.data);
  }

  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId} class="item-title">
        {meeting.title}
      </h3>
      <p class="meta">{t('publish.drafted', { name: notes.draftedBy, date: date(notes.draftedAt), count: String(notes.statements), languages })}</p>
      <ul class="findings">
        {SIDES.map((side) => {
          const approval = notes.approvals[side];
          const sideName = t(`common.side.${side}`);
          const line = !approval
            ? t('publish.notApprovedYet', { side: sideName })
            : approval.isCurrent
              ? t('publish.approvedBy', { side: sideName, name: approval.name, date: date(approval.at) })
              : t('publish.approvedStale', { side: sideName, name: approval.name });
          return (
            <li key={side} class={approval?.isCurrent ? 'ok-line' : undefined}>
              {line}
            </li>
          );
        })}
      </ul>
      {(['en', 'fr'] as const).map((l) => (
        <Preview key={l} meetingId={meeting.id} language={l} version={notes.version} />
      ))}
      {notes.publishedUrl !== undefined ? (
        <p class="ok-banner">
          {`${t('publish.publishedAlready', { date: date(meeting.notesPublishedAt ?? notes.draftedAt) })} · `}
          <a href={notes.publishedUrl} target="_blank" rel="noopener noreferrer">
            {t('publish.openDoc')}
          </a>
        </p>
      ) : (
        <>
          {SIDES.filter((side) => !notes.approvals[side]?.isCurrent).map((side) => (
            <ApproveForm key={side} meetingId={meeting.id} side={side} meName={state.me?.name} meSide={state.me?.side} />
          ))}
          <form class="inline-form" aria-label={`${t('publish.publish')}: ${meeting.title}`} onSubmit={publish} noValidate>
            <Problems errors={errors} labels={{ folder: t('publish.folder') }} />
            <button type="submit" disabled={busy} aria-describedby={bothApproved ? undefined : `${headingId}-pending`}>
              {busy ? t('publish.publishing') : t('publish.publish')}
            </button>
            {bothApproved ? null : (
              <p class="hint" id={`${headingId}-pending`}>
                {t('publish.error.notApproved', { sides: SIDES.filter((side) => !notes.approvals[side]?.isCurrent).map((side) => t(`common.side.${side}`)).join(language === 'fr' ? ' et ' : ' and ') })}
              </p>
            )}
          </form>
        </>
      )}
      {published ? (
        <p class="saved" role="status">
          {t('publish.published', { head: `${published.headHash.slice(0, 12)}…` })}
        </p>
      ) : null}
    </article>
  );
}

function ApproveForm({ meetingId, side, meName, meSide }: { meetingId: string; side: 'government' | 'csn'; meName?: string; meSide?: string }) {
  const { t, server, write } = useConsole();
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [saved, setSaved] = useState(false);
  const id = `approve-${meetingId}-${side}`;

  async function approve(event: Event) {
    event.preventDefault();
    setSaved(false);
    const outcome = await write(() => server.consoleApproveNotes({ meetingId, side, token }));
    setErrors(outcome.ok ? [] : outcome.errors);
    setSaved(outcome.ok);
    if (outcome.ok) setToken('');
  }

  const hint = meName && meSide === side ? t('publish.coChairTokenHint', { name: meName, side: t(`common.side.${side}`) }) : undefined;
  return (
    <form class="inline-form" aria-label={t(`publish.approveFor.${side}`)} onSubmit={approve} noValidate>
      <Problems errors={errors} labels={{ token: t('publish.coChairToken') }} />
      <Field id={id} label={`${t('publish.coChairToken')}${hint ? ` ${t('console.optional')}` : ''}`} hint={hint} error={errorFor(errors, 'token')}>
        {(aria) => <input {...aria} type="password" autoComplete="off" class="mono" value={token} onInput={(e) => setToken(e.currentTarget.value)} />}
      </Field>
      <button type="submit">{t(`publish.approveFor.${side}`)}</button>
      {saved ? <Saved text={t('publish.approved')} /> : null}
    </form>
  );
}

/** Sidebar-sized type for the draft's preview (the notes' own page style is for a full window). */
const PREVIEW_STYLE = 'body{font:12px/1.4 Arial,sans-serif;margin:6px;color:#202124}h1{font-size:15px;margin:2px 0 6px}h2{font-size:13px;margin:10px 0 4px}h3{font-size:12px}dl{margin:0}dt{font-weight:bold}dd{margin:0 0 4px}ul{padding-left:16px;margin:2px 0}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:2px;text-align:left;vertical-align:top}.kicker{color:#3c4043;margin:0}footer{margin-top:10px;color:#3c4043;overflow-wrap:anywhere}';

/** The draft as it would print, in one language, drawn in a sandboxed frame (no script runs in it). */
function Preview({ meetingId, language, version }: { meetingId: string; language: 'en' | 'fr'; version: string }) {
  const { t, server } = useConsole();
  const [html, setHtml] = useState<{ html: string; version: string } | null>(null);
  async function toggle(event: Event) {
    if (!(event.currentTarget as HTMLDetailsElement).open || html?.version === version) return;
    const outcome = await runWrite(() => server.consoleNotesPreview({ meetingId, language }));
    const parsed = outcome.ok ? NotesPreview.safeParse(outcome.value) : null;
    if (parsed?.success) setHtml(parsed.data);
  }
  const label = t('publish.preview', { language: t(`common.language.${language}`) });
  return (
    <details onToggle={toggle}>
      <summary>{label}</summary>
      {html ? <iframe class="notes-preview" title={label} sandbox="" srcdoc={`<!doctype html><html lang="${language}"><meta charset="utf-8"><style>${PREVIEW_STYLE}</style><body>${html.html}</body></html>`} /> : <p class="meta">{t('console.loading')}</p>}
    </details>
  );
}
