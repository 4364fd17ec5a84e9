/**
 * TEST DOUBLE of `DocumentApp` and `ScriptApp.AuthMode` for an editor add-on, not Google code.
 * Written from developers.google.com/apps-script/reference/document (Body, Paragraph, Table,
 * TableRow, TableCell, Text, Position, Range, RangeBuilder, NamedRange, Document) and
 * developers.google.com/workspace/add-ons/concepts/menus + apps-script/add-ons/concepts/addon-authorization.
 * Reproduced:
 * - the element tree: a Body of Paragraphs (with a ParagraphHeading) and Tables of TableRows of
 *   TableCells (each cell holds paragraphs; `getText` joins them with "\n"); `getType()` gives
 *   `DocumentApp.ElementType.*`; `getParent`, `getChildIndex`, `getNumChildren`, `getChild`,
 *   `insertParagraph(i, text)`, `insertTable(i, cells)`, `appendParagraph`, `appendTable`,
 *   `removeFromParent`; a Paragraph's only child is its Text (`editAsText()`), whose characters carry
 *   a background colour (`setBackgroundColor(start, endInclusive, colour)`, `getBackgroundColor(offset)`);
 * - merged cells: the first cell of a merge has `getColSpan()` > 1 and the cells it covers stay in
 *   the row with col span 0 and no text (TableCell.getColSpan);
 * - the user's cursor (`getCursor()`: a Position on a Text with an offset, null when text is
 *   selected) and selection (`getSelection()`: a Range whose RangeElements are partial Texts with
 *   offsets, or whole elements; null when nothing is selected); `setSelection`, `setCursor`;
 * - named ranges: `addNamedRange(name, range)` (names need not be unique, ids are), `getNamedRanges(name?)`,
 *   `getNamedRangeById`, `NamedRange.remove()`; a NamedRange cannot be changed once added. A range
 *   whose elements were all deleted is gone. Copy and paste makes new elements that carry NO named
 *   range, and a copy of the whole document starts with none (DESIGN §6; Google documents named
 *   ranges as positions the API keeps, never as part of copied content): `pasteCopyOf`,
 *   `cutAndPaste` and `copyDocument` below do the same;
 * - `DocumentApp.getUi()`: `createAddonMenu()`/`createMenu()` with addItem/addSeparator/addToUi,
 *   `showSidebar(html)`, `alert`;
 * - AuthMode (add-on authorization lifecycle): in `AuthMode.NONE` (a document opened before the
 *   user authorised the add-on) onOpen may build menus but `getActiveDocument()` and every other
 *   service that reads user data throws "You do not have permission…"; `gateByAuthMode` wraps a
 *   service double so it throws the same way.
 * Not reproduced: styles beyond headings, lists, images, tabs, comments, undo.
 */
import type { CallLog } from './call-log.ts';

export const ElementType = {
  BODY_SECTION: 'BODY_SECTION',
  PARAGRAPH: 'PARAGRAPH',
  TABLE: 'TABLE',
  TABLE_ROW: 'TABLE_ROW',
  TABLE_CELL: 'TABLE_CELL',
  TEXT: 'TEXT',
  LIST_ITEM: 'LIST_ITEM',
} as const;

export const ParagraphHeading = {
  NORMAL: 'NORMAL',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
  HEADING4: 'HEADING4',
  HEADING5: 'HEADING5',
  HEADING6: 'HEADING6',
} as const;

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export type AuthModeName = keyof typeof AuthMode;

type Parent = BodyNode | CellNode;

