import { createServerBridge, type ScriptRun } from '../../../shared/ui/server-bridge.ts';

declare const google: { script: { run: ScriptRun } };

/** The add-on's server functions, typed from its public surface (enuchi's pattern). */
export const server = createServerBridge<typeof import('../server/index.ts')>(google.script.run);
