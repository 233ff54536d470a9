package dflint.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.jcup.sarif_2_1_0.model.ArtifactChange;
import de.jcup.sarif_2_1_0.model.ArtifactContent;
import de.jcup.sarif_2_1_0.model.ArtifactLocation;
import de.jcup.sarif_2_1_0.model.Location;
import de.jcup.sarif_2_1_0.model.Message;
import de.jcup.sarif_2_1_0.model.MultiformatMessageString;
import de.jcup.sarif_2_1_0.model.PartialFingerprints;
import de.jcup.sarif_2_1_0.model.PhysicalLocation;
import de.jcup.sarif_2_1_0.model.PropertyBag;
import de.jcup.sarif_2_1_0.model.Region;
import de.jcup.sarif_2_1_0.model.Replacement;
import de.jcup.sarif_2_1_0.model.ReportingConfiguration;
import de.jcup.sarif_2_1_0.model.ReportingDescriptor;
import de.jcup.sarif_2_1_0.model.Result;
import de.jcup.sarif_2_1_0.model.Run;
import de.jcup.sarif_2_1_0.model.SarifSchema210;
import de.jcup.sarif_2_1_0.model.Tool;
import de.jcup.sarif_2_1_0.model.ToolComponent;
import dflint.engine.Finding;
import dflint.engine.RuleDescriptor;
import dflint.engine.Severity;
import dflint.syntax.SourceRange;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The reference for {@link SarifReporter}: the same SARIF log built on the sarif-java model
 * and written by Jackson, as dflint wrote it until its own streaming writer replaced this (Jackson
 * and the model cost a few hundred milliseconds of start-up on every SARIF run). Tests check that
 * the two write the same bytes, so the writer keeps the model's field names, order and omissions.
 */
final class SarifModelReference implements Reporter {
    static final String SCHEMA = SarifReporter.SCHEMA;
    static final String INFORMATION_URI = SarifReporter.INFORMATION_URI;
    static final String FINGERPRINT_KEY = SarifReporter.FINGERPRINT_KEY;

    private final ReportContext context;

    SarifModelReference(ReportContext context) {
        this.context = context;
    }

    /** sarif-java drops empty collections; GitHub rejects a run without its results array. */
    abstract static class RunMixIn {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract List<Result> getResults();
    }

    @Override
    public void write(List<FileResult> results, Appendable out) throws IOException {
        SarifSchema210 log = build(results);
        ObjectMapper mapper = new ObjectMapper().addMixIn(Run.class, RunMixIn.class);
        mapper.getFactory().enable(com.fasterxml.jackson.core.JsonGenerator.Feature.ESCAPE_NON_ASCII);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        if (out instanceof java.io.Writer w) {
            // streamed: a run with many findings need not hold its whole SARIF text as one string
            mapper.writer(printer).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(w, log);
            w.append('\n');
        } else {
            out.append(mapper.writer(printer).writeValueAsString(log)).append('\n');
        }
    }

    SarifSchema210 build(List<FileResult> results) {
        // Rules that ran, plus any rule that reported without being listed (defensive: ruleIndex must resolve).
        Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
        for (RuleDescriptor r : context.rules()) rules.put(r.id(), r);
        Map<String, Integer> index = new LinkedHashMap<>();
        ToolComponent driver = new ToolComponent();
        driver.setName("dflint");
        driver.setVersion(context.version());
        if (context.version().matches("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]*)?")) {
            driver.setSemanticVersion(context.version());
        }
        driver.setInformationUri(URI.create(INFORMATION_URI));
        LinkedHashSet<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        for (RuleDescriptor r : rules.values()) {
            index.put(r.id(), index.size());
            descriptors.add(descriptor(r));
        }
        for (FileResult fr : results) {
            for (Finding f : fr.findings()) {
                if (!index.containsKey(f.ruleId())) {
                    index.put(f.ruleId(), index.size());
                    descriptors.add(descriptor(f));
                }
            }
        }
        driver.setRules(descriptors);
        Tool tool = new Tool();
        tool.setDriver(driver);

        Run run = new Run();
        run.setTool(tool);
        run.setColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS);
        List<Result> out = new ArrayList<>();
        for (FileResult fr : results) {
            String uri = context.paths().uri(fr);
            List<String> prints = Fingerprints.of(fr, "");
            for (int i = 0; i < fr.findings().size(); i++) {
                out.add(result(fr.findings().get(i), uri, index.get(fr.findings().get(i).ruleId()), prints.get(i)));
            }
        }
        run.setResults(out);

