package org.clinicite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.clinicite.core.model.Study;
import org.junit.jupiter.api.Test;

/** Parsing ahead on its own thread keeps the reader's order, passes its failure on, and stops with the consumer. */
class ReadAheadTest {
    private static ParsedRecord record(int line) {
        Study s = new Study();
        s.setTitle("Study " + line);
        return new ParsedRecord(s, null, "pubmed", "f.xml", line, null, String.valueOf(line));
    }

    /** Remembers what reached it, and on which thread. */
    private static class Events implements RecordSink {
        final List<String> seen = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();

        @Override
        public void accept(ParsedRecord record) {
            seen.add("record " + record.line());
            threads.add(Thread.currentThread());
        }

        @Override
        public void reject(Problem problem) {
            seen.add("reject " + problem.line());
        }

        @Override
        public void warn(Problem problem) {
            seen.add("warn " + problem.line());
        }
    }

    @Test
    void deliversEverythingInOrderOnTheCallingThread() throws IOException {
        Events events = new Events();
        AtomicReference<Thread> readerThread = new AtomicReference<>();
        ReadAhead.run(sink -> {
            readerThread.set(Thread.currentThread());
            for (int i = 1; i <= 50; i++) {
                sink.accept(record(i));
                if (i % 10 == 0) {
                    sink.reject(Problem.at("f.xml", i, "bad"));
                    sink.warn(Problem.at("f.xml", i, "odd"));
                }
            }
        }, events, 4, "test-parse");
        assertEquals(60, events.seen.size());
        assertEquals(List.of("record 9", "record 10", "reject 10", "warn 10", "record 11"), events.seen.subList(8, 13));
        assertTrue(events.threads.stream().allMatch(t -> t == Thread.currentThread()));
        assertNotEquals(Thread.currentThread(), readerThread.get());
    }

    @Test
    void theReadersFailureReachesTheCaller() {
        Events events = new Events();
        IOException e = assertThrows(IOException.class, () -> ReadAhead.run(sink -> {
            sink.accept(record(1));
            sink.accept(record(2));
            throw new IOException("truncated file");
        }, events, 4, "test-parse"));
        assertEquals("truncated file", e.getMessage());
        assertEquals(List.of("record 1", "record 2"), events.seen);
    }

    @Test
    void aFailureWhileStoringStopsTheReader() throws InterruptedException {
        CountDownLatch readerEnded = new CountDownLatch(1);
        List<Integer> emitted = new ArrayList<>();
        RecordSink failing = new Events() {
            @Override
            public void accept(ParsedRecord record) {
                throw new IllegalStateException("database gone");
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReadAhead.run(sink -> {
            try {
                for (int i = 1; i <= 1_000_000; i++) {
                    sink.accept(record(i));
                    synchronized (emitted) {
                        emitted.add(i);
                    }
                }
            } finally {
                readerEnded.countDown();
            }
        }, failing, 4, "test-parse"));
        assertEquals("database gone", e.getMessage());
        assertTrue(readerEnded.await(30, TimeUnit.SECONDS), "the reader stops instead of parsing the whole file");
        synchronized (emitted) {
            assertTrue(emitted.size() < 1_000_000, "stopped after " + emitted.size());
        }
    }
}
