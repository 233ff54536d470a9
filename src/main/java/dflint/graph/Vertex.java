package dflint.graph;

/** A node of the stage graph: a stage of the file, or an image it builds on or reads from. */
public sealed interface Vertex permits Stage, ExternalImage {
}
