package dflint.engine;

import dflint.syntax.SourceRange;

/** A replacement that fixes a finding: put {@code replacement} where {@code range} is. */
public record Fix(String description, SourceRange range, String replacement) {
}
