import type { Head } from '../../../shared/protocol/ledger-api.ts';

/**
 * What an unfinished build of the store leaves in the Index's meta cell (row 2) instead of the meta:
 * the Log it is building from (head, row count) and the coordinators it folds with, the day its
 * views are for, and how many of its writes are done. An append that finds it answers `busy` (it is
 * not a meta: decodeMeta refuses it). The next execution resumes after the writes done when the Log
 * and the coordinators are still those, and starts again otherwise: every write rewrites the same
 * cells from the same fold, so a write done twice (killed after it, before the marker said so) is
 * harmless.
 */
export type BuildMarker = {
  build: 1;
  head: Head;
  logRows: number;
  coordinators: string;
  day: string;
  /** Writes done (the clearing write is 0). */
  done: number;
  /** Writes in all, the meta's included. */
  writes: number;
  /** When the last execution made progress (ms since the epoch): a stalled build is scheduled again. */
  at: number;
};

export function decodeBuildMarker(cell: string | undefined): BuildMarker | undefined {
  if (!cell?.startsWith('{"build":')) return undefined;
  try {
    const marker = JSON.parse(cell) as BuildMarker;
    return marker.build === 1 && Number.isInteger(marker.done) ? marker : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a marker describes a build of this very Log, folded with these coordinators. */
export function markerHolds(marker: BuildMarker | undefined, target: Omit<BuildMarker, 'build' | 'day' | 'done' | 'writes' | 'at'>, writes: number): marker is BuildMarker {
  return (
    marker !== undefined &&
    marker.head.seq === target.head.seq &&
    marker.head.hash === target.head.hash &&
    marker.logRows === target.logRows &&
    marker.coordinators === target.coordinators &&
    marker.writes === writes
  );
}
