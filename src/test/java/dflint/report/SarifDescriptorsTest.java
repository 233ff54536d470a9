package dflint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dflint.engine.RuleDescriptor;
import dflint.rules.Rules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The descriptors the build wrote are what SarifDescriptor writes at run time for the rules and documents as they are now. */
class SarifDescriptorsTest {
    @Test
    void everyCatalogueRulesDescriptorIsTheOneTheWriterGives() throws Exception {
        for (RuleDescriptor r : Rules.all()) {
            String built = SarifDescriptors.of(r);
            assertNotNull(built, r.id());
            assertEquals(SarifDescriptor.text(r.id(), r.slug(), r.summary(), r.severity().name(), r.tags(), r.aliases(),
                    RuleDocs.markdown(r.id())), built, r.id());
            // Utf8Output.appendAscii copies them a byte a character
            int beyond = built.chars().filter(c -> c >= 0x80).findFirst().orElse(-1);
            assertEquals(-1, beyond, r.id() + " holds a character beyond ASCII");
        }
    }

    @Test
    void aRuleThatDiffersFromTheCatalogueIsWrittenAtRunTime() {
        RuleDescriptor r = Rules.all().get(0);
        RuleDescriptor changed = new RuleDescriptor(r.rule(), r.id(), r.slug(), r.severity(), r.summary() + " (changed)",
                r.aliases(), r.enabledByDefault(), r.tags(), r.fix());
        assertNull(SarifDescriptors.of(changed));
        assertNull(SarifDescriptors.of(new RuleDescriptor(r.rule(), r.id(), r.slug(), r.severity(), r.summary(), List.of("X"),
                r.enabledByDefault(), r.tags(), r.fix())));
    }
}
