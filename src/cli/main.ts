import { analyze } from '../core/analyze';
import { buildFileReport, reportFindings, type FileReport } from './report';
import { collectFiles, readReport, writeReport } from './files';
import { applyEdits } from '../core/fixes';
import { collectMechanicalFixes } from '../core/numbering';

const usage = `Usage: gongwen check [--format text|json] [--fix] [--hints] PATH...

Checks Chinese work reports (files, or folders of .txt/.md files): outline, placeholders,
figures and numbering. --fix applies the mechanical fixes (renumbering) to the files in place
and reports what it changed. --hints also prints hints (house-style suggestions) in the text
format. Exit code: 0 clean, 1 findings at warning or above, 2 usage or I/O error.`;

interface CheckArgs {
  format: 'text' | 'json';
  fix: boolean;
  hints: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): CheckArgs | string {
  if (argv[0] !== 'check') return argv.length ? `unknown command '${argv[0]}'` : 'no command given';
  const args: CheckArgs = { format: 'text', fix: false, hints: false, paths: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'text' && v !== 'json') return `--format takes text or json, not '${v ?? ''}'`;
      args.format = v;
    } else if (a === '--fix') args.fix = true;
    else if (a === '--hints') args.hints = true;
    else if (a.startsWith('-')) return `unknown option '${a}'`;
    else args.paths.push(a);
  }
  if (!args.paths.length) return 'no file or folder given';
  return args;
}

/** Text lines for a report's findings; hints (house-style suggestions) only when asked for. */
function formatText(report: FileReport, hints: boolean): string[] {
  return reportFindings(report).filter((f) => hints || f.severity !== 'hint').map(
    (f) => `${report.file}:${f.line + 1}:${f.character + 1}  ${f.severity}  ${f.rule}  ${f.message}`,
  );
}

/** Runs the CLI; returns the exit code. */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    out(usage);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    err(`gongwen: ${args}\n${usage}`);
    return 2;
  }
  const { files, errors } = collectFiles(args.paths);
  const reports: FileReport[] = [];
  for (const file of files) {
    const read = readReport(file);
    if ('error' in read) {
      errors.push(read.error);
      continue;
    }
    let { text } = read;
    let analysis = analyze(text);
    if (read.lossy) err(`${file}: not valid UTF-8 (saved as GB18030 or GBK?): checked as read${args.fix ? ', not fixed' : ''}; save it as UTF-8`);
    if (args.fix && !read.lossy) {
      const edits = collectMechanicalFixes(analysis.numbering);
      if (edits.length) {
        text = applyEdits(text, edits);
        const written = writeReport(file, text, read.encoding);
        if (written) errors.push(written);
        else err(`${file}: fixed ${edits.length} problem${edits.length === 1 ? '' : 's'}`);
        analysis = analyze(text);
      }
    }
    reports.push(buildFileReport(file, text, analysis));
  }
  if (args.format === 'json') out(JSON.stringify(reports, null, 1));
  else {
    const lines = reports.flatMap((r) => formatText(r, args.hints));
    if (lines.length) out(lines.join('\n'));
    const n = lines.length;
    err(`${reports.length} file${reports.length === 1 ? '' : 's'} checked, ${n} finding${n === 1 ? '' : 's'}`);
  }
  for (const e of errors) err(`gongwen: ${e}`);
  if (errors.length) return 2;
  const blocking = reports.some((r) => reportFindings(r).some((f) => f.severity === 'error' || f.severity === 'warning'));
  return blocking ? 1 : 0;
}
