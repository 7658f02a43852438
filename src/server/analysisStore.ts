// One analysis per (uri, version), computed on demand and cached. Requests
// (hover, speakers…) and the diagnostics publisher share it (and share an
// analysis still running), so a version is analysed at most once whoever
// asks first, and work for a version already superseded is dropped.
import { fileURLToPath } from "node:url";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { createParagraphCache, type Locale, type ParagraphCache } from "../core";
import type { Analysis, Lang, Speaker, Statement } from "../core/types";
import type { Analyzer } from "./analyzer";
import { describeError, type Logger } from "./guard";
import type { HouseRef } from "./house";
import type { IsnadSettings } from "./settings";

export interface Entry {
  uri: string;
  version: number;
  analysis: Analysis;
  speakers: Map<string, Speaker>;
  /** Each speaker's statements in document order. */
  bySpeaker: Map<string, Statement[]>;
  /** Set when the core threw on this text. */
  failed?: string;
  /** The house lexicon it was analysed with (null: the built-ins). */
  house?: HouseRef | null;
}

export type View =
  | { status: "ok"; doc: TextDocument; entry: Entry }
  | { status: "too-large"; doc: TextDocument; size: number; max: number }
  | { status: "language-off"; doc: TextDocument; entry: Entry; lang: Lang };

export function isMarkdown(doc: TextDocument): boolean {
  return doc.languageId === "markdown";
}

function fileOf(uri: string): string {
  if (uri.startsWith("file:")) {
    try {
      return fileURLToPath(uri);
    } catch {
      return uri;
    }
  }
  return uri;
}

export function buildEntry(uri: string, version: number, analysis: Analysis): Entry {
  const speakers = new Map<string, Speaker>();
  for (const s of analysis.speakers) speakers.set(s.id, s);
  const bySpeaker = new Map<string, Statement[]>();
  for (const st of analysis.statements) {
    if (st.speaker == null) continue;
    let list = bySpeaker.get(st.speaker);
    if (!list) bySpeaker.set(st.speaker, (list = []));
    list.push(st);
  }
  for (const list of bySpeaker.values()) list.sort((a, b) => a.content.start - b.content.start);
  return { uri, version, analysis, speakers, bySpeaker };
}

/** Documents whose paragraph caches are kept: the ones being edited (LRU). */
const PARAGRAPH_CACHES = 4;

export class AnalysisStore {
  private readonly entries = new Map<string, Entry>();
  /**
   * Per-document paragraph caches: a keystroke re-analyses only the paragraph it
   * changed. Kept for the few most recently analysed documents, so memory does not
   * grow with the number of open articles.
   */
  private readonly paragraphCaches = new Map<string, ParagraphCache>();
  private readonly analysedOnce = new Set<string>();
  private readonly pending = new Map<string, { version: number; house: HouseRef | null; promise: Promise<Entry | null> }>();

  constructor(
    private readonly locale: Locale,
    private readonly log: Logger,
    private readonly analyzer: Analyzer,
    /** The version the editor has now: work for any other version is stale. */
    private readonly currentVersion: (uri: string) => number | undefined,
    /** The house lexicon a document is analysed with now (house.ts); a change makes its analysis stale. */
    private readonly houseFor: (uri: string) => HouseRef | undefined = () => undefined,
  ) {}

  /**
   * The analysis of exactly this document version, or null when a newer
   * version superseded it before it was analysed.
   */
  get(doc: TextDocument): Promise<Entry | null> {
    const { uri, version } = doc;
    const house = this.houseFor(uri) ?? null;
    const cached = this.entries.get(uri);
    if (cached && cached.version === version && cached.house === house) return Promise.resolve(cached);
    const pend = this.pending.get(uri);
    if (pend && pend.version === version && pend.house === house) return pend.promise;
    const file = fileOf(uri);
    const opts = { file, markdown: isMarkdown(doc), locale: this.locale, ...(house ? { lexicon: house.lexicon } : {}) };
    const promise = this.analyzer
      .run(doc.getText(), opts, () => this.currentVersion(uri) !== version, this.paragraphCache(uri), house?.text)
      .then(
        (analysis) => (analysis ? this.keep(uri, version, analysis, house) : null),
        (e: unknown) => {
          // A core bug on some text: this version gets an empty analysis (kept, so
          // it is not retried on every hover) and the diagnostics of older text are cleared.
          const failed = describeError(e);
          this.log.error(`isnad: analysis of ${uri} (version ${version}) failed: ${failed}`);
          const entry = this.keep(uri, version, { file, lang: "unknown", statements: [], speakers: [], anonymity: [], diagnostics: [] }, house);
          entry.failed = failed;
          return entry;
        },
      )
      .finally(() => {
        if (this.pending.get(uri)?.promise === promise) this.pending.delete(uri);
      });
    this.pending.set(uri, { version, house, promise });
    return promise;
  }

  /**
   * A document gets a paragraph cache from its second analysis on: opening fifty
   * articles costs no cache memory, editing one makes each keystroke cheap.
   */
  private paragraphCache(uri: string): ParagraphCache | undefined {
    if (!this.analysedOnce.has(uri)) {
      this.analysedOnce.add(uri);
      return undefined;
    }
    let c = this.paragraphCaches.get(uri);
    if (c) this.paragraphCaches.delete(uri);
    else c = createParagraphCache();
    this.paragraphCaches.set(uri, c);
    if (this.paragraphCaches.size > PARAGRAPH_CACHES) this.paragraphCaches.delete(this.paragraphCaches.keys().next().value as string);
    return c;
  }

  private keep(uri: string, version: number, analysis: Analysis, house: HouseRef | null): Entry {
    const entry = buildEntry(uri, version, analysis);
    entry.house = house;
    const cached = this.entries.get(uri);
    // Only the newest analysed version is kept, and only while the document is open.
    if ((!cached || cached.version <= version) && this.currentVersion(uri) !== undefined) this.entries.set(uri, entry);
    return entry;
  }

  /**
   * What the features may show for this document under these settings, or null
   * when the document changed meanwhile. A non-null view's `doc` is at the
   * entry's version: use it synchronously (the document object is updated in place).
   */
  async view(doc: TextDocument, settings: IsnadSettings): Promise<View | null> {
    const size = doc.getText().length;
    if (size > settings.maxDocumentSize) return { status: "too-large", doc, size, max: settings.maxDocumentSize };
    const entry = await this.get(doc);
    if (!entry || doc.version !== entry.version || this.currentVersion(doc.uri) !== entry.version) return null;
    // The house lexicon changed while it was analysed: the next request analyses again.
    if (entry.house !== (this.houseFor(doc.uri) ?? null)) return null;
    const lang = entry.analysis.lang;
    if (!langEnabled(lang, settings)) return { status: "language-off", doc, entry, lang };
    return { status: "ok", doc, entry };
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.paragraphCaches.delete(uri);
    this.analysedOnce.delete(uri);
    this.pending.delete(uri);
  }
}

/** A mixed document stays on while either of its languages is; unknown follows "any language on". */
export function langEnabled(lang: Lang, settings: IsnadSettings): boolean {
  const on = settings.languages;
  if (lang === "ar" || lang === "en") return on.includes(lang);
  return on.length > 0;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/** The language of one stretch of a mixed document, judged by its script. */
export function scriptLang(text: string): "ar" | "en" {
  return ARABIC.test(text) ? "ar" : "en";
}
