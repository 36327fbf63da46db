// Benchmark corpora built from the fixture reports (and samples/ when present): sizes are UTF-8 bytes, as on disk.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const KiB = 1024;
export const MiB = 1024 * 1024;

/** The source report texts, in a stable order. */
export function readSources(root) {
  const dirs = [path.join(root, 'test/fixtures/corpus/docs'), path.join(root, 'samples')];
  const texts = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!/\.(txt|md)$/.test(f)) continue;
      const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '');
      if (text.trim()) texts.push(text.endsWith('\n') ? text : text + '\n');
    }
  }
  if (!texts.length) throw new Error('no fixture texts found under test/fixtures/corpus/docs or samples/');
  return texts;
}

/** The sources concatenated (again and again) up to `bytes`, cut at a line end. */
export function multiLine(sources, bytes) {
  const lines = sources.join('').split('\n').filter((l) => l.length);
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = lines[i % lines.length];
    const n = Buffer.byteLength(line) + 1;
    if (size + n > bytes && size > 0) {
      // Cut the last line so the size is close to the target, at a character boundary.
      const room = bytes - size - 1;
      let cut = '';
      for (const ch of line) {
        if (Buffer.byteLength(cut + ch) > room) break;
        cut += ch;
      }
      if (cut) out.push(cut);
      break;
    }
    out.push(line);
    size += n;
  }
  return out.join('\n') + '\n';
}

/** The same text on a single line: every newline becomes two ideographic spaces, as in a draft pasted from the web. */
export function oneLine(text) {
  return text.replace(/\n+$/, '').replace(/\n/g, '\u3000\u3000');
}

/**
 * The same report as Markdown: a line that starts with a heading marker becomes an ATX heading of the marker's
 * level (一、 #, （一） ##, 1. ###, （1） ####, ① #####), and each line is its own paragraph.
 */
export function toMarkdown(text) {
  const levels = [
    /^[\s\u3000]*[一二三四五六七八九十]+、/,
    /^[\s\u3000]*[（(][一二三四五六七八九十]+[)）]/,
    /^[\s\u3000]*[0-9０-９]{1,3}[.．、](?![0-9０-９])/,
    /^[\s\u3000]*[（(][0-9０-９]{1,3}[)）]/,
    /^[\s\u3000]*[①-⑳]/,
  ];
  return text
    .split('\n')
    .map((line) => {
      const level = levels.findIndex((re) => re.test(line));
      return level < 0 ? line : '#'.repeat(level + 1) + ' ' + line.trimStart();
    })
    .join('\n\n');
}

/** Report files of about `bytes` each, every one starting at a different line of the sources. */
export function reportFiles(sources, count, bytes) {
  const lines = sources.join('').split('\n').filter((l) => l.length);
  const files = [];
  for (let f = 0; f < count; f++) {
    const out = [];
    let size = 0;
    for (let i = (f * 7) % lines.length; size < bytes; i++) {
      const line = lines[i % lines.length];
      out.push(line);
      size += Buffer.byteLength(line) + 1;
    }
    files.push(out.join('\n') + '\n');
  }
  return files;
}
