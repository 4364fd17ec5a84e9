import { IrmCompletion, IrmEarlyResults, IrmPotential, IrmVerifiability } from '../../domain/irm-assessment.ts';
import { Attribution, ChairSide, MeetingType, NotesStatus, VenueType } from '../../domain/meeting.ts';
import { CommitmentLifecycleState } from '../../domain/commitment-lifecycle-state.ts';
import { InclusionDecision } from '../../domain/commitment.ts';
import { ProposalChannel, ProposalDisposition } from '../../domain/proposal.ts';
import { Sector } from '../../domain/sector.ts';
import { Side } from '../../domain/side.ts';
import { SignOffSubjectKind, SignOffTrack } from '../../domain/sign-off.ts';
import { TrackerStatus } from '../../domain/tracker-status.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { EventSource } from '../event-envelope.ts';
import { EVENT_LOG_HEADER } from '../event-log-codec.ts';
import { EVENT_TYPES } from '../event-type.ts';
import { type Grid, gridHeader } from '../grid-codec.ts';
import { MEMBERS_HEADER } from '../members-codec.ts';
import { INDEX_HEADER } from '../store/index-layout.ts';
import { VIEW_TABS, type ViewTab } from '../views/view-tab.ts';
import { VIEW_TAB_SPECS } from '../views/view-tab-specs.ts';
import type { Color } from './sheets-v4.ts';

export type LedgerTabId = 'log' | 'members' | ViewTab | 'index' | 'plan';

/** A colour rule on one column: a cell equal to a word, or a formula over the row (`{col:x}` names a column). */
export type ColourRule =
  | { column: string; equals: string; colour: Color }
  | { column: string; formula: string; colour: Color; wholeRow?: boolean };

export type TabLayout = {
  id: LedgerTabId;
  title: string;
  /** What the tab is called in menus and dialogs, in both languages. */
  label: MessageKey;
  headers: readonly string[];
  widths: readonly number[];
  /** Column header → the only words it may hold. */
  validation: Readonly<Record<string, readonly string[]>>;
  colours: readonly ColourRule[];
  frozenRows: number;
  /** Every tab is written by the ledger script alone: protected so that only the owner can edit. */
  protection: 'owner_only';
  /** Whether the tab may be shared publicly: never one holding contact details, token hashes or raw payloads. */
  isPublishable: boolean;
};

export type LedgerLayout = { tabs: readonly TabLayout[] };

const RED: Color = { red: 0.96, green: 0.8, blue: 0.8 };
const ORANGE: Color = { red: 0.99, green: 0.9, blue: 0.8 };
const YELLOW: Color = { red: 1, green: 0.95, blue: 0.8 };
const GREEN: Color = { red: 0.85, green: 0.92, blue: 0.83 };

/** Canada's four statuses, coloured as a traffic light. */
const statusColours = (column: string): ColourRule[] => [
  { column, equals: 'NS', colour: RED },
  { column, equals: 'LP', colour: ORANGE },
  { column, equals: 'SP', colour: YELLOW },
  { column, equals: 'C', colour: GREEN },
];

/** Booleans arrive as TRUE or as the text "TRUE" (values are written RAW). */
const isTrue = (column: string) => `OR({col:${column}}=TRUE,{col:${column}}="TRUE")`;

/** Width in pixels by what a column holds: long texts wide, codes and flags narrow. */
function widthOf(header: string): number {
  if (header === 'v') return 40;
  if (/^(payload|text|progress_|evidence_|challenges_|response_(en|fr)|comment|accessibility|label_|title|expected_outputs_|text_)/.test(header)) return 320;
  if (/hash$|^(id|subject_id|source_id|entityId|actorMemberId)$/.test(header)) return 160;
  if (/(^|_)(at|date|period|opens|closes)$|At$/.test(header)) return 170;
  if (/^(seq|code|status|s4d|overdue|concluded|side|track|kind)$|count$|^attendance_|^milestones$|^indicators$|^annotations$/.test(header)) return 90;
  return 140;
}

function tab(
  id: Exclude<LedgerTabId, 'index' | 'plan'>,
  title: string,
  headers: readonly string[],
  options: { validation?: TabLayout['validation']; colours?: readonly ColourRule[]; isPublishable: boolean },
): TabLayout {
  return {
    id,
    title,
    label: `views.tab.${id}`,
    headers,
    widths: headers.map(widthOf),
    validation: options.validation ?? {},
    colours: options.colours ?? [],
    frozenRows: 1,
    protection: 'owner_only',
    isPublishable: options.isPublishable,
  };
}

const viewHeaders = (id: ViewTab) => gridHeader(VIEW_TAB_SPECS[id].grid as Grid<unknown>);

