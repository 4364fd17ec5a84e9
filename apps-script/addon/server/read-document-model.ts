import type { DocBlock, DocModel, DocNamedRange } from '../../../shared/docs/document-model.ts';

type Element = GoogleAppsScript.Document.Element;
type Body = GoogleAppsScript.Document.Body;

const HEADING_LEVEL: Record<string, number> = {
  TITLE: 1,
  SUBTITLE: 1,
  HEADING1: 1,
  HEADING2: 2,
  HEADING3: 3,
  HEADING4: 4,
  HEADING5: 5,
  HEADING6: 6,
};

/** The body child an element sits in (a text in a cell → its table), or null outside the body. */
export function topLevelOf(element: Element, _body: Body): Element | null {
  let current: Element | null = element;
  for (;;) {
    if (!current) return null;
    const parent: Element | null = current.getParent() as Element | null;
    if (!parent) return null;
    if (parent.getType() === DocumentApp.ElementType.BODY_SECTION) return current;
    current = parent;
  }
}

function cellText(cell: GoogleAppsScript.Document.TableCell): string | null {
  // The cells a merge covers stay in the row with col span 0: they are not columns of their own.
  return cell.getColSpan() === 0 ? null : cell.getText();
}

/**
 * The one walk of the document (DESIGN §6): each body child once, tables as text grids, then the
 * named ranges with the body indexes they touch. Everything after this is shared/docs.
 */
export function readDocumentModel(doc: GoogleAppsScript.Document.Document): DocModel {
  const body = doc.getBody();
  const blocks: DocBlock[] = [];
  const count = body.getNumChildren();
  for (let index = 0; index < count; index += 1) {
    const child = body.getChild(index);
    const type = child.getType();
    if (type === DocumentApp.ElementType.TABLE) {
      const table = child.asTable();
      const rows: string[][] = [];
      for (let r = 0; r < table.getNumRows(); r += 1) {
        const row = table.getRow(r);
        const cells: string[] = [];
        for (let c = 0; c < row.getNumCells(); c += 1) {
          const text = cellText(row.getCell(c));
          if (text !== null) cells.push(text);
        }
        rows.push(cells);
      }
      blocks.push({ kind: 'table', index, rows });
    } else if (type === DocumentApp.ElementType.PARAGRAPH || type === DocumentApp.ElementType.LIST_ITEM) {
      const paragraph = type === DocumentApp.ElementType.PARAGRAPH ? child.asParagraph() : child.asListItem();
      blocks.push({ kind: 'paragraph', index, heading: HEADING_LEVEL[String(paragraph.getHeading())] ?? 0, text: paragraph.getText() });
    }
  }
  const namedRanges: DocNamedRange[] = doc.getNamedRanges().flatMap((named) => {
    const name = named.getName();
    if (!name.startsWith('cocreate:')) return [];
    const indexes = new Set<number>();
    const texts: string[] = [];
    for (const part of named.getRange().getRangeElements()) {
      const element = part.getElement();
      const top = topLevelOf(element, body);
      if (top) indexes.add(body.getChildIndex(top));
      if (element.getType() === DocumentApp.ElementType.TEXT) {
        const text = element.asText().getText();
        texts.push(part.isPartial() ? text.slice(part.getStartOffset(), part.getEndOffsetInclusive() + 1) : text);
      } else if (name.startsWith('cocreate:tag:')) {
        texts.push((element as unknown as { getText(): string }).getText());
      }
    }
    return [{ id: named.getId(), name, blocks: [...indexes].sort((a, b) => a - b), text: texts.join('\n') }];
  });
  return { docId: doc.getId(), title: doc.getName(), url: doc.getUrl(), blocks, namedRanges };
}
