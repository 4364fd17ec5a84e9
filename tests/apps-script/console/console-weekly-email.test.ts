import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { addMember } from '../../support/ledger-fixture.ts';
import { DEFAULT_OWNER } from '../../support/spreadsheet-app-double.ts';
import { type ConsoleFixture, consoleFixture } from './console-fixture.ts';
import { proposalEvents } from './console-seed.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// The bundle reads the real clock, so the week is counted from the day the test runs.
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const event = (type: string, payload: object, extra: object = {}) => ({ v: 1, id: randomUUID(), type, at: new Date().toISOString(), source: 'sheet', payload, ...extra });

type Recipients = Array<{ memberId: string; name: string; email?: string; language: string }>;
type Refusal = { ok: false; errors: Array<{ path: string; message: { en: string; fr: string } }> };

/** A week with one of each thing that needs attention: a sign-off window closing, an action due, a reasoned response missing, a meeting held without published notes. */
function busyWeek(f: ConsoleFixture, coordinatorToken: string) {
  const attendee = addMember(f.world, { name: 'Webinar attendee', side: 'csn', roles: ['attendee'] });
  const meeting = { id: 'forum-3', title: 'Forum meeting 3', type: 'msf_regular', startsAt: `${day(-3)}T15:00:00.000Z`, venueType: 'neutral', chairSide: 'csn', attendees: [], attribution: 'by_side', notesStatus: { en: 'none', fr: 'none' } };
  const workplan = {
    id: 'workplan',
    phases: [{ phase: 'public_review', starts: day(-10), ends: day(20), owner: 'joint', signOffWindows: [{ subjectKind: 'action_plan', track: 'csn', opens: day(-10), closes: day(3) }] }],
    capacity: { government: { people: 2, daysPerMonth: 4 }, csn: { people: 3, daysPerMonth: 2 } },
  };
  expect(f.post({ v: 1, op: 'append', token: coordinatorToken, events: [event('meeting.scheduled', { meeting }), event('workplan.updated', { workplan })] })).toMatchObject({ results: [{ status: 'accepted' }, { status: 'accepted' }] });
  const answer = f.post({
    v: 1,
    op: 'append',
    token: attendee.token,
    events: [...proposalEvents(), event('annotation.created', { meetingId: 'forum-3', kind: 'action', text: 'Send the draft commitments to departments', dueDate: day(2) }, { entityId: randomUUID() })],
  });
  expect(answer).toMatchObject({ ok: true });
  expect(f.post({ v: 1, op: 'append', token: coordinatorToken, events: [event('proposal.disposed', { proposalId: 'proposal-other-jurisdictions', disposition: 'merged', response: { text: { en: 'Merged with the open-by-default proposal.', fr: '' } } })] })).toMatchObject({
    results: [{ status: 'accepted' }],
  });
}

