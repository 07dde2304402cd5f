// VS Code extension for ToC Workbench: starts the `toc lsp` language server over stdio for
// .toc files. Highlighting comes from syntaxes/toc.tmLanguage.json and needs no server.
// Plain JavaScript with no build step: VS Code loads this file as it is.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;
let output;

/** The `toc` executable from the `toc.path` setting; a bare name is looked up on PATH. */
function tocPath() {
  const configured = vscode.workspace.getConfiguration('toc').get('path');
  return typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : 'toc';
}

function createClient() {
  const command = tocPath();
  const serverOptions = {
    command,
    args: ['lsp'],
    transport: TransportKind.stdio,
    // `toc` is a shell script on Linux and macOS and a .cmd/.bat wrapper on Windows.
    options: { shell: process.platform === 'win32' },
  };
  const clientOptions = {
    documentSelector: [{ language: 'toc', scheme: 'file' }, { language: 'toc', scheme: 'untitled' }],
    synchronize: {
      // Imports and data blocks name other files: tell the server when they change.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{toc,xlsx,xls,csv}'),
    },
    outputChannel: output,
  };
  return new LanguageClient('toc', 'ToC Workbench', serverOptions, clientOptions);
}

async function startClient() {
  client = createClient();
  try {
    await client.start();
  } catch (error) {
    const message = error && error.message ? error.message : String(error);
    client = undefined;
    const choice = await vscode.window.showErrorMessage(
      `ToC Workbench: could not start \`${tocPath()} lsp\` (${message}). Set \`toc.path\` to the toc executable.`,
      'Open settings');
    if (choice === 'Open settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'toc.path');
    }
  }
}

async function stopClient() {
  if (!client) return;
  const running = client;
  client = undefined;
  try {
    await running.stop();
  } catch (error) {
    output.appendLine(`stopping the language server: ${error && error.message ? error.message : error}`);
  }
}

async function restart() {
  await stopClient();
  await startClient();
}

async function activate(context) {
  output = vscode.window.createOutputChannel('ToC Workbench');
  context.subscriptions.push(output);
  context.subscriptions.push(vscode.commands.registerCommand('toc.restartServer', restart));
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('toc.path')) restart();
  }));
  await startClient();
}

function deactivate() {
  return stopClient();
}

module.exports = { activate, deactivate };
