import { normalizeSpace, parseUrl } from './dom-helpers';
import type { PlatformFeature } from './platform-feature';

const DOCUMENT_PATH = /^\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,})(?:\/|$)/;

/** The id of a Google Docs document from its URL (`/document/d/<id>/edit`), if it is one. */
export function docIdFromUrl(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (parsed?.hostname !== 'docs.google.com') return undefined;
  return DOCUMENT_PATH.exec(parsed.pathname)?.[1];
}

/**
 * Google Docs: not a meeting. Docs draws text on a canvas, so only the URL and the title are read
 * (DESIGN §5); the side panel then shows what the ledger knows about that document.
 */
export const googleDocs: PlatformFeature = {
  name: 'docs',
  matches: ['https://docs.google.com/document/*'],
  detectMeeting: () => ({ isMeetingOn: false }),
  readCaptions: () => ({ state: 'none' }),
  detectDocument(page) {
    const docId = docIdFromUrl(page.url);
    if (!docId) return undefined;
    const title = normalizeSpace(page.title.replace(/\s*-\s*Google (Docs|Docs Editors)$/, ''));
    return { docId, ...(title ? { title } : {}) };
  },
};
