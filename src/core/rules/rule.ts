// What a rule is: an id, what it says (meta), and a check over what the analysis found.
// A rule reads a paragraph (its tokens, quotation marks and statements) or the whole
// document (statements with their speakers, speakers, anonymity phrases) and reports
// ranges of the text; the pipeline turns reports into findings in the user's locale.
import type { SpeakerState } from "../speakers";
import type { FoundStatement } from "../statements/found";
import type { Para } from "../text/paragraph";
import type { QuoteScan } from "../text/quotes";
import type { Severity, Statement } from "../types";

export type Locale = "en" | "ar";

/** The style guides a rule comes from. */
export type Standard = "AP" | "Reuters" | "BBC" | "NYT";

export interface RuleMeta {
  title: Record<Locale, string>;
  /** The finding's message, from the values the check reported. */
  message: Record<Locale, (args: Record<string, string>) => string>;
  explanation: Record<Locale, string>;
  standards: readonly Standard[];
  /** The severity findings get unless the user changes it (setting isnad.rules.<id>). */
  defaultSeverity: Severity;
  /**
   * A lower severity for a finding whose values make it the companion of another rule's finding
   * on the same fact (the anonymous-source entry of a source that anonymous-no-reason already
   * warns about): kept in the data, but not a second entry in the Problems panel.
   */
  companionSeverity?: (args: Readonly<Record<string, string>>) => Severity | undefined;
  /** The rule whose finding a companion accompanies: when the user turns it off, the companion shows at this rule's severity. */
  companionOf?: string;
}

/** Reports a finding over text[s, e) (offsets into the analysed text) with the values its message names. */
export type Report = (s: number, e: number, args?: Record<string, string>) => void;

/** What a paragraph rule sees: one paragraph once its statements are found. */
export interface ParagraphContext {
  readonly para: Para;
  /** Its quotation marks: the quotations (each with the statement that uses it), unclosed and stray marks. */
  readonly quotes: QuoteScan;
  readonly statements: readonly FoundStatement[];
  readonly report: Report;
}

/** What a speaker rule sees: one speaker who said something, with every mention and anonymity phrase. */
export interface SpeakerContext {
  readonly text: string;
  readonly speaker: SpeakerState;
  readonly report: Report;
}

/** What a document rule sees: the whole analysis, speakers resolved. */
export interface DocumentContext {
  readonly text: string;
  /** Every statement, in text order. */
  readonly statements: readonly Statement[];
  /** The speaker of each statement (same order), null when it has none. */
  readonly statementSpeakers: readonly (SpeakerState | null)[];
  /** The speakers who said something, in order of first mention. */
  readonly speakers: readonly SpeakerState[];
  readonly report: Report;
}

/**
 * A paragraph rule runs as each paragraph is read (an editor's paragraph cache keeps
 * its findings with the paragraph; its `review` may take some back at the end); a speaker rule runs for each speaker who said
 * something, in order of first mention; a document rule runs once at the end.
 */
export type Rule<Id extends string = string> =
  | {
      readonly id: Id;
      readonly meta: RuleMeta;
      readonly scope: "paragraph";
      check(context: ParagraphContext): void;
      /**
       * Takes back some of the paragraph's findings once the whole document is known (what
       * the previous paragraph said, or what the check marked in the values it reported): for
       * the rule's findings, in text order, whether each stays.
       * Runs at the end of every analysis, on cached paragraphs' findings too.
       */
      review?(context: DocumentContext, found: readonly { s: number; e: number; args: Readonly<Record<string, string>> }[]): boolean[];
    }
  | { readonly id: Id; readonly meta: RuleMeta; readonly scope: "speaker"; check(context: SpeakerContext): void }
  | { readonly id: Id; readonly meta: RuleMeta; readonly scope: "document"; check(context: DocumentContext): void };
