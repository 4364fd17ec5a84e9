import type { CellCodec } from '../cell-codec.ts';
import { bilingualMessage } from '../../i18n/translate.ts';

/**
 * A list of free texts (department slugs, people, policy areas) as a JSON array in one cell: names
 * may hold any separator, so JSON is what round-trips. An empty cell is an empty list.
 */
export const stringListCell: CellCodec<string[]> = {
  encode: (values) => (values.length === 0 ? '' : JSON.stringify(values)),
  decode: (cell) => {
    if (cell === '') return { ok: true, value: [] };
    try {
      const value: unknown = JSON.parse(cell);
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return { ok: true, value };
    } catch {
      // falls through to the refusal below
    }
    return { ok: false, message: bilingualMessage('views.cell.notList') };
  },
};
