package dflint.rules;

import dflint.engine.RuleContext;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Walks the LABELs that the label schema (--label name:kind) types. */
final class SchemaLabels {
    private SchemaLabels() {}

    /** A LABEL pair the schema types, with its key and value as literals. */
    record Typed(Instruction.KeyValue pair, String key, String value) {
        /** Where to report a bad value. */
        SourceRange at() {
            return SchemaLabels.at(pair);
        }
    }

    /** Where to report a bad value: the value word, else the key. */
    static SourceRange at(Instruction.KeyValue kv) {
        return kv.value() != null ? kv.value().range() : kv.key().range();
    }

    /** Each LABEL pair the schema gives {@code kind}, in file order; skips keys and values built from variables. */
    static List<Typed> of(RuleContext cx, String kind) {
        List<Typed> out = new ArrayList<>();
        if (cx.options().labelSchema().isEmpty()) return out;
        for (Instruction ins : cx.file().instructions()) {
            Instruction i = ins instanceof Instruction.Onbuild ob ? ob.trigger() : ins;
            if (!(i instanceof Instruction.Label label)) continue;
            for (Instruction.KeyValue kv : label.pairs()) {
                String key = WordValues.literal(kv.key(), cx.file().escape());
                if (key == null) continue;
                String k = cx.options().labelSchema().get(key);
                if (k == null || !k.toLowerCase(Locale.ROOT).equals(kind)) continue;
                String value = kv.value() == null ? "" : WordValues.literal(kv.value(), cx.file().escape());
                if (value == null) continue;
                out.add(new Typed(kv, key, value));
            }
        }
        return out;
    }
}
