import { appsScriptMessages } from './messages/apps-script.ts';
import { commonMessages } from './messages/common.ts';
import { domainMessages } from './messages/domain.ts';
import { extensionMessages } from './messages/extension.ts';
import { ledgerMessages } from './messages/ledger.ts';
import { protocolMessages } from './messages/protocol.ts';
import { rulesMessages } from './messages/rules.ts';
import { schemaMessages } from './messages/schema.ts';
import { syncMessages } from './messages/sync.ts';
import { viewsMessages } from './messages/views.ts';
import { exportsMessages } from './messages/exports.ts';
import { publicRecordMessages } from './messages/publicrecord.ts';
import { platformsMessages } from './messages/platforms.ts';
import { docsMessages } from './messages/docs.ts';
import { startMessages } from './messages/start.ts';
import { storeMessages } from './messages/store.ts';
import { syncloadMessages } from './messages/syncload.ts';
import { consoleMessages } from './messages/console.ts';
import { notesMessages } from './messages/notes.ts';
import { integrityMessages } from './messages/integrity.ts';
import { notespageMessages } from './messages/notespage.ts';
import { outreachMessages } from './messages/outreach.ts';
import { digestMessages } from './messages/digest.ts';
import { publishMessages } from './messages/publish.ts';
import { ledgerStoreMessages } from './messages/ledger-store.ts';
import { gateMessages } from './messages/gate.ts';
import { ledgerBuildMessages } from './messages/ledgerbuild.ts';
import { joinMessages } from './messages/join.ts';

/** Every user-facing string, English and French, by key. One file per area under messages/. */
export const catalogue = {
  ...commonMessages,
  ...schemaMessages,
  ...domainMessages,
  ...rulesMessages,
  ...ledgerMessages,
  ...viewsMessages,
  ...exportsMessages,
  ...protocolMessages,
  ...extensionMessages,
  ...syncMessages,
  ...appsScriptMessages,
  ...publicRecordMessages,
  ...platformsMessages,
  ...docsMessages,
  ...startMessages,
  ...storeMessages,
  ...syncloadMessages,
  ...consoleMessages,
  ...notesMessages,
  ...integrityMessages,
  ...notespageMessages,
  ...outreachMessages,
  ...digestMessages,
  ...publishMessages,
  ...ledgerStoreMessages,
  ...gateMessages,
  ...ledgerBuildMessages,
  ...joinMessages,
};

export type MessageKey = keyof typeof catalogue;
