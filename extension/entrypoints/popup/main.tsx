import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/assets/panel.css';
import { PopupStatus } from '@/components/PopupStatus';
import { openCocreateDb } from '@/services/db';
import { listMeetings } from '@/services/meetings';

type SidePanelApi = { sidePanel?: { open: (options: { windowId: number }) => Promise<void> } };
type SidebarApi = { sidebarAction?: { open: () => Promise<void> } };

// Wiring only. Chrome opens side panels with sidePanel.open, Firefox with sidebarAction.open; both
// must be called synchronously from the click, so the window is named without a lookup.

async function openSidePanel(): Promise<boolean> {
  const api = browser as unknown as SidePanelApi & SidebarApi;
  try {
    if (api.sidebarAction) await api.sidebarAction.open();
    else if (api.sidePanel) await api.sidePanel.open({ windowId: browser.windows.WINDOW_ID_CURRENT });
    else return false;
    globalThis.close();
    return true;
  } catch {
    return false;
  }
}

render(
  <PopupStatus
    ports={{
      activeMeeting: async () => (await listMeetings(await openCocreateDb())).find((record) => record.startedAt && !record.endedAt),
      openSidePanel,
      openOptions: () => void browser.runtime.openOptionsPage(),
    }}
  />,
  document.getElementById('app')!,
);
