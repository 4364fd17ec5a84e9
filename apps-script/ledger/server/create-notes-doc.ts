/** The MIME type Drive gives a Google Doc; a file created with it and an HTML body is imported as a Doc. */
const GOOGLE_DOC = 'application/vnd.google-apps.document';

export type CreatedDoc = { ok: true; id: string; url: string; linkPrinted: boolean } | { ok: false; reason: 'drive_off' | 'folder' | 'failed'; message: string };

/**
 * Creates a Google Doc named `name` in the folder `folderId` from `html`, through the Drive advanced
 * service (Drive API v3 `files.create`): Drive imports the HTML's headings, lists and tables as the
 * Doc's own. It needs only the `drive.file` scope: the app may create files, and may place them in a
 * folder the coordinator picked with the Google Picker (which grants the app that folder). DriveApp and
 * DocumentApp.openById would need the whole `drive` or `documents` scope. A folder the app was never
 * granted answers Drive's 404 "File not found", reported as `folder`.
 */
export function createNotesDoc(folderId: string, name: string, html: (docUrl?: string) => string): CreatedDoc {
  const files = typeof Drive === 'undefined' ? undefined : (Drive as unknown as { Files?: DriveFiles }).Files;
  if (!files) return { ok: false, reason: 'drive_off', message: 'Drive advanced service is not enabled' };
  try {
    const file = files.create(
      { name, mimeType: GOOGLE_DOC, parents: [folderId] },
      Utilities.newBlob(html(), 'text/html', `${name}.html`),
      { fields: 'id,webViewLink', supportsAllDrives: true },
    );
    const id = String(file.id ?? '');
    if (id === '') return { ok: false, reason: 'failed', message: 'Drive answered without a file id' };
    const url = typeof file.webViewLink === 'string' && /^https:\/\//.test(file.webViewLink) ? file.webViewLink : `https://docs.google.com/document/d/${id}/edit`;
    // The address exists only once the file does: a second upload (files.update with media, which
    // re-imports the Doc's content) prints it in the notes. Should that fail, the Doc stands as made.
    try {
      files.update({}, id, Utilities.newBlob(html(url), 'text/html', `${name}.html`), { supportsAllDrives: true });
      return { ok: true, id, url, linkPrinted: true };
    } catch (error) {
      console.warn(`notes Doc ${id}: link not printed: ${error instanceof Error ? error.message : String(error)}`);
      return { ok: true, id, url, linkPrinted: false };
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: /File not found|notFound|insufficientFilePermissions/i.test(message) ? 'folder' : 'failed', message };
  }
}

type DriveFiles = {
  update(resource: Record<string, unknown>, fileId: string, media: GoogleAppsScript.Base.Blob, options: Record<string, unknown>): { id?: string };
  create(resource: { name: string; mimeType: string; parents: string[] }, media: GoogleAppsScript.Base.Blob, options: Record<string, unknown>): { id?: string; webViewLink?: string };
};
