/**
 * Finding messages that an editor can translate: the English text, and the template with its {name} slots and their
 * values, so that a translated template can be filled with the same values.
 */
export interface LocalizableMessage {
  message: string;
  messageTemplate: string;
  messageArgs: Record<string, string | number>;
}

/** Fills a template's {name} slots; unknown slots stay as written. Without a regex: it runs for every finding. */
export function fillTemplate(template: string, args: Record<string, string | number>): string {
  let out = '';
  let from = 0;
  for (let i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i + 1)) {
    let j = i + 1;
    while (j < template.length && isWordCode(template.charCodeAt(j))) j++;
    if (j === i + 1 || template.charCodeAt(j) !== 0x7d /* } */) continue;
    const name = template.slice(i + 1, j);
    if (!(name in args)) continue;
    out += template.slice(from, i) + String(args[name]);
    from = j + 1;
    i = j;
  }
  return out + template.slice(from);
}

export function localizable(template: string, args: Record<string, string | number>): LocalizableMessage {
  return { message: fillTemplate(template, args), messageTemplate: template, messageArgs: args };
}

/** \w: ASCII letters, digits and _. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
