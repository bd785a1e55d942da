package org.namelink.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.namelink.io.JsonCorpusStreamWriter;
import org.namelink.kb.KnowledgeBase;
import org.namelink.kb.WikiDictionary;
import org.namelink.mentions.EntityType;
import org.namelink.names.MatchRule;
import org.namelink.pipeline.ProcessedDocument;
import org.namelink.pipeline.ResolvedMention;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityMention;
import org.namelink.resolution.MergeReason;
import org.namelink.text.Span;

/**
 * Extraction and resolution of a corpus on Spark, from the command line:
 *
 * <pre>
 * spark-submit --class org.namelink.spark.SparkMain --jars "$(ls target/lib/*.jar | paste -sd,)" \
 *     target/namelink.jar --input articles/ --output out/
 * java -cp "target/namelink.jar:target/lib/*:SPARK_JARS/*" org.namelink.spark.SparkMain --master local[2] ...
 * </pre>
 *
 * <p>Input: a directory of {@code *.txt} files (the id is the file name without {@code .txt}, as
 * for {@code extract}), or Parquet or JSON Lines ({@code .parquet}, {@code .jsonl}, {@code .json})
 * with string columns {@code id} and {@code text}. Output, in the directory: {@code extracted/}
 * (the extractor's rows), {@code mentions/} and {@code entities/} ({@link SparkResolver.Result}; the
 * entities with {@link SparkLinker#LINK} when a knowledge-base index links them) and
 * {@code errors/} (the articles that could not be analysed), as Parquet; and the command-line
 * contract's JSON ({@code corpus.json} in a local output directory, or {@code --json FILE}),
 * documents in id order, streamed to the driver one partition at a time.
 *
 * <p>The one class of the package that prints ({@code --help}, errors, the time of each step).
 */
public final class SparkMain {

    private SparkMain() {
    }

    /** The parsed command line. */
    record Options(Optional<String> master, String input, String output, String aliasFile, boolean keepChrome,
                   int partitions, int syntheticMentions, Optional<Path> json, Optional<String> kb, boolean noLinks) {
    }

    static final String USAGE = """
            Usage: SparkMain [--master URL] --input DIR|FILE.parquet|FILE.jsonl --output DIR
                             [--aliases FILE] [--keep-chrome] [--partitions N] [--json FILE | --no-json]
                             [--kb DIR | --no-links]
                   SparkMain [--master URL] --synthetic-mentions N --output DIR [--json FILE | --no-json]
              --master URL     Spark master (local[2], yarn, ...); spark-submit sets it otherwise
              --input PATH     a directory of *.txt articles, or Parquet / JSON Lines with columns id and text
              --output DIR     where mentions/, entities/, errors/ (Parquet) go (replaced); any path Spark
                               writes (hdfs://, s3a://, a local directory)
              --json FILE      the contract's JSON, written by the driver (default: DIR/corpus.json
                               when DIR is a local directory)
              --aliases FILE   extra alias file (TYPE<TAB>name<TAB>name... per line), on every executor
              --keep-chrome    keep mentions found in web-page chrome
              --partitions N   partitions to extract in (default: Spark's default parallelism)
              --no-json        Parquet only, no corpus.json
              --kb DIR         the knowledge-base index (namelink kb-index) to link entities to Wikipedia with,
                               readable on every executor (default: the one kb-index built in the cache
                               directory, if any); links are computed without link refinement (no split or
                               join by links: that is extract's, in one JVM)
              --no-links       do not link entities, even when a knowledge-base index exists
              --synthetic-mentions N
                               resolve about N synthetic mentions (made-up names, see bench-resolution)
                               instead of extracting articles: the resolution benchmark
            """;

