package org.namelink.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.mentions.CrfMentionFinder;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.text.TextAnalyzer;

class TaggerTrainingTest {

    @TempDir
    Path dir;

    /** Made-up sentences in CoNLL-2003's format: IOB1 tags, a B- only between two names of one type. */
    private static final String CONLL = """
            -DOCSTART- -X- -X- O

            Zorbel NNP I-NP I-PER
            Quandt NNP I-NP I-PER
            visited VBD I-VP O
            Plimsk NNP I-NP I-LOC
            . . O O

            Zorbel NNP I-NP I-PER
            met VBD I-VP O
            Ardo NNP I-NP I-PER
            Velt NNP I-NP I-PER
            of IN I-PP O
            Krumwell NNP I-NP I-ORG
            Holdings NNP I-NP I-ORG
            in IN I-PP O
            Plimsk NNP I-NP I-LOC
            . . O O

            -DOCSTART- -X- -X- O

            Plimsk NNP I-NP I-LOC
            Varn NNP I-NP B-LOC
            Krumwell NNP I-NP I-ORG
            Holdings NNP I-NP I-ORG
            said VBD I-VP O
            Ardo NNP I-NP I-PER
            Velt NNP I-NP I-PER
            left VBD I-VP O
            Varn NNP I-NP I-LOC
            . . O O
            """;

    @Test
    void convertsIob1ToCoreNlpColumns() throws IOException {
        Path conll = write("train.conll", CONLL);
        Path out = dir.resolve("cols.tsv");
        ConllColumns.Counts counts = ConllColumns.convert(conll, out);
        assertThat(counts).isEqualTo(new ConllColumns.Counts(3, 25));
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.subList(0, 6)).containsExactly("Zorbel\tPERSON", "Quandt\tPERSON", "visited\tO",
                "Plimsk\tLOCATION", ".\tO", "");
        assertThat(lines).contains("Varn\tLOCATION", "Krumwell\tORGANIZATION");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(".\tO");
    }

    @Test
    void refusesAnUnknownTagNamingTheLine() throws IOException {
        Path conll = write("bad.conll", "Zorbel NNP I-NP I-PERSON\n");
        assertThatThrownBy(() -> ConllColumns.convert(conll, dir.resolve("x.tsv")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1").hasMessageContaining("I-PERSON");
    }

    @Test
    void refusesAMissingTrainingFile() {
        assertThatThrownBy(() -> TaggerTraining.builder().train(dir.resolve("none")).out(dir).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }

    @Test
    void trainsAModelTheSafeLoaderReadsAndThatTagsItsTrainingNames() throws IOException {
        Path conll = write("train.conll", CONLL.repeat(3));
        Path out = dir.resolve("model");
        TaggerTraining.Result r = TaggerTraining.builder().train(conll).out(out).features(Set.of()).build().run();
        assertThat(r.model()).exists();
        assertThat(out.resolve(TaggerTraining.PROPERTIES_FILE)).exists();
        // The CoNLL text and feature files made for training are gone.
        assertThat(out.resolve("train.tsv")).doesNotExist();
        assertThat(Files.list(out).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder(TaggerTraining.MODEL_FILE, TaggerTraining.PROPERTIES_FILE);
        CrfMentionFinder finder = CrfMentionFinder.load(r.model().toString(), "crf-test");
        List<Mention> found = finder.find(TextAnalyzer.pretokenized().analyze("Zorbel Quandt visited Plimsk ."));
        assertThat(found).extracting(Mention::type).contains(EntityType.PERSON);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void neverTouchesTheUsersFilesInTheOutputDirectory() throws IOException {
        // Found in review: the converted text went to OUT/train.tsv and was deleted after, so
        // --train OUT/train.tsv --out OUT emptied the training file, then deleted it.
        Path out = dir.resolve("work");
        Files.createDirectories(out);
        Path train = Files.writeString(out.resolve("train.tsv"), CONLL);
        Path kept = Files.writeString(out.resolve("distsim.clusters"), "mine\t1\n");
        TaggerTraining.builder().train(train).out(out).features(Set.of()).build().run();
        assertThat(train).hasContent(CONLL);
        assertThat(kept).hasContent("mine\t1\n");
    }

    @Test
    void aFailedRunLeavesTheEarlierModelAsItWas() throws IOException {
        Path out = dir.resolve("earlier");
        Files.createDirectories(out);
        Path model = Files.writeString(out.resolve(TaggerTraining.MODEL_FILE), "earlier model");
        Path props = Files.writeString(out.resolve(TaggerTraining.PROPERTIES_FILE), "earlier = 1\n");
        Path bad = write("bad-train.conll", "Zorbel NNP I-NP I-PERSON\n");
        assertThatThrownBy(() -> TaggerTraining.builder().train(bad).out(out).features(Set.of()).build().run())
                .isInstanceOf(IOException.class);
        assertThat(model).hasContent("earlier model");
        assertThat(props).hasContent("earlier = 1\n");
        assertThat(Files.list(out)).hasSize(2);
    }
}
