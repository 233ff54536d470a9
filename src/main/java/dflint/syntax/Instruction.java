package dflint.syntax;

import java.util.List;

/**
 * One Dockerfile instruction. Every variant carries its {@link Node} (keyword,
 * flags, raw arguments, positions) and the typed view a rule wants.
 */
public sealed interface Instruction {

    Node node();

    default Kind kind() {
        return node().kind();
    }

    default SourceRange range() {
        return node().range();
    }

    default int line() {
        return node().line();
    }

    /** A command in exec form (one word per array element) or shell form (one word, verbatim). */
    record CommandLine(boolean exec, List<Word> words) {
        /** The shell-form text, or the exec words joined by spaces. */
        public String text() {
            if (!exec && words.size() == 1) return words.get(0).value();
            StringBuilder b = new StringBuilder();
            for (Word w : words) {
                if (b.length() > 0) b.append(' ');
                b.append(w.value());
            }
            return b.toString();
        }

        public boolean isEmpty() {
            return words.isEmpty();
        }
    }

    /** {@code name[=value]} of ARG, ENV and LABEL; value is null for a bare ARG name. */
    record KeyValue(Word key, Word value, SourceRange range) {
        public String name() {
            return key.value();
        }
    }

    record From(Node node, Word image, Word stageName, Flag platform) implements Instruction {
        public String stageNameOrNull() {
            return stageName == null ? null : stageName.value();
        }
    }

    record Run(Node node, CommandLine command) implements Instruction {}

    record Cmd(Node node, CommandLine command) implements Instruction {}

    record Entrypoint(Node node, CommandLine command) implements Instruction {}

    record Shell(Node node, List<Word> args) implements Instruction {}

    /** COPY; a heredoc source appears among the sources as its {@code <<NAME} word. */
    record Copy(Node node, List<Word> sources, Word destination) implements Instruction {}

    record Add(Node node, List<Word> sources, Word destination) implements Instruction {}

    record Volume(Node node, List<Word> paths) implements Instruction {}

    record Expose(Node node, List<Word> ports) implements Instruction {}

    record Arg(Node node, List<KeyValue> args) implements Instruction {}

    record Env(Node node, List<KeyValue> pairs, boolean legacyForm) implements Instruction {}

    record Label(Node node, List<KeyValue> pairs, boolean legacyForm) implements Instruction {}

    record Maintainer(Node node, Word name) implements Instruction {}

    record User(Node node, Word user) implements Instruction {}

    record Workdir(Node node, Word path) implements Instruction {}

    record Stopsignal(Node node, Word signal) implements Instruction {}

    /** HEALTHCHECK; type is CMD, NONE or whatever was written; command is null for NONE. */
    record Healthcheck(Node node, Word type, CommandLine command) implements Instruction {}

    /**
     * ONBUILD; trigger is null when nothing follows the keyword. {@code triggerErrors} are what
     * BuildKit's instruction parser says about the trigger: they surface only when a child stage
     * runs it, so they are not syntax errors of this file.
     */
    record Onbuild(Node node, Instruction trigger, List<SyntaxError> triggerErrors) implements Instruction {
        public Onbuild {
            triggerErrors = List.copyOf(triggerErrors);
        }
    }

    /** A keyword BuildKit does not know. */
    record Unknown(Node node) implements Instruction {}
}
