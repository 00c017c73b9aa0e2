/**
 * The example answer set behind the "填入示例答案" button: the same older person as
 * examples/care-assessment-form (option ids are the scores). Its total is 55, which
 * GB/T 42195-2022 puts in 46–65: 能力中度受损（中度失能）.
 */
export const EXAMPLE_ANSWERS: Readonly<Record<string, string>> = {
  eating: "3", grooming: "2", bathing: "1", "upper-dressing": "2", "lower-dressing": "2", bladder: "3", bowel: "3", toileting: "2",
  "bed-mobility": "3", "bed-chair-transfer": "2", walking: "2", stairs: "1",
  "time-orientation": "3", "place-orientation": "3", "person-orientation": "4", memory: "2", comprehension: "3", expression: "3",
  aggression: "1", depression: "1", consciousness: "2",
  vision: "1", hearing: "1", "daily-affairs": "2", transport: "1", "social-interaction": "2"
}
