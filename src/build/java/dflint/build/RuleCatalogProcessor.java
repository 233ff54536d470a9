package dflint.build;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;

/**
 * Writes {@code dflint.rules.RuleCatalog}: each rule's {@code @RuleInfo}, read at compile time
 * and turned into plain constructor calls. Reading the annotations at run time instead costs a
 * one-file lint about a fifth of its start-up (the JDK spins proxy classes and method handles to
 * hand out annotation values), so the annotations stay the one place a rule's identity is
 * written, and this build step carries it to run time. Runs in the main compilation only; the
 * build compiles this class first (see pom.xml).
 *
 * <p>It also writes {@code dflint.report.SarifDescriptors}: each rule's SARIF descriptor, with
 * its help from rules/ ({@code -Adflint.rules=DIR}), written once here by the main code's own
 * {@code SarifDescriptor}, where a SARIF run spent 12 to 15 ms writing them.
 */
@SupportedAnnotationTypes(RuleCatalogProcessor.RULE_INFO)
@SupportedOptions(PackagedDataProcessor.RULES)
public final class RuleCatalogProcessor extends AbstractProcessor {
    static final String RULE_INFO = "dflint.engine.RuleInfo";
    private static final String CATALOG = "dflint.rules.RuleCatalog";
    private static final String DESCRIPTORS = "dflint.report.SarifDescriptors";

    /** What SARIF's descriptor of a rule is made of, by rule id, in id order. */
    private record Facts(String slug, String severity, String summary, List<String> aliases, List<String> tags) {}

    private final Map<String, Facts> facts = new TreeMap<>();

