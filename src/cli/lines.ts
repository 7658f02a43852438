// Offsets to 1-based line and column, as an editor shows them. Lines end at
// "\r\n", "\n" or "\r" (the terminators LSP and VS Code count); a column counts
// UTF-16 code units from the start of its line, plus one — the unit of every
// offset in the analysis, of LSP positions and of VS Code's status bar (an
// emoji outside the BMP counts 2; Arabic letters and marks count 1 each).

export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  /** Offset where each line starts. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): Position {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - s[lo] + 1 };
  }
}
