import { googleMeet } from '@/features/google-meet';
import { runContentScript } from '@/adapters/run-content-script';

// Wiring only: the feature file says where and what to detect.
export default defineContentScript({
  matches: googleMeet.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(googleMeet, ctx),
});
