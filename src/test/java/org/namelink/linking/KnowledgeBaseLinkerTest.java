package org.namelink.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.kb.KnowledgeBase;
import org.namelink.kb.KnowledgeBaseIndex;
import org.namelink.kb.WikiDictionary;
import org.namelink.mentions.EntityType;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityLink;
import org.namelink.resolution.EntityMention;
import org.namelink.text.Span;

/** The linker on a made-up dictionary: priors over variants, type, context, coherence, no link. */
class KnowledgeBaseLinkerTest {

    private static final String DICTIONARY = String.join("\n",
            "Velmora\tVelmora\t0.55",
            "Velmora\tVelmora_River\t0.45",
            "Velmora city\tVelmora\t1.0",
            "Brakkonia\tBrakkonia\t0.85",
            "Brakkonia\tBrakkonia_national_football_team\t0.05",
            "Brakkonia\tBrakkonia_cricket_team\t0.05",
            "Brakkonia\tBrakkonia_(film)\t0.05",
            "Quellport\tQuellport_County_Cricket_Club\t0.9",
            "Quellport\tQuellport\t0.1",
            "Oszlo\tOszlo_Glacier\t0.7",
            "Oszlo\tTarquin_Oszlo\t0.3",
            "Tarquin Oszlo\tTarquin_Oszlo\t1.0",
            "Dremmel\tDremmel_Gorge\t0.25",
            "Dremmel\tDremmel_Pass\t0.25",
            "Dremmel\tDremmel_Heights\t0.25",
            "Dremmel\tDremmel_Fields\t0.25",
            "Sarvesh\tSarvesh_War\t0.7",
            "Sarvesh\tSarvesh_Bay\t0.3",
            "Hollendt\tTavira_Hollendt\t1.0",
            "Krosk\tKrosk\t0.3",
            "Dravosk\tDravosk\t0.9",
            "Trevanne\tTrevanne\t0.6",
            "Krosk Albion\tKrosk_Albion_Football_Club\t1.0",
            "Dravosk national football team\tDravosk_national_football_team\t1.0",
            "Dravosk national basketball team\tDravosk_national_basketball_team\t1.0",
            "Orvelline Republic\tOrvelline_republic\t0.66",
            "Orvelline Republic\tMarbania\t0.17",
            "Orvelline Republic\tConstitution_of_the_Orvelline_Republic\t0.17",
            "Marbania\tMarbania\t0.9",
            "Kessar\tKessar_Province\t0.62",
            "Kessar\tAl_Kessar\t0.11",
            "Kessar\tKessar_Regulations\t0.11",
            "Kessar\tJoren_Talvik\t0.11",
            "Zentavia Airways\tZentavia_Airways\t1.0",
            "Zentavia\tZentavia\t0.9",
            "") + "\n";

    @TempDir
    static Path dir;

    static KnowledgeBase kb;

    @BeforeAll
    static void buildIndex() throws IOException {
        Path file = dir.resolve("dict.tab");
        Files.writeString(file, DICTIONARY);
        KnowledgeBaseIndex.builder().build().write(WikiDictionary.ofFile(file), dir.resolve("index"));
        kb = KnowledgeBase.open(dir.resolve("index"));
    }

    private static Entity entity(String id, EntityType type, boolean team, String doc, String... variants) {
        List<EntityMention> mentions = new ArrayList<>();
        for (String v : variants) {
            mentions.add(new EntityMention(doc, new Span(0, v.length()), v));
        }
        return new Entity(id, type, variants[0], List.of(variants), mentions, List.of(doc), List.of(), team);
    }

    private static Optional<EntityLink> link(Entity e, Set<String> words) {
        return KnowledgeBaseLinker.builder(kb).build().links(List.of(e), Map.of(e.documents().get(0), words)).get(0);
    }

