// The TextMate grammar against the language's real lexer: every token that TocLexer (generated
// from Toc.g4 by the grammar module) reads in the samples, the fixtures and the examples of
// docs/language.md must be highlighted as what it is — a string as a string, a number as a
// number, a reserved word as a keyword, an identifier as a name or a value, and so on — on every
// character it covers.
//
// Needs the compiled lexer (grammar/target/classes, built by `mvn test` before this module) and
// the ANTLR runtime from the local Maven repository; when either is missing the test is skipped
// and says so.
'use strict';

const { test, before } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { loadGrammar, INITIAL } = require('./textmate.js');

const EXTENSION = path.join(__dirname, '..');
const ROOT = path.join(EXTENSION, '..', '..');
const CLASSES = path.join(ROOT, 'grammar', 'target', 'classes');
const LEXER_CLASS = path.join(CLASSES, 'org', 'tocworkbench', 'grammar', 'TocLexer.class');

function antlrRuntime() {
  const pom = fs.readFileSync(path.join(ROOT, 'pom.xml'), 'utf8');
  const version = /<antlr\.version>([^<]+)<\/antlr\.version>/.exec(pom);
  if (!version) return null;
  const repo = process.env.MAVEN_REPO || path.join(os.homedir(), '.m2', 'repository');
  const jar = path.join(repo, 'org', 'antlr', 'antlr4-runtime', version[1], `antlr4-runtime-${version[1]}.jar`);
  return fs.existsSync(jar) ? jar : null;
}

const runtime = antlrRuntime();
const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
const missing = !java ? 'java is not on PATH'
  : !fs.existsSync(LEXER_CLASS) ? 'the grammar module is not compiled (mvn test builds it first)'
    : !runtime ? 'the ANTLR runtime is not in the local Maven repository' : null;

let grammar;
before(async () => {
  grammar = await loadGrammar();
});

/** The scopes of every UTF-16 offset of a text (null on line breaks). */
function scopesByOffset(text) {
  const byOffset = new Array(text.length).fill(null);
  let state = INITIAL;
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    const result = grammar.tokenizeLine(text.slice(start, end), state);
    state = result.ruleStack;
    for (const t of result.tokens) {
      for (let i = t.startIndex; i < t.endIndex && start + i < end; i++) byOffset[start + i] = t.scopes;
    }
    if (!m) break;
    start = m.index + m[0].length;
  }
  return byOffset;
}

const RESERVED = new Set(['IMPORT', 'THEORY', 'ACTOR', 'IMPACT', 'GOAL', 'OUTCOME', 'OUTPUT', 'ACTIVITY',
  'INTERVENTION', 'PRECONDITION', 'INDICATOR', 'ASSUMPTION', 'PATHWAY', 'DATA']);
const NAME = ['entity.name', 'variable.other', 'constant.language'];

/** The scopes a token of the given lexer type may have; one of them must prefix a scope of each character. */
function allowed(type) {
  switch (type) {
    case 'STRING': case 'UNTERMINATED_STRING': return ['string.quoted.double'];
    case 'LONG_STRING': return ['string.quoted.triple'];
    case 'LINE_COMMENT': return ['comment.line'];
    case 'BLOCK_COMMENT': case 'UNTERMINATED_COMMENT': return ['comment.block'];
    case 'DATE_LITERAL': return ['constant.numeric.date'];
    case 'PERCENT': return ['constant.numeric.percentage'];
    case 'NUMBER': return ['constant.numeric.decimal'];
    case 'ARROW': return ['keyword.operator.arrow'];
    case 'COMMA': return ['punctuation.separator.comma'];
    case 'LBRACE': return ['punctuation.section.block.begin'];
    case 'RBRACE': return ['punctuation.section.block.end'];
    case 'EQ': case 'NE': case 'LT': case 'LE': case 'GT': case 'GE': return ['keyword.operator.comparison'];
    case 'LPAREN': return ['punctuation.section.parens.begin'];
    case 'RPAREN': return ['punctuation.section.parens.end'];
    case 'IDENT': return NAME;
    case 'ERROR_CHAR': return ['invalid.illegal'];
    case 'INDICATOR': return ['storage.type', 'constant.language.column-role'];
    default:
      if (RESERVED.has(type)) return ['storage.type', 'keyword.control'];
      return ['keyword.other', ...NAME]; // a soft keyword: a keyword, or a name where it is one
  }
}

