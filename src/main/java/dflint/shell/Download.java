package dflint.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@code curl} or {@code wget} call: the URLs it fetches and where it writes
 * (null when it prints to stdout, or for wget when it picks the name itself).
 */
public record Download(String tool, List<ShellWord> urls, String output, Args args, Command command) {

    static final Set<String> CURL_VALUES = Set.of("-o", "--output", "-H", "--header", "-d", "--data", "-u", "--user",
            "-A", "--user-agent", "-X", "--request", "-e", "--referer", "-w", "--write-out", "--retry", "--retry-delay",
            "--retry-max-time", "-m", "--max-time", "--connect-timeout", "--cacert", "--capath", "--cert", "--key",
            "-T", "--upload-file", "-x", "--proxy", "-b", "--cookie", "-c", "--cookie-jar", "-r", "--range", "-K",
            "--config", "--resolve", "--output-dir", "-F", "--form", "--data-binary", "--data-raw", "--data-urlencode",
            "-E", "-z", "--time-cond", "-Y", "--speed-limit", "-y", "--speed-time", "-C", "--continue-at",
            "--limit-rate", "--max-redirs", "--proto", "--proto-redir", "--interface", "--dns-servers", "-U",
            "--proxy-user", "--url", "--create-file-mode", "--tls-max", "--ciphers", "--variable", "--expand-url");
    static final Set<String> WGET_VALUES = Set.of("-O", "--output-document", "-o", "--output-file", "-a",
            "--append-output", "-P", "--directory-prefix", "-t", "--tries", "-T", "--timeout", "-U", "--user-agent",
            "--header", "-e", "--execute", "--user", "--password", "-i", "--input-file", "-w", "--wait", "-Q",
            "--quota", "-l", "--level", "-A", "-R", "-D", "--limit-rate", "--post-data", "--post-file",
            "--ca-certificate", "--certificate", "--private-key", "--bind-address", "--http-user", "--http-password",
            "-B", "--base", "--ca-directory", "--dns-timeout", "--connect-timeout", "--read-timeout", "--waitretry");

    /** The download made by {@code c}, or null when it is neither curl nor wget. */
    public static Download of(Command c) {
        if (c.is("curl")) {
            Args a = c.args(CURL_VALUES);
            List<ShellWord> urls = new ArrayList<>(a.operands());
            Option url = a.option("--url");
            if (url != null && url.valueWord() != null) urls.add(url.valueWord());
            String out = a.value("-o", "--output");
            if (out == null && a.has("-O", "--remote-name", "--remote-name-all")) out = "";
            return new Download("curl", List.copyOf(urls), out, a, c);
        }
        if (c.is("wget")) {
            Args a = c.args(WGET_VALUES);
            return new Download("wget", a.operands(), a.value("-O", "--output-document"), a, c);
        }
        return null;
    }

    /** Every curl and wget call in the script. */
    public static List<Download> in(ShellScript script) {
        List<Download> out = new ArrayList<>();
        for (Command c : script.commands()) {
            Download d = of(c);
            if (d != null) out.add(d);
        }
        return out;
    }

    /** The output goes to stdout (piped, usually). */
    public boolean toStdout() {
        return output == null ? tool.equals("curl") : output.equals("-");
    }
}
