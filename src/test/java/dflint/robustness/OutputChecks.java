package dflint.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dflint.SharedData;
import dflint.syntax.SourceRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Checks that a reporter's output is well-formed for its consumers, whatever
 * the Dockerfile held: JSON parses, XML parses, SARIF has the shape code
 * scanning reads, GitHub workflow commands stay one per line, text stays one
 * finding per line with no terminal control characters.
 */
final class OutputChecks {
    private OutputChecks() {}

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Checks output of one format. When text is not null, every position must
     * lie inside it (the output is about that one input).
     */
    static void check(String format, String output, String text) {
        switch (format) {
            case "text": checkText(output); break;
            case "json": checkJson(output, text); break;
            case "sarif": checkSarif(output, text); break;
            case "checkstyle": checkCheckstyle(output, text); break;
            case "github": checkGithub(output, text); break;
            case "codeclimate": checkCodeClimate(output, text); break;
            default: throw new AssertionError("no checks for format " + format);
        }
    }

    /** Characters that must never reach a terminal or a line-oriented consumer raw. */
    static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n') || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029) return i;
        }
        return -1;
    }

    private static final Pattern TEXT_FINDING =
            Pattern.compile("^.*:\\d+:\\d+: (error|warning|info|style): .* \\[DF\\d{4} [a-z0-9-]+\\]$");

    static void checkText(String out) {
        int bad = firstControl(out);
        if (bad >= 0) {
            throw new AssertionError("text output has control character U+" + String.format("%04X", (int) out.charAt(bad))
                    + " at " + bad + ": " + out);
        }
        if (!out.isEmpty() && !out.endsWith("\n")) throw new AssertionError("text output does not end with a newline");
        var lines = out.lines().toList();
        // the summary is the last line, or the one before the count of fixable findings
        int summary = lines.size() - 1;
        if (summary >= 0 && lines.get(summary).matches("^\\[\\*] \\d+ fixable with --fix( --unsafe-fixes)?( \\(\\d+ more with --unsafe-fixes\\))?$")) {
            summary--;
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (i > summary) break;
            if (!TEXT_FINDING.matcher(l).matches() && !(i == summary && l.matches("^\\d+ (files?|problems?) .*"))) {
                throw new AssertionError("text line " + (i + 1) + " is neither a finding nor the summary: " + l);
            }
        }
    }

    static JsonNode parseJson(String out, String format) {
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new AssertionError(format + " output is not JSON: " + e.getMessage() + "\n" + out, e);
        }
    }

    static void checkJson(String out, String text) {
        JsonNode root = parseJson(out, "json");
        if (!root.isArray()) throw new AssertionError("json output is not an array");
        Set<String> severities = Set.of("error", "warning", "info", "style");
        for (JsonNode f : root) {
            for (String field : new String[] {"file", "rule", "name", "severity", "message"}) {
                if (!f.path(field).isTextual()) throw new AssertionError("json finding lacks text field " + field + ": " + f);
            }
            if (!f.path("aliases").isArray()) throw new AssertionError("json finding lacks aliases: " + f);
            if (!severities.contains(f.get("severity").asText())) throw new AssertionError("bad severity: " + f);
            inside(text, f.path("line").asInt(), f.path("column").asInt(), f.path("endLine").asInt(),
                    f.path("endColumn").asInt(), "json finding " + f);
        }
    }

    private static volatile JsonSchema sarifSchema;
    private static volatile boolean sarifSchemaLoaded;

    /** The OASIS SARIF 2.1.0 schema from ../shared, or null when shared data is absent. */
    static JsonSchema sarifSchema() {
        if (!sarifSchemaLoaded) {
            synchronized (OutputChecks.class) {
                if (!sarifSchemaLoaded) {
                    Path p = SharedData.root().resolve("sarif/sarif-schema-2.1.0.json");
                    if (Files.isRegularFile(p)) {
                        try (InputStream in = Files.newInputStream(p)) {
                            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in,
                                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    sarifSchemaLoaded = true;
                }
            }
        }
        return sarifSchema;
    }

    static void checkSarif(String out, String text) {
        JsonNode root = parseJson(out, "sarif");
        JsonSchema schema = sarifSchema();
        if (schema != null) {
            Set<ValidationMessage> errors = schema.validate(root);
            if (!errors.isEmpty()) throw new AssertionError("sarif does not validate: " + errors);
        }
        if (!"2.1.0".equals(root.path("version").asText())) throw new AssertionError("sarif version is not 2.1.0");
        JsonNode runs = root.path("runs");
        if (!runs.isArray() || runs.isEmpty()) throw new AssertionError("sarif has no runs");
        Set<String> levels = Set.of("error", "warning", "note", "none");
        for (JsonNode run : runs) {
            if (!run.path("tool").path("driver").path("name").isTextual()) throw new AssertionError("sarif run has no tool name");
            for (JsonNode r : run.path("results")) {
                if (!r.path("ruleId").isTextual()) throw new AssertionError("sarif result has no ruleId: " + r);
                if (!r.path("message").path("text").isTextual()) throw new AssertionError("sarif result has no message: " + r);
                if (r.has("level") && !levels.contains(r.get("level").asText())) throw new AssertionError("bad level: " + r);
                for (JsonNode loc : r.path("locations")) {
                    JsonNode pl = loc.path("physicalLocation");
                    String uri = pl.path("artifactLocation").path("uri").asText("");
                    if (uri.startsWith("/") || uri.startsWith("file:") || uri.matches("^[A-Za-z]:.*")) {
                        throw new AssertionError("sarif result has an absolute uri: " + uri);
                    }
                    JsonNode reg = pl.path("region");
                    if (!reg.isMissingNode()) {
                        int sl = reg.path("startLine").asInt(1), sc = reg.path("startColumn").asInt(1);
                        inside(text, sl, sc, reg.path("endLine").asInt(sl), reg.path("endColumn").asInt(sc),
                                "sarif region " + reg);
                    }
                }
            }
        }
    }

    static Document parseXml(String out) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(out)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("checkstyle output is not well-formed XML: " + e.getMessage() + "\n" + out, e);
        }
    }

    static void checkCheckstyle(String out, String text) {
        Document d = parseXml(out);
        if (!d.getDocumentElement().getTagName().equals("checkstyle")) throw new AssertionError("root is not <checkstyle>");
        NodeList errors = d.getElementsByTagName("error");
        for (int i = 0; i < errors.getLength(); i++) {
            Element e = (Element) errors.item(i);
            int line = Integer.parseInt(e.getAttribute("line"));
            int col = e.hasAttribute("column") ? Integer.parseInt(e.getAttribute("column")) : 1;
            inside(text, line, col, line, col, "checkstyle error " + e.getAttribute("message"));
            if (!e.hasAttribute("message") || !e.hasAttribute("source")) throw new AssertionError("checkstyle error lacks message/source");
        }
    }

    // ::error file=F,line=1,col=2,endLine=3,endColumn=4,title=T::message
    private static final Pattern GITHUB = Pattern.compile("^::(error|warning|notice)( [^:]*)?::[^\\r\\n]*$");

    static boolean STRICT_GITHUB = Boolean.getBoolean("dflint.strictGithub");

    static void checkGithub(String out, String text) {
        if (out.indexOf('\r') >= 0) throw new AssertionError("github output has a carriage return");
        for (String line : out.lines().toList()) {
            if (line.isEmpty()) continue;
            if (!GITHUB.matcher(line).matches()) throw new AssertionError("not one workflow command: " + line);
            int sp = line.indexOf(' ');
            int sep = line.indexOf("::", 2);
            if (sp > 0 && sp < sep) {
                for (String prop : line.substring(sp + 1, sep).split(",", -1)) {
                    int eq = prop.indexOf('=');
                    if (eq <= 0) throw new AssertionError("github property without name: " + prop + " in " + line);
                    checkPercentEscapes(prop.substring(eq + 1), line);
                }
            }
            checkPercentEscapes(line.substring(sep + 2), line);
            // Terminal escapes in a command are not structural (the runner splits on CR and LF
            // only) but reach the job log; GithubReporter does not escape them yet, so only
            // githubCommandsCarryNoTerminalEscapes (disabled) asks for that.
            if (STRICT_GITHUB) {
                int bad = firstControl(line.replace('\t', ' '));
                if (bad >= 0) throw new AssertionError("github command has a control character: " + line);
            }
        }
    }

    /** Every '%' must start one of the escapes the runner decodes. */
    private static void checkPercentEscapes(String s, String line) {
        for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
            String esc = s.length() >= i + 3 ? s.substring(i, i + 3).toUpperCase(java.util.Locale.ROOT) : s.substring(i);
            if (!Set.of("%25", "%0D", "%0A", "%3A", "%2C").contains(esc)) {
                throw new AssertionError("github command has a bare '%': " + line);
            }
        }
    }

    static void checkCodeClimate(String out, String text) {
        JsonNode root = parseJson(out, "codeclimate");
        if (!root.isArray()) throw new AssertionError("codeclimate output is not an array");
        Set<String> severities = Set.of("info", "minor", "major", "critical", "blocker");
        for (JsonNode i : root) {
            if (!"issue".equals(i.path("type").asText())) throw new AssertionError("codeclimate item is not an issue: " + i);
            for (String field : new String[] {"check_name", "description", "fingerprint"}) {
                if (!i.path(field).isTextual()) throw new AssertionError("codeclimate issue lacks " + field + ": " + i);
            }
            if (i.has("severity") && !severities.contains(i.get("severity").asText())) throw new AssertionError("bad severity: " + i);
            JsonNode loc = i.path("location");
            if (!loc.path("path").isTextual()) throw new AssertionError("codeclimate issue lacks location.path: " + i);
            JsonNode begin = loc.path("positions").path("begin");
            if (!begin.isMissingNode()) {
                JsonNode end = loc.path("positions").path("end");
                inside(text, begin.path("line").asInt(), begin.path("column").asInt(1),
                        end.path("line").asInt(begin.path("line").asInt()), end.path("column").asInt(1), "codeclimate " + i);
            } else {
                int b = loc.path("lines").path("begin").asInt();
                inside(text, b, 1, b, 1, "codeclimate " + i);
            }
        }
    }

    private static String measuredText;
    private static int[] measuredLengths;

    /** The line lengths of the text last checked: a report with thousands of findings must not measure it for each. */
    private static synchronized int[] lineLengths(String text) {
        if (text != measuredText) {
            measuredLengths = Invariants.lineLengths(text);
            measuredText = text;
        }
        return measuredLengths;
    }

    private static void inside(String text, int line, int col, int endLine, int endCol, String what) {
        if (line < 1 || col < 1 || endLine < line || (endLine == line && endCol < col)) {
            throw new AssertionError(what + ": bad position " + line + ":" + col + "-" + endLine + ":" + endCol);
        }
        if (text == null) return;
        int[] lens = lineLengths(text);
        int lineCount = text.isEmpty() ? 0 : (text.endsWith("\n") ? lens.length - 1 : lens.length);
        Invariants.checkRange(what, new SourceRange(line, col, endLine, endCol), lens, lineCount);
    }
}
