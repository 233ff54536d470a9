package dflint.config;

import dflint.engine.RuleDescriptor;
import dflint.engine.Severity;
import dflint.syntax.Levenshtein;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates a {@code .dflint.yaml}. YAML is composed into nodes only
 * (no objects are constructed from tags), so every value keeps its line for
 * the error message. This class is the only one that touches SnakeYAML, and it
 * is loaded only when a configuration file exists.
 */
public final class ConfigLoader {
    private final List<RuleDescriptor> rules;

    /** @param rules the rule catalogue, to check the names a file uses */
    public ConfigLoader(List<RuleDescriptor> rules) {
        this.rules = List.copyOf(rules);
    }

    public Config load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ConfigException(file + ": cannot read the configuration file: " + e.getMessage());
        }
        return parse(file, text);
    }

    public Config parse(Path file, String text) throws ConfigException {
        LoaderOptions lo = new LoaderOptions();
        lo.setAllowDuplicateKeys(false);
        lo.setMaxAliasesForCollections(10);
        lo.setNestingDepthLimit(20);
        lo.setCodePointLimit(1 << 20);
        Node root;
        try {
            root = new Yaml(lo).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ConfigException(file + (m != null ? ":" + (m.getLine() + 1) : "") + ": not valid YAML: "
                    + (e.getProblem() != null ? e.getProblem() : e.getMessage()).trim());
        } catch (YAMLException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getMessage());
        }
        Reader r = new Reader(file);
        List<String> ignore = new ArrayList<>(), enable = new ArrayList<>(), targets = new ArrayList<>(),
                registries = new ArrayList<>(), baseImages = new ArrayList<>();
        Map<String, Severity> severity = new LinkedHashMap<>();
        Map<String, String> buildArgs = new LinkedHashMap<>(), labels = new LinkedHashMap<>();
        String threshold = null;
        Boolean strictLabels = null, shellcheck = null, discover = null;
        int targetsLine = 0;
        dflint.engine.ImageBuilder builder = null;
        if (root != null) {
            if (!(root instanceof MappingNode)) throw r.error(root, null, "the file must be a mapping of keys to values");
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : ((MappingNode) root).getValue()) {
                String key = r.scalar(t.getKeyNode(), "a key");
                if (!seen.add(key)) throw r.error(t.getKeyNode(), key, "the key is given twice");
                Node v = t.getValueNode();
                switch (key) {
                    case "ignore":
                        for (ScalarNode n : r.list(v, key)) ignore.add(r.ruleName(n, key, false));
                        break;
                    case "enable":
                        for (ScalarNode n : r.list(v, key)) enable.add(r.ruleName(n, key, true));
                        break;
                    case "severity":
                        for (NodeTuple e : r.map(v, key)) {
                            String name = r.ruleName(r.scalarNode(e.getKeyNode(), key), key, false);
                            String level = r.scalar(e.getValueNode(), key).toLowerCase(Locale.ROOT);
                            Severity s = Severity.parse(level);
                            if (s == null && !level.equals("none") && !level.equals("off")) {
                                throw r.error(e.getValueNode(), key, "'" + level
                                        + "' is not a severity; use error, warning, info, style or none");
                            }
                            severity.put(name, s);
                        }
                        break;
                    case "failure-threshold": {
                        String level = r.scalar(v, key).toLowerCase(Locale.ROOT);
                        if (Severity.parse(level) == null && !level.equals(Config.NO_THRESHOLD)) {
                            throw r.error(v, key, "'" + level + "' is not a threshold; use error, warning, info, style or none");
                        }
                        threshold = level;
                        break;
                    }
                    case "targets":
                        for (ScalarNode n : r.list(v, key)) targets.add(r.nonEmpty(n, key));
                        targetsLine = t.getKeyNode().getStartMark() == null ? 1 : t.getKeyNode().getStartMark().getLine() + 1;
                        break;
                    case "build-args":
                        for (NodeTuple e : r.map(v, key)) {
                            String name = r.nonEmpty(r.scalarNode(e.getKeyNode(), key), key);
                            buildArgs.put(name, r.scalar(e.getValueNode(), key));
                        }
                        break;
                    case "trusted-registries":
                        for (ScalarNode n : r.list(v, key)) registries.add(r.nonEmpty(n, key));
                        break;
                    case "label-schema":
                        for (NodeTuple e : r.map(v, key)) {
                            String name = r.nonEmpty(r.scalarNode(e.getKeyNode(), key), key);
                            String kind = r.scalar(e.getValueNode(), key).toLowerCase(Locale.ROOT);
                            if (kind.isEmpty()) kind = "text";
                            if (!Config.LABEL_KINDS.contains(kind)) {
                                throw r.error(e.getValueNode(), key, "'" + kind + "' is not a label kind; use one of "
                                        + String.join(", ", Config.LABEL_KINDS));
                            }
                            labels.put(name, kind);
                        }
                        break;
                    case "strict-labels":
                        strictLabels = r.bool(v, key);
                        break;
                    case "base-images":
                        for (ScalarNode n : r.list(v, key)) {
                            String row = r.nonEmpty(n, key);
                            if (row.split("\t", -1).length != 5) {
                                throw r.error(n, key, "a row needs five tab-separated fields (pattern, family, kind, "
                                        + "size_mb, alternative), as in rules/base-images.tsv");
                            }
                            baseImages.add(row);
                        }
                        break;
                    case "shellcheck":
                        shellcheck = r.bool(v, key);
                        break;
                    case "discover":
                        discover = r.bool(v, key);
                        break;
                    case "builder": {
                        String value = r.scalar(v, key);
                        builder = dflint.engine.ImageBuilder.parse(value);
                        if (builder == null) throw r.error(v, key, "'" + value + "' is not a builder; use buildkit, legacy or auto");
                        break;
                    }
                    default:
                        String near = closest(key, Config.KEYS);
                        throw r.error(t.getKeyNode(), key, "unknown key" + (near != null ? " (did you mean '" + near + "'?)" : "")
                                + "; known keys: " + String.join(", ", Config.KEYS));
                }
            }
        }
        return new Config(file, ignore, enable, severity, threshold, targets, buildArgs, registries, labels,
                strictLabels, baseImages, shellcheck, builder, targetsLine, discover);
    }

    static String closest(String name, List<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String c : candidates) {
            int d = Levenshtein.distance(name.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** Reads nodes of one file, turning every mismatch into a message with file, line and key. */
    private final class Reader {
        private final Path file;

        Reader(Path file) {
            this.file = file;
        }

        ConfigException error(Node at, String key, String message) {
            int line = at.getStartMark() != null ? at.getStartMark().getLine() + 1 : 1;
            return new ConfigException(file + ":" + line + ": " + (key != null ? key + ": " : "") + message);
        }

        ScalarNode scalarNode(Node n, String key) throws ConfigException {
            if (!(n instanceof ScalarNode)) throw error(n, key, "expected a single value, found " + describe(n));
            return (ScalarNode) n;
        }

        String scalar(Node n, String key) throws ConfigException {
            return scalarNode(n, key).getValue();
        }

        String nonEmpty(ScalarNode n, String key) throws ConfigException {
            String v = n.getValue().trim();
            if (v.isEmpty()) throw error(n, key, "an empty value is not allowed");
            return v;
        }

        boolean bool(Node n, String key) throws ConfigException {
            String v = scalar(n, key).toLowerCase(Locale.ROOT);
            if (v.equals("true")) return true;
            if (v.equals("false")) return false;
            throw error(n, key, "expected true or false, not '" + v + "'");
        }

        /** A list of single values; a lone value counts as a list of one. */
        List<ScalarNode> list(Node n, String key) throws ConfigException {
            List<ScalarNode> out = new ArrayList<>();
            if (n instanceof ScalarNode) {
                if (!((ScalarNode) n).getValue().isEmpty()) out.add((ScalarNode) n);
                return out;
            }
            if (!(n instanceof SequenceNode)) throw error(n, key, "expected a list, found " + describe(n));
            for (Node item : ((SequenceNode) n).getValue()) out.add(scalarNode(item, key));
            return out;
        }

        List<NodeTuple> map(Node n, String key) throws ConfigException {
            if (n instanceof ScalarNode && ((ScalarNode) n).getValue().isEmpty()) return List.of();
            if (!(n instanceof MappingNode)) throw error(n, key, "expected a mapping, found " + describe(n));
            return ((MappingNode) n).getValue();
        }

        String ruleName(ScalarNode n, String key, boolean allowAll) throws ConfigException {
            String name = n.getValue().trim();
            if (allowAll && name.equalsIgnoreCase("all")) return "all";
            for (RuleDescriptor r : rules) {
                if (r.isNamed(name)) return name;
            }
            List<String> names = new ArrayList<>();
            for (RuleDescriptor r : rules) {
                names.add(r.id());
                names.add(r.slug());
                names.addAll(r.aliases());
            }
            String near = closest(name, names);
            throw error(n, key, "unknown rule '" + name + "'" + (near != null ? " (did you mean '" + near + "'?)" : "")
                    + "; 'dflint rules' lists them");
        }

        private String describe(Node n) {
            if (n instanceof MappingNode) return "a mapping";
            if (n instanceof SequenceNode) return "a list";
            return "'" + ((ScalarNode) n).getValue() + "'";
        }
    }
}
