// Writes one `gongwen.rules.<id>` setting per engine rule into package.json, with the rule's default severity, and
// its description into package.nls.json; package.nls.zh-cn.json gets the English text where it has no translation
// yet (the l10n test then lists it). Run after adding or renaming a rule: npm run build && node scripts/sync-rule-settings.mjs
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
const rules = [...core.placeholderRules, ...core.numberingRules, ...core.figureRules];

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const en = JSON.parse(fs.readFileSync('package.nls.json', 'utf8'));
const zh = JSON.parse(fs.readFileSync('package.nls.zh-cn.json', 'utf8'));
const props = pkg.contributes.configuration.properties;
for (const key of Object.keys(props)) if (key.startsWith('gongwen.rules.')) delete props[key];
for (const key of Object.keys(en)) if (key.startsWith('rule.')) delete en[key];
for (const rule of rules) {
  props[`gongwen.rules.${rule.id}`] = {
    type: 'string',
    enum: ['error', 'warning', 'information', 'hint', 'off'],
    default: rule.defaultSeverity,
    markdownDescription: `%rule.${rule.id}%`,
  };
  en[`rule.${rule.id}`] = `\`${rule.id}\`: ${rule.description}`;
  zh[`rule.${rule.id}`] ??= en[`rule.${rule.id}`];
}
for (const key of Object.keys(zh)) if (!(key in en)) delete zh[key];
const write = (file, data) => fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
write('package.json', pkg);
write('package.nls.json', en);
write('package.nls.zh-cn.json', zh);
console.log(`${rules.length} rule settings: ${rules.map((r) => r.id).join(', ')}`);
