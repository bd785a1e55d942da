package org.namelink.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.NameLookup.How;
import org.namelink.resolution.NameLookup.Match;

class NameLookupTest {

    /** A made-up entity: its type, canonical name, then its other variants. */
    private record Named(EntityType type, List<String> names) {
    }

    private static final Named KESTRABAD = new Named(EntityType.LOCATION, List.of("Kestrabad", "Qestrabad"));
    private static final Named VELKAS = new Named(EntityType.PERSON, List.of("Doran Velkas", "Velkas"));
    private static final Named VELKAS_GROUP = new Named(EntityType.ORGANIZATION, List.of("Velkas Group"));
    private static final Named ORVANE = new Named(EntityType.LOCATION, List.of("Orvane"));
    private static final Named ORVANE_FC = new Named(EntityType.ORGANIZATION, List.of("Orvane FC", "Orvane"));

    private static final NameLookup<Named> LOOKUP = NameLookup.of(
            List.of(KESTRABAD, VELKAS, VELKAS_GROUP, ORVANE_FC, ORVANE), Named::type, Named::names,
            EntityResolver.create(NameMatcher.defaults()));

    @Test
    void anExactNameComesFirstCanonicalNamesBeforeOtherVariants() {
        assertThat(LOOKUP.find("Qestrabad")).containsExactly(new Match<>(KESTRABAD, How.EXACT, 1.0));
        assertThat(LOOKUP.find("Orvane")).extracting(Match::entity).startsWith(ORVANE, ORVANE_FC);
        assertThat(LOOKUP.find("Orvane").subList(0, 2)).extracting(Match::how).containsOnly(How.EXACT);
    }

    @Test
    void caseAndDiacriticsFoldAsTheResolversGroupKeyDoes() {
        assertThat(LOOKUP.find("kestrabad")).containsExactly(new Match<>(KESTRABAD, How.FOLDED, 1.0));
        assertThat(LOOKUP.find("KÉSTRABAD")).containsExactly(new Match<>(KESTRABAD, How.FOLDED, 1.0));
        assertThat(LOOKUP.find("velkas group")).containsExactly(new Match<>(VELKAS_GROUP, How.FOLDED, 1.0));
    }

    @Test
    void titlesAreStrippedFromAPersonsName() {
        assertThat(LOOKUP.find("Mr Velkas")).first().isEqualTo(new Match<>(VELKAS, How.TITLES, 1.0));
        assertThat(LOOKUP.find("Mr. Doran Velkas")).first().isEqualTo(new Match<>(VELKAS, How.TITLES, 1.0));
    }

    @Test
    void otherSpellingsAreTheMatchersAmongNamesSharingABlockingKey() {
        List<Match<Named>> found = LOOKUP.find("Kastrabad");
        assertThat(found).extracting(Match::entity).containsExactly(KESTRABAD);
        assertThat(found.get(0).how()).isEqualTo(How.MATCHER);
        assertThat(found.get(0).score()).isBetween(NameMatcher.DEFAULT_THRESHOLD, 1.0);
        assertThat(LOOKUP.find("Dorran Velkas")).first().extracting(Match::entity).isEqualTo(VELKAS);
    }

    @Test
    void aNameNothingGoesByFindsNothing() {
        assertThat(LOOKUP.find("Tamsworth Quay")).isEmpty();
        assertThat(LOOKUP.find("")).isEmpty();
        assertThat(LOOKUP.find("Mr")).isEmpty();
        assertThatThrownBy(() -> LOOKUP.find(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    }
}
