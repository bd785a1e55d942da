package org.namelink.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark for all test classes (initialization-on-demand holder): two cores, few shuffle
 * partitions, no UI, bound to the loopback address; stopped when the test JVM exits. Starting
 * Spark takes seconds, so test classes share it rather than start their own.
 */
public final class SharedSpark {

    private SharedSpark() {
    }

    private static final class Holder {
        static final SparkSession INSTANCE = start();

        private static SparkSession start() {
            SparkSession spark = SparkSession.builder()
                    .appName("namelink-tests")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.default.parallelism", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.adaptive.enabled", "false")
                    .getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop, "stop-spark"));
            return spark;
        }
    }

    public static SparkSession get() {
        return Holder.INSTANCE;
    }
}
