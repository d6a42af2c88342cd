/**
 * The argument ids of the source thread (see `shared/source/arguments.md`): an article's
 * frontmatter may only claim these, so a typo fails the build instead of silently
 * dropping an argument from the coverage check.
 */
export const argumentIds = [
  'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10', 'A11', 'A12',
  'A13', 'A14', 'A15', 'A16', 'A17', 'A18', 'A19', 'A20', 'A21', 'A22', 'A23',
] as const;

export type ArgumentId = (typeof argumentIds)[number];
