package org.namelink.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.namelink.spark.ResolverColumns.scalaSeq;
import static org.namelink.spark.SparkResolver.DOCUMENTS;
import static org.namelink.spark.SparkResolver.ENTITY;
import static org.namelink.spark.SparkResolver.ID;
import static org.namelink.spark.SparkResolver.NAME;
import static org.namelink.spark.SparkResolver.VARIANTS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.namelink.linking.ContextWords;
import org.namelink.linking.KnowledgeBaseLinker;
import org.namelink.linking.KnowledgeBaseLinker.Subject;
import org.namelink.mentions.EntityType;
import org.namelink.resolution.EntityLink;

/**
 * Links resolved entities to Wikipedia on Spark, as a pass after {@link SparkResolver}: the same
 * {@link KnowledgeBaseLinker} as {@code extract}, its two passes called entity by entity in tasks
 * ({@link KnowledgeBaseLinker#confidentBeforeCoherence}, then {@link KnowledgeBaseLinker#link} with
 * the first pass's titles of the other entities of each document); no rule of linking is expressed
 * here. An entity's links equal {@code Linker.links} on the same entities and documents.
 *
 * <ol>
 *   <li>What the linker reads of each entity ({@link Subject}): its mention texts counted by an
 *       aggregation, the words of its first documents ({@link Subject#contextDocuments}, at most
 *       the linker's own limit) joined from the articles ({@link ContextWords} in a task).</li>
 *   <li>First pass in a task per entity; the confident titles exploded by document.</li>
 *   <li>Per entity and document, the other entities' first-pass titles, by a join; second pass in
 *       a task per entity.</li>
 * </ol>
 *
 * <p>The knowledge-base index is a directory every executor must read: on a shared file system
 * (the same path everywhere), or shipped with {@code SparkContext.addFile(dir, true)} /
 * {@code spark-submit --files} (a path missing on the executor is then looked up by its last name
 * with {@code SparkFiles.get}). Each executor JVM opens it once, memory-mapped
 * ({@link ExecutorPipelines#linker}).
 *
 * <p>Not done here, unlike one JVM's pipeline: {@code LinkRefinement} (entities split by the teams
 * their documents link to, entities linked to one article joined). Entities are linked as
 * {@link SparkResolver} resolved them.
 *
 * <p>Immutable and thread-safe; {@link #link} runs Spark jobs on the input's session.
 */
public final class SparkLinker {

    /**
     * The entities' column of the link: a struct of {@code kb}, {@code id}, {@code url} and
     * {@code score}, as the JSON contract's {@code link}; null for an entity without one.
     */
    public static final String LINK = "link";

    static final StructType LINK_TYPE = new StructType()
            .add("kb", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("url", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false);

    private static final String WORDS = "words";
    private static final String TEXTS = "texts";
    private static final String CONTEXT = "context";
    private static final String DOC = "doc";
    private static final String TITLE = "title";
    private static final String OTHERS = "others";
    private static final String PER_DOCUMENT = "perDocument";

    private static final StructType DOCUMENT_WORDS = new StructType()
            .add(DOC, DataTypes.StringType, false)
            .add(WORDS, DataTypes.createArrayType(DataTypes.StringType, false), false);
    private static final StructType ENTITY_DOCUMENT = new StructType()
            .add(ID, DataTypes.StringType, false)
            .add(DOC, DataTypes.StringType, false);
    private static final StructType FIRST_PASS = new StructType()
            .add(ENTITY, DataTypes.StringType, false)
            .add(TITLE, DataTypes.StringType, false)
            .add(DOCUMENTS, DataTypes.createArrayType(DataTypes.StringType, false), false);
    private static final StructType LINKED = new StructType()
            .add(ID, DataTypes.StringType, false)
            .add(LINK, LINK_TYPE, true);

    private final String index;

    private SparkLinker(String index) {
        this.index = index;
    }

    /**
     * A linker with the knowledge-base index in directory {@code index} (built by
     * {@code namelink kb-index}), readable on every executor.
     */
    public static SparkLinker withIndex(String index) {
        Objects.requireNonNull(index, "index");
        if (index.isBlank()) {
            throw new IllegalArgumentException("index must name a knowledge-base index directory, was blank");
        }
        return new SparkLinker(index);
    }

    /**
     * The entities of {@code resolved} with a {@link #LINK} column.
     *
     * @param resolved {@link SparkResolver#resolve}'s result
     * @param articles the articles resolved: string columns {@code id} and {@code text}, the words
     *     of whose texts are the linker's context (an entity's document missing here has none)
     */
    public Dataset<Row> link(SparkResolver.Result resolved, Dataset<Row> articles) {
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(articles, "articles");
        String dir = index;
        Dataset<Row> entities = resolved.entities();
        Dataset<Row> texts = resolved.mentions().groupBy(col(ENTITY), col(MentionColumns.TEXT)).agg(count(lit(1)).as("n"))
                .groupBy(ENTITY).agg(collect_list(struct(col(MentionColumns.TEXT), col("n"))).as(TEXTS));
        Dataset<Row> words = articles.select(col("id"), col("text")).mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> Iterators.map(rows, r -> RowFactory.create(r.getString(0),
                        seq(r.isNullAt(1) ? Set.of() : ContextWords.ofDocument(r.getString(1))))),
                Encoders.row(DOCUMENT_WORDS));
        Dataset<Row> contextDocuments = entities.select(ID, DOCUMENTS).mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> Iterators.flatMap(rows, r -> {
                    List<Row> out = new ArrayList<>();
                    for (String d : KnowledgeBaseLinker.contextDocuments(r.<String>getList(1))) {
                        out.add(RowFactory.create(r.getString(0), d));
                    }
                    return out;
                }), Encoders.row(ENTITY_DOCUMENT));
        Dataset<Row> perDocument = resolved.mentions()
                .groupBy(col(ENTITY).as(ID), col(MentionColumns.DOCUMENT_ID).as(DOC)).agg(count(lit(1)).as("n"))
                .join(contextDocuments, scalaSeq(ID, DOC))
                .groupBy(ID).agg(collect_list(struct(col(DOC), col("n"))).as(PER_DOCUMENT));
        Dataset<Row> context = contextDocuments.join(words, DOC)
                .groupBy(ID).agg(collect_list(struct(col(DOC), col(WORDS))).as(CONTEXT));
        Dataset<Row> subjects = Lineage.cut("linking: what the linker reads", entities
                .select(ID, MentionColumns.TYPE, NAME, VARIANTS, MentionColumns.TEAM, DOCUMENTS)
                .join(texts, col(ID).equalTo(col(ENTITY))).drop(ENTITY)
                .join(context, scalaSeq(ID), "left")
                .join(perDocument, scalaSeq(ID), "left"));

