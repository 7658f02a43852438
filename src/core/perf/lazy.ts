/**
 * A value built on first use and kept: the character tables and the lexicon are
 * dear to build (a few hundred milliseconds), and a process that never analyses
 * (the extension host, a CLI asked for --help) should not pay for them.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value === undefined ? (value = build()) : value);
}
