package dflint.project;

import java.nio.file.Path;

/**
 * One build of a target found in a repository file: the stage name, the Dockerfile it builds
 * (absolute and normalised; null when the file could not be worked out, say from a variable,
 * which then stands for every Dockerfile of the repository with a stage of that name), and
 * where it is written, relative to the repository root ({@code docker-bake.hcl:140}).
 */
record TargetRef(String target, Path dockerfile, String source) {}
