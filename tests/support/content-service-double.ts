/**
 * TEST DOUBLE of `ContentService` (developers.google.com/apps-script/reference/content and the guide
 * apps-script/guides/content), not Google code. Reproduced: `createTextOutput(text?)` gives a TextOutput
 * with getContent/setContent/append/setMimeType/getMimeType/downloadAsFile/getFileName; the MimeType
 * enum. Not reproducible, and so not offered: response headers and status codes (a web app always
 * answers 200; `ledger:local` adds the redirect and CORS header Google's front end adds).
 */
import type { CallLog } from './call-log.ts';

export const MimeType = { ATOM: 'ATOM', CSV: 'CSV', ICAL: 'ICAL', JAVASCRIPT: 'JAVASCRIPT', JSON: 'JSON', RSS: 'RSS', TEXT: 'TEXT', VCARD: 'VCARD', XML: 'XML' } as const;

/** The Content-Type Google serves for each MimeType. */
export const HTTP_CONTENT_TYPE: Record<string, string> = {
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'text/xml',
};

export type TextOutputDouble = {
  getContent(): string;
  getMimeType(): string;
  getFileName(): string | null;
  kind: 'TextOutput';
};

export function createContentServiceDouble(log: CallLog) {
  return {
    MimeType,
    createTextOutput(initial?: string) {
      log.record('ContentService', 'createTextOutput');
      let content = initial === undefined ? '' : String(initial);
      let mime: string = MimeType.TEXT;
      let fileName: string | null = null;
      const out = {
        kind: 'TextOutput' as const,
        getContent: () => content,
        setContent(text: string) {
          content = String(text);
          return out;
        },
        append(text: string) {
          content += String(text);
          return out;
        },
        getMimeType: () => mime,
        setMimeType(m: string) {
          if (!Object.values(MimeType).includes(m as never)) throw new Error(`Invalid argument: mimeType ${String(m)}`);
          mime = m;
          return out;
        },
        downloadAsFile(name: string) {
          fileName = name;
          return out;
        },
        getFileName: () => fileName,
      };
      return out;
    },
  };
}
