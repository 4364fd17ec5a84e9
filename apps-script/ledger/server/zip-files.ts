/** One file of a zip, as text (what shared/ builds: the tracker workbook, the repository site). */
export type TextFile = { path: string; content: string };

const MIME: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  json: 'application/json',
  jsonl: 'application/x-ndjson',
  xml: 'application/xml',
  rels: 'application/xml',
  csv: 'text/csv',
  txt: 'text/plain',
};

/**
 * The thin adapter between the pure builders and Apps Script: each text becomes a UTF-8 blob named
 * by its path (folders included: Utilities.zip names each entry after its blob), all in one zip.
 */
export function zipFiles(files: readonly TextFile[], name: string): GoogleAppsScript.Base.Blob {
  const blobs = files.map((file) => Utilities.newBlob(file.content, MIME[file.path.split('.').pop() ?? ''] ?? 'application/octet-stream', file.path));
  return Utilities.zip(blobs, name);
}
