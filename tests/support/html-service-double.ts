/**
 * TEST DOUBLE of `HtmlService` (developers.google.com/apps-script/reference/html), not Google code.
 * Reproduced: `createHtmlOutput(html?)` gives an HtmlOutput with getContent/setContent/append/setTitle/
 * getTitle/setWidth/setHeight/setXFrameOptionsMode; `createHtmlOutputFromFile(name)` reads `<name>.html`
 * from the project files the test hands in; the SandboxMode and XFrameOptionsMode enums. The page is not
 * rendered or run: tests read its HTML.
 */
import type { CallLog } from './call-log.ts';

export type HtmlOutputDouble = { getContent(): string; getTitle(): string; kind: 'HtmlOutput' };

export function createHtmlServiceDouble(log: CallLog, files: Record<string, string> = {}) {
  const output = (initial: string) => {
    let content = initial;
    let title = '';
    let width = 600;
    let height = 400;
    const out = {
      kind: 'HtmlOutput' as const,
      getContent: () => content,
      setContent(html: string) {
        content = String(html);
        return out;
      },
      append(html: string) {
        content += String(html);
        return out;
      },
      getTitle: () => title,
      setTitle(t: string) {
        title = String(t);
        return out;
      },
      getWidth: () => width,
      setWidth(w: number) {
        width = w;
        return out;
      },
      getHeight: () => height,
      setHeight(h: number) {
        height = h;
        return out;
      },
      setXFrameOptionsMode(_mode: string) {
        return out;
      },
      setSandboxMode(_mode: string) {
        return out;
      },
    };
    return out;
  };
  return {
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    createHtmlOutput(html?: string) {
      log.record('HtmlService', 'createHtmlOutput');
      return output(html === undefined ? '' : String(html));
    },
    createHtmlOutputFromFile(name: string) {
      log.record('HtmlService', 'createHtmlOutputFromFile');
      const file = files[name.replace(/\.html$/, '')];
      if (file === undefined) throw new Error(`No HTML file named ${name} was found.`);
      return output(file);
    },
  };
}
