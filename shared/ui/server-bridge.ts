/**
 * A typed, promise-based bridge from an Apps Script HTML page to its server functions (enuchi's
 * React-Google-Apps-Script pattern): `createServerBridge<typeof import('../server/index.ts')>(run)`.
 * `run` is the page's `google.script.run`, passed in so this file touches no platform global. What a
 * server function answers is still a claim: callers parse it with their zod schema on arrival.
 */
export type ScriptRun = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
} & Record<string, unknown>;

type AnyFunction = (...args: never[]) => unknown;

export type ServerBridge<S> = {
  [K in keyof S as S[K] extends AnyFunction ? K : never]: S[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};

/** The message of whatever `withFailureHandler` received (Apps Script passes an Error). */
export function failureMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error !== null && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') return (error as { message: string }).message;
  return String(error);
}

export function createServerBridge<S>(run: ScriptRun): ServerBridge<S> {
  return new Proxy({} as ServerBridge<S>, {
    get(_target, name) {
      if (typeof name !== 'string') return undefined;
      return (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          const runner = run.withSuccessHandler(resolve).withFailureHandler((error) => reject(new Error(failureMessage(error))));
          const call = runner[name];
          if (typeof call !== 'function') {
            reject(new Error(`No server function ${name}`));
            return;
          }
          (call as (...a: unknown[]) => void).apply(runner, args);
        });
    },
  });
}
