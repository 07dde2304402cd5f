// Tests of the TextMate grammar (syntaxes/toc.tmLanguage.json) with the tokenizer VS Code uses:
// vscode-textmate on the Oniguruma regular-expression engine (vscode-oniguruma).
//
// The keyword list is read from the ANTLR grammar (grammar/src/main/antlr4/**/Toc.g4) and the
// enumerated values from the compiler's enums, so that a new keyword or value that the TextMate
// grammar does not highlight fails here. Run with `npm test` (or `mvn test`, which runs it too).
//
// UPDATE_GOLDEN=1 npm test rewrites test/golden/*.scopes from the current grammar.
'use strict';

const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { loadGrammar, GRAMMAR_FILE, INITIAL } = require('./textmate.js');
const { grammar: generatedGrammar } = require('../scripts/build-grammar.js');

const EXTENSION = path.join(__dirname, '..');
const ROOT = path.join(EXTENSION, '..', '..');
const G4_FILE = path.join(ROOT, 'grammar', 'src', 'main', 'antlr4', 'org', 'tocworkbench', 'grammar', 'Toc.g4');
const MODEL_DIR = path.join(ROOT, 'compiler', 'src', 'main', 'java', 'org', 'tocworkbench', 'compiler', 'model');
const BINDER_FILE = path.join(ROOT, 'compiler', 'src', 'main', 'java', 'org', 'tocworkbench', 'compiler', 'binding',
  'Binder.java');
const FIXTURES = path.join(__dirname, 'fixtures');
const GOLDEN = path.join(__dirname, 'golden');

// ---------------------------------------------------------------- loading

let grammar;

before(async () => {
  grammar = await loadGrammar();
});

/** Tokenises a whole text: one array per line of {text, start, scopes} (scopes without source.toc). */
function tokenize(text) {
  let state = INITIAL;
  return text.split(/\r\n|\r|\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state, 5000);
    assert.ok(!result.stoppedEarly, `tokenising stopped early on: ${line}`);
    state = result.ruleStack;
    return result.tokens.map((t) => ({
      text: line.slice(t.startIndex, t.endIndex),
      start: t.startIndex,
      scopes: t.scopes.filter((s) => s !== 'source.toc'),
    }));
  });
}

const has = (token, prefix) => token.scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));
const describeToken = (t) => `"${t.text}" [${t.scopes.join(' ') || 'no scope'}]`;

/** The tokens of a file, with their line numbers. */
function tokensOf(text) {
  return tokenize(text).flatMap((line, i) => line.map((t) => ({ ...t, line: i + 1 })));
}

/** Every word token (an identifier-shaped piece of text outside strings and comments). */
function words(tokens) {
  return tokens.filter((t) => /^[\p{L}_][\p{L}\p{N}_]*(?:[.-][\p{L}\p{N}_]+)*$/u.test(t.text)
    && !has(t, 'string') && !has(t, 'comment'));
}

// ---------------------------------------------------------------- the corpus

function samples() {
  const dir = path.join(ROOT, 'samples');
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(dir, entry.name))) {
      if (f.endsWith('.toc')) files.push(path.join(dir, entry.name, f));
    }
  }
  return files.sort();
}

function fixtures() {
  return fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.toc')).sort().map((f) => path.join(FIXTURES, f));
}

/** The ```toc examples of docs/language.md, each as one text. */
function languageDocExamples() {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'language.md'), 'utf8');
  return [...doc.matchAll(/^```toc\n([\s\S]*?)^```/gm)].map((m) => m[1]);
}

function corpus() {
  return [
    ...samples().map((f) => ({ name: path.relative(ROOT, f), text: fs.readFileSync(f, 'utf8') })),
    ...fixtures().map((f) => ({ name: path.relative(ROOT, f), text: fs.readFileSync(f, 'utf8') })),
    ...languageDocExamples().map((text, i) => ({ name: `docs/language.md example ${i + 1}`, text })),
  ];
}

// ---------------------------------------------------------------- what the sources say

/** The keywords of Toc.g4: lexer rules that are one literal word; soft ones are those softKeyword lists. */
function g4Keywords() {
  const g4 = fs.readFileSync(G4_FILE, 'utf8');
  const literal = new Map();
  for (const m of g4.matchAll(/^([A-Z][A-Z_]*)\s*:\s*'([a-z]+)'\s*;/gm)) literal.set(m[1], m[2]);
  const softRule = /^softKeyword\s*:([\s\S]*?);/m.exec(g4);
  assert.ok(softRule, 'Toc.g4 has a softKeyword rule');
  const softTokens = new Set(softRule[1].match(/[A-Z][A-Z_]*/g));
  const soft = [];
  const reserved = [];
  for (const [token, text] of literal) (softTokens.has(token) ? soft : reserved).push(text);
  assert.ok(reserved.length >= 10 && soft.length >= 40, `keywords read from Toc.g4: ${reserved} / ${soft}`);
  return { reserved, soft };
}

