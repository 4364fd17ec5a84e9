import { DocLocation } from '../../../shared/docs/document-model.ts';

/** Selects the block, or the table cell, a finding or a tag is about, so the drafter sees it. */
export function selectLocation(raw: unknown): boolean {
  const location = DocLocation.parse(raw);
  const doc = DocumentApp.getActiveDocument();
  const body = doc.getBody();
  if (location.block < 0 || location.block >= body.getNumChildren()) return false;
  const block = body.getChild(location.block);
  let target: GoogleAppsScript.Document.Element = block;
  if (block.getType() === DocumentApp.ElementType.TABLE && location.row !== undefined) {
    const table = block.asTable();
    if (location.row >= table.getNumRows()) return false;
    const row = table.getRow(location.row);
    target = location.col !== undefined && location.col < row.getNumCells() ? row.getCell(location.col) : row;
  }
  doc.setSelection(doc.newRange().addElement(target).build());
  return true;
}
