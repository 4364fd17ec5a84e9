import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLE_TABLE } from '../../../shared/ledger/authorise-event.ts';
import { EVENT_TYPES } from '../../../shared/ledger/event-type.ts';

const doc = readFileSync(new URL('../../../docs/ledger-events.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the ledger event reference', () => {
  it.each(ROLE_TABLE.map((rule) => [rule.type, rule.track ?? '', rule] as const))('shows the role rule for %s %s as the code has it', (_type, _track, rule) => {
    const line = `| \`${rule.type}\` | ${rule.track ?? ''} | ${rule.roles.map((role) => `\`${role}\``).join(', ')} | ${rule.why} |`;
    expect(readme).toContain(line);
  });

  it.each(EVENT_TYPES)('documents the payload of %s in docs and the README', (type) => {
    expect(doc).toContain(`\`${type}\``);
    expect(readme).toContain(`\`${type}\``);
  });
});
