import type { FieldError, ParseResult } from '../../domain/parse-value.ts';
import { bilingualMessage } from '../../i18n/translate.ts';
import { decodeGridRow, isGridHeader } from '../grid-codec.ts';
import type { ViewTab } from './view-tab.ts';
import { VIEW_TAB_SPECS, type ViewTabRow, type ViewTabSpec } from './view-tab-specs.ts';

/**
 * Reads a view tab back (header row first) into its rows. Errors name the row (`rows[3].title`, 1 =
 * first data row) so a coordinator can find the cell. Views are rebuilt from the log, never trusted
 * over it: this serves checks ("is the sheet what the fold says?") and the round-trip tests.
 */
export function decodeViewTab<T extends ViewTab>(tab: T, rows: readonly (readonly unknown[])[]): ParseResult<ViewTabRow<T>[]> {
  const spec = VIEW_TAB_SPECS[tab] as ViewTabSpec<ViewTabRow<T>>;
  const [header, ...data] = rows;
  if (header === undefined || !isGridHeader(spec.grid, header)) {
    return { ok: false, errors: [{ path: 'rows[0]', code: 'header', message: bilingualMessage('views.tab.badHeader', { tab: spec.title }) }] };
  }
  const decoded: ViewTabRow<T>[] = [];
  const errors: FieldError[] = [];
  data.forEach((row, i) => {
    const result = decodeGridRow(spec.grid, row);
    if (result.ok) decoded.push(result.value);
    else errors.push(...result.errors.map((error) => ({ ...error, path: `rows[${i + 1}].${error.path}` })));
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: decoded };
}
