package dflint.engine;

/**
 * A check over one Dockerfile. Implementations are stateless: the engine
 * shares one instance across files and threads.
 */
public interface Rule {
    void check(RuleContext cx);
}