        Dataset<Row> firstPass = Lineage.cut("linking: first pass", subjects.mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> Iterators.flatMap(rows, r -> {
                    Subject s = subject(r);
                    Optional<String> title = ExecutorPipelines.linker(dir).confidentBeforeCoherence(s, words(r));
                    return title.isEmpty() ? List.<Row>of()
                            : List.of(RowFactory.create(r.getAs(ID), title.get(), seq(s.contextDocuments())));
                }), Encoders.row(FIRST_PASS)));
        Dataset<Row> linkedByDocument = firstPass.select(col(ENTITY), col(TITLE), explode(col(DOCUMENTS)).as(DOC));
        Dataset<Row> others = contextDocuments.join(linkedByDocument, DOC)
                .filter(col(ENTITY).notEqual(col(ID)))
                .groupBy(ID).agg(collect_list(struct(col(DOC), col(TITLE))).as(OTHERS));

        Dataset<Row> links = subjects.join(others, scalaSeq(ID), "left").mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> Iterators.map(rows, r -> {
                    Map<String, List<String>> otherTitles = new HashMap<>();
                    if (!r.isNullAt(r.fieldIndex(OTHERS))) {
                        for (Row o : r.<Row>getList(r.fieldIndex(OTHERS))) {
                            otherTitles.computeIfAbsent(o.getString(0), d -> new ArrayList<>()).add(o.getString(1));
                        }
                    }
                    Optional<EntityLink> link = ExecutorPipelines.linker(dir).link(subject(r), words(r), otherTitles);
                    return RowFactory.create(r.getAs(ID), link.map(l -> RowFactory.create(l.kb(), l.id(), l.url(),
                            l.score())).orElse(null));
                }), Encoders.row(LINKED));
        return entities.join(links, scalaSeq(ID), "left");
    }

    /** A Java collection as the Scala sequence a row's array holds. */
    private static scala.collection.immutable.Seq<String> seq(java.util.Collection<String> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<>(values)).toList();
    }

    private static Subject subject(Row r) {
        Map<String, Long> texts = new HashMap<>();
        for (Row t : r.<Row>getList(r.fieldIndex(TEXTS))) {
            texts.put(t.getString(0), t.getLong(1));
        }
        Map<String, Long> perDocument = new HashMap<>();
        if (!r.isNullAt(r.fieldIndex(PER_DOCUMENT))) {
            for (Row d : r.<Row>getList(r.fieldIndex(PER_DOCUMENT))) {
                perDocument.put(d.getString(0), d.getLong(1));
            }
        }
        return new Subject(EntityType.valueOf(r.getAs(MentionColumns.TYPE)), r.getAs(NAME),
                r.getList(r.fieldIndex(VARIANTS)), texts, r.<Boolean>getAs(MentionColumns.TEAM),
                r.getList(r.fieldIndex(DOCUMENTS)), perDocument);
    }

    private static Map<String, Set<String>> words(Row r) {
        Map<String, Set<String>> words = new HashMap<>();
        if (!r.isNullAt(r.fieldIndex(CONTEXT))) {
            for (Row d : r.<Row>getList(r.fieldIndex(CONTEXT))) {
                words.put(d.getString(0), new HashSet<>(d.getList(1)));
            }
        }
        return words;
    }

    /** The link of an entity row with a {@link #LINK} column, if it has one. */
    static Optional<EntityLink> linkOf(Row entity) {
        int i = List.of(entity.schema().fieldNames()).indexOf(LINK);
        if (i < 0 || entity.isNullAt(i)) {
            return Optional.empty();
        }
        Row l = entity.getStruct(i);
        return Optional.of(new EntityLink(l.getString(0), l.getString(1), l.getString(2), l.getDouble(3)));
    }
}
