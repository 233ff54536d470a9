package dflint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShellScriptTest {

    private static List<String> names(ShellScript s) {
        List<String> out = new ArrayList<>();
        for (Command c : s.commands()) out.add(c.name());
        return out;
    }

    private static List<String> values(List<ShellWord> words) {
        List<String> out = new ArrayList<>();
        for (ShellWord w : words) out.add(w.value());
        return out;
    }

    @Test
    void operatorsSeparateCommands() {
        ShellScript s = ShellScript.parse("a 1 && b 2 || c; d | e & f |& g");
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g"), names(s));
        List<String> ops = new ArrayList<>();
        for (Command c : s.commands()) ops.add(c.operatorAfter());
        assertEquals(List.of("&&", "||", ";", "|", "&", "|&", ""), ops);
    }

    @Test
    void quotesAndEscapesAreRemovedFromValues() {
        Command c = ShellScript.parse("echo 'a b' \"c $X d\" e\\ f g\"h\"'i' $'j\\tk'").commands().get(0);
        assertEquals(List.of("a b", "c $X d", "e f", "ghi", "j\tk"), values(c.arguments()));
        assertTrue(c.argument(0).quoted());
        assertEquals(List.of("X"), c.argument(1).references());
        assertFalse(c.argument(0).hasExpansion());
    }

    @Test
    void expansionsStayAsWritten() {
        Command c = ShellScript.parse("apt-get install foo=${VER:-1} bar=$V2 \"$(cat list)\" `date`").commands().get(0);
        assertEquals(List.of("install", "foo=${VER:-1}", "bar=$V2", "$(cat list)", "`date`"), values(c.arguments()));
        assertEquals(List.of("VER"), c.argument(1).references());
        assertEquals(List.of("V2"), c.argument(2).references());
        assertTrue(c.argument(3).hasExpansion());
    }

    @Test
    void commandSubstitutionsAreReadToo() {
        ShellScript s = ShellScript.parse("apt-get install $(cat /pkgs | grep -v x) && echo `uname -m`");
        assertEquals(List.of("apt-get", "cat", "grep", "echo", "uname"), names(s));
        assertTrue(s.commands().get(1).inSubstitution());
        assertFalse(s.commands().get(0).inSubstitution());
    }

    @Test
    void leadingAssignmentsAreNotTheName() {
        ShellScript s = ShellScript.parse("DEBIAN_FRONTEND=noninteractive A=\"x y\" apt-get update; B=1");
        assertEquals(List.of("apt-get"), names(s));
        Command c = s.commands().get(0);
        assertEquals(2, c.assignments().size());
        assertEquals("DEBIAN_FRONTEND", c.assignments().get(0).name());
        assertEquals("x y", c.assignments().get(1).value());
        assertEquals(3, s.assignments().size());
        assertEquals("B", s.assignments().get(2).name());
    }

    @Test
    void groupsSubshellsAndCompoundCommands() {
        String text = "{ a; b; } && ( c && d ) ; if e; then f; elif g; then h; else i; fi; "
                + "for x in 1 2 3; do j $x; done; while k; do l; done; until m; do n; done; "
                + "case $1 in a|b) o ;; *) p; q ;; esac; r";
        ShellScript s = ShellScript.parse(text);
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r"), names(s));
        assertTrue(s.commands().get(2).inSubshell());
        assertFalse(s.commands().get(4).inSubshell());
    }

    @Test
    void functionsAndNegation() {
        ShellScript s = ShellScript.parse("f() { a; }; function g { b; }; ! c; [ -f x ] && d; [[ y ]]");
        assertEquals(List.of("a", "b", "c", "[", "d", "[["), names(s));
    }

    @Test
    void redirectionsAreNotArguments() {
        Command c = ShellScript.parse("curl -fsSL http://x 2>&1 >/dev/null -o out &>>log < in").commands().get(0);
        assertEquals(List.of("-fsSL", "http://x", "-o", "out"), values(c.arguments()));
        assertEquals(4, c.redirects().size());
        assertEquals("2", c.redirects().get(0).fd());
        assertEquals(">&", c.redirects().get(0).operator());
        assertEquals("1", c.redirects().get(0).target().value());
    }

    @Test
    void heredocInsideAScriptIsSkipped() {
        ShellScript s = ShellScript.parse("cat > /etc/x <<'EOT'\napt-get install nope\nEOT\necho done\n");
        assertEquals(List.of("cat", "echo"), names(s));
        assertEquals("apt-get install nope\n", s.commands().get(0).redirects().get(1).heredocBody());
        ShellScript t = ShellScript.parse("cat <<-EOT\n\tnope\n\tEOT\nyes");
        assertEquals(List.of("cat", "yes"), names(t));
    }

    @Test
    void shDashCBodiesAreScripts() {
        ShellScript s = ShellScript.parse("sh -c 'apt-get update && apt-get install -y curl' && bash -exc \"pip install x\"");
        assertEquals(List.of("sh", "apt-get", "apt-get", "bash", "pip"), names(s));
        Command install = s.commands().get(2);
        assertEquals("sh", install.parent().name());
        assertEquals(List.of("install", "-y", "curl"), values(install.arguments()));
        assertEquals(1, install.nameRange().startLine());
        assertEquals(26, install.nameRange().startColumn());
        assertNull(s.commands().get(0).parent());
    }

    @Test
    void commentsAndContinuations() {
        ShellScript s = ShellScript.parse("a \\\n  b # c d\n# e\nf");
        assertEquals(List.of("a", "f"), names(s));
        assertEquals(List.of("b"), values(s.commands().get(0).arguments()));
        assertEquals(List.of("x#y"), values(ShellScript.parse("echo x#y").commands().get(0).arguments()));
    }

    @Test
    void followingCommandsAreInOrder() {
        ShellScript s = ShellScript.parse("a; b && c");
        Command a = s.commands().get(0);
        assertEquals(List.of("b", "c"), List.of(a.following().get(0).name(), a.following().get(1).name()));
        assertEquals(0, s.commands().get(2).following().size());
        assertEquals(2, s.commands().get(2).preceding().size());
    }

    @Test
    void flags() {
        Command c = ShellScript.parse("apt-get -qy install --no-install-recommends -o Dpkg::x=1 --opt=v pkg -- -z").commands().get(0);
        assertTrue(c.hasFlag("-y"));
        assertTrue(c.hasFlag("-q"));
        assertTrue(c.hasFlag("--no-install-recommends"));
        assertFalse(c.hasFlag("--yes"));
        Args a = c.args(Set.of("-o"));
        assertEquals("Dpkg::x=1", a.value("-o"));
        assertEquals("v", a.value("--opt"));
        assertEquals(List.of("install", "pkg", "-z"), values(a.operands()));
        Args b = c.args();
        assertEquals(List.of("install", "Dpkg::x=1", "pkg", "-z"), values(b.operands()));
        Args t = ShellScript.parse("apk add -tvirt x --repository r y").commands().get(0).args(Set.of("-t", "--repository"));
        assertEquals("virt", t.value("-t"));
        assertEquals(List.of("add", "x", "y"), values(t.operands()));
        assertEquals(2, ShellScript.parse("apt-get -q -q x").commands().get(0).args().count("-q"));
    }

    @Test
    void wordPositionsOnOneLine() {
        Command c = ShellScript.parse("a  'bc' d").commands().get(0);
        assertEquals("1:4-1:8", c.argument(0).range().toString());
        assertEquals("1:9-1:10", c.argument(1).range().toString());
        assertEquals("1:1-1:10", c.range().toString());
    }

    @Test
    void wordPositionsAcrossLines() {
        ShellScript s = ShellScript.parse("apt-get update &&\n  apt-get install \\\n    curl", Positions.lines(
                "apt-get update &&\n  apt-get install \\\n    curl", 5, null));
        Command c = s.commands().get(1);
        assertEquals("6:3-6:10", c.nameRange().toString());
        assertEquals("7:5-7:9", c.argument(1).range().toString());
    }

    @Test
    void neverThrowsOnOddInput() {
        String[] odd = {"", "'", "\"", "$(", "${", "`", "(((((", ")))))", "a <<", "<<<", "case", "case x in",
                "for", "if then fi", "\\", "$", "a | | b", "&& ||", "f() {", "$((1+", "\"$(\"", "a >&", "2>",
                "echo $'abc", "x=", "=x", "sh -c", "bash -c ''", "((((((((((((((((((((((((((((((((((("};
        for (String t : odd) {
            ShellScript s = ShellScript.parse(t);
            assertNotNull(s.commands());
            for (Command c : s.commands()) assertNotNull(c.range());
        }
        StringBuilder deep = new StringBuilder();
        for (int k = 0; k < 5000; k++) deep.append("$(");
        ShellScript.parse(deep.toString());
        StringBuilder nested = new StringBuilder("x");
        for (int k = 0; k < 50; k++) nested.insert(0, "sh -c '").append("'");
        ShellScript.parse(nested.toString());
    }

    @Test
    void assignmentOnlyNeedsUnquotedName() {
        ShellScript s = ShellScript.parse("\"A\"=1 cmd");
        assertEquals(List.of("A=1"), names(s));
    }

    @Test
    void wrappersAreSeenThrough() {
        Command c = ShellScript.parse("sudo -u app env A=1 B=2 nice -n 5 apt-get install -y x").commands().get(0);
        assertEquals("sudo", c.name());
        Command u = c.unwrapped();
        assertEquals("apt-get", u.name());
        assertEquals(List.of("install", "-y", "x"), values(u.arguments()));
        assertEquals(2, u.assignments().size());
        assertEquals("1:35-1:42", u.nameRange().toString());
        assertEquals(0, u.index());
        assertEquals("curl", ShellScript.parse("timeout 60 curl -fsS x").commands().get(0).unwrapped().name());
        assertEquals("sudo", ShellScript.parse("sudo -v").commands().get(0).unwrapped().name());
        assertEquals("apt-get", PackageCommand.of(ShellScript.parse("sudo apt-get update").commands().get(0)).manager());
        ShellScript nested = ShellScript.parse("sudo bash -c 'rm -rf /x'");
        assertEquals(List.of("sudo", "rm"), names(nested));
        assertEquals("sudo", nested.commands().get(1).parent().name());
    }
}
