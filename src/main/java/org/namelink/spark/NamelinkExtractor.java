package org.namelink.spark;

import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.DocumentMentions;
import org.namelink.pipeline.Namelink;

/**
 * Namelink's extraction as a Spark ML {@link Transformer}: a DataFrame of articles (an id column
 * and a text column) in, a DataFrame of mentions out ({@link MentionColumns}), one row per
 * mention, unresolved; {@link SparkResolver} resolves them into entities.
 *
 * <pre>{@code
 * NamelinkExtractor extractor = new NamelinkExtractor().setIdCol("id").setTextCol("body");
 * Dataset<Row> mentions = extractor.transform(articles);
 * }</pre>
 *
 * <p>Partitions stream through: each task reads its articles one at a time and emits their
 * mentions, and each executor JVM loads the models once and shares them among its tasks
 * ({@link ExecutorPipelines}). An article that cannot be analysed (no text, a failure of its own)
 * becomes one error row, with {@link MentionColumns#DOCUMENT_ID} and {@link MentionColumns#ERROR};
 * the job and the other articles go on. It sits in a saved {@code Pipeline}: it is
 * {@link DefaultParamsWritable} and {@link #read() readable}.
 *
 * <p>Like every Spark ML stage, its params are set before use and not while a transform runs;
 * {@link #transform} itself is thread-safe.
 */
public final class NamelinkExtractor extends Transformer implements DefaultParamsWritable {

    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Param<String> idCol;
    private final Param<String> textCol;
    private final Param<String> aliasFile;
    private final BooleanParam keepChrome;

    public NamelinkExtractor() {
        this(Identifiable$.MODULE$.randomUID("namelinkExtractor"));
    }

    /** With a given uid: Spark's readers construct stages this way. */
    public NamelinkExtractor(String uid) {
        this.uid = Objects.requireNonNull(uid, "uid");
        this.idCol = new Param<>(this, "idCol", "column of the article ids (strings, unique)");
        this.textCol = new Param<>(this, "textCol", "column of the article texts");
        this.aliasFile = new Param<>(this, "aliasFile", "extra alias file (TYPE<TAB>name<TAB>name... per line),"
                + " readable on every executor or shipped with spark-submit --files; empty for none");
        this.keepChrome = new BooleanParam(this, "keepChrome", "keep mentions found in web-page chrome");
        setDefault(idCol, "id");
        setDefault(textCol, "text");
        setDefault(aliasFile, "");
        setDefault(keepChrome, false);
    }

    @Override
    public String uid() {
        return uid;
    }

    public Param<String> idCol() {
        return idCol;
    }

    public Param<String> textCol() {
        return textCol;
    }

    public Param<String> aliasFile() {
        return aliasFile;
    }

    public BooleanParam keepChrome() {
        return keepChrome;
    }

    public NamelinkExtractor setIdCol(String column) {
        set(idCol, Objects.requireNonNull(column, "idCol"));
        return this;
    }

    public NamelinkExtractor setTextCol(String column) {
        set(textCol, Objects.requireNonNull(column, "textCol"));
        return this;
    }

    public NamelinkExtractor setAliasFile(String path) {
        set(aliasFile, Objects.requireNonNull(path, "aliasFile"));
        return this;
    }

    public NamelinkExtractor setKeepChrome(boolean keep) {
        set(keepChrome, keep);
        return this;
    }

    /** The pipeline options these params stand for. */
    public ExtractionOptions options() {
        return new ExtractionOptions($(aliasFile), (Boolean) $(keepChrome));
    }

    @Override
    public StructType transformSchema(StructType schema) {
        requireStringColumn(schema, $(idCol), "idCol");
        requireStringColumn(schema, $(textCol), "textCol");
        return MentionColumns.SCHEMA;
    }

    private static void requireStringColumn(StructType schema, String name, String param) {
        StructField field = java.util.Arrays.stream(schema.fields()).filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(param + " '" + name + "' is not a column of the input;"
                        + " its columns are " + java.util.Arrays.toString(schema.fieldNames())));
        if (!field.dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException(param + " '" + name + "' must be a string column, was "
                    + field.dataType().simpleString());
        }
    }

    @Override
    public Dataset<Row> transform(Dataset<?> articles) {
        Objects.requireNonNull(articles, "articles");
        transformSchema(articles.schema());
        ExtractionOptions options = options();
        return articles.select(articles.col($(idCol)), articles.col($(textCol)))
                .mapPartitions(extraction(options), Encoders.row(MentionColumns.SCHEMA));
    }

    /** The task: each article of a partition, read one at a time, to its rows. */
    private static MapPartitionsFunction<Row, Row> extraction(ExtractionOptions options) {
        return rows -> {
            Namelink namelink = ExecutorPipelines.pipeline(options);
            return Iterators.flatMap(rows, article -> extract(namelink, article));
        };
    }

    private static List<Row> extract(Namelink namelink, Row article) {
        String id = article.isNullAt(0) ? "" : article.getString(0);
        if (id.isBlank()) {
            return List.of(MentionRows.errorRow(id, "article without an id"));
        }
        if (article.isNullAt(1)) {
            return List.of(MentionRows.errorRow(id, "article '" + id + "' has no text (null)"));
        }
        // extract() turns a failure of the article's own into its error (Namelink.isArticlesOwn).
        DocumentMentions mentions = namelink.extract(new Article(id, article.getString(1)));
        return MentionRows.of(mentions);
    }

    @Override
    public NamelinkExtractor copy(ParamMap extra) {
        return (NamelinkExtractor) defaultCopy(extra);
    }

    /** Reads an extractor written by {@code write().save(path)} (also used by {@code Pipeline.load}). */
    public static MLReader<NamelinkExtractor> read() {
        return new DefaultParamsReader<>();
    }

    public static NamelinkExtractor load(String path) {
        return read().load(path);
    }
}
