import type { ExtensionMessage } from '../../shared/protocol/extension-messages.ts';
import type { PageContext } from '../features/page-context.ts';
import type { CocreateDb } from '../services/db.ts';
import type { LocalEnv } from '../services/local-env.ts';

/**
 * What the side panel needs from the browser, passed in by its entrypoint (the only place that
 * touches `browser.*`), so component tests pass small fakes.
 */
export type PanelPorts = {
  db: CocreateDb;
  env: LocalEnv;
  /** Sends a message to the background and resolves with its raw reply (parsed by the caller). */
  sendToBackground: (message: ExtensionMessage) => Promise<unknown>;
  /** Asks the active tab's content script what its page shows; null when it has none. */
  getPageContext: () => Promise<unknown>;
  /** Calls back with each new page description (pushed, or on a tab switch; null: none). Returns an unsubscribe. */
  watchPageContext: (onContext: (context: unknown) => void) => () => void;
  /** Saves a text file to the user's downloads (the notes page's; the side panel ships no exports). */
  download?: (fileName: string, mimeType: string, text: string) => void;
  /** Opens the options page (ledger, token, name, side, language). */
  openOptions: () => void;
  /** Opens the after-meeting notes of this meeting in a tab (the notes page). */
  openNotes: (meetingId: string) => void;
  /** Puts text on the clipboard; false when the browser refused (the notes page's, as `download`). */
  copy?: (text: string) => Promise<boolean>;
  /** Calls back with a meeting id when the background recorded an annotation for it (meeting tab). */
  watchAnnotations?: (onChange: (meetingId: string) => void) => () => void;
};

export type { PageContext };
