import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/domain/role.ts';
import type { Side } from '../../../shared/domain/side.ts';
import { authoriseEvent, ROLE_SIDE, ROLE_TABLE } from '../../../shared/ledger/authorise-event.ts';
import type { ClientEvent } from '../../../shared/ledger/event-catalogue.ts';
import { EVENT_TYPES } from '../../../shared/ledger/event-type.ts';
import { memberWith, SAMPLE_EVENTS } from './events/sample-events.ts';

const ALL_ROLES: Role[] = ['drafter', 'attendee', 'coordinator', 'gov_signatory', 'csn_signatory'];

const signOff = (track: 'government' | 'csn' | 'msf', state: string): ClientEvent =>
  ({ ...SAMPLE_EVENTS['signoff.recorded'], payload: { ...SAMPLE_EVENTS['signoff.recorded'].payload, track, state } }) as ClientEvent;

describe('authoriseEvent', () => {
  it('has a rule for every event type', () => {
    for (const type of EVENT_TYPES) expect(ROLE_TABLE.some((rule) => rule.type === type)).toBe(true);
  });

  const cases: [string, ClientEvent, Role[], Side, boolean][] = [
    ['an attendee annotates', SAMPLE_EVENTS['annotation.created'], ['attendee'], 'csn', true],
    ['a drafter annotates', SAMPLE_EVENTS['annotation.created'], ['drafter'], 'government', false],
    ['a drafter tags the document', SAMPLE_EVENTS['tag.created'], ['drafter'], 'government', true],
    ['an attendee tags the document', SAMPLE_EVENTS['tag.created'], ['attendee'], 'csn', false],
    ['a drafter syncs a commitment', SAMPLE_EVENTS['commitment.upserted'], ['drafter'], 'csn', true],
    ['an attendee submits a proposal', SAMPLE_EVENTS['proposal.submitted'], ['attendee'], 'other', true],
    ['a drafter disposes of a proposal', SAMPLE_EVENTS['proposal.disposed'], ['drafter'], 'government', false],
    ['a coordinator disposes of a proposal', SAMPLE_EVENTS['proposal.disposed'], ['coordinator'], 'government', true],
    ['a government signatory records the inclusion decision', signOff('government', 'approved'), ['gov_signatory'], 'government', true],
    ['a coordinator records the inclusion decision', signOff('government', 'approved'), ['coordinator'], 'government', false],
    ['a CSN signatory records the inclusion decision', signOff('government', 'approved'), ['csn_signatory'], 'csn', false],
    ['a government signatory on the CSN side records the inclusion decision', signOff('government', 'approved'), ['gov_signatory'], 'csn', false],
    ['a CSN signatory records the CSN position', signOff('csn', 'endorse'), ['csn_signatory'], 'csn', true],
    ['a government signatory records the CSN position', signOff('csn', 'endorse'), ['gov_signatory'], 'government', false],
    ['a coordinator records an MSF agreement', signOff('msf', 'agreed'), ['coordinator'], 'csn', true],
    ['a CSN signatory issues the verdict', SAMPLE_EVENTS['verdict.issued'], ['csn_signatory'], 'csn', true],
    ['a CSN signatory on the government side issues the verdict', SAMPLE_EVENTS['verdict.issued'], ['csn_signatory'], 'government', false],
    ['a government signatory issues the verdict', SAMPLE_EVENTS['verdict.issued'], ['gov_signatory'], 'government', false],
    ['a coordinator issues the verdict', SAMPLE_EVENTS['verdict.issued'], ['coordinator'], 'csn', false],
    ['a coordinator schedules a meeting', SAMPLE_EVENTS['meeting.scheduled'], ['coordinator'], 'government', true],
    ['an attendee records a meeting from the extension', SAMPLE_EVENTS['meeting.scheduled'], ['attendee'], 'csn', true],
    ['a drafter schedules a meeting', SAMPLE_EVENTS['meeting.scheduled'], ['drafter'], 'csn', false],
    ['an attendee publishes meeting notes', SAMPLE_EVENTS['meeting.notes_published'], ['attendee'], 'csn', false],
    ['an attendee sends a notes draft for review', SAMPLE_EVENTS['meeting.notes_drafted'], ['attendee'], 'government', true],
    ['a drafter sends a notes draft for review', SAMPLE_EVENTS['meeting.notes_drafted'], ['drafter'], 'csn', false],
    ['a coordinator reports tracker progress', SAMPLE_EVENTS['update.reported'], ['coordinator'], 'government', true],
    ['a member without roles annotates', SAMPLE_EVENTS['annotation.created'], [], 'csn', false],
  ];

  it.each(cases)('%s → allowed: %s', (_name, event, roles, side, allowed) => {
    const result = authoriseEvent(memberWith(roles, side), event);
    expect(result.ok).toBe(allowed);
    if (!result.ok) {
      expect(result.code).toBe('forbidden');
      expect(result.message.en).not.toBe(result.message.fr);
    }
  });

  it('explains a signatory role held on the wrong side in both languages', () => {
    const result = authoriseEvent(memberWith(['gov_signatory'], 'csn'), signOff('government', 'declined'));
    expect(result).toEqual({
      ok: false,
      code: 'forbidden',
      message: {
        en: 'The role gov_signatory only counts for a member of the side “Government”; ask your coordinator to correct your side or role.',
        fr: 'Le rôle gov_signatory ne vaut que pour un membre du côté « Gouvernement »; demandez à votre coordonnateur de corriger votre côté ou votre rôle.',
      },
    });
  });

  it('lets only the government side decide inclusion and only the CSN side issue the verdict (R20), whatever else a member holds', () => {
    for (const side of ['government', 'csn', 'other'] as const) {
      const everything = memberWith(ALL_ROLES, side);
      expect(authoriseEvent(everything, signOff('government', 'approved')).ok).toBe(side === 'government');
      expect(authoriseEvent(everything, SAMPLE_EVENTS['verdict.issued']).ok).toBe(side === 'csn');
    }
    expect(ROLE_SIDE).toEqual({ gov_signatory: 'government', csn_signatory: 'csn' });
  });
});
