import { startBackground } from '../adapters/background-services.ts';
import { startQuickAnnotations } from '../adapters/quick-annotations.ts';

// Wiring only: the background owns every call to the ledger (sync, token check, Docs page reads)
// and the annotations made from the meeting tab (shortcuts, on-page control).
export default defineBackground(() => {
  const coordinator = startBackground();
  const quick = startQuickAnnotations({ onSaved: () => void coordinator.trigger('change').catch(() => {}) });
  // Headless Chromium does not deliver command key presses sent through DevTools, so the e2e test
  // calls the very function the browser's onCommand calls (tests/e2e/platforms.e2e.test.ts).
  (globalThis as { cocreateRunCommand?: typeof quick.runCommand }).cocreateRunCommand = quick.runCommand;
});
