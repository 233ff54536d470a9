/**
 * Applying fixes: choosing which of the findings' {@link dflint.engine.Fix}es to apply
 * ({@link FixSelection}), merging their edits into one pass over a text ({@link EditMerge}),
 * repeating passes until nothing changes while checking that the build stays the same
 * ({@link Fixer}), unified diffs ({@link UnifiedDiff}) and line edits between two versions
 * ({@link LineEdits}, for an editor's "fix all"), and the bytes of a file: encoding,
 * byte order mark, untouched bytes ({@link EncodedText}) and atomic replacement
 * ({@link AtomicFile}).
 *
 * <p>Everything but {@link AtomicFile} is a pure function of texts and findings, with no file
 * or console I/O, so the command line and the language server share it. Rules never import
 * this package: they only propose edits. The plain lint path never loads it. Renaming a stage
 * everywhere it is referenced is {@link dflint.graph.StageRename}, which the rules use too.
 */
package dflint.fix;
