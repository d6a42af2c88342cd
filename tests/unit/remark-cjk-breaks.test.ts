import { expect, test } from 'vitest';
import { joinChineseLines } from '../../src/plugins/remark-cjk-breaks';

test('a wrapped Chinese sentence reads without a gap; other line breaks stay', () => {
  expect(joinChineseLines('偏差讓曲線\n可以移動。')).toBe('偏差讓曲線可以移動。');
  expect(joinChineseLines('移動，\n  所以')).toBe('移動，所以');
  expect(joinChineseLines('the bias\nshifts')).toBe('the bias\nshifts');
  expect(joinChineseLines('權重\nw')).toBe('權重\nw');
  expect(joinChineseLines('w\n權重')).toBe('w\n權重');
});
