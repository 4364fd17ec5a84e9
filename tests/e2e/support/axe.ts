import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

const AXE_SOURCE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (its default rule set: WCAG 2.x A/AA and best practices) on the page as it is now
 * and returns the violations. Extension pages forbid inline scripts (CSP `script-src 'self'`), so
 * `page.addScriptTag` is refused there; evaluating the source through the DevTools protocol is not.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target })) }));
  });
}
