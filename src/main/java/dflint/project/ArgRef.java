package dflint.project;

import java.nio.file.Path;

/**
 * One build argument a repository file passes to a build: its name as written, the Dockerfile
 * built (absolute and normalised; null when the file could not be worked out, which then stands
 * for every Dockerfile of the repository), and where it is written, relative to the repository
 * root ({@code compose.yaml:12}). The value is not kept: passing the name is what matters.
 */
record ArgRef(String name, Path dockerfile, String source) {}