    /** Binary class name to its constructor-argument source text, in name order so the output is stable. */
    private final Map<String, String> rules = new TreeMap<>();
    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement ruleInfo = processingEnv.getElementUtils().getTypeElement(RULE_INFO);
        if (ruleInfo != null) {
            for (Element e : round.getElementsAnnotatedWith(ruleInfo)) {
                if (e instanceof TypeElement type) read(type);
            }
        }
        // every rule is a source of the first round; writing then keeps javac from warning that
        // a file made in the last round escapes processing
        if (!written && !rules.isEmpty()) {
            write();
            writeDescriptors();
            written = true;
        }
        return false;
    }

    private void read(TypeElement type) {
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            if (!((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(RULE_INFO)) continue;
            Map<String, Object> values = new TreeMap<>();
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v
                    : processingEnv.getElementUtils().getElementValuesWithDefaults(m).entrySet()) {
                values.put(v.getKey().getSimpleName().toString(), v.getValue().getValue());
            }
            String args = literal(values.get("id")) + ", " + literal(values.get("slug")) + ", "
                    + "dflint.engine.Severity." + ((VariableElement) values.get("severity")).getSimpleName() + ", "
                    + literal(values.get("summary")) + ", " + list(values.get("aliases")) + ", "
                    + values.get("enabledByDefault") + ", " + list(values.get("tags")) + ", "
                    + "dflint.engine.FixSafety." + ((VariableElement) values.get("fix")).getSimpleName();
            rules.put(processingEnv.getElementUtils().getBinaryName(type).toString(), args);
            facts.put((String) values.get("id"), new Facts((String) values.get("slug"),
                    ((VariableElement) values.get("severity")).getSimpleName().toString(), (String) values.get("summary"),
                    strings(values.get("aliases")), strings(values.get("tags"))));
        }
    }

    private void write() {
        StringBuilder b = new StringBuilder();
        b.append("package dflint.rules;\n\n")
                .append("import dflint.engine.Rule;\n")
                .append("import dflint.engine.RuleDescriptor;\n")
                .append("import java.util.List;\n\n")
                .append("/** Generated by dflint.build.RuleCatalogProcessor from the rules' @RuleInfo; do not edit. */\n")
                .append("@javax.annotation.processing.Generated(\"dflint.build.RuleCatalogProcessor\")\n")
                .append("final class RuleCatalog {\n")
                .append("    private RuleCatalog() {}\n\n")
                .append("    /** The rule with its metadata; a rule this build did not see is read by reflection. */\n")
                .append("    static RuleDescriptor describe(Rule rule) {\n")
                .append("        switch (rule.getClass().getName()) {\n");
        for (Map.Entry<String, String> r : rules.entrySet()) {
            b.append("            case ").append(literal(r.getKey())).append(":\n")
                    .append("                return new RuleDescriptor(rule, ").append(r.getValue()).append(");\n");
        }
        b.append("            default:\n")
                .append("                return RuleDescriptor.of(rule);\n")
                .append("        }\n")
                .append("    }\n\n")
                .append("    /** Whether this catalogue was generated with {@code rule} in it (for tests). */\n")
                .append("    static boolean covers(Rule rule) {\n")
                .append("        switch (rule.getClass().getName()) {\n");
        for (String name : rules.keySet()) b.append("            case ").append(literal(name)).append(":\n");
        b.append("                return true;\n")
                .append("            default:\n")
                .append("                return false;\n")
                .append("        }\n")
                .append("    }\n")
                .append("}\n");
        try (Writer w = processingEnv.getFiler().createSourceFile(CATALOG).openWriter()) {
            w.write(b.toString());
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + CATALOG + ": " + e);
        }
    }

    /**
     * Writes {@code dflint.report.SarifDescriptors}: each catalogue rule's SARIF descriptor, as
     * {@code SarifDescriptor} writes it at run time, with its document from rules/.
     */
    private void writeDescriptors() {
        String rulesDir = processingEnv.getOptions().get(PackagedDataProcessor.RULES);
        if (rulesDir == null) return; // PackagedDataProcessor reports the missing option
        StringBuilder b = new StringBuilder();
        b.append("package dflint.report;\n\n")
                .append("import dflint.engine.RuleDescriptor;\n")
                .append("import dflint.engine.Severity;\n")
                .append("import java.util.List;\n\n")
                .append("/** Generated by dflint.build.RuleCatalogProcessor from the rules' @RuleInfo and rules/; do not edit. */\n")
                .append("@javax.annotation.processing.Generated(\"dflint.build.RuleCatalogProcessor\")\n")
                .append("final class SarifDescriptors {\n")
                .append("    private SarifDescriptors() {}\n\n")
                .append("    /** The rule's SARIF descriptor as SarifDescriptor.text gives it, when the rule is as the build saw it; else null. */\n")
                .append("    static String of(RuleDescriptor r) {\n")
                .append("        switch (r.id()) {\n");
        try {
            for (Map.Entry<String, Facts> e : facts.entrySet()) {
                String id = e.getKey();
                Facts f = e.getValue();
                Path md = Path.of(rulesDir, id + ".md");
                String doc = Files.exists(md) ? Files.readString(md, StandardCharsets.UTF_8).replace("\r\n", "\n") : null;
                String text = dflint.report.SarifDescriptor.text(id, f.slug(), f.summary(), f.severity(), f.tags(), f.aliases(), doc);
                b.append("            case ").append(literal(id)).append(":\n")
                        .append("                return r.slug().equals(").append(literal(f.slug())).append(")")
                        .append(" && r.severity() == Severity.").append(f.severity())
                        .append(" && r.summary().equals(").append(literal(f.summary())).append(")\n")
                        .append("                        && r.aliases().equals(").append(javaList(f.aliases())).append(")")
                        .append(" && r.tags().equals(").append(javaList(f.tags())).append(")\n")
                        .append("                        ? ").append(literal(text)).append(" : null;\n");
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + DESCRIPTORS + ": " + e);
            return;
        }
        b.append("            default:\n")
                .append("                return null;\n")
                .append("        }\n")
                .append("    }\n")
                .append("}\n");
        try (Writer w = processingEnv.getFiler().createSourceFile(DESCRIPTORS).openWriter()) {
            w.write(b.toString());
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + DESCRIPTORS + ": " + e);
        }
    }

    private static List<String> strings(Object annotationValues) {
        List<String> items = new ArrayList<>();
        for (Object v : (List<?>) annotationValues) items.add((String) ((AnnotationValue) v).getValue());
        return items;
    }

    private static String javaList(List<String> items) {
        List<String> literals = new ArrayList<>();
        for (String item : items) literals.add(literal(item));
        return "List.of(" + String.join(", ", literals) + ")";
    }

    private static String list(Object annotationValues) {
        return javaList(strings(annotationValues));
    }

    private static String literal(Object value) {
        return JavaLiteral.of(value);
    }
}
