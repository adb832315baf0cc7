/**
 * A copy without null or undefined members, at any depth: the stored form of an input, and the
 * upstream bodies, which name only what was given. `dropEmpty` also drops objects left empty.
 */
export function withoutNulls<T>(value: T, { dropEmpty = false } = {}): T {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      const entries = Object.entries(v)
        .map(([k, member]) => [k, strip(member)] as const)
        .filter(([, member]) => member != null && !(dropEmpty && isEmptyObject(member)));
      return Object.fromEntries(entries);
    }
    return v;
  };
  return strip(value) as T;
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
