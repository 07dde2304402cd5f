// Loads syntaxes/toc.tmLanguage.json with the tokenizer VS Code uses: vscode-textmate on the
// Oniguruma regular-expression engine (vscode-oniguruma). Shared by the grammar tests.
'use strict';

const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const GRAMMAR_FILE = path.join(__dirname, '..', 'syntaxes', 'toc.tmLanguage.json');

let wasmLoaded;

async function loadGrammar() {
  if (!wasmLoaded) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    wasmLoaded = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  }
  await wasmLoaded;
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => (scopeName === 'source.toc'
      ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE)
      : null),
  });
  const grammar = await registry.loadGrammar('source.toc');
  if (!grammar) throw new Error(`${GRAMMAR_FILE} did not load`);
  return grammar;
}

module.exports = { loadGrammar, GRAMMAR_FILE, INITIAL: vsctm.INITIAL };
