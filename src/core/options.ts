import type { MarkerStyle, RuleSetting } from './types';

/** Engine options. The VS Code adapter maps `gongwen.*` settings onto these; a test pins package.json defaults to them. */
export interface Options {
  /** Severity per rule id; rules not listed use their default severity. */
  rules: Record<string, RuleSetting>;
  /** Placeholder texts that are intended and never reported (e.g. a product name "XX茶"). */
  allowlist: string[];
  /** Longest outline title, in characters. */
  titleMaxLength: number;
  /** Detect inline items (一是…二是…, 第一，…第二，…) under headings. */
  inlineItems: boolean;
  /** The house style of markers by level 1..5 (GB/T 9704-2012 §7.3.3 by default). */
  houseStyle: [MarkerStyle, MarkerStyle, MarkerStyle, MarkerStyle, MarkerStyle];
  /** Which parts to run; a huge document runs only the cheap ones. */
  parts: { outline: boolean; placeholders: boolean; figures: boolean; numbering: boolean };
}

export const defaultOptions: Readonly<Options> = Object.freeze({
  rules: {},
  allowlist: [],
  titleMaxLength: 40,
  inlineItems: true,
  houseStyle: ['cn-comma', 'cn-paren-full', 'num-dot', 'num-paren-full', 'circled'],
  parts: { outline: true, placeholders: true, figures: true, numbering: true },
} as Options);

/** Defaults merged with what the caller gives; unknown keys are ignored. */
export function resolveOptions(overrides: Partial<Options> = {}): Options {
  return {
    ...defaultOptions,
    ...overrides,
    rules: { ...defaultOptions.rules, ...overrides.rules },
    parts: { ...defaultOptions.parts, ...overrides.parts },
    allowlist: [...(overrides.allowlist ?? defaultOptions.allowlist)],
    houseStyle: [...(overrides.houseStyle ?? defaultOptions.houseStyle)] as Options['houseStyle'],
  };
}
