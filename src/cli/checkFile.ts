import { analyze } from '../core/analyze';
import { applyEdits } from '../core/fixes';
import { collectMechanicalFixes } from '../core/numbering';
import { buildFileReport, reportFindings, type FileReport, type FindingJson } from './report';
import { readReport, writeReport } from './files';

export interface CheckOptions {
  format: 'text' | 'json';
  fix: boolean;
  hints: boolean;
}

/**
 * What checking one file gives: its piece of the output, ready to be written as it is, and what the run needs to
 * know about it. The same value whether the file was checked in this thread or in a worker, so that both give the
 * same output byte for byte.
 */
export interface FileResult {
  /** Checked (even if --fix could not write it back): the file counts as checked and has a piece of the output. */
  checked: boolean;
  /** json: the report as an element of the JSON array (indented, no comma); text: its finding lines, each ending in \n. */
  output: string;
  /** Text lines written (findings shown), for the summary. */
  findings: number;
  /** A finding at warning or above: exit code 1. */
  blocking: boolean;
  /** Messages for stderr at the time the file is checked (not valid UTF-8, fixed N problems). */
  notes: string[];
  /** I/O errors (cannot read, binary, cannot write): listed at the end, exit code 2. */
  errors: string[];
}

/** Text lines for a file's findings; hints (house-style suggestions) only when asked for. */
function formatText(file: string, findings: FindingJson[], hints: boolean): string[] {
  return findings.filter((f) => hints || f.severity !== 'hint').map(
    (f) => `${file}:${f.line + 1}:${f.character + 1}  ${f.severity}  ${f.rule}  ${f.message}`,
  );
}

/** The report as JSON.stringify(reports, null, 1) writes an element of the array: indented by one space. */
function jsonElement(report: FileReport): string {
  const array = JSON.stringify([report], null, 1);
  return array.slice(2, array.length - 2);
}

/**
 * Reads, checks and (with --fix) fixes one file. Never throws: I/O problems come back as errors, and so does a
 * failure of the engine on this file, so that the other files are still checked and the JSON output stays whole.
 */
export function checkFile(file: string, options: CheckOptions): FileResult {
  try {
    return checkReadableFile(file, options);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { checked: false, output: '', findings: 0, blocking: false, notes: [], errors: [`${file}: internal error while checking it (${reason}), not checked; please report it`] };
  }
}

function checkReadableFile(file: string, options: CheckOptions): FileResult {
  const notes: string[] = [];
  const errors: string[] = [];
  const read = readReport(file);
  if ('error' in read) return { checked: false, output: '', findings: 0, blocking: false, notes, errors: [read.error] };
  let { text } = read;
  let analysis = analyze(text);
  if (read.lossy) notes.push(`${file}: not valid UTF-8 (saved as GB18030 or GBK?): checked as read${options.fix ? ', not fixed' : ''}; save it as UTF-8`);
  if (options.fix && !read.lossy) {
    const edits = collectMechanicalFixes(analysis.numbering);
    if (edits.length) {
      text = applyEdits(text, edits);
      const written = writeReport(file, text, read.encoding);
      if (written) errors.push(written);
      else notes.push(`${file}: fixed ${edits.length} problem${edits.length === 1 ? '' : 's'}`);
      analysis = analyze(text);
    }
  }
  const report = buildFileReport(file, text, analysis);
  const findings = reportFindings(report);
  const blocking = findings.some((f) => f.severity === 'error' || f.severity === 'warning');
  if (options.format === 'json') return { checked: true, output: jsonElement(report), findings: 0, blocking, notes, errors };
  const lines = formatText(file, findings, options.hints);
  return { checked: true, output: lines.length ? lines.join('\n') + '\n' : '', findings: lines.length, blocking, notes, errors };
}
