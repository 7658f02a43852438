// The `isnad/speakers` answer: every speaker with its mentions and
// statements as LSP ranges, for the client's tree view.
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Statement } from "../core/types";
import type { SpeakerInfo, SpeakerStatementInfo } from "../shared/protocol";
import type { Entry } from "./analysisStore";
import { statementExtent, toRange } from "./convert";

export function statementInfo(doc: TextDocument, st: Statement): SpeakerStatementInfo {
  return {
    id: st.id,
    kind: st.kind,
    content: st.content.text,
    range: toRange(doc, statementExtent(st)),
    contentRange: toRange(doc, st.content),
    cue: st.cue ? st.cue.text : null,
    cueRange: st.cue ? toRange(doc, st.cue) : null,
  };
}

export function speakerInfos(doc: TextDocument, entry: Entry): SpeakerInfo[] {
  return entry.analysis.speakers.map((sp) => {
    const info: SpeakerInfo = {
      id: sp.id,
      name: sp.name,
      kind: sp.kind,
      gender: sp.gender,
      anonymity: sp.anonymity.map((a) => a.text),
      mentions: sp.mentions.map((m) => toRange(doc, m)),
      statements: (entry.bySpeaker.get(sp.id) ?? []).map((st) => statementInfo(doc, st)),
    };
    if (sp.title) info.title = sp.title;
    return info;
  });
}
