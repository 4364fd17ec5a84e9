import type { EventType } from '../event-type.ts';
import { VIEW_TABS, type ViewTab } from './view-tab.ts';

/** Which view tabs an event of each type can change. The dashboard shows the head, so every event touches it. */
const TOUCHES: Record<EventType, readonly ViewTab[]> = {
  'annotation.created': ['decisions', 'actions', 'meetings'],
  'annotation.updated': ['decisions', 'actions', 'meetings'],
  'annotation.deleted': ['decisions', 'actions', 'meetings'],
  'tag.created': ['decisions', 'actions'],
  'tag.updated': ['decisions', 'actions'],
  'tag.removed': ['decisions', 'actions'],
  'commitment.upserted': ['commitments', 'milestones', 'indicators', 'signoffs', 'irm'],
  'proposal.submitted': ['proposals'],
  'proposal.disposed': ['proposals'],
  'signoff.recorded': ['signoffs', 'commitments'],
  'verdict.issued': [],
  'procedure.agreed': [],
  'workplan.updated': [],
  'meeting.scheduled': ['meetings'],
  'meeting.updated': ['meetings'],
  'meeting.held': ['meetings'],
  'meeting.notes_published': ['meetings'],
  'meeting.notes_drafted': ['meetings'],
  'meeting.notes_approved': ['meetings'],
  'meeting.cancelled': ['meetings'],
  'stakeholder.upserted': ['stakeholders'],
  'outreach.logged': ['outreach'],
  'update.reported': ['updates', 'indicators', 'irm'],
  'plan.recorded': [],
  'irm.assessed': ['irm'],
};

/**
 * The view tabs a batch of events touches, in VIEW_TABS order, so the append planner rewrites each
 * once. An empty batch touches nothing.
 */
export function tabsTouchedBy(types: Iterable<EventType>): ViewTab[] {
  const touched = new Set<ViewTab>();
  for (const type of types) {
    touched.add('dashboard');
    for (const tab of TOUCHES[type]) touched.add(tab);
  }
  return VIEW_TABS.filter((tab) => touched.has(tab));
}
