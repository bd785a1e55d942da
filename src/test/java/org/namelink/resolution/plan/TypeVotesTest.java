package org.namelink.resolution.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.NameForm;
import org.namelink.names.NameMatcher;
import org.namelink.text.Span;

class TypeVotesTest {

    private static int[] votes(int person, int location, int organization) {
        int[] v = TypeVotes.noVotes();
        v[EntityType.PERSON.ordinal()] = person;
        v[EntityType.LOCATION.ordinal()] = location;
        v[EntityType.ORGANIZATION.ordinal()] = organization;
        return v;
    }

    @Test
    void aDocumentsMajorityWinsAndTiesKeepTheMentionsOwnType() {
        assertThat(TypeVotes.documentType(EntityType.ORGANIZATION, votes(3, 0, 1))).isEqualTo(EntityType.PERSON);
        assertThat(TypeVotes.documentType(EntityType.ORGANIZATION, votes(2, 0, 2))).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void theCorpusTurnsOnlyATypeOutvotedTwoToOne() {
        assertThat(TypeVotes.corpusType(EntityType.ORGANIZATION, votes(10, 0, 1))).isEqualTo(EntityType.PERSON);
        assertThat(TypeVotes.corpusType(EntityType.ORGANIZATION, votes(2, 0, 1))).isEqualTo(EntityType.PERSON);
        assertThat(TypeVotes.corpusType(EntityType.ORGANIZATION, votes(3, 0, 2))).isEqualTo(EntityType.ORGANIZATION);
        assertThat(TypeVotes.corpusType(EntityType.PERSON, votes(10, 0, 1))).isEqualTo(EntityType.PERSON);
    }

    @Test
    void theTypesAVoteTurnIntoOneAreThoseItOutvotesTwoToOne() {
        assertThat(TypeVotes.outvotedBy(EntityType.ORGANIZATION, votes(0, 1, 2))).containsExactly(EntityType.LOCATION);
        assertThat(TypeVotes.outvotedBy(EntityType.ORGANIZATION, votes(1, 1, 2))).containsExactly(EntityType.PERSON,
                EntityType.LOCATION);
        assertThat(TypeVotes.outvotedBy(EntityType.ORGANIZATION, votes(0, 1, 1))).isEmpty();
        assertThat(TypeVotes.outvotedBy(EntityType.LOCATION, votes(0, 1, 2))).isEmpty();
    }

    @Test
    void typesFixedByLayoutVoteButNeverChange() {
        NameMatcher matcher = NameMatcher.defaults();
        List<Mention> mentions = List.of(
                new Mention(new Span(0, 8), "Havenbay", EntityType.ORGANIZATION, "layout", true),
                new Mention(new Span(10, 18), "Havenbay", EntityType.LOCATION, "crf"),
                new Mention(new Span(20, 28), "Havenbay", EntityType.LOCATION, "crf"),
                new Mention(new Span(30, 38), "Havenbay", EntityType.ORGANIZATION, "crf"));
        List<NameForm> forms = mentions.stream().map(m -> matcher.analyzer().analyze(m.text(), m.type())).toList();
        List<EntityType> types = new ArrayList<>(TypeVotes.documentTypes(mentions, forms));
        // Two against two (the fixed one votes): each keeps its own type.
        assertThat(types).containsExactly(EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.LOCATION,
                EntityType.ORGANIZATION);
        Map<String, int[]> corpus = new HashMap<>();
        TypeVotes.count(forms, types, corpus);
        corpus.get(forms.get(0).key())[EntityType.PERSON.ordinal()] += 10; // other documents call it a person
        TypeVotes.applyCorpusVote(mentions, forms, types, corpus);
        assertThat(types).containsExactly(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PERSON,
                EntityType.PERSON);
    }

    @Test
    void aMentionsCorpusVoteSkipsEmptyNamesAndFixedTypesWithoutReadingTheirVotes() {
        assertThat(TypeVotes.corpusVoted(EntityType.ORGANIZATION, false, false, votes(10, 0, 1)))
                .isEqualTo(EntityType.PERSON);
        assertThat(TypeVotes.corpusVoted(EntityType.ORGANIZATION, true, false, null)).isEqualTo(EntityType.ORGANIZATION);
        assertThat(TypeVotes.corpusVoted(EntityType.ORGANIZATION, false, true, null)).isEqualTo(EntityType.ORGANIZATION);
    }
}
