package org.namelink.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.DocumentMentions;
import org.namelink.pipeline.SharedPipeline;

class NamelinkExtractorTest {

    private static final StructType ARTICLES = new StructType()
            .add("id", DataTypes.StringType).add("body", DataTypes.StringType);

    private final SparkSession spark = SharedSpark.get();

    private Dataset<Row> articles(List<Row> rows) {
        return spark.createDataFrame(rows, ARTICLES).repartition(2);
    }

    @Test
    void mentionRowsAreTheSingleMachineMentions() {
        String a = "Qassem Soleimani commanded the Islamic Revolutionary Guard Corps (IRGC) from Tehran.";
        String b = "Soleimani was killed near Baghdad airport. The IRGC vowed revenge.";
        Dataset<Row> out = new NamelinkExtractor().setTextCol("body")
                .transform(articles(List.of(RowFactory.create("a", a), RowFactory.create("b", b))));

        List<Row> rows = out.orderBy("documentId", "mentionIndex").collectAsList();
        List<Row> expected = new ArrayList<>();
        expected.addAll(MentionRows.of(SharedPipeline.get().extract(new Article("a", a))));
        expected.addAll(MentionRows.of(SharedPipeline.get().extract(new Article("b", b))));
        assertThat(rows).containsExactlyElementsOf(expected);
        assertThat(rows).extracting(r -> r.getString(r.fieldIndex("text")))
                .contains("Qassem Soleimani", "Islamic Revolutionary Guard Corps", "Tehran", "Baghdad");
        assertThat(rows).anySatisfy(r -> assertThat(r.<String>getAs("definedAcronym")).isEqualTo("IRGC"));
        for (Row r : rows) {
            String text = r.getAs("documentId").equals("a") ? a : b;
            assertThat(text.substring(r.<Integer>getAs("start"), r.<Integer>getAs("end"))).isEqualTo(r.getAs("text"));
        }
    }

    @Test
    void aBadArticleBecomesAnErrorRowAndCostsNoOtherArticleItsMentions() {
        // Blank text is an article's own failure (Namelink.extract reports it), and so is a null text.
        List<Row> input = List.of(RowFactory.create("good1", "Angela Merkel met Emmanuel Macron in Berlin."),
                RowFactory.create("blank", "   \n "), RowFactory.create("null", null),
                RowFactory.create("good2", "Boris Johnson spoke in London."));
        List<Row> rows = new NamelinkExtractor().setTextCol("body").transform(articles(input))
                .orderBy("documentId", "mentionIndex").collectAsList();

        assertThat(rows).filteredOn(r -> r.getAs("error") != null)
                .extracting(r -> r.<String>getAs("documentId"), r -> r.<String>getAs("error"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("blank", "article 'blank' is empty or only white space"),
                        org.assertj.core.groups.Tuple.tuple("null", "article 'null' has no text (null)"));
        assertThat(rows).filteredOn(r -> r.getAs("error") == null).extracting(r -> r.<String>getAs("text"))
                .containsExactly("Angela Merkel", "Emmanuel Macron", "Berlin", "Boris Johnson", "London");
        DocumentMentions failed = SharedPipeline.get().extract(new Article("blank", " "));
        assertThat(failed.failed()).isTrue();
    }

    @Test
    void schemaIsCheckedWithAMessageNamingTheColumn() {
        assertThatThrownBy(() -> new NamelinkExtractor().transformSchema(ARTICLES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("textCol 'text' is not a column").hasMessageContaining("body");
        StructType numeric = new StructType().add("id", DataTypes.LongType).add("text", DataTypes.StringType);
        assertThatThrownBy(() -> new NamelinkExtractor().transformSchema(numeric))
                .hasMessageContaining("idCol 'id' must be a string column, was bigint");
    }

    @Test
    void savedInAPipelineAndLoadedBackWithItsParams(@TempDir Path dir) throws Exception {
        NamelinkExtractor extractor = new NamelinkExtractor().setIdCol("id").setTextCol("body").setKeepChrome(true);
        Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {extractor});
        Dataset<Row> input = articles(List.of(RowFactory.create("x", "Vladimir Putin visited Ankara.")));
        PipelineModel model = pipeline.fit(input);
        String path = dir.resolve("model").toString();
        model.write().overwrite().save(path);
        assertThat(Files.isDirectory(Path.of(path))).isTrue();

        PipelineModel loaded = PipelineModel.load(path);
        NamelinkExtractor back = (NamelinkExtractor) loaded.stages()[0];
        assertThat(back.uid()).isEqualTo(extractor.uid());
        assertThat(back.options()).isEqualTo(new ExtractionOptions("", true));
        assertThat(back.getOrDefault(back.textCol())).isEqualTo("body");
        assertThat(loaded.transform(input).collectAsList()).isEqualTo(model.transform(input).collectAsList());

        String alone = dir.resolve("extractor").toString();
        extractor.write().save(alone);
        assertThat(NamelinkExtractor.load(alone).options()).isEqualTo(extractor.options());
    }
}
