import * as fs from 'node:fs';
import * as path from 'node:path';

/** File endings `gongwen check` reads when given a folder. */
export const reportExtensions = new Set(['.txt', '.md', '.markdown', '.gongwen', '.gw']);

/** Expands folders into the report files below them (sorted); files are kept as given. Missing paths are returned as errors. */
export function collectFiles(paths: string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && reportExtensions.has(path.extname(e.name).toLowerCase())) files.push(p);
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      errors.push(`${p}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, errors };
}

/** Decodes a file as UTF-8 without its BOM; returns an error message for binary or unreadable files. */
export function readReport(file: string): { text: string; bom: boolean } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { error: `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { error: `${file}: binary file, skipped` };
  // TextDecoder drops a leading BOM itself; remember it so that --fix writes it back.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: new TextDecoder('utf-8').decode(bytes), bom };
}

/** Writes a fixed report back, with its BOM if it had one; returns an error message on failure. */
export function writeReport(file: string, text: string, bom: boolean): string | undefined {
  try {
    fs.writeFileSync(file, (bom ? '\ufeff' : '') + text, 'utf8');
    return undefined;
  } catch (e) {
    return `${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
  }
}
