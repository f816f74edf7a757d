package org.clinicite.citation;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Built engines by (style XML, locale, format), least recently used evicted first. Building takes
 * 30-200 ms per style, so it happens once per key; concurrent callers of one key wait for a single build.
 */
final class EngineCache {
    record Key(String styleKey, String locale, OutputFormat format) {
    }

    @FunctionalInterface
    interface Builder {
        CslEngine build() throws IOException;
    }

    private final AtomicLong builds = new AtomicLong();
    private final Map<Key, Slot> slots;

    EngineCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("engine cache capacity must be at least 1");
        }
        this.slots = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Slot> eldest) {
                return size() > capacity;
            }
        };
    }

    CslEngine get(Key key, Builder builder) {
        Slot slot;
        synchronized (slots) {
            slot = slots.computeIfAbsent(key, k -> new Slot());
        }
        return slot.get(key, builder);
    }

    /** How many engines were built so far; a cache hit does not count. */
    long builds() {
        return builds.get();
    }

    private final class Slot {
        private CslEngine engine;

        synchronized CslEngine get(Key key, Builder builder) {
            if (engine == null) {
                try {
                    engine = builder.build();
                } catch (CitationException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    throw new CitationException("Cannot build citation style " + key.styleKey() + " for locale "
                            + key.locale() + ": " + e, e);
                }
                builds.incrementAndGet();
            }
            return engine;
        }
    }
}
