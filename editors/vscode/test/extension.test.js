// Tests of extension.js outside VS Code: the `vscode` module and the language client are replaced
// by recording fakes, so that what the extension asks of them can be checked (which command it
// starts, with which arguments, for which documents, and what it does when the start fails).
'use strict';

const { test, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const Module = require('module');
const path = require('path');

const EXTENSION = path.join(__dirname, '..', 'extension.js');
const manifest = require('../package.json');

let world;

function fakeWorld() {
  const w = {
    settings: { path: 'toc' },
    clients: [],
    errors: [],
    commands: new Map(),
    configListeners: [],
    executed: [],
    startFails: false,
    answer: undefined,
    opened: [],
    shown: [],
    requests: [],
    inputs: [],
    activeTextEditor: undefined,
    serverAnswer: '# What if `AS1` fails?',
  };
  w.vscode = {
    workspace: {
      getConfiguration: (section) => {
        assert.equal(section, 'toc');
        return { get: (key) => w.settings[key] };
      },
      createFileSystemWatcher: (glob) => ({ glob, dispose() {} }),
      openTextDocument: async (options) => {
        const doc = { ...options, uri: { toString: () => `untitled:${w.opened.length + 1}` } };
        w.opened.push(doc);
        return doc;
      },
      onDidChangeConfiguration: (listener) => {
        w.configListeners.push(listener);
        return { dispose() {} };
      },
    },
    window: {
      createOutputChannel: (name) => ({ name, lines: [], appendLine(l) { this.lines.push(l); }, dispose() {} }),
      get activeTextEditor() {
        return w.activeTextEditor;
      },
      showTextDocument: async (doc, options) => {
        w.shown.push({ doc, options });
      },
      showInputBox: async (options) => w.inputs.shift(),
      showErrorMessage: async (message, ...items) => {
        w.errors.push({ message, items });
        return w.answer;
      },
    },
    ViewColumn: { Beside: -2 },
    commands: {
      registerCommand: (id, fn) => {
        w.commands.set(id, fn);
        return { dispose() {} };
      },
      executeCommand: async (...args) => {
        w.executed.push(args);
      },
    },
  };
  class FakeLanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, started: false, stopped: false });
      w.clients.push(this);
    }

    async start() {
      if (w.startFails) throw new Error(`spawn ${this.serverOptions.command} ENOENT`);
      this.started = true;
    }

    async stop() {
      this.stopped = true;
    }

    async sendRequest(method, params) {
      w.requests.push({ method, params });
      return w.serverAnswer;
    }
  }
  w.languageClient = { LanguageClient: FakeLanguageClient, TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 } };
  return w;
}

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'vscode') return world.vscode;
  if (request === 'vscode-languageclient/node') return world.languageClient;
  return originalLoad.call(this, request, parent, isMain);
};

function loadExtension() {
  delete require.cache[require.resolve(EXTENSION)];
  return require(EXTENSION);
}

const context = () => ({ subscriptions: [] });

beforeEach(() => {
  world = fakeWorld();
});

test('activate starts `toc lsp` over stdio for .toc documents', async () => {
  const ext = loadExtension();
  await ext.activate(context());
  assert.equal(world.clients.length, 1);
  const client = world.clients[0];
  assert.ok(client.started);
  assert.equal(client.serverOptions.command, 'toc');
  assert.deepEqual(client.serverOptions.args, ['lsp']);
  assert.equal(client.serverOptions.transport, world.languageClient.TransportKind.stdio);
  assert.ok(client.clientOptions.documentSelector.every((s) => s.language === 'toc'));
  assert.ok(client.clientOptions.documentSelector.some((s) => s.scheme === 'file'));
  assert.equal(client.clientOptions.synchronize.fileEvents.glob, '**/*.{toc,xlsx,xls,csv}');
  await ext.deactivate();
  assert.ok(client.stopped);
});

test('toc.path names the executable; a blank setting falls back to `toc`', async () => {
  world.settings.path = '  /opt/toc-workbench/toc ';
  let ext = loadExtension();
  await ext.activate(context());
  assert.equal(world.clients[0].serverOptions.command, '/opt/toc-workbench/toc');
  await ext.deactivate();

  world = fakeWorld();
  world.settings.path = '';
  ext = loadExtension();
  await ext.activate(context());
  assert.equal(world.clients[0].serverOptions.command, 'toc');
  await ext.deactivate();
});

