package org.clinicite.bench.imports;

import java.util.Set;

/**
 * Names what a sampled stack of the importing thread is doing: the <em>step</em> (what
 * {@code RecordStore.store} called — matching, the provenance check, persist, the per-record
 * flush, the change log — or the batch commit, or parsing) and the <em>activity</em>
 * underneath (a PostgreSQL round trip on the socket, inside the H2 engine, or Java CPU). A
 * Hibernate auto-flush triggered by a query is named as such.
 */
final class StackClassifier {
    private static final Set<String> SOCKET = Set.of("sun.nio.ch.NioSocketImpl", "java.net.SocketInputStream",
            "sun.nio.ch.SocketDispatcher", "java.net.Socket$SocketInputStream", "sun.nio.ch.Net");

    private static final Set<String> PARSE_PARTS = Set.of("AbstractFacts", "MeshTerms", "MedlineRecord",
            "WriteUpFingerprint", "StudyDesigns", "MedlineDates", "CountingSink", "CsvRows");

    private StackClassifier() {
    }

    static String classify(StackTraceElement[] stack) {
        return step(stack) + (autoFlush(stack) ? " [auto-flush]" : "") + " / " + activity(stack);
    }

    /** What the thread is at: a record's store, else the batch around it, else parsing (frames run innermost first). */
    private static String step(StackTraceElement[] stack) {
        int i = outermost(stack, "RecordStore", "store");
        if (i > 0) {
            return "store: " + callee(stack, i);
        }
        String batch = batchStep(stack);
        if (batch != null) {
            return "batch: " + batch;
        }
        i = outermost(stack, "PubmedXmlReader", "record");
        if (i > 0) {
            return "parse: " + deeper(stack, i);
        }
        return "other: " + simple(stack[0].getClassName()) + "." + stack[0].getMethodName();
    }

    private static int outermost(StackTraceElement[] stack, String simpleClass, String method) {
        for (int i = stack.length - 1; i > 0; i--) {
            if (stack[i].getMethodName().equals(method) && simple(stack[i].getClassName()).equals(simpleClass)) {
                return i;
            }
        }
        return -1;
    }

    /** Outside a record's store: the flush at commit, the commit itself, or null. */
    private static String batchStep(StackTraceElement[] stack) {
        if (hasMethod(stack, "flushBeforeTransactionCompletion")) {
            return "flush at commit";
        }
        if (hasMethod(stack, "commit")) {
            return "commit";
        }
        return null;
    }

    private static boolean hasMethod(StackTraceElement[] stack, String method) {
        for (StackTraceElement f : stack) {
            if (f.getMethodName().equals(method)) {
                return true;
            }
        }
        return false;
    }

    /** Within parsing, the more telling of the XML walk and the mapping to a study. */
    private static String deeper(StackTraceElement[] stack, int from) {
        for (int i = from - 1; i >= 0; i--) {
            String c = simple(stack[i].getClassName());
            if (PARSE_PARTS.contains(c)) {
                return c + "." + stack[i].getMethodName();
            }
        }
        return callee(stack, from);
    }

    private static String callee(StackTraceElement[] stack, int i) {
        StackTraceElement c = stack[i - 1];
        return simple(c.getClassName()) + "." + c.getMethodName();
    }

    private static boolean autoFlush(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            if (f.getClassName().endsWith("DefaultAutoFlushEventListener")) {
                return true;
            }
        }
        return false;
    }

    private static String activity(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            if (SOCKET.contains(f.getClassName())) {
                return "database round trip (socket)";
            }
            if (f.getClassName().startsWith("org.h2.")) {
                return "H2 engine";
            }
        }
        return "JVM";
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
