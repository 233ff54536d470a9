package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An ARG inside a stage or an ENV whose name says it holds a secret: one of its
 * '_'-separated words is a secret word (password, token, key, ...) and none is a
 * word that marks something harmless (public, file, version). Unlike BuildKit, a
 * GPG or PGP "key" (GPG_KEY, PGP_KEY_ID) is not reported: those hold public
 * fingerprints, as in the official language images; nor is a value that is a
 * switch ({@code true}, {@code 0}), an absolute path, or a URL without credentials
 * (where to fetch a public key). ARG and ENV values
 * end up in the image's history and metadata. ARGs before the first FROM are not
 * reported: they reach only FROM lines, and a stage that uses one declares it again.
 */
@RuleInfo(id = "DF2012", slug = "secret-in-arg-or-env", severity = Severity.WARNING,
        summary = "An ARG or ENV name suggests it carries a secret",
        aliases = {"SecretsUsedInArgOrEnv", "DL3064"},
        tags = {"security", "buildkit", "hadolint"})
public final class SecretInArgOrEnv implements Rule {
    static final Set<String> SECRET_WORDS = Set.of("apikey", "auth", "credential", "credentials", "key", "password",
            "pword", "passwd", "secret", "token");
    static final Set<String> HARMLESS_WORDS = Set.of("public", "file", "version");

    @Override
    public void check(RuleContext cx) {
        StageVariables.forEachUnit(cx, new StageVariables.UnitVisitor() {
            @Override
            public void visit(DispatchScope.Unit u, StageVariables vars) {
                if (u.stage() == null) return;
                for (Instruction i : u.instructions()) {
                    List<Instruction.KeyValue> keys;
                    if (i instanceof Instruction.Arg a) keys = a.args();
                    else if (i instanceof Instruction.Env e) keys = e.pairs();
                    else keys = List.of();
                    String kw = i.node().keyword().toUpperCase(Locale.ROOT);
                    for (Instruction.KeyValue kv : keys) {
                        // the value the key ends up with: an ARG without default takes the global ARG's
                        String value;
                        if (i instanceof Instruction.Arg) {
                            vars.applyArg(kv);
                            value = vars.value(kv.name());
                        } else {
                            value = kv.value() == null ? null : vars.expand(kv.value().value()).value();
                        }
                        if (!looksSecret(kv.name())) continue;
                        if (value != null && isNotASecret(value)) continue;
                        String id = kv.name().toLowerCase(Locale.ROOT);
                        cx.report(kv.key().range(), kw + " " + kv.name() + " looks like a secret, and " + kw
                                + " values are stored in the image's history; a build step that needs it can read it with"
                                + " RUN --mount=type=secret,id=" + id + ", and a container that needs it should get it when"
                                + " it starts (docker run -e, a secret store), not from the image");
                    }
                    if (!(i instanceof Instruction.Arg)) vars.apply(i);
                }
            }
        });
    }

    /**
     * A value that cannot be a secret: a switch (true, 0, off, ...), an absolute file
     * path, or a plain URL without credentials, such as where to fetch a public signing key.
     */
    static boolean isNotASecret(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (Set.of("true", "false", "yes", "no", "on", "off", "0", "1").contains(v)) return true;
        // a file path names where a secret is, like the _FILE names
        if (v.startsWith("/")) return true;
        int scheme = v.indexOf("://");
        if (scheme <= 0) return false;
        int hostEnd = v.indexOf('/', scheme + 3);
        String authority = hostEnd < 0 ? v.substring(scheme + 3) : v.substring(scheme + 3, hostEnd);
        return !authority.contains("@") && v.indexOf('?') < 0;
    }

    /** Words that make a bare "key" a public key: GPG_KEY, RABBITMQ_PGP_KEY_ID hold fingerprints. */
    static final Set<String> PUBLIC_KEY_WORDS = Set.of("gpg", "pgp", "gnupg");

    static boolean looksSecret(String name) {
        // Section__Filters__0__Key names the key half of a key/value setting (.NET configuration), not a secret
        if (name.contains("__") && name.toLowerCase(Locale.ROOT).endsWith("__key")) return false;
        boolean secret = false, onlyKey = true, publicKey = false;
        for (String word : name.toLowerCase(Locale.ROOT).split("_", -1)) {
            if (HARMLESS_WORDS.contains(word)) return false;
            if (SECRET_WORDS.contains(word)) {
                secret = true;
                if (!word.equals("key")) onlyKey = false;
            }
            if (PUBLIC_KEY_WORDS.contains(word)) publicKey = true;
        }
        return secret && !(onlyKey && publicKey);
    }
}