export class TextNode {
  chars = '';
  background: (string | null)[] = [];
  bold: boolean[] = [];
  constructor(readonly paragraph: ParagraphNode) {}
  getType() {
    return ElementType.TEXT;
  }
  asText() {
    return this;
  }
  getParent() {
    return this.paragraph;
  }
  getText() {
    return this.chars;
  }
  setText(text: string) {
    this.chars = String(text);
    this.background = Array.from(this.chars, () => null);
    this.bold = Array.from(this.chars, () => false);
    return this;
  }
  insertText(offset: number, text: string) {
    const t = String(text);
    this.chars = this.chars.slice(0, offset) + t + this.chars.slice(offset);
    this.background.splice(offset, 0, ...Array.from(t, () => this.background[Math.max(0, offset - 1)] ?? null));
    this.bold.splice(offset, 0, ...Array.from(t, () => false));
    return this;
  }
  appendText(text: string) {
    return this.insertText(this.chars.length, text);
  }
  deleteText(start: number, endInclusive: number) {
    this.chars = this.chars.slice(0, start) + this.chars.slice(endInclusive + 1);
    this.background.splice(start, endInclusive - start + 1);
    this.bold.splice(start, endInclusive - start + 1);
    return this;
  }
  setBackgroundColor(a: number | string | null, b?: number, c?: string | null) {
    const [start, end, colour] = typeof a === 'number' ? [a, b!, c ?? null] : [0, this.chars.length - 1, a];
    if (start < 0 || end >= Math.max(this.chars.length, 1) || start > end + 1) throw new Error('Invalid argument: offset out of range');
    for (let i = start; i <= end; i += 1) this.background[i] = colour;
    return this;
  }
  getBackgroundColor(offset?: number): string | null {
    if (offset === undefined) {
      const first = this.background[0] ?? null;
      return this.background.every((c) => c === first) ? first : null;
    }
    return this.background[offset] ?? null;
  }
  setBold(a: number | boolean, b?: number, c?: boolean) {
    const [start, end, value] = typeof a === 'number' ? [a, b!, Boolean(c)] : [0, this.chars.length - 1, a];
    for (let i = start; i <= end; i += 1) this.bold[i] = value;
    return this;
  }
  isBold(offset: number) {
    return this.bold[offset] ?? false;
  }
}

export class ParagraphNode {
  readonly text = new TextNode(this);
  heading: string = ParagraphHeading.NORMAL;
  parent: Parent | null = null;
  constructor(text: string) {
    this.text.setText(text);
  }
  getType() {
    return ElementType.PARAGRAPH;
  }
  getText() {
    return this.text.chars;
  }
  setText(text: string) {
    this.text.setText(text);
    return this;
  }
  appendText(text: string) {
    this.text.appendText(text);
    return this.text;
  }
  editAsText() {
    return this.text;
  }
  asParagraph() {
    return this;
  }
  getHeading() {
    return this.heading;
  }
  setHeading(heading: string) {
    this.heading = heading;
    return this;
  }
  getNumChildren() {
    return this.text.chars === '' ? 0 : 1;
  }
  getChild(i: number) {
    if (i !== 0 || this.text.chars === '') throw new Error('Child index out of bounds');
    return this.text;
  }
  getParent() {
    return this.parent;
  }
  removeFromParent() {
    this.parent?.removeChild(this);
    return this;
  }
  getNextSibling() {
    return this.parent?.siblingOf(this, 1) ?? null;
  }
  getPreviousSibling() {
    return this.parent?.siblingOf(this, -1) ?? null;
  }
}

export class CellNode {
  children: ParagraphNode[] = [];
  colSpan = 1;
  background: string | null = null;
  constructor(
    readonly row: RowNode,
    text: string,
  ) {
    this.setText(text);
  }
  getType() {
    return ElementType.TABLE_CELL;
  }
  getText() {
    return this.children.map((p) => p.getText()).join('\n');
  }
  setText(text: string) {
    this.children = String(text).split('\n').map((line) => {
      const p = new ParagraphNode(line);
      p.parent = this;
      return p;
    });
    return this;
  }
  editAsText() {
    return this.children[0]!.text;
  }
  getNumChildren() {
    return this.children.length;
  }
  getChild(i: number) {
    const child = this.children[i];
    if (!child) throw new Error('Child index out of bounds');
    return child;
  }
  getChildIndex(child: unknown) {
    return this.children.indexOf(child as ParagraphNode);
  }
  appendParagraph(text: string) {
    const p = new ParagraphNode(text);
    p.parent = this;
    this.children.push(p);
    return p;
  }
  removeChild(child: ParagraphNode) {
    this.children = this.children.filter((c) => c !== child);
  }
  siblingOf(child: ParagraphNode, step: number) {
    return this.children[this.children.indexOf(child) + step] ?? null;
  }
  getColSpan() {
    return this.colSpan;
  }
  getRowSpan() {
    return 1;
  }
  setBackgroundColor(colour: string | null) {
    this.background = colour;
    return this;
  }
  getParentRow() {
    return this.row;
  }
  getParentTable() {
    return this.row.table;
  }
  getParent() {
    return this.row;
  }
}

