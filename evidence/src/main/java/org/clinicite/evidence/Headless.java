package org.clinicite.evidence;

/** Makes AWT headless (no display needed) unless the application decided otherwise. */
final class Headless {
    private Headless() {
    }

    /** Must run before the first AWT use; the chart classes call it in their static initialisers. */
    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
