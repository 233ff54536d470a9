/*
 * Lexer for Dockerfiles, following BuildKit's line parser.
 *
 * BuildKit reads a Dockerfile line by line: it joins continued lines, drops
 * comment and blank lines inside a continuation, and reads heredoc bodies
 * after the line that opens them. Tokens here are therefore physical lines,
 * classified by the mode the lexer is in:
 *
 *   DEFAULT_MODE   between instructions: blank, comment, parser directive,
 *                  or the first line of an instruction
 *   CONTINUATION   after a line ending in the escape character
 *   HEREDOC        body lines of the heredocs the instruction opened
 *
 * What is not regular lives in DockerfileLexerBase: the escape character
 * (set by a directive), whether a line continues, and which heredocs an
 * instruction opens (decided on its joined logical line, as BuildKit does).
 * Splitting an instruction into keyword, flags and arguments happens on the
 * joined line too (a continuation may cut a word anywhere), in InstructionSplitter.
 */
lexer grammar DockerfileLexer;

options { superClass = DockerfileLexerBase; }

tokens { DIRECTIVE, HEREDOC_END }

// Go's unicode.IsSpace without '\n': BuildKit trims with it.
fragment HS : [\t\u000B\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000] ;
fragment NL : '\n' ;

// ---- between instructions -------------------------------------------------
// Order matters where two rules match the same text: blank before comment
// before instruction line.
BLANK_LINE   : (HS* NL | HS+) { onBlankLine(); } ;
COMMENT_LINE : HS* '#' ~'\n'* NL? { onCommentLine(); } ;
LINE         : ~'\n'+ NL? { onInstructionLine(); } ;

// ---- inside a continued instruction ---------------------------------------
mode CONTINUATION;
CONT_BLANK   : (HS* NL | HS+) ;
CONT_COMMENT : HS* '#' ~'\n'* NL? ;
CONT_LINE    : ~'\n'+ NL? { onContinuationLine(); } ;

// ---- heredoc bodies --------------------------------------------------------
mode HEREDOC;
HEREDOC_LINE : (~'\n'* NL | ~'\n'+) { onHeredocLine(); } ;
