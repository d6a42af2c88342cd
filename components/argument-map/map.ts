/** Small pure helpers of the argument map page (ArgumentMap.astro). */
import { verdicts, type SourceArgument, type Verdict } from '../../content/arguments';

export type MapLanguage = 'en' | 'zh-TW';

/** The map's own words in each edition; the verdicts keep their English keys in the data. */
export const mapStrings: Record<MapLanguage, { said: string; exactly: string; verdict: Record<Verdict, string> }> = {
  en: {
    said: 'Commonly said:',
    exactly: 'Exactly:',
    verdict: { holds: 'holds', 'holds with a caveat': 'holds with a caveat', loose: 'loose', wrong: 'wrong' },
  },
  'zh-TW': {
    said: '常見說法：',
    exactly: '精確地說：',
    verdict: { holds: '成立', 'holds with a caveat': '有條件成立', loose: '不夠精確', wrong: '錯誤' },
  },
};

/** Starlight badge colours: green for a claim that holds, red for one that does not. */
export const verdictBadge: Record<Verdict, 'success' | 'tip' | 'caution' | 'danger'> = {
  holds: 'success',
  'holds with a caveat': 'tip',
  loose: 'caution',
  wrong: 'danger',
};

/** How many arguments get each verdict. */
export function verdictCounts(list: readonly Pick<SourceArgument, 'verdict'>[]): Record<Verdict, number> {
  const counts = Object.fromEntries(verdicts.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const a of list) counts[a.verdict]++;
  return counts;
}

/**
 * The link from the map page (at /argument-map/) to an argument's section, relative so that it
 * holds under any base path.
 * @example sectionHref({ page: 'articles/shift', anchor: 'what-the-bias-adds' }) // '../articles/shift/#what-the-bias-adds'
 */
export function sectionHref({ page, anchor }: { page: string; anchor?: string }): string {
  const path = page === 'index' ? '../' : `../${page}/`;
  return anchor ? `${path}#${anchor}` : path;
}
