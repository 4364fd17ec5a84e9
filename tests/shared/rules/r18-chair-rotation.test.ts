import { describe, expect, it } from 'vitest';
import type { ChairSide } from '../../../shared/domain/meeting.ts';
import { checkChairRotation, suggestNextChair } from '../../../shared/rules/r18-chair-rotation.ts';
import { edit, emptyRecords, located, meeting } from './builders.ts';

/** Forum meetings on the first of successive months, chaired as listed. */
function forum(...chairs: ChairSide[]) {
  return edit(emptyRecords(), (r) => {
    r.meetings = chairs.map((chairSide, i) =>
      meeting(`m${i}`, { chairSide, startsAt: `2026-0${i + 1}-01T14:00:00Z`, heldAt: undefined }),
    );
  });
}

describe('R18 chair rotation', () => {
  it.each([
    ['government twice', forum('government', 'government'), 'meetings[1].chairSide'],
    ['CSN twice', forum('government', 'csn', 'csn'), 'meetings[2].chairSide'],
    ['government, co-chaired, government', forum('government', 'co_chaired', 'government'), 'meetings[2].chairSide'],
  ])('%s → R18 finding', (_name, records, path) => {
    expect(located(checkChairRotation(records))).toEqual([{ rule: 'R18', severity: 'warn', path }]);
  });

  it.each([
    ['alternating', forum('government', 'csn', 'government', 'csn')],
    ['co-chaired in between', forum('government', 'co_chaired', 'csn')],
    ['all co-chaired', forum('co_chaired', 'co_chaired')],
  ])('%s → nothing', (_name, records) => {
    expect(checkChairRotation(records)).toEqual([]);
  });

  it('compares meetings in date order, whatever the list order', () => {
    const records = forum('government', 'csn', 'government');
    records.meetings.reverse();
    expect(checkChairRotation(records)).toEqual([]);
  });

  it('ignores meetings that are not forum meetings', () => {
    const records = edit(forum('government', 'government'), (r) => { r.meetings[1]!.type = 'webinar'; });
    expect(checkChairRotation(records)).toEqual([]);
  });

  it.each([
    [['government', 'csn'], 'government'],
    [['csn', 'co_chaired'], 'government'],
    [['government'], 'csn'],
    [[], 'co_chaired'],
  ] as [ChairSide[], ChairSide][])('after %j, suggests %s', (chairs, next) => {
    expect(suggestNextChair(forum(...chairs).meetings)).toBe(next);
  });
});
