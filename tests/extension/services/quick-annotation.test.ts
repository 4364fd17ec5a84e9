import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { listAnnotations } from '../../../extension/services/annotations.ts';
import type { CocreateDb } from '../../../extension/services/db.ts';
import { endMeeting, saveMeeting, startMeeting } from '../../../extension/services/meetings.ts';
import { peekBatch } from '../../../extension/services/outbox.ts';
import { recordQuickAnnotation } from '../../../extension/services/quick-annotation.ts';
import { commandForKind, kindOfCommand, readQuickAnnotation, readQuickAnnotationResult } from '../../../extension/services/quick-annotation-messages.ts';
import { fixedEnv, freshDb } from './fixed-env.ts';

let db: CocreateDb;
beforeEach(async () => {
  db = await freshDb();
});

const meeting = {
  title: 'Multi-stakeholder forum, November',
  type: 'msf_regular',
  startsAt: '2026-11-27T14:00:00.000Z',
  venueType: 'online_only',
  remoteUrl: 'https://meet.google.com/abc-defg-hij',
  chairSide: 'csn',
  attendees: [{ name: 'Alex Martin', side: 'government' }],
  attribution: 'by_side',
  notesStatus: { en: 'none', fr: 'none' },
};

async function startedMeeting(env = fixedEnv()) {
  const saved = await saveMeeting(db, meeting, env);
  if (!saved.ok) throw new Error('meeting refused');
  await startMeeting(db, saved.value.id, env);
  return { id: saved.value.id, env };
}

describe('recordQuickAnnotation (shortcut or on-page control)', () => {
  it('records the kind at the time since the meeting started, with the last caption lines and who spoke last, and queues it', async () => {
    const { id, env } = await startedMeeting();
    env.advance(65_000);
    const result = await recordQuickAnnotation(
      db,
      {
        kind: 'decision',
        context: {
          platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij', isMeetingOn: true, captions: 'ok',
          captionLines: [{ speaker: 'Marie Dubois', text: 'Agreed.' }, { speaker: 'Sam Lee', text: 'Then it is decided.' }],
          captionText: 'Marie Dubois: Agreed.\nSam Lee: Then it is decided.',
        },
      },
      env,
    );
    expect(result.ok).toBe(true);
    const [stored] = await listAnnotations(db, id);
    expect(stored).toMatchObject({ kind: 'decision', text: '', captionText: 'Marie Dubois: Agreed.\nSam Lee: Then it is decided.', speaker: { name: 'Sam Lee' } });
    expect(stored!.offsetMs).toBeGreaterThanOrEqual(65_000);
    const events = (await peekBatch(db)).map((entry) => entry.event);
    expect(events.at(-1)).toMatchObject({ type: 'annotation.created', entityId: stored!.id, payload: { kind: 'decision', speaker: { name: 'Sam Lee' } } });
  });

  it.each([
    ['captions off', { platform: 'zoom', url: 'https://app.zoom.us/wc/1/meeting', isMeetingOn: true, captions: 'off' }],
    ['captions unreadable', { platform: 'teams', url: 'https://teams.microsoft.com/', isMeetingOn: true, captions: 'unreadable' }],
    ['no content script (any other page)', undefined],
  ] as const)('still records with %s, without caption text or speaker', async (_name, context) => {
    const { id, env } = await startedMeeting();
    expect((await recordQuickAnnotation(db, { kind: 'question', context }, env)).ok).toBe(true);
    const [stored] = await listAnnotations(db, id);
    expect(stored).toMatchObject({ kind: 'question', text: '' });
    expect(stored!.captionText).toBeUndefined();
    expect(stored!.speaker).toBeUndefined();
  });

  it('stamps the time of the key press even when the page answers later, and keeps what the page said', async () => {
    const { id, env } = await startedMeeting();
    env.advance(30_000);
    let answer!: (context: { platform: 'google-meet'; url: string; isMeetingOn: true; captions: 'ok'; captionLines: { speaker: string; text: string }[]; captionText: string }) => void;
    const context = new Promise<Parameters<typeof answer>[0]>((resolve) => (answer = resolve));
    const recording = recordQuickAnnotation(db, { kind: 'action', context }, env);
    // The tab takes 20 seconds to answer (a busy page): the annotation still sits at 30 s.
    env.advance(20_000);
    answer({ platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij', isMeetingOn: true, captions: 'ok', captionLines: [{ speaker: 'Sam Lee', text: 'I will send it.' }], captionText: 'Sam Lee: I will send it.' });
    expect((await recording).ok).toBe(true);
    const [stored] = await listAnnotations(db, id);
    expect(stored).toMatchObject({ kind: 'action', speaker: { name: 'Sam Lee' }, captionText: 'Sam Lee: I will send it.' });
    expect(stored!.offsetMs).toBeGreaterThanOrEqual(30_000);
    expect(stored!.offsetMs).toBeLessThan(50_000);
  });

  it('refuses, writing nothing, when no meeting is started or the meeting has ended', async () => {
    expect(await recordQuickAnnotation(db, { kind: 'note' }, fixedEnv())).toEqual({ ok: false, reason: 'no-meeting' });
    const { id, env } = await startedMeeting();
    await endMeeting(db, id, env);
    const before = (await peekBatch(db)).length;
    expect(await recordQuickAnnotation(db, { kind: 'note' }, env)).toEqual({ ok: false, reason: 'no-meeting' });
    expect(await listAnnotations(db, id)).toEqual([]);
    expect((await peekBatch(db)).length).toBe(before);
  });
});

describe('quick annotation messages', () => {
  it.each(['decision', 'action', 'agreement', 'disagreement', 'question', 'note'] as const)('command and message for %s', (kind) => {
    expect(kindOfCommand(commandForKind(kind))).toBe(kind);
    expect(readQuickAnnotation({ type: 'quick-annotation', kind })).toBe(kind);
  });

  it.each([
    [{ type: 'quick-annotation', kind: 'delete-everything' }],
    [{ type: 'quick-annotation' }],
    [{ type: 'get-page-context' }],
    [null],
    ['annotate-decision'],
  ])('ignores anything else (%j)', (message) => {
    expect(readQuickAnnotation(message)).toBeUndefined();
  });

  it('reads the background’s answer and drops unknown fields or kinds', () => {
    expect(readQuickAnnotationResult({ type: 'quick-annotation-result', ok: true, kind: 'action', offsetMs: 5000, speaker: 'Sam', extra: 1 })).toEqual({
      type: 'quick-annotation-result', ok: true, kind: 'action', offsetMs: 5000, speaker: 'Sam',
    });
    expect(readQuickAnnotationResult({ type: 'quick-annotation-result', ok: true, kind: 'other' })).toBeUndefined();
    expect(readQuickAnnotationResult({ type: 'quick-annotation-result', ok: false, reason: 'no-meeting' })).toMatchObject({ reason: 'no-meeting' });
    expect(kindOfCommand('open-side-panel')).toBeUndefined();
  });
});
