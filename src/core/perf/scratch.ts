// Scratch buffers reused paragraph after paragraph. Allocating a typed array per
// paragraph cost more than the loops that fill them (an archive has hundreds of
// thousands of paragraphs); each buffer here is dead once its paragraph is read,
// and grows by doubling when a paragraph needs more.

/** A copy of `a` twice as long. */
export function doubled(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** `buf`, or a new buffer (twice as long, or n) when it is shorter than n. */
function atLeast(buf: Uint8Array<ArrayBuffer>, n: number): Uint8Array<ArrayBuffer> {
  return buf.length < n ? new Uint8Array(Math.max(n, buf.length * 2)) : buf;
}

/**
 * The scanner's output for the paragraph being read: each token's start, end and
 * packed bits, and the tokens that may start a cue. (Counts, not array lengths:
 * setting an array's length is a call into the runtime.)
 */
export class TokenBuffers {
  start = new Int32Array(4096);
  end = new Int32Array(4096);
  bits = new Int32Array(4096);
  candidates = new Int32Array(1024);
  candidateCount = 0;

  push(n: number, s: number, e: number, f: number): void {
    if (n === this.start.length) {
      this.start = doubled(this.start);
      this.end = doubled(this.end);
      this.bits = doubled(this.bits);
    }
    this.start[n] = s;
    this.end[n] = e;
    this.bits[n] = f;
  }

  pushCandidate(k: number): void {
    if (this.candidateCount === this.candidates.length) this.candidates = doubled(this.candidates);
    this.candidates[this.candidateCount++] = k;
  }
}

/** The one set of token buffers: paragraphs are scanned one at a time. */
export const tokenBuffers = new TokenBuffers();

let zeroDepthBuf: number[] = new Array<number>(1024).fill(0);
/** At least n zeros (a paragraph without quotation marks has depth 0 everywhere); never written. */
export function zeroDepths(n: number): number[] {
  if (zeroDepthBuf.length < n) zeroDepthBuf = new Array<number>(Math.max(n, zeroDepthBuf.length * 2)).fill(0);
  return zeroDepthBuf;
}

let zeroByteBuf = new Uint8Array(1024);
/** At least n zero bytes (a paragraph without anonymity phrases); never written. */
export function zeroBytes(n: number): Uint8Array {
  return (zeroByteBuf = atLeast(zeroByteBuf, n));
}

let claimBuf = new Uint8Array(1024);
/** n cleared bytes, for marking which tokens a paragraph's statements took; valid until the next call. */
export function clearedBytes(n: number): Uint8Array {
  claimBuf = atLeast(claimBuf, n);
  claimBuf.fill(0, 0, n);
  return claimBuf;
}

let diffBuf = new Int32Array(1024);
/** n cleared 32-bit integers (the quote-depth difference array); valid until the next call. */
export function clearedInts(n: number): Int32Array {
  if (diffBuf.length < n) diffBuf = new Int32Array(Math.max(n, diffBuf.length * 2));
  return diffBuf.fill(0, 0, n);
}
