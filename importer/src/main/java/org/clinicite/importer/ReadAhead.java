package org.clinicite.importer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses on a thread of its own while the calling thread stores: the reader's records,
 * rejections and warnings pass through a bounded queue (so memory stays bounded however
 * fast the parser runs ahead) and reach the target sink on the calling thread, in the
 * order the reader gave them. If storing fails, the reader is stopped at its next record.
 */
final class ReadAhead {
    /** What the reader does with a sink: one importer reading one file. */
    @FunctionalInterface
    interface Reader {
        void read(RecordSink sink) throws IOException;
    }

    private record Rejected(Problem problem) {
    }

    private record Warned(Problem problem) {
    }

    private record Failed(Throwable error) {
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private volatile boolean stopped;

    private ReadAhead(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /**
     * Runs {@code reader} on a new thread and hands everything it emits to {@code target}
     * on this thread; returns when the reader is done, throwing what the reader threw.
     */
    static void run(Reader reader, RecordSink target, int capacity, String threadName) throws IOException {
        ReadAhead ahead = new ReadAhead(capacity);
        Thread parser = new Thread(() -> ahead.produce(reader), threadName);
        parser.setDaemon(true);
        parser.start();
        try {
            ahead.consume(target);
        } finally {
            ahead.stopped = true;
            ahead.queue.clear(); // unblocks a reader waiting to put
        }
    }

    private void produce(Reader reader) {
        Object last = END;
        try {
            reader.read(new RecordSink() {
                @Override
                public void accept(ParsedRecord record) {
                    put(record);
                }

                @Override
                public void reject(Problem problem) {
                    put(new Rejected(problem));
                }

                @Override
                public void warn(Problem problem) {
                    put(new Warned(problem));
                }
            });
        } catch (Stopped e) {
            return;
        } catch (IOException | RuntimeException | Error e) {
            last = new Failed(e);
        }
        try {
            put(last);
        } catch (Stopped e) {
            // the consumer has gone
        }
    }

    private void put(Object event) {
        try {
            while (!queue.offer(event, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        if (stopped) {
            throw new Stopped();
        }
    }

    private void consume(RecordSink target) throws IOException {
        while (true) {
            Object event;
            try {
                event = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("import interrupted");
            }
            if (event == END) {
                return;
            } else if (event instanceof ParsedRecord r) {
                target.accept(r);
            } else if (event instanceof Rejected r) {
                target.reject(r.problem());
            } else if (event instanceof Warned w) {
                target.warn(w.problem());
            } else if (event instanceof Failed f) {
                rethrow(f.error());
            }
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        throw (Error) t;
    }

    /** Thrown inside the reader's thread to end it once the consumer has stopped. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("import stopped", null, false, false);
        }
    }
}
