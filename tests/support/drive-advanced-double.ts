/**
 * TEST DOUBLE of the Drive advanced service (`Drive.Files`, Drive API v3 through Apps Script), not
 * Google code. Written from developers.google.com/workspace/drive/api/reference/rest/v3/files/create,
 * .../drive/api/guides/manage-uploads (a file created with a Google Docs MIME type has its uploaded
 * content imported; text/html imports as a document), .../drive/api/guides/api-specific-auth
 * (`drive.file`: per-file access to files the app created or the user opened with it, the Google Picker
 * among them; PickerBuilder.setAppId "is required for the drive.file scope"), .../drive/api/guides/handle-errors
 * (404 `notFound` "File not found: {fileId}." for a file the app cannot see) and apps-script/guides/services/advanced
 * (an advanced service throws the API's error as "API call to drive.files.create failed with error: …").
 * Reproduced:
 * - the user's Drive holds folders (`addFolder(name)`, the test's set-up); the app reaches a folder only
 *   once the user picked it in the Picker (`pick(id)`, the stand-in for the Picker's grant) or the app
 *   created it; any other parent, existing or not, answers the 404 above;
 * - `Files.create(resource, mediaData?, optionalArgs?)` makes a file with a new id under its parents;
 *   with `mimeType: application/vnd.google-apps.document` and HTML media the content is imported as a
 *   Doc (`openDocument(id)` reads it through the DocumentApp double's model: importHtmlDocument);
 * - `Files.update(resource, fileId, mediaData?, optionalArgs?)` on a Doc the app reaches replaces its
 *   content by importing the new media (files.update "with media upload"); any other id answers 404;
 * - the answer holds the fields named in `optionalArgs.fields` (default `kind,id,name,mimeType`, as
 *   v3 answers); `webViewLink` is `https://docs.google.com/document/d/{id}/edit?usp=drivesdk`;
 * - without `drive.file` or `drive` among the granted scopes every call throws Apps Script's
 *   "You do not have permission to call Drive.Files.create" error.
 * Not reproduced: shared drives, permissions, trash, revisions, other import formats, quotas.
 */
import { randomBytes } from 'node:crypto';
import type { CallLog } from './call-log.ts';
import { type DocumentState, importHtmlDocument } from './document-app-double.ts';

const FOLDER = 'application/vnd.google-apps.folder';
const GOOGLE_DOC = 'application/vnd.google-apps.document';

export type DriveFileState = { id: string; name: string; mimeType: string; parents: string[]; content?: string; createdByApp: boolean };
export type DriveState = { files: DriveFileState[]; granted: string[]; scopes: string[] };

export function emptyDriveState(): DriveState {
  return { files: [], granted: [], scopes: ['https://www.googleapis.com/auth/drive.file'] };
}

const driveId = () => `1${randomBytes(24).toString('base64url').slice(0, 32)}`;
type Blob = { getDataAsString(): string; getContentType(): string | null };

export function createDriveDouble(state: DriveState, log: CallLog) {
  const count = (method: string) => log.record('Drive', method);
  const reachable = (id: string) => state.granted.includes(id) || state.files.some((f) => f.id === id && f.createdByApp);
  const failed = (message: string) => new Error(`API call to drive.files.create failed with error: ${message}`);
  const answer = (file: DriveFileState, fields: string) => {
    const all: Record<string, unknown> = { kind: 'drive#file', id: file.id, name: file.name, mimeType: file.mimeType, parents: [...file.parents], webViewLink: `https://docs.google.com/document/d/${file.id}/edit?usp=drivesdk` };
    const wanted = fields.split(',').map((f) => f.trim()).filter(Boolean);
    return Object.fromEntries(Object.entries(all).filter(([key]) => wanted.includes(key)));
  };
  const Drive = {
    Files: {
      create(resource: { name?: string; mimeType?: string; parents?: string[] }, mediaData?: Blob, optionalArgs: { fields?: string } = {}) {
        count('Files.create');
        if (!state.scopes.some((s) => s === 'https://www.googleapis.com/auth/drive.file' || s === 'https://www.googleapis.com/auth/drive')) {
          throw new Error('You do not have permission to call Drive.Files.create. Required permissions: https://www.googleapis.com/auth/drive.file');
        }
        const parents = resource.parents ?? [];
        for (const parent of parents) {
          const folder = state.files.find((f) => f.id === parent);
          if (!folder || !reachable(parent)) throw failed(`File not found: ${parent}.`);
          if (folder.mimeType !== FOLDER) throw failed('The specified parent is not a folder.');
        }
        const file: DriveFileState = {
          id: driveId(),
          name: resource.name ?? 'Untitled',
          mimeType: resource.mimeType ?? mediaData?.getContentType() ?? 'application/octet-stream',
          parents: [...parents],
          ...(mediaData ? { content: mediaData.getDataAsString() } : {}),
          createdByApp: true,
        };
        if (file.mimeType === GOOGLE_DOC && mediaData && mediaData.getContentType() !== 'text/html' && mediaData.getContentType() !== 'text/plain') {
          throw failed(`Bad Request: conversion from ${mediaData.getContentType()} to a document is not supported.`);
        }
        state.files.push(file);
        return answer(file, optionalArgs.fields ?? 'kind,id,name,mimeType');
      },
      update(resource: { name?: string }, fileId: string, mediaData?: Blob, optionalArgs: { fields?: string } = {}) {
        count('Files.update');
        const file = state.files.find((f) => f.id === fileId);
        if (!file || !reachable(fileId)) throw new Error(`API call to drive.files.update failed with error: File not found: ${fileId}.`);
        if (resource.name !== undefined) file.name = resource.name;
        if (mediaData) file.content = mediaData.getDataAsString();
        return answer(file, optionalArgs.fields ?? 'kind,id,name,mimeType');
      },
    },
  };
  return {
    Drive,
    /** Test set-up: a folder in the user's own Drive, which the app cannot reach until it is picked. */
    addFolder(name: string): string {
      const id = driveId();
      state.files.push({ id, name, mimeType: FOLDER, parents: ['root'], createdByApp: false });
      return id;
    },
    /** The Picker's grant: the user chose this file or folder with the app's Picker (drive.file). */
    pick(id: string): { id: string; name: string; mimeType: string } | undefined {
      const file = state.files.find((f) => f.id === id);
      if (!file) return undefined;
      if (!state.granted.includes(id)) state.granted.push(id);
      return { id: file.id, name: file.name, mimeType: file.mimeType };
    },
    folders: () => state.files.filter((f) => f.mimeType === FOLDER).map((f) => ({ id: f.id, name: f.name })),
    filesIn: (folderId: string) => state.files.filter((f) => f.parents.includes(folderId)),
    /** The Doc as Drive imported it, read through the DocumentApp double's model. */
    openDocument(id: string): Promise<DocumentState> {
      const file = state.files.find((f) => f.id === id && f.mimeType === GOOGLE_DOC);
      if (!file) throw new Error(`no Google Doc ${id}`);
      return importHtmlDocument(file.id, file.name, file.content ?? '');
    },
  };
}
