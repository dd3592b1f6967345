#!/usr/bin/env node
// Runs the Python conformance corpus (tests/python/<group>/<name>.py) against an engine and
// compares with the expected files CPython produced (see README.md and generate.sh).
//
//   node tests/python/run_corpus.mjs --engine "<command prefix>" [--filter SUBSTRING] [--jobs N]
//                                    [--known-failures LIST]
//
// Every program must pass, except those named in the --known-failures LISTs (one
// <group>/<name>.py a line, with a # comment saying why): they are reported, and one that passes
// fails the run until it is taken off the list, so the list stays exact.
//
// Each program runs as `<command prefix> --virtual-time [flags] <name>.py`, from its own folder,
// with TZ=UTC, an empty stdin and a 20 s limit. It passes when stdout is identical, the exit
// status is identical and the last non-empty line of stderr is identical — or the whole of
// stderr for a program with a line `# compare: whole stderr`, less the frames of files given by
// an absolute path or <frozen ...> (the oracle's and CPython's library's: the program's own are
// named by its bare file name); addresses (0x followed by hex digits) are replaced by `0x…` on
// both sides first.
// Node 20, no dependencies.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const CORPUS = dirname(fileURLToPath(import.meta.url));
const TIMEOUT_MS = 20_000;
const USAGE =
  'usage: node run_corpus.mjs --engine "<command prefix>" [--filter SUBSTRING] [--jobs N] [--known-failures LIST]';

function parseArgs(argv) {
  const options = { engine: null, filter: '', jobs: 2, knownFailures: [] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === '--engine') options.engine = value();
    else if (flag === '--filter') options.filter = value() ?? '';
    else if (flag === '--jobs') options.jobs = Number(value());
    else if (flag === '--known-failures') options.knownFailures.push(value());
    else if (flag === '--help' || flag === '-h') { console.log(USAGE); process.exit(0); }
    else usageError(`unknown argument ${argv[i]}`);
  }
  if (!options.engine) usageError('--engine is required');
  if (!Number.isInteger(options.jobs) || options.jobs < 1) usageError('--jobs needs a positive integer');
  return options;
}

function usageError(message) {
  console.error(`run_corpus: ${message}\n${USAGE}`);
  process.exit(2);
}

// Splits a command prefix into words the way a shell would for simple cases: spaces separate
// words, single or double quotes group them, a backslash escapes the next character.
function splitCommand(command) {
  const words = [];
  let word = null;
  let quote = null;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < command.length) word += command[++i];
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= '';
    } else if (c === '\\' && i + 1 < command.length) {
      word = (word ?? '') + command[++i];
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (quote) usageError(`unbalanced ${quote} in --engine`);
  if (word !== null) words.push(word);
  if (words.length === 0) usageError('--engine is empty');
  return words;
}

// Every <group>/<name>.py of the corpus, sorted (programs sit one folder below this script).
function findPrograms(filter) {
  const programs = [];
  for (const group of readdirSync(CORPUS, { withFileTypes: true })) {
    if (!group.isDirectory()) continue;
    for (const file of readdirSync(join(CORPUS, group.name))) {
      if (file.endsWith('.py')) programs.push(join(CORPUS, group.name, file));
    }
  }
  return programs
    .filter((p) => relative(CORPUS, p).includes(filter))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// The programs of a --known-failures list, as paths relative to the corpus.
function readProgramList(file) {
  const names = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
  for (const name of names) {
    if (!findPrograms('').some((p) => relative(CORPUS, p) === name)) {
      console.error(`run_corpus: ${file} names ${name}, which is not in the corpus`);
      process.exit(1);
    }
  }
  return new Set(names);
}

// The flags a program declares on its first line: `# flags: --display`.
function flagsOf(source) {
  const match = /^# flags:(.*)$/m.exec(source.split('\n', 1)[0]);
  return match ? match[1].trim().split(/\s+/).filter(Boolean) : [];
}

const normalize = (text) => text.replace(/0x[0-9a-fA-F]+/g, '0x…');

const comparesWholeStderr = (source) => /^# compare: whole stderr$/m.test(source);

// stderr without the frames of files the program does not name by its bare file name (a frame
// is its `File "..."` line and the lines indented below it), and without a traceback header
// left with no frame.
function ownFrames(text) {
  const frame = /^([ |+-]*?)  File "([^"]*)", line \d+, in /;
  const lines = normalize(text).split('\n');
  const kept = [];
  for (let i = 0; i < lines.length; i++) {
    const match = frame.exec(lines[i]);
    if (match && (match[2].startsWith('/') || match[2].startsWith('<frozen '))) {
      const body = `${match[1]}    `;
      while (i + 1 < lines.length && lines[i + 1].startsWith(body)) i++;
      continue;
    }
    kept.push(lines[i]);
  }
  return kept
    .filter((line, i) => !(line.endsWith('Traceback (most recent call last):') &&
                           !frame.test(kept[i + 1] ?? '')))
    .join('\n');
}

