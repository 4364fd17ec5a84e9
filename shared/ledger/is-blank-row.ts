/** A sheet row with nothing in it (getValues gives '' for empty cells; other readers may give null). */
export function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((cell) => cell === '' || cell === null || cell === undefined);
}