    public static void main(String[] args) {
        quietLogging();
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Logging for a command line, set before anything logs: warnings only unless asked
     * ({@code -Dorg.slf4j.simpleLogger.defaultLogLevel=info}), through one SLF4J provider. A class path
     * made of the jar and Spark's jars holds two, the command line's slf4j-simple and Spark's
     * log4j-slf4j2-impl, and SLF4J then warns and takes whichever it finds first: slf4j-simple is
     * named ({@code slf4j.provider}) when present and none is named already. Under
     * {@code spark-submit}, SLF4J has started before this and Spark's log4j configuration decides.
     */
    static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        String simple = "org.slf4j.simple.SimpleServiceProvider";
        if (System.getProperty("slf4j.provider") == null
                && SparkMain.class.getClassLoader().getResource(simple.replace('.', '/') + ".class") != null) {
            System.setProperty("slf4j.provider", simple);
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN"); // no note that a provider was named
            }
        }
    }

    /** Runs the command; 0 on success, 2 on a usage error, 1 when the job fails. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (options == null) {
            out.print(USAGE);
            return 0;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("namelink");
        options.master().ifPresent(builder::master);
        SparkSession spark = builder.getOrCreate();
        try {
            run(spark, options, err);
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }

    static Options parse(String[] args) {
        String master = null;
        String input = null;
        String output = null;
        String aliases = "";
        boolean keepChrome = false;
        int partitions = 0;
        int synthetic = 0;
        boolean json = true;
        String jsonFile = null;
        String kb = null;
        boolean noLinks = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--master" -> master = value(args, ++i, "--master");
                case "--input" -> input = value(args, ++i, "--input");
                case "--output" -> output = value(args, ++i, "--output");
                case "--aliases" -> aliases = value(args, ++i, "--aliases");
                case "--keep-chrome" -> keepChrome = true;
                case "--no-json" -> json = false;
                case "--json" -> jsonFile = value(args, ++i, "--json");
                case "--kb" -> kb = value(args, ++i, "--kb");
                case "--no-links" -> noLinks = true;
                case "--partitions" -> partitions = positive(value(args, ++i, "--partitions"), "--partitions");
                case "--synthetic-mentions" -> synthetic = positive(value(args, ++i, "--synthetic-mentions"),
                        "--synthetic-mentions");
                case "--near-misses", "--near-misses-format", "--near-misses-band", "--near-misses-limit" ->
                    // Spark's block decisions check documents after they decide, so they cannot tell
                    // which pairs they compared: the near misses of extract are the single machine's.
                    throw new IllegalArgumentException(args[i] + " is not available on Spark: the Spark executor "
                            + "does not collect near misses; run extract --near-misses on one machine");
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        if (input == null == (synthetic == 0) || output == null) {
            throw new IllegalArgumentException("--output and one of --input and --synthetic-mentions are required");
        }
        if (kb != null && noLinks) {
            throw new IllegalArgumentException("--kb and --no-links exclude each other");
        }
        Optional<Path> jsonPath = !json ? Optional.empty() : jsonFile != null ? Optional.of(Path.of(jsonFile))
                : output.contains("://") ? Optional.empty() : Optional.of(Path.of(output, "corpus.json"));
        return new Options(Optional.ofNullable(master), input == null ? "" : input, output, aliases, keepChrome,
                partitions, synthetic, jsonPath, Optional.ofNullable(kb), noLinks);
    }

    private static int positive(String value, String option) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be a whole number of at least 1, was '" + value + "'");
        }
        return n;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** Reads, extracts, resolves and writes; reports each step's time on {@code err}. */
    static void run(SparkSession spark, Options options, PrintStream err) throws IOException {
        long start = System.nanoTime();
        String dir = options.output();
        Dataset<Row> articles = null;
        if (options.syntheticMentions() > 0) {
            SyntheticMentionRows.write(spark, options.syntheticMentions(), dir + "/extracted");
        } else {
            articles = read(spark, options.input());
            if (options.partitions() > 0) {
                articles = articles.repartition(options.partitions());
            }
            NamelinkExtractor extractor = new NamelinkExtractor().setAliasFile(options.aliasFile())
                    .setKeepChrome(options.keepChrome());
            // Extraction runs once: its rows are written, then resolution reads them back.
            extractor.transform(articles).write().mode(SaveMode.Overwrite).parquet(dir + "/extracted");
        }
        Dataset<Row> extracted = spark.read().parquet(dir + "/extracted");
        long extractedAt = System.nanoTime();
        err.printf(Locale.ROOT, "%s: %.1f s%n", articles == null ? "synthetic mentions" : "extraction",
                (extractedAt - start) / 1e9);

        SparkResolver.Result result = SparkResolver.withAliasFile(options.aliasFile()).resolve(extracted);
        result.mentions().write().mode(SaveMode.Overwrite).parquet(dir + "/mentions");
        if (articles == null && options.kb().isPresent()) {
            err.println("links: none for synthetic mentions (they have no texts to link by)");
        }
        Optional<String> index = articles == null ? Optional.empty() : index(options, err);
        if (index.isPresent()) {
            long linkingAt = System.nanoTime();
            Dataset<Row> resolvedMentions = spark.read().parquet(dir + "/mentions");
            SparkLinker.withIndex(index.get())
                    .link(new SparkResolver.Result(resolvedMentions, result.entities()), articles)
                    .write().mode(SaveMode.Overwrite).parquet(dir + "/entities");
            err.printf(Locale.ROOT, "linking: %.1f s (%d entities linked to %s)%n", (System.nanoTime() - linkingAt) / 1e9,
                    spark.read().parquet(dir + "/entities").filter(col(SparkLinker.LINK).isNotNull()).count(),
                    index.get());
            err.println("links: computed without link refinement (entities are not split or joined by their links "
                    + "on Spark; extract does that in one JVM)");
        } else {
            result.entities().write().mode(SaveMode.Overwrite).parquet(dir + "/entities");
        }
        extracted.filter(col(MentionColumns.ERROR).isNotNull())
                .select(MentionColumns.DOCUMENT_ID, MentionColumns.ERROR)
                .write().mode(SaveMode.Overwrite).parquet(dir + "/errors");
        long resolvedAt = System.nanoTime();
        Dataset<Row> entities = spark.read().parquet(dir + "/entities");
        err.printf(Locale.ROOT, "resolution: %.1f s (%d mentions, %d entities)%n", (resolvedAt - extractedAt) / 1e9,
                spark.read().parquet(dir + "/mentions").count(), entities.count());

        if (options.json().isPresent()) {
            if (articles == null) {
                articles = extracted.select(col(MentionColumns.DOCUMENT_ID).as("id")).distinct();
            }
            writeJson(spark, articles, dir, options.json().get());
            err.printf(Locale.ROOT, "%s: %.1f s%n", options.json().get(), (System.nanoTime() - resolvedAt) / 1e9);
        }
        long errors = spark.read().parquet(dir + "/errors").count();
        err.printf(Locale.ROOT, "%d articles could not be analysed (see %s/errors)%n", errors, dir);
    }

    /**
     * The knowledge-base index to link with: {@code --kb DIR} (checked on the driver), else the one
     * {@code kb-index} built in the cache directory when it exists; none with {@code --no-links}.
     * Without one, says why on {@code err} (one line).
     */
    static Optional<String> index(Options options, PrintStream err) throws IOException {
        if (options.noLinks()) {
            return Optional.empty();
        }
        if (options.kb().isPresent()) {
            String dir = options.kb().get();
            if (!dir.contains("://")) {
                try (KnowledgeBase kb = KnowledgeBase.open(Path.of(dir))) {
                    // Opened to fail here, before any executor does, when it is no index.
                }
            }
            return options.kb();
        }
        Optional<Path> cached = WikiDictionary.onClassPath().flatMap(WikiDictionary::defaultIndexDirectory)
                .filter(Files::isDirectory);
        if (cached.isEmpty()) {
            err.println("entities are not linked to Wikipedia: no knowledge-base index in the cache directory "
                    + "(build it once with namelink kb-index, or give --kb DIR; --no-links to say nothing)");
        }
        return cached.map(Path::toString);
    }

    /** The articles of {@code input}: columns {@code id} and {@code text}. */
    static Dataset<Row> read(SparkSession spark, String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".parquet")) {
            return idAndText(spark.read().parquet(input), input);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".json")) {
            return idAndText(spark.read().json(input), input);
        }
        Path path = Path.of(input);
        String pattern = Files.isDirectory(path) ? input + "/*.txt" : input;
        StructType schema = new StructType().add("id", DataTypes.StringType, false).add("text", DataTypes.StringType, true);
        return spark.createDataFrame(org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
                .wholeTextFiles(pattern)
                .map(file -> org.apache.spark.sql.RowFactory.create(idOf(file._1()), file._2())), schema);
    }

    private static Dataset<Row> idAndText(Dataset<Row> data, String input) {
        List<String> columns = List.of(data.columns());
        if (!columns.contains("id") || !columns.contains("text")) {
            throw new IllegalArgumentException(input + " needs columns 'id' and 'text', has " + columns);
        }
        return data.select(col("id").cast(DataTypes.StringType).as("id"), col("text"));
    }

    /** A file's document id: its name without {@code .txt}, as the command line's. */
    static String idOf(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    /** The contract's JSON, streamed: documents in id order, then entities in id order. */
    private static void writeJson(SparkSession spark, Dataset<Row> articles, String dir, Path json) throws IOException {
        Dataset<Row> mentions = spark.read().parquet(dir + "/mentions");
        Dataset<Row> errors = spark.read().parquet(dir + "/errors");
        Dataset<Row> byDocument = mentions.groupBy(MentionColumns.DOCUMENT_ID).agg(collect_list(struct(
                col(MentionColumns.MENTION_INDEX), col(MentionColumns.START), col(MentionColumns.END),
                col(MentionColumns.TEXT), col(MentionColumns.TYPE), col(SparkResolver.ENTITY), col(MentionColumns.SOURCE)))
                .as("mentions"));
        Dataset<Row> documents = articles.select(col("id").as(MentionColumns.DOCUMENT_ID)).distinct()
                .join(byDocument, ResolverColumns.scalaSeq(MentionColumns.DOCUMENT_ID), "left")
                .join(errors, ResolverColumns.scalaSeq(MentionColumns.DOCUMENT_ID), "left")
                .orderBy(MentionColumns.DOCUMENT_ID);
        Dataset<Row> entityMentions = mentions.groupBy(SparkResolver.ENTITY).agg(collect_list(struct(
                col(MentionColumns.DOCUMENT_ID), col(MentionColumns.MENTION_INDEX), col(MentionColumns.START),
                col(MentionColumns.END), col(MentionColumns.TEXT))).as("mentions"));
        Dataset<Row> entities = spark.read().parquet(dir + "/entities")
                .join(entityMentions, col(SparkResolver.ID).equalTo(col(SparkResolver.ENTITY)))
                .orderBy(org.apache.spark.sql.functions.substring(col(SparkResolver.ID), 2, 20).cast(DataTypes.LongType));
        Iterable<ProcessedDocument> docs = () -> Iterators.map(documents.toLocalIterator(), SparkMain::document);
        Iterable<Entity> ents = () -> Iterators.map(entities.toLocalIterator(), SparkMain::entity);
        try (BufferedWriter w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            new JsonCorpusStreamWriter().write(docs, ents, w);
        }
    }

    private static ProcessedDocument document(Row r) {
        String id = r.getAs(MentionColumns.DOCUMENT_ID);
        if (!r.isNullAt(r.fieldIndex(MentionColumns.ERROR))) {
            return ProcessedDocument.failed(id, r.getAs(MentionColumns.ERROR));
        }
        List<Row> rows = r.isNullAt(r.fieldIndex("mentions")) ? List.of()
                : new ArrayList<>(r.<Row>getList(r.fieldIndex("mentions")));
        rows.sort(java.util.Comparator.comparingInt(m -> m.getInt(0)));
        List<ResolvedMention> mentions = new ArrayList<>(rows.size());
        for (Row m : rows) {
            mentions.add(new ResolvedMention(new Span(m.getInt(1), m.getInt(2)), m.getString(3),
                    EntityType.valueOf(m.getString(4)), m.getString(5), m.getString(6)));
        }
        return new ProcessedDocument(id, mentions, Optional.empty());
    }

    private static Entity entity(Row r) {
        List<Row> rows = new ArrayList<>(r.<Row>getList(r.fieldIndex("mentions")));
        rows.sort(java.util.Comparator.<Row, String>comparing(m -> m.getString(0)).thenComparingInt(m -> m.getInt(1)));
        List<EntityMention> mentions = new ArrayList<>(rows.size());
        for (Row m : rows) {
            mentions.add(new EntityMention(m.getString(0), new Span(m.getInt(2), m.getInt(3)), m.getString(4)));
        }
        List<MergeReason> reasons = new ArrayList<>();
        for (Row reason : r.<Row>getList(r.fieldIndex(SparkResolver.REASONS))) {
            reasons.add(new MergeReason(reason.getString(0), MatchRule.valueOf(reason.getString(1)), reason.getString(2),
                    reason.getDouble(3)));
        }
        return new Entity(r.getAs(SparkResolver.ID), EntityType.valueOf(r.getAs(MentionColumns.TYPE)),
                r.getAs(SparkResolver.NAME), r.getList(r.fieldIndex(SparkResolver.VARIANTS)), mentions,
                r.getList(r.fieldIndex(SparkResolver.DOCUMENTS)), reasons, r.getAs(MentionColumns.TEAM),
                SparkLinker.linkOf(r));
    }
}
