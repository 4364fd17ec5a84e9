import type { SignOffStateOf, SignOffTrack } from './sign-off.ts';

type Transitions<T extends SignOffTrack> = Readonly<Record<SignOffStateOf<T>, readonly SignOffStateOf<T>[]>>;

const GOVERNMENT_DECISIONS = ['approved', 'approved_with_changes', 'declined'] as const;

// ogp-domain §4.3: not_started → in_review → changes_requested ⇄ revised → approved | approved_with_changes | declined
const government: Transitions<'government'> = {
  not_started: ['in_review'],
  in_review: ['changes_requested', ...GOVERNMENT_DECISIONS],
  changes_requested: ['revised'],
  revised: ['changes_requested', ...GOVERNMENT_DECISIONS],
  approved: [],
  approved_with_changes: [],
  declined: [],
};

// not_started → circulated → comment_window_open → position_adopted{endorse | endorse_with_reservations | decline_to_endorse}
const csn: Transitions<'csn'> = {
  not_started: ['circulated'],
  circulated: ['comment_window_open'],
  comment_window_open: ['endorse', 'endorse_with_reservations', 'decline_to_endorse'],
  endorse: [],
  endorse_with_reservations: [],
  decline_to_endorse: [],
};

// draft → co_chairs_review → agreed → published
const msf: Transitions<'msf'> = {
  draft: ['co_chairs_review'],
  co_chairs_review: ['agreed'],
  agreed: ['published'],
  published: [],
};

const TRANSITIONS: { [T in SignOffTrack]: Transitions<T> } = { government, csn, msf };

/**
 * Whether a track may move from one state to the next on the same text version. Decisions are final
 * for that version: an edit after freezing gives a new version hash, and its tracks restart from
 * `restartStateAfterEdit`, not through this function.
 */
export function canTransition<T extends SignOffTrack>(track: T, from: SignOffStateOf<T>, to: SignOffStateOf<T>): boolean {
  const next = (TRANSITIONS[track] as Record<string, readonly string[]>)[from];
  return next?.includes(to) ?? false;
}

const RESTART: { [T in SignOffTrack]: SignOffStateOf<T> } = { government: 'in_review', csn: 'circulated', msf: 'co_chairs_review' };

/** §4.3 guard: any edit after freezing sends the tracks back to review (government `in_review`, CSN `circulated`). */
export function restartStateAfterEdit<T extends SignOffTrack>(track: T): SignOffStateOf<T> {
  return RESTART[track];
}
