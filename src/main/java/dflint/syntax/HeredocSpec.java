package dflint.syntax;

/**
 * A heredoc an instruction line opens, as BuildKit detects it: the name its
 * body must end with, whether leading tabs are stripped ({@code <<-}), whether
 * the body is subject to expansion (no quotes in the delimiter), and where the
 * {@code <<NAME} word sits in the logical line.
 */
record HeredocSpec(String name, boolean chomp, boolean expand, int fileDescriptor,
                   int wordStart, int wordEnd) {
}
