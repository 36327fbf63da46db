import * as fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import * as path from 'node:path';

/** File endings `gongwen check` reads when given a folder. */
export const reportExtensions = new Set(['.txt', '.md', '.markdown', '.gongwen', '.gw']);

/** Expands folders into the report files below them (sorted); files are kept as given. Missing paths are returned as errors. */
export function collectFiles(paths: string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      errors.push(`${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      return;
    }
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
    if (stat.isDirectory()) {
      const before = files.length;
      walk(p);
      if (files.length === before) errors.push(`${p}: no report files (${[...reportExtensions].join(' ')}) in this folder`);
    } else files.push(p);
  }
  return { files, errors };
}

export type ReportEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface ReadReport {
  text: string;
  encoding: ReportEncoding;
  /** Not valid UTF-8 (a GB18030/GBK file, say): read with replacement characters, so it must never be written back. */
  lossy: boolean;
}

/**
 * Decodes a report: UTF-8 (with or without a BOM) or UTF-16 with a BOM, without the BOM. Binary and unreadable
 * files give an error message; invalid UTF-8 is read with replacement characters and marked lossy.
 */
export function readReport(file: string): ReadReport | { error: string } {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { error: `${file}: not a regular file, skipped` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { error: `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', lossy: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', lossy: false };
  if (bytes.subarray(0, 8192).includes(0)) return { error: `${file}: binary file, skipped` };
  // The BOM is not part of the text; remember it so that --fix writes it back.
  const encoding: ReportEncoding = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8-bom' : 'utf-8';
  // Validating first and then decoding is faster than a decoder that stops at the first invalid byte.
  if (isUtf8(bytes)) return { text: bytes.toString('utf8', encoding === 'utf-8-bom' ? 3 : 0), encoding, lossy: false };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding, lossy: true };
}

/** Writes a fixed report back in the encoding it was read in; returns an error message on failure. */
export function writeReport(file: string, text: string, encoding: ReportEncoding): string | undefined {
  try {
    let bytes: Buffer;
    if (encoding === 'utf-16le') bytes = Buffer.from('\ufeff' + text, 'utf16le');
    else if (encoding === 'utf-16be') bytes = Buffer.from('\ufeff' + text, 'utf16le').swap16();
    else bytes = Buffer.from((encoding === 'utf-8-bom' ? '\ufeff' : '') + text, 'utf8');
    fs.writeFileSync(file, bytes);
    return undefined;
  } catch (e) {
    return `${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
  }
}
