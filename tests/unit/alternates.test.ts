import { expect, test } from 'vitest';
import { editionPaths } from '../../src/content/alternates';

test('each page has an English and a zh-TW address, under any base', () => {
  expect(editionPaths('/articles/shift/', '/')).toEqual({ en: '/articles/shift/', 'zh-TW': '/zh-tw/articles/shift/' });
  expect(editionPaths('/bias/zh-tw/articles/shift/', '/bias/')).toEqual({ en: '/bias/articles/shift/', 'zh-TW': '/bias/zh-tw/articles/shift/' });
  expect(editionPaths('/bias/zh-tw/', '/bias')).toEqual({ en: '/bias/', 'zh-TW': '/bias/zh-tw/' });
  expect(editionPaths('/', '/')).toEqual({ en: '/', 'zh-TW': '/zh-tw/' });
  // A page whose name merely starts with the letters of the prefix stays English.
  expect(editionPaths('/zh-twins/', '/')).toEqual({ en: '/zh-twins/', 'zh-TW': '/zh-tw/zh-twins/' });
});
