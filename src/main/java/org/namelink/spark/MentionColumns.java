package org.namelink.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of a mention DataFrame: what {@link NamelinkExtractor} writes and
 * {@link SparkResolver} reads. One row per mention, or one error row per article that could not
 * be analysed (only {@link #DOCUMENT_ID} and {@link #ERROR} set). Offsets are half-open UTF-16
 * indices into the article's text, as in the command line's JSON.
 *
 * <p>Constants only; thread-safe.
 */
public final class MentionColumns {

    /** The article's id. */
    public static final String DOCUMENT_ID = "documentId";
    /** The mention's position among its article's mentions, from 0 (in text order). */
    public static final String MENTION_INDEX = "mentionIndex";
    public static final String START = "start";
    public static final String END = "end";
    /** The covered text: {@code text.substring(start, end)}. */
    public static final String TEXT = "text";
    /** {@code PERSON}, {@code LOCATION} or {@code ORGANIZATION}, before resolution's type votes. */
    public static final String TYPE = "type";
    /** What found it: {@code crf}, {@code pattern}, {@code gazetteer}, ... */
    public static final String SOURCE = "source";
    /** The type was decided by layout (a results line, a dateline): type votes never change it. */
    public static final String TYPE_FIXED = "typeFixed";
    /** A place name standing for a sports team in a sports report: an entity apart from the place. */
    public static final String TEAM = "team";
    /** The acronym this mention defines ("Islamic Revolutionary Guard Corps (IRGC)"), or null. */
    public static final String DEFINED_ACRONYM = "definedAcronym";
    /** Why the article could not be analysed, on its error row; null on mention rows. */
    public static final String ERROR = "error";

    /** The schema of a mention DataFrame. */
    public static final StructType SCHEMA = new StructType()
            .add(DOCUMENT_ID, DataTypes.StringType, false)
            .add(MENTION_INDEX, DataTypes.IntegerType, true)
            .add(START, DataTypes.IntegerType, true)
            .add(END, DataTypes.IntegerType, true)
            .add(TEXT, DataTypes.StringType, true)
            .add(TYPE, DataTypes.StringType, true)
            .add(SOURCE, DataTypes.StringType, true)
            .add(TYPE_FIXED, DataTypes.BooleanType, true)
            .add(TEAM, DataTypes.BooleanType, true)
            .add(DEFINED_ACRONYM, DataTypes.StringType, true)
            .add(ERROR, DataTypes.StringType, true);

    private MentionColumns() {
    }
}
