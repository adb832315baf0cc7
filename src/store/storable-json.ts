// Postgres text and jsonb refuse NUL characters, and jsonb refuses unpaired UTF-16 surrogates:
// what upstream sends (a callback body, an error message) is stored with those replaced by U+FFFD.

/**
 * JSON.stringify writes both as escapes (`\u0000`, `\ud800`; a valid pair stays raw), so they are
 * found in the text, keys and values alike: an escape not itself escaped (an even run of backslashes before it).
 */
const UNSTORABLE_ESCAPE = /(?<!\\)((?:\\\\)*)\\u(?:0000|d[89a-f][0-9a-f]{2})/gi;

/** `JSON.stringify(value)`, fit for a jsonb or text column; the common case costs one regex scan. */
export function storableJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSTORABLE_ESCAPE, '$1\\ufffd');
}

/** The value with every string (keys too) fit for Postgres, for writes that go through Prisma. */
export function storable<T>(value: T): T {
  return JSON.parse(storableJson(value)) as T;
}
