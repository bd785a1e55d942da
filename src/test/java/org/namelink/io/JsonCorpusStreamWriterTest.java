package org.namelink.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.Namelink.AnalyzedOrError;
import org.namelink.pipeline.SharedPipeline;

/** The streaming writer writes exactly what the tree writer writes. */
class JsonCorpusStreamWriterTest {

    @Test
    void writesTheSameBytesAsTheTreeWriter() throws IOException {
        List<AnalyzedOrError> analyzed = new ArrayList<>();
        for (ArticleSource s : ArticleReader.read(List.of(Path.of("testdata", "articles")))) {
            Article a = s.article().orElseThrow();
            analyzed.add(AnalyzedOrError.of(SharedPipeline.get().analyze(a)));
        }
        analyzed.add(AnalyzedOrError.failed("broken", "broken.txt is not valid UTF-8 \"quoted\" \u00E9"));
        Corpus corpus = SharedPipeline.get().resolve(analyzed);
        assertThat(corpus.entities().stream().filter(e -> !e.reasons().isEmpty())).isNotEmpty();

        StringWriter tree = new StringWriter();
        new JsonCorpusWriter().write(corpus, tree);
        StringWriter stream = new StringWriter();
        new JsonCorpusStreamWriter().write(corpus, stream);
        assertThat(stream.toString()).isEqualTo(tree.toString());
    }

    @Test
    void writesAnEmptyCorpusLikeTheTreeWriter() throws IOException {
        Corpus empty = new Corpus(List.of(), List.of());
        StringWriter tree = new StringWriter();
        new JsonCorpusWriter().write(empty, tree);
        StringWriter stream = new StringWriter();
        new JsonCorpusStreamWriter().write(empty, stream);
        assertThat(stream.toString()).isEqualTo(tree.toString());
    }
}