/** The words of each enum implementing Keyword in the compiler's model package. */
function modelEnums() {
  const enums = new Map();
  for (const f of fs.readdirSync(MODEL_DIR).filter((f) => f.endsWith('.java'))) {
    const src = fs.readFileSync(path.join(MODEL_DIR, f), 'utf8');
    const decl = /\benum\s+(\w+)\s+implements\s+[^{]*\bKeyword\b[^{]*\{([\s\S]*?);/.exec(src);
    if (!decl) continue;
    const values = [];
    for (const constant of decl[2].matchAll(/[A-Z][A-Z_0-9]*\s*\(([^)]*)\)/g)) {
      // The words are the quoted lower-case strings; NetworkFunction also carries a label.
      for (const s of constant[1].matchAll(/"([^"]*)"/g)) {
        if (/^[a-z][a-z0-9-]*$/.test(s[1])) values.push(s[1]);
      }
    }
    enums.set(decl[1], values);
  }
  assert.ok(enums.size >= 10, `enums read from the model: ${[...enums.keys()]}`);
  return enums;
}

/** Binder.java and Months.java: the column roles, the months and the decimal separators of a data block. */
function binderWords() {
  const src = fs.readFileSync(BINDER_FILE, 'utf8') + fs.readFileSync(path.join(path.dirname(BINDER_FILE), 'Months.java'), 'utf8');
  const list = (name) => {
    const m = new RegExp(`${name}\\s*=\\s*List\\.of\\(([^)]*)\\)`).exec(src);
    assert.ok(m, `Binder.java declares ${name}`);
    return [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]);
  };
  const decimal = /name\("decimal"\)[\s\S]*?default/.exec(src);
  assert.ok(decimal, 'Binder.java reads `decimal`');
  const separators = [...decimal[0].matchAll(/case\s+([^-]*)->/g)]
    .flatMap((c) => [...c[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]));
  assert.ok(separators.length >= 2, `decimal separators: ${separators}`);
  return { columnRoles: list('COLUMN_ROLES'), months: list('MONTHS'), separators };
}

// ---------------------------------------------------------------- tests

test('the committed grammar is what scripts/build-grammar.js writes', () => {
  const committed = fs.readFileSync(GRAMMAR_FILE, 'utf8');
  assert.equal(committed, JSON.stringify(generatedGrammar, null, 2) + '\n',
    'run `npm run build-grammar` after editing scripts/build-grammar.js');
});

test('package.json contributes the grammar and the language the way the grammar names them', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
  const tm = JSON.parse(fs.readFileSync(GRAMMAR_FILE, 'utf8'));
  assert.equal(manifest.contributes.grammars[0].scopeName, tm.scopeName);
  assert.equal(tm.scopeName, 'source.toc');
  assert.deepEqual(manifest.contributes.languages[0].extensions, ['.toc']);
  assert.equal(manifest.contributes.configuration.properties['toc.path'].default, 'toc');
  assert.ok(manifest.activationEvents.includes('onLanguage:toc'));
  assert.ok(manifest.dependencies['vscode-languageclient']);
});

test('language-configuration.json uses the comment markers the language defines', () => {
  const config = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'language-configuration.json'), 'utf8'));
  const g4 = fs.readFileSync(G4_FILE, 'utf8');
  const lineComment = /^LINE_COMMENT\s*:\s*\(\s*'([^']*)'\s*\|\s*'([^']*)'\s*\)/m.exec(g4);
  const blockComment = /^BLOCK_COMMENT\s*:\s*'([^']*)'\s*\.\*\?\s*'([^']*)'/m.exec(g4);
  assert.ok(lineComment && blockComment, 'Toc.g4 defines LINE_COMMENT and BLOCK_COMMENT');
  assert.ok([lineComment[1], lineComment[2]].includes(config.comments.lineComment));
  assert.deepEqual(config.comments.blockComment, [blockComment[1], blockComment[2]]);
  for (const [open, close] of [['{', '}'], ['"', '"']]) {
    assert.ok(config.autoClosingPairs.some((p) => p.open === open && p.close === close), `auto-closes ${open}`);
  }
  // The indentation rules are JavaScript regular expressions applied to whole lines.
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
  assert.ok(increase.test('outcome O1 "Title" {'));
  assert.ok(increase.test('    indicator O1_1 "A {brace} in text" {'));
  assert.ok(!increase.test('    assumption AS1 "x" { risk low }'));
  assert.ok(!increase.test('# a comment {'));
  assert.ok(decrease.test('    }'));
  assert.ok(!decrease.test('    unit count'));
  const wordPattern = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
  assert.equal('by A1.1, O-2'.match(new RegExp(wordPattern.source, 'gu')).join(' '), 'by A1.1 O-2');
  assert.equal('É1x'.match(wordPattern)[0], 'É1x');
});