export class RowNode {
  cells: CellNode[] = [];
  constructor(readonly table: TableNode) {}
  getType() {
    return ElementType.TABLE_ROW;
  }
  getNumCells() {
    return this.cells.length;
  }
  getCell(i: number) {
    const cell = this.cells[i];
    if (!cell) throw new Error('Child index out of bounds');
    return cell;
  }
  getNumChildren() {
    return this.cells.length;
  }
  getChild(i: number) {
    return this.getCell(i);
  }
  getChildIndex(child: unknown) {
    return this.cells.indexOf(child as CellNode);
  }
  appendTableCell(text = '') {
    const cell = new CellNode(this, text);
    this.cells.push(cell);
    return cell;
  }
  getText() {
    return this.cells.map((c) => c.getText()).join('\n');
  }
  getParent() {
    return this.table;
  }
  getParentTable() {
    return this.table;
  }
  editAsText() {
    return this.cells[0]!.editAsText();
  }
}

export class TableNode {
  rows: RowNode[] = [];
  parent: BodyNode | null = null;
  constructor(cells: string[][]) {
    for (const line of cells) {
      const row = this.appendTableRow();
      for (const text of line) row.appendTableCell(String(text));
    }
  }
  getType() {
    return ElementType.TABLE;
  }
  getNumRows() {
    return this.rows.length;
  }
  getRow(i: number) {
    const row = this.rows[i];
    if (!row) throw new Error('Child index out of bounds');
    return row;
  }
  getCell(r: number, c: number) {
    return this.getRow(r).getCell(c);
  }
  getNumChildren() {
    return this.rows.length;
  }
  getChild(i: number) {
    return this.getRow(i);
  }
  getChildIndex(child: unknown) {
    return this.rows.indexOf(child as RowNode);
  }
  appendTableRow() {
    const row = new RowNode(this);
    this.rows.push(row);
    return row;
  }
  removeRow(i: number) {
    const [row] = this.rows.splice(i, 1);
    return row;
  }
  getText() {
    return this.rows.map((r) => r.getText()).join('\n');
  }
  asTable() {
    return this;
  }
  getParent() {
    return this.parent;
  }
  removeFromParent() {
    this.parent?.removeChild(this);
    return this;
  }
  getNextSibling() {
    return this.parent?.siblingOf(this, 1) ?? null;
  }
  getPreviousSibling() {
    return this.parent?.siblingOf(this, -1) ?? null;
  }
  /** Test control: merge cells `from..to` of row `r` as the Docs UI does (first cell keeps the text). */
  mergeCells(r: number, from: number, to: number) {
    const row = this.getRow(r);
    row.cells[from]!.colSpan = to - from + 1;
    for (let c = from + 1; c <= to; c += 1) {
      row.cells[c]!.colSpan = 0;
      row.cells[c]!.setText('');
    }
  }
}

type BlockNode = ParagraphNode | TableNode;
type AnyNode = BlockNode | TextNode | CellNode | RowNode | BodyNode;

export class BodyNode {
  children: BlockNode[] = [];
  constructor(readonly onRemove: (node: BlockNode) => void) {}
  getType() {
    return ElementType.BODY_SECTION;
  }
  getNumChildren() {
    return this.children.length;
  }
  getChild(i: number) {
    const child = this.children[i];
    if (!child) throw new Error('Child index out of bounds');
    return child;
  }
  getChildIndex(child: unknown) {
    const i = this.children.indexOf(child as BlockNode);
    if (i < 0) throw new Error('Element does not contain the specified child element');
    return i;
  }
  private attach<T extends BlockNode>(i: number, node: T): T {
    if (i < 0 || i > this.children.length) throw new Error('Index out of bounds');
    node.parent = this;
    this.children.splice(i, 0, node);
    return node;
  }
  insertParagraph(i: number, text: string) {
    return this.attach(i, new ParagraphNode(String(text)));
  }
  appendParagraph(text: string) {
    return this.insertParagraph(this.children.length, text);
  }
  insertTable(i: number, cells?: string[][]) {
    return this.attach(i, new TableNode(cells ?? [['']]));
  }
  appendTable(cells?: string[][]) {
    return this.insertTable(this.children.length, cells);
  }
  removeChild(child: BlockNode) {
    // Google refuses to remove the last paragraph of a body.
    if (this.children.length === 1) throw new Error("Can't remove the last paragraph in a document section.");
    this.children = this.children.filter((c) => c !== child);
    child.parent = null;
    this.onRemove(child);
  }
  siblingOf(child: BlockNode, step: number) {
    return this.children[this.children.indexOf(child) + step] ?? null;
  }
  getText() {
    return this.children.map((c) => c.getText()).join('\n');
  }
  getParagraphs() {
    return this.children.filter((c): c is ParagraphNode => c instanceof ParagraphNode);
  }
  getTables() {
    return this.children.filter((c): c is TableNode => c instanceof TableNode);
  }
  getParent() {
    return null;
  }
}

