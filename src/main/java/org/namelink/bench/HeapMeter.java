package org.namelink.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap figures from the JVM's memory pools: the peak since the last reset (the sum of each heap
 * pool's peak, so an upper bound of the heap in use at any one moment) and the heap still in use
 * after a full collection.
 *
 * <p>Stateless and thread-safe (it reads and resets the JVM's own counters).
 */
public final class HeapMeter {

    private HeapMeter() {
    }

    /** Starts a new peak: each heap pool's peak becomes its current use. */
    public static void resetPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak use since the last {@link #resetPeak()}, in bytes. */
    public static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap in use after full collections, in bytes: what is still reachable. */
    public static long liveBytes() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The most heap the JVM may use ({@code -Xmx}), in bytes. */
    public static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