    @Test
    void variantsTogetherDecideWhatOneAloneCannot() {
        Entity alone = entity("e1", EntityType.LOCATION, false, "d1", "Velmora");
        Entity withCity = entity("e1", EntityType.LOCATION, false, "d1", "Velmora", "Velmora city", "Velmora city");
        Optional<EntityLink> a = link(alone, Set.of());
        Optional<EntityLink> b = link(withCity, Set.of());
        assertThat(b).map(EntityLink::id).contains("Velmora");
        assertThat(b.orElseThrow().score()).isGreaterThan(a.map(EntityLink::score).orElse(0.0));
        assertThat(b.orElseThrow().url()).isEqualTo("https://en.wikipedia.org/wiki/Velmora");
    }

    @Test
    void aTeamInACricketReportIsTheCricketTeam() {
        Entity team = entity("e1", EntityType.LOCATION, true, "d1", "Brakkonia");
        assertThat(link(team, Set.of("cricket", "wickets", "innings"))).map(EntityLink::id)
                .contains("Brakkonia_cricket_team");
        assertThat(link(team, Set.of("soccer", "goal"))).map(EntityLink::id)
                .contains("Brakkonia_national_football_team");
        // The country itself, in a report on anything else.
        assertThat(link(entity("e1", EntityType.LOCATION, false, "d1", "Brakkonia"), Set.of("talks")))
                .map(EntityLink::id).contains("Brakkonia");
    }

    @Test
    void inASportsReportAnOrganisationNamedAsAPlaceIsItsSideFoundByItsUsualTitle() {
        // The dictionary's anchors for "Dravosk" name the country only; its sides have their own surfaces.
        Entity org = entity("e1", EntityType.ORGANIZATION, false, "d1", "Dravosk");
        assertThat(link(org, Set.of("soccer", "goal", "sport:football"))).map(EntityLink::id)
                .contains("Dravosk_national_football_team");
        assertThat(link(org, Set.of("basketball", "rebounds", "sport:basketball"))).map(EntityLink::id)
                .contains("Dravosk_national_basketball_team");
        // Not a sports report (the sport's word in passing, not in the headline): the country.
        assertThat(link(org, Set.of("soccer", "talks"))).map(EntityLink::id).contains("Dravosk");
        // A person is never a side.
        assertThat(link(entity("e1", EntityType.PERSON, false, "d1", "Dravosk"),
                Set.of("soccer", "sport:football"))).map(EntityLink::id)
                .isNotEqualTo(Optional.of("Dravosk_national_football_team"));
    }

    @Test
    void inASportsReportAPlaceTypedAsAPlaceIsItsSideOnlyWhenTheReportSaysSo() {
        // Typed a place: it may be the venue or the dateline; its side's article is a candidate,
        // which the report's words alone do not make likelier than the country...
        Entity place = entity("e2", EntityType.LOCATION, false, "d1", "Dravosk");
        Set<String> report = Set.of("soccer", "goal", "sport:football");
        assertThat(link(place, report)).map(EntityLink::id).contains("Dravosk");
        // ...but a football club linked beside it does.
        Entity club = entity("e1", EntityType.ORGANIZATION, false, "d1", "Krosk Albion");
        List<Optional<EntityLink>> links = KnowledgeBaseLinker.builder(kb).build()
                .links(List.of(club, place), Map.of("d1", report));
        assertThat(links.get(0)).map(EntityLink::id).contains("Krosk_Albion_Football_Club");
        assertThat(links.get(1)).map(EntityLink::id).contains("Dravosk_national_football_team");
    }

