import type { AnnotationKind } from '../../shared/domain/annotation-kind.ts';
import type { FieldError } from '../../shared/domain/parse-value.ts';
import type { PageContext } from '../features/page-context.ts';
import type { AnnotationRecord } from './annotation-record.ts';
import { createAnnotation } from './annotations.ts';
import type { CocreateDb } from './db.ts';
import type { LocalEnv } from './local-env.ts';
import { listMeetings, offsetSinceStart } from './meetings.ts';
import type { MeetingRecord } from './meeting-record.ts';

export type QuickAnnotationResult =
  | { ok: true; record: AnnotationRecord }
  | { ok: false; reason: 'no-meeting' }
  | { ok: false; reason: 'refused'; errors: readonly FieldError[] };

/** The meeting being annotated: started and not ended (the latest started, should there be two). */
export function activeMeeting(meetings: readonly MeetingRecord[]): MeetingRecord | undefined {
  return meetings
    .filter((record) => record.startedAt && !record.endedAt)
    .sort((a, b) => b.startedAt!.localeCompare(a.startedAt!))[0];
}

/**
 * One key press or click on the meeting page: an annotation of that kind, stamped with the time
 * since the meeting started and, when captions are read, the last lines and who spoke last. It goes
 * through `createAnnotation`, so it lands in the same store and transaction (annotation + outbox
 * entry) as one typed in the side panel. Its words can be added later in the side panel.
 */
export async function recordQuickAnnotation(
  db: CocreateDb,
  input: { kind: AnnotationKind; context?: PageContext | Promise<PageContext | undefined> | undefined },
  env: LocalEnv,
): Promise<QuickAnnotationResult> {
  // The time is taken at the key press, before anything is awaited; the page's answer (a round trip
  // to the tab) may still be on its way while the meetings are read, so the two overlap.
  const at = env.now();
  const meeting = activeMeeting(await listMeetings(db));
  if (!meeting) return { ok: false, reason: 'no-meeting' };
  const offsetMs = offsetSinceStart(meeting, at);
  const context = await input.context;
  const captions = context?.captions === 'ok' ? context : undefined;
  const speaker = captions?.captionLines?.at(-1)?.speaker;
  const result = await createAnnotation(
    db,
    {
      meetingId: meeting.id,
      kind: input.kind,
      text: '',
      ...(offsetMs !== undefined ? { offsetMs } : {}),
      ...(captions?.captionText ? { captionText: captions.captionText } : {}),
      ...(speaker ? { speaker: { name: speaker } } : {}),
    },
    env,
  );
  return result.ok ? { ok: true, record: result.value } : { ok: false, reason: 'refused', errors: result.errors };
}