function lastNonEmptyLine(text) {
  const lines = normalize(text).split('\n').filter((line) => line.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

function run(command, program) {
  const source = readFileSync(program, 'utf8');
  const args = [...command.slice(1), '--virtual-time', ...flagsOf(source), basename(program)];
  return new Promise((resolve) => {
    const child = spawn(command[0], args, {
      cwd: dirname(program),
      env: { ...process.env, TZ: 'UTC' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout = [];
    const stderr = [];
    let timedOut = false;
    let spawnError = null;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.stdin.on('error', () => {}); // the engine may exit before reading its (empty) stdin
    child.stdin.end();
    child.on('error', (error) => { spawnError = error; });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        code, signal, timedOut, spawnError,
      });
    });
  });
}

const quoteShort = (text) => {
  const shown = text.length > 100 ? `${text.slice(0, 100)}…` : text;
  return JSON.stringify(shown);
};

function firstDifference(expected, got, stream = 'stdout') {
  const lines = (text) => {
    const all = normalize(text).split('\n');
    const terminated = all[all.length - 1] === '';
    if (terminated) all.pop();
    return { all, terminated };
  };
  const e = lines(expected);
  const g = lines(got);
  for (let i = 0; i < Math.max(e.all.length, g.all.length); i++) {
    if (e.all[i] !== g.all[i]) {
      const show = (side) => (i < side.all.length ? quoteShort(side.all[i]) : '<end of output>');
      return `${stream} line ${i + 1}: expected ${show(e)} got ${show(g)}`;
    }
  }
  if (e.terminated !== g.terminated) {
    return `${stream}: ${e.terminated ? 'missing' : 'unexpected'} newline at the end`;
  }
  return null;
}

// Compares one run with the expected files; returns the list of differences (empty: passed).
function compare(program, result) {
  const stem = program.slice(0, -'.py'.length);
  const expected = (ext) => readFileSync(`${stem}.${ext}`, 'utf8');
  if (result.spawnError) return [`cannot start the engine: ${result.spawnError.message}`];
  if (result.timedOut) return [`timed out after ${TIMEOUT_MS / 1000} s`];
  const problems = [];
  const stdoutDiff = firstDifference(expected('stdout'), result.stdout);
  if (stdoutDiff) problems.push(stdoutDiff);
  const expectedExit = Number(expected('exit').trim());
  if (result.code !== expectedExit) {
    const got = result.code === null ? `signal ${result.signal}` : String(result.code);
    problems.push(`exit status: expected ${expectedExit} got ${got}`);
  }
  if (comparesWholeStderr(readFileSync(program, 'utf8'))) {
    const stderrDiff =
      firstDifference(ownFrames(expected('stderr')), ownFrames(result.stderr), 'stderr');
    if (stderrDiff) problems.push(stderrDiff);
    return problems;
  }
  const expectedLast = lastNonEmptyLine(expected('stderr'));
  const gotLast = lastNonEmptyLine(result.stderr);
  if (expectedLast !== gotLast) {
    problems.push(`stderr last line: expected ${quoteShort(expectedLast)} got ${quoteShort(gotLast)}`);
  }
  return problems;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const command = splitCommand(options.engine);
  const programs = findPrograms(options.filter);
  const known = new Set(options.knownFailures.flatMap((file) => [...readProgramList(file)]));
  const mustPass = (program) => !known.has(relative(CORPUS, program));
  if (programs.length === 0) {
    console.error(`run_corpus: no program matches --filter ${JSON.stringify(options.filter)}`);
    process.exit(1);
  }

  // Run with a pool of workers; report in corpus order as soon as each result can be shown.
  const outcomes = new Array(programs.length);
  let nextToRun = 0;
  let nextToReport = 0;
  let failed = 0;
  let knownFailed = 0;
  const report = () => {
    while (nextToReport < programs.length && outcomes[nextToReport]) {
      const program = programs[nextToReport];
      const name = relative(CORPUS, program);
      const problems = outcomes[nextToReport];
      if (problems.length && mustPass(program)) {
        failed++;
        console.log(`FAIL ${name}: ${problems.join('; ')}`);
      } else if (problems.length) {
        knownFailed++;
        console.log(`known failure ${name}: ${problems[0]}`);
      } else if (!mustPass(program)) {
        failed++;
        console.log(`FAIL ${name}: passes now — take it off ${options.knownFailures.join(' or ')}`);
      }
      nextToReport++;
    }
  };
  const worker = async () => {
    while (nextToRun < programs.length) {
      const index = nextToRun++;
      const result = await run(command, programs[index]);
      outcomes[index] = compare(programs[index], result);
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.jobs, programs.length) }, worker));

  const passed = programs.length - failed - knownFailed;
  console.log(`corpus: ${passed} passed, ${failed} failed` +
              (known.size ? `, ${knownFailed} known failures` : ''));
  process.exit(failed ? 1 : 0);
}

main();
