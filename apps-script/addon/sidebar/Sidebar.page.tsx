import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../../shared/ui/sidebar.css';
import type { Language } from '../../../shared/i18n/language.ts';
import { LanguageSwitch } from '../../../shared/ui/LanguageSwitch.tsx';
import { Notice } from '../../../shared/ui/Notice.tsx';
import { Tabs } from '../../../shared/ui/Tabs.tsx';
import { type DocumentCheck, type SidebarState, SidebarState as StateSchema, type TagView } from './answers.ts';
import { CommitmentsTab } from './CommitmentsTab.tsx';
import { type DocsKey, LanguageContext, translateDocs } from './i18n.ts';
import { SettingsTab } from './SettingsTab.tsx';
import { SignOffTab } from './SignOffTab.tsx';
import { SyncTab } from './SyncTab.tsx';
import { TagsTab } from './TagsTab.tsx';
import { server } from './use-server.ts';

const TABS = ['commitments', 'tags', 'signoff', 'sync', 'settings'] as const;
type TabId = (typeof TABS)[number];

function Sidebar() {
  const [state, setState] = useState<SidebarState>();
  const [language, setLanguage] = useState<Language>('en');
  const [tab, setTab] = useState<TabId>('commitments');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [check, setCheck] = useState<DocumentCheck>();
  const [tags, setTags] = useState<TagView[]>([]);
  const t = (key: DocsKey, params?: Readonly<Record<string, string | number>>) => translateDocs(key, language, params);

  useEffect(() => {
    server
      .getSidebarState()
      .then((answer) => {
        const parsed = StateSchema.parse(answer);
        setState(parsed);
        setLanguage(parsed.language);
        setTags(parsed.tags);
        if (!parsed.settings.ledgerUrl) setTab('settings');
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  /** One server call at a time; its error is shown, nothing else changes. */
  const run = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  if (!state) return <main>{error ? <Notice tone="error">{t('docs.error', { message: error })}</Notice> : <p role="status">{t('docs.loading')}</p>}</main>;
  return (
    <LanguageContext.Provider value={language}>
      <main aria-busy={busy}>
        <div class="cc-header">
          <h1>{t('docs.sidebar.title')}</h1>
          <LanguageSwitch value={language} label={t('docs.settings.language')} onChange={setLanguage} />
        </div>
        <Tabs label={t('docs.sidebar.tabs')} tabs={TABS.map((id) => ({ id, label: t(`docs.tab.${id}`) }))} selected={tab} onSelect={(id) => setTab(id as TabId)}>
          {tab === 'commitments' ? <CommitmentsTab run={run} check={check} onChecked={setCheck} /> : null}
          {tab === 'tags' ? <TagsTab run={run} tags={tags} onTags={setTags} /> : null}
          {tab === 'signoff' ? <SignOffTab run={run} check={check} {...(state.settings.member ? { member: state.settings.member } : {})} /> : null}
          {tab === 'sync' ? <SyncTab run={run} waiting={state.waiting} {...(state.retried ? { retried: state.retried } : {})} /> : null}
          {tab === 'settings' ? <SettingsTab run={run} settings={state.settings} language={language} onLanguage={setLanguage} onSaved={(settings) => setState({ ...state, settings })} /> : null}
        </Tabs>
        <div aria-live="polite" class="cc-muted">{busy ? t('docs.working') : ''}</div>
        {error ? <Notice tone="error">{t('docs.error', { message: error })}</Notice> : null}
      </main>
    </LanguageContext.Provider>
  );
}

render(<Sidebar />, document.getElementById('app')!);