describe('weekly email to the coordinators', () => {
  it('is off until a coordinator turns it on; goes to each coordinator with an address, in their language, with what needs attention; nobody else', async () => {
    const f = await consoleFixture();
    const me = f.issueMe();
    const csn = addMember(f.world, { name: 'Zoé Roy', org: 'Open North', side: 'csn', roles: ['coordinator'] });
    const drafter = addMember(f.world, { name: 'Drafter', side: 'csn', roles: ['drafter', 'attendee'] });
    const gone = addMember(f.world, { name: 'Former coordinator', side: 'csn', roles: ['coordinator'], revoked: true });
    busyWeek(f, me);

    // Off: no trigger, nothing sent even if Google's clock fired anyway.
    const before = f.call<{ weeklyEmail: boolean; digestRecipients: Recipients }>('consoleState');
    expect(before.weeklyEmail).toBe(false);
    expect(before.digestRecipients.map((r) => r.name)).toEqual(['Marc Gagnon', 'Zoé Roy']); // active coordinators only
    expect(f.world.triggers).toEqual([]);

    // A drafter, a revoked coordinator, a bad address: each refused in both languages, nothing stored.
    for (const [input, path] of [
      [{ memberId: drafter.id, email: 'drafter@example.org', language: 'en' }, 'memberId'],
      [{ memberId: gone.id, email: 'former@example.org', language: 'en' }, 'memberId'],
      [{ memberId: csn.id, email: 'zoe.roy at opennorth', language: 'fr' }, 'email'],
      [{ memberId: csn.id, email: 'zoe@opennorth.ca', language: 'de' }, 'language'],
    ] as const) {
      const refusal = f.call<Refusal>('consoleSaveDigestRecipient', input);
      expect(refusal).toMatchObject({ ok: false, errors: [{ path }] });
      expect(refusal.errors[0]!.message.fr).not.toBe(refusal.errors[0]!.message.en);
    }
    expect(f.call<{ digestRecipients: Recipients }>('consoleState').digestRecipients.every((r) => r.email === undefined)).toBe(true);

    expect(f.call('consoleSaveDigestRecipient', { memberId: csn.id, email: ' zoe.roy@opennorth.ca ', language: 'fr' })).toEqual({ ok: true, value: { email: 'zoe.roy@opennorth.ca' } });
    expect(f.call('consoleSetWeeklyEmail', true)).toEqual({ ok: true, value: { on: true } });
    expect(f.call('consoleSetWeeklyEmail', true)).toMatchObject({ ok: true }); // twice: still one trigger
    expect(f.world.triggers).toEqual([{ id: '1', handler: 'sendWeeklyDigest', weekDay: 'MONDAY', hour: 8, owner: DEFAULT_OWNER }]);
    // Turned on with no address of their own stored, the owner's coordinator record got the owner's.
    expect(f.call('consoleSaveDigestRecipient', { memberId: f.call<{ me: { id: string } }>('consoleState').me.id, email: DEFAULT_OWNER, language: 'en' })).toMatchObject({ ok: true });

    f.call('sendWeeklyDigest'); // what Google's clock does on Monday
    expect(f.world.outbox.map((m) => m.to).sort()).toEqual([DEFAULT_OWNER, 'zoe.roy@opennorth.ca']);
    const en = f.world.outbox.find((m) => m.to === DEFAULT_OWNER)!;
    const fr = f.world.outbox.find((m) => m.to === 'zoe.roy@opennorth.ca')!;
    expect(en.subject).toBe('Cocreate ledger: 4 items need attention this week');
    expect(fr.subject).toBe('Registre Cocreate : 4 éléments à traiter cette semaine');
    expect(en.body).toContain(`Publicly reviewing draft commitments: the Civil society network position window for the action plan closes on ${day(3)}`);
    expect(en.body).toContain(`Action due on ${day(2)}: Send the draft commitments to departments`);
    expect(en.body).toContain('Reasoned response missing (Merged with another proposal): Work with provinces');
    expect(en.body).toContain(`Notes not published for the meeting of ${day(-3)}: Forum meeting 3`);
    expect(fr.body).toContain(`Mesure à faire d’ici le ${day(2)} : Send the draft commitments to departments`);
    expect(fr.body).toContain('Réponse motivée manquante');
    expect(fr.body).toContain('À traiter cette semaine');

    // The CSN coordinator's token revoked: next Monday the email goes to the owner alone.
    expect(f.call('consoleRevokeToken', csn.id)).toMatchObject({ ok: true });
    f.world.outbox.length = 0;
    f.call('sendWeeklyDigest');
    expect(f.world.outbox.map((m) => m.to)).toEqual([DEFAULT_OWNER]);

    expect(f.call('consoleSetWeeklyEmail', false)).toEqual({ ok: true, value: { on: false } });
    expect(f.world.triggers).toEqual([]);
  });

  it('refuses anything but on or off, and stops at the day’s MailApp recipients quota without throwing', async () => {
    const f = await consoleFixture({ mailQuota: 1 });
    f.issueMe();
    const csn = addMember(f.world, { name: 'Zoé Roy', org: 'Open North', side: 'csn', roles: ['coordinator'] });
    expect(f.call<Refusal>('consoleSetWeeklyEmail', 'yes')).toMatchObject({ ok: false, errors: [{ message: { en: 'Say whether the weekly email is on or off.' } }] });
    expect(f.world.triggers).toEqual([]);
    f.call('consoleSaveDigestRecipient', { memberId: csn.id, email: 'zoe.roy@opennorth.ca', language: 'fr' });
    expect(f.call('consoleSetWeeklyEmail', true)).toMatchObject({ ok: true });
    expect(() => f.call('sendWeeklyDigest')).not.toThrow();
    expect(f.world.outbox).toHaveLength(1); // one recipient a day left: the second waits for tomorrow's quota
  });

  it('cannot be turned on, nor its recipients changed, by an editor who is not the owner', async () => {
    const f = await consoleFixture({ session: { activeUserEmail: 'editor@example.org' } });
    const csn = addMember(f.world, { name: 'Zoé Roy', side: 'csn', roles: ['coordinator'] });
    expect(f.call('consoleSetWeeklyEmail', true)).toMatchObject({ ok: false });
    expect(f.call('consoleSaveDigestRecipient', { memberId: csn.id, email: 'editor@example.org', language: 'en' })).toMatchObject({ ok: false });
    expect(f.world.triggers).toEqual([]);
  });
});
