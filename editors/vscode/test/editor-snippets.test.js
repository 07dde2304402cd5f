// Runs the Neovim and Emacs set-ups of docs/editors.md for real, taken from the page itself, when
// those editors are installed (each test is skipped, saying why, when its editor is not): file
// type detection, highlighting, comments, indentation, and the LSP client started against a
// stand-in for `toc lsp` (test/fake-toc-lsp.js) that publishes a diagnostic and formats.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..', '..');
const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'editors.md'), 'utf8');
const FIXTURE = path.join(__dirname, 'fixtures', 'constructs.toc');
const FAKE_SERVER = path.join(__dirname, 'fake-toc-lsp.js');

function blocks(lang) {
  return [...DOC.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

function which(command) {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** A scratch project: the fixture, a git marker, and `toc` on PATH being the stand-in server. */
function workspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-editors-'));
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.mkdirSync(path.join(dir, 'project', '.git'), { recursive: true });
  fs.copyFileSync(FIXTURE, path.join(dir, 'project', 'constructs.toc'));
  fs.symlinkSync(FAKE_SERVER, path.join(dir, 'bin', 'toc'));
  const env = {
    ...process.env,
    PATH: `${path.join(dir, 'bin')}${path.delimiter}${process.env.PATH}`,
    HOME: dir,
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_STATE_HOME: path.join(dir, 'state'),
    FAKE_LSP_LOG: path.join(dir, 'lsp.log'),
  };
  return { dir, env, file: path.join(dir, 'project', 'constructs.toc'), log: env.FAKE_LSP_LOG };
}

/** `key=value` lines printed by an editor script. */
function results(text) {
  const map = new Map();
  for (const line of text.split('\n')) {
    const m = /^([\w. #/-]+?)=(.*)$/.exec(line);
    if (m) map.set(m[1], m[2]);
  }
  return map;
}

const emacs = which('emacs');
test('docs/editors.md: the Emacs toc-mode and Eglot set-up work in Emacs', { skip: !emacs && 'emacs is not installed' }, (t) => {
  const [snippet] = blocks('elisp');
  assert.ok(snippet, 'docs/editors.md has the Emacs snippet');
  const ws = workspace();
  const init = path.join(ws.dir, 'toc.el');
  fs.writeFileSync(init, snippet);
  const script = path.join(ws.dir, 'check.el');
  fs.writeFileSync(script, `
;; Emacs before 29: Eglot from a package (Debian's elpa-eglot, or GNU ELPA in ~/.emacs.d/elpa).
(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(load ${JSON.stringify(init)} nil t t)
(defun report (key value) (princ (format "%s=%s\\n" key value)))
(defun face-at (re &optional group)
  (goto-char (point-min))
  (re-search-forward re)
  (get-text-property (match-beginning (or group 0)) 'face))
(find-file ${JSON.stringify(ws.file)})
(font-lock-ensure)
(report "mode" major-mode)
(report "outcome" (face-at "^outcome"))
(report "declared" (face-at "^outcome \\\\(LT1\\\\)" 1))
(report "horizon" (face-at "horizon long-term"))
(report "long-term" (face-at "horizon \\\\(long-term\\\\)" 1))
(report "string" (face-at "Long-term change"))
(report "escaped" (face-at "every\\\\\\\\\\" construct"))
(report "long text" (face-at "Long text with"))
(report "hash comment" (face-at "an end-of-line comment"))
(report "slash comment" (face-at "The file is a valid"))
(report "block comment" (face-at "over two lines"))
(report "after comment" (face-at "^import"))
(report "date" (face-at "2026-06-30"))
(report "percent" (face-at "30%"))
(report "comment-start" comment-start)
(let ((before (buffer-string)))
  (indent-region (point-min) (point-max))
  (report "indent keeps fixture" (equal before (buffer-string))))
(goto-char (point-max))
(insert "\\noutcome X \\"x\\" {\\nunit count\\n}")
(indent-region (point-min) (point-max))
(report "indented" (replace-regexp-in-string "\\n" "|" (buffer-substring (save-excursion (search-backward "outcome X")) (point-max))))
(set-buffer-modified-p nil)
(revert-buffer t t)
(if (not (featurep 'eglot))
    (report "eglot" "missing")
  (run-hooks 'post-command-hook)
  (let ((n 0))
    (while (and (< n 100) (not (eglot-current-server))) (accept-process-output nil 0.1) (setq n (1+ n))))
  (report "eglot" (if (eglot-current-server) "connected" "not connected"))
  (let ((n 0))
    (while (and (< n 100) (null (flymake-diagnostics))) (accept-process-output nil 0.1) (setq n (1+ n))))
  (report "diagnostic" (mapconcat #'flymake-diagnostic-text (flymake-diagnostics) ";"))
  (eglot-format-buffer)
  (report "formatted" (buffer-substring (point-min) (line-end-position)))
  (set-buffer-modified-p nil)
  (eglot-shutdown (eglot-current-server)))
`);
  const run = spawnSync(emacs, ['--batch', '-l', script], { env: ws.env, encoding: 'utf8', timeout: 60000 });
  const r = results(run.stdout);
  const context = `emacs stdout:\n${run.stdout}\nstderr:\n${run.stderr}`;
  assert.equal(run.status, 0, context);
  assert.equal(r.get('mode'), 'toc-mode', context);
  assert.equal(r.get('outcome'), 'font-lock-keyword-face', context);
  assert.equal(r.get('declared'), 'font-lock-function-name-face', context);
  assert.equal(r.get('horizon'), 'font-lock-builtin-face', context);
  assert.equal(r.get('long-term'), 'font-lock-constant-face', context);
  for (const key of ['string', 'escaped', 'long text']) assert.equal(r.get(key), 'font-lock-string-face', `${key}: ${context}`);
  for (const key of ['hash comment', 'slash comment', 'block comment']) {
    assert.equal(r.get(key), 'font-lock-comment-face', `${key}: ${context}`);
  }
  assert.equal(r.get('after comment'), 'font-lock-keyword-face', context);
  assert.equal(r.get('date'), 'font-lock-constant-face', context);
  assert.equal(r.get('percent'), 'font-lock-constant-face', context);
  assert.equal(r.get('comment-start'), '# ', context);
  assert.equal(r.get('indent keeps fixture'), 't', context);
  assert.equal(r.get('indented'), 'outcome X "x" {|    unit count|}', context);
  if (r.get('eglot') === 'missing') {
    t.diagnostic('eglot is not installed: the LSP part of the Emacs set-up was not run');
    return;
  }
  assert.equal(r.get('eglot'), 'connected', context);
  assert.match(r.get('diagnostic'), /fake diagnostic from toc lsp/, context);
  assert.equal(r.get('formatted'), '# formatted', context);
  const log = fs.readFileSync(ws.log, 'utf8');
  assert.match(log, /^started lsp$/m);
  assert.match(log, /^got textDocument\/didOpen toc file:/m);
  assert.match(log, /^got textDocument\/formatting/m);
  fs.rmSync(ws.dir, { recursive: true, force: true });
});

const nvim = which('nvim');
test('docs/editors.md: the Neovim set-up works in Neovim', { skip: !nvim && 'nvim is not installed' }, () => {
  const lua = blocks('lua');
  const pick = (marker) => {
    const found = lua.filter((b) => b.includes(marker));
    assert.equal(found.length, 1, `one Lua snippet with ${marker}`);
    return found[0];
  };
  const ws = workspace();
  const config = path.join(ws.env.XDG_CONFIG_HOME, 'nvim');
  fs.mkdirSync(path.join(config, 'syntax'), { recursive: true });
  fs.mkdirSync(path.join(config, 'after', 'ftplugin'), { recursive: true });
  fs.writeFileSync(path.join(config, 'init.lua'), [
    'vim.g.do_filetype_lua = 1 -- Neovim 0.7 only; 0.8 and later read filetype.lua by default',
    pick('vim.filetype.add'),
    'if vim.lsp.config and vim.lsp.enable then',
    pick('vim.lsp.config('),
    'elseif vim.lsp.start then',
    pick('nvim_create_autocmd'),
    'end',
  ].join('\n'));
  fs.writeFileSync(path.join(config, 'after', 'ftplugin', 'toc.lua'), pick('commentstring'));
  fs.writeFileSync(path.join(config, 'syntax', 'toc.vim'), blocks('vim')[0]);
  const out = path.join(ws.dir, 'nvim.out');
  const script = path.join(ws.dir, 'check.lua');
  fs.writeFileSync(script, `
local out = {}
local function report(key, value) table.insert(out, key .. '=' .. tostring(value)) end
vim.cmd('edit ' .. vim.fn.fnameescape(${JSON.stringify(ws.file)}))
report('filetype', vim.bo.filetype)
report('syntax', vim.b.current_syntax)
report('commentstring', vim.bo.commentstring)
report('shiftwidth', vim.bo.shiftwidth)
local function group(pattern, offset)
  local line = vim.fn.search(pattern, 'w')
  local id = vim.fn.synID(line, vim.fn.col('.') + (offset or 0), 1)
  return vim.fn.synIDattr(id, 'name')
end
report('outcome', group('^outcome'))
report('horizon', group('horizon long-term'))
report('long-term', group('horizon long-term', 8))
report('arrow', group(' -> OP1', 1))
report('string', group('Long-term change'))
report('escape', group('\\\\\\\\"every'))
report('after escape', group('every\\\\\\\\" construct'))
report('long text', group('Long text with'))
report('hash comment', group('an end-of-line comment'))
report('slash comment', group('The file is a valid'))
report('block comment', group('over two lines'))
report('date', group('2026-06-30'))
report('percent', group('30%'))
if vim.lsp.start then
  local attached = vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  report('lsp', attached and 'diagnostics' or 'no diagnostics')
  local d = vim.diagnostic.get(0)[1]
  report('diagnostic', d and d.message or '')
  vim.lsp.buf.format({ timeout_ms = 5000 })
  report('formatted', vim.api.nvim_buf_get_lines(0, 0, 1, false)[1])
else
  report('lsp', 'unsupported ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor))
end
vim.fn.writefile(out, ${JSON.stringify(out)})
vim.cmd('qa!')
`);
  const run = spawnSync(nvim, ['--headless', '-c', `luafile ${script}`], { env: ws.env, encoding: 'utf8', timeout: 60000 });
  const context = `nvim exit ${run.status}\n${run.stdout}\n${run.stderr}`;
  assert.ok(fs.existsSync(out), context);
  const text = fs.readFileSync(out, 'utf8');
  const r = results(text);
  const all = `${context}\n${text}`;
  assert.equal(r.get('filetype'), 'toc', all);
  assert.equal(r.get('syntax'), 'toc', all);
  assert.equal(r.get('commentstring'), '# %s', all);
  assert.equal(r.get('shiftwidth'), '4', all);
  assert.equal(r.get('outcome'), 'tocDeclaration', all);
  assert.equal(r.get('horizon'), 'tocProperty', all);
  assert.equal(r.get('long-term'), 'tocValue', all);
  assert.equal(r.get('arrow'), 'tocArrow', all);
  assert.equal(r.get('string'), 'tocString', all);
  assert.equal(r.get('escape'), 'tocEscape', all);
  assert.equal(r.get('after escape'), 'tocString', all);
  assert.equal(r.get('long text'), 'tocLongString', all);
  for (const key of ['hash comment', 'slash comment', 'block comment']) assert.equal(r.get(key), 'tocComment', `${key}: ${all}`);
  assert.equal(r.get('date'), 'tocDate', all);
  assert.equal(r.get('percent'), 'tocNumber', all);
  if (r.get('lsp').startsWith('unsupported')) {
    // Neovim 0.7 (Debian 12) has no vim.lsp.start: the LSP snippets need 0.8 or later.
    assert.match(r.get('lsp'), /^unsupported 0\.[0-7]$/, all);
  } else {
    assert.equal(r.get('lsp'), 'diagnostics', all);
    assert.equal(r.get('diagnostic'), 'fake diagnostic from toc lsp', all);
    assert.equal(r.get('formatted'), '# formatted', all);
  }
  fs.rmSync(ws.dir, { recursive: true, force: true });
});
