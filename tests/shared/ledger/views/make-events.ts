import type { Commitment } from '../../../../shared/domain/commitment.ts';
import type { Meeting } from '../../../../shared/domain/meeting.ts';
import type { Proposal } from '../../../../shared/domain/proposal.ts';
import type { Side } from '../../../../shared/domain/side.ts';
import type { PayloadOf, StoredEvent, StoredEventOf } from '../../../../shared/ledger/event-catalogue.ts';
import type { Actor } from '../../../../shared/ledger/event-envelope.ts';
import type { EventType } from '../../../../shared/ledger/event-type.ts';

// Builders of realistic stored events for the fold's tests and bench. Hashes are fake (the fold never
// checks the chain), but unique per event as real ones are.

export const ACTORS = {
  gov: { memberId: 'm-gov', name: 'Alex Chen', org: 'TBS', side: 'government' },
  csn: { memberId: 'm-csn', name: 'Zoé Roy', org: 'Open North', side: 'csn' },
  coord: { memberId: 'm-coord', name: 'Sam Lee', org: 'TBS', side: 'government' },
} satisfies Record<string, Actor>;

let counter = 0;
const hex = (n: number) => n.toString(16).padStart(64, '0');

/** A uuid-shaped id from a number, so tests can name events. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export type EventOptions = { id?: string; at?: string; entityId?: string; actor?: Actor; seq?: number };

export function stored<T extends EventType>(type: T, payload: PayloadOf<T>, options: EventOptions = {}): StoredEventOf<T> {
  counter += 1;
  const seq = options.seq ?? counter;
  return {
    v: 1,
    id: options.id ?? uuid(counter),
    type,
    at: options.at ?? '2026-11-01T10:00:00.000Z',
    source: 'sheet',
    ...(options.entityId === undefined ? {} : { entityId: options.entityId }),
    payload,
    seq,
    receivedAt: options.at ?? '2026-11-01T10:00:00.000Z',
    actor: options.actor ?? ACTORS.coord,
    prevHash: hex(seq - 1),
    hash: hex(seq * 7919 + counter),
  } as unknown as StoredEventOf<T>;
}

export function commitment(code: string, over: Partial<Commitment> = {}): Commitment {
  const text = (en: string) => ({ en, fr: `${en} (fr)` });
  return {
    id: `c-${code}`,
    code,
    title: text(`Commitment ${code}`),
    issueToBeAddressed: text('Issue'),
    description: text('Description'),
    theoryOfChange: text('Theory'),
    ogpValues: ['transparency'],
    valuesRationale: text('Rationale'),
    leadInstitutions: ['tbs-sct'],
    supportInstitutions: [],
    policyAreas: ['Open Data'],
    policyOfficials: [{ name: 'Alex Chen' }],
    csoPartners: [{ name: 'Open North' }],
    sourceProposals: [],
    lifecycleState: 'drafting',
    inclusionDecision: 'pending',
    milestones: [
      {
        code: `${code}.1`,
        text: text('Publish data'),
        leadDept: ['tbs-sct'],
        expectedOutputs: text('Data published'),
        endDate: '2027-06-30',
        indicators: [
          { code: `${code}.1.1`, text: text('Dataset online'), dueDate: '2027-06', deadline: text('By June 2027'), leadDept: ['tbs-sct'] },
        ],
      },
    ],
    ...over,
  };
}

export function meeting(id: string, over: Partial<Meeting> = {}): Meeting {
  return {
    id,
    title: `Forum ${id}`,
    type: 'msf_regular',
    startsAt: '2026-12-01T15:00:00.000Z',
    venueType: 'neutral',
    chairSide: 'government',
    attendees: [],
    attribution: 'by_side',
    notesStatus: { en: 'none', fr: 'none' },
    ...over,
  };
}

export function proposal(id: string, over: Partial<Proposal> = {}): Proposal {
  return {
    id,
    channel: 'online_idea_board',
    submittedAt: '2026-10-01T12:00:00.000Z',
    text: `Idea ${id}`,
    disposition: 'pending',
    linkedCommitments: [],
    ...over,
  };
}

export const hash = (n: number) => n.toString(16).padStart(64, 'a');

/** Generates `count` realistic events of every type for the bench and property tests. */
export function generateEvents(count: number, seed = 1): StoredEvent[] {
  // mulberry32: small, seeded, good enough to spread ids evenly.
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sides: Side[] = ['government', 'csn', 'other'];
  const actors = Object.values(ACTORS);
  const events: StoredEvent[] = [];
  const base = Date.parse('2026-01-01T00:00:00.000Z');
  for (let i = 0; i < count; i += 1) {
    const at = new Date(base + Math.floor(random() * 300 * 86_400_000)).toISOString();
    const actor = pick(actors);
    const roll = random();
    const meetingId = `mt-${Math.floor(random() * 200)}`;
    const options = { at, actor, id: uuid(i + 1), seq: i + 1 };
    if (roll < 0.45) {
      const annotationId = uuid(1_000_000 + Math.floor(random() * (count / 3)));
      const kind = pick(['decision', 'action', 'agreement', 'disagreement', 'question', 'note'] as const);
      const payload = { meetingId, kind, text: `Said at ${at}`, offsetMs: Math.floor(random() * 7_200_000), owner: 'Alex', dueDate: '2026-12-15' };
      const type = random() < 0.7 ? 'annotation.created' : random() < 0.8 ? 'annotation.updated' : 'annotation.deleted';
      events.push(
        type === 'annotation.deleted'
          ? stored(type, { meetingId }, { ...options, entityId: annotationId })
          : stored(type, payload, { ...options, entityId: annotationId }),
      );
    } else if (roll < 0.55) {
      const code = `C${String(1 + Math.floor(random() * 15)).padStart(2, '0')}`;
      events.push(stored('commitment.upserted', { commitment: commitment(code), versionHash: hash(Math.floor(random() * 5)) }, options));
    } else if (roll < 0.62) {
      const code = `C${String(1 + Math.floor(random() * 15)).padStart(2, '0')}`;
      const track = pick(['government', 'csn'] as const);
      const state = track === 'government' ? pick(['in_review', 'approved'] as const) : pick(['circulated', 'endorse'] as const);
      events.push(
        stored(
          'signoff.recorded',
          { id: uuid(2_000_000 + i), subject: { kind: 'commitment', id: `c-${code}` }, versionHash: hash(Math.floor(random() * 5)), track, state, windowCloses: '2026-12-20T00:00:00.000Z' } as PayloadOf<'signoff.recorded'>,
          options,
        ),
      );
    } else if (roll < 0.7) {
      const start = new Date(base + Math.floor(random() * 400) * 86_400_000).toISOString();
      events.push(
        stored(
          random() < 0.5 ? 'meeting.scheduled' : 'meeting.updated',
          { meeting: meeting(meetingId, { startsAt: start, chairSide: pick(['government', 'csn', 'co_chaired'] as const), attendees: [{ name: 'A', side: pick(sides) }] }) },
          options,
        ),
      );
    } else if (roll < 0.74) {
      events.push(stored('meeting.held', { meetingId, startedAt: at }, options));
    } else if (roll < 0.8) {
      const id = `p-${Math.floor(random() * 2000)}`;
      events.push(
        random() < 0.6
          ? stored('proposal.submitted', { proposal: proposal(id) }, options)
          : stored('proposal.disposed', { proposalId: id, disposition: 'not_adopted', response: { text: { en: 'Because', fr: 'Parce que' } } }, options),
      );
    } else if (roll < 0.86) {
      const tagId = `t-${Math.floor(random() * 5000)}`;
      events.push(
        random() < 0.9
          ? stored('tag.created', { tag: { id: tagId, docId: 'doc-1', kind: pick(['decision', 'action', 'agreement'] as const), quotedText: 'Quoted', anchor: { type: 'quote' } } }, options)
          : stored('tag.removed', {}, { ...options, entityId: tagId }),
      );
    } else if (roll < 0.91) {
      const indicator = `C${String(1 + Math.floor(random() * 15)).padStart(2, '0')}`;
      events.push(
        stored(
          'update.reported',
          {
            update: {
              reportingPeriod: pick(['2025-12', '2026-06', '2026-12']),
              commitmentCode: indicator,
              milestoneCode: `${indicator}.1`,
              indicatorCode: `${indicator}.1.1`,
              status: pick(['NS', 'LP', 'SP', 'C'] as const),
              progress: { en: 'Progress', fr: 'Progrès' },
              challenges: { en: 'Staff', fr: 'Personnel' },
            },
          },
          options,
        ),
      );
    } else if (roll < 0.96) {
      const id = `s-${Math.floor(random() * 3000)}`;
      events.push(stored('stakeholder.upserted', { stakeholder: { id, kind: 'organisation', name: `Org ${id}`, side: pick(sides), policyAreas: [] } }, options));
    } else {
      events.push(
        stored(
          'outreach.logged',
          {
            activity: {
              id: `o-${Math.floor(random() * 1000)}`,
              phase: 'idea_generation',
              targetGroup: 'Youth',
              method: 'online_session',
              recruitmentChannel: pick(['self_selected', 'targeted_outreach'] as const),
              date: at.slice(0, 10),
              language: 'bilingual',
              accessibilityMeasures: 'Captions',
              participantsReached: Math.floor(random() * 100),
              newOrgsCount: Math.floor(random() * 5),
            },
          },
          options,
        ),
      );
    }
  }
  return events;
}