test('every token of the real lexer is highlighted as what it is', { skip: missing || false }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-lexer-'));
  const files = [];
  for (const sample of fs.readdirSync(path.join(ROOT, 'samples'), { withFileTypes: true })) {
    if (!sample.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(ROOT, 'samples', sample.name))) {
      if (f.endsWith('.toc')) files.push(path.join(ROOT, 'samples', sample.name, f));
    }
  }
  for (const f of fs.readdirSync(path.join(__dirname, 'fixtures'))) {
    if (f.endsWith('.toc')) files.push(path.join(__dirname, 'fixtures', f));
  }
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'language.md'), 'utf8');
  [...doc.matchAll(/^```toc\n([\s\S]*?)^```/gm)].forEach((m, i) => {
    const f = path.join(dir, `language-example-${i + 1}.toc`);
    fs.writeFileSync(f, m[1]);
    files.push(f);
  });
  // Lines that only the lexer's error paths reach: a stray character, an unterminated string.
  const odd = path.join(dir, 'odd.toc');
  fs.writeFileSync(odd, 'impact IMP "x" ; @\noutcome O1 "no end\n/* never closed\n');
  files.push(odd);

  const run = spawnSync('java', ['-cp', [CLASSES, runtime].join(path.delimiter),
    path.join(__dirname, 'LexerDump.java'), ...files], { encoding: 'utf8', timeout: 120000, maxBuffer: 64 << 20 });
  assert.equal(run.status, 0, `LexerDump: ${run.stderr}`);
  const tokens = run.stdout.trim().split('\n').map((l) => l.split('\t'));
  assert.ok(tokens.length > 1000, `the lexer read ${tokens.length} tokens`);

  const seen = new Set();
  let checked = 0;
  let current = -1;
  let text;
  let units;
  let scopes;
  for (const [index, startCp, stopCp, type] of tokens) {
    if (Number(index) !== current) {
      current = Number(index);
      text = fs.readFileSync(files[current], 'utf8');
      // ANTLR counts code points; the tokenizer counts UTF-16 units.
      units = [];
      let u = 0;
      for (const ch of text) {
        units.push(u);
        u += ch.length;
      }
      units.push(u);
      scopes = scopesByOffset(text);
    }
    if (type === 'WS') continue;
    seen.add(type);
    const from = units[Number(startCp)];
    const to = units[Number(stopCp) + 1];
    const want = allowed(type);
    for (let i = from; i < to; i++) {
      if (/\s/.test(text[i])) continue;
      const have = scopes[i] || [];
      const ok = want.some((w) => have.some((s) => s === w || s.startsWith(w + '.')));
      if (!ok) {
        const line = text.slice(0, i).split(/\r\n|\r|\n/).length;
        assert.fail(`${path.relative(ROOT, files[current])}:${line}: ${type} ${JSON.stringify(text.slice(from, to))} `
          + `has [${have.join(' ')}] at ${JSON.stringify(text[i])}; expected one of ${want.join(', ')}`);
      }
      checked++;
    }
  }
  for (const type of ['STRING', 'LONG_STRING', 'LINE_COMMENT', 'BLOCK_COMMENT', 'DATE_LITERAL', 'PERCENT', 'NUMBER',
    'ARROW', 'IDENT', 'ERROR_CHAR', 'UNTERMINATED_STRING', 'UNTERMINATED_COMMENT', 'IMPORT', 'FEEDBACK']) {
    assert.ok(seen.has(type), `the corpus has a ${type} token`);
  }
  assert.ok(checked > 50000, `${checked} characters checked`);
  fs.rmSync(dir, { recursive: true, force: true });
});
