import { browser } from 'wxt/browser';
import { bilingualMessage } from '../../shared/i18n/translate.ts';
import type { MessageDeps, MessageReply } from '../services/answer-message.ts';
import { answerMessage, readMessage } from '../services/answer-message.ts';
import { type CocreateDb, openCocreateDb } from '../services/db.ts';
import type { Member } from '../../shared/domain/member.ts';
import { whoami } from '../services/ledger-calls.ts';
import { joinLedgerMeeting, ledgerAnnotationList, ledgerCommitmentList, ledgerDocView, ledgerMeetingList, type MirrorDeps } from '../services/ledger-mirror.ts';
import { countOutbox, countRejected, requeueRejected } from '../services/outbox.ts';
import { getSettings, hasLedger, watchSettings } from '../services/settings.ts';
import { createSyncCoordinator } from '../services/sync-coordinator.ts';
import { runSync } from '../services/sync-engine.ts';
import { createSyncStatusWriter, getSyncStatus } from '../services/sync-status.ts';
import { createLedgerTransport, type LedgerTransport } from './ledger-client.ts';
import { hasLedgerHost } from './permissions.ts';
import { systemEnv } from './system-env.ts';

export const SYNC_ALARM = 'cocreate-sync';

export type BackgroundOptions = { dbName?: string; transport?: LedgerTransport; sleep?: (ms: number) => Promise<void> };

/**
 * Everything the background does, wired to the browser: messages from pages, a sync alarm every
 * minute, the network coming back, settings changes. Returns the coordinator for tests.
 */
export function startBackground(options: BackgroundOptions = {}) {
  let opened: Promise<CocreateDb> | undefined;
  const db = () => (opened ??= openCocreateDb(options.dbName));
  const transport = options.transport ?? createLedgerTransport();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  const statusWriter = createSyncStatusWriter();
  const setSyncStatus = statusWriter.publish;
  // Nothing is sent, but what the side panel queued meanwhile is still counted and shown.
  const recount = () =>
    statusWriter.patch(async (previous) => {
      const database = await db();
      const [queued, rejected] = await Promise.all([countOutbox(database), countRejected(database)]);
      return { ...previous, queued, rejected };
    });
  const coordinator = createSyncCoordinator({
    getStatus: () => getSyncStatus(),
    skip: recount,
    refresh: recount,
    now: systemEnv.now,
    sleep,
    random: systemEnv.random,
    run: async (wakeableSleep) => {
      const [database, settings, previous] = await Promise.all([db(), getSettings(), getSyncStatus()]);
      try {
        const report = await runSync({
          db: database,
          transport,
          settings,
          previous,
          publish: (status) => setSyncStatus(status),
          now: systemEnv.now,
          random: systemEnv.random,
          sleep: wakeableSleep,
          canReachHost: () => hasLedgerHost(settings.ledgerUrl).catch(() => true),
        });
        return report.status;
      } catch {
        // The browser's storage failed mid-run: say so rather than stay "syncing".
        const failed = { ...previous, state: 'error' as const, problem: { code: 'storage', message: bilingualMessage('sync.error.storage') } };
        await setSyncStatus(failed);
        return failed;
      }
    },
  });

  // Whose token this is, asked once per ledger address and token while the background lives: the
  // join list needs it to know which meeting records are this member's (a failed ask is asked again).
  let member: { key: string; asked: Promise<Member | undefined> } | undefined;
  const memberOf = (connection: NonNullable<MirrorDeps['connection']>) => {
    const key = `${connection.ledgerUrl}\n${connection.token}`;
    if (member?.key !== key) {
      const asked: Promise<Member | undefined> = whoami(connection)
        .then((outcome) => (outcome.kind === 'ok' ? outcome.member : undefined), () => undefined)
        .then((found) => {
          if (!found && member?.asked === asked) member = undefined;
          return found;
        });
      member = { key, asked };
    }
    return member.asked;
  };
  const mirrorDeps = async (): Promise<MirrorDeps> => {
    const settings = await getSettings();
    const connection = hasLedger(settings) ? { transport, ledgerUrl: settings.ledgerUrl, token: settings.token } : undefined;
    return { db: await db(), connection, now: systemEnv.now, ...(connection ? { whoami: () => memberOf(connection) } : {}) };
  };
  const deps: MessageDeps = {
    sync: (trigger) => coordinator.trigger(trigger),
    retryRejected: async () => requeueRejected(await db()),
    transport,
    ledgerDoc: async (docId) => ledgerDocView(await mirrorDeps(), docId),
    ledgerCommitments: async () => ledgerCommitmentList(await mirrorDeps()),
    ledgerMeetings: async () => ledgerMeetingList(await mirrorDeps()),
    ledgerAnnotations: async (meetingId) => ledgerAnnotationList(await mirrorDeps(), meetingId),
    joinMeeting: async (meetingId) => {
      const settings = await getSettings();
      const me = settings.displayName && settings.side ? { name: settings.displayName, side: settings.side } : undefined;
      return joinLedgerMeeting(await mirrorDeps(), meetingId, me);
    },
  };
  const storageFailed: MessageReply = { ok: false, problem: { code: 'storage', message: bilingualMessage('sync.error.storage') } };

  // sendResponse + `return true`: a listener returning a Promise answers `undefined` in some browsers.
  const kick = (trigger: Parameters<typeof coordinator.trigger>[0]) => {
    coordinator.trigger(trigger).catch(() => {});
  };

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const ours = readMessage(message);
    if (!ours) return false;
    answerMessage(ours, deps).then(sendResponse, () => sendResponse(storageFailed));
    return true;
  });
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) kick('alarm');
  });
  globalThis.addEventListener?.('online', () => kick('online'));
  // Only a new address or token changes what sync can do; a new token may also carry other roles,
  // so refused events get another chance.
  let connection = getSettings().then((settings) => `${settings.ledgerUrl}\n${settings.token}`);
  watchSettings((settings) => {
    const next = `${settings.ledgerUrl}\n${settings.token}`;
    connection = connection.then((previous) => {
      if (previous !== next) {
        deps
          .retryRejected()
          .catch(() => 0)
          .then(() => kick('settings'));
      }
      return next;
    });
  });
  kick('startup');
  return coordinator;
}
