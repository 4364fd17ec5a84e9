import { generic } from '@/features/generic';
import { runContentScript } from '@/adapters/run-content-script';

// Wiring only: the feature file says where and what to detect.
export default defineContentScript({
  matches: generic.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(generic, ctx),
});