type RangePart = { element: AnyNode; start?: number; endInclusive?: number };

function rangeOf(parts: RangePart[]) {
  return {
    getRangeElements: () =>
      parts.map((part) => ({
        getElement: () => part.element,
        isPartial: () => part.start !== undefined,
        getStartOffset: () => part.start ?? -1,
        getEndOffsetInclusive: () => part.endInclusive ?? -1,
      })),
    parts,
  };
}

export type RangeDouble = ReturnType<typeof rangeOf>;

/** Is `node` still inside `body` (not removed by a delete or a cut)? */
function isAttached(node: AnyNode, body: BodyNode): boolean {
  let current: AnyNode | null = node;
  while (current) {
    if (current === body) return true;
    if (current instanceof TextNode) current = current.paragraph;
    else if (current instanceof CellNode) current = current.row.table;
    else if (current instanceof RowNode) current = current.table;
    else if (current instanceof BodyNode) return current === body;
    else current = current.parent as AnyNode | null;
  }
  return false;
}

type NamedRangeState = { id: string; name: string; parts: RangePart[] };

export class DocumentState {
  readonly body: BodyNode;
  namedRanges: NamedRangeState[] = [];
  cursor: { element: TextNode | ParagraphNode; offset: number } | null = null;
  selection: RangePart[] | null = null;
  private nextRangeId = 1;

  constructor(
    readonly id: string,
    public name: string,
  ) {
    this.body = new BodyNode(() => this.forgetDetached());
    this.body.appendParagraph('');
  }

  get url() {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }

  forgetDetached() {
    for (const range of this.namedRanges) range.parts = range.parts.filter((p) => isAttached(p.element, this.body));
    this.namedRanges = this.namedRanges.filter((r) => r.parts.length > 0);
  }

  addNamedRange(name: string, parts: RangePart[]): NamedRangeState {
    const range = { id: `kix.double${this.nextRangeId++}`, name: String(name), parts: parts.map((p) => ({ ...p })) };
    this.namedRanges.push(range);
    return range;
  }

  /** Test control: the user clicks in `element` at `offset` (nothing selected). */
  placeCursor(element: ParagraphNode | TextNode, offset = 0) {
    this.cursor = { element: element instanceof ParagraphNode && element.getText() !== '' ? element.text : element, offset };
    this.selection = null;
  }

  /** Test control: the user selects characters `start..endInclusive` of a paragraph, or whole elements. */
  select(element: ParagraphNode | TableNode, start?: number, endInclusive?: number) {
    const part: RangePart =
      element instanceof ParagraphNode && start !== undefined ? { element: element.text, start, endInclusive: endInclusive ?? element.getText().length - 1 } : { element };
    this.selection = [part];
    this.cursor = null;
  }

  /** Test control: the user finds `words` in the body and selects them (first occurrence). */
  selectWords(words: string): ParagraphNode {
    for (const block of this.body.children) {
      const paragraphs = block instanceof ParagraphNode ? [block] : block.rows.flatMap((r) => r.cells.flatMap((c) => c.children));
      for (const paragraph of paragraphs) {
        const at = paragraph.getText().indexOf(words);
        if (at >= 0) {
          this.select(paragraph, at, at + words.length - 1);
          return paragraph;
        }
      }
    }
    throw new Error(`"${words}" is not in the document`);
  }

  /** Test control: copy body children `from..from+count-1` and paste them at `to`: new elements, no named ranges. */
  pasteCopyOf(from: number, count: number, to: number) {
    const copies = this.body.children.slice(from, from + count).map(cloneBlock);
    this.body.children.splice(to, 0, ...copies);
    for (const c of copies) c.parent = this.body;
  }

