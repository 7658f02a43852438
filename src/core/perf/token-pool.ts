// Token objects reused paragraph after paragraph. A busy paragraph's tokens live only
// while it is read (its reading keeps offsets, never a token), and an archive's busy
// paragraphs made ~600k short-lived tokens, a fifth of what an analysis allocates: in a
// cold process (the CLI) every scavenge they fill is paid on the main thread.
import { Tok } from "../text/token";

const pool: Tok[] = [];
/** A paragraph longer than this gets fresh tokens, so the pool stays small. */
const POOL_MAX = 16_384;

/**
 * At least n token objects to reuse (the caller resets each), or null when n is over the
 * pool's cap. The tokens handed out before are taken back: nothing may keep them.
 */
export function pooledTokens(n: number): Tok[] | null {
  if (n > POOL_MAX) return null;
  while (pool.length < n) pool.push(new Tok("", 0, 0, 0));
  return pool;
}
