package dflint.report;

import dflint.engine.Finding;
import dflint.engine.FixSafety;
import dflint.engine.RuleDescriptor;
import dflint.engine.Severity;
import dflint.syntax.SourceRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning. One run for the whole invocation, rule metadata for
 * every rule that ran (help from the rule documents), repository-relative URIs, full regions,
 * fingerprints that survive line shifts, and fixes where a rule knows one.
 *
 * <p>Written as it goes by a small pretty-printer of our own, not through an object model and
 * a data-binding library: those cost a few hundred milliseconds of class loading and set-up on
 * every SARIF run, which is most of a code-scanning step's lint. The output is the one the
 * sarif-java model gives through Jackson (field order, omitted defaults, layout), with every
 * character beyond ASCII escaped (Jackson's ESCAPE_NON_ASCII), so the report stays one byte a
 * character and is copied out as it is (see {@link Utf8Output}): one rule document with a
 * character beyond Latin-1 would otherwise widen the whole text to two bytes a character, to
 * be encoded again a character at a time. The tests hold the two side by side and validate
 * against the OASIS schema.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/dflint/dflint";
    static final String FINGERPRINT_KEY = "dflint/v1";

    private final ReportContext context;

    public SarifReporter(ReportContext context) {
        this.context = context;
    }

    @Override
    public void write(List<FileResult> results, Appendable out) throws IOException {
        // Rules that ran, plus any rule that reported without being listed (defensive: ruleIndex must resolve).
        Map<String, Integer> index = new LinkedHashMap<>();
        List<RuleDescriptor> listed = new ArrayList<>();
        for (RuleDescriptor r : context.rules()) {
            if (index.putIfAbsent(r.id(), index.size()) == null) listed.add(r);
        }
        List<Finding> unlisted = new ArrayList<>();
        for (FileResult fr : results) {
            for (Finding f : fr.findings()) {
                if (index.putIfAbsent(f.ruleId(), index.size()) == null) unlisted.add(f);
            }
        }

        Json json = new Json(out);
        json.beginObject();
        json.field("$schema", SCHEMA);
        json.field("version", "2.1.0");
        json.name("runs").beginArray().beginObject();
        json.name("tool").beginObject();
        json.name("driver").beginObject();
        json.field("name", "dflint");
        json.field("version", context.version());
        if (isSemanticVersion(context.version())) {
            json.field("semanticVersion", context.version());
        }
        json.field("informationUri", INFORMATION_URI);
        if (!index.isEmpty()) {
            json.name("rules").beginArray();
            for (RuleDescriptor r : listed) descriptor(json, r);
            for (Finding f : unlisted) descriptor(json, f);
            json.endArray();
        }
        json.endObject().endObject();

        // GitHub rejects a run without its results array, so it is there even when empty.
        json.name("results").beginArray();
        for (FileResult fr : results) {
            String uri = context.paths().uri(fr);
            List<String> prints = Fingerprints.of(fr, "");
            for (int i = 0; i < fr.findings().size(); i++) {
                Finding f = fr.findings().get(i);
                result(json, f, uri, index.get(f.ruleId()), prints.get(i));
            }
        }
        json.endArray();
        json.field("columnKind", "utf16CodeUnits");
        json.endObject().endArray();
        json.endObject();
        out.append('\n');
    }

    private static void descriptor(Json json, RuleDescriptor r) throws IOException {
        // the document's description, and its plain text and Markdown as JSON strings, made by the build
        String[] help = r.id().isEmpty() ? null : SarifRuleHelp.of(r.id());
        String full = help == null ? null : help[0];
        json.beginObject();
        json.field("id", r.id());
        json.field("name", r.slug());
        text(json, "shortDescription", limit(r.summary()));
        text(json, "fullDescription", limit(full != null ? full : r.summary()));
        // warning is the schema's default level, which the model leaves out
        json.name("defaultConfiguration").beginObject();
        if (r.severity() != Severity.WARNING) json.field("level", level(r.severity()));
        json.endObject();
        json.field("helpUri", RuleDocs.helpUri(r.id()));
        json.name("help").beginObject();
        if (help != null) {
            json.name("text").quotedValue(help[1]);
            json.name("markdown").quotedValue(help[2]);
        } else {
            json.field("text", r.summary());
        }
        json.endObject();
        json.name("properties").beginObject();
        LinkedHashSet<String> tags = new LinkedHashSet<>(r.tags());
        if (!tags.isEmpty()) {
            json.name("tags").beginArray();
            int n = 0;
            for (String tag : tags) {
                if (n++ == 20) break; // GitHub reads at most 20 tags
                json.value(tag);
            }
            json.endArray();
        }
        if (!r.aliases().isEmpty()) {
            json.name("aliases").beginArray();
            for (String alias : r.aliases()) json.value(alias);
            json.endArray();
        }
        json.field("problem.severity", r.severity() == Severity.ERROR ? "error"
                : r.severity() == Severity.WARNING ? "warning" : "recommendation");
        json.endObject();
        json.endObject();
    }

    /** A descriptor from what a finding carries, for a rule missing from the context. */
    private static void descriptor(Json json, Finding f) throws IOException {
        json.beginObject();
        json.field("id", f.ruleId());
        json.field("name", f.slug());
        text(json, "shortDescription", f.slug());
        text(json, "fullDescription", f.slug());
        json.field("helpUri", RuleDocs.helpUri(f.ruleId()));
        text(json, "help", f.slug());
        json.endObject();
    }

    private static void result(Json json, Finding f, String uri, int ruleIndex, String fingerprint) throws IOException {
        json.beginObject();
        json.field("ruleId", f.ruleId());
        json.name("ruleIndex").number(ruleIndex);
        json.field("level", level(f.severity()));
        text(json, "message", f.message());
        json.name("locations").beginArray().beginObject();
        json.name("physicalLocation").beginObject();
        artifact(json, uri);
        region(json, "region", f.range());
        json.endObject();
        json.endObject().endArray();
        json.name("partialFingerprints").beginObject();
        json.field(FINGERPRINT_KEY, fingerprint);
        json.endObject();
        if (f.fix() != null) {
            boolean unsafe = f.fix().safety() == FixSafety.UNSAFE;
            json.name("fixes").beginArray().beginObject();
            text(json, "description", f.fix().description() + (unsafe ? " (unsafe: may change what the build does)" : ""));
            json.name("artifactChanges").beginArray().beginObject();
            artifact(json, uri);
            json.name("replacements").beginArray();
            for (dflint.engine.Fix.Edit e : sortedEdits(f.fix())) {
                json.beginObject();
                region(json, "deletedRegion", e.range());
                text(json, "insertedContent", e.replacement());
                json.endObject();
            }
            json.endArray();
            json.endObject().endArray();
            json.name("properties").beginObject();
            json.field("safety", f.fixSafety().label());
            json.endObject();
            json.endObject().endArray();
        }
        json.endObject();
    }

    /** A fix's edits in file order, as SARIF consumers apply replacements one after another. */
    private static List<dflint.engine.Fix.Edit> sortedEdits(dflint.engine.Fix fix) {
        List<dflint.engine.Fix.Edit> edits = new ArrayList<>(fix.edits());
        edits.sort(IN_FILE_ORDER);
        return edits;
    }

    /** A class, not a method reference: see ColdPathTest. */
    private static final java.util.Comparator<dflint.engine.Fix.Edit> IN_FILE_ORDER = new java.util.Comparator<>() {
        @Override
        public int compare(dflint.engine.Fix.Edit a, dflint.engine.Fix.Edit b) {
            return a.range().startLine() != b.range().startLine()
                    ? Integer.compare(a.range().startLine(), b.range().startLine())
                    : Integer.compare(a.range().startColumn(), b.range().startColumn());
        }
    };

    /**
     * MAJOR.MINOR.PATCH with an optional pre-release or build suffix ({@code -} or {@code +},
     * then letters, digits, dots, plus and minus signs): what SARIF's semanticVersion takes.
     */
    static boolean isSemanticVersion(String v) {
        int i = 0;
        for (int part = 0; part < 3; part++) {
            if (part > 0) {
                if (i >= v.length() || v.charAt(i) != '.') return false;
                i++;
            }
            int start = i;
            while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') i++;
            if (i == start) return false;
        }
        if (i == v.length()) return true;
        if (v.charAt(i) != '-' && v.charAt(i) != '+') return false;
        for (i++; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '.' || c == '+' || c == '-';
            if (!ok) return false;
        }
        return true;
    }

    private static void artifact(Json json, String uri) throws IOException {
        json.name("artifactLocation").beginObject();
        json.field("uri", uri);
        json.field("uriBaseId", "%SRCROOT%");
        json.endObject();
    }

    private static void region(Json json, String name, SourceRange range) throws IOException {
        json.name(name).beginObject();
        json.name("startLine").number(range.startLine());
        json.name("startColumn").number(range.startColumn());
        json.name("endLine").number(range.endLine());
        json.name("endColumn").number(Math.max(1, range.endColumn()));
        json.endObject();
    }

    /** A message object: {@code {"text": ...}}. */
    private static void text(Json json, String name, String text) throws IOException {
        json.name(name).beginObject();
        if (text != null) json.field("text", text);
        json.endObject();
    }

    /** GitHub caps descriptions at 1024 characters. */
    private static String limit(String s) {
        return s.length() <= 1024 ? s : s.substring(0, 1021) + "...";
    }

    static String level(Severity s) {
        switch (s) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "note";
        }
    }

    /**
     * Pretty-printed JSON, written as it goes, in the layout Jackson's default pretty printer
     * gives: two spaces a level, {@code "name" : value}, one member or element a line, and
     * {@code { }} or {@code [ ]} when empty.
     */
    static final class Json {
        private final Appendable out;
        /** Per open object or array: whether it has a member or element yet. */
        private boolean[] filled = new boolean[16];
        private int depth;
        private boolean afterName;

        Json(Appendable out) {
            this.out = out;
        }

        Json beginObject() throws IOException {
            return open('{');
        }

        Json endObject() throws IOException {
            return close('}');
        }

        Json beginArray() throws IOException {
            return open('[');
        }

        Json endArray() throws IOException {
            return close(']');
        }

        Json name(String name) throws IOException {
            nextLine();
            out.append(JsonText.quoteAscii(name)).append(" : ");
            afterName = true;
            return this;
        }

        void field(String name, String value) throws IOException {
            name(name).value(value);
        }

        void value(String value) throws IOException {
            beforeValue();
            out.append(JsonText.quoteAscii(value));
        }

        /** A string value already written as JSON (quoted and escaped, as {@link JsonText#quoteAscii} does). */
        void quotedValue(String json) throws IOException {
            beforeValue();
            out.append(json);
        }

        void number(int value) throws IOException {
            beforeValue();
            out.append(Integer.toString(value));
        }

        private Json open(char bracket) throws IOException {
            beforeValue();
            out.append(bracket);
            if (++depth == filled.length) filled = java.util.Arrays.copyOf(filled, depth * 2);
            filled[depth] = false;
            return this;
        }

        private Json close(char bracket) throws IOException {
            if (filled[depth]) {
                out.append('\n');
                indent(depth - 1);
            } else {
                out.append(' ');
            }
            depth--;
            out.append(bracket);
            return this;
        }

        /** Before a value: after a name it follows on the same line; in an array it starts a line. */
        private void beforeValue() throws IOException {
            if (afterName) {
                afterName = false;
            } else if (depth > 0) {
                nextLine();
            }
        }

        private void nextLine() throws IOException {
            if (filled[depth]) out.append(',');
            filled[depth] = true;
            out.append('\n');
            indent(depth);
        }

        private void indent(int level) throws IOException {
            for (int i = 0; i < level; i++) out.append("  ");
        }
    }
}
