import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

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
});