  /** Test control: cut body children and paste them at `to` (index after the cut): what was named loses its ranges. */
  cutAndPaste(from: number, count: number, to: number) {
    const cut = this.body.children.splice(from, count);
    const pasted = cut.map(cloneBlock);
    for (const c of cut) c.parent = null;
    this.forgetDetached();
    this.body.children.splice(to, 0, ...pasted);
    for (const c of pasted) c.parent = this.body;
  }

  /** Test control: File › Make a copy: the same content under a new id, and no named ranges. */
  copyDocument(id: string, name: string): DocumentState {
    const copy = new DocumentState(id, name);
    copy.body.children = this.body.children.map(cloneBlock);
    for (const c of copy.body.children) c.parent = copy.body;
    return copy;
  }
}

function cloneBlock(block: BlockNode): BlockNode {
  if (block instanceof ParagraphNode) {
    const p = new ParagraphNode(block.getText());
    p.heading = block.heading;
    p.text.background = [...block.text.background];
    p.text.bold = [...block.text.bold];
    return p;
  }
  const t = new TableNode([]);
  for (const row of block.rows) {
    const r = t.appendTableRow();
    for (const cell of row.cells) {
      const c = r.appendTableCell(cell.getText());
      c.colSpan = cell.colSpan;
    }
  }
  return t;
}

export type UiRecord = {
  menus: { caption: string; addon: boolean; items: ({ caption: string; functionName: string } | 'separator')[] }[];
  sidebars: { title: string; html: string }[];
  alerts: string[];
};

export type DocumentWorld = { active: DocumentState; authMode: AuthModeName };

function permissionError(what: string): Error {
  return new Error(`You do not have permission to call ${what}. Required permissions: https://www.googleapis.com/auth/documents.currentonly`);
}

/** Wraps a service double so that, in AuthMode.NONE, every method throws as Google's do before authorisation. */
export function gateByAuthMode<T extends object>(service: T, name: string, world: { authMode: AuthModeName }): T {
  const wrap = (target: object, path: string): unknown =>
    new Proxy(target, {
      get(t, key) {
        const value = Reflect.get(t, key);
        if (typeof key !== 'string') return value;
        if (typeof value === 'function') {
          return (...args: unknown[]) => {
            if (world.authMode === 'NONE') throw permissionError(`${path}.${key}`);
            const result = value.apply(t, args);
            return result !== null && typeof result === 'object' && !Array.isArray(result) ? wrap(result, `${path}.${key}()`) : result;
          };
        }
        return value;
      },
    });
  return wrap(service, name) as T;
}

