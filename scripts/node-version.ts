// The Node versions Cocreate supports are the `engines.node` range of package.json (also in .nvmrc).
// npm only warns when it does not match; `npm start` refuses with a plain message instead of failing
// later in a way nobody can read. Only the range forms package.json uses: `>=a.b <c || >=d.e`.

type Version = [number, number, number];

const parse = (text: string): Version => {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0);
  return [major, minor, patch];
};

const compare = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

function satisfiesComparator(version: Version, comparator: string): boolean {
  const match = /^(>=|<=|>|<|=)?\s*v?(\d+(?:\.\d+){0,2})$/.exec(comparator.trim());
  if (!match) throw new Error(`Unsupported version comparator: ${comparator}`);
  const order = compare(version, parse(match[2]!));
  switch (match[1] ?? '=') {
    case '>=':
      return order >= 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '<':
      return order < 0;
    default:
      return order === 0;
  }
}

/** Whether `version` (e.g. `v20.20.2`) is inside `range` (e.g. `>=20.19 <21 || >=22.12`). */
export function satisfiesRange(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((set) => set.trim().split(/\s+/).filter(Boolean).every((comparator) => satisfiesComparator(v, comparator)));
}