test('no text of any sample or fixture is left unscoped, and nothing is marked invalid', () => {
  const meaningful = ['comment', 'string', 'keyword', 'storage.type', 'entity.name', 'variable.other', 'constant',
    'punctuation'];
  for (const { name, text } of corpus()) {
    for (const t of tokensOf(text)) {
      if (t.text.trim() === '') continue;
      assert.ok(meaningful.some((p) => has(t, p)), `${name}:${t.line}: unscoped text ${describeToken(t)}`);
      assert.ok(!has(t, 'invalid'), `${name}:${t.line}: marked invalid ${describeToken(t)}`);
    }
  }
});

test('every keyword of Toc.g4 is highlighted as a keyword where it is one', () => {
  const { reserved, soft } = g4Keywords();
  const { SOFT_KEYWORDS, NODE_KINDS } = require('../scripts/build-grammar.js');
  assert.deepEqual([...SOFT_KEYWORDS].sort(), [...soft].sort(), 'the soft keywords of build-grammar.js are those of Toc.g4');
  const occurrences = new Map([...reserved, ...soft].map((k) => [k, []]));
  for (const { name, text } of corpus()) {
    for (const t of words(tokensOf(text))) {
      if (occurrences.has(t.text)) occurrences.get(t.text).push({ ...t, file: name });
    }
  }
  const isKeyword = (t) => has(t, 'keyword') || has(t, 'storage.type');
  for (const k of reserved) {
    const found = occurrences.get(k);
    assert.ok(found.some(isKeyword), `reserved keyword \`${k}\` is never highlighted as a keyword; add it to `
      + 'scripts/build-grammar.js and use it in test/fixtures/constructs.toc');
    for (const t of found) {
      // A reserved word is a keyword wherever it appears; `indicator column` names a column role.
      const ok = isKeyword(t) || (k === 'indicator' && has(t, 'constant.language.column-role'));
      assert.ok(ok, `${t.file}:${t.line}: reserved keyword ${describeToken(t)}`);
    }
    if (NODE_KINDS.includes(k)) assert.ok(found.filter(isKeyword).every((t) => has(t, 'storage.type.node')));
  }
  for (const k of soft) {
    const found = occurrences.get(k);
    assert.ok(found.some(isKeyword), `soft keyword \`${k}\` is never highlighted as a keyword in the samples, the `
      + 'fixtures or the examples of docs/language.md');
    for (const t of found) {
      // A soft keyword may also be an identifier or a value; it is never left plain.
      const ok = isKeyword(t) || has(t, 'entity.name') || has(t, 'variable.other') || has(t, 'constant.language');
      assert.ok(ok, `${t.file}:${t.line}: soft keyword ${describeToken(t)}`);
    }
  }
});

/** Tokenises one line and returns the token covering the given text (the nth occurrence). */
function tokenAt(line, text, nth = 0) {
  const tokens = tokenize(line)[0];
  let from = -1;
  for (let i = 0; i <= nth; i++) {
    from = line.indexOf(text, from + 1);
    assert.ok(from >= 0, `"${text}" in: ${line}`);
  }
  const covering = tokens.filter((t) => t.start < from + text.length && t.start + t.text.length > from);
  assert.equal(covering.length, 1, `"${text}" is one token in: ${line}\n${tokens.map(describeToken).join('\n')}`);
  return covering[0];
}

function assertScope(line, text, scope, nth = 0) {
  const t = tokenAt(line, text, nth);
  assert.ok(has(t, scope), `"${text}" in \`${line}\` should be ${scope}: ${describeToken(t)}`);
  assert.equal(t.text, text, `"${text}" is a whole token in \`${line}\`: ${describeToken(t)}`);
}

