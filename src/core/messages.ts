/**
 * Finding messages that an editor can translate: the English text, and the template with its {name} slots and their
 * values, so that a translated template can be filled with the same values.
 */
export interface LocalizableMessage {
  message: string;
  messageTemplate: string;
  messageArgs: Record<string, string | number>;
}

/** A template cut at its {name} slots: literals[i] comes before slot i, the last literal after the last slot. */
interface CompiledTemplate {
  literals: string[];
  names: string[];
  /** Each slot as written, for a slot its arguments do not fill. */
  raws: string[];
}

/** Templates are a few constants (or a translation's), so each is cut once; the bound keeps odd callers in check. */
const compiledTemplates = new Map<string, CompiledTemplate>();
const maxCompiledTemplates = 512;

function compileTemplate(template: string): CompiledTemplate {
  const literals: string[] = [];
  const names: string[] = [];
  const raws: string[] = [];
  let from = 0;
  for (let i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i + 1)) {
    let j = i + 1;
    while (j < template.length && isWordCode(template.charCodeAt(j))) j++;
    if (j === i + 1 || template.charCodeAt(j) !== 0x7d /* } */) continue;
    literals.push(template.slice(from, i));
    names.push(template.slice(i + 1, j));
    raws.push(template.slice(i, j + 1));
    from = j + 1;
    i = j;
  }
  literals.push(template.slice(from));
  return { literals, names, raws };
}

/** Fills a template's {name} slots; unknown slots stay as written. Without a regex: it runs for every finding. */
export function fillTemplate(template: string, args: Record<string, string | number>): string {
  let compiled = compiledTemplates.get(template);
  if (compiled === undefined) {
    if (compiledTemplates.size >= maxCompiledTemplates) compiledTemplates.clear();
    compiled = compileTemplate(template);
    compiledTemplates.set(template, compiled);
  }
  const { literals, names, raws } = compiled;
  let out = literals[0];
  for (let k = 0; k < names.length; k++) {
    const name = names[k];
    // One lookup for the usual case; `in` tells an unfilled slot from a value that is undefined.
    const value = args[name];
    out += (value !== undefined || name in args ? String(value) : raws[k]) + literals[k + 1];
  }
  return out;
}

export function localizable(template: string, args: Record<string, string | number>): LocalizableMessage {
  return { message: fillTemplate(template, args), messageTemplate: template, messageArgs: args };
}

/** \w: ASCII letters, digits and _. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
