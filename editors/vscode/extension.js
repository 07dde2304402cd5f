// VS Code extension for ToC Workbench: starts the `toc lsp` language server over stdio for
// .toc files. Highlighting comes from syntaxes/toc.tmLanguage.json and needs no server. The
// server's "What if this fails?" code lenses (docs/what-if.md) answer with Markdown, which is
// shown beside the theory as a Markdown preview.
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

/** The server's what-if commands: `toc.whatIf` (document URI, id) and `toc.whatIfRank` (document URI). */
const WHAT_IF_COMMANDS = ['toc.whatIf', 'toc.whatIfRank'];

/** Markdown in an untitled document beside the theory, rendered as a preview. */
async function showMarkdown(markdown) {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  try {
    await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
  } catch (error) {
    // the built-in Markdown extension is disabled: the Markdown text stays open
  }
}

/** The .toc document in the active editor, or undefined (with a message). */
function activeTheory() {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'toc') {
    vscode.window.showErrorMessage('ToC Workbench: open a .toc file first.');
    return undefined;
  }
  return editor.document;
}

/** Runs a what-if command of the server for the active theory and shows its answer. */
async function whatIfOnServer(command, extra) {
  const doc = activeTheory();
  if (!doc || !client) return;
  try {
    const answer = await client.sendRequest('workspace/executeCommand',
      { command, arguments: [doc.uri.toString(), ...extra] });
    if (typeof answer === 'string') await showMarkdown(answer);
  } catch (error) {
    vscode.window.showErrorMessage(`ToC Workbench: ${error && error.message ? error.message : error}`);
  }
}

async function whatIfFails() {
  const id = await vscode.window.showInputBox({
    prompt: 'What if … fails? The id of an assumption or a result (e.g. AS3)',
    placeHolder: 'AS3',
  });
  if (id && id.trim() !== '') await whatIfOnServer('toc.whatIf', [id.trim()]);
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
    middleware: {
      // The lenses run the server's commands through the client; show what they answer.
      executeCommand: async (command, args, next) => {
        const result = await next(command, args);
        if (WHAT_IF_COMMANDS.includes(command) && typeof result === 'string') await showMarkdown(result);
        return result;
      },
    },
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
  context.subscriptions.push(vscode.commands.registerCommand('toc.whatIfFails', whatIfFails));
  context.subscriptions.push(vscode.commands.registerCommand('toc.weakestPoints',
    () => whatIfOnServer('toc.whatIfRank', [])));
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('toc.path')) restart();
  }));
  await startClient();
}

function deactivate() {
  return stopClient();
}

module.exports = { activate, deactivate };
