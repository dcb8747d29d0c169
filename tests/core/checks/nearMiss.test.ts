import { isNearMiss } from "../../../src/core/checks/nearMiss";

describe("isNearMiss: one slip of the hand away from a known term", () => {
  it.each([
    { word: "NSP", term: "NPS", near: true, why: "two adjacent letters swapped (the seed's mistake)" },
    { word: "PNS", term: "NPS", near: true, why: "the first two letters swapped" },
    { word: "nsp", term: "NPS", near: true, why: "case does not matter" },
    { word: "KIP", term: "KPI", near: true, why: "the last two letters swapped" },
    { word: "PDAC", term: "PDCA", near: true, why: "a swap in a four-letter word" },
    { word: "MDTR", term: "MDRT", near: true, why: "a swap in a four-letter word" },
    { word: "Promotor", term: "Promoter", near: true, why: "one letter off in a longer word" },
    { word: "SDGS", term: "SDGs", near: false, why: "the same word in another case" },
    { word: "NPS", term: "NPS", near: false, why: "the term itself" },
    { word: "NPO", term: "NPS", near: false, why: "one letter off in three letters is another acronym as often as a slip" },
    { word: "API", term: "KPI", near: false, why: "one letter off in three letters" },
    { word: "SPN", term: "NPS", near: false, why: "letters reversed, not one adjacent swap" },
    { word: "NPSS", term: "NPS", near: false, why: "a letter added" },
    { word: "NP", term: "NPS", near: false, why: "a letter missing" },
    { word: "CS", term: "SC", near: false, why: "two-letter words are too short to tell" },
    { word: "PCDA", term: "PDCA", near: true, why: "the middle letters swapped" },
    { word: "DPAC", term: "PDCA", near: false, why: "two swaps" },
  ])("$word for $term: $near ($why)", ({ word, term, near }) => {
    expect(isNearMiss(word, term)).toBe(near);
  });
});
