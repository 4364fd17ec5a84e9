import { teams } from '@/features/teams';
import { runContentScript } from '@/adapters/run-content-script';

// Wiring only: the feature file says where and what to detect.
export default defineContentScript({
  matches: teams.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(teams, ctx),
});
