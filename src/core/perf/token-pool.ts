// Token objects reused paragraph after paragraph when nothing keeps a paragraph's tokens:
// an archive's busy paragraphs made ~700k short-lived tokens, a third of what an analysis
// allocates. A paragraph longer than the pool's cap gets fresh ones (the pool stays small).
import { Tok } from "../text/token";

const pool: Tok[] = [];
const POOL_MAX = 16_384;

/**
 * At least n token objects to reuse (materialize resets each), or null when n is over the
 * pool's cap. The tokens handed out before are taken back: nothing may keep them.
 */
export function pooledTokens(n: number): Tok[] | null {
  if (n > POOL_MAX) return null;
  while (pool.length < n) pool.push(new Tok("", 0, 0, 0));
  return pool;
}
