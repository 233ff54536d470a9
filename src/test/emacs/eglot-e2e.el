;;; eglot-e2e.el --- Emacs's eglot as a dflint user, in batch mode  -*- lexical-binding: t -*-
;; Loads the eglot setup from the README ($DFLINT_EGLOT_SETUP), opens $DFLINT_FILE in
;; dockerfile-mode, waits for dflint's diagnostics, applies the DF1001 quick fix the server
;; offers, saves the file, and goes to the definition of the new stage name. What it saw goes to
;; $DFLINT_EMACS_OUT as "KEY<TAB>VALUE" lines; the test (EmacsEglotTest) checks them.

(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'dockerfile-mode)
(require 'eglot)
(require 'project)

(defvar dflint-e2e-lines nil)
(defun dflint-e2e-out (key fmt &rest args)
  (push (concat key "\t" (replace-regexp-in-string "[\t\n]" " " (apply #'format fmt args))) dflint-e2e-lines))
(defun dflint-e2e-finish (code)
  (with-temp-file (getenv "DFLINT_EMACS_OUT")
    (insert (mapconcat #'identity (reverse dflint-e2e-lines) "\n") "\n"))
  (kill-emacs code))

;; the file's folder is the project (eglot asks otherwise, and batch mode cannot answer)
(add-hook 'project-find-functions (lambda (dir) (cons 'transient (file-name-directory (expand-file-name dir)))))

(defun dflint-e2e-wait-diagnostics (seconds predicate)
  (let ((deadline (+ (float-time) seconds)) found)
    (while (and (< (float-time) deadline) (not found))
      (accept-process-output nil 0.2)
      (when (funcall predicate (flymake-diagnostics)) (setq found (flymake-diagnostics))))
    found))

(defun dflint-e2e-df1001 (diags)
  (seq-find (lambda (d) (string-match-p "DF1001" (flymake-diagnostic-text d))) diags))

(condition-case err
    (progn
      (load-file (getenv "DFLINT_EGLOT_SETUP"))
      (find-file (getenv "DFLINT_FILE"))
      ;; eglot-ensure starts the server after the current command; batch mode has no command loop
      (run-hooks 'post-command-hook)
      ;; it connects within eglot-sync-connect seconds, or later on its own
      (let* ((diags (dflint-e2e-wait-diagnostics 120 #'dflint-e2e-df1001))
             (d (dflint-e2e-df1001 diags)))
        (dflint-e2e-out "managed" "%s" (if (bound-and-true-p eglot--managed-mode) "yes" "no"))
        (unless d (error "no DF1001 diagnostic within 120 s"))
        (dolist (x diags)
          (save-excursion
            (goto-char (flymake-diagnostic-beg x))
            (dflint-e2e-out "diagnostic" "%d:%d-%d %s %s" (line-number-at-pos) (current-column)
                            (- (flymake-diagnostic-end x) (line-beginning-position))
                            (buffer-substring-no-properties (flymake-diagnostic-beg x) (flymake-diagnostic-end x))
                            (flymake-diagnostic-text x))))
        ;; the code actions at the finding, as `M-x eglot-code-actions' asks for them
        (let* ((server (eglot-current-server))
               (beg (flymake-diagnostic-beg d))
               (actions (jsonrpc-request server :textDocument/codeAction
                                         (list :textDocument (eglot--TextDocumentIdentifier)
                                               :range (list :start (eglot--pos-to-lsp-position beg)
                                                            :end (eglot--pos-to-lsp-position (flymake-diagnostic-end d)))
                                               :context (list :diagnostics [] :only ["quickfix"]))))
               (fix (seq-find (lambda (a) (string-prefix-p "DF1001:" (plist-get a :title))) actions)))
          (mapc (lambda (a) (dflint-e2e-out "action" "%s" (plist-get a :title))) actions)
          (unless fix (error "no DF1001 quick fix"))
          (eglot--apply-workspace-edit (plist-get fix :edit))
          (save-buffer)
          (dflint-e2e-out "saved" "yes")))
      ;; go to the definition of the new name, from the reference
      (goto-char (point-min))
      (search-forward "--from=")
      (forward-char 2)
      (let ((xref-prompt-for-identifier nil))
        (call-interactively #'xref-find-definitions))
      (dflint-e2e-out "definition" "%d:%d %s" (line-number-at-pos) (current-column)
                      (buffer-substring-no-properties (line-beginning-position) (line-end-position)))
      (let ((server (eglot-current-server)))
        (jsonrpc-request server :shutdown nil)
        (jsonrpc-notify server :exit nil))
      (dflint-e2e-finish 0))
  (error (dflint-e2e-out "error" "%S" err)
         (dflint-e2e-finish 1)))
