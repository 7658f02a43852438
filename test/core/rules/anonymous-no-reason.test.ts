// The anonymous-no-reason rule (src/core/rules/anonymous-no-reason.ts): where it fires and where it
// stays quiet.
// One row per case: [description, text, what must hold]; add a row to add a case.
import { describe } from "vitest";
import { type Row, table } from "../expect";

const rows: Row[] = [
  ["anonymous source without a reason: listed and warned",
    "وقال مسؤول أمني إن الهجوم أحبط في اللحظة الأخيرة.",
    { findings: [{ rule: "anonymous-source", has: "مسؤول أمني" }, { rule: "anonymous-no-reason", has: "مسؤول أمني" }] }],
  ["English anonymous without a reason",
    "An official said the shipment had arrived at the port.",
    { findings: [{ rule: "anonymous-source", has: "official" }, { rule: "anonymous-no-reason", has: "official" }] }],
];

describe("rule anonymous-no-reason", () => table(rows));