test('every enumerated value of the compiler is highlighted as a language constant', () => {
  // Which property takes which enum; a new enum without an entry here fails, so it gets highlighted.
  const properties = {
    ActorRole: ['role'], Aggregation: ['aggregation'], Direction: ['direction'], EvidenceStatus: ['status'],
    Frequency: ['frequency'], Horizon: ['horizon', 'accountability ceiling'], Layout: ['layout'],
    Level: ['risk', 'strength'], LinkKind: ['kind'], NetworkFunction: ['functions advocacy,'],
    UnitKind: ['unit'], NodeKind: null, StructureKind: ['kind'], BackboneRole: ['plays'], GrowthPeriod: ['growth 5% per'], Measure: ['compute'],
    ChangeLevel: ['version "2.0" at 2026 level'], OrganisationType: ['reporting org "XM-EXAMPLE-1" type'],
  };
  for (const [name, values] of modelEnums()) {
    assert.ok(name in properties, `enum ${name} implements Keyword: say which property takes it in this test`);
    assert.ok(values.length > 0, `words of ${name}`);
    for (const value of values) {
      if (properties[name] === null) {
        assertScope(`${value} X1 "Title"`, value, 'storage.type.node');
        assertScope(`${value} X1 "Title"`, 'X1', 'entity.name.type.node');
        continue;
      }
      for (const property of properties[name]) {
        assertScope(`    ${property} ${value} # comment`, value, 'constant.language');
      }
    }
  }
  const { columnRoles, months, separators } = binderWords();
  for (const role of [...columnRoles, 'group']) assertScope(`    ${role} column "Header"`, role, 'constant.language.column-role');
  for (const month of months) {
    for (const written of [month, month.slice(0, 3), month.toUpperCase()]) {
      assertScope(`    fiscal year starts ${written}`, written, 'constant.language.month');
    }
  }
  for (const sep of separators) assertScope(`    decimal ${sep}`, sep, 'constant.language.decimal');
  for (const b of ['true', 'false', 'yes', 'no']) assertScope(`  baseline ${b} at 2024`, b, 'constant.language.boolean');
});

