package dflint.shell;

/**
 * A redirection such as {@code >/dev/null}, {@code 2>&1} or {@code <<EOF}: the file
 * descriptor as written (empty when none), the operator and its target word (null when
 * nothing followed). For a heredoc written inside a script, {@link #heredocBody()} is
 * its text once read (null otherwise).
 */
public final class Redirect {
    private final String fd;
    private final String operator;
    ShellWord target;
    String heredocBody;

    Redirect(String fd, String operator) {
        this.fd = fd;
        this.operator = operator;
    }

    public String fd() {
        return fd;
    }

    public String operator() {
        return operator;
    }

    public ShellWord target() {
        return target;
    }

    public String heredocBody() {
        return heredocBody;
    }

    public boolean isHeredoc() {
        return operator.equals("<<") || operator.equals("<<-");
    }

    @Override
    public String toString() {
        return fd + operator + (target == null ? "" : target.value());
    }
}
