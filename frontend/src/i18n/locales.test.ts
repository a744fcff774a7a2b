import { describe, expect, it } from 'vitest';
import baseEn from './locales/en.json';
import dashboardEn from './locales/dashboard.en.json';
import dashboardZhCN from './locales/dashboard.zh-CN.json';
import rolesEn from './locales/roles.en.json';
import rolesZhCN from './locales/roles.zh-CN.json';
import trainingEn from './locales/training.en.json';
import trainingZhCN from './locales/training.zh-CN.json';
import traineeFormsEn from './locales/traineeForms.en.json';
import traineeFormsZhCN from './locales/traineeForms.zh-CN.json';
import baseZhCN from './locales/zh-CN.json';

// Each area's own file must not take another's top-level key: a spread would silently drop one.
const AREA_FILES = [
  ['roles (mentor, branch mentor, QA)', rolesZhCN, rolesEn],
  ['training', trainingZhCN, trainingEn],
  ['dashboard (head, certificates)', dashboardZhCN, dashboardEn],
  ['trainee forms', traineeFormsZhCN, traineeFormsEn],
] as const;
const zhCN = { ...baseZhCN, ...rolesZhCN, ...trainingZhCN, ...dashboardZhCN, ...traineeFormsZhCN };
const en = { ...baseEn, ...rolesEn, ...trainingEn, ...dashboardEn, ...traineeFormsEn };

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

describe('translations', () => {
  it('gives every area file top-level keys of its own', () => {
    const taken = new Map<string, string>(Object.keys(baseZhCN).map((key) => [key, 'main']));
    for (const key of Object.keys(baseEn)) taken.set(key, 'main');
    for (const [area, zh, english] of AREA_FILES) {
      for (const key of new Set([...Object.keys(zh), ...Object.keys(english)])) {
        expect(taken.get(key), `${area}: ${key}`).toBeUndefined();
      }
      for (const key of [...Object.keys(zh), ...Object.keys(english)]) taken.set(key, area);
    }
  });

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
