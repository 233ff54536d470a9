/*
 * Structure of a Dockerfile as BuildKit's line parser sees it: parser
 * directives, comments, blank lines, and instructions made of a first line,
 * its continuation lines, and the bodies of the heredocs it opens.
 */
parser grammar DockerfileParser;

options { tokenVocab = DockerfileLexer; }

dockerfile
    : (directive | comment | blank | instruction)* EOF
    ;

directive : DIRECTIVE ;
comment   : COMMENT_LINE ;
blank     : BLANK_LINE ;

instruction
    : LINE continuation* heredoc* unterminatedHeredoc?
    ;

continuation
    : CONT_LINE      # continuedLine
    | CONT_COMMENT   # commentInContinuation
    | CONT_BLANK     # emptyContinuationLine
    ;

heredoc
    : HEREDOC_LINE* HEREDOC_END
    ;

// The file ended before the terminator line: BuildKit's "unterminated heredoc".
unterminatedHeredoc
    : HEREDOC_LINE+
    ;
