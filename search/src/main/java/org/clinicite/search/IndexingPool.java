package org.clinicite.search;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Threads that analyse and index documents while the caller produces the next ones
 * ({@link StudyIndex#update} and {@link StudyIndex#delete} are thread-safe). At most two
 * tasks per thread wait, so memory stays bounded; a task's failure is thrown to the caller
 * by {@link #submit} or {@link #finish}. {@link #close} never interrupts a task: an
 * interrupt inside IndexWriter's I/O would close the writer. Used by {@link IndexSync} and
 * by the benchmarks' index builds. Not thread-safe: one producer.
 */
public final class IndexingPool implements AutoCloseable {
    /** The default number of indexing threads: the cores, at most 4. */
    public static final int DEFAULT_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final ExecutorService pool;
    private final Deque<Future<?>> running = new ArrayDeque<>();
    private final int threads;
    private final int maxWaiting;

    public IndexingPool(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "clinicite-indexing");
            t.setDaemon(true);
            return t;
        });
        this.maxWaiting = 2 * threads;
    }

    /** How many indexing threads the pool runs. */
    public int threads() {
        return threads;
    }

    /** Runs the task on an indexing thread, first waiting while too many are queued. */
    public void submit(Runnable task) {
        while (running.size() >= maxWaiting) {
            await(running.removeFirst());
        }
        running.add(pool.submit(task));
    }

    /** Waits for every task submitted so far. */
    public void finish() {
        while (!running.isEmpty()) {
            await(running.removeFirst());
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for one task; its failure becomes the caller's (who rolls the index back). */
    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("indexing failed: " + cause, cause);
        }
    }
}
