package org.namelink.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.namelink.kb.Candidate;
import org.namelink.mentions.EntityType;

/** Each ranking rule alone, on made-up names and titles. */
class LinkRulesTest {

    @Test
    void priorIsSummedOverVariantsWeightedByMentions() {
        Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
        candidates.put("Velmora", List.of(new Candidate("Velmora", 0.6), new Candidate("Velmora_(river)", 0.4)));
        candidates.put("Velmora city", List.of(new Candidate("Velmora", 1.0)));
        candidates.put("Vlmr", List.of()); // unknown to the dictionary: does not dilute the others
        Map<String, Double> prior = LinkRules.variantPrior(candidates, Map.of("Velmora", 3, "Velmora city", 1, "Vlmr", 5));
        assertThat(prior.get("Velmora")).isCloseTo((3 * 0.6 + 1 * 1.0) / 4, within(1e-9));
        assertThat(prior.get("Velmora_(river)")).isCloseTo(3 * 0.4 / 4, within(1e-9));
        assertThat(LinkRules.variantPrior(Map.of("Vlmr", List.of()), Map.of("Vlmr", 1))).isEmpty();
    }

    @Test
    void aMissingFullNameKeepsItsWeightForNone() {
        Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
        candidates.put("Tavi Hollendt", List.of());
        candidates.put("Hollendt", List.of(new Candidate("Tavira_Hollendt", 1.0)));
        assertThat(LinkRules.knownShare(candidates, Map.of("Tavi Hollendt", 3, "Hollendt", 1), "Tavi Hollendt"))
                .isCloseTo(1.0 / 4, within(1e-9));
        // A one-word canonical name, or one the dictionary knows: nothing is kept back.
        assertThat(LinkRules.knownShare(Map.of("Vlmr", List.of(), "Velmora", List.of(new Candidate("Velmora", 1.0))),
                Map.of("Vlmr", 3, "Velmora", 1), "Vlmr")).isEqualTo(1.0);
        candidates.put("Tavi Hollendt", List.of(new Candidate("Tavira_Hollendt", 0.5)));
        assertThat(LinkRules.knownShare(candidates, Map.of("Tavi Hollendt", 3, "Hollendt", 1), "Tavi Hollendt"))
                .isEqualTo(1.0);
    }

    @Test
    void typeFitPenalisesAnotherKindAndPrefersATeamForATeam() {
        assertThat(LinkRules.typeFit(EntityType.PERSON, false, TitleKind.LOCATION)).isNegative();
        assertThat(LinkRules.typeFit(EntityType.PERSON, false, TitleKind.UNKNOWN)).isZero();
        assertThat(LinkRules.typeFit(EntityType.PERSON, false, TitleKind.PERSON)).isPositive();
        assertThat(LinkRules.typeFit(EntityType.LOCATION, true, TitleKind.TEAM)).isEqualTo(1);
        assertThat(LinkRules.typeFit(EntityType.LOCATION, true, TitleKind.LOCATION)).isNegative();
        assertThat(LinkRules.typeFit(EntityType.ORGANIZATION, false, TitleKind.TEAM)).isPositive();
        assertThat(LinkRules.typeFit(EntityType.LOCATION, false, TitleKind.OTHER)).isEqualTo(-1);
    }

    @Test
    void contextCountsTheTitlesOwnWordsTheDocumentUses() {
        Set<String> name = LinkRules.nameWords(List.of("Brakkonia"));
        Set<String> cricket = LinkRules.distinctiveWords("Brakkonia_cricket_team", name);
        assertThat(cricket).containsExactly("cricket"); // "team" is in every such title
        assertThat(LinkRules.context(cricket, Set.of("wickets", "cricket", "innings"))).isEqualTo(1.0);
        assertThat(LinkRules.context(cricket, Set.of("goal", "penalty"))).isZero();
        // Soccer reports say soccer, the titles football.
        assertThat(LinkRules.context(LinkRules.distinctiveWords("Brakkonia national football team", name),
                Set.of("soccer"))).isEqualTo(1.0);
        // The plain article and a title that is no sense of the name have nothing to confirm.
        assertThat(LinkRules.distinctiveWords("Brakkonia", name)).isEmpty();
        assertThat(LinkRules.distinctiveWords("Oszland_cricket_team", name)).isEmpty();
    }

