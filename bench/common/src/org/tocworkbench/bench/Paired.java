package org.tocworkbench.bench;

/**
 * The floor and the work alternately in one JVM, so that both see the same load on a shared
 * machine; prints each pair's ratio in wall and process CPU time, pass 0 cold (what one run of the
 * tool sees). Shared by the import and records benchmarks; compiled with each of them.
 */
final class Paired {
    private Paired() {
    }

    /** A timed piece of work. */
    interface Work {
        void run() throws Exception;
    }

    /**
     * Prints {@code paired FILE pass=N FLOOR_ms=.. WORK_ms=.. ratio=.. FLOOR_cpu_ms=.. WORK_cpu_ms=..
     * cpu_ratio=..}, the line {@code import-summary.awk} reads.
     */
    static void run(String file, String floorName, Work floor, String workName, Work work, int passes)
            throws Exception {
        for (int pass = 0; pass <= passes; pass++) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            floor.run();
            long c1 = cpu();
            long t1 = System.nanoTime();
            work.run();
            long c2 = cpu();
            long t2 = System.nanoTime();
            System.out.printf("paired %s pass=%d %s_ms=%d %s_ms=%d ratio=%.2f %s_cpu_ms=%d %s_cpu_ms=%d cpu_ratio=%.2f%s%n",
                    file, pass, floorName, (t1 - t0) / 1_000_000, workName, (t2 - t1) / 1_000_000,
                    (t2 - t1) / (double) (t1 - t0), floorName, (c1 - c0) / 1_000_000, workName, (c2 - c1) / 1_000_000,
                    (c2 - c1) / (double) (c1 - c0), pass == 0 ? " (cold)" : "");
        }
    }

    /** CPU time of the whole process (all threads, GC and JIT included), in nanoseconds. */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
