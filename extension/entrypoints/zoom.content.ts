import { zoom } from '@/features/zoom';
import { runContentScript } from '@/adapters/run-content-script';

// Wiring only. All frames: the meeting runs in the `#webclient` frame (same origin as the page).
export default defineContentScript({
  matches: zoom.matches,
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(zoom, ctx),
});
