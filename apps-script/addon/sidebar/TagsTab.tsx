import { useState } from 'preact/hooks';
import { TAG_COLOURS } from '../../../shared/docs/tag-colours.ts';
import { TagKind } from '../../../shared/domain/document-tag.ts';
import { Field } from '../../../shared/ui/Field.tsx';
import { Notice } from '../../../shared/ui/Notice.tsx';
import { type TagView, TagView as TagViewSchema } from './answers.ts';
import { useT } from './i18n.ts';
import { server } from './use-server.ts';

type Run = <T>(work: () => Promise<T>) => Promise<T | undefined>;
type Draft = { kind: TagKind; note: string; owner: string; dueDate: string; government: string; csn: string };

const blank = (kind: TagKind = 'decision'): Draft => ({ kind, note: '', owner: '', dueDate: '', government: '', csn: '' });
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Tag the selection; list the document's tags with show, edit and remove. */
export function TagsTab(props: { run: Run; tags: TagView[]; onTags: (tags: TagView[]) => void }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(blank());
  const [editing, setEditing] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const kindName = (kind: TagKind) => t(`docs.tag.kind.${kind}`);
  const refresh = async () => {
    const tags = await props.run(() => server.listTags());
    if (tags) props.onTags(tags.map((tag) => TagViewSchema.parse(tag)));
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const input = { kind: draft.kind, note: draft.note, owner: draft.owner, dueDate: draft.dueDate, government: draft.government, csn: draft.csn };
    const done = await props.run(() => (editing ? server.updateTag(editing, input) : server.tagSelection(input)));
    if (!done) return;
    setNotice(editing ? t('docs.tag.updated') : t('docs.tag.done', { kind: kindName(draft.kind) }));
    setEditing(undefined);
    setDraft(blank(draft.kind));
    await refresh();
  };
  const edit = (tag: TagView) => {
    setEditing(tag.id);
    setNotice(undefined);
    setDraft({ kind: tag.kind, note: tag.note ?? '', owner: tag.owner ?? '', dueDate: tag.dueDate ?? '', government: tag.positions?.government ?? '', csn: tag.positions?.csn ?? '' });
  };
  const remove = async (tag: TagView) => {
    if ((await props.run(() => server.removeTag(tag.id))) === undefined) return;
    setNotice(t('docs.tag.removed'));
    await refresh();
  };
  return (
    <div>
      <h2>{editing ? t('docs.tag.edit') : t('docs.tag.heading')}</h2>
      <form onSubmit={submit}>
        <Field id="tag-kind" label={t('docs.tag.kind')}>
          <select id="tag-kind" value={draft.kind} onChange={(e) => set({ kind: TagKind.parse((e.currentTarget as HTMLSelectElement).value) })}>
            {TagKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {kindName(kind)}
              </option>
            ))}
          </select>
        </Field>
        {draft.kind === 'action' ? (
          <>
            <Field id="tag-owner" label={t('docs.tag.owner')}>
              <input id="tag-owner" value={draft.owner} onInput={(e) => set({ owner: e.currentTarget.value })} />
            </Field>
            <Field id="tag-due" label={t('docs.tag.dueDate')}>
              <input id="tag-due" type="date" value={draft.dueDate} onInput={(e) => set({ dueDate: e.currentTarget.value })} />
            </Field>
          </>
        ) : null}
        {draft.kind === 'disagreement' ? (
          <>
            <Field id="tag-gov" label={t('docs.tag.government')}>
              <textarea id="tag-gov" value={draft.government} onInput={(e) => set({ government: e.currentTarget.value })} />
            </Field>
            <Field id="tag-csn" label={t('docs.tag.csn')}>
              <textarea id="tag-csn" value={draft.csn} onInput={(e) => set({ csn: e.currentTarget.value })} />
            </Field>
          </>
        ) : null}
        <Field id="tag-note" label={t('docs.tag.note')}>
          <textarea id="tag-note" value={draft.note} onInput={(e) => set({ note: e.currentTarget.value })} />
        </Field>
        <button type="submit" class="cc-primary">
          {editing ? t('docs.tag.save') : t('docs.tag.button')}
        </button>
        {editing ? (
          <button type="button" class="cc-secondary" onClick={() => { setEditing(undefined); setDraft(blank()); }}>
            {t('docs.tag.cancel')}
          </button>
        ) : null}
      </form>
      {notice ? <Notice tone="success">{notice}</Notice> : null}

      <h2>{t('docs.tag.list')}</h2>
      {props.tags.length === 0 ? <p>{t('docs.tag.none')}</p> : null}
      <ul class="cc-list">
        {props.tags.map((tag) => {
          const names = { kind: kindName(tag.kind).toLowerCase(), quote: short(tag.quotedText) };
          return (
            <li key={tag.id}>
              <span class="cc-swatch" style={{ background: TAG_COLOURS[tag.kind] }} aria-hidden="true" />
              <strong>{kindName(tag.kind)}</strong>
              {tag.commitmentCode ? <span class="cc-muted"> · {t('docs.tag.in', { code: tag.commitmentCode })}</span> : null}
              <p class="cc-quote">{t.language === 'fr' ? `« ${short(tag.quotedText)} »` : `“${short(tag.quotedText)}”`}</p>
              {tag.owner || tag.dueDate ? <p>{t('docs.tag.ownerDue', { owner: tag.owner ?? '—', dueDate: tag.dueDate ?? '—' })}</p> : null}
              {tag.positions?.government ? <p><strong>{t('docs.tag.government')}</strong> — {tag.positions.government}</p> : null}
              {tag.positions?.csn ? <p><strong>{t('docs.tag.csn')}</strong> — {tag.positions.csn}</p> : null}
              {tag.note ? <p class="cc-muted">{tag.note}</p> : null}
              {tag.lost ? <Notice tone="warning">{t('docs.tag.lost')}</Notice> : null}
              <div class="cc-actions">
                {!tag.lost ? (
                  <>
                    <button type="button" class="cc-link" aria-label={t('docs.tag.showNamed', names)} onClick={() => void props.run(() => server.selectTag(tag.id))}>
                      {t('docs.tag.show')}
                    </button>
                    <button type="button" class="cc-link" aria-label={t('docs.tag.editNamed', names)} onClick={() => edit(tag)}>
                      {t('docs.tag.edit')}
                    </button>
                  </>
                ) : null}
                <button type="button" class="cc-link" aria-label={t('docs.tag.removeNamed', names)} onClick={() => void remove(tag)}>
                  {t('docs.tag.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