test('samples: declarations, references, strings, numbers, dates, comments and operators', () => {
  const read = (rel) => fs.readFileSync(path.join(ROOT, 'samples', rel), 'utf8').split(/\r\n|\r|\n/);
  const lineOf = (lines, re) => {
    const line = lines.find((l) => re.test(l));
    assert.ok(line !== undefined, `a sample line matching ${re}`);
    return line;
  };
  const pandemic = read('pandemic-preparedness/pandemic.toc');
  const learning = read('knowledge-learning/learning.toc');
  const humanitarian = read('humanitarian-communication/humanitarian.toc');

  let line = lineOf(pandemic, /^theory "/);
  assertScope(line, 'theory', 'storage.type.theory');
  assertScope(line, '"', 'punctuation.definition.string.begin');
  assertScope(line, '{', 'punctuation.section.block.begin');
  line = lineOf(pandemic, /^actor SEC /);
  assertScope(line, 'actor', 'storage.type.actor');
  assertScope(line, 'SEC', 'entity.name.type.actor');
  assertScope(line, 'role', 'keyword.other.role');
  assertScope(line, 'backbone', 'constant.language.role');
  line = lineOf(pandemic, /^outcome LT1 .* by KEN, UGA/);
  assertScope(line, 'outcome', 'storage.type.node.outcome');
  assertScope(line, 'LT1', 'entity.name.type.node');
  assertScope(line, 'long', 'constant.language.horizon');
  assertScope(line, 'KEN', 'variable.other.actor');
  assertScope(line, 'UGA', 'variable.other.actor');
  assertScope(line, ',', 'punctuation.separator.comma');
  line = lineOf(pandemic, /^\s+as of \d/);
  assertScope(line, 'as', 'keyword.other.as');
  assertScope(line, '2026-06-30', 'constant.numeric.date');
  line = lineOf(pandemic, /^\s+baseline \d+% at/);
  assertScope(line, line.trim().split(/\s+/)[1], 'constant.numeric.percentage');
  line = lineOf(pandemic, /^\s+baseline 0\.35 at 2024/);
  assertScope(line, '0.35', 'constant.numeric');
  assertScope(line, '2024', 'constant.numeric');
  line = lineOf(pandemic, /^\s+indicator IMP_1 /);
  assertScope(line, 'indicator', 'storage.type.indicator');
  assertScope(line, 'IMP_1', 'entity.name.type.indicator');
  line = lineOf(pandemic, /^\s+fiscal year starts october/);
  assertScope(line, 'october', 'constant.language.month');
  line = lineOf(pandemic, /^#/);
  assertScope(line, '#', 'comment.line.number-sign');
  line = lineOf(pandemic, /^\s+functions .*resource-mobilisation/);
  assertScope(line, 'resource-mobilisation', 'constant.language.function');
  line = lineOf(pandemic, /^\s+assumption AS\d+ /);
  assertScope(line, 'assumption', 'storage.type.assumption');
  assertScope(line, line.trim().split(/\s+/)[1], 'entity.name.type.assumption');
  line = lineOf(pandemic, /^\s+assumes AS\d/);
  assertScope(line, line.trim().split(/\s+/)[1].replace(',', ''), 'variable.other.assumption');
  line = lineOf(pandemic, /^\s*[\w.]+ -> [\w.]+\s*$/);
  const [from, , to] = line.trim().split(/\s+/);
  assertScope(line, from, 'variable.other.node');
  assertScope(line, '->', 'keyword.operator.arrow');
  assertScope(line, to, 'variable.other.node');
  line = lineOf(pandemic, /^\S+ -> \S+ feedback \{/);
  assertScope(line, 'feedback', 'keyword.other.feedback');

  line = lineOf(learning, /^import "/);
  assertScope(line, 'import', 'keyword.control.import');
  assertScope(line, 'actors.toc', 'string.quoted.double');
  line = lineOf(learning, /^\/\//);
  assertScope(line, '//', 'comment.line.double-slash');
  line = lineOf(learning, /^goal /);
  assertScope(line, 'goal', 'storage.type.node.goal');
  line = lineOf(learning, /^outcome LT1 .*horizon long-term by/);
  assertScope(line, 'long-term', 'constant.language.horizon');
  line = lineOf(learning, /^\s+description """$/);
  assertScope(line, '"""', 'string.quoted.triple');
  line = lineOf(learning, /^\s+unit scale "/);
  assertScope(line, 'scale', 'constant.language.unit');
  line = lineOf(learning, /^pathway \S+ "/);
  assertScope(line, 'pathway', 'storage.type.pathway');
  assertScope(line, line.split(/\s+/)[1], 'entity.name.type.pathway');
  line = lineOf(learning, /^\s+members /);
  assertScope(line, 'members', 'keyword.other.members');
  assertScope(line, line.trim().split(/[\s,]+/)[1], 'variable.other.node');
  line = lineOf(learning, /^\s+disaggregate by .*, "/);
  assertScope(line, 'disaggregate', 'keyword.other.disaggregate');
  assertScope(line, 'by', 'keyword.other.by');
  assertScope(line, line.trim().split(/[\s,]+/)[2], 'variable.other.dimension');
  line = lineOf(learning, /^data "/);
  assertScope(line, 'data', 'storage.type.data');

  line = lineOf(read('knowledge-learning/actors.toc'), /"[^"]*[^\x00-\x7f][^"]*"/);
  const unicode = /"([^"]*[^\x00-\x7f][^"]*)"/.exec(line)[1];
  assertScope(line, unicode, 'string.quoted.double');
  line = lineOf(humanitarian, /^\s+unit yes-no|^\s+unit qualitative|^\s+unit text/);
  assertScope(line, line.trim().split(/\s+/)[1], 'constant.language.unit');
});

test('fixture: escapes, Unicode, comments, soft keywords as identifiers, numbers', () => {
  const lines = fs.readFileSync(path.join(FIXTURES, 'constructs.toc'), 'utf8').split('\n');
  const tokens = tokenize(lines.join('\n'));
  const find = (re) => {
    const i = lines.findIndex((l) => re.test(l));
    assert.ok(i >= 0, `fixture line ${re}`);
    return { line: lines[i], tokens: tokens[i] };
  };
  // Block comment over two lines: both lines are comment.
  const open = lines.findIndex((l) => l.startsWith('/*'));
  assert.ok(tokens[open].every((t) => has(t, 'comment.block')));
  assert.ok(tokens[open + 1].every((t) => has(t, 'comment.block')));
  assert.ok(has(tokens[open + 1].at(-1), 'punctuation.definition.comment.end'));
  assert.ok(has(tokens[open + 2][0], 'keyword.control.import'), 'code after the block comment is code again');

  let { line, tokens: ts } = find(/^theory "Fixture/);
  const escapes = ts.filter((t) => has(t, 'constant.character.escape')).map((t) => t.text);
  assert.deepEqual(escapes, ['\\"', '\\"', '\\\\', '\\t']);
  assert.ok(ts.filter((t) => t.start > line.indexOf('"') && t.start < line.lastIndexOf('"'))
    .every((t) => has(t, 'string.quoted.double')), 'the escaped quotes do not end the string');
  assertScope(line, '{', 'punctuation.section.block.begin');

  ({ line, tokens: ts } = find(/^\s+as of .*# an end-of-line comment/));
  assertScope(line, '2026-06-30', 'constant.numeric.date');
  assertScope(line, ' an end-of-line comment', 'comment.line.number-sign');
  ({ line } = find(/^impact IMP2 .*\/\*/));
  assertScope(line, ' an inline block comment ', 'comment.block');
  assertScope(line, '{', 'punctuation.section.block.begin');
  assertScope(line, 'IMP2', 'entity.name.type.node');

  line = find(/^\s+period 2024-Q1 to 2028-12/).line;
  assertScope(line, '2024-Q1', 'constant.numeric.date');
  assertScope(line, '2028-12', 'constant.numeric.date');
  assertScope(line, 'to', 'keyword.other.to');
  line = find(/^\s+authors /).line;
  assertScope(line, 'Ω working group', 'string.quoted.double');
  line = find(/^\s+description """$/).line;
  assertScope(line, '"""', 'punctuation.definition.string.begin');
  line = find(/Long text with/).line;
  assert.ok(tokenize(`x """\n${line}\n"""`)[1].every((t) => has(t, 'string.quoted.triple')));

  line = find(/^actor target /).line;
  assertScope(line, 'target', 'entity.name.type.actor');
  line = find(/^outcome LT1 .*by M-1, target, É1/).line;
  assertScope(line, 'M-1', 'variable.other.actor');
  assertScope(line, 'target', 'variable.other.actor');
  assertScope(line, 'É1', 'variable.other.actor');
  assertScope(line, 'long-term', 'constant.language.horizon');
  line = fs.readFileSync(path.join(FIXTURES, 'imported.toc'), 'utf8').split('\n')[1];
  assertScope(line, 'É1', 'entity.name.type.actor');
  assertScope(line, 'donor', 'constant.language.role');

  line = find(/baseline 12\.5 %/).line;
  assertScope(line, '12.5 %', 'constant.numeric.percentage');
  line = find(/milestone 30% by 2025-06/).line;
  assertScope(line, '30%', 'constant.numeric.percentage');
  assertScope(line, '2025-06', 'constant.numeric.date');
  line = find(/baseline -0\.5/).line;
  assertScope(line, '-0.5', 'constant.numeric.decimal');
  line = find(/^\s+version 2\.1/).line;
  assertScope(line, '2.1', 'constant.numeric.decimal');
  line = find(/^\s+header rows 1 to 2/).line;
  assertScope(line, 'rows', 'keyword.other.rows');
  assertScope(line, '1', 'constant.numeric.decimal');
  line = find(/^\s+fiscal year starts Oct/).line;
  assertScope(line, 'Oct', 'constant.language.month');
  line = find(/^\s+period columns "Q\*"/).line;
  assertScope(line, 'columns', 'keyword.other.columns');
  line = find(/^\s+indicator column "/).line;
  assertScope(line, 'indicator', 'constant.language.column-role');
  assertScope(line, 'column', 'keyword.other.column');

  line = find(/^A1\.1 -> OP1 -> MT1/).line;
  assertScope(line, 'A1.1', 'variable.other.node');
  assertScope(line, 'IMP', 'variable.other.node');
  line = find(/^A2, PC1 -> MT1 \{/).line;
  assertScope(line, 'A2', 'variable.other.node');
  assertScope(line, 'PC1', 'variable.other.node');
  line = find(/^OP1 -> PC1 \{ feedback/).line;
  assertScope(line, 'feedback', 'keyword.other.feedback');
  assertScope(line, 'contributing', 'constant.language.link-kind');
  assertScope(line, 'low', 'constant.language.level');
  assertScope(line, '}', 'punctuation.section.block.end');
  line = find(/^pathway "Dialogue route"/).line;
  assertScope(line, 'Dialogue route', 'string.quoted.double');
});

test('unusual lines: soft keywords in link chains, unterminated strings and comments, stray characters', () => {
  assertScope('target -> IMP', 'target', 'variable.other.node');
  assertScope('A1 -> target, feedback -> IMP', 'target', 'variable.other.node');
  assertScope('A1 -> target, feedback -> IMP', 'feedback', 'variable.other.node');
  assertScope('outcome by "An outcome called by"', 'by', 'entity.name.type.node');
  assertScope('data-x -> y', 'data-x', 'variable.other.node');
  assertScope('x.outcome -> y', 'x.outcome', 'variable.other.node');
  assertScope('outcome O1 "x" horizon short-term', 'short-term', 'constant.language.horizon');
  assertScope('outcome O1 "x" horizon shorter', 'shorter', 'variable.other.value');
  // A declaration spread over two lines still names what it declares.
  const split = tokenize('outcome\n    O9 "Title"');
  assert.ok(has(split[1].find((t) => t.text === 'O9'), 'entity.name.type.node'));
  // A list continued on the next line after a comma.
  const list = tokenize('    by KEN,\n       UGA\n    unit count');
  assert.ok(has(list[1].find((t) => t.text === 'UGA'), 'variable.other.actor'));
  assert.ok(has(list[2].find((t) => t.text === 'unit'), 'keyword.other.unit'));
  // An unterminated string ends with its line; the next line is code again.
  const unterminated = tokenize('outcome O1 "no end\nimpact IMP "x"');
  assert.ok(unterminated[0].slice(-1)[0].scopes.some((s) => s.startsWith('string.quoted.double')));
  assert.ok(has(unterminated[1][0], 'storage.type.node.impact'));
  // An unterminated block comment runs to the end of the file.
  const comment = tokenize('/* never closed\nimpact IMP "x"');
  assert.ok(comment[1].every((t) => has(t, 'comment.block')));
  assertScope('impact IMP "x" ;', ';', 'invalid.illegal');
});

// ---------------------------------------------------------------- property test

/** A small seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('property: random identifiers, strings and numbers are scoped whole wherever they stand', () => {
  const { reserved, soft } = g4Keywords();
  const seed = Number(process.env.TOC_GRAMMAR_SEED || 20261203);
  const next = random(seed);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const letters = [...'abcxyzABCXYZ_éÉßΩжю中ü'];
  const digits = [...'0123456789'];
  const identifier = () => {
    if (next() < 0.15) return pick(soft);
    let id = pick(letters);
    const parts = 1 + Math.floor(next() * 3);
    for (let p = 0; p < parts; p++) {
      if (p > 0) id += pick(['.', '-']);
      const n = (p === 0 ? 0 : 1) + Math.floor(next() * 4);
      for (let i = 0; i < n; i++) id += pick([...letters, ...digits]);
    }
    return reserved.includes(id) ? id + '1' : id;
  };
  const stringBody = () => {
    const pieces = ['a', 'Z', ' ', 'é', '中', '#', '//', '/*', '*/', '{', '}', '->', ',', '%', '12', 'outcome',
      '\\"', '\\\\', '\\n', '\\t', '\\x', "'"];
    let s = '';
    const n = Math.floor(next() * 8);
    for (let i = 0; i < n; i++) s += pick(pieces);
    return s;
  };
  const number = () => `${next() < 0.3 ? '-' : ''}${Math.floor(next() * 10000)}${next() < 0.5 ? '.' + Math.floor(next() * 100) : ''}`;
  for (let round = 0; round < 400; round++) {
    const [id, a, b, c] = [identifier(), identifier(), identifier(), identifier()];
    const body = stringBody();
    const kind = pick(['outcome', 'output', 'activity', 'impact', 'precondition', 'goal', 'intervention']);
    const context = `seed ${seed}, round ${round}`;

    // Each piece is placed at a known offset, so that the assertions do not search for it.
    const pieces = [[kind], [' '], [id, 'entity.name.type.node'], [' "'], [body], ['" horizon short by '],
      [a, 'variable.other.actor'], [', '], [b, 'variable.other.actor'], [' # '], [body]];
    let decl = '';
    const at = [];
    for (const [text, scope] of pieces) {
      at.push({ text, scope, start: decl.length });
      decl += text;
    }
    const t = tokenize(decl)[0];
    for (const { text, scope, start } of at.filter((p) => p.scope)) {
      const covering = t.filter((x) => x.start < start + text.length && x.start + x.text.length > start);
      assert.ok(covering.length === 1 && covering[0].text === text && has(covering[0], scope),
        `${context}: \`${text}\` should be one ${scope} token in \`${decl}\`: ${covering.map(describeToken).join(', ')}`);
    }
    const open = at[3].start + 1; // the opening quote
    const close = at[5].start;
    const inside = t.filter((x) => x.start >= open && x.start <= close);
    assert.ok(inside.every((x) => has(x, 'string.quoted.double')), `${context}: string in \`${decl}\``);
    const escapes = inside.filter((x) => has(x, 'constant.character.escape')).map((x) => x.text);
    assert.deepEqual(escapes, body.match(/\\["\\nt]/g) || [], `${context}: escapes of \`${decl}\``);
    assert.ok(t.filter((x) => x.start >= at[9].start + 1).every((x) => has(x, 'comment.line')),
      `${context}: end-of-line comment in \`${decl}\``);

    const link = `${a}, ${b} -> ${c} -> ${id}`;
    const lt = tokenize(link)[0];
    for (const [name, start] of [[a, 0], [b, a.length + 2], [c, a.length + b.length + 6],
      [id, link.length - id.length]]) {
      const covering = lt.filter((x) => x.start < start + name.length && x.start + x.text.length > start);
      assert.ok(covering.length === 1 && covering[0].text === name && has(covering[0], 'variable.other.node'),
        `${context}: \`${name}\` in \`${link}\`: ${covering.map(describeToken).join(', ')}`);
    }

    const n = number();
    const value = next() < 0.5 ? `${n}%` : n;
    const prop = `    target ${value} by 2027-Q${1 + Math.floor(next() * 4)}`;
    const pt = tokenize(prop)[0];
    const v = pt.find((x) => x.start === prop.indexOf(value, 10));
    assert.ok(v && v.text === value && has(v, value.endsWith('%') ? 'constant.numeric.percentage' : 'constant.numeric'),
      `${context}: \`${value}\` in \`${prop}\``);
    assert.ok(has(pt.at(-1), 'constant.numeric.date'), `${context}: date in \`${prop}\``);
  }
});

// ---------------------------------------------------------------- golden files

/** A readable dump of the scopes of a file: each line, then its tokens and their scopes. */
function dump(text) {
  const out = [];
  tokenize(text).forEach((tokens, i) => {
    const line = tokens.map((t) => t.text).join('');
    out.push(`${String(i + 1).padStart(3)}| ${line}`);
    for (const t of tokens) {
      if (t.text.trim() === '') continue;
      out.push(`   | ${JSON.stringify(t.text)} ${t.scopes.join(' ')}`);
    }
  });
  return out.join('\n') + '\n';
}

test('golden: the scopes of each fixture are those recorded in test/golden', () => {
  for (const file of fixtures()) {
    const golden = path.join(GOLDEN, path.basename(file, '.toc') + '.scopes');
    const actual = dump(fs.readFileSync(file, 'utf8'));
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.mkdirSync(GOLDEN, { recursive: true });
      fs.writeFileSync(golden, actual);
      continue;
    }
    assert.ok(fs.existsSync(golden), `${golden} is missing; run UPDATE_GOLDEN=1 npm test`);
    assert.equal(actual, fs.readFileSync(golden, 'utf8'),
      `${path.basename(file)}: scopes changed; review the difference, then UPDATE_GOLDEN=1 npm test`);
  }
});

// ---------------------------------------------------------------- docs/editors.md

test('docs/editors.md: the Neovim and Emacs highlighting snippets know every keyword and accepted word', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'editors.md'), 'utf8');
  const block = (lang) => {
    const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(doc);
    assert.ok(m, `docs/editors.md has a ${lang} block`);
    return m[1];
  };
  const vim = block('vim');
  // `syntax keyword` words, and the words :syntax cannot list (`contains`), matched as /\<word\>/
  const vimGroup = (group) => new Set([...vim.matchAll(new RegExp(`^syntax keyword ${group} (.*)$`, 'gm'))]
    .flatMap((m) => m[1].trim().split(/\s+/))
    .concat([...vim.matchAll(new RegExp(`^syntax match ${group} /\\\\<([a-z-]+)\\\\>/$`, 'gm'))].map((m) => m[1])));
  const elisp = block('elisp');
  const elispList = (name) => {
    const m = new RegExp(`\\(defconst ${name}\\s+'\\(([^)]*)\\)`).exec(elisp);
    assert.ok(m, `the Emacs snippet defines ${name}`);
    return new Set([...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]));
  };
  const { reserved, soft } = g4Keywords();
  const values = new Set([...modelEnums()].filter(([name]) => name !== 'NodeKind').flatMap(([, words]) => words));
  const { separators } = binderWords();
  separators.forEach((w) => values.add(w));
  ['true', 'false', 'yes', 'no'].forEach((w) => values.add(w));
  const expect = [
    ['Neovim declarations', vimGroup('tocDeclaration'), reserved],
    ['Neovim properties', vimGroup('tocProperty'), soft],
    ['Neovim values', vimGroup('tocValue'), [...values]],
    ['Emacs declarations', elispList('toc-mode--declarations'), reserved],
    ['Emacs properties', elispList('toc-mode--properties'), soft],
    ['Emacs values', elispList('toc-mode--values'), [...values]],
  ];
  for (const [what, have, want] of expect) {
    const missing = want.filter((w) => !have.has(w));
    assert.deepEqual(missing, [], `${what} in docs/editors.md lack: ${missing.join(' ')}`);
  }
});
