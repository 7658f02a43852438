// Where a new story starts in English copy that runs wire stories together (an archive): a headline
// line in capitals ("ACME TO CUT 500 JOBS IN OHIO") before a lead in ordinary case, or the paragraph
// after a wire's sign-off (REUTER). A pronoun or a
// description ("it", "he", "the company", "the spokesman") never refers across it to a speaker of the
// story before (the resolver's floor).

/** Most characters a headline line holds. */
const HEADLINE_MAX = 200;
/**
 * How many capitals headlines make a document an archive of stories run together: one article's
 * subheads in capitals (RATES OUTLOOK) are no story starts, and a pronoun after one still refers back.
 */
const ARCHIVE_HEADLINES = 4;
/** How many wire sign-offs (REUTER) make a document an archive. */
const ARCHIVE_SIGNOFFS = 2;

/**
 * The offsets where a story starts in `doc`, when it is an archive of stories run together (see
 * ARCHIVE_HEADLINES): each headline line, a paragraph of two words or more in capitals with no
 * lower-case letter and no full stop at its end (not "FULL TEXT.", not a table's "CORN"), followed
 * by a paragraph with lower-case letters; and each paragraph after one ending with REUTER. In order
 * (the two kinds are found in one pass, so they stay sorted). Linear: a line is only tried as a
 * headline when it holds a capital, and only blank lines are crossed to the lead.
 */
export function storyStarts(doc: string): number[] {
  const starts: number[] = [];
  let headlines = 0;
  let signoffs = 0;
  // (The sign-off first: REUTER alone on its line is no headline.)
  const re = /\bREUTER[ \t]*\n(?:[ \t]*\n)+|^(?=[^\n]*\p{Lu})([^\p{Ll}\n]{3,200})\n(?:[ \t]*\n)+(?=[^\n]*\p{Ll})/gmu;
  for (let hit = re.exec(doc); hit; hit = re.exec(doc)) {
    // (A wire story's sign-off, "… he said. REUTER": the next paragraph is another story's.)
    if (hit[1] === undefined) {
      starts.push(hit.index + hit[0].length);
      signoffs++;
    } else if (hit[1].trim().length <= HEADLINE_MAX && headlineLine(hit[1].trim())) {
      starts.push(hit.index);
      headlines++;
    }
  }
  return headlines >= ARCHIVE_HEADLINES || signoffs >= ARCHIVE_SIGNOFFS ? starts : [];
}

/** Two words or more of capital letters, no full stop at its end. */
function headlineLine(line: string): boolean {
  if (/[.:]$/u.test(line)) return false;
  const words = line.match(/\p{Lu}{2,}/gu);
  return !!words && words.length >= 2;
}

/** The latest of the sorted offsets `starts` at or before `at`; 0 when none is. */
export function storyStartBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? starts[lo - 1] : 0;
}