test('changing toc.path restarts the server with the new executable; other settings do not', async () => {
  const ext = loadExtension();
  await ext.activate(context());
  world.settings.path = '/usr/local/bin/toc';
  for (const listener of world.configListeners) await listener({ affectsConfiguration: (s) => s === 'editor.tabSize' });
  assert.equal(world.clients.length, 1);
  for (const listener of world.configListeners) await listener({ affectsConfiguration: (s) => s === 'toc.path' });
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(world.clients.length, 2);
  assert.ok(world.clients[0].stopped);
  assert.equal(world.clients[1].serverOptions.command, '/usr/local/bin/toc');
  assert.ok(world.clients[1].started);
  await ext.deactivate();
});

test('a server that cannot start is reported with the command and a way to the setting', async () => {
  world.startFails = true;
  world.settings.path = 'no-such-toc';
  world.answer = 'Open settings';
  const ext = loadExtension();
  await ext.activate(context());
  assert.equal(world.errors.length, 1);
  assert.match(world.errors[0].message, /could not start `no-such-toc lsp`/);
  assert.match(world.errors[0].message, /ENOENT/);
  assert.match(world.errors[0].message, /toc\.path/);
  assert.deepEqual(world.executed, [['workbench.action.openSettings', 'toc.path']]);
  await ext.deactivate(); // nothing running: no error
});

test('the restart command declared in package.json is the one the extension registers', async () => {
  const ext = loadExtension();
  await ext.activate(context());
  const declared = manifest.contributes.commands.map((c) => c.command);
  assert.deepEqual([...world.commands.keys()], declared);
  await world.commands.get('toc.restartServer')();
  assert.equal(world.clients.length, 2);
  assert.ok(world.clients[0].stopped && world.clients[1].started);
  await ext.deactivate();
});

test('the answer of a what-if lens is shown beside the theory as a Markdown preview', async () => {
  const ext = loadExtension();
  await ext.activate(context());
  const middleware = world.clients[0].clientOptions.middleware;
  const answer = await middleware.executeCommand('toc.whatIf', ['file:///t.toc', 'AS1'], async (command, args) => {
    assert.equal(command, 'toc.whatIf');
    assert.deepEqual(args, ['file:///t.toc', 'AS1']);
    return '# What if `AS1` fails?';
  });
  assert.equal(answer, '# What if `AS1` fails?');
  assert.equal(world.opened.length, 1);
  assert.deepEqual({ language: world.opened[0].language, content: world.opened[0].content },
    { language: 'markdown', content: '# What if `AS1` fails?' });
  assert.equal(world.shown[0].options.viewColumn, world.vscode.ViewColumn.Beside);
  assert.deepEqual(world.executed.map((e) => e[0]), ['markdown.showPreview']);
  // other commands pass through untouched
  await middleware.executeCommand('other.command', [], async () => 'x');
  assert.equal(world.opened.length, 1);
  await ext.deactivate();
});

test('the palette commands ask the server about the active theory', async () => {
  const ext = loadExtension();
  await ext.activate(context());
  await world.commands.get('toc.weakestPoints')();
  assert.equal(world.requests.length, 0, 'no .toc editor: nothing asked');
  assert.match(world.errors[0].message, /open a \.toc file/);
  world.activeTextEditor = { document: { languageId: 'toc', uri: { toString: () => 'file:///t.toc' } } };
  await world.commands.get('toc.weakestPoints')();
  assert.deepEqual(world.requests[0], { method: 'workspace/executeCommand',
    params: { command: 'toc.whatIfRank', arguments: ['file:///t.toc'] } });
  world.inputs.push(' AS3 ');
  await world.commands.get('toc.whatIfFails')();
  assert.deepEqual(world.requests[1].params, { command: 'toc.whatIf', arguments: ['file:///t.toc', 'AS3'] });
  assert.equal(world.opened.length, 2);
  await ext.deactivate();
});

test('the real vscode-languageclient exports what extension.js uses', () => {
  const fs = require('fs');
  const dir = path.join(__dirname, '..', 'node_modules', 'vscode-languageclient');
  const real = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  assert.ok(real.exports['./node'], 'vscode-languageclient/node is exported');
  const main = fs.readFileSync(path.join(dir, real.exports['./node'].node), 'utf8');
  for (const name of ['LanguageClient', 'TransportKind']) {
    assert.match(main, new RegExp(`exports\\.${name}\\b`), `vscode-languageclient/node exports ${name}`);
  }
  assert.ok(manifest.engines.vscode, 'engines.vscode is set');
  // The client library states the VS Code version it needs; the extension must not ask for less.
  const needed = real.engines.vscode.replace(/^[^\d]*/, '').split('.').map(Number);
  const ours = manifest.engines.vscode.replace(/^[^\d]*/, '').split('.').map(Number);
  assert.ok(ours[0] > needed[0] || (ours[0] === needed[0] && ours[1] >= needed[1]),
    `engines.vscode ${manifest.engines.vscode} is at least ${real.engines.vscode}`);
});
