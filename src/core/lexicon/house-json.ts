// A small JSON reader for `.isnad.json` that keeps where each value starts and ends, so
// a wrong value gets its diagnostic at its own line (JSON.parse only places syntax
// errors). It refuses nesting deeper than MAX_DEPTH instead of recursing into it: the
// file comes from the workspace and may be hostile.

export type JsonValue =
  | { type: "object"; s: number; e: number; entries: { key: string; keyS: number; keyE: number; value: JsonValue }[] }
  | { type: "array"; s: number; e: number; items: JsonValue[] }
  | { type: "string"; s: number; e: number; value: string }
  | { type: "number"; s: number; e: number; value: number }
  | { type: "boolean"; s: number; e: number; value: boolean }
  | { type: "null"; s: number; e: number };

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

export const MAX_DEPTH = 16;

const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

export function parseJson(text: string): JsonValue {
  const r = new Reader(text);
  r.space();
  const v = r.value(0);
  r.space();
  if (r.i < text.length) throw new JsonSyntaxError("unexpected text after the end of the JSON value", r.i);
  return v;
}

class Reader {
  i = 0;
  constructor(private readonly t: string) {}

  space(): void {
    const t = this.t;
    while (this.i < t.length && (t[this.i] === " " || t[this.i] === "\t" || t[this.i] === "\n" || t[this.i] === "\r")) this.i++;
  }

  fail(what: string): never {
    throw new JsonSyntaxError(this.i >= this.t.length ? `${what}, but the file ends` : `${what}, not ${JSON.stringify(this.t[this.i])}`, Math.min(this.i, this.t.length));
  }

  value(depth: number): JsonValue {
    if (depth > MAX_DEPTH) throw new JsonSyntaxError(`nested more than ${MAX_DEPTH} levels deep`, this.i);
    const c = this.t[this.i];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') {
      const s = this.i;
      const value = this.string();
      return { type: "string", s, e: this.i, value };
    }
    const s = this.i;
    for (const [word, v] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.t.startsWith(word, s)) {
        this.i += word.length;
        return v === null ? { type: "null", s, e: this.i } : { type: "boolean", s, e: this.i, value: v };
      }
    }
    const m = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    m.lastIndex = s;
    const n = m.exec(this.t);
    if (!n) this.fail("expected a value");
    this.i = s + n[0].length;
    return { type: "number", s, e: this.i, value: Number(n[0]) };
  }

  object(depth: number): JsonValue {
    const s = this.i++;
    const entries: { key: string; keyS: number; keyE: number; value: JsonValue }[] = [];
    this.space();
    if (this.t[this.i] === "}") return { type: "object", s, e: ++this.i, entries };
    for (;;) {
      this.space();
      if (this.t[this.i] !== '"') this.fail('expected a key in double quotes (")');
      const keyS = this.i;
      const key = this.string();
      const keyE = this.i;
      this.space();
      if (this.t[this.i] !== ":") this.fail('expected ":" after the key');
      this.i++;
      this.space();
      entries.push({ key, keyS, keyE, value: this.value(depth + 1) });
      this.space();
      if (this.t[this.i] === ",") {
        this.i++;
        continue;
      }
      if (this.t[this.i] === "}") return { type: "object", s, e: ++this.i, entries };
      this.fail('expected "," or "}"');
    }
  }

  array(depth: number): JsonValue {
    const s = this.i++;
    const items: JsonValue[] = [];
    this.space();
    if (this.t[this.i] === "]") return { type: "array", s, e: ++this.i, items };
    for (;;) {
      this.space();
      items.push(this.value(depth + 1));
      this.space();
      if (this.t[this.i] === ",") {
        this.i++;
        continue;
      }
      if (this.t[this.i] === "]") return { type: "array", s, e: ++this.i, items };
      this.fail('expected "," or "]"');
    }
  }

  string(): string {
    const t = this.t;
    this.i++;
    let out = "";
    let from = this.i;
    for (;;) {
      if (this.i >= t.length) this.fail("expected the closing double quote");
      const c = t.charCodeAt(this.i);
      if (c === 0x22) break;
      if (c < 0x20) this.fail("a line break or control character inside a string (write it as an escape)");
      if (c !== 0x5c) {
        this.i++;
        continue;
      }
      out += t.slice(from, this.i);
      const esc = t[this.i + 1];
      if (esc === "u" && /^[0-9a-fA-F]{4}$/.test(t.slice(this.i + 2, this.i + 6))) {
        out += String.fromCharCode(parseInt(t.slice(this.i + 2, this.i + 6), 16));
        this.i += 6;
      } else if (esc !== undefined && ESCAPES[esc] !== undefined) {
        out += ESCAPES[esc];
        this.i += 2;
      } else {
        this.i++;
        this.fail("an unknown escape after \\");
      }
      from = this.i;
    }
    out += t.slice(from, this.i);
    this.i++;
    return out;
  }
}
