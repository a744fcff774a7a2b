import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import rolesEn from './locales/roles.en.json';
import rolesZhCN from './locales/roles.zh-CN.json';
import zhCN from './locales/zh-CN.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [prefix];
  }
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) {
    return [[prefix, value]];
  }
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe.each([
  { name: 'main', zhCN, en },
  { name: 'roles (mentor, branch mentor, QA)', zhCN: rolesZhCN, en: rolesEn },
])('translations: $name', ({ zhCN, en }) => {
  it('zh-CN and en have exactly the same keys', () => {
    const zhKeys = new Set(keys(zhCN));
    const enKeys = new Set(keys(en));
    expect([...zhKeys].filter((key) => !enKeys.has(key))).toEqual([]);
    expect([...enKeys].filter((key) => !zhKeys.has(key))).toEqual([]);
  });

  it('has a non-empty string for every key', () => {
    for (const [key, value] of [...leaves(zhCN), ...leaves(en)]) {
      expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const variables = (text: unknown) => [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const english = new Map(leaves(en));
    for (const [key, value] of leaves(zhCN)) {
      expect(variables(english.get(key)), key).toEqual(variables(value));
    }
  });
});

describe('the role pages\' translations', () => {
  it('use top-level keys of their own, so merging them into the main resources overrides nothing', () => {
    expect(Object.keys(rolesZhCN).filter((key) => key in zhCN)).toEqual([]);
    expect(Object.keys(rolesEn).filter((key) => key in en)).toEqual([]);
  });
});