        SarifSchema210 log = new SarifSchema210();
        log.set$schema(URI.create(SCHEMA));
        log.setVersion(SarifSchema210.Version._2_1_0);
        log.getRuns().add(run);
        return log;
    }

    private static ReportingDescriptor descriptor(RuleDescriptor r) {
        String doc = RuleDocs.markdown(r.id());
        String full = MarkdownText.description(doc);
        ReportingDescriptor d = new ReportingDescriptor();
        d.setId(r.id());
        d.setName(r.slug());
        d.setShortDescription(text(limit(r.summary())));
        d.setFullDescription(text(limit(full != null ? full : r.summary())));
        MultiformatMessageString help = new MultiformatMessageString();
        if (doc != null) {
            help.setText(MarkdownText.plainText(doc));
            help.setMarkdown(doc);
        } else {
            help.setText(r.summary());
        }
        d.setHelp(help);
        d.setHelpUri(URI.create(RuleDocs.helpUri(r.id())));
        ReportingConfiguration config = new ReportingConfiguration();
        config.setLevel(configLevel(r.severity()));
        d.setDefaultConfiguration(config);
        PropertyBag bag = new PropertyBag();
        LinkedHashSet<String> tags = new LinkedHashSet<>(r.tags());
        if (tags.size() > 20) tags = new LinkedHashSet<>(new ArrayList<>(tags).subList(0, 20));
        bag.setTags(tags);
        if (!r.aliases().isEmpty()) bag.setAdditionalProperty("aliases", r.aliases());
        bag.setAdditionalProperty("problem.severity", r.severity() == Severity.ERROR ? "error"
                : r.severity() == Severity.WARNING ? "warning" : "recommendation");
        d.setProperties(bag);
        return d;
    }

    /** A descriptor from what a finding carries, for a rule missing from the context. */
    private static ReportingDescriptor descriptor(Finding f) {
        ReportingDescriptor d = new ReportingDescriptor();
        d.setId(f.ruleId());
        d.setName(f.slug());
        d.setShortDescription(text(f.slug()));
        d.setFullDescription(text(f.slug()));
        d.setHelp(text(f.slug()));
        d.setHelpUri(URI.create(RuleDocs.helpUri(f.ruleId())));
        return d;
    }

    private static Result result(Finding f, String uri, int ruleIndex, String fingerprint) {
        Result r = new Result();
        r.setRuleId(f.ruleId());
        r.setRuleIndex(ruleIndex);
        r.setLevel(level(f.severity()));
        Message m = new Message();
        m.setText(f.message());
        r.setMessage(m);
        Location loc = new Location();
        loc.setPhysicalLocation(physical(uri, f.range()));
        r.getLocations().add(loc);
        PartialFingerprints prints = new PartialFingerprints();
        prints.setAdditionalProperty(FINGERPRINT_KEY, fingerprint);
        r.setPartialFingerprints(prints);
        if (f.fix() != null) {
            de.jcup.sarif_2_1_0.model.Fix fix = new de.jcup.sarif_2_1_0.model.Fix();
            Message description = new Message();
            boolean unsafe = f.fix().safety() == dflint.engine.FixSafety.UNSAFE;
            description.setText(f.fix().description() + (unsafe ? " (unsafe: may change what the build does)" : ""));
            fix.setDescription(description);
            PropertyBag bag = new PropertyBag();
            bag.setAdditionalProperty("safety", f.fixSafety().label());
            fix.setProperties(bag);
            ArtifactChange change = new ArtifactChange();
            change.setArtifactLocation(artifact(uri));
            for (dflint.engine.Fix.Edit e : sortedEdits(f.fix())) {
                Replacement replacement = new Replacement();
                replacement.setDeletedRegion(region(e.range()));
                ArtifactContent inserted = new ArtifactContent();
                inserted.setText(e.replacement());
                replacement.setInsertedContent(inserted);
                change.getReplacements().add(replacement);
            }
            fix.getArtifactChanges().add(change);
            r.getFixes().add(fix);
        }
        return r;
    }

    /** A fix's edits in file order, as SARIF consumers apply replacements one after another. */
    private static List<dflint.engine.Fix.Edit> sortedEdits(dflint.engine.Fix fix) {
        List<dflint.engine.Fix.Edit> edits = new ArrayList<>(fix.edits());
        edits.sort((a, b) -> a.range().startLine() != b.range().startLine()
                ? Integer.compare(a.range().startLine(), b.range().startLine())
                : Integer.compare(a.range().startColumn(), b.range().startColumn()));
        return edits;
    }

    private static PhysicalLocation physical(String uri, SourceRange range) {
        PhysicalLocation p = new PhysicalLocation();
        p.setArtifactLocation(artifact(uri));
        p.setRegion(region(range));
        return p;
    }

    private static ArtifactLocation artifact(String uri) {
        ArtifactLocation a = new ArtifactLocation();
        a.setUri(uri);
        a.setUriBaseId("%SRCROOT%");
        return a;
    }

    private static Region region(SourceRange range) {
        Region g = new Region();
        g.setStartLine(range.startLine());
        g.setStartColumn(range.startColumn());
        g.setEndLine(range.endLine());
        g.setEndColumn(Math.max(1, range.endColumn()));
        return g;
    }

    private static MultiformatMessageString text(String s) {
        MultiformatMessageString m = new MultiformatMessageString();
        m.setText(s);
        return m;
    }

    /** GitHub caps descriptions at 1024 characters. */
    private static String limit(String s) {
        return s.length() <= 1024 ? s : s.substring(0, 1021) + "...";
    }

    static Result.Level level(Severity s) {
        switch (s) {
            case ERROR: return Result.Level.ERROR;
            case WARNING: return Result.Level.WARNING;
            default: return Result.Level.NOTE;
        }
    }

    private static ReportingConfiguration.Level configLevel(Severity s) {
        switch (s) {
            case ERROR: return ReportingConfiguration.Level.ERROR;
            case WARNING: return ReportingConfiguration.Level.WARNING;
            default: return ReportingConfiguration.Level.NOTE;
        }
    }
}
