import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLE_TABLE } from '../../../shared/ledger/authorise-event.ts';
import { EVENT_TYPES } from '../../../shared/ledger/event-type.ts';
import { RECORD_AUTHORITY } from '../../../shared/ledger/record-authority.ts';

const doc = readFileSync(new URL('../../../docs/ledger-events.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the ledger event reference', () => {
  it.each(ROLE_TABLE.map((rule) => [rule.type, rule.track ?? '', rule] as const))('shows the role rule for %s %s as the code has it', (_type, _track, rule) => {
    const line = `| \`${rule.type}\` | ${rule.track ?? ''} | ${rule.roles.map((role) => `\`${role}\``).join(', ')} | ${rule.why} |`;
    expect(readme).toContain(line);
  });

  it.each(RECORD_AUTHORITY.map((rule) => [rule.type, rule] as const))('shows the record-authority rule for %s as the code has it', (_type, rule) => {
    const line = `| \`${rule.type}\` | ${rule.record} | ${rule.claims ? 'yes' : 'no'} | \`${rule.may}\` | ${rule.why} |`;
    expect(readme).toContain(line);
  });

  it('has a security model that says what it does not guarantee', () => {
    expect(readme).toContain('## Security model');
    expect(readme).toMatch(/every member holding a token can `pull` every event, including\s+annotations and notes of meetings marked `csn_internal`/i);
  });

  it.each(EVENT_TYPES)('documents the payload of %s in docs and the README', (type) => {
    expect(doc).toContain(`\`${type}\``);
    expect(readme).toContain(`\`${type}\``);
  });
});
