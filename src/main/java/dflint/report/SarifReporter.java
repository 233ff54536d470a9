package dflint.report;

import dflint.engine.Finding;
import dflint.engine.FixSafety;
import dflint.engine.RuleDescriptor;
import dflint.engine.Severity;
import dflint.syntax.SourceRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

        SarifJson json = new SarifJson(out);
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

    private static void descriptor(SarifJson json, RuleDescriptor r) throws IOException {
        // a catalogue rule's descriptor, as the build wrote it (see SarifDescriptors)
        String written = SarifDescriptors.of(r);
        if (written != null) {
            json.element(written);
        } else {
            SarifDescriptor.write(json, r.id(), r.slug(), r.summary(), r.severity().name(), r.tags(), r.aliases(),
                    RuleDocs.markdown(r.id()));
        }
    }

    /** A descriptor from what a finding carries, for a rule missing from the context. */
    private static void descriptor(SarifJson json, Finding f) throws IOException {
        json.beginObject();
        json.field("id", f.ruleId());
        json.field("name", f.slug());
        json.message("shortDescription", f.slug());
        json.message("fullDescription", f.slug());
        json.field("helpUri", RuleDocs.helpUri(f.ruleId()));
        json.message("help", f.slug());
        json.endObject();
    }

    private static void result(SarifJson json, Finding f, String uri, int ruleIndex, String fingerprint) throws IOException {
        json.beginObject();
        json.field("ruleId", f.ruleId());
        json.name("ruleIndex").number(ruleIndex);
        json.field("level", level(f.severity()));
        json.message("message", f.message());
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
            json.message("description", f.fix().description() + (unsafe ? " (unsafe: may change what the build does)" : ""));
            json.name("artifactChanges").beginArray().beginObject();
            artifact(json, uri);
            json.name("replacements").beginArray();
            for (dflint.engine.Fix.Edit e : sortedEdits(f.fix())) {
                json.beginObject();
                region(json, "deletedRegion", e.range());
                json.message("insertedContent", e.replacement());
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

    private static void artifact(SarifJson json, String uri) throws IOException {
        json.name("artifactLocation").beginObject();
        json.field("uri", uri);
        json.field("uriBaseId", "%SRCROOT%");
        json.endObject();
    }

    private static void region(SarifJson json, String name, SourceRange range) throws IOException {
        json.name(name).beginObject();
        json.name("startLine").number(range.startLine());
        json.name("startColumn").number(range.startColumn());
        json.name("endLine").number(range.endLine());
        json.name("endColumn").number(Math.max(1, range.endColumn()));
        json.endObject();
    }

    static String level(Severity s) {
        return SarifDescriptor.level(s.name());
    }
}
