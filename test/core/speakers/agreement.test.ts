// sourceAgreement (src/core/speakers/agreement.ts): the number and gender a clause about an
// Arabic source phrase must take, and whether the phrase is definite (الذي and its kin).
import { describe, expect, test } from "vitest";
import { sourceAgreement } from "../../../src/core";

const rows: [phrase: string, agreement: string, definite: boolean][] = [
  ["مصدر حكومي", "masculine", false],
  ["المسؤول", "masculine", true],
  ["أحد المسؤولين", "masculine", false],
  ["مسؤولة في الوزارة", "feminine", false],
  ["المتحدثة باسم الوزارة", "feminine", true],
  ["إحدى الموظفات", "feminine", false],
  ["مسؤولون أمريكيون", "masculine-plural", false],
  ["للمسؤولين", "masculine-plural", true],
  ["مسؤولو الوزارة", "masculine-plural", false],
  ["شهود عيان", "masculine-plural", false],
  ["بعض الدبلوماسيين", "masculine-plural", false],
  ["ناشطات", "feminine-plural", false],
  ["مصدران مطلعان", "masculine-dual", false],
  ["مسؤولتان", "feminine-dual", false],
  ["مصادر مطلعة", "nonhuman-plural", false],
  ["والمصادر", "nonhuman-plural", true],
];

describe("sourceAgreement", () => {
  for (const [phrase, agreement, definite] of rows) {
    test(`${phrase}: ${agreement}${definite ? ", definite" : ""}`, () => {
      expect(sourceAgreement(phrase)).toEqual({ agreement, definite });
    });
  }
});
