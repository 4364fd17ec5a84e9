import { describe, expect, it } from 'vitest';
import {
  ActionPlanStatus,
  ActionStatus,
  Attribution,
  ChairSide,
  CocreationPhase,
  CommitmentLifecycleState,
  CsnSignOffState,
  GovernmentSignOffState,
  InclusionDecision,
  MeetingType,
  MsfRole,
  MsfSignOffState,
  NotesStatus,
  OgpValue,
  OutreachMethod,
  PhaseOwner,
  ProposalChannel,
  ProposalDisposition,
  RecruitmentChannel,
  Region,
  Sector,
  SignOffSubjectKind,
  SignOffTrack,
  TagKind,
  TrackerStatus,
  VenueType,
  VerdictOutcome,
} from '../../../shared/domain/index.ts';
import { AnnotationKind } from '../../../shared/domain/annotation-kind.ts';
import { catalogue } from '../../../shared/i18n/catalogue.ts';

// Every value a person can see has a label in both languages under `domain.<enum>.<value>`.
const ENUMS: [string, { options: readonly string[] }][] = [
  ['actionPlanStatus', ActionPlanStatus],
  ['actionStatus', ActionStatus],
  ['annotationKind', AnnotationKind],
  ['attribution', Attribution],
  ['chairSide', ChairSide],
  ['cocreationPhase', CocreationPhase],
  ['lifecycleState', CommitmentLifecycleState],
  ['csnSignOffState', CsnSignOffState],
  ['governmentSignOffState', GovernmentSignOffState],
  ['inclusionDecision', InclusionDecision],
  ['meetingType', MeetingType],
  ['msfRole', MsfRole],
  ['msfSignOffState', MsfSignOffState],
  ['notesStatus', NotesStatus],
  ['ogpValue', OgpValue],
  ['outreachMethod', OutreachMethod],
  ['phaseOwner', PhaseOwner],
  ['proposalChannel', ProposalChannel],
  ['disposition', ProposalDisposition],
  ['recruitmentChannel', RecruitmentChannel],
  ['region', Region],
  ['sector', Sector],
  ['signOffSubjectKind', SignOffSubjectKind],
  ['signOffTrack', SignOffTrack],
  ['tagKind', TagKind],
  ['trackerStatus', TrackerStatus],
  ['venueType', VenueType],
  ['verdictOutcome', VerdictOutcome],
];

const rows = ENUMS.flatMap(([name, schema]) => schema.options.map((value) => [`domain.${name}.${value}`] as const));

describe('domain labels', () => {
  it.each(rows)('%s has an English and a French label', (key) => {
    const entry = (catalogue as Record<string, { en: string; fr: string } | undefined>)[key];
    expect(entry?.en).toBeTruthy();
    expect(entry?.fr).toBeTruthy();
  });

  it.each(ENUMS.map(([name]) => [name]))('domain.%s.* has no label for a value that does not exist', (name) => {
    const values = new Set(ENUMS.find(([n]) => n === name)![1].options);
    const labelled = Object.keys(catalogue)
      .filter((key) => key.startsWith(`domain.${name}.`))
      .map((key) => key.slice(`domain.${name}.`.length));
    expect(labelled.filter((value) => !values.has(value))).toEqual([]);
  });
});
