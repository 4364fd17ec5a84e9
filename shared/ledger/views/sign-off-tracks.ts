import type { SignOff } from '../../domain/sign-off.ts';
import type { IsoDateTime } from '../../domain/iso-time.ts';
import { compareText } from './event-order.ts';
import type { Author, SignOffTrackView } from './ledger-views.ts';

/** A sign-off record with when and by whom it was recorded (from its event). */
export type RecordedSignOff = { signOff: SignOff; at: IsoDateTime; ms: number; eventId: string; author: Author };

/** States after which a track has nothing left to do on that version. */
const CONCLUDED = new Set<string>(['approved', 'approved_with_changes', 'declined', 'endorse', 'endorse_with_reservations', 'decline_to_endorse', 'agreed', 'published']);

const later = (a: RecordedSignOff, b: RecordedSignOff) => a.ms > b.ms || (a.ms === b.ms && a.eventId > b.eventId);

/**
 * One row per subject, track and signed version: the latest record of that version. The current
 * version of a commitment is the hash of its latest snapshot; for other subjects it is the version
 * of the latest record on the subject, any track (a newer text sent for sign-off supersedes).
 */
export function buildSignOffViews(
  records: readonly RecordedSignOff[],
  commitmentVersions: ReadonlyMap<string, string>,
): SignOffTrackView[] {
  const latestByVersion = new Map<string, { record: RecordedSignOff }>();
  const latestBySubject = new Map<string, RecordedSignOff>();
  const countByTrack = new Map<string, number>();
  for (const record of records) {
    const { subject, track, versionHash } = record.signOff;
    const subjectKey = `${subject.kind}\u0000${subject.id}`;
    const trackKey = `${subjectKey}\u0000${track}`;
    const versionKey = `${trackKey}\u0000${versionHash}`;
    const current = latestByVersion.get(versionKey);
    if (!current || later(record, current.record)) latestByVersion.set(versionKey, { record });
    countByTrack.set(trackKey, (countByTrack.get(trackKey) ?? 0) + 1);
    const subjectLatest = latestBySubject.get(subjectKey);
    if (!subjectLatest || later(record, subjectLatest)) latestBySubject.set(subjectKey, record);
  }
  const views: SignOffTrackView[] = [];
  for (const { record } of latestByVersion.values()) {
    const { subject, track, versionHash } = record.signOff;
    const subjectKey = `${subject.kind}\u0000${subject.id}`;
    const currentVersionHash =
      subject.kind === 'commitment' ? commitmentVersions.get(subject.id) : latestBySubject.get(subjectKey)?.signOff.versionHash;
    const isChangedSinceSigned = currentVersionHash !== undefined && currentVersionHash !== versionHash;
    views.push({
      subjectKind: subject.kind,
      subjectId: subject.id,
      track,
      latest: record.signOff,
      recordedAt: record.at,
      recordedBy: record.author,
      ...(currentVersionHash === undefined ? {} : { currentVersionHash }),
      isChangedSinceSigned,
      isConcluded: CONCLUDED.has(record.signOff.state) && !isChangedSinceSigned,
      recordCount: countByTrack.get(`${subjectKey}\u0000${track}`) ?? 0,
    });
  }
  return views.sort(
    (a, b) =>
      compareText(a.subjectKind, b.subjectKind) ||
      compareText(a.subjectId, b.subjectId) ||
      compareText(a.track, b.track) ||
      compareText(a.recordedAt, b.recordedAt) ||
      compareText(a.latest.versionHash, b.latest.versionHash),
  );
}
