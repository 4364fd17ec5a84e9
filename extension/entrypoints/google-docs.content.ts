import { googleDocs } from '@/features/google-docs';
import { runContentScript } from '@/adapters/run-content-script';

// Wiring only: the feature file says where and what to detect.
export default defineContentScript({
  matches: googleDocs.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(googleDocs, ctx),
});
