package dflint.report;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A rule's SARIF descriptor ({@code reportingDescriptor}): id, name, descriptions, default level,
 * help from its document, tags and aliases. Written from plain values, with no other dflint
 * class than the JSON and Markdown helpers, because the build runs it too: it writes every
 * catalogue rule's descriptor once (see {@code SarifDescriptors}), where a SARIF run spent
 * 12 to 15 ms writing the 91 of them (Java 25, timed in the process), code it runs uncompiled.
 */
public final class SarifDescriptor {
    private SarifDescriptor() {}

    /** @param severity the name of the rule's default {@code Severity}; @param doc its Markdown document, or null */
    public static void write(SarifJson json, String id, String slug, String summary, String severity, List<String> tags,
                             List<String> aliases, String doc) throws IOException {
        String full = doc == null ? null : MarkdownText.description(doc);
        json.beginObject();
        json.field("id", id);
        json.field("name", slug);
        json.message("shortDescription", limit(summary));
        json.message("fullDescription", limit(full != null ? full : summary));
        // warning is the schema's default level, which the model leaves out
        json.name("defaultConfiguration").beginObject();
        if (!severity.equals("WARNING")) json.field("level", level(severity));
        json.endObject();
        json.field("helpUri", MarkdownText.documentUri(id));
        json.name("help").beginObject();
        if (doc != null) {
            json.field("text", MarkdownText.plainText(doc));
            json.field("markdown", doc);
        } else {
            json.field("text", summary);
        }
        json.endObject();
        json.name("properties").beginObject();
        LinkedHashSet<String> unique = new LinkedHashSet<>(tags);
        if (!unique.isEmpty()) {
            json.name("tags").beginArray();
            int n = 0;
            for (String tag : unique) {
                if (n++ == 20) break; // GitHub reads at most 20 tags
                json.value(tag);
            }
            json.endArray();
        }
        if (!aliases.isEmpty()) {
            json.name("aliases").beginArray();
            for (String alias : aliases) json.value(alias);
            json.endArray();
        }
        json.field("problem.severity", severity.equals("ERROR") ? "error" : severity.equals("WARNING") ? "warning" : "recommendation");
        json.endObject();
        json.endObject();
    }

    /** SARIF's level for a severity's name: error, warning, else note. */
    public static String level(String severity) {
        return severity.equals("ERROR") ? "error" : severity.equals("WARNING") ? "warning" : "note";
    }

    /** GitHub caps descriptions at 1024 characters. */
    private static String limit(String s) {
        return s.length() <= 1024 ? s : s.substring(0, 1021) + "...";
    }

    /**
     * The descriptor as {@link #write} writes it in the place SARIF puts it (an element of
     * {@code runs[0].tool.driver.rules}), from its opening brace: what the build stores.
     */
    public static String text(String id, String slug, String summary, String severity, List<String> tags,
                              List<String> aliases, String doc) throws IOException {
        StringBuilder b = new StringBuilder();
        SarifJson json = new SarifJson(b);
        json.beginObject().name("runs").beginArray().beginObject().name("tool").beginObject().name("driver").beginObject()
                .name("rules").beginArray();
        int start = b.length();
        write(json, id, slug, summary, severity, tags, aliases, doc);
        return b.substring(b.indexOf("{", start));
    }
}
