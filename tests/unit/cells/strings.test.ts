import { describe, expect, it } from 'vitest';
import { cellStrings, stringsFor } from '../../../src/cells/strings';
import { describeCellError } from '../../../src/cells/errors';
import { goalsHtml, statusText } from '../../../src/cells/view';

const { en, 'zh-TW': zh } = cellStrings;
const chinese = /[\u4e00-\u9fff]/;

describe('the cell interface in each language', () => {
  it('picks Traditional Chinese for zh-TW and zh-Hant pages, English otherwise', () => {
    expect(stringsFor('zh-TW')).toBe(zh);
    expect(stringsFor('zh-Hant-TW')).toBe(zh);
    expect(stringsFor('zh-CN')).toBe(en);
    expect(stringsFor('en')).toBe(en);
    expect(stringsFor(undefined)).toBe(en);
  });

  it('has every word in Chinese in the zh-TW edition', () => {
    for (const [key, value] of Object.entries(zh)) {
      const say = (v: unknown): string[] =>
        typeof v === 'function'
          ? [(v as (...a: unknown[]) => string)(3, 4, 5, 'x')]
          : typeof v === 'object'
            ? Object.values(v as object).flatMap(say)
            : [String(v)];
      const sample = say(value);
      for (const text of sample) expect(text, key).toMatch(chinese);
    }
  });

  it('names each button by its visible word first, as a sighted speech user says it', () => {
    for (const words of [en, zh]) {
      expect(words.editLabel(2).startsWith(words.edit)).toBe(true);
      expect(words.copyLabel(2).startsWith(words.copy)).toBe(true);
      expect(words.shareLabel(2).startsWith(words.share)).toBe(true);
      expect(words.resetLabel(2).startsWith(words.reset)).toBe(true);
    }
  });

  it('says why a shared link cannot be opened, in the page language', async () => {
    const { readShared } = await import('../../../src/cells/client/share');
    expect(readShared('not-a-link', zh)).toEqual({ ok: false, problem: zh.shareProblem.notCompressed });
    expect(readShared('not-a-link')).toEqual({ ok: false, problem: en.shareProblem.notCompressed });
  });

  it('says where an error is, in the page language', () => {
    const error = { kind: 'syntax' as const, message: 'Unexpected token', line: 2, column: 5 };
    expect(describeCellError(error)).toBe('Syntax error at line 2, column 5: Unexpected token');
    expect(describeCellError(error, zh)).toBe('語法錯誤（第 2 行第 5 欄）：Unexpected token');
    expect(statusText({ duration: 12, logs: [{ level: 'warn', text: 'w' }] } as never, zh)).toMatch(/^已執行，耗時 .+，1 個警告。$/);
  });

  it("writes a goal's help and state in the page language", () => {
    const html = goalsHtml([{ text: '把步階移到 x = 1', met: false, hint: '看 −b/w', solution: { 'b（偏差）': -2 } }], zh);
    expect(html).toContain('<summary>提示</summary>');
    expect(html).toMatch(/<summary>解答<\/summary><p>一組解答：b（偏差） = [-−]2。<\/p>/);
    expect(html).toContain('(尚未達成)');
  });
});
