package dflint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import dflint.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunScriptsTest {

    private static List<Instruction.Run> runs(String text) {
        Dockerfile df = DockerfileSyntax.parse("Dockerfile", text);
        List<Instruction.Run> out = new ArrayList<>();
        for (Instruction i : df.instructions()) {
            if (i instanceof Instruction.Run r) out.add(r);
            if (i instanceof Instruction.Onbuild o && o.trigger() instanceof Instruction.Run r) out.add(r);
        }
        return out;
    }

    private static List<String> names(List<Command> cs) {
        List<String> out = new ArrayList<>();
        for (Command c : cs) out.add(c.name());
        return out;
    }

    @Test
    void shellFormPositionsFollowContinuationLines() {
        String df = "FROM debian\n"
                + "RUN apt-get update \\\n"
                + "    # a comment inside\n"
                + "    && apt-get install -y \\\n"
                + "\tcurl wget\n";
        List<RunScript> scripts = RunScripts.of(runs(df).get(0));
        assertEquals(1, scripts.size());
        RunScript s = scripts.get(0);
        assertEquals(RunScript.Kind.SHELL_FORM, s.kind());
        assertEquals("sh", s.interpreter());
        List<Command> cs = s.script().commands();
        assertEquals(List.of("apt-get", "apt-get"), names(cs));
        assertEquals("2:5-2:12", cs.get(0).nameRange().toString());
        assertEquals("4:8-4:15", cs.get(1).nameRange().toString());
        assertEquals("5:2-5:6", cs.get(1).argument(2).range().toString());
        assertEquals("5:7-5:11", cs.get(1).argument(3).range().toString());
        assertEquals("4:8-5:11", cs.get(1).range().toString());
    }

    @Test
    void flagsBeforeTheCommandDoNotShiftPositions() {
        String df = "FROM alpine\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n";
        Instruction.Run run = runs(df).get(0);
        Command c = RunScripts.of(run).get(0).script().commands().get(0);
        assertEquals("2:46-2:49", c.nameRange().toString());
        assertTrue(RunMount.cacheMountAt(run, "/var/cache/apk"));
        assertFalse(RunMount.cacheMountAt(run, "/var/lib/apt/lists"));
    }

    @Test
    void heredocBodyIsAScriptNotALine() {
        String df = "FROM debian\n"
                + "RUN <<EOF\n"
                + "set -e\n"
                + "apt-get update\n"
                + "  apt-get install -y curl\n"
                + "EOF\n";
        List<RunScript> scripts = RunScripts.of(runs(df).get(0));
        assertEquals(1, scripts.size());
        RunScript s = scripts.get(0);
        assertEquals(RunScript.Kind.HEREDOC, s.kind());
        assertEquals("sh", s.interpreter());
        assertEquals(List.of("set", "apt-get", "apt-get"), names(s.script().commands()));
        assertEquals("5:3-5:10", s.script().commands().get(2).nameRange().toString());
        assertEquals("5:22-5:26", s.script().commands().get(2).argument(2).range().toString());
    }

    @Test
    void heredocInterpreterFromShebangOrCommand() {
        String df = "FROM debian\n"
                + "RUN <<EOF\n#!/usr/bin/env python3\nimport os\nEOF\n"
                + "RUN bash -e <<EOF\necho hi | grep h\nEOF\n"
                + "RUN python3 <<EOF\nprint(1)\nEOF\n"
                + "RUN cat <<EOF > /etc/apt/x && apt-get update\napt-get install nope\nEOF\n"
                + "RUN <<-EOF\n\t\tapk add x\n\tEOF\n";
        List<Instruction.Run> rs = runs(df);
        RunScript py = RunScripts.of(rs.get(0)).get(0);
        assertEquals("python3", py.interpreter());
        assertFalse(py.isShell());
        assertTrue(py.script().isEmpty());

        List<RunScript> bash = RunScripts.of(rs.get(1));
        assertEquals(2, bash.size());
        assertEquals(List.of("bash"), names(bash.get(0).script().commands()));
        assertEquals("bash", bash.get(1).interpreter());
        assertEquals(List.of("echo", "grep"), names(bash.get(1).script().commands()));
        assertEquals("7:11-7:15", bash.get(1).script().commands().get(1).nameRange().toString());

        List<RunScript> py2 = RunScripts.of(rs.get(2));
        assertEquals("python3", py2.get(1).interpreter());
        assertTrue(py2.get(1).script().isEmpty());

        List<RunScript> data = RunScripts.of(rs.get(3));
        assertEquals(1, data.size());
        assertEquals(List.of("cat", "apt-get"), names(data.get(0).script().commands()));

        RunScript chomp = RunScripts.of(rs.get(4)).get(0);
        Command apk = chomp.script().commands().get(0);
        assertEquals("apk", apk.name());
        assertEquals("16:3-16:6", apk.nameRange().toString());
    }

    @Test
    void execFormIsOneCommandAndShDashCIsRead() {
        String df = "FROM debian\n"
                + "RUN [\"apt-get\", \"install\", \"curl\"]\n"
                + "RUN [\"/bin/sh\", \"-c\", \"apk add x && pip install y\"]\n";
        List<Instruction.Run> rs = runs(df);
        RunScript e = RunScripts.of(rs.get(0)).get(0);
        assertEquals(RunScript.Kind.EXEC, e.kind());
        Command c = e.script().commands().get(0);
        assertEquals("apt-get", c.name());
        assertEquals("2:7-2:14", c.nameRange().toString());
        assertEquals("2:29-2:33", c.argument(1).range().toString());
        List<Command> cs = RunScripts.of(rs.get(1)).get(0).script().commands();
        assertEquals(List.of("/bin/sh", "apk", "pip"), names(cs));
        assertEquals("3:24-3:27", cs.get(1).nameRange().toString());
    }

    @Test
    void nonPosixShellGivesNoCommands() {
        String df = "FROM mcr.microsoft.com/windows\nRUN Install-Module x\n";
        RunScript s = RunScripts.of(runs(df).get(0), List.of("pwsh", "-Command")).get(0);
        assertEquals("pwsh", s.interpreter());
        assertTrue(s.script().isEmpty());
    }

    @Test
    void onbuildTriggerPositions() {
        String df = "FROM debian\nONBUILD RUN apt-get install \\\n  curl\n";
        Command c = RunScripts.of(runs(df).get(0)).get(0).script().commands().get(0);
        assertEquals("2:13-2:20", c.nameRange().toString());
        assertEquals("3:3-3:7", c.argument(1).range().toString());
    }

    @Test
    void packageCommands() {
        ShellScript s = ShellScript.parse("apt-get -o Dpkg::Options::=x -t stable install -y curl=1 ./x.deb && "
                + "python3 -m pip install --no-cache-dir -r req.txt flask && yum module install nodejs:18 && "
                + "yarn global add pm2 && go install -ldflags -s example.com/x@v1 && pip3 install -e . django");
        List<PackageCommand> ps = PackageCommand.in(s);
        assertEquals(6, ps.size());
        PackageCommand apt = ps.get(0);
        assertEquals("apt-get", apt.manager());
        assertEquals("install", apt.subcommand());
        assertEquals(List.of("curl=1", "./x.deb"), List.of(apt.packages().get(0).value(), apt.packages().get(1).value()));
        assertTrue(apt.args().has("-y"));
        assertEquals("stable", apt.args().value("-t"));
        PackageCommand pip = ps.get(1);
        assertEquals("pip", pip.manager());
        assertEquals("install", pip.subcommand());
        assertEquals(1, pip.packages().size());
        assertEquals("flask", pip.packages().get(0).value());
        assertEquals("module install", ps.get(2).subcommand());
        assertEquals("nodejs:18", ps.get(2).packages().get(0).value());
        assertEquals("global add", ps.get(3).subcommand());
        assertEquals("pm2", ps.get(3).packages().get(0).value());
        assertEquals("example.com/x@v1", ps.get(4).packages().get(0).value());
        assertEquals(List.of("django"), List.of(ps.get(5).packages().get(0).value()));
        assertEquals(null, PackageCommand.of(ShellScript.parse("pipx install x").commands().get(0)));
    }

    @Test
    void downloads() {
        ShellScript s = ShellScript.parse("curl -fsSL -H 'A: b' https://x/y | sh && wget -qO /tmp/z https://z");
        List<Download> ds = Download.in(s);
        assertEquals(2, ds.size());
        assertEquals("https://x/y", ds.get(0).urls().get(0).value());
        assertTrue(ds.get(0).toStdout());
        assertEquals("/tmp/z", ds.get(1).output());
        assertNotNull(ds.get(1).args().option("-q"));
    }

    @Test
    void heredocWordBeforeTheInterpreter() {
        String df = "FROM debian\nRUN <<EOF bash\nset -o pipefail\ncurl -s x | sh\nEOF\n"
                + "RUN <<-'SCRIPT' sh -e\n\tapk add x\n\tSCRIPT\n";
        List<Instruction.Run> rs = runs(df);
        List<RunScript> a = RunScripts.of(rs.get(0));
        assertEquals(2, a.size());
        assertEquals(RunScript.Kind.SHELL_FORM, a.get(0).kind());
        assertEquals(List.of("bash"), names(a.get(0).script().commands()));
        assertEquals("bash", a.get(1).interpreter());
        assertEquals(List.of("set", "curl", "sh"), names(a.get(1).script().commands()));
        assertEquals("4:1-4:5", a.get(1).script().commands().get(1).nameRange().toString());
        List<RunScript> b = RunScripts.of(rs.get(1));
        assertEquals("sh", b.get(1).interpreter());
        assertEquals("7:2-7:5", b.get(1).script().commands().get(0).nameRange().toString());
    }

    @Test
    void argsDetails() {
        Args a = ShellScript.parse("apt-get install -q=2 x -- -y").commands().get(0).args();
        assertEquals("2", a.value("-q"));
        assertFalse(a.has("-y"));
        assertEquals(List.of("install", "x"), List.of(a.operandsBeforeEndOfOptions().get(0).value(),
                a.operandsBeforeEndOfOptions().get(1).value()));
        assertEquals(3, a.operands().size());
        Args go = Args.parse(ShellScript.parse("go install -ldflags=-s -tags netgo x").commands().get(0).arguments(),
                java.util.Set.of("-tags"), true);
        assertEquals("-s", go.value("-ldflags"));
        assertEquals("netgo", go.value("-tags"));
        assertEquals(2, go.operands().size());
    }
}
