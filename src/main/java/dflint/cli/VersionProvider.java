package dflint.cli;

import dflint.engine.Packaged;
import picocli.CommandLine;

/** dflint's version, as the build wrote it into {@link Packaged}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    static String version() {
        return Packaged.VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dflint " + version()};
    }
}
