package dflint.rules;

import dflint.engine.RuleContext;
import dflint.syntax.Instruction;
import java.util.Locale;
import java.util.function.BiConsumer;

/** Walks the LABELs that the label schema (--label name:kind) types. */
final class SchemaLabels {
    private SchemaLabels() {}

    /** Calls back with each LABEL pair the schema gives {@code kind}, and its literal value; skips values built from variables. */
    static void forEach(RuleContext cx, String kind, BiConsumer<Instruction.KeyValue, String> check) {
        if (cx.options().labelSchema().isEmpty()) return;
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
                check.accept(kv, value);
            }
        }
    }

    /** Where to report a bad value: the value word, else the key. */
    static dflint.syntax.SourceRange at(Instruction.KeyValue kv) {
        return kv.value() != null ? kv.value().range() : kv.key().range();
    }
}