export function createDocumentAppDouble(world: DocumentWorld, log: CallLog) {
  const count = (method: string) => log.record('DocumentApp', method);
  const ui: UiRecord = { menus: [], sidebars: [], alerts: [] };

  const namedRange = (state: DocumentState, range: NamedRangeState) => ({
    getId: () => range.id,
    getName: () => range.name,
    getRange: () => rangeOf(range.parts),
    remove() {
      count('NamedRange.remove');
      state.namedRanges = state.namedRanges.filter((r) => r !== range);
    },
  });

  const document = (state: DocumentState) => ({
    getId: () => state.id,
    getName: () => state.name,
    getUrl: () => state.url,
    getBody() {
      count('getBody');
      return state.body;
    },
    getCursor() {
      count('getCursor');
      const cursor = state.cursor;
      if (!cursor) return null;
      return {
        getElement: () => cursor.element,
        getOffset: () => cursor.offset,
        getSurroundingText: () => (cursor.element instanceof TextNode ? cursor.element : cursor.element.text),
        getSurroundingTextOffset: () => cursor.offset,
      };
    },
    setCursor(position: { getElement(): TextNode | ParagraphNode; getOffset(): number }) {
      count('setCursor');
      state.placeCursor(position.getElement(), position.getOffset());
      return this;
    },
    getSelection() {
      count('getSelection');
      return state.selection ? rangeOf(state.selection) : null;
    },
    setSelection(range: RangeDouble) {
      count('setSelection');
      state.selection = range.parts.map((p) => ({ ...p }));
      state.cursor = null;
      return this;
    },
    newPosition(element: TextNode | ParagraphNode, offset: number) {
      return { getElement: () => element, getOffset: () => offset };
    },
    newRange() {
      const parts: RangePart[] = [];
      const builder = {
        addElement(element: AnyNode, start?: number, endInclusive?: number) {
          parts.push(start === undefined ? { element } : { element, start, endInclusive: endInclusive! });
          return builder;
        },
        addRange(range: RangeDouble) {
          parts.push(...range.parts);
          return builder;
        },
        build: () => rangeOf([...parts]),
        getRangeElements: () => rangeOf(parts).getRangeElements(),
      };
      return builder;
    },
    addNamedRange(name: string, range: RangeDouble) {
      count('addNamedRange');
      return namedRange(state, state.addNamedRange(name, range.parts));
    },
    getNamedRanges(name?: string) {
      count('getNamedRanges');
      state.forgetDetached();
      return state.namedRanges.filter((r) => name === undefined || r.name === name).map((r) => namedRange(state, r));
    },
    getNamedRangeById(id: string) {
      count('getNamedRangeById');
      state.forgetDetached();
      const range = state.namedRanges.find((r) => r.id === id);
      return range ? namedRange(state, range) : null;
    },
  });

  const menu = (caption: string, addon: boolean) => {
    const record: UiRecord['menus'][number] = { caption, addon, items: [] };
    const self = {
      addItem(itemCaption: string, functionName: string) {
        record.items.push({ caption: String(itemCaption), functionName: String(functionName) });
        return self;
      },
      addSeparator() {
        record.items.push('separator');
        return self;
      },
      addToUi() {
        ui.menus.push(record);
      },
    };
    return self;
  };

  const DocumentApp = {
    ElementType,
    ParagraphHeading,
    getActiveDocument() {
      count('getActiveDocument');
      if (world.authMode === 'NONE') throw permissionError('DocumentApp.getActiveDocument');
      return document(world.active);
    },
    getUi() {
      count('getUi');
      return {
        createAddonMenu: () => menu('Extensions › add-on', true),
        createMenu: (caption: string) => menu(caption, false),
        showSidebar(output: { getContent(): string; getTitle(): string }) {
          ui.sidebars.push({ title: output.getTitle(), html: output.getContent() });
        },
        alert(message: string) {
          ui.alerts.push(String(message));
          return 'OK';
        },
        Button: { OK: 'OK' },
        ButtonSet: { OK: 'OK' },
      };
    },
  };
  const ScriptApp = { AuthMode };
  return { DocumentApp, ScriptApp, ui };
}

/**
 * The Doc Drive makes when it imports an HTML file as a Google Docs document (Drive API v3
 * files.create with `mimeType: application/vnd.google-apps.document` and text/html media,
 * developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs): h1–h3 become
 * HEADING1–3 paragraphs, each other block of text (p, li, dt, dd, a table cell's text) a paragraph,
 * tables become tables; `<head>` is not content. Parsed by happy-dom, a real HTML parser. Not
 * reproduced: inline styles, list bullets, links as link ranges (their text is kept).
 */
export async function importHtmlDocument(id: string, name: string, html: string): Promise<DocumentState> {
  const { Window } = await import('happy-dom');
  const window = new Window();
  const parsed = new window.DOMParser().parseFromString(html, 'text/html');
  const state = new DocumentState(id, name);
  const body = state.body;
  const textOf = (node: { textContent: string | null }) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  const HEADINGS: Record<string, string> = { H1: ParagraphHeading.HEADING1, H2: ParagraphHeading.HEADING2, H3: ParagraphHeading.HEADING3 };
  const walk = (element: { children: ArrayLike<unknown> }) => {
    for (const child of Array.from(element.children) as Array<{ tagName: string; textContent: string | null; children: ArrayLike<unknown>; querySelectorAll(s: string): ArrayLike<{ querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }> }>) {
      const tag = child.tagName.toUpperCase();
      if (HEADINGS[tag]) body.appendParagraph(textOf(child)).setHeading(HEADINGS[tag]!);
      else if (tag === 'TABLE') body.appendTable(Array.from(child.querySelectorAll('tr')).map((row) => Array.from(row.querySelectorAll('th,td')).map(textOf)));
      else if (['P', 'LI', 'DT', 'DD'].includes(tag)) body.appendParagraph(textOf(child));
      else walk(child);
    }
  };
  walk(parsed.body as unknown as { children: ArrayLike<unknown> });
  // A new Doc starts with one empty paragraph; the import's content replaces it.
  if (body.children.length > 1) body.children.shift();
  await window.happyDOM.close();
  return state;
}
