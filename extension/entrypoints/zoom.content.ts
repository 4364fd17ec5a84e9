import { zoom } from '@/features/zoom';
import { runContentScript } from '@/adapters/run-content-script';

// Wiring only: the feature file says where and what to detect.
export default defineContentScript({
  matches: zoom.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(zoom, ctx),
});
