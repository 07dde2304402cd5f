#!/usr/bin/env node
// A stand-in for `toc` whose `lsp` subcommand speaks just enough of the Language Server Protocol
// over stdio to check the editor set-ups of docs/editors.md (test/editor-snippets.test.js): it
// answers initialize, publishes one diagnostic when a document opens, returns one edit when asked
// to format, and logs every message it gets to $FAKE_LSP_LOG.
'use strict';

const fs = require('fs');

const log = (line) => {
  if (process.env.FAKE_LSP_LOG) fs.appendFileSync(process.env.FAKE_LSP_LOG, line + '\n');
};

if (process.argv[2] !== 'lsp') {
  process.stderr.write('usage: toc lsp\n');
  process.exit(2);
}
log(`started ${process.argv.slice(2).join(' ')}`);

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
  process.stdout.write(`Content-Length: ${body.length}\r\n\r\n`);
  process.stdout.write(body);
}

function handle(message) {
  const doc = message.params && message.params.textDocument;
  log(`got ${message.method}${doc ? ` ${doc.languageId || ''} ${doc.uri}` : ''}`);
  switch (message.method) {
    case 'initialize':
      send({
        id: message.id,
        result: {
          capabilities: { textDocumentSync: 1, documentFormattingProvider: true },
          serverInfo: { name: 'fake-toc' },
        },
      });
      break;
    case 'textDocument/didOpen':
      send({
        method: 'textDocument/publishDiagnostics',
        params: {
          uri: doc.uri,
          diagnostics: [{
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } },
            severity: 2, code: 'TOC207', source: 'toc', message: 'fake diagnostic from toc lsp',
          }],
        },
      });
      break;
    case 'textDocument/formatting':
      send({
        id: message.id,
        result: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '# formatted\n' }],
      });
      break;
    case 'exit':
      process.exit(0);
      break;
    default:
      if (message.id !== undefined && message.method) send({ id: message.id, result: null });
  }
}

let pending = Buffer.alloc(0);
process.stdin.on('data', (chunk) => {
  pending = Buffer.concat([pending, chunk]);
  for (;;) {
    const headerEnd = pending.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: *(\d+)/i.exec(pending.subarray(0, headerEnd).toString())[1]);
    if (pending.length < headerEnd + 4 + length) return;
    const body = pending.subarray(headerEnd + 4, headerEnd + 4 + length).toString();
    pending = pending.subarray(headerEnd + 4 + length);
    handle(JSON.parse(body));
  }
});
