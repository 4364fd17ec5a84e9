import { buildCommitmentTemplate } from '../../../shared/docs/build-commitment-template.ts';
import { nextCommitmentCode } from '../../../shared/docs/next-commitment-code.ts';
import { parseDocument } from '../../../shared/docs/parse-document.ts';
import type { LabelLanguage } from '../../../shared/docs/template-fields.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { addonLanguage } from './addon-language.ts';
import { readDocumentModel, topLevelOf } from './read-document-model.ts';
import { COMMITMENT_IDS_PROPERTY, nameCommitmentRange } from './read-commitments.ts';

/** Where the template goes: after the body child holding the cursor (or the selection), else at the end. */
function insertionIndex(doc: GoogleAppsScript.Document.Document): number {
  const body = doc.getBody();
  const cursor = doc.getCursor();
  const element = cursor?.getElement() ?? doc.getSelection()?.getRangeElements()[0]?.getElement();
  const top = element ? topLevelOf(element, body) : null;
  return top ? body.getChildIndex(top) + 1 : body.getNumChildren();
}

function boldRow(table: GoogleAppsScript.Document.Table, r: number): void {
  const row = table.getRow(r);
  for (let c = 0; c < row.getNumCells(); c += 1) {
    const text = row.getCell(c).editAsText();
    if (text.getText() !== '') text.setBold(0, text.getText().length - 1, true);
  }
}

/**
 * Inserts the commitment template at the cursor with the next free code, names it
 * `cocreate:commitment:<uuid>` and remembers the code's id. Returns the code and id.
 */
export function insertCommitment(language: LabelLanguage): { code: string; id: string } {
  const doc = DocumentApp.getActiveDocument();
  const used = parseDocument(readDocumentModel(doc), { language: addonLanguage() }).commitments.map((c) => c.code);
  const code = nextCommitmentCode(used);
  if (!code) throw new Error(translate('docs.insert.noFreeCode', addonLanguage()));
  const template = buildCommitmentTemplate(code, language);
  const body = doc.getBody();
  const at = insertionIndex(doc);
  const heading = body.insertParagraph(at, template.heading).setHeading(DocumentApp.ParagraphHeading.HEADING2);
  const fields = body.insertTable(at + 1, template.fields);
  if (language === 'both') boldRow(fields, 0);
  const milestones = body.insertTable(at + 2, template.milestones);
  boldRow(milestones, 0);
  // A paragraph after the last table, as Docs needs one to type below a table.
  body.insertParagraph(at + 3, '');
  const id = Utilities.getUuid();
  nameCommitmentRange(doc, [body.getChildIndex(heading), at + 1, at + 2], id);
  const properties = PropertiesService.getDocumentProperties();
  const ids = JSON.parse(properties.getProperty(COMMITMENT_IDS_PROPERTY) ?? '{}') as Record<string, string>;
  ids[code] = id;
  properties.setProperty(COMMITMENT_IDS_PROPERTY, JSON.stringify(ids));
  // Put the cursor after the heading's code so the drafter can type the title.
  doc.setCursor(doc.newPosition(heading.editAsText(), template.heading.length));
  return { code, id };
}
