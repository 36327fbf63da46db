import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { placeholderMessages } from '../../src/core/placeholderMessages';
import { numberingMessages } from '../../src/core/numberingMessages';
import { figureMessages } from '../../src/core/figures/messages';

const root = path.join(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const slots = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',');

describe('localization (English and Simplified Chinese)', () => {
  it('package.nls.json and package.nls.zh-cn.json have the same keys and the same {slots}', () => {
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const k of Object.keys(en)) assert.equal(slots(zh[k]), slots(en[k]), k);
  });

  it('every %key% that package.json uses is defined', () => {
    const en = readJson('package.nls.json');
    const used = [...fs.readFileSync(path.join(root, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(used.length > 10);
    for (const k of used) assert.ok(k in en, `package.nls.json lacks ${k}`);
  });

  it('every runtime string of the extension is in both l10n bundles, with the same {slots}', () => {
    const en = readJson('l10n/bundle.l10n.json');
    const zh = readJson('l10n/bundle.l10n.zh-cn.json');
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    const dir = path.join(root, 'src/vscode');
    const used = new Set<string>();
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/\bt\('((?:[^'\\]|\\.)*)'/g)) used.add(m[1]);
    }
    assert.ok(used.size > 10);
    for (const s of used) assert.ok(s in zh, `l10n/bundle.l10n.zh-cn.json lacks “${s}”`);
    for (const k of Object.keys(en)) assert.equal(slots(zh[k]), slots(k), k);
  });

  it('every finding message template of the engine is translated, with the same {slots}', () => {
    const zh = readJson('l10n/bundle.l10n.zh-cn.json');
    const templates = [placeholderMessages, numberingMessages, figureMessages].flatMap((t) => Object.values(t) as string[]);
    assert.ok(templates.length > 20);
    for (const t of templates) {
      assert.ok(t in zh, `l10n/bundle.l10n.zh-cn.json lacks “${t}”`);
      assert.equal(slots(zh[t]), slots(t), t);
    }
  });

  it('every rule description is translated (package.nls.zh-cn.json differs from English)', () => {
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    for (const k of Object.keys(en).filter((k) => k.startsWith('rule.'))) assert.notEqual(zh[k], en[k], k);
  });
});
