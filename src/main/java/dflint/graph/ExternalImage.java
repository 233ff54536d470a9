package dflint.graph;

/** An image (or {@code scratch}) outside the file, named as it expanded. */
public record ExternalImage(String reference) implements Vertex {
    public boolean isScratch() {
        return reference.equals("scratch");
    }
}
