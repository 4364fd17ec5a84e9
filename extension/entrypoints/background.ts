import { startBackground } from '../adapters/background-services.ts';
import { startQuickAnnotations } from '../adapters/quick-annotations.ts';

// Wiring only: the background owns every call to the ledger (sync, token check, Docs page reads)
// and the annotations made from the meeting tab (shortcuts, on-page control).
export default defineBackground(() => {
  const coordinator = startBackground();
  startQuickAnnotations({ onSaved: () => void coordinator.trigger('change').catch(() => {}) });
});
