import type { Member } from '../../shared/domain/member.ts';
import type { Actor } from '../../shared/ledger/event-envelope.ts';
import type { MeetingView } from '../../shared/ledger/views/ledger-views.ts';
import type { JoinableMeeting } from '../../shared/protocol/extension-messages.ts';

const HOUR = 3_600_000;
/** A meeting without an end time counts as on for this long after it starts. */
const ON_FOR_MS = 12 * HOUR;
/** How far ahead a meeting counts as soon. */
const SOON_MS = 14 * 24 * HOUR;
/** The list stays short: a side panel, not a calendar. */
const MAX_JOINABLE = 5;

/**
 * The ledger's meetings an attendee would expect to join: not held yet (the record's owner has not
 * ended it), notes not published, on now or starting within two weeks. Those on now come first
 * (latest start first), then the next ones (soonest first). `owners` are the actors of each meeting
 * record's first stored event; `me` is whose token this is (undefined when the ledger could not say:
 * then this computer claims no right over any meeting record).
 */
export function joinableMeetings(
  meetings: readonly MeetingView[],
  owners: ReadonlyMap<string, Pick<Actor, 'memberId' | 'name'>>,
  me: Pick<Member, 'id' | 'roles'> | undefined,
  now: Date,
): JoinableMeeting[] {
  const at = now.getTime();
  const open = meetings.filter(({ meeting }) => {
    const starts = Date.parse(meeting.startsAt);
    const ends = meeting.endsAt ? Date.parse(meeting.endsAt) : starts + ON_FOR_MS;
    const published = meeting.notesStatus.en === 'published' || meeting.notesStatus.fr === 'published';
    return !meeting.heldAt && !published && ends > at && starts < at + SOON_MS && owners.has(meeting.id);
  });
  const on = open.filter(({ meeting }) => Date.parse(meeting.startsAt) <= at).sort((a, b) => Date.parse(b.meeting.startsAt) - Date.parse(a.meeting.startsAt));
  const next = open.filter(({ meeting }) => Date.parse(meeting.startsAt) > at).sort((a, b) => Date.parse(a.meeting.startsAt) - Date.parse(b.meeting.startsAt));
  const isCoordinator = me?.roles.includes('coordinator') ?? false;
  return [...on, ...next].slice(0, MAX_JOINABLE).map(({ meeting }) => {
    const owner = owners.get(meeting.id)!;
    const ownsRecord = me !== undefined && owner.memberId === me.id;
    return { meeting, ownerName: owner.name, ownsRecord, maySendDraft: ownsRecord || isCoordinator };
  });
}
