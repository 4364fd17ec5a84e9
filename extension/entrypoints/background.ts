import { startBackground } from '../adapters/background-services.ts';

// Wiring only: the background owns every call to the ledger (sync, token check, Docs page reads).
export default defineBackground(() => {
  startBackground();
});
