// Blanks what is not prose in a Markdown document (front matter, fenced and
// indented code, inline code, HTML comments) with spaces, keeping every other
// character and every line break where it was: offsets stay the document's.

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
  return masked.replace(/(`+)[^`\n][^\n]*?\1|<!--[\s\S]*?-->/g, (m) => (keepComments && m.startsWith("<!--") ? m : m.replace(/[^\r\n]/g, " ")));
}