const VIEW_LAYOUT: Record<ViewTab, Omit<Parameters<typeof tab>[3], never>> = {
  dashboard: {
    isPublishable: true,
    colours: [
      { column: 'value', formula: 'AND({col:section}="finding",{col:value}="error")', colour: RED, wholeRow: true },
      { column: 'value', formula: 'AND({col:section}="finding",{col:value}="warn")', colour: ORANGE, wholeRow: true },
      { column: 'section', equals: 'pending_signoff', colour: YELLOW },
    ],
  },
  commitments: {
    isPublishable: true,
    validation: { lifecycle_state: CommitmentLifecycleState.options, inclusion_decision: InclusionDecision.options },
    colours: [
      { column: 'inclusion_decision', equals: 'included', colour: GREEN },
      { column: 'inclusion_decision', equals: 'not_included', colour: RED },
    ],
  },
  milestones: { isPublishable: true },
  indicators: { isPublishable: true, validation: { latest_status: TrackerStatus.options }, colours: statusColours('latest_status') },
  updates: { isPublishable: true, validation: { status: TrackerStatus.options }, colours: statusColours('status') },
  // Decisions and actions name who recorded them whatever the meeting's attribution: published notes are the public form.
  decisions: { isPublishable: false, validation: { kind: ['decision', 'agreement', 'disagreement'], source: ['meeting', 'document'], author_side: Side.options } },
  actions: {
    isPublishable: false,
    validation: { source: ['meeting', 'document'], status: ['open', 'done'], author_side: Side.options },
    colours: [
      { column: 'overdue', formula: isTrue('overdue'), colour: RED, wholeRow: true },
      { column: 'status', equals: 'done', colour: GREEN },
    ],
  },
  signoffs: {
    isPublishable: true,
    validation: { subject_kind: SignOffSubjectKind.options, track: SignOffTrack.options, recorded_by_side: Side.options },
    colours: [
      { column: 'changed_since_signed', formula: isTrue('changed_since_signed'), colour: YELLOW, wholeRow: true },
      { column: 'concluded', formula: isTrue('concluded'), colour: GREEN },
    ],
  },
  meetings: {
    isPublishable: true,
    validation: {
      type: MeetingType.options,
      venue_type: VenueType.options,
      chair_side: ChairSide.options,
      attribution: Attribution.options,
      notes_status_en: NotesStatus.options,
      notes_status_fr: NotesStatus.options,
    },
    colours: [
      // R18: the chair did not alternate.
      { column: 'chair_side', formula: 'AND({col:expected_chair_side}<>"",{col:chair_side}<>"co_chaired",{col:chair_side}<>{col:expected_chair_side})', colour: ORANGE },
      { column: 'notes_status_en', equals: 'published', colour: GREEN },
      { column: 'notes_status_fr', equals: 'published', colour: GREEN },
    ],
  },
  proposals: {
    isPublishable: true,
    validation: { channel: ProposalChannel.options, sector: Sector.options, disposition: ProposalDisposition.options },
    colours: [
      // R9: a response is owed and missing in a language.
      { column: 'disposition', formula: `AND(${isTrue('needs_response')},OR({col:response_en}="",{col:response_fr}=""))`, colour: RED, wholeRow: true },
    ],
  },
  stakeholders: { isPublishable: false, validation: { kind: ['organisation', 'person'], side: Side.options, sector: Sector.options } },
  outreach: { isPublishable: true },
  irm: {
    isPublishable: true,
    validation: {
      verifiable: IrmVerifiability.options,
      potential_for_results: IrmPotential.options,
      completion: IrmCompletion.options,
      did_it_open_government: IrmEarlyResults.options,
    },
  },
};

/**
 * The ledger spreadsheet as data: the event log and Members (headers from their codecs), then every
 * view tab. Setup (layoutToRequests) and the tests both read this one description.
 */
export const LEDGER_LAYOUT: LedgerLayout = {
  tabs: [
    tab('log', 'Log', EVENT_LOG_HEADER, {
      isPublishable: false,
      validation: { type: EVENT_TYPES, source: EventSource.options, actorSide: Side.options },
    }),
    tab('members', 'Members', MEMBERS_HEADER, { isPublishable: false, validation: { side: Side.options } }),
    ...VIEW_TABS.map((id) => tab(id, VIEW_TAB_SPECS[id].title, viewHeaders(id), VIEW_LAYOUT[id])),
    // The writer's own lookups (shared/ledger/store/): an append reads only the rows it needs from them.
    // tab() takes its label from a view id; these two carry their own id and label.
    { ...tab('log', 'Index', INDEX_HEADER, { isPublishable: false }), id: 'index', label: 'ledger-store.tab.index' },
    { ...tab('log', 'Plan records', EVENT_LOG_HEADER, { isPublishable: false }), id: 'plan', label: 'ledger-store.tab.plan' },
  ],
};

/** The sheet title of a ledger tab, e.g. `ledgerTabTitle('signoffs')` → "Sign-offs". */
export function ledgerTabTitle(id: LedgerTabId): string {
  return LEDGER_LAYOUT.tabs.find((layout) => layout.id === id)!.title;
}
