package org.namelink.resolution.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameAnalyzer;
import org.namelink.names.TitleLexicon;
import org.namelink.resolution.plan.ShortForms.Fit;

class ShortFormsTest {

    @Test
    void theOneFittingEntityOfTheDocumentWins() {
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of(new Fit(false, 9, true), new Fit(true, 2, true))))
                .hasValue(1);
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of(new Fit(true, 9, true), new Fit(true, 2, true))))
                .as("two fit in the document").isEmpty();
    }

    @Test
    void elsewhereOnlyWhenExactlyOneEntityFitsInTheCorpus() {
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of(new Fit(false, 9, true)))).hasValue(0);
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of(new Fit(false, 9, true), new Fit(false, 2, true))))
                .isEmpty();
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of())).isEmpty();
    }

    @Test
    void ofSeveralFittingEntitiesTheOneThatWritesTheShortFormAlikeWins() {
        // Dole fits Bob Dole as written and C. Tolley as a respelling.
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of(new Fit(false, 2, false), new Fit(false, 5, true))))
                .hasValue(1);
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of(new Fit(false, 2, true), new Fit(false, 5, true))))
                .as("both write it alike").isEmpty();
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of(new Fit(false, 2, false), new Fit(false, 5, false))))
                .as("neither does").isEmpty();
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of(new Fit(false, 2, true), new Fit(true, 5, false))))
                .as("the document's own entity comes first").hasValue(1);
        assertThat(ShortForms.choose(EntityType.PERSON, 3,
                List.of(new Fit(true, 2, false), new Fit(true, 5, true), new Fit(false, 5, true))))
                .as("of the two in the document, the one written alike").hasValue(1);
    }

    @Test
    void writtenAlikeMeansEveryWordOfTheShortFormAsTheLongFormWritesIt() {
        NameAnalyzer analyzer = NameAnalyzer.create(TitleLexicon.defaults());
        assertThat(ShortForms.writtenAlike(analyzer.analyze("Dole", EntityType.PERSON),
                analyzer.analyze("Bob Dole", EntityType.PERSON))).isTrue();
        assertThat(ShortForms.writtenAlike(analyzer.analyze("DOLE", EntityType.PERSON),
                analyzer.analyze("Bob Dole", EntityType.PERSON))).as("case folds").isTrue();
        assertThat(ShortForms.writtenAlike(analyzer.analyze("Dole", EntityType.PERSON),
                analyzer.analyze("C. Tolley", EntityType.PERSON))).isFalse();
    }

    @Test
    void aPlaceNamedMoreOftenAloneThanInFullIsANameOfItsOwn() {
        assertThat(ShortForms.choose(EntityType.LOCATION, 10, List.of(new Fit(true, 2, true)))).isEmpty();
        assertThat(ShortForms.choose(EntityType.LOCATION, 2, List.of(new Fit(true, 2, true)))).hasValue(0);
        assertThat(ShortForms.choose(EntityType.PERSON, 10, List.of(new Fit(true, 2, true)))).hasValue(0);
    }

    @Test
    void theFitsNamedInTheDocumentDecideAloneSoAnExecutorMayPassOnlyThose() {
        // Every list of up to four fits (named or not, written alike or not, two sizes): the choice
        // over all of them is the choice over the named ones when any is named.
        for (int shape = 0; shape < 1 << 14; shape++) {
            int n = 1 + (shape & 3);
            List<Fit> all = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int bits = shape >> (2 + 3 * i);
                all.add(new Fit((bits & 1) != 0, (bits & 2) != 0 ? 9 : 1, (bits & 4) != 0));
            }
            List<Fit> named = all.stream().filter(Fit::inDocument).toList();
            for (EntityType type : EntityType.values()) {
                java.util.OptionalInt chosen = ShortForms.choose(type, 3, all);
                if (!named.isEmpty()) {
                    java.util.OptionalInt amongNamed = ShortForms.choose(type, 3, named);
                    assertThat(chosen.isPresent()).as("%s %s", type, all).isEqualTo(amongNamed.isPresent());
                    if (chosen.isPresent()) {
                        assertThat(all.get(chosen.getAsInt())).isSameAs(named.get(amongNamed.getAsInt()));
                    }
                }
            }
        }
    }
}