    /** An entity of one name, named {@code times} times in one document. */
    private static Entity named(EntityType type, String name, int times) {
        List<EntityMention> mentions = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            mentions.add(new EntityMention("d1", new Span(10 * i, 10 * i + name.length()), name));
        }
        return new Entity("e1", type, name, List.of(name), mentions, List.of("d1"), List.of(), false);
    }

    @Test
    void inASportsReportAPlaceNamedAgainAndAgainIsItsSide() {
        Set<String> report = Set.of("soccer", "goal", "sport:football");
        assertThat(link(named(EntityType.LOCATION, "Dravosk", 2), report)).map(EntityLink::id)
                .contains("Dravosk_national_football_team");
        // Named once, as a venue or a dateline is: the place.
        assertThat(link(named(EntityType.LOCATION, "Dravosk", 1), report)).map(EntityLink::id).contains("Dravosk");
    }

    @Test
    void aSideWhoseArticleIsNoCandidateIsNotLinkedToThePlacesArticle() {
        // Trevanne's side has no article the dictionary knows: its name's own article is the place's.
        Set<String> report = Set.of("innings", "sport:baseball");
        assertThat(link(named(EntityType.ORGANIZATION, "Trevanne", 1), report)).isEmpty();
        assertThat(link(named(EntityType.LOCATION, "Trevanne", 3), report)).isEmpty();
        assertThat(link(named(EntityType.LOCATION, "Trevanne", 1), report)).map(EntityLink::id).contains("Trevanne");
        assertThat(link(named(EntityType.ORGANIZATION, "Trevanne", 1), Set.of("talks"))).map(EntityLink::id)
                .contains("Trevanne");
    }

    @Test
    void aPersonIsNotLinkedToAPlaceOrSomeoneElse() {
        Entity person = entity("e1", EntityType.PERSON, false, "d1", "Oszlo", "Tarquin Oszlo");
        assertThat(link(person, Set.of())).map(EntityLink::id).contains("Tarquin_Oszlo");
        Entity place = entity("e1", EntityType.LOCATION, false, "d1", "Oszlo");
        assertThat(link(place, Set.of())).map(EntityLink::id).contains("Oszlo_Glacier");
    }

    @Test
    void coherenceFollowsTheOtherEntitiesLinks() {
        // The club is confidently linked; it makes the team beside it the cricket team, though the
        // document's own words say nothing of cricket.
        Entity club = entity("e1", EntityType.ORGANIZATION, false, "d1", "Quellport");
        Entity team = entity("e2", EntityType.LOCATION, true, "d1", "Brakkonia");
        KnowledgeBaseLinker linker = KnowledgeBaseLinker.builder(kb).build();
        List<Optional<EntityLink>> links = linker.links(List.of(club, team), Map.of("d1", Set.of("beat")));
        assertThat(links.get(0)).map(EntityLink::id).contains("Quellport_County_Cricket_Club");
        assertThat(links.get(1)).map(EntityLink::id).contains("Brakkonia_cricket_team");
        assertThat(linker.links(List.of(team), Map.of("d1", Set.of("beat"))).get(0).map(EntityLink::id))
                .isNotEqualTo(Optional.of("Brakkonia_cricket_team"));
    }

    @Test
    void noLinkOutsideTheDictionaryOrBelowTheThreshold() {
        assertThat(link(entity("e1", EntityType.PERSON, false, "d1", "Zorbulat Quenn"), Set.of())).isEmpty();
        // Four equally likely articles: too uncertain.
        assertThat(link(entity("e1", EntityType.LOCATION, false, "d1", "Dremmel"), Set.of())).isEmpty();
        Entity velmora = entity("e1", EntityType.LOCATION, false, "d1", "Velmora");
        assertThat(KnowledgeBaseLinker.builder(kb).threshold(0.99).build()
                .links(List.of(velmora), Map.of()).get(0)).isEmpty();
    }

    @Test
    void aFullNameTheDictionaryLacksIsNotLinkedThroughItsSurname() {
        // Before: the surname's only article, prior 1.0, whoever the full name is.
        assertThat(link(entity("e1", EntityType.PERSON, false, "d1", "Tavi Hollendt", "Hollendt"), Set.of()))
                .isEmpty();
        assertThat(link(entity("e1", EntityType.PERSON, false, "d1", "Hollendt"), Set.of())).map(EntityLink::id)
                .contains("Tavira_Hollendt");
    }

    @Test
    void noLinkWhenNoneOfTheArticlesIsLikelierThanNone() {
        // One article with 0.3 of the name's anchors: "none of them" (0.7) is likelier, at any threshold.
        Entity krosk = entity("e1", EntityType.LOCATION, false, "d1", "Krosk");
        assertThat(KnowledgeBaseLinker.builder(kb).threshold(0).build().links(List.of(krosk), Map.of()).get(0))
                .isEmpty();
    }

    @Test
    void noLinkerLinksNothing() {
        Entity velmora = entity("e1", EntityType.LOCATION, false, "d1", "Velmora");
        assertThat(Linker.none().link(List.of(velmora), Map.of())).containsExactly(velmora);
    }

    @Test
    void aNameWhoseAnchorsMostlyNameAnEventLinksToThePlaceNeverTheEvent() {
        // Found on the five articles: "Gulf" linked to Gulf_War, "Islamic Republic" to a constitution.
        Optional<EntityLink> place = link(entity("e1", EntityType.LOCATION, false, "d1", "Sarvesh"), Set.of());
        assertThat(place.map(EntityLink::id)).isNotEqualTo(Optional.of("Sarvesh_War"));
        assertThat(LinkRules.mayBeEntity("Sarvesh_War")).isFalse();
        assertThat(LinkRules.mayBeEntity("Constitution_of_Velmora")).isFalse();
        assertThat(LinkRules.mayBeEntity("Sarvesh_Bay")).isTrue();
    }

    @Test
    void anAliasIsConfirmedByAnotherEntityOfItsDocumentsLinkedToItsArticle() {
        // "Orvelline Republic" names Marbania (the form of state's article is a common noun's, dropped),
        // too rarely to be linked alone; beside Marbania itself, linked, it is Marbania.
        Entity alias = entity("e1", EntityType.LOCATION, false, "d1", "Orvelline Republic");
        Entity country = entity("e2", EntityType.LOCATION, false, "d1", "Marbania");
        KnowledgeBaseLinker linker = KnowledgeBaseLinker.builder(kb).build();
        assertThat(linker.links(List.of(alias), Map.of("d1", Set.of("talks"))).get(0)).isEmpty();
        List<Optional<EntityLink>> links = linker.links(List.of(alias, country), Map.of("d1", Set.of("talks")));
        assertThat(links.get(1)).map(EntityLink::id).contains("Marbania");
        assertThat(links.get(0)).map(EntityLink::id).contains("Marbania");
        // In another document than Marbania's: not confirmed.
        Entity elsewhere = entity("e1", EntityType.LOCATION, false, "d2", "Orvelline Republic");
        assertThat(linker.links(List.of(elsewhere, country), Map.of("d1", Set.of("talks"), "d2", Set.of("talks")))
                .get(0)).isEmpty();
    }

    @Test
    void anOrganisationNamedLikeAProvinceIsNotLinkedToTheProvince() {
        // Found on the five articles: a news agency named for a province linked to the province.
        assertThat(link(entity("e1", EntityType.ORGANIZATION, false, "d1", "Kessar"), Set.of("agency")))
                .isEmpty();
        assertThat(link(entity("e1", EntityType.LOCATION, false, "d1", "Kessar"), Set.of("agency")))
                .map(EntityLink::id).contains("Kessar_Province");
        // A country may stand for its government: still linked.
        assertThat(link(entity("e1", EntityType.ORGANIZATION, false, "d1", "Marbania"), Set.of("talks")))
                .map(EntityLink::id).contains("Marbania");
    }

    @Test
    void anOrganisationsNameWithAWordTooManyIsLinkedThroughItsLeadingWords() {
        // Found on the five articles: an airline's name with its aircraft's maker, which the dictionary lacks.
        assertThat(link(entity("e1", EntityType.ORGANIZATION, false, "d1", "Zentavia Airways Falcon"),
                Set.of("flight"))).map(EntityLink::id).contains("Zentavia_Airways");
        // One leading word is no organisation's name; a person's first names are not one either.
        assertThat(link(entity("e1", EntityType.ORGANIZATION, false, "d1", "Zentavia Falcon"), Set.of("flight")))
                .isEmpty();
        assertThat(link(entity("e1", EntityType.PERSON, false, "d1", "Zentavia Airways Falcon"), Set.of("flight")))
                .isEmpty();
    }
}
