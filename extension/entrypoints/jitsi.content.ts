import { jitsi } from '@/features/jitsi';
import { runContentScript } from '@/adapters/run-content-script';

// Wiring only: the feature file says where and what to detect.
export default defineContentScript({
  matches: jitsi.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(jitsi, ctx),
});
