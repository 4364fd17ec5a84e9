import { useRef, useState } from 'preact/hooks';
import type { Role } from '../../../../shared/domain/role.ts';
import type { Side } from '../../../../shared/domain/side.ts';
import { type ConsoleError, IssuedToken } from './console-answers.ts';
import { useConsole } from './console-context.ts';
import { errorFor, Field, Problems, Saved } from './FormBits.tsx';

const SIDES: Side[] = ['government', 'csn', 'other'];
const ROLES: Role[] = ['attendee', 'drafter', 'coordinator', 'gov_signatory', 'csn_signatory'];

/** Console › Members: issue a token (shown once), link the console to your own record, revoke from the list. */
export function MembersPanel() {
  const { t, language, state, server, write } = useConsole();
  const [name, setName] = useState('');
  const [org, setOrg] = useState('');
  const [side, setSide] = useState<Side | ''>('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [isMe, setIsMe] = useState(false);
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<{ token: string; name: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [notice, setNotice] = useState('');
  const tokenRef = useRef<HTMLInputElement>(null);
  const noCoordinatorYet = !state.me;

  const toggleRole = (role: Role, on: boolean) => setRoles((known) => (on ? [...known, role] : known.filter((r) => r !== role)));

  async function issue(event: Event) {
    event.preventDefault();
    setBusy(true);
    setNotice('');
    const outcome = await write(() => server.consoleIssueToken({ name, org, side, roles, isMe }));
    setBusy(false);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    const token = IssuedToken.safeParse(outcome.value);
    setErrors([]);
    if (token.success) {
      setIssued({ token: token.data.token, name: token.data.name });
      setCopied(false);
      setName('');
      setOrg('');
      setSide('');
      setRoles([]);
      setIsMe(false);
      queueMicrotask(() => tokenRef.current?.focus());
    }
  }

  async function copy() {
    if (!issued) return;
    tokenRef.current?.select();
    try {
      await navigator.clipboard.writeText(issued.token);
    } catch {
      document.execCommand('copy'); // the sandboxed iframe may refuse the Clipboard API
    }
    setCopied(true);
  }

  const labels = { name: t('console.members.name'), org: t('console.members.org'), side: t('console.members.side'), roles: t('console.members.roles') };

  return (
    <div>
      {issued ? (
        <section class="card token" aria-labelledby="token-title">
          <h2 id="token-title">{t('console.members.tokenFor', { name: issued.name })}</h2>
          <p class="warning">{t('console.members.shownOnce')}</p>
          <label class="visually-hidden" for="issued-token">
            {t('console.members.tokenFor', { name: issued.name })}
          </label>
          <input id="issued-token" ref={tokenRef} class="mono" readOnly value={issued.token} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
          <div class="buttons">
            <button type="button" onClick={copy}>
              {t('console.members.copy')}
            </button>
            <button type="button" class="secondary" onClick={() => setIssued(null)}>
              {t('console.members.tokenDone')}
            </button>
          </div>
          {copied ? <Saved text={t('console.members.copied')} /> : null}
        </section>
      ) : null}

      <form class="card" aria-labelledby="issue-title" onSubmit={issue} noValidate>
        <h2 id="issue-title">{t('console.members.issueTitle')}</h2>
        <Problems errors={errors} labels={labels} />
        <Field id="member-name" label={t('console.members.name')} error={errorFor(errors, 'name')}>
          {(aria) => <input {...aria} type="text" autoComplete="off" value={name} onInput={(e) => setName(e.currentTarget.value)} />}
        </Field>
        <Field id="member-org" label={t('console.members.org')} error={errorFor(errors, 'org')}>
          {(aria) => <input {...aria} type="text" autoComplete="off" value={org} onInput={(e) => setOrg(e.currentTarget.value)} />}
        </Field>
        <fieldset aria-describedby={errorFor(errors, 'side') ? 'member-side-error' : undefined}>
          <legend>{t('console.members.side')}</legend>
          {SIDES.map((s) => (
            <label class="choice" key={s}>
              <input type="radio" name="member-side" value={s} checked={side === s} onChange={() => setSide(s)} />
              {t(`common.side.${s}`)}
            </label>
          ))}
          {errorFor(errors, 'side') ? (
            <p class="field-error" id="member-side-error">
              {errorFor(errors, 'side')!.message[language]}
            </p>
          ) : null}
        </fieldset>
        <fieldset aria-describedby={`member-roles-help${errorFor(errors, 'roles') ? ' member-roles-error' : ''}`}>
          <legend>{t('console.members.roles')}</legend>
          <p class="hint" id="member-roles-help">
            {t('console.members.rolesHelp')}
          </p>
          {ROLES.map((role) => (
            <label class="choice" key={role}>
              <input type="checkbox" name="member-roles" value={role} checked={roles.includes(role)} onChange={(e) => toggleRole(role, e.currentTarget.checked)} />
              <span>
                <strong>{t(`console.role.${role}`)}</strong> — {t(`console.role.${role}.help`)}
              </span>
            </label>
          ))}
          {errorFor(errors, 'roles') ? (
            <p class="field-error" id="member-roles-error">
              {errorFor(errors, 'roles')!.message[language]}
            </p>
          ) : null}
        </fieldset>
        {noCoordinatorYet ? (
          <label class="choice">
            <input type="checkbox" checked={isMe} onChange={(e) => setIsMe(e.currentTarget.checked)} />
            {t('console.members.isMe')}
          </label>
        ) : null}
        <p class="warning" id="shown-once">
          {t('console.members.shownOnce')}
        </p>
        <button type="submit" disabled={busy} aria-describedby="shown-once">
          {busy ? t('console.saving') : t('console.members.issue')}
        </button>
      </form>

      {noCoordinatorYet ? <LinkMe /> : null}

      <section class="card" aria-labelledby="members-title">
        <h2 id="members-title">{t('console.members.listTitle')}</h2>
        {notice ? <Saved text={notice} /> : null}
        {state.members.length === 0 ? <p>{t('console.members.none')}</p> : null}
        <ul class="list">
          {state.members.map((member) => (
            <MemberItem key={member.id} member={member} onRevoked={() => setNotice(t('console.members.revokedDone', { name: member.name }))} />
          ))}
        </ul>
      </section>
    </div>
  );
}

function MemberItem({ member, onRevoked }: { member: import('./console-answers.ts').ConsoleMember; onRevoked: () => void }) {
  const { t, state, server, write } = useConsole();
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  const isMe = state.me?.id === member.id;
  async function revoke() {
    const outcome = await write(() => server.consoleRevokeToken(member.id));
    if (outcome.ok) {
      setConfirming(false);
      onRevoked();
    } else setErrors(outcome.errors);
  }
  return (
    <li>
      <p class="item-title">
        {member.name} {isMe ? t('console.members.you') : ''}
      </p>
      <p class="meta">
        {[member.org, t(`common.side.${member.side}`)].filter(Boolean).join(' · ')}
        <br />
        {member.roles.map((role) => t(`console.role.${role}`)).join(', ')}
        <br />
        {member.revokedAt ? t('console.members.revoked', { date: member.revokedAt.slice(0, 10) }) : t('console.members.active', { date: member.issuedAt.slice(0, 10) })}
      </p>
      <Problems errors={errors} />
      {member.revokedAt || isMe ? null : confirming ? (
        <div class="confirm">
          <p>{t('console.members.confirmRevoke', { name: member.name })}</p>
          <div class="buttons">
            <button type="button" class="danger" onClick={revoke}>
              {t('console.members.confirmYes')}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              {t('console.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="secondary" onClick={() => setConfirming(true)}>
          {t('console.members.revoke', { name: member.name })}
        </button>
      )}
    </li>
  );
}

function LinkMe() {
  const { t, state, server, write } = useConsole();
  const candidates = state.members.filter((m) => !m.revokedAt && m.roles.includes('coordinator'));
  const [choice, setChoice] = useState(candidates[0]?.id ?? '');
  const [errors, setErrors] = useState<ConsoleError[]>([]);
  if (candidates.length === 0) return null;
  async function link(event: Event) {
    event.preventDefault();
    const outcome = await write(() => server.consoleLinkMe(choice));
    if (!outcome.ok) setErrors(outcome.errors);
  }
  return (
    <form class="card" aria-labelledby="link-title" onSubmit={link}>
      <h2 id="link-title">{t('console.members.linkTitle')}</h2>
      <Problems errors={errors} />
      <Field id="link-member" label={t('console.members.linkChoice')}>
        {(aria) => (
          <select {...aria} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            {candidates.map((m) => (
              <option key={m.id} value={m.id}>
                {`${m.name} — ${m.org || t(`common.side.${m.side}`)}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit">{t('console.members.link')}</button>
    </form>
  );
}