    @Test
    void coherenceCountsTheTitlesWordsAmongTheOtherEntitiesLinks() {
        Set<String> cricket = LinkRules.distinctiveWords("Brakkonia cricket team", Set.of("brakkonia"));
        Set<String> linked = ContextWords.of("Quellport County Cricket Club");
        assertThat(LinkRules.coherence(cricket, linked)).isEqualTo(1.0);
        assertThat(LinkRules.coherence(cricket, ContextWords.of("Quellport F.C."))).isZero();
    }

    @Test
    void aPersonsArticleMustBearANameThePersonCanHave() {
        List<String> variants = List.of("Tarquin Oszlo", "Oszlo");
        assertThat(LinkRules.personNameFit(EntityType.PERSON, "Tarquin_Oszlo", variants)).isZero();
        assertThat(LinkRules.personNameFit(EntityType.PERSON, "Tárquin Oszlo (footballer)", variants)).isZero();
        assertThat(LinkRules.personNameFit(EntityType.PERSON, "Bertram_Oszlo", variants)).isEqualTo(-1);
        assertThat(LinkRules.personNameFit(EntityType.PERSON, "Oszlo", variants)).isEqualTo(-1);
        assertThat(LinkRules.personNameFit(EntityType.PERSON, "Bertram_Oszlo", List.of("Oszlo"))).isZero();
        assertThat(LinkRules.personNameFit(EntityType.LOCATION, "Oszlo", variants)).isZero();
    }

    @Test
    void aTitleThatIsTheNameItselfIsThePlainName() {
        assertThat(LinkRules.isPlainName("Trevanne", List.of("TREVANNE"))).isTrue();
        assertThat(LinkRules.isPlainName("Trevanne_(city)", List.of("Trevanne"))).isTrue();
        assertThat(LinkRules.isPlainName("Trevanne_Comets", List.of("Trevanne"))).isFalse();
    }

    @Test
    void anAliasSharesNoWordWithTheNameAndIsConfirmedByItsArticleBeside() {
        Set<String> name = LinkRules.nameWords(List.of("Orvelline Republic"));
        assertThat(LinkRules.isAlias(ContextWords.of("Marbania"), name)).isTrue();
        assertThat(LinkRules.isAlias(ContextWords.of("Orvelline Republic"), name)).isFalse();
        assertThat(LinkRules.isAlias(ContextWords.of("Orvellíne Republic"), name)).isFalse();
        assertThat(LinkRules.isAlias(ContextWords.of("Marbania"), LinkRules.nameWords(List.of("OR")))).isFalse();
        assertThat(LinkRules.aliasCoherence("Marbania", List.of(Set.of("Marbania"), Set.of("Velmora")))).isEqualTo(0.5);
        assertThat(LinkRules.aliasCoherence("Marbania", List.of())).isZero();
    }

    @Test
    void aCountryMayBeAnOrganisationsArticleAProvinceHardlyEver() {
        TitleKind.Territory province = TitleKind.Territory.SUBDIVISION;
        assertThat(LinkRules.territoryFit(EntityType.ORGANIZATION, false, province)).isNegative();
        assertThat(LinkRules.territoryFit(EntityType.ORGANIZATION, false, TitleKind.Territory.COUNTRY)
                + LinkRules.typeFit(EntityType.ORGANIZATION, false, TitleKind.LOCATION)).isZero();
        assertThat(LinkRules.territoryFit(EntityType.ORGANIZATION, false, TitleKind.Territory.NONE)).isZero();
        assertThat(LinkRules.territoryFit(EntityType.ORGANIZATION, true, province)).isZero();
        assertThat(LinkRules.territoryFit(EntityType.LOCATION, false, province)).isZero();
    }
}
