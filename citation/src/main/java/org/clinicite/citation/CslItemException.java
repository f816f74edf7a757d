package org.clinicite.citation;

/** One CSL-JSON item that cannot be used, with its position in the input and its id (if it had one). */
public final class CslItemException extends CitationException {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final String itemId;

    public CslItemException(int index, String itemId, String problem) {
        this(index, itemId, problem, null);
    }

    public CslItemException(int index, String itemId, String problem, Throwable cause) {
        super(describe(index, itemId) + ": " + problem, cause);
        this.index = index;
        this.itemId = itemId;
    }

    static String describe(int index, String itemId) {
        return "CSL item #" + index + (itemId == null ? " (no id)" : " (id '" + itemId + "')");
    }

    /** Zero-based position of the item in the list that was passed in. */
    public int index() {
        return index;
    }

    /** The item's own {@code id}, or null if it had none. */
    public String itemId() {
        return itemId;
    }
}
