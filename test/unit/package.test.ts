import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultOptions } from '../../src/core/options';
import { placeholderRules } from '../../src/core/placeholders';
import { numberingRules } from '../../src/core/numbering';
import { figureRules } from '../../src/core/figureChecks';

const root = path.join(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const props = pkg.contributes.configuration.properties;

describe('package.json', () => {
  it('contributes the engine defaults as setting defaults', () => {
    assert.equal(props['gongwen.outline.titleMaxLength'].default, defaultOptions.titleMaxLength);
    assert.equal(props['gongwen.outline.inlineItems'].default, defaultOptions.inlineItems);
    assert.deepEqual(props['gongwen.numbering.houseStyle'].default, defaultOptions.houseStyle);
    assert.deepEqual(props['gongwen.placeholders.allowlist'].default, defaultOptions.allowlist);
  });

  it('has one severity setting per rule, defaulting to the rule’s severity (scripts/sync-rule-settings.mjs)', () => {
    const rules = [...placeholderRules, ...numberingRules, ...figureRules];
    assert.ok(rules.length >= 3);
    const ruleKeys = Object.keys(props).filter((k) => k.startsWith('gongwen.rules.')).sort();
    assert.deepEqual(ruleKeys, rules.map((r) => `gongwen.rules.${r.id}`).sort());
    for (const r of rules) {
      assert.match(r.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, 'rule ids are kebab-case');
      assert.equal(props[`gongwen.rules.${r.id}`].default, r.defaultSeverity, r.id);
    }
  });

  it('every setting has a markdownDescription', () => {
    for (const [key, value] of Object.entries<{ markdownDescription?: string }>(props)) assert.ok(value.markdownDescription, key);
  });

  it('activates only on the languages it serves', () => {
    assert.ok(!pkg.activationEvents.includes('*'));
    for (const e of pkg.activationEvents) assert.match(e, /^onLanguage:(gongwen|plaintext|markdown)$/);
  });

  it('packages only what the extension needs', () => {
    const listed = execFileSync(path.join(root, 'node_modules/.bin/vsce'), ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
      .split('\n').filter(Boolean).sort();
    assert.deepEqual(listed, [
      'CHANGELOG.md', 'LICENSE', 'README.md', 'dist/extension.js', 'dist/web/extension.js',
      'l10n/bundle.l10n.json', 'l10n/bundle.l10n.zh-cn.json', 'language-configuration.json',
      'media/activity.svg', 'media/icon.png',
      'media/screenshot-figures.png', 'media/screenshot-hover.png', 'media/screenshot-zh-cn.png', // the README's images
      'media/walkthrough/figures.md', 'media/walkthrough/outline.md',
      'media/walkthrough/placeholders.md', 'media/walkthrough/sample-report.txt',
      'package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'syntaxes/gongwen.tmLanguage.json',
    ]);
  });
});
