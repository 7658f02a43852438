// What stays alive between analyses so that the analyser's compiled code does (see
// perf/keep-shape.ts: V8 drops the optimised code of a class once no object of it is
// alive, and an analysis started cold after a full GC ran up to twice as slow; holding one
// object of each hot class costs a few hundred bytes). Measured: 2.4× on ar-big.txt in the
// steady state of `npm run bench`, 1.6× on en-big.txt.
import { ArReading } from "../ar/reading";
import { EnReading } from "../en/reading";
import { keepShape } from "../perf/keep-shape";
import { SpeakerResolver } from "../speakers";
import { FoundStatement } from "../statements/found";
import type { Para } from "../text/paragraph";
import type { QuoteScan } from "../text/quotes";
import { Tok, WORD } from "../text/token";
import type { Statement } from "../types";
import { DocumentState } from "./document";

// One object of each class whose fields arrive by transitions from an empty class.
const para: Para = { text: "", toks: [], quotes: [], depth: [], start: 0, end: 0, lang: "ar", sentStart: [], sentEnd: [], inAnon: new Uint8Array(0), outside: false };
const cue = { entry: null!, from: 0, to: 0, s: 0, e: 0, clitic: false };
keepShape("tok", new Tok("", 0, 0, WORD, ""));
keepShape("statement", new FoundStatement(0, 0, -1, -1, 0, 0, 0, 0, 0, null, "ar"));
keepShape("ar-reading", new ArReading(para, cue));
keepShape("en-reading", new EnReading({ ...para, lang: "en" }, cue));
keepShape("resolver", new SpeakerResolver());
keepShape("document", new DocumentState("", ""));

/** The last busy paragraph's objects (tokens, quotations, statements) stay alive until the next one. */
export function keepParagraph(p: Para, scan: QuoteScan, found: FoundStatement[]): void {
  keepShape("paragraph", { p, scan, found });
}

/** The document's objects (a statement, a speaker) stay alive until the next analysis. */
export function keepDocument(doc: DocumentState, last: Statement | undefined): void {
  keepShape("statement-out", { statement: last, speaker: doc.resolver.speakers[0] });
}
