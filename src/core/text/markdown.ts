// Blanks what is not prose in a Markdown document (front matter, fenced and
// indented code, inline code, HTML comments, and the marks of its syntax: heading,
// quote and list markers, emphasis, link destinations, tags) with spaces, keeping
// every other character and every line break where it was: offsets stay the
// document's. "**Sami Haddad**, the minister, said" reads as the prose it renders.

function blank(chars: string[], s: number, e: number): void {
  for (let i = s; i < e; i++) if (chars[i] !== "\n" && chars[i] !== "\r") chars[i] = " ";
}

/** `keepComments`: HTML comments stay (the caller reads isnad comments in them first). */
export function maskMarkdown(text: string, keepComments = false): string {
  const chars = text.split("");
  let i = 0;
  // Front matter: a first line of --- (or +++) up to the next such line.
  const fm = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (fm) {
    const closeRe = new RegExp(`\\r?\\n${fm[1] === "+++" ? "\\+\\+\\+" : "---"}[ \\t]*(\\r?\\n|$)`, "g");
    closeRe.lastIndex = fm[0].length - 1;
    const m = closeRe.exec(text);
    if (m) {
      blank(chars, 0, m.index + m[0].length);
      i = m.index + m[0].length;
    }
  }
  // Fenced code blocks, line by line.
  let fence: string | null = null;
  let fenceStart = 0;
  let lineStart = i;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === null && m) {
      fence = m[1];
      fenceStart = lineStart;
    } else if (fence !== null && m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) {
      blank(chars, fenceStart, lineEnd);
      fence = null;
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  if (fence !== null) blank(chars, fenceStart, text.length);
  const masked = chars.join("");
  // Inline code spans and HTML comments on what is left.
  // (One pattern for both, so a backtick inside a comment or <!-- inside code is read as it is.)
  const prose = masked.replace(/(`+)[^`\n][^\n]*?\1|<!--[\s\S]*?-->/g, (m) => (keepComments && m.startsWith("<!--") ? m : m.replace(/[^\r\n]/g, " ")));
  return maskSyntax(prose);
}

const spaces = (m: string): string => m.replace(/[^\r\n]/g, " ");

/**
 * The marks of Markdown's syntax as spaces, their text kept: a link's text stays and its
 * destination and title go (a title's quotation marks are no quotation), an image goes whole.
 * Code and comments are already blank (no pattern here reaches into them).
 */
function maskSyntax(text: string): string {
  // \* \_ \# — a backslash escape: the mark after it is text (kept), the backslash is not.
  const escaped = new Set<number>();
  const unescaped = text.replace(/\\(?=[!-/:-@[-`{-~])/g, (_m, at: number) => {
    escaped.add(at + 1);
    return " ";
  });
  // A run of emphasis marks at `at`, unless its first mark was escaped.
  const marks = (m: string, at: number): string => (escaped.has(at) ? m : spaces(m));
  return (
    unescaped
      // [ref]: https://… "title" — a link reference definition line.
      .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, spaces)
      // ![alt](src "title") — an image.
      .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, spaces)
      // [text](https://… "title"), [text][ref] — a link: its text is prose.
      .replace(/\[([^\]\n]*)\](\([^)\n]*\)|\[[^\]\n]*\])/g, (_m, t: string, rest: string) => ` ${t} ${spaces(rest)}`)
      // <https://…>, <b>, </i>, <br/> — autolinks and tags (not comments: <! is not matched).
      .replace(/<(?:https?:\/\/|mailto:)[^>\n]*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>/g, spaces)
      // Line starts: quote markers (> >), then a heading's #s or a list marker (-, *, +, 1., 1)).
      .replace(/^([ \t]*>)+[ \t]?/gm, spaces)
      .replace(/^([ \t]*)(#{1,6}(?=[ \t]|$)|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))/gm, spaces)
      // **bold**, _em_, ~~struck~~: a run of marks that opens (before a non-space, after a space or a
      // punctuation mark) or closes (after a non-space, before one); snake_case and 2 * 3 stay.
      .replace(/(^|[\s\p{P}])([*_~]{1,3})(?=[^\s*_~])/gmu, (_m, b: string, run: string, at: number) => b + marks(run, at + b.length))
      .replace(/([^\s*_~])([*_~]{1,3})(?=$|[\s\p{P}])/gmu, (_m, a: string, run: string, at: number) => a + marks(run, at + a.length))
  );
}
