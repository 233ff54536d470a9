package dflint.rules;

import dflint.engine.RuleContext;
import dflint.graph.Chars;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;
import dflint.shell.Command;
import dflint.shell.PackageCommand;
import dflint.shell.ShellWord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The operating system family a stage is built on, as far as the file tells: from the image at
 * the end of its FROM chain ({@code alpine:3.20}, {@code python:3.12-slim}, {@code ubi9}), else
 * from the package managers its RUNs call ({@code apk add} means Alpine). Shell advice depends on
 * it: Debian's {@code /bin/sh} is dash, which has no {@code pipefail}; Alpine's is busybox ash,
 * which has it but comes without bash; busybox's wget knows none of GNU wget's progress options.
 * Computed once per stage and shared by the rules of one lint.
 */
final class ImageFamily {
    enum Family { DEBIAN, ALPINE, BUSYBOX, RHEL, SUSE, WINDOWS, DISTROLESS, SCRATCH, UNKNOWN }

    /** What a stage runs on: its family, and the tools a RUN in it installed on top. */
    record Facts(Family family, boolean installsBash, boolean installsGnuWget) {
        /** {@code /bin/sh} is busybox ash. */
        boolean busyboxShell() {
            return family == Family.ALPINE || family == Family.BUSYBOX;
        }

        /** {@code /bin/bash} exists: Debian, Ubuntu and the RHEL family ship it; Alpine only when installed. */
        boolean hasBash() {
            return family == Family.DEBIAN || family == Family.RHEL || family == Family.SUSE || installsBash;
        }

        /** {@code wget} is busybox's applet rather than GNU wget. */
        boolean busyboxWget() {
            return busyboxShell() && !installsGnuWget;
        }
    }

    private ImageFamily() {}

    private static final Set<String> DEBIAN_WORDS = Set.of("debian", "ubuntu", "buildpack-deps", "bookworm", "bullseye",
            "buster", "stretch", "trixie", "jammy", "focal", "noble", "bionic", "xenial", "oracular", "plucky");
    private static final Set<String> RHEL_WORDS = Set.of("fedora", "centos", "rockylinux", "almalinux", "ubi",
            "ubi8", "ubi9", "ubi10", "ubi-minimal", "ubi8-minimal", "ubi9-minimal", "redhat", "rhel", "amazonlinux",
            "oraclelinux", "photon", "mariner", "azurelinux", "cbl-mariner");
    /** Docker Official Images whose default variants are built on Debian (or Ubuntu). */
    private static final Set<String> DEBIAN_BASED_OFFICIAL = Set.of("python", "node", "golang", "ruby", "php", "perl",
            "rust", "openjdk", "eclipse-temurin", "maven", "gradle", "postgres", "mysql", "mariadb", "redis", "nginx",
            "httpd", "mongo", "rabbitmq", "elixir", "erlang", "haskell", "julia", "r-base", "gcc", "clojure",
            "tomcat", "jetty", "wordpress", "ghost", "drupal", "nextcloud", "memcached", "influxdb", "telegraf",
            "traefik", "sonarqube", "jenkins/jenkins", "swift", "dart", "buildpack-deps");

    static Facts of(RuleContext cx, Stage stage) {
        return cx.shared(ImageFamily.class, All.INSTANCE)[stage.index()];
    }

    /** Computes every stage's facts once per lint; a named class, not a method reference: see ColdPathTest. */
    private static final class All implements Function<RuleContext, Facts[]> {
        static final All INSTANCE = new All();

        @Override
        public Facts[] apply(RuleContext cx) {
            return all(cx);
        }
    }

    /** Every stage's facts in one pass: parents come before the stages built on them. */
    private static Facts[] all(RuleContext cx) {
        StageGraph g = cx.graph();
        List<Stage> stages = g.stages();
        Family[] byCommands = new Family[stages.size()];
        boolean[] bash = new boolean[stages.size()], gnuWget = new boolean[stages.size()];
        for (RunSites.Site site : RunSites.of(cx)) {
            if (site.stage() == null || site.onbuild()) continue;
            int k = site.stage().index();
            for (Command c : site.commands()) {
                PackageCommand p = PackageCommand.of(c);
                if (p == null) continue;
                Family f = switch (p.manager()) {
                    case "apk" -> Family.ALPINE;
                    case "apt-get", "apt", "dpkg" -> Family.DEBIAN;
                    case "yum", "dnf", "microdnf", "rpm" -> Family.RHEL;
                    case "zypper" -> Family.SUSE;
                    default -> Family.UNKNOWN;
                };
                if (byCommands[k] == null || byCommands[k] == Family.UNKNOWN) byCommands[k] = f;
                for (ShellWord w : p.packages()) {
                    String v = w.value();
                    if (v.equals("bash") || v.startsWith("bash=")) bash[k] = true;
                    if (v.equals("wget") || v.startsWith("wget=") || v.startsWith("wget~")) gnuWget[k] = true;
                }
            }
        }
        Facts[] out = new Facts[stages.size()];
        for (Stage s : stages) {
            int k = s.index();
            Stage parent = g.parent(s);
            Facts inherited = parent == null ? null : out[parent.index()];
            Family family;
            if (inherited != null) {
                family = inherited.family();
            } else {
                family = fromReference(s.parentRef());
            }
            if (family == Family.UNKNOWN && byCommands[k] != null) family = byCommands[k];
            out[k] = new Facts(family, bash[k] || (inherited != null && inherited.installsBash()),
                    gnuWget[k] || (inherited != null && inherited.installsGnuWget()));
        }
        return out;
    }

    /** The family an image reference names, from its repository and tag words. */
    static Family fromReference(StageRef base) {
        if (base == null) return Family.UNKNOWN;
        if (base.target() == StageRef.Target.SCRATCH) return Family.SCRATCH;
        String ref = base.expanded();
        if (ref == null || ref.indexOf('$') >= 0) return Family.UNKNOWN;
        return fromReference(ref);
    }

    static Family fromReference(String reference) {
        String ref = reference.toLowerCase(Locale.ROOT);
        int at = ref.indexOf('@');
        if (at >= 0) ref = ref.substring(0, at);
        if (ref.contains("distroless") || ref.startsWith("cgr.dev/chainguard/static")) {
            return ref.contains(":debug") ? Family.BUSYBOX : Family.DISTROLESS;
        }
        if (ref.contains("windows") || ref.contains("nanoserver") || ref.contains("servercore")) return Family.WINDOWS;
        // kaniko's debug image keeps busybox in /busybox; its executor image has no shell at all
        if (ref.contains("kaniko-project/")) return ref.contains(":debug") ? Family.BUSYBOX : Family.DISTROLESS;
        if (ref.contains("alpine")) return Family.ALPINE;
        String repo = dflint.graph.BaseImageTable.repository(reference).toLowerCase(Locale.ROOT);
        String last = repo.substring(repo.lastIndexOf('/') + 1);
        if (last.equals("busybox")) return Family.BUSYBOX;
        for (String word : Chars.split(ref, "/:._-")) {
            if (DEBIAN_WORDS.contains(word)) return Family.DEBIAN;
            if (RHEL_WORDS.contains(word)) return Family.RHEL;
            if (word.equals("opensuse") || word.equals("sles") || word.equals("leap") || word.equals("tumbleweed")) {
                return Family.SUSE;
            }
        }
        String official = repo.startsWith("library/") ? repo.substring(8) : repo;
        if (DEBIAN_BASED_OFFICIAL.contains(official) || DEBIAN_BASED_OFFICIAL.contains(last) && !repo.contains("/")) {
            return Family.DEBIAN;
        }
        return Family.UNKNOWN;
    }
}
