import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ConsoleKey } from './console-messages.ts';
import type { Language } from '../../../../shared/i18n/language.ts';
import type { ScriptRun } from '../../../../shared/ui/server-bridge.ts';
import { type ConsoleError, ConsoleState, type LoadedState } from './console-answers.ts';
import { Console, type ConsoleContext, makeServer, runWrite, translator } from './console-context.ts';
import { DashboardPanel } from './DashboardPanel.tsx';
import { MeetingsPanel } from './MeetingsPanel.tsx';
import { MembersPanel } from './MembersPanel.tsx';
import { ProcedurePanel } from './ProcedurePanel.tsx';
import { ProposalsPanel } from './ProposalsPanel.tsx';
import { StakeholdersPanel } from './StakeholdersPanel.tsx';
import { VerdictPanel } from './VerdictPanel.tsx';
import { WorkplanPanel } from './WorkplanPanel.tsx';

const TABS = [
  ['members', 'console.tab.members', MembersPanel],
  ['procedure', 'console.tab.procedure', ProcedurePanel],
  ['workplan', 'console.tab.workplan', WorkplanPanel],
  ['meetings', 'console.tab.meetings', MeetingsPanel],
  ['proposals', 'console.tab.proposals', ProposalsPanel],
  ['stakeholders', 'console.tab.stakeholders', StakeholdersPanel],
  ['verdict', 'console.tab.verdict', VerdictPanel],
  ['dashboard', 'console.tab.dashboard', DashboardPanel],
] as const satisfies ReadonlyArray<readonly [string, ConsoleKey, () => unknown]>;
type TabId = (typeof TABS)[number][0];

/** The console: loads the ledger's state, then one tab at a time (WAI-ARIA tabs: arrows, Home and End move between tabs). */
export function ConsoleApp({ run, initialTab = 'members' }: { run: ScriptRun; initialTab?: TabId }) {
  const server = useMemo(() => makeServer(run), [run]);
  const [state, setState] = useState<LoadedState | null>(null);
  const [failure, setFailure] = useState<{ language: Language; errors: ConsoleError[] } | null>(null);
  const [tab, setTab] = useState<TabId>(initialTab);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  async function load(): Promise<void> {
    const outcome = await runWrite(async () => ({ ok: true, value: await server.consoleState() }));
    const parsed = outcome.ok ? ConsoleState.safeParse(outcome.value) : null;
    if (parsed?.success && parsed.data.ok) {
      setState(parsed.data);
      setFailure(null);
      document.documentElement.lang = parsed.data.language;
    } else if (parsed?.success && !parsed.data.ok) {
      setFailure({ language: parsed.data.language, errors: parsed.data.errors });
      document.documentElement.lang = parsed.data.language;
    } else {
      const errors = outcome.ok ? [{ path: '', message: { en: translator('en')('console.badAnswer'), fr: translator('fr')('console.badAnswer') } }] : outcome.errors;
      setFailure({ language: state?.language ?? 'en', errors });
    }
  }

  useEffect(() => {
    void load();
  }, []);

  if (failure && !state) {
    const t = translator(failure.language);
    return (
      <main>
        <h1>{t('console.title')}</h1>
        <div class="problems" role="alert">
          {failure.errors.map((e, i) => (
            <p key={i}>{e.message[failure.language]}</p>
          ))}
        </div>
      </main>
    );
  }
  if (!state) {
    return (
      <main>
        <h1>{translator('en')('console.title')}</h1>
        <p role="status">{translator('en')('console.loading')}</p>
      </main>
    );
  }

  const t = translator(state.language);
  const context: ConsoleContext = {
    language: state.language,
    t,
    state,
    server,
    write: async (call) => {
      const outcome = await runWrite(call);
      if (outcome.ok) await load();
      return outcome;
    },
  };
  const move = (event: KeyboardEvent, index: number) => {
    const last = TABS.length - 1;
    const next = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? (index === last ? 0 : index + 1) : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? (index === 0 ? last : index - 1) : event.key === 'Home' ? 0 : event.key === 'End' ? last : -1;
    if (next < 0) return;
    event.preventDefault();
    const id = TABS[next]![0];
    setTab(id);
    tabRefs.current[id]?.focus();
  };
  const Panel = TABS.find(([id]) => id === tab)![2];

  return (
    <Console.Provider value={context}>
      <main>
        <h1>{t('console.title')}</h1>
        {state.me ? (
          <p class="meta">{t('console.writingAs', { name: state.me.name, side: t(`common.side.${state.me.side}`) })}</p>
        ) : (
          <p class="warning">{t('console.notLinked')}</p>
        )}
        <div role="tablist" aria-label={t('console.sections')} class="tabs">
          {TABS.map(([id, key], index) => (
            <button
              key={id}
              ref={(el) => {
                tabRefs.current[id] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
              onKeyDown={(e) => move(e, index)}
            >
              {t(key)}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} key={tab}>
          <Panel />
        </div>
      </main>
    </Console.Provider>
  );
}
