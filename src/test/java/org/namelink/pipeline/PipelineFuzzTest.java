package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.namelink.resolution.Entity;
import org.namelink.text.Sentence;
import org.namelink.text.Token;

/**
 * The pipeline's contract on any text (Jazzer): tokens and sentences in order and equal to their span
 * of the text, mentions keeping {@link MentionContract}, resolved mentions with the same offsets and an
 * entity each, and no exception but the documented one (a blank text is refused with an
 * {@link IllegalArgumentException}).
 *
 * <p>{@code mvn verify} replays the inputs under {@code src/test/resources/org/namelink/pipeline/
 * PipelineFuzzTestInputs/pipelineKeepsItsContract/}: seeds, and every input that ever failed (add each
 * new finding there, named for what it broke). {@code mvn -P fuzz verify} fuzzes for
 * {@code -Dfuzz.duration} (default 10m), with a bound on the time per input that the replay does not
 * check (the build has no timed tests; libFuzzer's own timeout stops a hang).
 */
class PipelineFuzzTest {

    /** While fuzzing, the longest an input of at most a few kilobytes may take. */
    private static final long MAX_MILLIS_PER_INPUT = 10_000;

    private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();

    /**
     * Loads the models and the classes a text goes through (Jazzer instruments each class as it loads),
     * so that the first input's time is its own.
     */
    @BeforeAll
    static void warmUp() {
        SharedPipeline.get().analyze(new Article("warm-up", "Mr. Ali al-Sistani met Angela Merkel in Berlin.\nReuters"));
    }

    @FuzzTest
    void pipelineKeepsItsContract(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Namelink namelink = SharedPipeline.get();
        Article article = new Article("fuzz", text);
        if (text.isBlank()) {
            assertThatThrownBy(() -> namelink.analyze(article)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        long t0 = System.nanoTime();
        AnalyzedArticle analyzed = namelink.analyze(article);
        Corpus corpus = namelink.resolve(List.of(Namelink.AnalyzedOrError.of(analyzed)));
        long millis = (System.nanoTime() - t0) / 1_000_000;

        int previousEnd = 0;
        for (Sentence s : analyzed.sentences()) {
            assertThat(s.span().start()).as("sentence %s after %d", s.span(), previousEnd).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = s.span().end();
            int previousToken = s.span().start();
            for (Token t : s.tokens()) {
                assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
                assertThat(t.start()).as("token %s", t).isGreaterThanOrEqualTo(previousToken);
                previousToken = t.end();
            }
        }
        MentionContract.check(text, analyzed.mentions(), "the pipeline");

        ProcessedDocument document = corpus.documents().get(0);
        assertThat(document.error()).isEmpty();
        assertThat(document.mentions()).extracting(ResolvedMention::span)
                .containsExactlyElementsOf(analyzed.mentions().stream().map(m -> m.span()).toList());
        Set<String> ids = corpus.entities().stream().map(Entity::id).collect(Collectors.toSet());
        for (ResolvedMention m : document.mentions()) {
            assertThat(m.text()).isEqualTo(text.substring(m.span().start(), m.span().end()));
            assertThat(ids).contains(m.entity());
        }
        if (FUZZING) {
            assertThat(millis).as("milliseconds for %d characters", text.length()).isLessThan(MAX_MILLIS_PER_INPUT);
        }
    }
}
