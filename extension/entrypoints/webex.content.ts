import { webex } from '@/features/webex';
import { runContentScript } from '@/adapters/run-content-script';

// Wiring only: the feature file says where and what to detect.
export default defineContentScript({
  matches: webex.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(webex, ctx),
});
