package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A country's national side and the country resolve apart, through the whole pipeline. */
class TeamSensePipelineTest {

    private static final Article MATCH = new Article("match", "Soccer: Chile beat Peru 2-1 in a World Cup "
            + "qualifier on Tuesday. Chile led 1-0 at halftime through a penalty, and Peru's goalkeeper "
            + "saved twice before the home striker scored again. Chile face Bolivia in the tournament next month.");
    private static final Article POLITICS = new Article("politics", "The government of Chile signed a trade "
            + "agreement with Peru on Monday. Ministers from Chile and Peru met in Lima to discuss tariffs.");

    private static Set<String> entitiesOf(Corpus corpus, String document, String name) {
        return corpus.documents().stream().filter(d -> d.id().equals(document))
                .flatMap(d -> d.mentions().stream()).filter(m -> m.text().equals(name))
                .map(ResolvedMention::entity).collect(Collectors.toSet());
    }

    @Test
    void theSideIsNotTheCountry() {
        Corpus corpus = SharedPipeline.get().process(List.of(MATCH, POLITICS));
        Set<String> team = entitiesOf(corpus, "match", "Chile");
        Set<String> country = entitiesOf(corpus, "politics", "Chile");
        assertThat(team).hasSize(1);
        assertThat(country).hasSize(1);
        assertThat(team).doesNotContainAnyElementsOf(country);
        assertThat(entitiesOf(corpus, "match", "Peru")).doesNotContainAnyElementsOf(entitiesOf(corpus, "politics", "Peru"));
        assertThat(corpus.entitiesNamed("Chile")).extracting(e -> e.team()).containsExactlyInAnyOrder(true, false);
        assertThat(corpus.entities()).filteredOn(e -> e.name().equals("Chile"))
                .extracting(e -> e.id(), e -> e.team())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(team.iterator().next(), true),
                        org.assertj.core.groups.Tuple.tuple(country.iterator().next(), false));
    }

    @Test
    void extractionKeepsTheTeamSensesAndTheStreamingPathAgrees() {
        DocumentMentions match = SharedPipeline.get().extract(MATCH);
        DocumentMentions politics = SharedPipeline.get().extract(POLITICS);
        assertThat(match.teamMentions()).isNotEmpty()
                .allSatisfy(i -> assertThat(match.mentions().get(i).text()).isIn("Chile", "Peru", "Bolivia"));
        assertThat(politics.teamMentions()).isEmpty();
        Corpus streamed = SharedPipeline.get().resolveMentions(List.of(match, politics));
        assertThat(entitiesOf(streamed, "match", "Chile")).doesNotContainAnyElementsOf(entitiesOf(streamed, "politics", "Chile"));
    }
}
