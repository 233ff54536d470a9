package dflint.robustness;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded random Dockerfiles: lines built from the language's pieces (valid and
 * broken), and byte-level mutations of real seeds. The same seed always gives
 * the same inputs, so a failure names the seed that reproduces it.
 */
final class Generator {
    private final Random random;

    Generator(long seed) {
        this.random = new Random(seed);
    }

    private static final String[] KEYWORDS = {"FROM", "RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME",
        "EXPOSE", "ARG", "ENV", "LABEL", "MAINTAINER", "USER", "WORKDIR", "STOPSIGNAL", "HEALTHCHECK", "ONBUILD",
        "from", "Run", "RNU", "COPPY", "X", "#", "\\", "<<EOF"};
    private static final String[] FLAGS = {"--from=build", "--from=0", "--from=${S}", "--chown=1:1", "--chmod=755",
        "--link", "--link=maybe", "--platform=$BUILDPLATFORM", "--mount=type=cache,target=/c",
        "--mount=type=bind,from=base,target=/b", "--network=none", "--interval=5s", "--retries=x", "--", "--=",
        "--\"q\"=1", "-x", "--checksum=sha256:0"};
    private static final String[] WORDS = {"alpine", "alpine:3.20", "base", "AS", "as", "build", "0", "s1",
        "${A}", "${A:-${B:-c}}", "${A:?}", "$A", "\"quoted word\"", "'single'", "a\\ b", "[\"sh\", \"-c\"]",
        "[1, [2], {\"k\": null}]", "[\"unterminated", "<<EOF", "<<-'E'", "2<<X", "&&", "|", ";", "\\",
        "k=v", "k=\"v w\"", "=", "80/tcp", "65536", "-1", "/src", ".", "*.txt", "http://e/x", "\u00e9\u4e2d\ud83d\ude00",
        "\u001b[31m", "%s%n", "::error::", "<&>\"'", "\u2028", "\u00a0", "\t"};
    private static final String[] LINE_ENDS = {"\n", "\n", "\n", "\n", "\r\n", "\r", " \\\n", "\\\n", "`\n"};

    /** A random Dockerfile of up to about lines lines. */
    String dockerfile(int lines) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(5) == 0) b.append(random.nextBoolean() ? "# escape=`\n" : "# syntax=docker/dockerfile:1\n");
        if (random.nextInt(3) > 0) b.append("FROM ").append(pick(WORDS)).append(" AS s0\n");
        int n = 1 + random.nextInt(lines);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                b.append("# ").append(pick(WORDS));
            } else if (kind == 1) {
                b.append(' ');
            } else {
                b.append(pick(KEYWORDS));
                int flags = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
                for (int f = 0; f < flags; f++) b.append(' ').append(pick(FLAGS));
                int words = random.nextInt(5);
                for (int w = 0; w < words; w++) b.append(random.nextInt(8) == 0 ? "" : " ").append(pick(WORDS));
            }
            b.append(pick(LINE_ENDS));
            if (b.indexOf("<<") >= 0 && random.nextInt(3) == 0) {
                b.append("body ").append(pick(WORDS)).append('\n').append(random.nextBoolean() ? "EOF\n" : "\tE\n");
            }
        }
        return b.toString();
    }

    /** A byte-level mutation of one of the seeds, sometimes spliced with another. */
    byte[] mutate(List<byte[]> seeds) {
        byte[] base = seeds.get(random.nextInt(seeds.size()));
        byte[] out = base.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits; e++) {
            if (out.length == 0) {
                out = dockerfile(3).getBytes(StandardCharsets.UTF_8);
                continue;
            }
            int at = random.nextInt(out.length);
            switch (random.nextInt(6)) {
                case 0: out[at] = (byte) random.nextInt(256); break;
                case 1: out = splice(out, at, at + Math.min(out.length - at, random.nextInt(16)), new byte[0]); break;
                case 2: out = splice(out, at, at, pick(WORDS).getBytes(StandardCharsets.UTF_8)); break;
                case 3: out = splice(out, at, at, pick(LINE_ENDS).getBytes(StandardCharsets.UTF_8)); break;
                case 4: {
                    int len = Math.min(out.length - at, 1 + random.nextInt(64));
                    byte[] chunk = java.util.Arrays.copyOfRange(out, at, at + len);
                    out = splice(out, at, at, chunk);
                    break;
                }
                default: {
                    byte[] other = seeds.get(random.nextInt(seeds.size()));
                    if (other.length > 0) {
                        int from = random.nextInt(other.length);
                        int len = Math.min(other.length - from, 1 + random.nextInt(200));
                        out = splice(out, at, out.length, java.util.Arrays.copyOfRange(other, from, from + len));
                    }
                }
            }
        }
        return out;
    }

    private static byte[] splice(byte[] a, int from, int to, byte[] insert) {
        byte[] out = new byte[a.length - (to - from) + insert.length];
        System.arraycopy(a, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(a, to, out, from + insert.length, a.length - to);
        return out;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
