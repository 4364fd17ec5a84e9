import { browser } from 'wxt/browser';
import type { AnnotationKind } from '../../shared/domain/annotation-kind.ts';
import { PageContext } from '../features/page-context.ts';
import { GET_PAGE_CONTEXT } from '../features/platform-feature.ts';
import { type CocreateDb, openCocreateDb } from '../services/db.ts';
import { recordQuickAnnotation } from '../services/quick-annotation.ts';
import {
  ANNOTATIONS_CHANGED,
  kindOfCommand,
  QUICK_ANNOTATION_RESULT,
  type QuickAnnotationResultMessage,
  readQuickAnnotation,
} from '../services/quick-annotation-messages.ts';
import { systemEnv } from './system-env.ts';

/** The manifest's command that opens the side panel on Chrome (Firefox has `_execute_sidebar_action`). */
export const OPEN_SIDE_PANEL = 'open-side-panel';

type SidePanelApi = { open: (options: { windowId?: number; tabId?: number }) => Promise<void> };

/**
 * Annotating from the meeting tab: the manifest's commands (keyboard shortcuts, wherever the focus
 * is) and the on-page control's buttons both end in `annotateFromTab`. It asks the tab what its page
 * shows (captions, when read), records through the side panel's own `createAnnotation`, tells the
 * tab how it went, and tells the side panel to re-read its list.
 */
export function startQuickAnnotations(options: { dbName?: string; onSaved?: () => void } = {}) {
  let opened: Promise<CocreateDb> | undefined;
  const db = () => (opened ??= openCocreateDb(options.dbName));

  const askPage = async (tabId: number): Promise<PageContext | undefined> => {
    try {
      const parsed = PageContext.safeParse(await browser.tabs.sendMessage(tabId, { type: GET_PAGE_CONTEXT }));
      return parsed.success ? parsed.data : undefined;
    } catch {
      // No content script on this tab (any other page): the annotation goes on without the page.
      return undefined;
    }
  };

  const annotateFromTab = async (kind: AnnotationKind, tabId: number | undefined): Promise<QuickAnnotationResultMessage> => {
    // Asked first and not awaited here: the tab answers while the meetings are read.
    const context = tabId === undefined ? undefined : askPage(tabId);
    const result = await recordQuickAnnotation(await db(), { kind, context }, systemEnv).catch(() => ({ ok: false as const, reason: 'refused' as const }));
    const reply: QuickAnnotationResultMessage = result.ok
      ? {
          type: QUICK_ANNOTATION_RESULT,
          ok: true,
          kind,
          ...(result.record.offsetMs !== undefined ? { offsetMs: result.record.offsetMs } : {}),
          ...(result.record.speaker?.name ? { speaker: result.record.speaker.name } : {}),
        }
      : { type: QUICK_ANNOTATION_RESULT, ok: false, reason: result.reason };
    if (tabId !== undefined) void browser.tabs.sendMessage(tabId, reply).catch(() => undefined);
    if (result.ok) {
      void browser.runtime.sendMessage({ type: ANNOTATIONS_CHANGED, meetingId: result.record.meetingId }).catch(() => undefined);
      options.onSaved?.();
    }
    return reply;
  };

  /** What the browser calls for a shortcut; exported so a test can take the same path. */
  const runCommand = (command: string, tab?: { id?: number; windowId?: number }): Promise<QuickAnnotationResultMessage> | undefined => {
    if (command === OPEN_SIDE_PANEL) {
      // Synchronously, inside the key press: the browser opens the panel only during a user gesture.
      const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
      if (sidePanel && tab?.windowId !== undefined) void sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
      return undefined;
    }
    const kind = kindOfCommand(command);
    return kind ? annotateFromTab(kind, tab?.id) : undefined;
  };

  browser.commands.onCommand.addListener((command, tab) => {
    void runCommand(command, tab);
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    const kind = readQuickAnnotation(message);
    if (!kind || sender.tab?.id === undefined) return false;
    void annotateFromTab(kind, sender.tab.id);
    return false;
  });
  return { annotateFromTab, runCommand };
}
