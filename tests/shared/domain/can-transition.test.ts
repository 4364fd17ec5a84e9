import { describe, expect, it } from 'vitest';
import {
  CsnSignOffState,
  GovernmentSignOffState,
  MsfSignOffState,
  type SignOffStateOf,
  type SignOffTrack,
  canTransition,
  restartStateAfterEdit,
} from '../../../shared/domain/index.ts';

// ogp-domain §4.3, one row per arrow that exists; every other pair of states is refused.
const ALLOWED: { [T in SignOffTrack]: [SignOffStateOf<T>, SignOffStateOf<T>][] } = {
  government: [
    ['not_started', 'in_review'],
    ['in_review', 'changes_requested'],
    ['in_review', 'approved'],
    ['in_review', 'approved_with_changes'],
    ['in_review', 'declined'],
    ['changes_requested', 'revised'],
    ['revised', 'changes_requested'],
    ['revised', 'approved'],
    ['revised', 'approved_with_changes'],
    ['revised', 'declined'],
  ],
  csn: [
    ['not_started', 'circulated'],
    ['circulated', 'comment_window_open'],
    ['comment_window_open', 'endorse'],
    ['comment_window_open', 'endorse_with_reservations'],
    ['comment_window_open', 'decline_to_endorse'],
  ],
  msf: [
    ['draft', 'co_chairs_review'],
    ['co_chairs_review', 'agreed'],
    ['agreed', 'published'],
  ],
};

const STATES: { [T in SignOffTrack]: readonly SignOffStateOf<T>[] } = {
  government: GovernmentSignOffState.options,
  csn: CsnSignOffState.options,
  msf: MsfSignOffState.options,
};

function everyPair<T extends SignOffTrack>(track: T): [T, SignOffStateOf<T>, SignOffStateOf<T>, boolean][] {
  const allowed = new Set(ALLOWED[track].map(([from, to]) => `${from}>${to}`));
  return STATES[track].flatMap((from) => STATES[track].map((to): [T, SignOffStateOf<T>, SignOffStateOf<T>, boolean] => [track, from, to, allowed.has(`${from}>${to}`)]));
}

describe('canTransition', () => {
  it.each([...everyPair('government'), ...everyPair('csn'), ...everyPair('msf')])('%s: %s → %s is %s', (track, from, to, expected) => {
    expect(canTransition(track, from as never, to as never)).toBe(expected);
  });

  it.each<[string, SignOffTrack, string, string]>([
    ['the government cannot skip review', 'government', 'not_started', 'approved'],
    ['the government cannot decline while changes are being made', 'government', 'changes_requested', 'declined'],
    ['a government decision is final for its version', 'government', 'declined', 'approved'],
    ['the CSN cannot adopt a position before the comment window', 'csn', 'circulated', 'endorse'],
    ['a CSN position is final for its version', 'csn', 'decline_to_endorse', 'endorse'],
    ['the forum cannot publish notes the co-chairs have not agreed', 'msf', 'co_chairs_review', 'published'],
    ['an unknown state goes nowhere', 'csn', 'position_adopted', 'endorse'],
  ])('refuses: %s', (_name, track, from, to) => {
    expect(canTransition(track, from as never, to as never)).toBe(false);
  });
});

describe('restartStateAfterEdit', () => {
  it.each<[SignOffTrack, string]>([
    ['government', 'in_review'],
    ['csn', 'circulated'],
    ['msf', 'co_chairs_review'],
  ])('an edit after freezing sends the %s track back to %s', (track, state) => {
    expect(restartStateAfterEdit(track)).toBe(state);
  });
});
